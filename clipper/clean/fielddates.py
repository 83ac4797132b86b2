"""The publication date of an HTML page: from its markup, htmldate, the dateline under its
title and its address, in the order of trust fields.py gives; the day the page prints wins
over a markup timestamp a time zone away from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from .dates import parse_date
from .found import Found, doc_value, found_at, same
from .htmlmeta import DATE_META, PageMeta

_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|\b)")
# Dates content systems fill in when they know none (the Unix epoch, empty date fields).
PLACEHOLDER_DATES = frozenset(("1970-01-01", "1900-01-01", "0001-01-01"))
# A dateline sits just under the headline; further down, dates are about the story's events.
DATELINE_LINES = 12
_DATELINE = "dateline near the title"
# The world's time zones span UTC-12 to UTC+14 (whole hours are close enough for a day).
EARLIEST_ZONE, LATEST_ZONE = 12, 14
_TIMESTAMP = re.compile(
    r"((?:19|20)\d{2})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
    r"(?:Z|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})?)?"
)
# A line giving the date of an update, not of publication.
_UPDATE_LINE = re.compile(
    r"^\W*(?:last\s+)?(?:updated|modified|edited|aktualisiert|mis à jour|actualizado|"
    r"atualizado|aggiornato)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ArticleDates:
    """Where a page's date is looked for on the page without the blocks about other pages and
    the site (related links, asides, the site's header and footer: see furniture.py), whose
    dates are never the article's."""

    markup_date: Callable[[], str | None]  # htmldate's
    dateline_text: Callable[[], str]  # the visible text, where a dateline is looked for


def pick_date(doc: Any, page: PageMeta, url: str | None, dates: ArticleDates) -> Found:
    # The dates the markup states, with where; the address's.
    stated: list[Found] = [(page.jsonld.get("datePublished"), "JSON-LD datePublished")]
    stated += [(page.meta.get(k), f"meta {k}") for k in DATE_META]
    in_url = date_from_url(url) or date_from_url(page.canonical)
    found = _markup_date(doc, page, dates, stated, in_url)
    return _as_printed(found, page, dates, stated, in_url)


def _as_printed(
    found: Found, page: PageMeta, dates: ArticleDates, stated: list[Found], in_url: str | None
) -> Found:
    """The day the page prints under its title where the markup's falls a day off it.

    Markup often states an evening's article in UTC: "2019-11-19T00:04:00Z" for what the page
    prints as "Nov. 18, 2019 7:04 pm ET"; the reader, and the text cleaner reading a dump of
    the same page, know it by the printed day.  Only a day off, only when the page's address
    does not side with the markup, and never from an "Updated" line (an update is often the
    next day).
    """
    value, where = found
    if value is None or where in (_DATELINE, "URL pattern") or in_url == value:
        return found
    printed = _dateline_and_line(dates.dateline_text(), page)
    if printed is None or _UPDATE_LINE.match(printed[1]):
        return found
    day = printed[0]
    moments = [_moment(v) for v, _ in stated if v and _iso_date(v) == value]
    moment = next((m for m in moments if m is not None), None)
    if moment is None or not _falls_on(moment, day):
        return found
    return day, f"{_DATELINE} ({where}: {value}, a day off in another time zone)"


def _moment(value: str) -> datetime | None:
    """A markup timestamp as a time in UTC ("2019-11-19T00:04:00.000Z", "2019-11-20T04:31:13
    -06:00"; without a zone, UTC, as content systems mostly mean); None without a clock time."""
    match = _TIMESTAMP.search(value)
    if not match:
        return None
    year, month, day, hour, minute = (int(g) for g in match.group(1, 2, 3, 4, 5))
    try:
        moment = datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    if match["sign"]:
        offset = timedelta(hours=int(match["oh"]), minutes=int(match["om"] or 0))
        moment -= offset if match["sign"] == "+" else -offset
    return moment


def _falls_on(moment: datetime, day: str) -> bool:
    """Whether a UTC time is on this day somewhere: in one of the world's time zones."""
    return any(
        (moment + timedelta(hours=zone)).date().isoformat() == day
        for zone in range(-EARLIEST_ZONE, LATEST_ZONE + 1)
    )


def _markup_date(
    doc: Any, page: PageMeta, dates: ArticleDates, stated: list[Found], in_url: str | None
) -> Found:
    def confirmed(date: str) -> Found | None:
        """The date with the markup or the address that states it too, if one does."""
        for value, where in stated:
            if _iso_date(value) == date:
                return date, where
        return (date, "URL pattern") if in_url == date else None

    found = doc_value(doc, "date")
    if found and (sure := confirmed(found)):
        return sure
    if found:
        # A date the markup does not state may be a related article's, or the footer's: the
        # one htmldate finds without them, if any.
        found = dates.markup_date()
    if found:
        if sure := confirmed(found):
            return sure
        if _dateline(dates.dateline_text(), page) == found:
            return found, _DATELINE
        return found, "page markup (htmldate)"
    for value, where in stated:
        iso = _iso_date(value)
        if iso:
            return iso, where
    dateline = _dateline(dates.dateline_text(), page)
    if dateline:
        return dateline, _DATELINE
    return found_at(in_url, "URL pattern")


def _dateline(visible: str, page: PageMeta) -> str | None:
    found = _dateline_and_line(visible, page)
    return found[0] if found else None


def _dateline_and_line(visible: str, page: PageMeta) -> tuple[str, str] | None:
    """The first date under the page's heading, and the line that gives it."""
    lines = visible.split("\n\n")
    start = 0
    heading = page.h1 or page.title_tag
    if heading:
        start = next((i for i, line in enumerate(lines) if same(line, heading)), 0)
    # "12/03/2021" is 12 March on a page in another language than English (see meta).
    day_first = (page.lang or "en").lower()[:2] != "en"
    for line in lines[start : start + DATELINE_LINES]:
        found = _iso_date(parse_date(line, day_first=day_first))
        if found:
            return found, line
    return None


def _iso_date(value: str | None) -> str | None:
    match = _ISO.search(value or "")
    return _valid(*(int(g) for g in match.groups())) if match else None


def date_from_url(url: str | None) -> str | None:
    """The date an address's path spells (/2021/03/03/, /20210303/), if a real one."""
    match = _URL_DATE.search(url or "")
    return _valid(*(int(g) for g in match.groups())) if match else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if found > date.today() or found.isoformat() in PLACEHOLDER_DATES:
        return None
    return found.isoformat()
