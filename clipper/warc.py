"""WARC and ARC web archives: each page captured in one becomes a raw page, one at a time."""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .readers import MAX_PAGE_BYTES, PAGE_TYPES, RawPage, Skipped, is_html, mime_of

# Names web archives go by; compressed ones cannot be told from other gzip files by content.
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# Record types that hold a captured page: `response` (with HTTP headers) and `resource`
# (a page stored without them, as some browser-based archivers do).  Requests, metadata and
# revisit records are bookkeeping, not pages.
_PAGE_RECORDS = frozenset(("response", "resource"))
# Text files a site keeps for crawlers and tools, captured by crawls as text/plain: a site's
# bookkeeping, never an article (cleaned, they would fail for want of one).
_SITE_FILES = frozenset(
    ("robots.txt", "ads.txt", "app-ads.txt", "humans.txt", "security.txt", "llms.txt")
)
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def iter_warc(path: Path) -> Iterator[RawPage | Skipped]:
    """Each page (HTML, text or Markdown) captured in a WARC/ARC file; other captured records
    are skipped."""
    from warcio.exceptions import ArchiveLoadFailed

    archive = str(path.absolute())
    problem = _check_start(path)
    if problem:
        yield _damaged(archive, problem)
        return
    done = 0
    try:
        for item in _iter_records(path, archive, whole_gzip=False):
            done += 1
            yield item
        return
    except _GzipCutShort:
        # warcio ends quietly where a gzip stream is cut short: gzipped whole, its records
        # after the first may still be readable, and the whole-gzip pass says where it ends.
        pass
    except ArchiveLoadFailed as e:
        if "non-chunked gzip" not in e.msg:
            yield _damaged(archive, _first_line(e.msg))
            return
    except _UNREADABLE as e:
        yield _damaged(archive, _why_unreadable(e))
        return
    # Gzipped whole (`gzip crawl.warc`) rather than record by record: still readable as one
    # stream, without random access; pages already delivered are not delivered twice.
    try:
        for n, item in enumerate(_iter_records(path, archive, whole_gzip=True)):
            if n >= done:
                yield item
    except ArchiveLoadFailed as e:
        yield _damaged(archive, _first_line(e.msg))
    except _UNREADABLE as e:
        yield _damaged(archive, _why_unreadable(e))


# What reading a damaged archive raises: the file's own errors, and warcio's when it meets a
# header cut short or garbled ("'NoneType' object has no attribute 'startswith'").
_UNREADABLE = (
    OSError,
    EOFError,
    zlib.error,
    AttributeError,
    ValueError,
    TypeError,
    IndexError,
    KeyError,
)


def _why_unreadable(e: Exception) -> str:
    if isinstance(e, (OSError, EOFError, zlib.error)):
        return str(e) or type(e).__name__
    # The archive is damaged there, and what came before is kept.
    return f"a record's header is cut short or garbled ({e})"


class _GzipCutShort(Exception):
    """The first pass met the end of a gzip stream cut short (see iter_warc)."""


def _iter_records(path: Path, archive: str, *, whole_gzip: bool) -> Iterator[RawPage | Skipped]:
    with path.open("rb") as raw:
        f: Any = _WholeGzip(raw) if whole_gzip else raw
        records = _archive_iterator(f)
        number = 0
        damaged = False
        for number, record in enumerate(records, 1):
            if record.rec_headers.get_header("Content-Length") is None:
                # Every record states its length: a header without one was cut short.
                yield _damaged(archive, f"record {number}'s header is cut short")
                return
            if record.rec_type in _PAGE_RECORDS:
                item = _page_from_record(record, f"{archive}#record={number}")
                damaged = damaged or (isinstance(item, Skipped) and item.failed)
                yield item
            elif _cut_short(record):
                yield _damaged(archive, f"record {number} is cut short")
                return
        if whole_gzip:
            if f.cut_short and not damaged:
                yield _damaged(archive, f"its gzip stream is cut short after record {number}")
        elif records.gzip_cut_short:
            raise _GzipCutShort
        elif _left_unread(f, records.offset):
            # The iterator stops quietly where a record's header is cut short: an
            # interrupted download must not pass for a whole archive.
            yield _damaged(archive, f"it ends inside record {number + 1}, cut short")


class _WholeGzip:
    """A file gzipped whole, read as one stream; where it is cut short, it ends with
    `cut_short` set.  (gzip raises EOFError there, which warcio takes for the archive's
    proper end, and GzipFile.read drops what it had decompressed in the same call.)"""

    def __init__(self, raw: Any) -> None:
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self.cut_short = False

    def read(self, size: int = -1) -> bytes:
        if self.cut_short:
            return b""
        try:
            return self._gzip.read1(size if size > 0 else 1 << 16)
        except EOFError:
            self.cut_short = True
            return b""

    def tell(self) -> int:
        return self._gzip.tell()


def _archive_iterator(f: Any) -> Any:
    """warcio's record iterator, telling afterwards (`gzip_cut_short`) whether the last gzip
    member it read was cut short: it ends quietly there, as at the archive's proper end."""
    from warcio.archiveiterator import ArchiveIterator

    class Records(ArchiveIterator):  # type: ignore[misc]
        gzip_cut_short = False

        def close(self) -> None:
            decompressor = self.reader.decompressor if self.reader else None
            # zlib's decompressor knows whether it met the member's end; close() drops it.
            self.gzip_cut_short = decompressor is not None and not decompressor.eof
            super().close()

    return Records(f, arc2warc=True)


def _left_unread(f: Any, offset: int) -> bool:
    """Does the file hold more than blank lines after the last record read (at `offset`)?"""
    f.seek(offset)
    return bool(f.read(1 << 10).strip())


def _check_start(path: Path) -> str | None:
    """Why a file is not a web archive, judged by its first record; None when it may be one.

    warcio reads almost anything as ARC records, so a damaged or mislabelled file would
    otherwise be "imported" as garbage records.
    """
    try:
        with path.open("rb") as f:
            head = f.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as f:
            start = f.read(16).lstrip()
    except (OSError, EOFError, zlib.error) as e:
        return str(e) or type(e).__name__
    if start.startswith((b"WARC/", b"filedesc://")):
        return None
    return "it does not start with a WARC or ARC record"


def _damaged(archive: str, reason: str) -> Skipped:
    return Skipped(archive, f"not a readable WARC/ARC archive: {reason}", failed=True)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "unknown error")


def _page_from_record(record: Any, origin: str) -> RawPage | Skipped:
    found = _read_record(record, origin)
    if _cut_short(record):
        # The record ends before its Content-Length: a download or a copy cut short.  Half a
        # page would be stored as if it were the article, and a cut header reads as no status.
        return Skipped(
            origin, f"{_where(record)}record cut short: the archive is damaged", failed=True
        )
    return found


def _cut_short(record: Any) -> bool:
    """Does the record end before its declared length?  Reads what is left of it (the
    archive iterator would read it to skip to the next record anyway)."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0) > 0


def _where(record: Any) -> str:
    """The record's address, to start a message with ("https://…: "), if it has one."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return f"{uri}: " if uri else ""


def _read_record(record: Any, origin: str) -> RawPage | Skipped:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = _where(record)
    content_type = _content_type(record)
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if status != "200":
            return Skipped(origin, f"{where}HTTP status {status or 'missing'}", failed=False)
    mime = mime_of(content_type)
    if mime and mime not in PAGE_TYPES:  # decided by the headers: the payload stays unread
        return Skipped(origin, f"{where}not HTML or text ({mime})", failed=False)
    site_file = _file_name(uri)
    if mime == "text/plain" and site_file in _SITE_FILES:
        return Skipped(origin, f"{where}not a page ({site_file})", failed=False)
    data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if not mime and not is_html(data):
        return Skipped(origin, f"{where}not HTML (no type)", failed=False)
    return RawPage(
        origin=origin,
        data=data,
        url=uri or None,
        url_evidence="WARC-Target-URI" if uri else None,
        warc_date=_iso_date(record.rec_headers.get_header("WARC-Date")),
        content_type=content_type,
    )


def _file_name(uri: str) -> str:
    """The last segment of an address's path, lower-cased ("robots.txt")."""
    try:
        path = urlsplit(uri).path
    except ValueError:  # a malformed address ("http://[::1")
        return ""
    return path.rsplit("/", 1)[-1].lower()


def _content_type(record: Any) -> str | None:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type")
    return record.rec_headers.get_header("Content-Type")


def _iso_date(value: str | None) -> str | None:
    m = _ISO_DATE.match((value or "").strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
