"""trafilatura's boilerplate expressions as Python tests: the same elements, a walk each.

trafilatura drops navigation, share bars, ads, hidden blocks, comment threads and appended
articles, and finds the article's container, with XPath expressions that test several
attributes of every element, many with EXSLT regexes.  libxml2 spends 9 ms a page on them
(OVERALL_DISCARD_XPATH alone runs twice on every page clipper cleans: on the raw tree for
trafilatura's readability comparison, on the cleaned tree before its own extraction), a
third of the extraction.  The same tests made in
Python select the same elements in the same order (tests/test_boilerplate.py holds them
against the expressions) in a fraction of that time.

`use_python_tests` puts them in trafilatura's lists in place, where every trafilatura module
that imported a list finds them; only when a list's expressions are the ones its tests were
written for (their text's fingerprint), so another trafilatura keeps its own.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterator
from typing import Any

_DISCARD_TAGS = ("div", "item", "list", "p", "section", "span")
_COMMENT_TAGS = ("div", "list", "section", "details")
_LIST_TAGS = ("ol", "ul")
_ARTICLE_TAGS = ("div", "section", "aside")
_CONTENT_TAGS = ("article", "div", "main", "section")
_CONTENT_CLASSES = ("post", "entry")
# The regexes of the expressions' re:test calls, in the order the expressions have them.
_RE_TEST = re.compile(r"re:test\((@[\w@|-]+), '([^']*)'\)")

Tests = list[Callable[[Any], Any]]  # each returns the elements, in document order


def fingerprint(expressions: list[Any]) -> str:
    """A short hash of the expressions' text: tells the trafilatura the tests were written for."""
    return hashlib.sha256("".join(e.path for e in expressions).encode()).hexdigest()[:16]


@functools.cache
def use_python_tests() -> list[str]:
    """Put the Python tests in trafilatura's lists; the names of the lists they went in."""
    from trafilatura import xpaths

    replaced = []
    for name, (written_for, make_tests) in PYTHON_TESTS.items():
        expressions = getattr(xpaths, name)
        if fingerprint(expressions) == written_for:
            tests = make_tests([e.path for e in expressions])
            # Expressions with no tests of their own (cheap ones) stay as they are.
            expressions[: len(tests)] = tests
            replaced.append(name)
    return replaced


def _standing_for(tests: Tests, paths: list[str]) -> Tests:
    for test, path in zip(tests, paths, strict=True):
        test.path = path  # type: ignore[attr-defined]  # what it stands for, as an XPath has
    return tests


def discard_tests(paths: list[str]) -> Tests:
    """OVERALL_DISCARD_XPATH as functions of a tree, their regexes taken from their text."""
    (_, cookie), (_, ids), (_, classes) = _RE_TEST.findall(paths[0])
    (_, hidden), (_, more_ids), (_, more_classes) = _RE_TEST.findall(paths[1])
    tests: Tests = [
        functools.partial(
            _navigation_and_ads,
            cookie=re.compile(cookie).search,
            ids=re.compile(ids).search,
            classes=re.compile(classes).search,
        ),
        functools.partial(
            _hidden_and_replies,
            hidden=re.compile(hidden).search,
            ids=re.compile(more_ids).search,
            classes=re.compile(more_classes).search,
        ),
    ]
    return _standing_for(tests, paths)


def comment_tests(paths: list[str]) -> Tests:
    """REMOVE_COMMENTS_XPATH as a function of a tree."""
    (_, ids), (_, classes) = _RE_TEST.findall(paths[0])
    test = functools.partial(
        _comments,
        tags=_COMMENT_TAGS,
        ids=re.compile(ids).search,
        classes=re.compile(classes).search,
    )
    return _standing_for([test], paths)


def comment_and_list_tests(paths: list[str]) -> Tests:
    """REMOVE_COMMENTS_AND_LISTS_XPATH as a function of a tree: lists are held to stricter ids."""
    (_, ids), (_, classes), (_, list_ids), (_, list_classes) = _RE_TEST.findall(paths[0])
    test = functools.partial(
        _comments,
        tags=_COMMENT_TAGS + _LIST_TAGS,
        ids=re.compile(ids).search,
        classes=re.compile(classes).search,
        list_ids=re.compile(list_ids).search,
        list_classes=re.compile(list_classes).search,
    )
    return _standing_for([test], paths)


def appended_article_tests(paths: list[str]) -> Tests:
    """RAW_TREE_PRUNE_XPATH as functions of a tree."""
    (_, ids), (_, classes), (_, always_ids), (_, always_classes) = _RE_TEST.findall(paths[0])
    tests: Tests = [
        functools.partial(
            _appended_articles,
            ids=re.compile(ids).search,
            classes=re.compile(classes).search,
            always_ids=re.compile(always_ids).search,
            always_classes=re.compile(always_classes).search,
        ),
        _share_buttons,
    ]
    return _standing_for(tests, paths)


def main_content_tests(paths: list[str]) -> Tests:
    """BODY_XPATH's first expression (the article's container, by its name) as a function."""
    (_, ids), (_, classes) = _RE_TEST.findall(paths[0])
    test = functools.partial(
        _main_content, ids=re.compile(ids).search, classes=re.compile(classes).search
    )
    return _standing_for([test], paths[:1])


def _first_of(element: Any, a: str, value_a: str | None, b: str, value_b: str | None) -> str:
    """XPath's string(@a|@b), given both values: the one whose attribute is written first."""
    if value_a is None or value_b is None:
        return value_a or value_b or ""
    return value_a if element.keys().index(a) < element.keys().index(b) else value_b


def _matches(id_: str | None, class_: str | None, ids: Any, classes: Any) -> bool:
    return bool((id_ is not None and ids(id_)) or (class_ is not None and classes(class_)))


def _navigation_and_ads(tree: Any, *, cookie: Any, ids: Any, classes: Any) -> list[Any]:
    found = []
    for element in tree.iterdescendants(*_DISCARD_TAGS):
        get = element.get
        id_, class_ = get("id"), get("class")
        if (
            _matches(id_, class_, ids, classes)
            or get("data-lp-replacement-content") is not None
            or "nav" in (get("role") or "").replace("N", "n")
            or "MostPopularStories" in (get("data-component") or "")
            or cookie(_first_of(element, "id", id_, "class", class_))
        ):
            found.append(element)
    return found


def _hidden_and_replies(tree: Any, *, hidden: Any, ids: Any, classes: Any) -> list[Any]:
    found = []
    for element in tree.iterdescendants():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction, not an element to XPath's *
        get = element.get
        id_, class_, style = get("id"), get("class"), get("style")
        if (
            class_ == "comments-title"
            or _matches(id_, class_, ids, classes)
            or get("aria-hidden") == "true"
            or (style is not None and ("display:none" in style or "display: none" in style))
            or hidden(_first_of(element, "id", id_, "style", style))
            or _first_of(element, "id", id_, "class", class_).startswith("reply-")
        ):
            found.append(element)
    return found


def _comments(
    tree: Any,
    *,
    tags: tuple[str, ...],
    ids: Any,
    classes: Any,
    list_ids: Any = None,
    list_classes: Any = None,
) -> list[Any]:
    found = []
    for element in tree.iterdescendants(*tags):
        id_, class_ = element.get("id"), element.get("class")
        if not _matches(id_, class_, ids, classes):
            continue
        if element.tag in _LIST_TAGS and not _matches(id_, class_, list_ids, list_classes):
            continue
        found.append(element)
    return found


def _appended_articles(
    tree: Any, *, ids: Any, classes: Any, always_ids: Any, always_classes: Any
) -> list[Any]:
    """Infinite-scroll containers, unless they hold the page's <h1> (then only by their name)."""
    found = []
    for element in tree.iterdescendants(*_ARTICLE_TAGS):
        id_, class_ = element.get("id"), element.get("class")
        if _matches(id_, class_, ids, classes) and (
            next(element.iterdescendants("h1"), None) is None
            or _matches(id_, class_, always_ids, always_classes)
        ):
            found.append(element)
    return found


def _main_content(tree: Any, *, ids: Any, classes: Any) -> Iterator[Any]:
    """The containers named as the article's, each the first such child of its parent (the
    expression's `[1]`), lazily: trafilatura takes the first."""
    parents = set()
    for element in tree.iterdescendants(*_CONTENT_TAGS):
        get = element.get
        id_, class_ = get("id"), get("class")
        if (
            class_ in _CONTENT_CLASSES
            or get("itemprop") == "articleBody"
            or id_ == "articleContent"
            or _matches(id_, class_, ids, classes)
        ):
            parent = element.getparent()
            if parent not in parents:
                parents.add(parent)
                yield element


def _share_buttons(tree: Any) -> list[Any]:
    return [
        element
        for element in tree.iterdescendants(*_ARTICLE_TAGS)
        if "elementor-share-buttons" in (element.get("class") or "")
    ]


# trafilatura's lists of expressions with Python tests: the fingerprint of the expressions'
# text the tests were written for, and what makes the tests from that text.
PYTHON_TESTS: dict[str, tuple[str, Callable[[list[str]], Tests]]] = {
    "OVERALL_DISCARD_XPATH": ("306841ebe2ef0fba", discard_tests),
    "REMOVE_COMMENTS_XPATH": ("5d97216ca15d0558", comment_tests),
    "REMOVE_COMMENTS_AND_LISTS_XPATH": ("9cc18d34e6e2d258", comment_and_list_tests),
    "RAW_TREE_PRUNE_XPATH": ("07188251a6d705a0", appended_article_tests),
    "BODY_XPATH": ("d4dcecc4385dd566", main_content_tests),
}
