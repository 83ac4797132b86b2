"""The original page as the archive keeps it: its text as UTF-8, compressed with Zstandard.

A saved news page is mostly markup (~180 KB of HTML for a 5 KB article); compressed, it takes a
fifth of the room.  An import compresses in its cleaning workers, so the archive's one writer
stores a fifth of the bytes, and the file written twice (to the write-ahead log, then into the
archive) is a fifth of the size.  Zstandard: about 0.5 ms for a 180 KB page, where zlib at its
fastest takes 1.3 ms for a larger result; and Python's own from 3.14 (`compression.zstd`;
`backports.zstd` before, the same module).

Archives made before clipper compressed pages hold them as text: `unpack` reads both.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

# Zstandard's own default: levels 1-3 differ by 5% in size and by a third in time (0.4 to 0.5
# ms for a 180 KB page); higher levels take three times as long for 8% less.
LEVEL = 3
# Every Zstandard frame starts with these bytes.
MAGIC = b"\x28\xb5\x2f\xfd"


class DamagedPage(ValueError):
    """A stored original page that cannot be decompressed."""


def pack(raw: str) -> bytes:
    """The page as the archive stores it: a Zstandard frame of its UTF-8 text."""
    # surrogatepass: a page decoded with errors="surrogateescape" keeps its odd bytes.
    data = raw.encode("utf-8", "surrogatepass")
    compressor = _compressor()
    return bytes(compressor.compress(data, mode=compressor.FLUSH_FRAME))


_local = threading.local()


def _compressor() -> Any:
    """This thread's compressor, made once: `zstd.compress` makes a new one each call, whose
    tables (~1 MB, mapped afresh) cost as many page faults as compressing a page costs time."""
    compressor = getattr(_local, "compressor", None)
    if compressor is None:
        compressor = _local.compressor = _zstd().ZstdCompressor(level=LEVEL)
    return compressor


def unpack(stored: str | bytes | None) -> str | None:
    """The page's text from what the archive holds: a packed page, text (archives from before
    clipper compressed pages, or written by other tools), or nothing."""
    if stored is None or isinstance(stored, str):
        return stored
    if not stored.startswith(MAGIC):
        raise DamagedPage("not a compressed page (no Zstandard frame)")
    try:
        data = _zstd().decompress(stored)
    except Exception as e:  # ZstdError, whichever module gives it
        raise DamagedPage(f"the compressed page is damaged ({e})") from e
    return bytes(data).decode("utf-8", "surrogatepass")


@functools.cache
def _zstd() -> Any:
    """The Zstandard module: the standard library's from Python 3.14, else its backport."""
    try:
        from compression import zstd  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        from backports import zstd  # type: ignore[import-not-found,no-redef,unused-ignore]
    return zstd
