"""A metadata field's value with where it came from, and the small tests fields.py and
fielddates.py share: choosing the fields of an HTML page (see fields.py)."""

from __future__ import annotations

import re
from typing import Any

Found = tuple[str | None, str | None]  # (value, where it came from)

_WORD = re.compile(r"\w+")


def same(a: str, b: str, *, prefix: bool = False) -> bool:
    """The same words, whatever the case and punctuation (with prefix: b starts a)."""
    x, y = " ".join(_WORD.findall(a.casefold())), " ".join(_WORD.findall(b.casefold()))
    return x == y or (prefix and bool(y) and x.startswith(y))


def doc_value(doc: Any, name: str) -> str | None:
    """A field of trafilatura's metadata, its spaces tidied; None when empty or absent."""
    value = getattr(doc, name, None) if doc is not None else None
    return " ".join(value.split()) or None if isinstance(value, str) else None


def found_at(value: str | None, where: str) -> Found:
    """The value with where it came from, or nothing at all."""
    return (value, where) if value else (None, None)
