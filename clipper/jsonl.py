"""clipper's own JSON Lines export, read back: one already-cleaned clipping per line.

`clipper import` recognises an export by its content (its first line is a JSON object with
clipper's fields), whatever the file is called, and stores its clippings as they are:
nothing is cleaned again, so export -> import loses nothing.  Each keeps its exported id when
the archive has never given that id (see `Archive.add_many`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import BadQuery, UnreadablePage
from .filters import parse_iso_date
from .models import Clipping

# The fields every line of an export has; a page of text never starts with such an object.
SIGNATURE_FIELDS = frozenset({"body", "content_hash", "imported_at"})
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
# Fields that are lists of text, and mappings of text to text; every other field is text.
_LISTS = ("tags", "edited_fields")
_MAPPINGS = ("evidence", "reader_hints")


@dataclass(frozen=True)
class BadLine:
    """A line of an export that cannot be read back, and why."""

    origin: str  # path:line
    reason: str


def is_export(data: bytes) -> bool:
    """Whether a file's bytes are clipper's JSON Lines export (judged by its first line)."""
    head = data.lstrip()[:1]
    if head != b"{":
        return False
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and set(obj) >= SIGNATURE_FIELDS


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
        if not line.strip():
            continue
        try:
            yield to_clipping(json.loads(line)).replace(export_highest_id=highest)
        except (ValueError, TypeError) as e:
            yield BadLine(f"{origin}:{number}", f"not a clipping: {e}")
        except UnreadablePage as e:
            yield BadLine(f"{origin}:{number}", str(e))


def to_clipping(obj: Any) -> Clipping:
    """One exported line as a Clipping ready to store; UnreadablePage when it is not one."""
    if not isinstance(obj, dict):
        raise UnreadablePage("not a clipping: a line is not a JSON object")
    body = obj.get("body")
    if not isinstance(body, str) or not body.strip():
        raise UnreadablePage("not a clipping: no body")
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
    if values.get("date") is not None:
        try:
            parse_iso_date(values["date"])
        except BadQuery:
            raise UnreadablePage(
                f"not a clipping: date {values['date']!r} is not YYYY-MM-DD"
            ) from None
    return Clipping(**values, id=clipping_id)
