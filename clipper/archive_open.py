"""Opening an archive file: the checks made before SQLite touches it, and reading it.

Apart from archive.py, and light to import (no pathlib, sqlite-utils or models), so that
`clipper search` opens the archive at the cost of the sqlite3 module alone.
"""

from __future__ import annotations

import os
import sqlite3

from .errors import ArchiveError
from .migrations import is_current

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a writer waits for another process's transaction before giving up: long enough for
# a concurrent import's batch to commit.
BUSY_TIMEOUT_MS = 30_000


def check_archive_file(path: str, *, create: bool) -> None:
    """Refuse paths that are not clipper archives before SQLite touches them."""
    check_archive_path(path)
    if os.path.isdir(path):
        raise ArchiveError(f"{path} is a folder, not an archive file")
    if not os.path.exists(path):
        if not create:
            raise ArchiveError(f"no archive at {path}; create one with `clipper import PATH`")
        folder = os.path.dirname(path) or "."
        if not os.path.exists(folder):
            raise ArchiveError(f"cannot create archive {path}: folder {folder} does not exist")
        return
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise ArchiveError(f"cannot read archive {path}: {e.strerror}") from e
    if head and head != SQLITE_MAGIC:
        raise ArchiveError(f"{path} is not a clipper archive (not a SQLite database)")
    if not head and not create:
        raise ArchiveError(
            f"{path} is an empty file, not an archive yet; `clipper import` fills it"
        )


def check_archive_path(path: str) -> None:
    """Refuse an empty archive path (`--db ''`), which would otherwise name the working
    folder, or fall back to the default archive."""
    if not path:
        raise ArchiveError("the archive path is empty; give --db the archive's file name")


def connect(path: str) -> sqlite3.Connection:
    """A connection that waits for other processes' transactions rather than failing."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    return conn


def connect_readonly(path: str) -> sqlite3.Connection:
    """A connection that SQLite itself guarantees never writes the file."""
    uri = _file_uri(path)
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL archive in a folder we may not write: SQLite cannot make the shared-memory file
        # that readers use.  Nobody can write the archive there either (writers need that file
        # too), so it can be read as immutable.
        conn.close()
        conn = sqlite3.connect(uri + "?immutable=1", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    return conn


def _file_uri(path: str) -> str:
    """An SQLite file: URI for a path (what pathlib's as_uri gives, without loading pathlib)."""
    absolute = os.path.abspath(path)
    if os.sep != "/":
        absolute = "/" + absolute.replace(os.sep, "/")
    # The characters that mean something in a URI's path part.
    for char, code in (("%", "%25"), ("?", "%3F"), ("#", "%23")):
        absolute = absolute.replace(char, code)
    return "file://" + absolute


def open_for_reading(path: str) -> sqlite3.Connection | None:
    """A read-only connection to an archive with the current schema, for commands that only
    read; None when the archive needs upgrading first (`Archive` does that)."""
    check_archive_file(path, create=False)
    try:
        # Opened for writing when the file may be written (nothing is), as `Archive` does: the
        # last connection to close then tidies the WAL files away, which a read-only one
        # cannot do.
        conn = connect(path) if os.access(path, os.W_OK) else connect_readonly(path)
    except sqlite3.DatabaseError as e:
        raise ArchiveError(f"cannot open archive {path}: {sqlite_reason(e)}") from e
    try:
        if is_current(conn):
            return conn
    except sqlite3.DatabaseError as e:
        conn.close()
        raise ArchiveError(f"cannot open archive {path}: {sqlite_reason(e)}") from e
    conn.close()
    return None


# SQLite's terse messages, in words a user can act on.
_SQLITE_REASONS = {
    "attempt to write a readonly database": "the archive file is read-only",
    "file is not a database": "the file is not a SQLite database, or is damaged",
    "database disk image is malformed": "the archive file is damaged; restore it from a backup",
    "vtable constructor failed": "the archive file is damaged (its search index cannot be read)",
    "database is locked": "another program holds a lock on it; try again when it has finished",
    "unable to open database file": "cannot open the file or create files beside it",
}


def failure_message(e: sqlite3.Error) -> str:
    """What to tell a user when SQLite fails in the middle of a command (a file damaged since
    it was opened, a disk that filled up), instead of a traceback."""
    reason = sqlite_reason(e)
    if "damaged" in reason:
        return f"{reason} (`clipper check` says what it can still read)"
    return f"the archive failed: {reason}"


def sqlite_reason(e: sqlite3.Error) -> str:
    text = str(e)
    return next((why for msg, why in _SQLITE_REASONS.items() if msg in text), text)
