"""trafilatura's extract_author, its element selections made in one walk over the tree.

trafilatura finds the elements that may hold a byline (and those to drop first: comments,
sidebars, dates, figures) with XPath expressions that test a dozen attributes of every
element, several with EXSLT regexes; libxml2 spends 5 ms a page on them, the most of any
metadata reader.  The same tests made in Python, one walk per tree for all the expressions,
select the same elements in the same order (tests/test_markup_author.py holds them against
trafilatura's own expressions) in a fraction of that, and the rest is done as extract_author
does it, step for step.
"""

from __future__ import annotations

import functools
import re
from copy import deepcopy
from typing import Any

# trafilatura.xpaths.AUTHOR_DISCARD_XPATHS: comment threads, sidebars, dates, share bars...
_DISCARD_TAGS = frozenset(("a", "div", "section", "span"))
_DISCARD_CLASSES = ("comments", "title", "date")
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
    "|article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
_ALSO_DISCARDED = ("time", "figure")
# trafilatura.xpaths.AUTHOR_XPATHS, most specific first.
_SPECIFIC_TAGS = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_SPECIFIC_CLASS = re.compile("author-?name|AuthorName|authorName")
_GENERIC_TAGS = frozenset(("a", "div", "h3", "h4", "p", "span"))
_GENERIC_CLASSES = frozenset(("byline", "username", "byl", "BBL"))
_GENERIC_ID = re.compile("author|zuozhe|bianji|xiaobian")
_GENERIC_CLASS = re.compile(
    "author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
_ANY_ID = re.compile("[Aa]uthor")
_ANY_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
# Every element an expression selects has one of these in an attribute it tests, or is <author>,
# or the parent of a <rel> (see `rel_me`): one search spares most elements the tests.
_KEYWORD = re.compile(
    "uthor|yline|byl|BBL|username|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by"
    "|journalist-name|screenname|writer"
)
# extract_author's limit on the length of a byline.
MAX_AUTHOR_CHARS = 120
# The fingerprint of the expressions' text these tests were written for (see boilerplate.py).
WRITTEN_FOR = "8f8f389b39fc2613"


def extract_author(tree: Any) -> str | None:
    """trafilatura.metadata.extract_author(tree): the same author, found faster.

    A trafilatura whose expressions differ from those these tests were written for finds the
    author its own way.
    """
    from trafilatura.metadata import extract_author as trafilaturas
    from trafilatura.metadata import normalize_authors
    from trafilatura.utils import trim
    from trafilatura.xml import delete_element

    if not written_for_these_expressions():
        return trafilaturas(tree)
    subtree = deepcopy(tree)
    for element in discarded(subtree):
        delete_element(element)
    for element in list(subtree.iter(*_ALSO_DISCARDED)):
        delete_element(element)
    for candidates in author_candidates(subtree):
        for element in candidates:
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < MAX_AUTHOR_CHARS:
                return normalize_authors(None, content)
    return None


@functools.cache
def written_for_these_expressions() -> bool:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    from .boilerplate import fingerprint

    return fingerprint(AUTHOR_XPATHS + AUTHOR_DISCARD_XPATHS) == WRITTEN_FOR


def discarded(tree: Any) -> list[Any]:
    """The elements AUTHOR_DISCARD_XPATHS' first expression selects, in document order."""
    found = []
    for element in tree.iterdescendants(*_DISCARD_TAGS):
        id_, class_ = element.get("id"), element.get("class")
        if (
            id_ == "comments"
            or class_ in _DISCARD_CLASSES
            or _DISCARD_ID.search(id_ or "")
            or _DISCARD_CLASS.search(class_ or "")
            or "Figure" in (element.get("data-component") or "")
        ):
            found.append(element)
    return found


def author_candidates(tree: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """The elements each of AUTHOR_XPATHS selects, in document order."""
    specific: list[Any] = []
    generic: list[Any] = []
    anywhere: list[Any] = []
    # `rel='me'` in the first expression: a child element <rel> whose text is "me".
    rel_me = {rel.getparent() for rel in tree.iter("rel") if "".join(rel.itertext()) == "me"}
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue  # a comment or processing instruction, not an element to XPath's *
        if (
            tag != "author"
            and not _KEYWORD.search(" ".join(element.values()))
            and element not in rel_me
        ):
            continue  # no expression can select it: spare the tests below
        get = element.get
        id_, class_, itemprop = get("id") or "", get("class") or "", get("itemprop") or ""
        if tag == "author" or (
            tag in _SPECIFIC_TAGS
            and (
                get("rel") == "author"
                or get("id") == "author"
                or get("class") == "author"
                or get("itemprop") == "author name"
                or get("data-testid") in ("AuthorCard", "AuthorURL")
                or _SPECIFIC_CLASS.search(class_)
                or element in rel_me
            )
        ):
            specific.append(element)
        if tag in _GENERIC_TAGS and (
            get("class") in _GENERIC_CLASSES
            or "author" in itemprop
            or _GENERIC_ID.search(id_)
            or _GENERIC_CLASS.search(class_)
        ):
            generic.append(element)
        if (
            "Byline" in (get("data-component") or "")
            or "author" in itemprop
            or _ANY_ID.search(id_)
            or _ANY_CLASS.search(class_)
        ):
            anywhere.append(element)
    return specific, generic, anywhere
