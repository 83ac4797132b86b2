"""WARC and ARC web archives: each HTML page captured in one becomes a raw page, one at a time."""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .readers import MAX_PAGE_BYTES, RawPage, Skipped, is_html

# Names web archives go by; compressed ones cannot be told from other gzip files by content.
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# Record types that hold a captured page: `response` (with HTTP headers) and `resource`
# (a page stored without them, as some browser-based archivers do).  Requests, metadata and
# revisit records are bookkeeping, not pages.
_PAGE_RECORDS = frozenset(("response", "resource"))
_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def iter_warc(path: Path) -> Iterator[RawPage | Skipped]:
    """Each HTML page captured in a WARC/ARC file; other captured records are skipped."""
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
    except ArchiveLoadFailed as e:
        if "non-chunked gzip" not in e.msg:
            yield _damaged(archive, _first_line(e.msg))
            return
    except (OSError, EOFError, zlib.error) as e:
        yield _damaged(archive, str(e))
        return
    except (AttributeError, ValueError, TypeError, IndexError, KeyError) as e:
        # warcio meets a header cut short or garbled ("'NoneType' object has no attribute
        # 'startswith'"): the archive is damaged there, and what came before is kept.
        yield _damaged(archive, f"a record's header is cut short or garbled ({e})")
        return
    # Gzipped whole (`gzip crawl.warc`) rather than record by record: still readable as one
    # stream, without random access; pages already delivered are not delivered twice.
    try:
        for n, item in enumerate(_iter_records(path, archive, whole_gzip=True)):
            if n >= done:
                yield item
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as e:
        yield _damaged(archive, _first_line(getattr(e, "msg", "") or str(e)))


def _iter_records(path: Path, archive: str, *, whole_gzip: bool) -> Iterator[RawPage | Skipped]:
    from warcio.archiveiterator import ArchiveIterator

    opener = gzip.open if whole_gzip else open
    with opener(path, "rb") as f:
        records = ArchiveIterator(f, arc2warc=True)
        number = 0
        for number, record in enumerate(records, 1):
            if record.rec_headers.get_header("Content-Length") is None:
                # Every record states its length: a header without one was cut short.
                yield _damaged(archive, f"record {number}'s header is cut short")
                return
            if record.rec_type in _PAGE_RECORDS:
                yield _page_from_record(record, f"{archive}#record={number}")
            elif _cut_short(record):
                yield _damaged(archive, f"record {number} is cut short")
                return
        if not whole_gzip and _left_unread(f, records.offset):
            # The iterator stops quietly where a record's header is cut short: an
            # interrupted download must not pass for a whole archive.
            yield _damaged(archive, f"it ends inside record {number + 1}, cut short")


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
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime and mime not in _HTML_TYPES:  # decided by the headers: the payload stays unread
        return Skipped(origin, f"{where}not HTML ({mime})", failed=False)
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


def _content_type(record: Any) -> str | None:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type")
    return record.rec_headers.get_header("Content-Type")


def _iso_date(value: str | None) -> str | None:
    m = _ISO_DATE.match((value or "").strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
