"""Which clippings a command works on: a query, sources, a date range, tags.

One `ClippingFilter` is shared by export, re-clean and search's `--tag`, so every command
that picks clippings reads its options the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import BadQuery

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ClippingFilter:
    """Clippings matching all of: an FTS MATCH expression, any of the sources, dates, all tags."""

    match: str | None = None  # from clipper.query.to_match, never raw user text
    sources: tuple[str, ...] = ()
    since: str | None = None  # inclusive lower bound, YYYY-MM-DD
    until: str | None = None  # inclusive upper bound, YYYY-MM-DD
    tags: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.match or self.sources or self.since or self.until or self.tags)


def build_filter(
    query: str | None = None,
    *,
    sources: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    tags: list[str] | None = None,
) -> ClippingFilter:
    """A filter from command-line options; BadQuery when a date or the query makes no sense."""
    from .query import to_match

    low = date_bound(since, upper=False) if since else None
    high = date_bound(until, upper=True) if until else None
    if low and high and low > high:
        raise BadQuery(f"--since {since} is after --until {until}")
    return ClippingFilter(
        match=to_match(query) if query and query.strip() else None,
        sources=tuple(s.strip() for s in sources or () if s.strip()),
        since=low,
        until=high,
        tags=tuple(normalise_tags(tags or [])),
    )


def date_bound(text: str, *, upper: bool) -> str:
    """2017, 2017-11 or 2017-11-12 as the first (or last) day it covers, YYYY-MM-DD.

    An upper bound of a month is written as day 31 whatever the month's length: the bound is
    compared as text with ISO dates, where "2017-02-31" sorts after every day of February.
    """
    m = _PARTIAL_DATE.match(text.strip())
    if not m:
        raise BadQuery(f"{text!r} is not a date; write 2017, 2017-11 or 2017-11-12")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return parse_iso_date(text.strip())
    if month:
        if not 1 <= int(month) <= 12:
            raise BadQuery(f"{text!r} is not a date: there is no month {month}")
        return f"{year}-{month}-{'31' if upper else '01'}"
    return f"{year}-12-31" if upper else f"{year}-01-01"


def parse_iso_date(text: str) -> str:
    """A real calendar date written YYYY-MM-DD, returned as given; BadQuery otherwise."""
    if not _ISO_DATE.match(text):
        raise BadQuery(f"{text!r} is not a date; write YYYY-MM-DD, such as 2017-11-12")
    try:
        date.fromisoformat(text)
    except ValueError:
        raise BadQuery(f"{text!r} is not a date: no such day in the calendar") from None
    return text


def normalise_tags(names: list[str]) -> list[str]:
    """Tags as typed, trimmed, once each (case-insensitively), in the order given."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        tag = " ".join(name.split())
        if not tag:
            raise BadQuery("a tag cannot be empty")
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out
