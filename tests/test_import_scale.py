"""clipper import at scale: worker processes, ordered batches, crashes, Ctrl-C, progress."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console
from worker_cleaners import (
    cleaner_that_crashes,
    cleaner_that_lists_the_archive_modules,
    cleaner_that_tells_its_niceness,
    cleaner_with_a_bug,
)

import clipper.cli
import clipper.importer
from clipper.archive import Archive
from clipper.clean import clean_page
from clipper.cleaning import CRASHED, SMALL_IMPORT, WORKER_NICENESS
from clipper.importer import estimate_page_count, import_pages
from clipper.models import Clipping
from clipper.readers import RawPage, iter_pages

ROOT = Path(__file__).resolve().parent.parent
PAGES = SMALL_IMPORT + 8  # enough pages for worker processes to be used


def article(n: int) -> str:
    """A distinct little news article, numbered n."""
    return (
        f"Harbour report {n}\n\n"
        f"The city council voted on Tuesday to repair pier number {n} before the winter storms.\n\n"
        f"Engineers said the {n} wooden piles under the pier had rotted faster than expected.\n\n"
        "The work will close the harbour road for three weeks, the council said in a statement.\n"
    )


def write_articles(folder: Path, count: int, *, html: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = article(n)
        if html:
            paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
            text = f"<!DOCTYPE html><html><body><article><h1>Report {n}</h1>{paragraphs}"
            text += "</article></body></html>"
        (folder / f"{n:04d}.{'html' if html else 'txt'}").write_text(text)
    return folder


def stored(db: Path) -> list[tuple[int, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select id, origin, content_hash from clippings order by id").fetchall()


def test_parallel_import_stores_pages_in_input_order_with_the_same_ids(run, tmp_path, db_path):
    pages = write_articles(tmp_path / "pages", PAGES)
    result = run("import", str(pages), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert f"Added {PAGES}, already present 0, skipped 0, failed 0." in result.stdout
    serial = tmp_path / "serial.db"
    assert run("import", str(pages), "--jobs", "1", "--db", str(serial), db=False).exit_code == 0
    assert stored(db_path) == stored(serial)
    assert [Path(origin).name for _, origin, _ in stored(db_path)] == sorted(
        p.name for p in pages.iterdir()
    )


def test_the_same_article_twice_in_one_import_is_stored_once(run, tmp_path, db_path):
    pages = write_articles(tmp_path / "pages", PAGES)
    (pages / "0003.txt").write_text(article(30))  # the same article as 0030.txt
    result = run("import", str(pages), "--jobs", "2")
    assert result.exit_code == 0
    assert "already present as #4:" in result.stdout and "0030.txt" in result.stdout
    assert f"Added {PAGES - 1}, already present 1" in result.stdout
    assert len(stored(db_path)) == PAGES - 1


def test_add_many_stores_a_batch_whole_or_not_at_all(db_path):
    with Archive(db_path, create=True) as archive:
        good = Clipping(body="A complete sentence about the harbour and its pier.")
        with pytest.raises(AttributeError):
            archive.add_many([good, Clipping(body=None)])  # type: ignore[arg-type]
        assert archive.count() == 0
        results = archive.add_many([good, good.replace(body=good.body.upper())])
        assert [(r.id, r.added) for r in results] == [(1, True), (1, False)]


def test_a_page_that_kills_its_worker_fails_alone(tmp_path, db_path):
    pages = write_articles(tmp_path / "pages", PAGES)
    (pages / "0005-crash.txt").write_text(article(1000))
    with Archive(db_path, create=True) as archive:
        report = import_pages(
            archive, iter_pages([str(pages)]), jobs=2, cleaner=cleaner_that_crashes
        )
    assert (report.added, report.failed) == (PAGES, 1)
    assert report.failures == [(str(pages / "0005-crash.txt"), CRASHED)]


def test_workers_do_not_load_the_archive(tmp_path, db_path):
    pages = write_articles(tmp_path / "pages", PAGES)
    with Archive(db_path, create=True) as archive:
        report = import_pages(
            archive,
            iter_pages([str(pages)]),
            jobs=2,
            cleaner=cleaner_that_lists_the_archive_modules,
        )
        assert report.jobs == 2 and report.added == PAGES
        assert archive.get(1).body.endswith(": [].")


def test_workers_clean_at_a_lower_priority_than_the_writer(tmp_path, db_path):
    pages = write_articles(tmp_path / "pages", PAGES)
    with Archive(db_path, create=True) as archive:
        report = import_pages(
            archive, iter_pages([str(pages)]), jobs=2, cleaner=cleaner_that_tells_its_niceness
        )
        assert report.jobs == 2 and report.added == PAGES
        expected = min(os.nice(0) + WORKER_NICENESS, 19)
        assert archive.get(1).body.endswith(f"at niceness {expected}.")
    assert os.nice(0) < expected  # the writer's process kept its priority


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bug_in_the_cleaner_fails_one_page_not_the_import(tmp_path, db_path, jobs):
    pages = write_articles(tmp_path / "pages", PAGES)
    (pages / "0007-bug.txt").write_text(article(1000))
    with Archive(db_path, create=True) as archive:
        report = import_pages(
            archive, iter_pages([str(pages)]), jobs=jobs, cleaner=cleaner_with_a_bug
        )
    assert (report.added, report.failed) == (PAGES, 1)
    assert report.failures[0][1] == "cleaner error: ValueError: unexpected"


def test_an_interrupted_import_keeps_whole_batches_and_a_rerun_completes_it(
    tmp_path, db_path, monkeypatch
):
    pages = write_articles(tmp_path / "pages", PAGES)
    monkeypatch.setattr(clipper.importer, "BATCH_PAGES", 10)
    seen = []

    def interrupted_at_page_25(page: RawPage) -> Clipping:
        seen.append(page)
        if len(seen) == 25:
            raise KeyboardInterrupt
        return clean_page(page)

    with Archive(db_path, create=True) as archive, pytest.raises(KeyboardInterrupt):
        import_pages(archive, iter_pages([str(pages)]), jobs=1, cleaner=interrupted_at_page_25)
    assert len(stored(db_path)) == 20
    with Archive(db_path) as archive:
        report = import_pages(archive, iter_pages([str(pages)]), jobs=2)
    assert (report.added, report.present) == (PAGES - 20, 20)
    assert len({h for _, _, h in stored(db_path)}) == PAGES


def test_ctrl_c_stops_the_workers_quietly_and_leaves_whole_batches(tmp_path, db_path):
    pages = write_articles(tmp_path / "pages", 1000, html=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "clipper", "import", str(pages), "--db", str(db_path), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"},
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job is
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("added #1 ")  # the first batch is stored
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole group, workers included
    errors = proc.communicate(timeout=60)[1]
    assert proc.returncode == 130, errors
    assert "Traceback" not in errors
    rows = stored(db_path)
    assert f"Stopped after storing {len(rows)} new clippings" in errors
    assert "Interrupted." in errors
    assert 0 < len(rows) < 1000
    # Whole batches, in input order: the first pages, each once.
    assert [Path(origin).name for _, origin, _ in rows] == [
        f"{n:04d}.html" for n in range(len(rows))
    ]
    assert [i for i, _, _ in rows] == list(range(1, len(rows) + 1))
    for _ in range(50):  # the workers exit too
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("worker processes outlived the import")


def test_a_terminal_sees_a_progress_bar_instead_of_a_line_per_page(run, tmp_path, monkeypatch):
    terminal = io.StringIO()
    monkeypatch.setattr(
        clipper.cli, "err_console", Console(file=terminal, force_terminal=True, width=100)
    )
    pages = write_articles(tmp_path / "pages", 25)
    result = run("import", str(pages))
    assert result.exit_code == 0
    assert "Importing" in terminal.getvalue() and "pages/s" in terminal.getvalue()
    assert "added #" not in result.stdout
    assert "Added 25, already present 0, skipped 0, failed 0." in result.stdout
    assert "pages/s, cleaned in one process" in result.stdout  # the summary's time row


def test_quiet_shows_failures_and_the_summary_only(run, tmp_path, monkeypatch):
    terminal = io.StringIO()
    monkeypatch.setattr(
        clipper.cli, "err_console", Console(file=terminal, force_terminal=True, width=100)
    )
    pages = write_articles(tmp_path / "pages", 25)
    (pages / "menu.txt").write_text("Home\nNews\nSports\n")
    (pages / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    result = run("import", str(pages), "--quiet")
    assert result.exit_code == 1
    assert "Importing" not in terminal.getvalue()
    assert "added #" not in result.stdout
    assert "menu.txt" in terminal.getvalue() and "photo.html" not in terminal.getvalue()
    assert "Added 25, already present 0, skipped 1, failed 1." in result.stdout
    assert "not a page: a PNG image (1)" in result.stdout  # the summary's skipped row
    assert "menu.txt" in result.stdout  # the summary's failed row


def test_json_report_says_how_long_storing_took(run, tmp_path):
    pages = write_articles(tmp_path / "pages", 3)
    report = json.loads(run("import", str(pages), "--json").stdout)
    assert [e["id"] for e in report["added"]] == [1, 2, 3]
    assert 0 <= report["store_seconds"] <= report["seconds"]


def test_hidden_files_and_folders_are_counted_as_skipped_and_never_read(run, tmp_path):
    pages = write_articles(tmp_path / "pages", 2)
    (pages / ".git").mkdir()
    write_articles(pages / ".git" / "objects", 2)
    (pages / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    report = json.loads(run("import", str(pages), "--json").stdout)
    assert len(report["added"]) == 2 and report["present"] == report["failed"] == []
    assert sorted((Path(e["origin"]).name, e["reason"]) for e in report["skipped"]) == [
        (".DS_Store", "hidden file (name starting with '.'), not read"),
        (".git", "hidden folder (name starting with '.'), not read"),
    ]
    result = run("import", str(pages))
    assert "already present      2" in result.stdout
    assert "skipped              2  hidden file (name starting with '.'), not read (1)" in (
        result.stdout
    )


@pytest.mark.parametrize("folder", ["0000_files", "0000-Dateien", "0000_FILES"])
def test_the_folder_a_browser_saves_beside_a_page_is_not_read(run, tmp_path, folder):
    """A browser's "Save Page As…, Webpage, Complete" writes 0000.html and 0000_files/ (its images,
    scripts, styles and ad frames): one page, not a page and a pile of failures."""
    pages = write_articles(tmp_path / "pages", 2, html=True)
    resources = pages / folder
    resources.mkdir()
    (resources / "style.css").write_text("body { margin: 0 }")
    (resources / "app.js").write_text("var tracking = true;")
    (resources / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n0000")
    ad = "<html><body><p>Great deals on everything you want, today only, click here now.</p>"
    (resources / "ad_frame.html").write_text(ad + "</body></html>")
    result = run("import", str(pages), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [Path(e["origin"]).name for e in report["added"]] == ["0000.html", "0001.html"]
    assert report["failed"] == []
    assert [(Path(e["origin"]).name, e["reason"]) for e in report["skipped"]] == [
        (folder, "the images, scripts and styles of the saved page beside it, not read")
    ]
    assert estimate_page_count([str(pages)]) == 3


def test_a_folder_named_like_that_without_its_page_is_read(run, tmp_path):
    pages = write_articles(tmp_path / "pages", 1)
    (pages / "old_files").mkdir()  # no old.html beside it: a folder of pages
    for n in (5, 6):
        (pages / "old_files" / f"{n}.txt").write_text(article(n))
    report = json.loads(run("import", str(pages), "--json").stdout)
    assert len(report["added"]) == 3 and report["skipped"] == []


def test_the_page_count_for_the_progress_bar(tmp_path):
    pages = write_articles(tmp_path / "pages", 3)
    (pages / "sub").mkdir()
    (pages / "sub" / "a.txt").write_text("x")
    (pages / ".hidden.txt").write_text("x")  # counted: the import reports it as skipped
    assert estimate_page_count([str(pages), str(tmp_path / "one.txt")]) == 6
    assert estimate_page_count([str(pages), "crawl.warc.gz"]) is None
