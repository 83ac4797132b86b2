"""clipper edit, tag and delete: correcting metadata, labelling and removing clippings."""

from __future__ import annotations

import json
import sqlite3

import pytest

import clipper.cli_lifecycle


def fts_is_consistent(db_path) -> bool:
    conn = sqlite3.connect(db_path)
    try:
        # FTS5 checks its index against the clippings table it indexes; raises when they differ.
        conn.execute("INSERT INTO clippings_fts(clippings_fts, rank) VALUES ('integrity-check', 1)")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def test_edit_corrects_metadata_and_search_follows(imported, db_path):
    result = imported(
        "edit", "3", "--title", "Abe and Xi pledge a fresh start", "--date", "2017-11-11"
    )
    assert result.exit_code == 0
    assert "Edited #3: title, date." in result.stdout
    shown = json.loads(imported("show", "3", "--json").stdout)
    assert shown["title"] == "Abe and Xi pledge a fresh start"
    assert shown["date"] == "2017-11-11"
    assert shown["edited_fields"] == ["date", "title"]
    assert shown["evidence"]["title"] == "edited by hand"
    hits = json.loads(imported("search", "title:pledge", "--json").stdout)
    assert [h["id"] for h in hits] == [3]
    assert fts_is_consistent(db_path)


def test_edit_source_and_author_and_clear_with_empty(imported, db_path):
    imported("edit", "1", "--source", "Deutsche Welle", "--author", "Staff")
    assert [h["id"] for h in json.loads(imported("search", "source:welle", "--json").stdout)] == [1]
    imported("edit", "1", "--author", "")
    assert json.loads(imported("show", "1", "--json").stdout)["author"] is None
    assert fts_is_consistent(db_path)


@pytest.mark.parametrize("bad", ["2017-13-01", "2017-02-30", "12/11/2017", "2017"])
def test_edit_refuses_a_date_that_is_not_iso(imported, bad):
    result = imported("edit", "3", "--date", bad)
    assert result.exit_code == 1
    assert "is not a date" in result.stderr


def test_edit_needs_something_to_change_and_a_real_id(imported):
    assert "nothing to change" in imported("edit", "3").stderr
    result = imported("edit", "99", "--title", "x")
    assert result.exit_code == 1
    assert "no clipping #99" in result.stderr


def test_tags_are_added_removed_and_filter_search(imported):
    result = imported("tag", "3", "Senkaku", "kyodo", "senkaku")
    assert result.exit_code == 0
    assert "#3 tags: Senkaku, kyodo" in result.stdout
    imported("tag", "1", "senkaku")
    hits = json.loads(imported("search", "Japan", "--tag", "SENKAKU", "--json").stdout)
    assert sorted(h["id"] for h in hits) == [1, 3]
    hits = json.loads(
        imported("search", "Japan", "--tag", "senkaku", "--tag", "kyodo", "--json").stdout
    )
    assert [h["id"] for h in hits] == [3]
    assert "#3 tags: kyodo" in imported("tag", "3", "senkaku", "--remove").stdout
    assert "tags" in imported("show", "3").stdout


def test_a_tag_with_a_comma_is_refused_as_it_would_read_as_two(imported):
    result = imported("tag", "3", "diplomacy", "Japan, China")
    assert result.exit_code == 1
    assert "a tag cannot hold a comma ('Japan, China')" in result.stderr
    assert "clipper tag 3 Japan China" in result.stderr
    assert "tags" not in imported("show", "3").stdout  # nothing was added


def test_delete_with_yes_removes_clippings(imported, db_path):
    result = imported("delete", "2", "#4", "--yes")
    assert result.exit_code == 0
    assert "Deleted #2, #4." in result.stdout
    assert imported("show", "2").exit_code == 1
    assert len(imported("export").stdout.splitlines()) == 3
    assert fts_is_consistent(db_path)


def test_delete_json_names_the_deleted_ids(imported):
    result = imported("delete", "2", "4", "2", "--yes", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"deleted": [2, 4]}


def test_delete_without_a_terminal_refuses_rather_than_waits(imported):
    result = imported("delete", "2")
    assert result.exit_code == 1
    assert "add --yes to delete" in result.stderr
    assert imported("show", "2").exit_code == 0


def test_delete_asks_at_a_terminal(imported, monkeypatch):
    monkeypatch.setattr(clipper.cli_lifecycle, "_stdin_is_terminal", lambda: True)
    result = imported("delete", "2", input="n\n")
    assert result.exit_code == 1
    assert "Delete 1 clipping?" in result.stderr
    assert "Nothing deleted." in result.stderr
    assert imported("show", "2").exit_code == 0
    result = imported("delete", "2", input="y\n")
    assert result.exit_code == 0
    assert imported("show", "2").exit_code == 1


def test_delete_of_an_unknown_id_deletes_nothing(imported):
    result = imported("delete", "2", "99", "--yes")
    assert result.exit_code == 1
    assert "no clipping #99" in result.stderr
    assert imported("show", "2").exit_code == 0


def test_every_command_but_export_and_serve_takes_json():
    import typer

    from clipper.cli import app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    without = {
        name
        for name, command in commands.items()
        if "--json" not in {o for p in command.params for o in getattr(p, "opts", [])}
    }
    assert without == {"export", "serve"}
