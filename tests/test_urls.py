"""URL identity: one normal form per article, and archives made before it upgraded in place."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.archive import Archive
from clipper.migrations import m001_clippings
from clipper.models import Clipping
from clipper.urls import is_url, url_key

SAME_ARTICLE = [
    "https://www.dw.com/en/talks/a-123",
    "http://dw.com/en/talks/a-123/",
    "https://WWW.DW.COM:443/en/talks/a-123?utm_source=twitter&utm_medium=social",
    "https://dw.com/en/talks/a-123#comments",
    "https://dw.com/en//talks/a-123?fbclid=IwAR0abc",
]


@pytest.mark.parametrize("url", SAME_ARTICLE)
def test_one_article_has_one_key_however_it_was_linked(url):
    assert url_key(url) == "dw.com/en/talks/a-123"


def test_parameters_that_name_the_article_are_kept_in_a_stable_order():
    assert url_key("https://news.example/story?page=2&id=77") == url_key(
        "https://news.example/story?id=77&page=2&utm_campaign=x"
    )
    assert url_key("https://news.example/story?id=77") != url_key(
        "https://news.example/story?id=78"
    )


def test_other_hosts_paths_and_ports_are_other_articles():
    assert url_key("https://news.example/a") != url_key("https://other.example/a")
    assert url_key("https://news.example/a") != url_key("https://news.example/b")
    assert url_key("http://news.example:8080/a") != url_key("http://news.example/a")


@pytest.mark.parametrize(
    "text",
    [None, "", "saved/page.html", "ftp://host/file", "not a url", "https://www.dw.com/?utm_x=1"],
)
def test_what_is_not_an_article_address_has_no_key(text):
    assert url_key(text) is None


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_url_key_never_crashes(text):
    key = url_key(text)
    assert key is None or (is_url(text) and "/" in key)


web_addresses = st.builds(
    "{}://{}{}/{}?{}#{}".format,
    st.sampled_from(["http", "https", "HTTPS"]),
    st.from_regex(r"(www\.)?[a-z]{1,8}\.(com|co\.jp|de)", fullmatch=True),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.text(max_size=30),
    st.text(max_size=30),
    st.text(max_size=10),
)


@given(web_addresses)
@settings(max_examples=200, deadline=None)
def test_a_key_is_its_own_key(url):
    key = url_key(url)
    assert key is None or url_key(f"https://{key}") == key


def test_an_archive_from_before_url_keys_is_upgraded_and_deduplicates(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    m001_clippings(db)
    db.execute("CREATE TABLE _clipper_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    db.execute("INSERT INTO _clipper_migrations (name) VALUES ('m001_clippings')")
    db["clippings"].insert(  # type: ignore[union-attr]
        {
            "body": "An older article body.",
            "url": "https://www.news.example/talks/",
            "content_hash": "x",
            "imported_at": "2020-01-01T00:00:00+00:00",
        }
    )
    db.conn.commit()
    db.close()
    with Archive(path) as archive:
        result = archive.add(Clipping(body="A corrected body.", url="http://news.example/talks"))
        assert (result.id, result.added) == (1, False)
        assert archive.get(1).url == "https://www.news.example/talks/"
    key = sqlite3.connect(path).execute("select url_key from clippings").fetchone()[0]
    assert key == "news.example/talks"
