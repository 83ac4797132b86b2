"""Search and listing options: which clippings (filters), in what order, which page of them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .errors import BadQuery

SORTS = ("relevance", "newest", "oldest")
_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")


@dataclass(frozen=True)
class Filters:
    """Which clippings a search or listing considers; every field optional."""

    sources: tuple[str, ...] = ()  # any of these, compared without case
    since: str | None = None  # publication date on or after: YYYY, YYYY-MM or YYYY-MM-DD
    until: str | None = None  # publication date on or before, the whole year/month included
    imported_since: str | None = None  # clipped (imported) on or after

    def is_empty(self) -> bool:
        return not (self.sources or self.since or self.until or self.imported_since)


@dataclass(frozen=True)
class SearchOptions:
    """Filters, order and page for `Archive.search` and `Archive.list_clippings`."""

    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"  # one of SORTS; listing treats relevance as newest
    limit: int = 20
    offset: int = 0


def make_filters(
    sources: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    imported_since: str | None = None,
) -> Filters:
    """Filters from command-line values; BadQuery naming the option when a date is not one."""
    filters = Filters(
        sources=tuple(s.strip() for s in sources or () if s.strip()),
        since=normalize_date(since, "--since"),
        until=normalize_date(until, "--until"),
        imported_since=normalize_date(imported_since, "--imported-since"),
    )
    if filters.since and filters.until and filters.since > date_upper_bound(filters.until):
        raise BadQuery(f"--since {filters.since} is after --until {filters.until}")
    return filters


def normalize_date(value: str | None, option: str) -> str | None:
    """A partial date as YYYY, YYYY-MM or YYYY-MM-DD (zero-padded); BadQuery if not a date."""
    if value is None:
        return None
    m = _PARTIAL_DATE.fullmatch(value.strip())
    if m is None:
        raise BadQuery(f"{option} {value!r} is not a date; use 2017, 2017-11 or 2017-11-12")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        date(year, int(month or 1), int(day or 1))
    except ValueError:
        raise BadQuery(f"{option} {value!r} is not a real date") from None
    out = f"{year:04d}"
    if month:
        out += f"-{int(month):02d}"
    if day:
        out += f"-{int(day):02d}"
    return out


def date_upper_bound(partial: str) -> str:
    """The largest stored date (or timestamp) within a partial date, for `<=` comparisons.

    Dates are stored as ISO text, so every date in November 2017 sorts between "2017-11" and
    "2017-11~" ("~" sorts after every digit, "-", "T" and ":").
    """
    return partial + "~"
