"""The archive's writer: a batch stored at once behaves as its clippings stored one by one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from clipper.archive import Archive
from clipper.migrations import CJK_BY_WRITER, CJK_GLOB
from clipper.models import Clipping

STORY = (
    "The city council voted on Tuesday to extend the harbour ferry service into the winter "
    "months, after a year in which the number of passengers grew faster than forecast. "
    "Council members said the extra crossings would be paid for by higher parking fees near "
    "the terminal, and that the timetable would be published before the end of the month. "
    "Residents of the islands had asked for the change for years, saying the last boat left "
    "too early for anyone working in the city centre to catch it. "
)


def copy(n: int) -> Clipping:
    """One paper's copy of the story: its own first line and footer, the wire text the same."""
    return Clipping(
        body=f"Paper {n} reports.\n\n{STORY}\n\nPrinted in paper number {n}.",
        title=f"Ferries all winter ({n})",
        source=f"Paper {n}",
    )


def links(db_path) -> list[tuple[int, int, float]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT a, b, similarity FROM clipping_links ORDER BY a, b").fetchall()
    finally:
        conn.close()


def test_copies_in_one_batch_are_linked_as_if_added_one_by_one(tmp_path):
    one_by_one, batched = tmp_path / "one.db", tmp_path / "batch.db"
    with Archive(one_by_one, create=True) as archive:
        for n in range(6):
            archive.add(copy(n))
    with Archive(batched, create=True) as archive:
        archive.add(copy(0))
        archive.add_many([copy(n) for n in range(1, 6)])
        assert {c.id for c in archive.copies(6)} == {1, 2, 3, 4, 5}
    assert links(batched) == links(one_by_one)
    assert len(links(batched)) == 15  # every pair of the six copies


def test_a_batch_holding_an_article_twice_stores_it_once(db_path):
    first = copy(1).replace(url="https://example.com/news/ferries?utm_source=x")
    same_address = copy(2).replace(url="http://www.example.com/news/ferries/")
    with Archive(db_path, create=True) as archive:
        results = archive.add_many(
            [first, copy(1).replace(body=copy(1).body.upper()), same_address]
        )
        assert [(r.id, r.added) for r in results] == [(1, True), (1, False), (1, False)]
        assert archive.count() == 1


def test_clippings_in_cjk_go_to_the_trigram_index_as_the_trigger_decides(run, db_path):
    batch = [
        Clipping(body="中国と日本の首脳会談が北京で行われた。", title="首脳会談"),
        Clipping(body="The ferry to Busan runs daily.", title="釜山行きフェリー"),
        Clipping(body="Talks resume in Geneva.", source="共同通信"),
        Clipping(body="서울에서 회담이 열렸다.", title="Seoul"),
        Clipping(body="Prices rose 3% — the most since 2019, ‘analysts’ said."),
    ]
    with Archive(db_path, create=True) as archive:
        archive.add_many(batch)
        assert archive.conn.execute(f"SELECT count(*) FROM {CJK_BY_WRITER}").fetchone()[0] == 0
        indexed = archive.conn.execute("SELECT rowid FROM clippings_cjk ORDER BY rowid").fetchall()
        expected = archive.conn.execute(
            "SELECT id FROM clippings WHERE (coalesce(title, '') || ' ' || body || ' ' || "
            "coalesce(source, '')) GLOB ? ORDER BY id",
            [CJK_GLOB],
        ).fetchall()
    assert indexed == expected == [(1,), (2,), (3,), (4,)]
    assert [h["id"] for h in json.loads(run("search", "北京", "--json").stdout)] == [1]
    assert [h["id"] for h in json.loads(run("search", "共同", "--json").stdout)] == [3]
    result = run("check")
    assert result.exit_code == 0, result.output


def test_another_program_adding_a_clipping_still_gets_it_indexed(run, db_path):
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body="A first clipping, stored by clipper."))
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO clippings (title, body, content_hash, imported_at) VALUES (?, ?, ?, ?)",
        ["大阪", "大阪で新しい橋が開通した。", "hash-by-hand", "2024-01-01"],
    )
    conn.commit()
    conn.close()
    assert [h["id"] for h in json.loads(run("search", "新しい橋", "--json").stdout)] == [2]
    assert run("check").exit_code == 0


def test_an_import_folds_each_batch_into_the_archive_file_as_it_goes(tmp_path, monkeypatch):
    from test_import_scale import write_articles

    from clipper import importer
    from clipper.importer import import_pages
    from clipper.readers import iter_pages

    pages = write_articles(tmp_path / "pages", 60)
    db_path = tmp_path / "archive.db"
    monkeypatch.setattr(importer, "BATCH_PAGES", 3)  # twenty batches
    with Archive(db_path, create=True) as archive:
        report = import_pages(archive, iter_pages([str(pages)]), jobs=1)
        assert report.added == 60 and report.store_cpu_seconds > 0
        # The batches are in the archive file already, and the log was restarted batch after
        # batch rather than left to grow with every batch.
        wal = Path(f"{db_path}-wal").stat().st_size
        assert wal < db_path.stat().st_size / 2
        assert archive.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_a_story_in_many_copies_stays_one_story_with_few_rows_per_band(tmp_path, monkeypatch):
    from clipper import archive_lifecycle

    monkeypatch.setattr(archive_lifecycle, "BAND_MEMBERS_KEPT", 2)
    with Archive(tmp_path / "a.db", create=True) as archive:
        archive.add_many([copy(n) for n in range(1, 4)])  # in one batch
        for n in range(4, 8):  # and one by one
            archive.add(copy(n))
        most = archive.db.execute(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM clipping_bands GROUP BY band, hash)"
        ).fetchone()[0]
        assert most == 2
        assert archive.story(7) == set(range(1, 8))
        assert all(archive.copies(n) for n in range(1, 8))
