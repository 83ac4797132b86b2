"""trafilatura's boilerplate expressions (OVERALL_DISCARD_XPATH) as Python tests, one walk each.

trafilatura drops navigation, share bars, ads, hidden blocks... with two XPath expressions
that test up to a dozen attributes of every element, three with EXSLT regexes.  libxml2 spends
6 ms a page on them, and trafilatura runs them twice on every page clipper cleans (on the raw
tree for its readability comparison, on the cleaned tree before its own extraction): a third
of the extraction.  The same tests made in Python select the same elements in the same order
(tests/test_boilerplate.py holds them against the expressions) in a fraction of that time.

`use_python_tests` puts them in trafilatura's list in place, where every trafilatura module
that imported the list finds them; only when trafilatura's expressions are the ones these
tests were written for (their text's fingerprint), so another trafilatura keeps its own.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from typing import Any

# The fingerprint of OVERALL_DISCARD_XPATH's text these tests were written for.
WRITTEN_FOR = "306841ebe2ef0fba"
_DISCARD_TAGS = ("div", "item", "list", "p", "section", "span")
# The regexes of the expressions' re:test calls, in the order the expressions have them.
_RE_TEST = re.compile(r"re:test\((@[\w@|-]+), '([^']*)'\)")


def fingerprint(expressions: list[Any]) -> str:
    return hashlib.sha256("".join(e.path for e in expressions).encode()).hexdigest()[:16]


@functools.cache
def use_python_tests() -> bool:
    """Put the Python tests in trafilatura's OVERALL_DISCARD_XPATH; whether they were."""
    from trafilatura import xpaths

    expressions = xpaths.OVERALL_DISCARD_XPATH
    if fingerprint(expressions) != WRITTEN_FOR:
        return False
    expressions[:] = python_tests([e.path for e in expressions])
    return True


def python_tests(paths: list[str]) -> list[Callable[[Any], list[Any]]]:
    """The two expressions as functions of a tree, their regexes taken from their text."""
    (_, cookie), (_, ids), (_, classes) = _RE_TEST.findall(paths[0])
    (_, hidden), (_, more_ids), (_, more_classes) = _RE_TEST.findall(paths[1])
    tests: list[Callable[[Any], list[Any]]] = [
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
    for test, path in zip(tests, paths, strict=True):
        test.path = path  # type: ignore[attr-defined]  # what they stand for, as an XPath has
    return tests


def _first_of(element: Any, a: str, value_a: str | None, b: str, value_b: str | None) -> str:
    """XPath's string(@a|@b), given both values: the one whose attribute is written first."""
    if value_a is None or value_b is None:
        return value_a or value_b or ""
    return value_a if element.keys().index(a) < element.keys().index(b) else value_b


def _navigation_and_ads(tree: Any, *, cookie: Any, ids: Any, classes: Any) -> list[Any]:
    found = []
    for element in tree.iterdescendants(*_DISCARD_TAGS):
        get = element.get
        id_, class_ = get("id"), get("class")
        if (
            (id_ is not None and ids(id_))
            or (class_ is not None and classes(class_))
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
            or (id_ is not None and ids(id_))
            or (class_ is not None and classes(class_))
            or get("aria-hidden") == "true"
            or (style is not None and ("display:none" in style or "display: none" in style))
            or hidden(_first_of(element, "id", id_, "style", style))
            or _first_of(element, "id", id_, "class", class_).startswith("reply-")
        ):
            found.append(element)
    return found
