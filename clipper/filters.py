"""Which clippings a command works on, in what order, which page of them.

`Filters` and `SearchOptions` serve search and list; `ClippingFilter` serves export and
re-clean (a query, sources, authors, a date range, tags).  Both read dates the same way: 2017,
2017-11 or 2017-11-12.
"""

from __future__ import annotations

import re
from collections import namedtuple
from typing import TYPE_CHECKING

from .errors import BadQuery

if TYPE_CHECKING:
    from .query import Node

SORTS = ("relevance", "newest", "oldest")
# What `clipper sources` shows for clippings without a source name; `--source` takes it to mean
# them, so that every row of that table can be listed.
UNKNOWN_SOURCE = "(unknown source)"
_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")


# The value types here are namedtuples, not dataclasses: `clipper search` loads this module
# on every run, and importing dataclasses would cost more than the search (see hits.py).


class Filters(
    namedtuple(
        "Filters",
        ["sources", "since", "until", "imported_since", "tags", "authors"],
        defaults=((), None, None, None, (), ()),
    )
):
    """Which clippings a search or listing considers; every field optional."""

    __slots__ = ()
    sources: tuple[str, ...]  # any of these, compared by source_key (UNKNOWN_SOURCE: none)
    since: str | None  # publication date on or after: YYYY, YYYY-MM or YYYY-MM-DD
    until: str | None  # publication date on or before, the whole year/month included
    imported_since: str | None  # clipped (imported) on or after
    tags: tuple[str, ...]  # all of these, compared without case
    authors: tuple[str, ...]  # a byline holding any of these names (see check_authors)

    def is_empty(self) -> bool:
        return not (
            self.sources
            or self.since
            or self.until
            or self.imported_since
            or self.tags
            or self.authors
        )


class SearchOptions(
    namedtuple(
        "SearchOptions",
        ["filters", "sort", "limit", "offset", "collapse"],
        defaults=(Filters(), "relevance", 20, 0, False),
    )
):
    """Filters, order and page for `Archive.search` and `Archive.list_clippings`."""

    __slots__ = ()
    filters: Filters
    sort: str  # one of SORTS; listing treats relevance as newest
    limit: int
    offset: int
    collapse: bool  # one result per syndicated story


def named(option: str, names: list[str] | None) -> tuple[str, ...]:
    """The names an option was given, trimmed; BadQuery for an empty one (`--source ""`
    would otherwise filter nothing out, silently)."""
    out = tuple(name.strip() for name in names or ())
    if any(not name for name in out):
        raise BadQuery(f"{option} needs a name, not an empty one")
    return out


def source_key(name: str | None) -> str:
    """A source name as `--source` compares it: case, accents and spacing folded, so "El País",
    "el pais" and "EL  PAIS" are one source ("" for no name)."""
    if not name:
        return ""
    return " ".join(without_accents(name).casefold().split())


def without_accents(text: str) -> str:
    """The text in compatibility forms without its combining marks ("Tōkyō": "Tokyo", "𝓐": "A");
    Hangul and the like stay taken apart into their jamo (NFC puts them together again)."""
    import unicodedata  # here: only source names and file names need it

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def make_filters(
    sources: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    imported_since: str | None = None,
    tags: list[str] | None = None,
    authors: list[str] | None = None,
) -> Filters:
    """Filters from command-line values; BadQuery naming the option when a date or a name
    is not one."""
    filters = Filters(
        sources=named("--source", sources),
        since=normalize_date(since, "--since"),
        until=normalize_date(until, "--until"),
        imported_since=normalize_date(imported_since, "--imported-since"),
        tags=tuple(normalise_tags(tags or [])),
        authors=check_authors(authors or []),
    )
    if filters.since and filters.until and filters.since > date_upper_bound(filters.until):
        raise BadQuery(f"--since {filters.since} is after --until {filters.until}")
    return filters


def check_authors(names: list[str]) -> tuple[str, ...]:
    """The `--author` names as typed, trimmed; BadQuery for one with no word to look for.

    A name is looked for in the word index's byline column, as `author:"name"` would be: its
    words in order, in any case, accents folded (`--author lopez` finds "María López").
    """
    from .query import field_phrase

    out = named("--author", names)
    for name in out:
        if field_phrase("author", name) is None:
            raise BadQuery(f"--author {name!r} has no letters or digits to look for")
    return out


def normalize_date(value: str | None, option: str) -> str | None:
    """A partial date as YYYY, YYYY-MM or YYYY-MM-DD (zero-padded); BadQuery if not a date."""
    if value is None:
        return None
    m = _PARTIAL_DATE.fullmatch(value.strip())
    if m is None:
        raise BadQuery(f"{option} {value!r} is not a date; use 2017, 2017-11 or 2017-11-12")
    from datetime import date  # here: only a date filter needs it

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


# -- export and re-clean ----------------------------------------------------------------

_STRICT_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ClippingFilter(
    namedtuple(
        "ClippingFilter",
        ["match", "sources", "since", "until", "tags", "authors", "imported_since"],
        defaults=(None, (), None, None, (), (), None),
    )
):
    """Clippings matching all of: an FTS MATCH expression, any of the sources, dates, all tags,
    any of the authors."""

    __slots__ = ()
    match: Node | None  # the query's tree (clipper.query.parse_tree), never raw user text
    sources: tuple[str, ...]
    since: str | None  # inclusive lower bound, YYYY-MM-DD
    until: str | None  # inclusive upper bound, YYYY-MM-DD
    tags: tuple[str, ...]
    authors: tuple[str, ...]  # as Filters.authors
    imported_since: str | None  # as Filters.imported_since

    @property
    def is_empty(self) -> bool:
        return not (
            self.match
            or self.sources
            or self.since
            or self.until
            or self.tags
            or self.authors
            or self.imported_since
        )


def build_filter(
    query: str | None = None,
    *,
    sources: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    tags: list[str] | None = None,
    authors: list[str] | None = None,
    imported_since: str | None = None,
) -> ClippingFilter:
    """A filter from command-line options; BadQuery when a date or the query makes no sense
    (None: no query, every clipping)."""
    from .query import parse_tree

    low = date_bound(since, upper=False) if since else None
    high = date_bound(until, upper=True) if until else None
    if low and high and low > high:
        raise BadQuery(f"--since {since} is after --until {until}")
    return ClippingFilter(
        # A query given, even an empty one (`export ''`, a script's unset variable), is one
        # to search for, refused as search refuses it: only no query at all means everything.
        match=None if query is None else parse_tree(query),
        sources=named("--source", sources),
        since=low,
        until=high,
        tags=tuple(normalise_tags(tags or [])),
        authors=check_authors(authors or []),
        imported_since=normalize_date(imported_since, "--imported-since"),
    )


def date_bound(text: str, *, upper: bool) -> str:
    """2017, 2017-11 or 2017-11-12 as the first (or last) day it covers, YYYY-MM-DD.

    An upper bound of a month is written as day 31 whatever the month's length: the bound is
    compared as text with ISO dates, where "2017-02-31" sorts after every day of February.
    """
    m = _STRICT_PARTIAL_DATE.match(text.strip())
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
    from datetime import date

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
