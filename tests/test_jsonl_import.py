"""clipper import of JSON Lines that are not exactly clipper's export: articles from elsewhere,
and export lines edited by hand."""

from __future__ import annotations

import json
import sqlite3

import pytest

STORY = (
    "The city council voted 7-2 on Tuesday night to approve construction of a new bridge "
    "across the harbour, ending more than ten years of debate over the cost and route.\n\n"
    "Share this article\n\n"
    "Supporters said the bridge would cut commute times for thousands of residents."
)


def write_lines(path, *objects: object) -> str:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return str(path)


def shown(run, clipping_id: int) -> dict:
    result = run("show", str(clipping_id), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_articles_from_another_program_import_with_their_fields(run, tmp_path):
    feed = write_lines(
        tmp_path / "feed.jsonl",
        {
            "title": "Council approves harbour bridge",
            "url": "https://gazette.example.com/a",
            "date": "2021-03-03",
            "source": "Riverside Gazette",
            "author": "Maria Lopez",
            "tags": ["harbour"],
            "body": STORY,
        },
    )
    result = run("import", feed)
    assert result.exit_code == 0, result.output
    assert "added #1 Council approves harbour bridge" in result.stdout
    assert "Added 1, already present 0, skipped 0, failed 0." in result.stdout
    clipping = shown(run, 1)
    assert clipping["body"] == STORY  # an article's text already: stored as given, not cleaned
    assert clipping["title"] == "Council approves harbour bridge"
    assert clipping["url"] == "https://gazette.example.com/a"
    assert clipping["date"] == "2021-03-03"
    assert clipping["source"] == "Riverside Gazette"
    assert clipping["author"] == "Maria Lopez"
    assert clipping["tags"] == ["harbour"]
    assert clipping["evidence"]["title"] == "JSON Lines field"
    assert clipping["language"] == "en"
    assert clipping["origin"] == f"{feed}:1"
    assert clipping["word_count"] == len(STORY.split())
    assert clipping["content_hash"] and clipping["imported_at"]
    again = run("import", feed)
    assert "Added 0, already present 1" in again.stdout


def test_what_an_article_from_elsewhere_leaves_out_is_found_as_for_a_page(run, tmp_path):
    feed = write_lines(
        tmp_path / "feed.jsonl",
        {"url": "https://www.gazette.example.com/news/2021/03/03/bridge", "body": STORY},
        {"body": STORY.replace("7-2", "5-4"), "date": "2022-01-02T10:30:00Z"},
    )
    result = run("import", feed)
    assert result.exit_code == 0, result.output
    first = shown(run, 1)
    assert (first["source"], first["evidence"]["source"]) == ("gazette.example.com", "URL host")
    assert (first["date"], first["evidence"]["date"]) == ("2021-03-03", "URL pattern")
    assert shown(run, 2)["date"] == "2022-01-02"


def test_a_line_that_is_not_an_article_fails_alone_and_says_why(run, tmp_path, db_path):
    feed = write_lines(
        tmp_path / "feed.jsonl",
        {"title": "Council approves harbour bridge", "body": STORY},
        {"headline": "Tram line rejected", "text": "The council voted 5-4.", "published": "x"},
        {"title": "A date nobody can read", "body": STORY + " More.", "date": "sometime"},
        ["not", "an", "object"],
    )
    result = run("import", feed)
    assert result.exit_code == 1
    assert "Added 1, already present 0, skipped 0, failed 3." in result.stdout
    assert (
        f'{feed}:2: not a clipping: no "body" field with the article\'s text '
        "(its fields: headline, text, published)" in result.stderr
    )
    assert f"{feed}:3: not a clipping: date 'sometime' is not YYYY-MM-DD" in result.stderr
    assert f"{feed}:4: not a clipping: a line is not a JSON object" in result.stderr
    bodies = [b for (b,) in sqlite3.connect(db_path).execute("select body from clippings")]
    assert bodies == [STORY]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (42, 'its "body" is not text but a number'),
        (["a", "b"], 'its "body" is not text but a list'),
        (None, 'its "body" is not text but null'),
        ("   ", 'its "body" is empty'),
    ],
)
def test_a_body_that_is_no_text_is_named_as_such(run, tmp_path, body, why):
    feed = write_lines(tmp_path / "feed.jsonl", {"title": "Tram line rejected", "body": body})
    result = run("import", feed)
    assert result.exit_code == 1
    assert f"{feed}:1: not a clipping: {why}" in result.stderr


def test_a_broken_first_line_does_not_make_the_file_one_page_of_json(run, tmp_path, db_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"title": "Cut off\n' + json.dumps({"body": STORY}) + "\n", encoding="utf-8")
    result = run("import", str(feed))
    assert result.exit_code == 1
    assert "Added 1, already present 0, skipped 0, failed 1." in result.stdout
    assert f"{feed}:1: not a clipping" in result.stderr
    bodies = [b for (b,) in sqlite3.connect(db_path).execute("select body from clippings")]
    assert bodies == [STORY]


def test_a_json_document_is_not_a_page(run, tmp_path, db_path):
    document = tmp_path / "articles.json"
    document.write_text(json.dumps([{"title": "A", "body": STORY}], indent=2), encoding="utf-8")
    result = run("import", str(document))
    assert result.exit_code == 0, result.output
    assert "Added 0, already present 0, skipped 1, failed 0." in result.stdout
    assert "not a page: JSON data" in result.stderr
    assert sqlite3.connect(db_path).execute("select count(*) from clippings").fetchone() == (0,)


def test_an_article_from_elsewhere_never_brings_nul_or_snippet_markers(run, tmp_path):
    feed = write_lines(
        tmp_path / "feed.jsonl",
        {"title": "Bridge\ue000", "body": "Council\x00 \ue001votes.\r\nYes."},
    )
    assert run("import", feed).exit_code == 0
    clipping = shown(run, 1)
    assert (clipping["title"], clipping["body"]) == ("Bridge", "Council votes.\nYes.")


def test_an_export_line_missing_a_field_clipper_writes_still_imports(imported, run, tmp_path):
    exported = [json.loads(line) for line in imported("export").stdout.splitlines()]
    first, second = exported[0], exported[1]
    del first["content_hash"]
    del second["imported_at"]
    edited = write_lines(tmp_path / "edited.jsonl", first, second)
    other = tmp_path / "other.db"
    result = run("import", edited, "--db", str(other), db=False)
    assert result.exit_code == 0, result.output
    assert "Added 2, already present 0, skipped 0, failed 0." in result.stdout
    rows = sqlite3.connect(other).execute(
        "select id, title, body, content_hash, word_count, imported_at from clippings"
    )
    for (cid, title, body, digest, words, imported_at), line in zip(
        rows, (first, second), strict=True
    ):
        assert (cid, title, body) == (line["id"], line["title"], line["body"])
        assert digest and words and imported_at
    original = [json.loads(line) for line in imported("export").stdout.splitlines()]
    restored = json.loads(
        run("show", str(first["id"]), "--json", "--db", str(other), db=False).stdout
    )
    assert restored["content_hash"] == original[0]["content_hash"]
    assert restored["imported_at"] == original[0]["imported_at"]


def test_a_line_that_is_not_json_says_so_and_where(run, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"title": "Council approves harbour bridge", "body": STORY})
        + '\nhello world\n{"title": "x",, "body": "y"}\n{"title": "Cut off\n',
        encoding="utf-8",
    )
    result = run("import", str(feed))
    assert result.exit_code == 1
    why = f"{feed}:{{}}: not a clipping: the line is not JSON ({{}})"
    assert why.format(2, "broken at character 1") in result.stderr
    assert why.format(3, "broken at character 15") in result.stderr
    assert why.format(4, "cut short") in result.stderr
