"""boilerplate.py's Python tests select what trafilatura's OVERALL_DISCARD_XPATH selects."""

from __future__ import annotations

import random
from copy import copy

import pytest
from pages import PARAGRAPHS, random_page

pytest.importorskip("trafilatura")

from lxml.etree import XPath  # noqa: E402
from trafilatura import xpaths  # noqa: E402
from trafilatura.htmlprocessing import convert_tags, tree_cleaning  # noqa: E402
from trafilatura.settings import Extractor  # noqa: E402
from trafilatura.utils import load_html  # noqa: E402

from clipper.clean import boilerplate  # noqa: E402

TAGS = "div item list p section span a li ul article main em".split()
ATTRIBUTES = ("id", "class", "style", "role", "aria-hidden", "data-component")
# The tokens the expressions look for, where they look for them (start, inside, whole value),
# and near misses.
VALUES = (
    "cookie share shared social sidebar bread-crumb breadcrumb author footer Footer nav Nav "
    "navigation menu related premium ad ad-slot x-ad-y jp-x dpsp-content bmdh subnav navbar "
    "widget byline Byline embed consent meta rating slide overlay options yin comments-title "
    "reply-1 x-reply-y hidden hide-x x-hide-y hide-print noprint notloaded message akismet "
    "reader-comments display:none display: none true false NAV main article content story "
    "MostPopularStories Navigation tags tag-list"
).split()
TEXTS = ("Jane", *PARAGRAPHS)


def trees(count: int = 120) -> list[object]:
    rnd = random.Random(5)
    raw = [load_html(random_page(rnd, TAGS, ATTRIBUTES, VALUES, TEXTS)) for _ in range(count)]
    # Also as trafilatura's extractor sees them: cleaned, tags converted (<list>, <item>).
    options = Extractor(precision=True, comments=False)
    return raw + [convert_tags(tree_cleaning(copy(t), options), options) for t in raw]


def test_the_expressions_are_the_ones_the_python_tests_were_written_for():
    # A new trafilatura with other expressions keeps its own (use_python_tests checks this);
    # then this fails, as a reminder to write the tests for the new expressions.
    assert boilerplate.fingerprint(xpaths.OVERALL_DISCARD_XPATH) == boilerplate.WRITTEN_FOR


def test_the_python_tests_select_what_the_expressions_select():
    paths = [e.path for e in xpaths.OVERALL_DISCARD_XPATH]
    expressions = [XPath(path, namespaces={"re": xpaths.REGEXP_NS}) for path in paths]
    tests = boilerplate.python_tests(paths)
    selected = 0
    for tree in trees():
        for expression, test in zip(expressions, tests, strict=True):
            assert test(tree) == expression(tree)
            selected += len(test(tree))
    assert selected > 1000


def test_id_or_class_is_the_one_written_first():
    tests = boilerplate.python_tests([e.path for e in xpaths.OVERALL_DISCARD_XPATH])
    tree = load_html(
        '<html><body><div class="cookie" id="x">a</div><div id="x" class="cookie">b</div>'
        '<p class="reply-1" id="y">c</p><p id="y" class="reply-1">d</p></body></html>'
    )
    assert [e.text for e in tests[0](tree)] == ["a"]
    assert [e.text for e in tests[1](tree)] == ["c"]
