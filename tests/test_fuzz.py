"""Property tests: any bytes, text or query gives a result or a clean error, never a crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clipper.archive import Archive
from clipper.clean import clean
from clipper.errors import BadQuery, ClipperError
from clipper.models import Clipping
from clipper.query import to_match

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCE = "The minister said on Tuesday that the talks on the islands would resume soon."
# Pieces of real pages and of hostile ones, so generated pages reach both cleaners' corners.
FRAGMENTS = [
    SENTENCE,
    "\n\n",
    "\n",
    "<html>",
    "<body>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<article>",
    "<script>var x = '</p>';</script>",
    "<style>p{}</style>",
    "<title>Talks resume</title>",
    '<meta charset="shift_jis">',
    '<meta charset="undefined">',
    '<meta charset="utf-16">',
    '<?xml version="1.0" encoding="utf-32"?>',
    '<meta property="og:title" content="x">',
    "<!--",
    "-->",
    "<![CDATA[",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "\x00",
    "\ufeff",
    "\x1b[2J",
    "\r",
    "\ue000",
    "By Ann Example",
    "November 7, 2014",
    "Copyright 2014 Example News",
    "<",
    ">",
    "日本語の記事です。",
]
pages = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40).map(
    "".join
)


def assert_clean_or_clear_error(raw: bytes | str) -> None:
    try:
        clipping = clean(raw, origin="/fuzz/page")
    except ClipperError as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert isinstance(clipping, Clipping)
        assert clipping.body.strip()


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_clipping_or_a_clear_error(raw):
    assert_clean_or_clear_error(raw)


@FUZZ
@given(pages)
def test_any_page_text_gives_a_clipping_or_a_clear_error(text):
    assert_clean_or_clear_error(text)


@FUZZ
@given(pages, st.sampled_from(["utf-8", "utf-16", "cp1252", "shift_jis", "latin-1"]))
def test_any_page_in_any_encoding_gives_a_clipping_or_a_clear_error(text, encoding):
    assert_clean_or_clear_error(text.encode(encoding, "replace"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = Path(tmp_path_factory.mktemp("fuzz")) / "archive.db"
    with Archive(path, create=True) as archive:
        for i, word in enumerate(["Senkaku", "U.S.", "Sino-Japanese", "Tōkyō", "北京"]):
            archive.add(Clipping(body=f"{SENTENCE} {word} {i}", title=word, source="Example"))
    with Archive(path, readonly=True) as archive:
        yield archive


@FUZZ
@given(
    st.lists(
        st.one_of(
            st.text(max_size=12),
            st.sampled_from(['"', "(", ")", "*", "-", "OR", "NOT", "AND", "title:", "source:"]),
        ),
        max_size=8,
    ).map(" ".join)
)
def test_any_query_gives_results_or_a_clear_message(archive, query):
    try:
        hits, total = archive.search(to_match(query))
    except BadQuery as e:
        assert str(e)
    else:
        assert total >= len(hits)
