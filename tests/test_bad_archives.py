"""--db pointing at something that is not a healthy clipper archive: a clear message, no damage."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clipper import archive as archive_module
from clipper.migrations import schema_version

ROOT = Path(__file__).resolve().parent.parent

COMMANDS = [("search", "Senkaku"), ("show", "1"), ("check",), ("import", "-")]
ARTICLE = (
    "Tokyo and Beijing agreed on Tuesday to resume talks on the disputed islands, "
    "officials said.\n\nThe two governments will meet again next month in Beijing, "
    "according to the statement.\n"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_all(run, db_path: Path) -> list:
    return [run(*cmd, input=ARTICLE if cmd == ("import", "-") else None) for cmd in COMMANDS]


def assert_refused_untouched(run, db_path: Path, words: str) -> None:
    before, files = digest(db_path), sorted(os.listdir(db_path.parent))
    for result in run_all(run, db_path):
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("Error: ") and words in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert digest(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == files


def test_a_file_that_is_not_sqlite_is_refused_untouched(run, db_path):
    db_path.write_text("my notes, not an archive\n")
    assert_refused_untouched(run, db_path, "not a clipper archive (not a SQLite database)")


def test_another_programs_sqlite_database_is_refused_untouched(run, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("create table contacts (name text)")
    conn.commit()
    conn.close()
    assert_refused_untouched(run, db_path, "a SQLite database but not a clipper archive")


def test_an_archive_from_a_newer_clipper_is_refused_untouched(imported, db_path):
    conn = sqlite3.connect(db_path)
    # What a newer clipper's migrate() leaves: a step we do not know, and a higher version.
    conn.execute("insert into _clipper_migrations (name) values ('m999_from_the_future')")
    conn.execute("pragma user_version = 99")
    conn.commit()
    conn.execute("pragma journal_mode = delete")  # an archive not in WAL mode stays that way
    conn.close()
    assert_refused_untouched(imported, db_path, "written by a newer version of clipper")
    mode = sqlite3.connect(db_path).execute("pragma journal_mode").fetchone()[0]
    assert mode == "delete"


def test_a_truncated_archive_is_refused_untouched(imported, db_path):
    imported("import", "-", input=ARTICLE * 400)
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.truncate(size // 3)
    assert_refused_untouched(imported, db_path, "damaged")


def test_an_archive_in_a_missing_folder_is_a_clear_error(run, tmp_path):
    result = run(
        "import", "-", "--db", str(tmp_path / "nope" / "archive.db"), input=ARTICLE, db=False
    )
    assert result.exit_code == 1
    assert "folder" in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_a_folder_given_as_the_archive_is_a_clear_error(run, tmp_path):
    result = run("search", "x", "--db", str(tmp_path), db=False)
    assert result.exit_code == 1
    assert "is a folder, not an archive file" in result.stderr


@pytest.mark.parametrize("command", [*COMMANDS, ("list",), ("export",), ("serve",)])
def test_an_empty_archive_path_is_a_clear_error(run, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = run(*command, "--db", "", input=ARTICLE, db=False)
    assert result.exit_code == 1
    assert result.stderr == "Error: the archive path is empty; give --db the archive's file name\n"
    assert os.listdir(tmp_path) == []


def test_an_empty_archive_path_is_refused_by_the_quick_search_too(imported, tmp_path):
    # The quick road for `clipper search` (clipper/entry.py) must not fall back to
    # ./archive.db, which is there.
    shutil.copy(tmp_path / "archive.db", tmp_path / "seeds" / "archive.db")
    result = subprocess.run(
        [sys.executable, "-m", "clipper", "search", "Senkaku", "--db", ""],
        capture_output=True,
        text=True,
        cwd=tmp_path / "seeds",
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert "the archive path is empty" in result.stderr


def test_an_empty_file_is_not_searched_but_can_be_imported_into(run, db_path):
    db_path.touch()
    result = run("search", "Tokyo")
    assert result.exit_code == 1 and "empty file" in result.stderr
    assert db_path.stat().st_size == 0
    result = run("import", "-", input=ARTICLE)
    assert result.exit_code == 0
    assert "Upgrading" not in result.stderr  # a new archive, not an old one
    assert run("search", "Tokyo").exit_code == 0


def make_older(db_path: Path, step: str | None = None) -> None:
    """Make the archive look as an older clipper left it: its newest schema step (or the step
    named) not run."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "DELETE FROM _clipper_migrations WHERE rowid = "
            "(SELECT max(rowid) FROM _clipper_migrations WHERE ? IS NULL OR name = ?)",
            [step, step],
        )
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    conn.close()


@pytest.mark.parametrize("command", [("search", "Senkaku"), ("show", "1"), ("list",), ("check",)])
def test_an_older_archive_is_upgraded_once_saying_so_on_stderr(imported, db_path, command):
    make_older(db_path)
    first = imported(*command, "--json")
    assert first.exit_code == 0, first.output
    assert first.stderr.startswith(f"Upgrading archive {db_path} for this version of clipper")
    assert "(1 step, done once" in first.stderr
    again = imported(*command, "--json")
    assert again.stderr == ""
    assert json.loads(first.stdout) == json.loads(again.stdout)  # stdout is only the answer


@pytest.fixture
def read_only(imported, db_path, monkeypatch):
    """The imported archive, as clipper sees a file it may not write."""
    real_access = os.access
    monkeypatch.setattr(
        archive_module.os,
        "access",
        lambda p, mode: False if mode == os.W_OK and Path(p) == db_path else real_access(p, mode),
    )
    return imported


def test_a_read_only_archive_can_be_searched_shown_and_checked_untouched(read_only, db_path):
    before = digest(db_path)
    assert read_only("search", "Senkaku").exit_code == 0
    assert read_only("show", "1").exit_code == 0
    result = read_only("check")
    assert result.exit_code == 0 and "All checks passed." in result.stdout
    assert digest(db_path) == before


def test_a_dry_run_reclean_works_on_a_read_only_archive_untouched(read_only, db_path):
    before = digest(db_path)
    result = read_only("reclean", "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["dry_run"] is True and report["checked"] == 5
    result = read_only("reclean")
    assert result.exit_code == 1 and "is read-only" in result.stderr
    assert digest(db_path) == before


def test_importing_into_a_read_only_archive_is_refused_untouched(read_only, db_path):
    before = digest(db_path)
    result = read_only("import", "-", input=ARTICLE)
    assert result.exit_code == 1
    assert "is read-only" in result.stderr
    assert digest(db_path) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes any file")
def test_a_truly_read_only_archive_in_a_read_only_folder(imported, db_path):
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)  # SQLite cannot even make its shared-memory file here
    try:
        before = digest(db_path)
        assert imported("search", "Senkaku").exit_code == 0
        assert imported("show", "1").exit_code == 0
        assert imported("check").exit_code == 0
        assert imported("reclean", "--dry-run").exit_code == 0
        result = imported("import", "-", input=ARTICLE)
        assert result.exit_code == 1 and "is read-only" in result.stderr
        assert digest(db_path) == before
    finally:
        db_path.parent.chmod(0o755)


def test_an_upgrade_that_runs_out_of_disk_says_it_needs_room(imported, db_path, monkeypatch):
    import clipper.archive

    def full_disk(db):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # as SQLite reports it
        raise error

    make_older(db_path)
    monkeypatch.setattr(clipper.archive, "migrate", full_disk)
    result = imported("search", "Senkaku")
    assert result.exit_code == 1
    assert "database or disk is full" in result.stderr
    assert "upgrading an archive needs about its size in free disk" in result.stderr


def test_an_archive_damaged_inside_is_a_clear_error_from_every_command(imported, db_path):
    # Garbage written over the middle of the file, past its header: SQLite opens it and
    # fails only when a command reads the damaged pages.
    imported("import", "-", input=ARTICLE * 400)
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.seek(size // 2)
        f.write(b"\xde\xad\xbe\xef" * (size // 16))
    for command in [("list",), ("stats",), ("sources",), ("export",), ("search", "talks")]:
        result = imported(*command)
        assert result.exit_code == 1, (command, result.output)
        assert result.stderr.startswith("Error: ") and "damaged" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
