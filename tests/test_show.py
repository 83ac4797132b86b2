"""clipper show: one clipping, rendered or as JSON; bad ids."""

from __future__ import annotations

import json


def test_show_prints_title_date_and_body(imported):
    result = imported("show", "1")
    assert result.exit_code == 0
    assert "2014-11-07" in result.stdout
    assert "Senkaku" in result.stdout


def test_show_json_has_the_documented_fields(imported):
    data = json.loads(imported("show", "3", "--json").stdout)
    assert {
        "id",
        "title",
        "source",
        "date",
        "author",
        "url",
        "origin",
        "body",
        "imported_at",
    } <= set(data)
    assert data["id"] == 3
    assert "raw" not in data


def test_unknown_id_is_a_clear_error(imported):
    result = imported("show", "99")
    assert result.exit_code == 1
    assert "no clipping with id 99" in result.stderr


def test_malformed_id_is_a_clear_error(imported):
    result = imported("show", "abc")
    assert result.exit_code == 1
    assert "'abc' is not a clipping id" in result.stderr


def test_output_to_a_pipe_never_breaks_a_url_a_title_or_a_paragraph(imported):
    long_url = "https://www.example.com/news/world/" + "-".join(["hong-kong-protesters"] * 8)
    title = "A headline long enough to pass the eighty columns a terminal would wrap it at, twice"
    assert imported("edit", "1", "--url", long_url, "--title", title).exit_code == 0
    shown = imported("show", "1").stdout.splitlines()
    assert any(line.endswith(long_url) for line in shown)
    assert title in shown
    body = json.loads(imported("show", "1", "--json").stdout)["body"]
    paragraphs = [p for p in body.split("\n\n") if len(p) > 80]
    assert paragraphs and all(p in shown for p in paragraphs)
    assert any(line.endswith(title) for line in imported("list").stdout.splitlines())
