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
