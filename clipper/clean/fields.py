"""Choosing each metadata field of an HTML page from its candidates, and naming where it came from.

Order of trust, per field: what the reader knows (a fetch's final URL, a WARC record's
target); what the page states in its markup (meta tags, JSON-LD, canonical link); text near the
title (datelines, copyright lines); the host map; and last, capture dates and bare hosts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ..models import Clipping
from ..urls import is_url
from .htmlmeta import AUTHOR_META, DATE_META, TITLE_META, PageMeta
from .meta import host_of, parse_date, source_from_host
from .vocab import unspaced_language

_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|\b)")
# Dates content systems fill in when they know none (the Unix epoch, empty date fields).
PLACEHOLDER_DATES = frozenset(("1970-01-01", "1900-01-01", "0001-01-01"))
# A dateline sits just under the headline; further down, dates are about the story's events.
DATELINE_LINES = 12
# A value that looks like a host ("dw.com") is not a readable publication name.
_HOSTLIKE = re.compile(r"^(?:https?://)?[\w.-]+\.[a-z]{2,}/?$", re.I)
# What separates a site's name from its tagline.
_TAGLINE = re.compile(r"\s+[|–—»·•-]\s+")
_WORD = re.compile(r"\w+")
_ONE_WORD = re.compile(r"^\w+$")
# What a site's name may carry that its slug lacks.
_NAME_EDGES = re.compile(r"^(?:the\s+|www\.)|\.[a-z]{2,}$")
# How long a handle must be before it is taken for a longer name's start ("SputnikInt" for
# "Sputnik International"): a short one ("nj") would start too many names.
_SHORTENED_HANDLE = 6
_TRAFILATURA_SITENAME = "page markup (trafilatura)"
_WWW = re.compile(r"^www\.", re.I)
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
FIELDS = ("title", "source", "date", "author", "url", "language")


@dataclass(frozen=True)
class Hints:
    """What the reader knew of a page before cleaning it."""

    url: str | None = None
    url_evidence: str | None = None
    warc_date: str | None = None


Found = tuple[str | None, str | None]  # (value, where it came from)


@dataclass(frozen=True)
class ArticleDates:
    """Where a page's date is looked for on the page without the blocks about other pages and
    the site (related links, asides, the site's header and footer: see furniture.py), whose
    dates are never the article's."""

    markup_date: Callable[[], str | None]  # htmldate's
    dateline_text: Callable[[], str]  # the visible text, where a dateline is looked for


def resolve_fields(
    clipping: Clipping,
    *,
    doc: Any,
    page: PageMeta,
    hints: Hints,
    dates: ArticleDates,
) -> Clipping:
    """The clipping with title, source, date, author, url and language chosen, with evidence."""
    url = pick_url(doc, page, hints)
    source = pick_source(doc, page, url[0])
    title, title_from = pick_title(doc, page)
    names = (source[0], page.meta.get("og:site_name"), _doc(doc, "sitename"))
    chosen: dict[str, Found] = {
        "title": (_without_site_name(title, names), title_from),
        "url": url,
        "source": source,
        "date": pick_date(doc, page, url[0], dates),
        "author": pick_author(doc, page),
        "language": pick_language(doc, page, clipping.body),
    }
    values: dict[str, Any] = {}
    evidence = dict(clipping.evidence)
    for name in FIELDS:
        value, where = chosen[name]
        if value:
            values[name], evidence[name] = value, where or "page markup"
        elif getattr(clipping, name):
            evidence.setdefault(name, "page text (plain-text cleaner)")
        if name == "date" and not value and not clipping.date and hints.warc_date:
            values["date"], evidence["date"] = hints.warc_date, "WARC-Date (capture date)"
    return clipping.replace(**values, evidence=evidence)


def pick_title(doc: Any, page: PageMeta) -> Found:
    title = _doc(doc, "title")
    candidates = [(page.meta.get(k), f"meta {k}") for k in TITLE_META]
    candidates += [(page.jsonld.get("headline"), "JSON-LD headline"), (page.h1, "<h1> heading")]
    if title:
        for value, where in candidates:
            if value and _same(value, title):
                return title, where
        for value, where in candidates:
            # "Talks resume » Local » News » Example Daily": the markup's own headline is the
            # title without the section and site names.
            if value and _TAGLINE.search(title) and _same(title, value, prefix=True):
                return value, where
        if page.title_tag and _same(page.title_tag, title, prefix=True):
            return title, "<title> tag"
        return title, "page markup (trafilatura)"
    return next(((v, w) for v, w in candidates if v), (page.title_tag, "<title> tag"))


def _without_site_name(title: str | None, names: tuple[str | None, ...]) -> str | None:
    """ "Talks resume | Example News" -> "Talks resume", for any name the site goes by."""
    if not title:
        return title
    for separator in reversed(list(_TAGLINE.finditer(title))):
        if any(name and _same(title[separator.end() :], name) for name in names):
            return title[: separator.start()].strip() or title
    return title


def pick_url(doc: Any, page: PageMeta, hints: Hints) -> Found:
    if hints.url:
        return hints.url, hints.url_evidence or "reader"
    for value, where in (
        (page.canonical, "canonical link"),
        (page.meta.get("og:url"), "meta og:url"),
        (page.jsonld.get("url"), "JSON-LD url"),
        (_doc(doc, "url"), "page markup (trafilatura)"),
        # The browser's note of where it saved the page from: only when the page names
        # no address of its own (a syndicated copy's canonical link names the original).
        (page.saved_from, "saved-from comment"),
    ):
        if value and is_url(value):
            return value, where
    return None, None


def pick_source(doc: Any, page: PageMeta, url: str | None) -> Found:
    host = host_of(url) if url else None
    # The host map first: it is curated (and users correct it), while pages' own names are
    # sometimes a section ("U.S.") or a host ("DW.COM").
    mapped = source_from_host(host) if host else None
    if mapped:
        return mapped, f"host map ({host})"
    for value, where in _source_candidates(doc, page):
        name = _publication_name(value)
        if name and _is_slug(name, where):
            return _spelt_out(name, doc, page) or (name.strip("_"), where)
        if name:
            return name, where
    return (host, "URL host") if host else (None, None)


def _is_slug(name: str, where: str | None) -> bool:
    """A site name written as its address's word ("detroitnews", "nj") or, where trafilatura
    read it from a Twitter card, as a handle ("SputnikInt", "Wday_")."""
    return bool(_ONE_WORD.match(name)) and (
        name.islower() or "_" in name or where == _TRAFILATURA_SITENAME
    )


def _spelt_out(slug: str, doc: Any, page: PageMeta) -> Found | None:
    """The publication's name as the page spells it where its markup gives a slug or handle:
    the site's name at either end of the title ("... - Sputnik International",
    "... - cleveland.com"), else another of its names ("The Detroit News")."""
    key = _compact(slug)
    pieces = _TAGLINE.split(page.title_tag or "")
    ends = [(pieces[-1], "title tag's site name"), (pieces[0], "title tag's site name")]
    for value, where in (ends if len(pieces) > 1 else []) + list(_source_candidates(doc, page)):
        # The slug itself, however cased (trafilatura capitalises a lower-case one): the page
        # spells it no other way there.
        if not value or value.lower() == slug.lower():
            continue
        spelt = _compact(value)
        # A handle shortens a name ("SputnikInt"), so a longer key may be a name's start.
        if spelt == key or (len(key) >= _SHORTENED_HANDLE and spelt.startswith(key)):
            return _WWW.sub("", value.strip()), where
    return None


def _compact(name: str) -> str:
    """A name's letters and digits, lower-cased, without a leading "The", a "www." or an
    address's ending: "The Detroit News", "detroitnews" and "www.detroitnews.com" agree."""
    name = _NAME_EDGES.sub("", name.strip().lower())
    return "".join(ch for ch in name if ch.isalnum())


def _source_candidates(doc: Any, page: PageMeta) -> Iterator[Found]:
    """The publication's name as the page's markup gives it, most trusted first (the logo
    and the copyright line are looked for only when the rest give no name)."""
    yield page.meta.get("og:site_name"), "meta og:site_name"
    yield page.jsonld.get("publisher"), "JSON-LD publisher"
    yield page.jsonld.get("site"), "JSON-LD organisation or website name"
    yield page.meta.get("application-name"), "meta application-name"
    yield page.masthead_name, "masthead logo"
    yield _doc(doc, "sitename"), _TRAFILATURA_SITENAME
    # Last: a copyright line often names the owning company rather than the publication.
    yield page.copyright_name, "copyright line"


def _is_host(value: str) -> bool:
    # "MacRumors.com" is a brand written like a host; "dw.com" and "DW.COM" are just hosts.
    return value.startswith(("http://", "https://")) or bool(
        _HOSTLIKE.match(value) and value in (value.lower(), value.upper())
    )


def _publication_name(value: str | None) -> str | None:
    """A site name without its tagline ("LinkNaija | Nigeria's news"); None for a bare host."""
    if not value or _is_host(value):
        return None
    name = _TAGLINE.split(value, maxsplit=1)[0].strip()
    return name or None


def pick_date(doc: Any, page: PageMeta, url: str | None, dates: ArticleDates) -> Found:
    found = _markup_date(doc, page, url, dates)
    return _as_printed(
        found, page, dates, in_url=date_from_url(url) or date_from_url(page.canonical)
    )


def _as_printed(found: Found, page: PageMeta, dates: ArticleDates, *, in_url: str | None) -> Found:
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
    stated = [page.jsonld.get("datePublished")] + [page.meta.get(k) for k in DATE_META]
    moments = [_moment(v) for v in stated if v and _iso_date(v) == value]
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


def _markup_date(doc: Any, page: PageMeta, url: str | None, dates: ArticleDates) -> Found:
    stated = [(page.jsonld.get("datePublished"), "JSON-LD datePublished")]
    stated += [(page.meta.get(k), f"meta {k}") for k in DATE_META]
    in_url = date_from_url(url) or date_from_url(page.canonical)

    def confirmed(date: str) -> Found | None:
        """The date with the markup or the address that states it too, if one does."""
        for value, where in stated:
            if _iso_date(value) == date:
                return date, where
        return (date, "URL pattern") if in_url == date else None

    found = _doc(doc, "date")
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
    return _found(in_url, "URL pattern")


def pick_author(doc: Any, page: PageMeta) -> Found:
    candidates = [(page.jsonld.get("author"), "JSON-LD author")]
    candidates += [(page.meta.get(k), f"meta {k}") for k in AUTHOR_META]
    candidates = [(v, w) for v, w in candidates if v and not is_url(v)]
    author = _doc(doc, "author")
    if author:
        for value, where in candidates:
            if value and _same(value, author, prefix=True):
                return author, where
        return author, "byline"
    return next(iter(candidates), (None, None))


def pick_language(doc: Any, page: PageMeta, body: str) -> Found:
    for value, where in (
        (page.lang, "html lang attribute"),
        (_doc(doc, "language"), "trafilatura"),
    ):
        code = re.split(r"[-_]", value or "", maxsplit=1)[0].strip().lower()
        if code.isascii() and code.isalpha() and 2 <= len(code) <= 3:
            return code, where
    return _found(unspaced_language(body), "the article's script (Chinese characters, kana)")


def _dateline(visible: str, page: PageMeta) -> str | None:
    found = _dateline_and_line(visible, page)
    return found[0] if found else None


def _dateline_and_line(visible: str, page: PageMeta) -> tuple[str, str] | None:
    """The first date under the page's heading, and the line that gives it."""
    lines = visible.split("\n\n")
    start = 0
    heading = page.h1 or page.title_tag
    if heading:
        start = next((i for i, line in enumerate(lines) if _same(line, heading)), 0)
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


def _same(a: str, b: str, *, prefix: bool = False) -> bool:
    x, y = " ".join(_WORD.findall(a.casefold())), " ".join(_WORD.findall(b.casefold()))
    return x == y or (prefix and bool(y) and x.startswith(y))


def _doc(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None) if doc is not None else None
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _found(value: str | None, where: str) -> Found:
    return (value, where) if value else (None, None)
