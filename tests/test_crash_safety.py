"""Crash safety and concurrency: real `clipper import` processes killed, interrupted, or racing.

These start clipper as a subprocess, the way a user's shell does, so they are the slowest
tests in the suite; they are kept to a few hundred small pages each (seconds).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "government minister talks island fisheries treaty harbour council election budget court "
    "ruling protest trade tariff summit delegation reporter weather storm harvest railway"
).split()
PAGES = 300


# Enough pages that an import stopped once its first batch is stored is still under way on a
# busy machine: the rest takes seconds, not the fraction of one the signal may wait.
MANY_PAGES = 1000


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of distinct plain-text news pages."""
    return write_pages(tmp_path / "pages", PAGES)


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    """More of them, for imports stopped midway."""
    return write_pages(tmp_path / "many", MANY_PAGES)


def write_pages(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        paragraphs = [
            f"Page {i} paragraph {p}: the "
            + " ".join(WORDS[(i * 7 + p * 3 + k * k) % len(WORDS)] for k in range(14))
            + " officials said on Monday."
            for p in range(4)
        ]
        (folder / f"page{i:04d}.txt").write_text(
            f"Headline number {i} here\n\n" + "\n\n".join(paragraphs) + "\n"
        )
    return folder


def start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CLIPPER_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "clipper", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def clippings_stored(db: Path) -> int:
    if not db.exists():
        return 0  # not created yet (and connecting would create it)
    conn = sqlite3.connect(db.as_uri() + "?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute("select count(*) from clippings").fetchone()[0])
    finally:
        conn.close()


def wait_until_some_are_stored(db: Path, proc: subprocess.Popen[str], at_least: int = 20) -> None:
    for _ in range(3000):
        if clippings_stored(db) >= at_least or proc.poll() is not None:
            return
        time.sleep(0.01)


def descendants(root: int) -> list[int]:
    """The processes started by process `root`, and theirs (from /proc: Linux)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has ended; only its exit status waits to be collected


def assert_sound(db: Path) -> None:
    """The archive passes SQLite's integrity check and its FTS index matches its table."""
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.execute("insert into clippings_fts(clippings_fts, rank) values ('integrity-check', 1)")
    indexed = conn.execute("select count(*) from clippings_fts_docsize").fetchone()[0]
    assert indexed == conn.execute("select count(*) from clippings").fetchone()[0]
    conn.close()


def assert_every_page_once(db: Path, count: int = PAGES) -> None:
    conn = sqlite3.connect(db)
    origins = [row[0] for row in conn.execute("select origin from clippings")]
    conn.close()
    assert len(origins) == count
    assert len(set(origins)) == count


def test_an_import_killed_midway_leaves_a_sound_archive_and_a_rerun_completes(many_pages, tmp_path):
    pages = many_pages
    db = tmp_path / "archive.db"
    proc = start("import", str(pages), "--db", str(db))
    wait_until_some_are_stored(db, proc)
    helpers = descendants(proc.pid)
    proc.kill()
    proc.wait()
    assert 0 < clippings_stored(db) < MANY_PAGES, "the kill should land mid-import"
    assert_sound(db)
    # The import's worker processes (and their forkserver) do not outlive it.
    assert helpers, "the import should have started worker processes"
    for _ in range(100):
        if not any(is_running(pid) for pid in helpers):
            break
        time.sleep(0.1)
    assert not [pid for pid in helpers if is_running(pid)]

    rerun = start("import", str(pages), "--db", str(db))
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert_sound(db)
    assert_every_page_once(db, MANY_PAGES)


def test_ctrl_c_stops_an_import_with_a_short_message_and_status_130(many_pages, tmp_path):
    db = tmp_path / "archive.db"
    proc = start("import", str(many_pages), "--db", str(db))
    wait_until_some_are_stored(db, proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().endswith("Interrupted.")
    assert "Traceback" not in err
    assert_sound(db)


def test_two_imports_into_one_new_archive_store_every_page_once(pages, tmp_path):
    db = tmp_path / "archive.db"
    first = start("import", str(pages), "--db", str(db))
    second = start("import", str(pages / "page0100.txt"), str(pages), "--db", str(db))
    results = [p.communicate(timeout=120) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], [err for _, err in results]
    assert_sound(db)
    assert_every_page_once(db)
    assert [p for p in os.listdir(tmp_path) if p.endswith(".new")] == []


def test_search_works_while_an_import_is_writing(pages, tmp_path):
    db = tmp_path / "archive.db"
    proc = start("import", str(pages), "--db", str(db))
    wait_until_some_are_stored(db, proc)
    search = start("search", "officials", "--json", "--db", str(db))
    out, err = search.communicate(timeout=60)
    proc.communicate(timeout=120)
    assert search.returncode == 0, err
    assert json.loads(out)
