"""Choosing each metadata field of an HTML page from its candidates, and naming where it came from.

Order of trust, per field: what the reader knows (a fetch's final URL, a WARC record's
target); what the page states in its markup (meta tags, JSON-LD, canonical link); text near the
title (datelines, copyright lines); the host map; and last, capture dates and bare hosts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..models import Clipping
from ..urls import is_url
from .fielddates import ArticleDates, pick_date
from .found import Found, doc_value, found_at, same
from .htmlmeta import AUTHOR_META, TITLE_META, PageMeta
from .language import unspaced_language
from .masthead import compact
from .sources import host_of, source_from_host

# A value that looks like a host ("dw.com") is not a readable publication name.
_HOSTLIKE = re.compile(r"^(?:https?://)?[\w.-]+\.[a-z]{2,}/?$", re.I)
# What separates a site's name from its tagline.
_TAGLINE = re.compile(r"\s+[|–—»·•-]\s+")
_ONE_WORD = re.compile(r"^\w+$")
# What a site's name may carry that its slug lacks.
_NAME_EDGES = re.compile(r"^(?:the\s+|www\.)|\.[a-z]{2,}$")
# How long a handle must be before it is taken for a longer name's start ("SputnikInt" for
# "Sputnik International"): a short one ("nj") would start too many names.
_SHORTENED_HANDLE = 6
_TRAFILATURA_SITENAME = "page markup (trafilatura)"
_WWW = re.compile(r"^www\.", re.I)
FIELDS = ("title", "source", "date", "author", "url", "language")


@dataclass(frozen=True)
class Hints:
    """What the reader knew of a page before cleaning it."""

    url: str | None = None
    url_evidence: str | None = None
    warc_date: str | None = None


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
    names = (source[0], page.meta.get("og:site_name"), doc_value(doc, "sitename"))
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
    title = doc_value(doc, "title")
    candidates = [(page.meta.get(k), f"meta {k}") for k in TITLE_META]
    candidates += [(page.jsonld.get("headline"), "JSON-LD headline"), (page.h1, "<h1> heading")]
    if title:
        for value, where in candidates:
            if value and same(value, title):
                return title, where
        for value, where in candidates:
            # "Talks resume » Local » News » Example Daily": the markup's own headline is the
            # title without the section and site names.
            if value and _TAGLINE.search(title) and same(title, value, prefix=True):
                return value, where
        if page.title_tag and same(page.title_tag, title, prefix=True):
            return title, "<title> tag"
        return title, "page markup (trafilatura)"
    return next(((v, w) for v, w in candidates if v), (page.title_tag, "<title> tag"))


def _without_site_name(title: str | None, names: tuple[str | None, ...]) -> str | None:
    """ "Talks resume | Example News" -> "Talks resume", for any name the site goes by."""
    if not title:
        return title
    for separator in reversed(list(_TAGLINE.finditer(title))):
        if any(name and same(title[separator.end() :], name) for name in names):
            return title[: separator.start()].strip() or title
    return title


def pick_url(doc: Any, page: PageMeta, hints: Hints) -> Found:
    if hints.url:
        return hints.url, hints.url_evidence or "reader"
    for value, where in (
        (page.canonical, "canonical link"),
        (page.meta.get("og:url"), "meta og:url"),
        (page.jsonld.get("url"), "JSON-LD url"),
        (doc_value(doc, "url"), "page markup (trafilatura)"),
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
    return compact(_NAME_EDGES.sub("", name.strip().lower()))


def _source_candidates(doc: Any, page: PageMeta) -> Iterator[Found]:
    """The publication's name as the page's markup gives it, most trusted first (the logo
    and the copyright line are looked for only when the rest give no name)."""
    yield page.meta.get("og:site_name"), "meta og:site_name"
    yield page.jsonld.get("publisher"), "JSON-LD publisher"
    yield page.jsonld.get("site"), "JSON-LD organisation or website name"
    yield page.meta.get("application-name"), "meta application-name"
    yield page.masthead_name, "masthead logo"
    yield doc_value(doc, "sitename"), _TRAFILATURA_SITENAME
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


def pick_author(doc: Any, page: PageMeta) -> Found:
    candidates = [(page.jsonld.get("author"), "JSON-LD author")]
    candidates += [(page.meta.get(k), f"meta {k}") for k in AUTHOR_META]
    candidates = [(v, w) for v, w in candidates if v and not is_url(v)]
    author = doc_value(doc, "author")
    if author:
        for value, where in candidates:
            if value and same(value, author, prefix=True):
                return author, where
        return author, "byline"
    return next(iter(candidates), (None, None))


def pick_language(doc: Any, page: PageMeta, body: str) -> Found:
    for value, where in (
        (page.lang, "html lang attribute"),
        (doc_value(doc, "language"), "trafilatura"),
    ):
        code = re.split(r"[-_]", value or "", maxsplit=1)[0].strip().lower()
        if code.isascii() and code.isalpha() and 2 <= len(code) <= 3:
            return code, where
    return found_at(unspaced_language(body), "the article's script (Chinese characters, kana)")
