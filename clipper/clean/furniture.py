"""The parts of an HTML page about other pages or about the site, whose dates are never the
article's: navigation, asides, the site's header and footer, related-links blocks, lists of
other articles' links, news tickers.

A short article puts these within a few lines of its headline, where the dateline search
looks (fields.py), and htmldate reads every <time> and every <footer> on a page: "Related
articles … March 1, 2021" or "Page generated 2024-05-12" became the article's date.  A date
the page's markup does not state is looked for with them set aside (html.py, fields.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

# Always about other pages or the site (or, a caption, about a photo), wherever they sit.
_ALWAYS = ("nav", "aside", "figcaption")
# ARIA roles of the same blocks: navigation and sidebars; the site's banner and footer.
_ROLES = frozenset(("navigation", "complementary"))
_SITE_ROLES = frozenset(("banner", "contentinfo"))
# The containers of the article, inside which a <header> or <footer> is the article's own
# (its dateline, "Posted on …"); outside them, the site's.
_ARTICLE = "ancestor::article or ancestor::main or ancestor::*[@role='main' or @role='article']"
# Class or id words of blocks listing other articles, or the site's running news (at the
# start of a word: "related-posts", "relatedLinks", "js-ticker"; not "unrelated").
_OTHER_PAGES = re.compile(
    r"(?i)(?:^|[\s_-])(?:related|recommend|trending|ticker|sidebar|outbrain|taboola"
    r"|more-(?:stories|news|articles|from|on)|most-(?:popular|read|viewed|shared)"
    r"|breaking-news|also-read|read-next|up-next|you-may-like)"
)
# Headings that introduce other articles: what follows them in their block is not the story.
_OTHER_PAGES_HEADING = re.compile(
    r"(?i)^(?:related(?:\s+(?:articles?|stories|news|content|coverage|links|posts|reading))?"
    r"|more\s+(?:from|on|in|stories|news|articles)\b.*|recommended(?:\s+for\s+you)?"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|most\s+(?:read|popular|viewed)"
    r"|trending(?:\s+now)?|see\s+also|also\s+read|further\s+reading|top\s+stories"
    r"|latest\s+(?:news|stories|articles))\W*$"
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# A link with this many words of letters is a headline, not a byline's name, a tag or a date.
HEADLINE_WORDS = 3
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_SITE_TAGS = ("header", "footer")
_LISTS = ("ul", "ol")
# Tags whose class or id may say they list other articles.
_MARKED = ("div", "section", "span", "p", *_LISTS)
_LD_JSON = ".//script[@type='application/ld+json']"


def find_furniture(root: Any) -> list[Any]:
    """The outermost blocks of a page whose dates are not the article's.

    A block holding JSON-LD is left (sites put the article's own in the footer).
    """
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return []
    heading = body.find(".//h1")
    doomed: set[Any] = set()
    # Only the tags tested, so Python sees a fraction of the page's elements.
    for el in body.iter(*_ALWAYS, *_SITE_TAGS, *_HEADINGS, *_MARKED):
        tag = el.tag
        if tag in _HEADINGS:
            if _OTHER_PAGES_HEADING.match(" ".join(el.text_content().split())):
                doomed.add(el)
                doomed.update(el.itersiblings())
        elif tag in _ALWAYS or _is_furniture(el, heading) or (tag in _LISTS and is_link_list(el)):
            doomed.add(el)
    return [
        el
        for el in doomed
        if not any(up in doomed for up in el.iterancestors()) and not el.xpath(_LD_JSON)
    ]


@contextmanager
def set_aside(blocks: Sequence[Any]) -> Iterator[None]:
    """Take blocks out of their tree (find_furniture's), and put them back on leaving."""
    taken = []
    for el in blocks:
        parent = el.getparent()
        if parent is not None:
            taken.append((parent, parent.index(el), el))
            parent.remove(el)  # with its tail, which comes back with it
    try:
        yield
    finally:
        for parent, index, el in reversed(taken):
            parent.insert(index, el)


def _is_furniture(el: Any, heading: Any) -> bool:
    attrib = el.attrib
    role = attrib.get("role", "").lower() if attrib else ""
    if el.tag in _SITE_TAGS or role in _SITE_ROLES:
        # The site's header and footer, unless the site puts the article's headline there.
        return not el.xpath(_ARTICLE) and (heading is None or heading not in el.iter("h1"))
    if not attrib:
        return False
    if role in _ROLES:
        return True
    marks = f"{attrib.get('class', '')} {attrib.get('id', '')}"
    return bool(_OTHER_PAGES.search(marks))


def is_link_list(el: Any) -> bool:
    """Whether a list is other articles' links: each item a headline's link ("Mayor unveils
    budget plan", with its date or not)."""
    items = el.findall("li")
    return bool(items) and all(
        any(len(_LETTERS.findall(a.text_content())) >= HEADLINE_WORDS for a in item.iter("a"))
        for item in items
    )
