"""The original pages: stored compressed, given back exactly, old text-stored pages still read,
and a damaged one named without losing the rest of the archive."""

from __future__ import annotations

import json
import sqlite3

import pytest

from clipper.archive import Archive
from clipper.models import Clipping
from clipper.packing import DamagedPage, pack, unpack

PAGE = (
    "<html><head><title>Talks resume | Kyodo</title></head><body>"
    "<nav>Home · World · Asia</nav>"
    "<article><h1>Talks resume over the Senkaku islands</h1>"
    + "<p>Officials in Tōkyō and Beijing met on Tuesday — the first talks in a year.</p>" * 40
    + "</article></body></html>"
)


def stored_raw(db_path, clipping_id=1):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT raw FROM clippings WHERE id = ?", [clipping_id]).fetchone()[0]


def test_an_imported_page_is_stored_compressed_and_exported_exactly(run, tmp_path, db_path):
    page = tmp_path / "talks.html"
    page.write_text(PAGE, encoding="utf-8")
    assert run("import", str(page)).exit_code == 0
    raw = stored_raw(db_path)
    assert isinstance(raw, bytes) and len(raw) < len(PAGE.encode()) / 5
    exported = json.loads(run("export").stdout)
    assert exported["raw"] == PAGE
    with Archive(db_path) as archive:
        assert archive.get(1, include_raw=True).raw == PAGE


def test_a_page_stored_as_text_by_an_older_clipper_is_still_read(run, tmp_path, db_path):
    page = tmp_path / "talks.html"
    page.write_text(PAGE, encoding="utf-8")
    run("import", str(page))
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE clippings SET raw = ? WHERE id = 1", [PAGE])
    assert json.loads(run("export").stdout)["raw"] == PAGE
    result = run("reclean")
    assert result.exit_code == 0, result.output
    assert "unchanged 1" in result.stdout


def test_a_damaged_stored_page_is_named_and_the_rest_still_works(run, tmp_path, db_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.html").write_text(PAGE.replace("Tuesday", name), encoding="utf-8")
        run("import", str(tmp_path / f"{name}.html"))
    with sqlite3.connect(db_path) as conn:
        damaged = stored_raw(db_path)[:40]  # cut short
        conn.execute("UPDATE clippings SET raw = ? WHERE id = 1", [damaged])

    result = run("export")
    assert result.exit_code != 0
    assert "clipping #1: cannot read its stored original page" in result.stderr
    assert "Traceback" not in result.output
    assert [r["id"] for r in map(json.loads, run("export", "--no-raw").stdout.splitlines())] == [
        1,
        2,
    ]
    result = run("reclean")
    assert "#1: cannot read its stored original page" in result.stderr
    assert "unchanged 1" in result.stdout and "failed 1" in result.stdout
    assert "Senkaku" in run("show", "1").stdout  # the clipping itself is intact


def test_pack_round_trips_any_text_and_refuses_what_is_not_a_packed_page():
    for text in ("", "plain", "Tōkyō — 東京 🗾", "lone \udcff byte kept by surrogateescape"):
        assert unpack(pack(text)) == text
    assert unpack("stored as text") == "stored as text"
    assert unpack(None) is None
    with pytest.raises(DamagedPage):
        unpack(b"<html>not compressed</html>")


def test_an_exported_line_cannot_smuggle_in_a_signature_or_a_packed_page(run, tmp_path):
    line = {
        "body": "An article from an export, with fields only the archive may set.",
        "content_hash": "x",
        "imported_at": "2024-01-01T00:00:00+00:00",
        "signature": "not a signature",
        "packed_raw": "not a packed page",
        "raw": "<p>An article from an export.</p>",
    }
    export = tmp_path / "old.jsonl"
    export.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = run("import", str(export))
    assert result.exit_code == 0, result.output
    assert json.loads(run("export").stdout)["raw"] == line["raw"]


def test_a_clipping_ready_to_store_carries_its_page_packed_not_twice():
    clipping = Clipping(body="Talks resumed.", raw=PAGE).ready_to_store()
    assert clipping.raw is None and clipping.packed_raw is not None
    assert clipping.original == PAGE
    assert clipping.replace(raw="<p>new</p>").original == "<p>new</p>"


def test_a_clipping_restored_without_its_page_gets_it_when_the_page_is_imported_again(
    run, tmp_path, db_path
):
    page = tmp_path / "talks.html"
    page.write_text(PAGE, encoding="utf-8")
    run("import", str(page))
    backup = tmp_path / "backup.jsonl"
    backup.write_text(run("export", "--no-raw").stdout, encoding="utf-8")
    db_path.unlink()
    run("import", str(backup))
    assert stored_raw(db_path) is None
    assert "no original page stored" in run("reclean").stdout + run("reclean").stderr

    result = run("import", str(page))
    assert "Added 0, already present 1" in result.stdout
    assert unpack(stored_raw(db_path)) == PAGE
    result = run("reclean")
    assert "no original page stored" not in result.stdout + result.stderr
    assert "Senkaku" in run("show", "1").stdout
