"""clipper check [--repair]: file integrity, search indexes in step, schema version."""

from __future__ import annotations

import json
import sqlite3


def delete_behind_the_index(db_path, clipping_id: int) -> None:
    """Delete a clipping the way a crash or a careless script could: the index not told."""
    conn = sqlite3.connect(db_path)
    trigger = conn.execute(
        "select sql from sqlite_master where type = 'trigger' and name = 'clippings_ad'"
    ).fetchone()[0]
    conn.execute("drop trigger clippings_ad")
    conn.execute("delete from clippings where id = ?", [clipping_id])
    conn.execute(trigger)
    conn.commit()
    conn.close()


def test_a_healthy_archive_passes(imported):
    result = imported("check")
    assert result.exit_code == 0, result.output
    assert "file integrity: ok; 5 clippings" in result.stdout
    assert "search index clippings_fts: ok" in result.stdout
    assert "schema: version" in result.stdout
    assert result.stdout.rstrip().endswith("All checks passed.")


def test_an_index_out_of_step_is_found_and_repaired(imported, db_path):
    delete_behind_the_index(db_path, 2)
    result = imported("check")
    assert result.exit_code == 1
    assert "5 clippings indexed, 4 stored" in result.stdout
    assert "clipper check --repair" in result.stdout

    result = imported("check", "--repair")
    assert result.exit_code == 0, result.output
    assert "search index clippings_fts: rebuilt, now ok" in result.stdout
    assert imported("check").exit_code == 0
    # The deleted clipping no longer turns up in searches.
    hits = json.loads(imported("search", "China", "--json", "--limit", "50").stdout)
    assert 2 not in [hit["id"] for hit in hits]


def test_json_report(imported, db_path):
    delete_behind_the_index(db_path, 1)
    report = json.loads(imported("check", "--json").stdout)
    assert report["ok"] is False
    assert report["clippings"] == 4
    assert report["integrity"] == ["ok"]
    assert report["indexes"]["clippings_fts"] != ["ok"]
    assert report["schema_version"] == report["schema_version_known"]


def test_every_search_index_is_checked_and_repaired(imported, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(
        "create virtual table clippings_trigram using fts5("
        "title, body, content='clippings', tokenize='trigram')"
    )
    conn.execute("insert into clippings_trigram(clippings_trigram) values ('rebuild')")
    conn.execute("delete from clippings_trigram_docsize where id = 3")  # out of step
    conn.commit()
    conn.close()
    result = imported("check")
    assert result.exit_code == 1
    assert "search index clippings_fts: ok" in result.stdout
    assert "search index clippings_trigram: " in result.stdout
    result = imported("check", "--repair")
    assert result.exit_code == 0, result.output
    assert "clippings_trigram: rebuilt, now ok" in result.stdout


def test_a_damaged_file_is_reported_with_what_to_do(imported, db_path):
    imported("import", "-", input="The talks went on for hours, officials said tonight. " * 3000)
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:  # scribble over the middle, leaving the header intact
        f.seek(size // 2)
        f.write(b"\xde\xad\xbe\xef" * 4096)
    result = imported("check")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "damaged" in result.stdout + result.stderr
