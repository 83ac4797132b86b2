"""markupauthor.py's Python tests select what trafilatura's author XPath expressions select."""

from __future__ import annotations

import random

import pytest
from pages import random_page

pytest.importorskip("trafilatura")

from lxml.html import tostring  # noqa: E402
from trafilatura import metadata as tm  # noqa: E402
from trafilatura.utils import load_html  # noqa: E402
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS  # noqa: E402

from clipper.clean import markupauthor  # noqa: E402
from clipper.clean.markupauthor import author_candidates, discarded, extract_author  # noqa: E402

TAGS = "a address div link p span strong h3 h4 section li author rel time figure em".split()
# Every value the expressions test for, near misses, and values that match only in part.
VALUES = (
    "author byline Byline byl BBL username author name authorName AuthorName author-name "
    "authorname Author writer screenname channel-name zuozhe bianji xiaobian submitted-by "
    "posted-by journalist-name comments Comments comments-list commentlist comment-list "
    "commentslist ProductReviews sidebar is-hidden quote embedly-instagram article-share "
    "article-support print category meta-date meta-reviewer title date Figure AuthorCard "
    "AuthorURL me my-comments post-author x-author-x AUTHOR BYLINE nav"
).split()
ATTRIBUTES = ("id", "class", "itemprop", "rel", "data-testid", "data-component")
NAMES = ("By Jane Doe", "Jane Doe and John Roe", "me", "J", "Staff " * 30)


def pages(count: int = 150) -> list[object]:
    rnd = random.Random(11)
    return [load_html(random_page(rnd, TAGS, ATTRIBUTES, VALUES, NAMES)) for _ in range(count)]


def test_the_expressions_are_the_ones_the_python_tests_were_written_for():
    # A new trafilatura with other expressions finds the author its own way; then this fails,
    # as a reminder to write the tests for the new expressions.
    assert markupauthor.written_for_these_expressions()


def test_the_python_tests_select_what_trafilaturas_expressions_select():
    for tree in pages():
        assert discarded(tree) == AUTHOR_DISCARD_XPATHS[0](tree)
        assert list(author_candidates(tree)) == [expression(tree) for expression in AUTHOR_XPATHS]


def test_the_author_is_trafilaturas():
    found = 0
    for tree in pages():
        author = extract_author(tree)
        assert author == tm.extract_author(tree)
        found += author is not None
    assert found > 50  # the pages do hold bylines, in and out of discarded elements


def test_the_tree_is_left_as_it_was():
    tree = load_html(
        '<html><body><div class="sidebar">x</div><span class="author">By Jane Doe</span>'
        "<time>today</time></body></html>"
    )
    before = tostring(tree)
    assert extract_author(tree) == "Jane Doe"
    assert tostring(tree) == before
