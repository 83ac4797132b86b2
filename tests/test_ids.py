"""Clipping ids are for citing ("#3" in a journalist's notes): an id never comes to mean another
article, whatever is deleted, upgraded or restored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import sqlite_utils
from old_archives import schema_before

FIRST_THREE = ["000_eef9adb18330d20d.txt", "001_660eeda537d92468.txt", "002_43f6cec17de1710a.txt"]
FOURTH = "004_af1c4a53416f9db4.txt"


def added_ids(output: str) -> list[int]:
    """The ids an import's lines say it added ("added #4 Title")."""
    return [int(line.split()[1][1:]) for line in output.splitlines() if line.startswith("added #")]


def test_deleting_the_newest_clipping_does_not_free_its_id(run, seeds):
    assert run("import", *(str(seeds / name) for name in FIRST_THREE)).exit_code == 0
    assert run("delete", "--yes", "3").exit_code == 0
    result = run("import", str(seeds / FOURTH))
    assert result.exit_code == 0, result.output
    assert added_ids(result.stdout) == [4]
    assert run("show", "3").exit_code == 1  # #3 still means the deleted article: nothing


def build_archive_before_kept_ids(path: Path) -> None:
    """An archive as the clipper before ids were kept left it: every schema step up to then,
    three clippings with tags, an original page and a link, the third since deleted."""
    db = schema_before(path, "m011_ids_never_reused")
    for n, (title, body) in enumerate(
        [
            ("Ferry schedule", "The ferry to the islands runs twice a day from May."),
            ("Harbour works", "Works on the harbour wall close the north pier until June."),
            ("Wire copy", "The ferry to the islands runs twice a day from May, officials said."),
            ("Pier reopens", "The north pier reopens to walkers on Saturday."),
        ],
        1,
    ):
        db["clippings"].insert(  # type: ignore[union-attr]
            {
                "id": n,
                "title": title,
                "body": body,
                "content_hash": f"hash{n}",
                "imported_at": "2020-01-01T00:00:00+00:00",
                "raw": f"{title}\n\n{body}\n",
                "raw_kind": "text",
                "tags": json.dumps(["harbour"] if n == 2 else []),
            }
        )
    db.execute("INSERT INTO clipping_links (a, b, similarity) VALUES (1, 3, 0.8)")
    db.execute("DELETE FROM clippings WHERE id = 4")  # the old clipper would give 4 again
    db.conn.commit()
    db.close()


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_an_archive_from_before_kept_ids_keeps_its_ids_and_stops_reusing_them(run, db_path):
    build_archive_before_kept_ids(db_path)
    clippings_before = rows(db_path, "SELECT * FROM clippings ORDER BY id")

    result = run("check")
    assert result.exit_code == 0, result.output
    assert "Upgrading archive" in result.stderr
    assert "file integrity: ok; 3 clippings" in result.stdout
    assert "search index clippings_fts: ok" in result.stdout
    assert rows(db_path, "SELECT * FROM clippings ORDER BY id") == clippings_before
    assert rows(db_path, "SELECT a, b FROM clipping_links") == [(1, 3)]
    shown = json.loads(run("show", "2", "--json").stdout)
    assert (shown["title"], shown["tags"]) == ("Harbour works", ["harbour"])
    hits = json.loads(run("search", "ferry", "--json").stdout)
    assert sorted(hit["id"] for hit in hits) == [1, 3]
    # Datasette and sqlite-utils still find the full-text index and search it.
    db = sqlite_utils.Database(db_path)
    assert db["clippings"].detect_fts() == "clippings_fts"  # type: ignore[union-attr]
    assert [r["id"] for r in db["clippings"].search("harbour")] == [2]  # type: ignore[union-attr]
    db.close()

    # From now on, the newest clipping's id is not given again once it is deleted.
    assert run("delete", "--yes", "3").exit_code == 0
    result = run("import", "-", input="Ferries\n\nA new ferry company starts a route to Oki.\n")
    assert result.exit_code == 0, result.output
    assert added_ids(result.stdout) == [4]  # 4, deleted before the upgrade, cannot be known
    assert run("delete", "--yes", "4").exit_code == 0
    result = run("import", "-", input="Ferries\n\nThe Oki ferry route is cancelled.\n")
    assert added_ids(result.stdout) == [5]
    assert run("check").exit_code == 0


def exported(run, db: Path) -> list[dict]:
    result = run("export", "--db", str(db), db=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_json_lines_export_with_gaps_imports_back_with_its_ids(imported, run, db_path, tmp_path):
    imported("tag", "4", "kyodo")
    assert imported("delete", "--yes", "2", "3").exit_code == 0
    backup = tmp_path / "backup.jsonl"
    assert imported("export", "-o", str(backup)).exit_code == 0
    original = exported(run, db_path)
    assert [c["id"] for c in original] == [1, 4, 5]

    for name in ("restored.db", "again.db"):  # two imports of one export: the same ids
        restored = tmp_path / name
        result = run("import", str(backup), "--db", str(restored), db=False)
        assert result.exit_code == 0, result.output
        assert added_ids(result.stdout) == [1, 4, 5]
        assert "New ids" not in result.stdout
        assert exported(run, restored) == original
    # The gaps stay unused: #2 and #3 meant articles deleted from the archive exported.
    result = run("import", "-", "--db", str(restored), db=False, input=HARBOUR)
    assert added_ids(result.stdout) == [6]


HARBOUR = (
    "Works on the harbour wall will close the north pier until June, the port authority "
    "said on Monday.\n\nWalkers are asked to use the south pier while the work goes on.\n"
)
FERRY = (
    "A new ferry company will start a route to the Oki islands in May, the prefecture "
    "said.\n\nThe crossing will take two and a half hours, an hour less than today.\n"
)


def test_exported_ids_this_archive_has_given_are_replaced_and_reported(
    imported, run, db_path, tmp_path
):
    assert imported("delete", "--yes", "1").exit_code == 0
    backup = tmp_path / "backup.jsonl"
    assert imported("export", "-o", str(backup)).exit_code == 0  # ids 2, 3, 4, 5
    target = tmp_path / "target.db"
    for text in (HARBOUR, FERRY):
        assert run("import", "-", "--db", str(target), db=False, input=text).exit_code == 0
    assert run("delete", "--yes", "2", "--db", str(target), db=False).exit_code == 0

    result = run("import", str(backup), "--db", str(target), db=False)
    assert result.exit_code == 0, result.output
    # #2 was given in this archive (to the deleted ferry article): the clipping exported as #2
    # gets a new id, above every id of the export, so that no id here means another clipping
    # than it did where it was exported; #3 to #5 were never given here, and are kept.
    assert added_ids(result.stdout) == [6, 3, 4, 5]
    assert "added #6 " in result.stdout and "(exported as #2, an id this archive" in result.stdout
    assert "New ids for 1 exported clipping:" in result.stdout
    source = {c["id"]: c["title"] for c in exported(run, db_path)}
    here = {c["id"]: c["title"] for c in exported(run, target)}
    assert [here[i] for i in (6, 3, 4, 5)] == [source[i] for i in (2, 3, 4, 5)]
    assert set(here) == {1, 3, 4, 5, 6}
    report = json.loads(
        run("import", str(backup), "--db", str(tmp_path / "t2.db"), "--json", db=False).stdout
    )
    assert [e["id"] for e in report["added"]] == [2, 3, 4, 5]
    assert all("exported_id" not in e for e in report["added"])


def test_an_export_line_with_an_id_that_is_no_clipping_id_fails_alone(run, tmp_path):
    line = {"body": "Text of the article.", "content_hash": "x", "imported_at": "2020-01-01"}
    page = tmp_path / "edited.jsonl"
    page.write_text(
        "\n".join(
            json.dumps({**line, "id": value, "body": f"Article {n}."})
            for n, value in enumerate(["7", 2**63 - 1, True, 7, None])
        )
        + "\n",
        encoding="utf-8",
    )
    result = run("import", str(page))
    assert result.exit_code == 1
    assert "Added 2, already present 0, skipped 0, failed 3." in result.stdout
    assert "id '7' is not a clipping id" in result.stderr
    assert added_ids(result.stdout) == [7, 8]


def test_an_export_in_any_order_keeps_its_ids(imported, run, tmp_path):
    assert imported("delete", "--yes", "2").exit_code == 0
    rows = imported("export", "--no-raw").stdout.splitlines()
    shuffled = tmp_path / "by-date.jsonl"  # reordered, as `tac` or a sort by date would
    shuffled.write_text("\n".join(reversed(rows)) + "\n", encoding="utf-8")
    result = run("import", str(shuffled), "--db", str(tmp_path / "fresh.db"), db=False)
    assert result.exit_code == 0, result.output
    assert added_ids(result.stdout) == [5, 4, 3, 1]
    assert "New ids" not in result.stdout and "exported as" not in result.stdout
