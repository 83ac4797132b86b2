"""A site's error page or bot check, saved in place of the story, is skipped with its reason,
never stored as a clipping; an article about such things stays an article."""

from __future__ import annotations

import json

import pytest
from pages import PARAGRAPHS, PROSE, page

from clipper.clean.errorpages import ERROR_PAGE

ERROR_PAGES = {
    "denied.html": (
        "<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>"
        'You don\'t have permission to access "http://www.example-news.com/world/story.html" '
        "on this server.<p>Reference #18.5f3c1402.1709900000.1a2b3c4d</p></body></html>"
    ),
    "missing.html": (
        "<html><head><title>Page not found | The Daily Example</title></head><body>"
        "<nav><a href='/'>Home</a></nav><h1>Sorry, we couldn't find that page</h1>"
        "<p>The page you are looking for may have been moved or deleted. Try searching our "
        "site or go back to the homepage.</p><footer>© 2024 The Daily Example</footer>"
        "</body></html>"
    ),
    "wall.txt": page(
        "www.example-news.com",
        "Just a moment...",
        "Checking if the site connection is secure",
        "www.example-news.com needs to review the security of your connection before proceeding.",
        "Ray ID: 7a1b2c3d4e5f6789",
        "Performance & security by Cloudflare",
    ),
    "fehlt.html": (
        "<html lang='de'><head><title>Seite nicht gefunden - Beispiel Zeitung</title></head>"
        "<body><h1>Fehler 404</h1><p>Die von Ihnen gesuchte Seite existiert leider nicht "
        "(mehr). Zur Startseite.</p></body></html>"
    ),
    "server.html": (
        "<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
        "<center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx"
        "</center></body></html>"
    ),
}


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "crawl"
    target.mkdir()
    for name, text in ERROR_PAGES.items():
        (target / name).write_text(text, encoding="utf-8")
    (target / "story.txt").write_text(page("Talks resume", *PROSE), encoding="utf-8")
    return target


def test_error_pages_and_bot_checks_are_skipped_with_their_reason(run, folder):
    result = run("import", str(folder), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [row["origin"].rsplit("/", 1)[-1] for row in report["added"]] == ["story.txt"]
    skipped = {row["origin"].rsplit("/", 1)[-1]: row["reason"] for row in report["skipped"]}
    assert skipped == dict.fromkeys(ERROR_PAGES, ERROR_PAGE)
    assert json.loads(run("stats", "--json").stdout)["clippings"] == 1


def test_an_article_about_access_being_denied_stays_an_article(run, tmp_path):
    story = tmp_path / "denied.html"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)
    story.write_text(
        "<html><head><title>Access denied</title></head><body><article>"
        f"<h1>Access denied</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    result = run("import", str(story))
    assert result.exit_code == 0, result.output
    assert "added #1 Access denied" in result.stdout


def test_a_short_article_mentioning_a_missing_page_stays_an_article(run, tmp_path):
    story = tmp_path / "short.txt"
    story.write_text(
        page(
            "Council website down for a day",
            "Residents trying to pay their council tax on Monday were met with a page not "
            "found error for most of the day, the council said.",
            "A spokesman said the fault had been fixed and apologised for the inconvenience.",
        ),
        encoding="utf-8",
    )
    result = run("import", str(story))
    assert result.exit_code == 0, result.output
    assert "added #1" in result.stdout
