"""What an HTML page's markup states about itself: meta tags, JSON-LD, canonical link, masthead.

trafilatura finds title, date and author but does not say where; these candidates let the
HTML cleaner name the exact tag each value came from (`clipper show ID --explain`).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from .sources import HOLDER_START, SCRIPT_MARKS, normalise_source

# Meta tags naming a page's publication date, most specific first.
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
TITLE_META = ("og:title", "twitter:title", "dc.title")
# JSON-LD types that describe the article itself rather than the site or a breadcrumb.
_ARTICLE_TYPES = frozenset(
    (
        "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
        "backgroundnewsarticle blogposting socialmediaposting webpage report liveblogposting"
    ).split()
)
# ("© Copyright 2023 ...": the signs may come twice.)
_COPYRIGHT = re.compile(
    r"(?:(?:©|\(c\)|&copy;|copyright)\s*)+(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?:by\s+)?" + HOLDER_START + r"(\w[\w" + SCRIPT_MARKS + r"&.'’ -]{1,60}?)"
    r"(?:[.,;|]|\s+all rights|\s*$)",
    re.I,
)
_JSON_LD_TYPE = "application/ld+json"
# Logo images: an <img> whose own or whose container's class or id says "logo" (not <body>'s,
# which some sites stamp with every feature name; not tracking pixels inside <noscript>; not
# the owner's logo in the footer).
_LOGO_IMAGES = (
    "//img[@alt][not(ancestor::noscript or ancestor::footer)]"
    "[contains(translate(concat(@class, ' ', @id, ' ', @src), 'LOGO', 'logo'), 'logo')"
    " or ancestor::*[position() <= 3][not(self::body or self::html)]"
    "[contains(translate(concat(@class, ' ', @id), 'LOGO', 'logo'), 'logo')]]"
)
# Alt texts that name no publication.
_GENERIC_ALT = frozenset(
    (
        "logo",
        "home",
        "homepage",
        "brand",
        "site",
        "image",
        "header",
        "masthead",
        "print header",
        "print footer",
    )
)
_LOGO_WORD = re.compile(r"(?:['’]s)?\s*\blogo\b.*$", re.I)
# A browser's note of where a saved page came from: the page's first thing (after a BOM, an XML
# declaration or a doctype), so only the head of the text is searched.
_SAVED_FROM = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>\s*)?"
    r"<!--\s*saved from url=\((\d{1,5})\)\s*(https?://[^\s>]+?)\s*-->",
    re.I,
)
SAVED_FROM_CHARS = 4096


@dataclass
class PageMeta:
    """Candidates for each field, as the page's markup states them.

    The publication's name in the logo or the copyright line is looked for only when asked
    for (the page's tree is kept for that): most pages name their publication in a meta tag,
    and looking costs a tenth of the metadata's time.
    """

    meta: dict[str, str] = field(default_factory=dict)  # lower-case name/property -> content
    jsonld: dict[str, str] = field(default_factory=dict)  # headline, datePublished, ...
    title_tag: str | None = None
    h1: str | None = None
    canonical: str | None = None
    lang: str | None = None
    # The address in a browser's "saved from" comment (see saved_from_url).
    saved_from: str | None = None
    root: Any = field(default=None, repr=False, compare=False)  # the parsed page

    @functools.cached_property
    def copyright_name(self) -> str | None:
        return _read_copyright(self.root) if self.root is not None else None

    @functools.cached_property
    def masthead_name(self) -> str | None:
        return _read_masthead(self.root) if self.root is not None else None


def saved_from_url(html: str) -> str | None:
    """The address Internet Explorer, Chrome and Edge note at the top of a page they save
    (`<!-- saved from url=(0049)https://... -->`, the number being its length); None without.

    The "Mark of the Web" is a comment, so the parsed page has lost it: it is read from the
    page's text.
    """
    m = _SAVED_FROM.match(html[:SAVED_FROM_CHARS])
    if not m:
        return None
    length, url = int(m.group(1)), m.group(2)
    return url[:length] if 0 < length <= len(url) else url


def read_page_meta(page: Any) -> PageMeta:
    """The metadata candidates of an HTML page, or of its parsed tree (which is left as it was).

    Empty when the page cannot be parsed.
    """
    import lxml.html

    found = PageMeta()
    if isinstance(page, str):
        try:
            root = lxml.html.document_fromstring(page.encode("utf-8"))
        except Exception:  # lxml raises several unrelated types for broken input
            return found
    else:
        root = page
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = _clean(el.get("content"))
        if key and content and key not in found.meta:
            found.meta[key] = content
    for el in root.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        if "canonical" in rel and el.get("href") and found.canonical is None:
            found.canonical = el.get("href", "").strip()
    title = root.find(".//title")
    found.title_tag = _clean(title.text_content()) if title is not None else None
    h1 = root.find(".//h1")
    found.h1 = _clean(h1.text_content()) if h1 is not None else None
    found.lang = _clean(root.get("lang")) or found.meta.get("og:locale")
    found.jsonld = _read_jsonld(root)
    found.root = root
    return found


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def _read_jsonld(root: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != _JSON_LD_TYPE or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue  # broken JSON-LD is common; other scripts may still hold good data
        for node in _nodes(data):
            _take_jsonld_node(node, out)
    return out


def _nodes(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [n for item in data for n in _nodes(item)]
    if isinstance(data, dict):
        return [data, *_nodes(data.get("@graph", []))]
    return []


def _take_jsonld_node(node: dict[str, Any], out: dict[str, str]) -> None:
    types = node.get("@type")
    names = {
        t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)
    }
    if names & _ARTICLE_TYPES:
        for key in ("headline", "datePublished", "url"):
            value = node.get(key)
            if isinstance(value, str) and value.strip() and key not in out:
                out[key] = value.strip()
        author = _name_of(node.get("author"))
        if author and "author" not in out:
            out["author"] = author
        publisher = _name_of(node.get("publisher"))
        if publisher and "publisher" not in out:
            out["publisher"] = publisher
    elif names & {"newsmediaorganization", "organization", "website"}:
        name = _name_of(node)
        if name and "site" not in out:
            out["site"] = name


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return _clean(value) if isinstance(value, str) else None


def _read_masthead(root: Any) -> str | None:
    """The publication named by the page's logo (its alt text), e.g. "The Japan Times"."""
    for img in root.xpath(_LOGO_IMAGES)[:3]:
        alt = _LOGO_WORD.sub("", " ".join((img.get("alt") or "").split())).strip(" -|")
        if not alt or alt.lower() in _GENERIC_ALT or len(alt) > 60:
            continue
        if " " not in alt and re.search(r"[._/-]|\d", alt):
            continue  # a file name ("logo-full-black.svg", "site_logo_2018"), not a name
        return alt
    return None


def _read_copyright(root: Any) -> str | None:
    """The publication named in a page's copyright line, e.g. "© 2019 Kyodo News"."""
    for el in root.iter("footer", "p", "div", "small", "span"):
        text = el.text_content() if len(el) < 5 else (el.text or "")
        if "©" not in text and "copyright" not in text.lower():
            continue
        m = _COPYRIGHT.search(" ".join(text.split()))
        if m:
            # (Without its legal form: a reader says "Example Daily", not "Example Daily Inc.")
            name = normalise_source(m.group(1).strip(" -"))
            if 2 <= len(name) <= 60 and not name.lower().startswith(("all rights", "by ")):
                return name
    return None
