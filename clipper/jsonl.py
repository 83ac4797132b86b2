"""clipper's own JSON Lines export, read back: one already-cleaned clipping per line.

`clipper import` recognises an export by its content (its first line is a JSON object with
clipper's fields), whatever the file is called, and stores its clippings as they are:
nothing is cleaned again, so export -> import loses nothing.
"""

from __future__ import annotations

import json
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
_REASSIGNED = frozenset({"id", "content_hash", "word_count", "signature", "packed_raw"})
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
    """The clippings of an export, line by line.

    When `origin` is a file, it is read again as a stream (the bytes a reader holds may be
    cut short for a large export); otherwise `data` is read.
    """
    path = Path(origin)
    if path.is_file():
        with path.open("rb") as f:
            yield from _read_lines(origin, f)
    else:
        yield from _read_lines(origin, iter(data.splitlines()))


def _read_lines(origin: str, lines: Any) -> Iterator[Clipping | BadLine]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield to_clipping(json.loads(line))
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
    return Clipping(**values)
