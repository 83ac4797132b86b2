"""JSON Lines of articles, read: clipper's own export, or another program's, one article a line.

`clipper import` recognises such a file by its content (it starts with a line that is a JSON
object), whatever the file is called.  A line of clipper's export (it carries fields only
clipper writes, such as `content_hash`) is stored as it is: nothing is cleaned again, so export
-> import loses nothing, and it keeps its exported id when the archive has never given that id
(see `Archive.add_many`).  A line from elsewhere is an article's text already: its body is
stored as given, and what an import would find for a page besides (a source from the
address's host, a date from the address) fills the fields it leaves out.  A line that is not
an article fails on its own.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import BadQuery, UnreadablePage
from .filters import parse_iso_date
from .models import Clipping

# Fields only clipper's export writes: a line with any of them is a clipping restored as it
# was exported, nothing added.  (Any one will do: a line edited by hand may lack the others.)
_CLIPPER_ONLY = frozenset({"content_hash", "imported_at", "cleaner_version", "evidence"})
# How many lines at the start of a file may tell that it is JSON Lines: the first may be
# broken, and it must not turn the file into one page whose text is JSON.
_SNIFF_LINES = 5
# Fields of the archive a stored clipping gets afresh, whatever the export says.
_REASSIGNED = frozenset(
    {"content_hash", "word_count", "signature", "packed_raw", "export_highest_id"}
)
# The highest id an export may ask for: the largest whole number JSON readers (JavaScript's,
# Datasette's pages) hold exactly, far beyond any archive's, and far enough below SQLite's
# largest rowid that an edited line cannot leave the archive without ids to give.
MAX_ID = 2**53 - 1
# The start of an export's line (write_jsonl puts the id first), to find its id without
# reading the clipping, original page and all.
_LEADING_ID = re.compile(rb'\A\s*\{"id": ([0-9]{1,16})[,}]')
_KNOWN = frozenset(f.name for f in fields(Clipping))
# A date with its time (ISO 8601, as JSON writers give them): its day is the clipping's date.
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# Fields that are lists of text, and mappings of text to text; every other field is text.
_LISTS = ("tags", "edited_fields")
_MAPPINGS = ("evidence", "reader_hints")


@dataclass(frozen=True)
class BadLine:
    """A line of an export that cannot be read back, and why."""

    origin: str  # path:line
    reason: str


def is_json_lines(data: bytes) -> bool:
    """Whether a file's bytes are JSON Lines (clipper's export or another program's): it
    starts with "{", and one of its first lines is a JSON object.  A page never does."""
    text = data.removeprefix(codecs.BOM_UTF8).lstrip()
    if not text.startswith(b"{"):
        return False
    for line in text.split(b"\n", _SNIFF_LINES)[:_SNIFF_LINES]:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except ValueError:
            continue
    return False


def read_export(origin: str, data: bytes) -> Iterator[Clipping | BadLine]:
    """The clippings of an export, line by line, each with the export's highest id.

    When `origin` is a file, it is read again as a stream (the bytes a reader holds may be
    cut short for a large export); otherwise `data` is read.  The ids are read first, in a
    pass of their own: a clipping whose id the archive has given gets a new id above all of
    them, never one that meant another clipping of the export.
    """
    path = Path(origin)
    if path.is_file():
        with path.open("rb") as f:
            highest = _highest_id(f)
        with path.open("rb") as f:
            yield from _read_lines(origin, f, highest)
    else:
        lines = data.splitlines()
        yield from _read_lines(origin, iter(lines), _highest_id(iter(lines)))


def _highest_id(lines: Any) -> int | None:
    """The highest clipping id an export's lines give (None: none gives one)."""
    highest = None
    for line in lines:
        # An export's lines start with their id: a line that does not is read whole.
        found = _LEADING_ID.match(line)
        try:
            clipping_id = int(found[1]) if found else json.loads(line).get("id")
        except (ValueError, AttributeError):
            continue  # a broken line: it fails on its own when read for its clipping
        if type(clipping_id) is int and 1 <= clipping_id <= MAX_ID:
            highest = clipping_id if highest is None else max(highest, clipping_id)
    return highest


def _read_lines(origin: str, lines: Any, highest: int | None) -> Iterator[Clipping | BadLine]:
    for number, line in enumerate(lines, 1):
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue
        try:
            clipping = to_clipping(json.loads(line), where=f"{origin}:{number}")
            yield clipping.replace(export_highest_id=highest)
        except json.JSONDecodeError as e:
            cut = e.pos >= len(e.doc.rstrip())
            why = "cut short" if cut else f"broken at character {e.pos + 1}"
            yield BadLine(f"{origin}:{number}", f"not a clipping: the line is not JSON ({why})")
        except (ValueError, TypeError) as e:
            yield BadLine(f"{origin}:{number}", f"not a clipping: {e}")
        except UnreadablePage as e:
            yield BadLine(f"{origin}:{number}", str(e))


def to_clipping(obj: Any, *, where: str | None = None) -> Clipping:
    """One line as a Clipping ready to store; UnreadablePage when it is not an article.

    A line from elsewhere than clipper's export gets `where` (path:line) as its origin unless
    it names one.
    """
    if not isinstance(obj, dict):
        raise UnreadablePage("not a clipping: a line is not a JSON object")
    body = obj.get("body")
    if not isinstance(body, str) or not body.strip():
        raise UnreadablePage(_no_body(obj))
    values = {k: v for k, v in obj.items() if k in _KNOWN and k not in _REASSIGNED}
    clipping_id = values.pop("id", None)
    # bool is an int to Python, not an id to anyone.
    if clipping_id is not None and (type(clipping_id) is not int or not 1 <= clipping_id <= MAX_ID):
        raise UnreadablePage(f"not a clipping: id {clipping_id!r} is not a clipping id")
    for name in _LISTS:
        items = values.get(name) or []
        # A string is a list of characters to Python: "tags": "kyodo" would store five tags.
        if not isinstance(items, list) or not all(isinstance(t, str) for t in items):
            raise UnreadablePage(f"not a clipping: {name} is not a list of text")
        values[name] = tuple(items)
    for name in _MAPPINGS:
        mapping = values.get(name)
        values[name] = (
            {str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else {}
        )
    for name, value in values.items():
        if name not in _LISTS + _MAPPINGS and not (value is None or isinstance(value, str)):
            raise UnreadablePage(f"not a clipping: {name} is not text")
        if isinstance(value, str) and name != "raw":
            values[name] = _plain(value)
    if _TIMESTAMP.match(values.get("date") or ""):  # 2021-03-03T10:00:00Z: its day
        values["date"] = values["date"][:10]
    if values.get("date") is not None:
        try:
            parse_iso_date(values["date"])
        except BadQuery:
            raise UnreadablePage(
                f"not a clipping: date {values['date']!r} is not YYYY-MM-DD"
            ) from None
    clipping = Clipping(**values, id=clipping_id)
    if _CLIPPER_ONLY & obj.keys():
        return clipping
    if where and not clipping.origin:
        clipping = clipping.replace(origin=where)
    return _as_imported(clipping)


def _no_body(obj: dict[Any, Any]) -> str:
    """Why a line is not an article: no text in `body`; naming the fields it has instead, so
    that a user can tell which to rename."""
    body = obj.get("body")
    if isinstance(body, str):
        return 'not a clipping: its "body" is empty'
    if "body" in obj:
        return f'not a clipping: its "body" is not text but {_json_kind(body)}'
    names = ", ".join(str(name) for name in list(obj)[:8]) + (", ..." if len(obj) > 8 else "")
    has = f" (its fields: {names})" if names else ""
    return f'not a clipping: no "body" field with the article\'s text{has}'


def _json_kind(value: Any) -> str:
    """What a JSON value is, in a user's words ("a number", "a list")."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else "null"


def _plain(text: str) -> str:
    """Text as a page's becomes: no NUL characters, plain newlines, and none of the archive's
    snippet markers (which must never come from an input)."""
    from .hits import MARK_END, MARK_START

    for gone in ("\x00", MARK_START, MARK_END):
        if gone in text:
            text = text.replace(gone, "")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _as_imported(clipping: Clipping) -> Clipping:
    """An article from elsewhere, given what an import finds for a page besides its text: a
    source from its address's host, a date from its address, a language from its script;
    each field with where it came from."""
    from .clean.fielddates import date_from_url
    from .clean.fields import FIELDS
    from .clean.language import language_of
    from .clean.sources import host_of, source_from_host

    evidence: dict[str, str | None]
    evidence = {name: "JSON Lines field" for name in FIELDS if getattr(clipping, name)}
    changes: dict[str, Any] = {}
    host = host_of(clipping.url) if clipping.url else None
    if host and not clipping.source:
        mapped = source_from_host(host)
        changes["source"] = mapped or host
        evidence["source"] = f"host map ({host})" if mapped else "URL host"
    found = None if clipping.date else date_from_url(clipping.url)
    if found:
        changes["date"], evidence["date"] = found, "URL pattern"
    if not clipping.language:
        changes["language"], evidence["language"] = language_of(clipping.body)
    return clipping.replace(**changes, evidence={k: v for k, v in evidence.items() if v})
