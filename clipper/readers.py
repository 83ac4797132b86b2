"""Where raw pages come from (files, folders, standard input) and how their bytes become text."""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import TextIO

from .errors import UnreadablePage

# Larger files are not news pages; reading them whole would only waste memory.
MAX_PAGE_BYTES = 64 * 1024 * 1024
_TOO_LARGE = f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB; not a news page"
# The head of a file is enough to tell HTML from text and to find a declared charset.
SNIFF_BYTES = 8192

# Magic numbers of formats that are never pages: importing them would store garbage.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip file",
    b"\x7fELF": "a program",
    b"RIFF": "a media file",
    b"SQLite format 3": "a SQLite database",
}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAGS = re.compile(
    rb"<(?:p|div|span|a|br|meta|title|script|article|h[1-6]|li|table)\b[^>]*>", re.I
)
# Types a server (or a web archive's capture) gives web pages, and text and Markdown pages,
# which are cleaned as saved text and Markdown files are; anything else (PDF, images, JSON,
# style sheets, scripts) is not a page.  Fetched URLs and WARC captures share the rule.
PAGE_TYPES = frozenset(("text/html", "application/xhtml+xml", "text/plain", "text/markdown"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)


@dataclass(frozen=True)
class RawPage:
    """A page as read, before cleaning: where it came from, its bytes, and what the reader knew.

    `url` is the page's address when the reader knows it (the final URL of a fetch, a WARC
    record's target), with `url_evidence` saying which; `warc_date` (ISO date) is when an
    archive captured the page, a fallback for pages that state no date of their own.
    """

    origin: str
    data: bytes
    url: str | None = None
    url_evidence: str | None = None
    warc_date: str | None = None
    content_type: str | None = None  # as a web server declared it, charset included


@dataclass(frozen=True)
class Skipped:
    """An input that is not a page, or could not be read, and why."""

    origin: str
    reason: str
    failed: bool  # True for errors (missing, unreadable); False for inputs that are not pages


def iter_pages(paths: Iterable[str]) -> Iterator[RawPage | Skipped]:
    """Every page under the given inputs, one at a time.

    Inputs are files, folders (recursively, in name order), '-' for standard input, http(s)
    URLs (fetched) and WARC/ARC archives (one page per captured page: HTML, text, Markdown).
    """
    from .urls import is_url

    for arg in paths:
        if arg == "-":
            yield RawPage("<stdin>", sys.stdin.buffer.read(MAX_PAGE_BYTES + 1))
            continue
        if is_url(arg):
            yield _fetch(arg.strip())
            continue
        path = Path(arg)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            # Named explicitly, a pipe or device is read: `clipper import <(curl ...)` works.
            yield from _read_any(path, regular_only=False)
        else:
            yield Skipped(origin_of(path), "no such file or folder", failed=True)


def _walk(folder: Path) -> Iterator[RawPage | Skipped]:
    for entry in walk_files(folder):
        if isinstance(entry, Skipped):
            yield entry
        else:
            yield from _read_any(entry)


# Why a hidden file or folder in a folder imported is not read (it is counted as skipped, so
# that the summary accounts for every name in the folder).
HIDDEN_FILE = "hidden file (name starting with '.'), not read"
HIDDEN_FOLDER = "hidden folder (name starting with '.'), not read"
# Why the folder a browser saves beside a page ("Save Page As…, Webpage, Complete": Story.html
# and Story_files/) is not read: it holds the page's images, scripts, styles and ad frames,
# none of them an article.
RESOURCES_FOLDER = "the images, scripts and styles of the saved page beside it, not read"
# The endings browsers give that folder: "_files" (Chrome, Firefox, Edge, Safari), and older
# browsers' translations of it (Internet Explorer's German "-Dateien", French "_fichiers"…).
_RESOURCES_ENDINGS = (
    "_files -dateien _dateien _fichiers _archivos _arquivos _file _bestanden -bestanden "
    "_pliki _soubory _filer -filer _tiedostot".split()
)
_SAVED_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".xht")


def walk_files(folder: Path) -> Iterator[Path | Skipped]:
    """Every file under a folder, in name order, without opening any; unreadable folders as
    Skipped.  Hidden files and folders are left out (as Skipped: see HIDDEN_FILE), and a
    symlink loop is walked once."""
    seen: set[tuple[int, int]] = set()  # (device, inode) of folders visited: no symlink loops
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            st = current.stat()
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as e:
            yield Skipped(origin_of(current), _os_reason(e), failed=True)
            continue
        subfolders = []
        names = {entry.name.casefold() for entry in entries}
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if entry.name.startswith("."):  # editor backups, .git, .DS_Store: counted, not read
                yield Skipped(
                    origin_of(Path(entry.path)),
                    HIDDEN_FOLDER if is_dir else HIDDEN_FILE,
                    failed=False,
                )
            elif is_dir and _is_resources_folder(entry.name, names):
                yield Skipped(origin_of(Path(entry.path)), RESOURCES_FOLDER, failed=False)
            elif is_dir:
                subfolders.append(Path(entry.path))
            else:
                yield Path(entry.path)
        stack.extend(reversed(subfolders))


def _is_resources_folder(name: str, siblings: set[str]) -> bool:
    """Whether a folder is the one a browser saved beside a page of the same name (its names
    case-folded): "Story_files" beside "Story.html"."""
    folded = name.casefold()
    for ending in _RESOURCES_ENDINGS:
        if folded.endswith(ending) and len(folded) > len(ending):
            stem = folded[: -len(ending)]
            return any(stem + suffix in siblings for suffix in _SAVED_PAGE_SUFFIXES)
    return False


def iter_listed(list_file: str) -> Iterator[str]:
    """The inputs named in a list file: one path or URL a line; blank lines and # comments skipped.

    The file is opened at once, so a missing list is reported before anything is imported.
    """
    try:
        f = open(list_file, encoding="utf-8-sig", errors="replace")  # noqa: SIM115
    except OSError as e:
        raise UnreadablePage(f"cannot read list {list_file}: {_os_reason(e)}") from e
    return _listed_lines(f)


def _listed_lines(f: TextIO) -> Iterator[str]:
    with f:
        for line in f:
            entry = line.strip()
            if entry and not entry.startswith("#"):
                yield entry


def _fetch(url: str) -> RawPage | Skipped:
    from .errors import NotAPage
    from .fetch import fetch_page

    try:
        return fetch_page(url)
    except UnreadablePage as e:
        return Skipped(url, str(e), failed=not isinstance(e, NotAPage))


def _read_any(path: Path, *, regular_only: bool = True) -> Iterator[RawPage | Skipped]:
    from .warc import WARC_SUFFIXES, iter_warc

    page = (
        _WARC_CONTENT
        if path.name.lower().endswith(WARC_SUFFIXES)
        else _read_file(path, regular_only=regular_only)
    )
    if page is _WARC_CONTENT:
        yield from iter_warc(path)
    else:
        yield page


# What _read_file returns for an uncompressed web archive found by its content (compressed
# ones cannot be told from other gzip files, and go by their names).
_WARC_CONTENT = Skipped("", "a web archive", failed=False)
_WARC_MAGIC = b"WARC/1"


def _read_file(path: Path, *, regular_only: bool = True) -> RawPage | Skipped:
    origin = origin_of(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    if regular_only:
        # Opening a named pipe blocks until someone writes to it; non-blocking, it opens at once
        # and is skipped below.  Regular files ignore the flag.
        flags |= getattr(os, "O_NONBLOCK", 0)
    try:
        with open(os.open(path, flags), "rb") as f:
            st = os.fstat(f.fileno())
            if regular_only and not stat.S_ISREG(st.st_mode):
                # Found in a folder, a named pipe or device would block the import or never end.
                return Skipped(origin, "not a regular file", failed=False)
            # A pipe or device is not peeked at: the bytes read are the page.
            head = f.read(len(_WARC_MAGIC)) if stat.S_ISREG(st.st_mode) else b""
            if head == _WARC_MAGIC:
                return _WARC_CONTENT
            if st.st_size > MAX_PAGE_BYTES:
                return Skipped(origin, _TOO_LARGE, failed=False)
            # As many bytes as the file holds, plus one to see whether it grew since: a buffer
            # of MAX_PAGE_BYTES for every file cost more than reading it.
            data = head + f.read(st.st_size + 1 - len(head))
            if len(data) > st.st_size:  # it grew (or is a pipe): read on, up to the limit
                data += f.read(MAX_PAGE_BYTES + 1 - len(data))
    except OSError as e:
        # Unreadable, or gone since the folder was listed: that file fails, the import goes on.
        return Skipped(origin, _os_reason(e), failed=True)
    if len(data) > MAX_PAGE_BYTES:
        return Skipped(origin, _TOO_LARGE, failed=False)
    return RawPage(origin, data)


def origin_of(path: Path) -> str:
    """A path as stored and shown: absolute, and valid text even when the name's bytes are not.

    A name that is not UTF-8 (made on another system) would otherwise carry lone surrogates,
    which neither SQLite nor a UTF-8 terminal accepts.
    """
    return os.fsencode(path.absolute()).decode("utf-8", "replace")


def _os_reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower()


def sniff_binary(data: bytes) -> str | None:
    """What a non-page file is ("a PNG image"), or None when it may be a page."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    return None


def is_html(data: bytes) -> bool:
    """Whether a page is HTML, judged by its content rather than its name."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(head):
        head = head.decode(_utf16_codec(head), "replace").encode("utf-8")
    if _HTML_START.match(head.lstrip(codecs.BOM_UTF8)):
        return True
    # A fragment without <html>: call it HTML when tags are frequent, not a stray "<p>".
    return len(_HTML_TAGS.findall(head)) >= 5


def decode(data: bytes, *, html: bool, charset: str | None = None) -> str:
    """Bytes to text: BOM, a declared charset (HTTP header, else the page), UTF-8 (a few bad
    bytes each read as a replacement character), detection (see charsets.py)."""
    if len(data) > MAX_PAGE_BYTES:
        raise UnreadablePage(f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _normalise_text(data.decode(codec, "replace"))
    if _looks_utf16(data[:SNIFF_BYTES]):
        return _normalise_text(data.decode(_utf16_codec(data), "replace"))
    if html:
        declared = _browser_charset(charset) if charset else _declared_charset(data[:SNIFF_BYTES])
        if declared:
            try:
                return _normalise_text(data.decode(declared))
            except (LookupError, ValueError):
                # A wrong declaration is common (and "undefined" names a codec that always
                # raises a bare UnicodeError): fall through to detection.
                pass
    try:
        return _normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from .charsets import detect_charset, mostly_utf8

    text = mostly_utf8(data)
    if text is None:
        text = data.decode(detect_charset(data[:1_000_000]), "replace")
    return _normalise_text(text)


def mime_of(content_type: str | None) -> str:
    """The media type a Content-Type header names, lower-cased ("text/html"); "" for none."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    """The charset a Content-Type header declares, or None."""
    if not content_type:
        return None
    message = Message()
    message["Content-Type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) and charset.strip() else None


def _declared_charset(head: bytes) -> str | None:
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    return _browser_charset(m.group(1).decode("ascii", "replace"))


def _browser_charset(name: str) -> str:
    name = name.strip().strip("\"'").lower()
    # Browsers read pages declared as Latin-1 as Windows-1252 (the WHATWG encoding standard).
    return "cp1252" if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: text whose every other byte is NUL."""
    sample = head[:2048]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd)


def _utf16_codec(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = data[:2048]
    return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"


def _normalise_text(text: str) -> str:
    """Text without NUL characters (never text; SQLite and terminals both mishandle them) and
    with plain newlines.  (Each replacement only where needed: finding one character is half
    the cost of replacing a pair, and most pages hold neither.)"""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
