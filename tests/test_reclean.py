"""clipper reclean: today's cleaner over stored pages, keeping the user's corrections."""

from __future__ import annotations

import json
import sqlite3

from clipper.archive import Archive
from clipper.clean import CLEANER_VERSION
from clipper.models import Clipping


def as_if_an_old_cleaner_made(db_path, clipping_id: int, **fields: str) -> None:
    """Rewrite a stored clipping the way an earlier, worse cleaner might have left it."""
    conn = sqlite3.connect(db_path)
    sets = ", ".join(f"{name} = ?" for name in fields)
    with conn:
        conn.execute(
            f"UPDATE clippings SET {sets}, cleaner_version = '0' WHERE id = ?",
            [*fields.values(), clipping_id],
        )
    conn.close()


def test_every_clipping_records_its_cleaner_version(imported):
    assert json.loads(imported("show", "1", "--json").stdout)["cleaner_version"] == CLEANER_VERSION


def test_reclean_changes_the_body_but_keeps_an_edited_title(imported, db_path):
    today = json.loads(imported("show", "3", "--json").stdout)
    as_if_an_old_cleaner_made(
        db_path, 3, body="Skip to content. Abe and Xi met.", title="print PRINT", author="Menu"
    )
    imported("edit", "3", "--title", "Abe, Xi agree to make a new start")

    result = imported("reclean")
    assert result.exit_code == 0, result.output
    assert "#3 Abe, Xi agree to make a new start: body +" in result.stdout
    assert "author" in result.stdout
    assert "Re-cleaned 5 clippings with cleaner" in result.stdout
    assert "Changed 1, unchanged 4, skipped 0, failed 0." in result.stdout

    after = json.loads(imported("show", "3", "--json").stdout)
    assert after["body"] == today["body"]
    assert after["author"] == today["author"]
    assert after["title"] == "Abe, Xi agree to make a new start"
    assert after["cleaner_version"] == CLEANER_VERSION
    hits = json.loads(imported("search", '"positive developments"', "--json").stdout)
    assert [h["id"] for h in hits] == [3]


def test_a_second_reclean_changes_nothing(imported, db_path):
    as_if_an_old_cleaner_made(db_path, 2, body="Make CT Your Homepage")
    imported("reclean")
    result = imported("reclean", "--json")
    report = json.loads(result.stdout)
    assert report["changed"] == []
    assert report["unchanged"] == 5


def test_dry_run_reports_without_changing(imported, db_path):
    as_if_an_old_cleaner_made(db_path, 2, body="Make CT Your Homepage")
    result = imported("reclean", "--dry-run")
    assert "Would change 1" in result.stdout
    assert json.loads(imported("show", "2", "--json").stdout)["body"] == "Make CT Your Homepage"


def test_reclean_takes_filters(imported, db_path):
    as_if_an_old_cleaner_made(db_path, 1, body="Skip to content")
    as_if_an_old_cleaner_made(db_path, 2, body="Make CT Your Homepage")
    imported("tag", "2", "redo")
    report = json.loads(imported("reclean", "--tag", "redo", "--json").stdout)
    assert report["checked"] == 1
    assert [c["id"] for c in report["changed"]] == [2]
    assert json.loads(imported("show", "1", "--json").stdout)["body"] == "Skip to content"


def test_a_source_given_at_import_is_kept(run, seeds, db_path):
    run("import", str(seeds / "002_43f6cec17de1710a.txt"), "--source", "Kyodo News")
    as_if_an_old_cleaner_made(db_path, 1, body="print PRINT", source="English Press")
    run("reclean")
    assert json.loads(run("show", "1", "--json").stdout)["source"] == "English Press"
    run("edit", "1", "--source", "Kyodo News")
    run("reclean")
    assert json.loads(run("show", "1", "--json").stdout)["source"] == "Kyodo News"


def test_a_clipping_without_its_page_is_skipped(run, db_path):
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body="An article imported from an export made with --no-raw."))
    result = run("reclean")
    assert result.exit_code == 0
    assert "no original page stored" in result.stderr
    assert "skipped 1" in result.stdout


def test_a_page_the_cleaner_now_rejects_fails_and_stays_as_it_was(run, db_path):
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body="An article whose stored page is blank.", raw="  \n "))
    result = run("reclean")
    assert result.exit_code == 1
    assert "#1: empty page" in result.stderr
    assert "failed 1" in result.stdout
    assert json.loads(run("show", "1", "--json").stdout)["body"].startswith("An article")


def test_an_archive_from_before_versions_upgrades_and_reclean_fills_it_in(run, seeds, db_path):
    import sqlite_utils

    from clipper.migrations import m001_clippings

    old = sqlite_utils.Database(db_path)
    m001_clippings(old)
    old.execute("CREATE TABLE _clipper_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    old.execute("INSERT INTO _clipper_migrations (name) VALUES ('m001_clippings')")
    page = (seeds / "002_43f6cec17de1710a.txt").read_text(encoding="utf-8")
    old["clippings"].insert(
        {"body": "Old body.", "content_hash": "h", "imported_at": "2019-01-01", "raw": page}
    )
    old.conn.commit()
    old.close()

    before = json.loads(run("show", "1", "--json").stdout)
    assert (before["tags"], before["cleaner_version"], before["edited_fields"]) == ([], None, [])
    assert "Changed 1" in run("reclean").stdout
    after = json.loads(run("show", "1", "--json").stdout)
    assert after["cleaner_version"] == CLEANER_VERSION
    assert after["body"] != "Old body."
    with Archive(db_path) as archive:
        assert archive.has_signature(1)


def test_reclean_keeps_the_address_and_capture_date_a_web_archive_gave(run, tmp_path):
    from tests.test_warc import write_warc

    run("import", str(write_warc(tmp_path / "crawl.warc.gz", compress=True)))
    before = json.loads(run("show", "2", "--json").stdout)
    # The page's markup states neither its address nor its date: both came with the record.
    assert before["reader_hints"] == {
        "url": "https://news.example/quota",
        "url_evidence": "WARC-Target-URI",
        "capture_date": "2019-11-08",
    }
    result = run("reclean")
    assert result.exit_code == 0, result.output
    after = json.loads(run("show", "2", "--json").stdout)
    assert (after["url"], after["date"]) == ("https://news.example/quota", "2019-11-08")
    assert after["evidence"]["date"] == "WARC-Date (capture date)"


def test_an_archive_from_before_reader_hints_gets_them_from_its_evidence(run, tmp_path, db_path):
    from tests.test_bad_archives import make_older
    from tests.test_warc import write_warc

    run("import", str(write_warc(tmp_path / "crawl.warc.gz", compress=True)))
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE clippings SET reader_hints = NULL")
    conn.close()
    make_older(db_path, "m010_reader_hints")  # the step that records reader hints not run
    assert run("reclean").exit_code == 0
    first, second = (json.loads(run("show", str(i), "--json").stdout) for i in (1, 2))
    assert first["url"] == "https://news.example/talks"
    assert first["date"] == "2019-11-05"  # the page's own date, not the capture's
    assert first["reader_hints"] == {"url": first["url"], "url_evidence": "WARC-Target-URI"}
    assert (second["url"], second["date"]) == ("https://news.example/quota", "2019-11-08")
