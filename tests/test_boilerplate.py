"""boilerplate.py's Python tests select what trafilatura's boilerplate expressions select."""

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

TAGS = "div item list p section span a li ul ol details aside h1 article main em".split()
ATTRIBUTES = ("id", "class", "style", "role", "aria-hidden", "data-component", "itemprop")
# The tokens the expressions look for, where they look for them (start, inside, whole value),
# and near misses.
VALUES = (
    "cookie share shared social sidebar bread-crumb breadcrumb author footer Footer nav Nav "
    "navigation menu related premium ad ad-slot x-ad-y jp-x dpsp-content bmdh subnav navbar "
    "widget byline Byline embed consent meta rating slide overlay options yin comments-title "
    "reply-1 x-reply-y hidden hide-x x-hide-y hide-print noprint notloaded message akismet "
    "reader-comments display:none display: none true false NAV main article content story "
    "MostPopularStories Navigation tags tag-list comment Comment comments commentary "
    "Commentary comment-list comol disqus_thread dsq-comments article-comments post-comments "
    "x-comments mvp-post-add-box mvp-post-add-wrap infinite-scroll infinitescroll "
    "elementor-share-buttons elementor-share-bar post entry posts articleBody articleContent "
    "article-content entry-content article__content article-body article__body body-text "
    "post-text post_text post-body postentry post-content postContent post_inner_wrapper "
    "article-text articleText page-content art-content ArticleContent article__container"
).split()
TEXTS = ("Jane", *PARAGRAPHS)


def trees(count: int = 120) -> list[object]:
    rnd = random.Random(5)
    raw = [load_html(random_page(rnd, TAGS, ATTRIBUTES, VALUES, TEXTS)) for _ in range(count)]
    # Also as trafilatura's extractor sees them: cleaned, tags converted (<list>, <item>).
    options = Extractor(precision=True, comments=False)
    return raw + [convert_tags(tree_cleaning(copy(t), options), options) for t in raw]


@pytest.mark.parametrize("name", boilerplate.PYTHON_TESTS)
def test_the_expressions_are_the_ones_the_python_tests_were_written_for(name):
    # A new trafilatura with other expressions keeps its own (use_python_tests checks this);
    # then this fails, as a reminder to write the tests for the new expressions.
    written_for, _ = boilerplate.PYTHON_TESTS[name]
    assert boilerplate.fingerprint(getattr(xpaths, name)) == written_for


@pytest.mark.parametrize("name", boilerplate.PYTHON_TESTS)
def test_the_python_tests_select_what_the_expressions_select(name):
    paths = [e.path for e in getattr(xpaths, name)]
    expressions = [XPath(path, namespaces={"re": xpaths.REGEXP_NS}) for path in paths]
    tests = boilerplate.PYTHON_TESTS[name][1](paths)
    selected = 0
    for tree in trees():
        for expression, test in zip(expressions[: len(tests)], tests, strict=True):
            assert list(test(tree)) == expression(tree)
            selected += len(expression(tree))
    assert selected > 100


def test_id_or_class_is_the_one_written_first():
    tests = boilerplate.discard_tests([e.path for e in xpaths.OVERALL_DISCARD_XPATH])
    tree = load_html(
        '<html><body><div class="cookie" id="x">a</div><div id="x" class="cookie">b</div>'
        '<p class="reply-1" id="y">c</p><p id="y" class="reply-1">d</p></body></html>'
    )
    assert [e.text for e in tests[0](tree)] == ["a"]
    assert [e.text for e in tests[1](tree)] == ["c"]
