"""The clipping archive: a SQLite file with an FTS5 index.  With its mixins in
archive_write.py and archive_lifecycle.py, the only module with SQL in it."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import fields
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .archive_open import check_archive_file, connect, connect_readonly, sqlite_reason
from .archive_write import WriterMixin
from .errors import ArchiveError, DamagedClipping, NotFound
from .migrations import applied_migrations, is_current, migrate, pending_migrations, schema_version
from .models import ArchiveStats, Clipping, ClippingSummary, SourceSummary
from .packing import DamagedPage, unpack

if TYPE_CHECKING:
    from collections.abc import Callable

    import sqlite_utils

    from .archive_wal import BackgroundCheckpoints
    from .filters import SearchOptions
    from .hits import SearchHit
    from .search_query import SearchQuery

# `search --collapse` groups at most this many of the best matches into stories: far more
# than anyone pages through, few enough to rank and group at once.
MAX_COLLAPSED = 2000
# SQLite's page cache for a connection that writes, in KB: twice an import batch.
WRITER_CACHE_KB = 8 * 1024

_FTS5_TABLE = re.compile(r"(?i)\bUSING\s+fts5\s*\(")


class Archive(WriterMixin):
    """A clipper archive on disk.

    `Archive(path)` opens an existing archive; `Archive(path, create=True)` creates it when
    missing.  Opening upgrades an older archive's schema in place.  `readonly=True` says the
    caller only reads: then a file clipper may not write is still opened, without writing.
    `on_upgrade(path, steps)`, if given, hears before an existing archive is upgraded (the
    CLI says so on stderr: a step may take a while on a large archive).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        create: bool = False,
        readonly: bool = False,
        on_upgrade: Callable[[Path, list[str]], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self._checkpoints: BackgroundCheckpoints | None = None
        check_archive_file(str(self.path), create=create)
        # A file we may not write is opened so that SQLite itself cannot write it; commands
        # that only read (readonly=True) still work on it.
        writable = not self.path.exists() or os.access(self.path, os.W_OK)
        if not writable and not readonly:
            raise ArchiveError(
                f"archive {self.path} is read-only: clipper can search and show it, not add to it"
            )
        try:
            if create and not self.path.exists():
                _create_archive(self.path)
            self.conn = self._connect(readonly=not writable)
            pending: list[str] = []
            # The usual case, checked without sqlite-utils (slow to import): the archive has
            # exactly the schema steps this clipper knows.
            current = is_current(self.conn)
            if not current:
                # Before anything writes: a file that is not a clipper archive, or is too
                # new, is refused untouched.
                pending = pending_migrations(self.db)
                if not writable and pending:
                    raise ArchiveError(
                        f"archive {self.path} was made by an older clipper and needs upgrading, "
                        "but the file is read-only; make it writable and run the command again"
                    )
            if writable:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = wal")
                # In WAL mode, NORMAL still keeps the archive consistent through a crash or a
                # killed process; it syncs at checkpoints rather than at every batch commit.
                self.conn.execute("PRAGMA synchronous = NORMAL")
                # Room for a whole batch of an import (importer.BATCH_BYTES) in SQLite's page
                # cache: with the default 2 MB, a batch of large HTML pages spilled to the log
                # before its commit and was written a third time (25% of storing them).
                self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB:d}")
                if not current:
                    # (An empty file, lacking every step, becomes an archive: no upgrade.)
                    if on_upgrade is not None and len(pending) < schema_version():
                        on_upgrade(self.path, pending)
                    migrate(self.db)
        except sqlite3.DatabaseError as e:
            self._close_quietly()
            reason = sqlite_reason(e)
            if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
                # An upgrade copies the clippings table (migrations.m011): it needs room.
                reason += " (upgrading an archive needs about its size in free disk)"
            raise ArchiveError(f"cannot open archive {self.path}: {reason}") from e
        except ArchiveError:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        if hasattr(self, "conn"):
            self.conn.close()

    def _connect(self, *, readonly: bool) -> sqlite3.Connection:
        return connect_readonly(str(self.path)) if readonly else connect(str(self.path))

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The archive as a sqlite-utils Database, made on first use: its import is slow."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM clippings").fetchone()[0])

    def get(self, clipping_id: int, *, include_raw: bool = False) -> Clipping:
        """The clipping with this id; NotFound when there is none."""
        cols = "*" if include_raw else ", ".join(c for c in _COLUMNS if c != "raw")
        cur = self.conn.execute(f"SELECT {cols} FROM clippings WHERE id = ?", [clipping_id])
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"no clipping with id {clipping_id} in {self.path}")
        return _clipping_from_row(dict(zip([d[0] for d in cur.description], row, strict=True)))

    # -- search and browse: the SQL is in archive_search.py and archive_browse.py ---------

    def search(
        self, query: SearchQuery | str, options: SearchOptions | None = None, *, limit: int = 20
    ) -> tuple[list[SearchHit], int]:
        """Clippings matching a query, in the order asked for, and how many match in all.

        `query` comes from `clipper.search_query.parse_search`; a str is taken as an FTS5 MATCH
        expression made by `clipper.query.to_match`, never straight from a user.
        """
        from . import archive_search
        from .filters import SearchOptions
        from .search_query import SearchQuery, Term

        if isinstance(query, str):
            query = SearchQuery(query, Term(()), query, False, None, ())
        options = options or SearchOptions(limit=limit)
        if not options.collapse:
            return archive_search.search(self.conn, query, options)
        # One result per story: rank every match (up to a bound), keep the best-ranked copy of
        # each syndicated story, then cut the page.
        wanted = options.offset + options.limit
        ranked, _ = archive_search.search(
            self.conn, query, options._replace(limit=MAX_COLLAPSED, offset=0)
        )
        kept, stories = self.collapse_stories([hit.id for hit in ranked], wanted)
        page = set(kept[options.offset :])
        return [hit for hit in ranked if hit.id in page], stories

    def list_clippings(
        self, options: SearchOptions | None = None
    ) -> tuple[list[ClippingSummary], int]:
        """A page of clippings (newest first by default) and how many the filters select."""
        from . import archive_browse
        from .filters import SearchOptions

        return archive_browse.list_clippings(self.conn, options or SearchOptions())

    def sources(self) -> list[SourceSummary]:
        """Every source with its number of clippings and date range, largest first."""
        from . import archive_browse

        return archive_browse.list_sources(self.conn)

    def stats(self) -> ArchiveStats:
        """Counts, date span and size of the archive."""
        from . import archive_browse

        return archive_browse.archive_stats(self.conn, self.path)

    # -- checking and repair (clipper check) ----------------------------------------------

    def integrity_problems(self, *, limit: int = 10) -> list[str]:
        """What SQLite's integrity check finds wrong with the file; empty when it is sound."""
        try:
            rows = self.db.execute(f"PRAGMA integrity_check({limit:d})").fetchall()
        except sqlite3.DatabaseError as e:  # damage the check itself cannot read past
            return [sqlite_reason(e)]
        return [str(r[0]) for r in rows if r[0] != "ok"]

    def fts_tables(self) -> list[str]:
        """The archive's full-text indexes (one per FTS5 table), by name."""
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        ).fetchall()
        # FTS5 tables only: not fts5vocab tables, which read an index and cannot be rebuilt.
        return sorted(name for name, sql in rows if _FTS5_TABLE.search(sql))

    def fts_problems(self, table: str) -> list[str]:
        """How a full-text index differs from the clippings it indexes; empty when in sync."""
        name = _quote_identifier(table)
        problems: list[str] = []
        try:
            # rank 1: check the index against its content table too, not only against itself.
            self.db.execute(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as e:
            if "readonly" not in str(e):  # a read-only archive gets the row-count check only
                problems.append("index does not match the clippings")
        except sqlite3.DatabaseError:
            problems.append("index does not match the clippings")
        if f"{table}_docsize" in self.db.table_names():
            indexed = self.db.execute(
                f"SELECT count(*) FROM {_quote_identifier(table + '_docsize')}"
            ).fetchone()[0]
            stored = self.db.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            if indexed != stored:
                problems.append(f"{indexed} clippings indexed, {stored} stored")
        return problems

    def rebuild_fts(self, table: str) -> None:
        """Rebuild a full-text index from the clippings table, in one transaction."""
        name = _quote_identifier(table)
        try:
            with self.db.conn:
                self.db.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
        except sqlite3.DatabaseError as e:
            raise ArchiveError(f"cannot rebuild index {table}: {sqlite_reason(e)}") from e

    def schema_steps(self) -> tuple[int, int]:
        """(schema steps applied to this archive, schema steps this clipper knows)."""
        return len(applied_migrations(self.db)), schema_version()


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_COLUMNS = (
    "id",
    "title",
    "source",
    "date",
    "author",
    "url",
    "origin",
    "body",
    "language",
    "word_count",
    "content_hash",
    "imported_at",
    "evidence",
    "raw_kind",
    "raw",
    "tags",
    "cleaner_version",
    "edited_fields",
    "reader_hints",
)


_CLIPPING_FIELDS = frozenset(f.name for f in fields(Clipping))


def _clipping_from_row(row: dict[str, Any]) -> Clipping:
    row = {k: v for k, v in row.items() if k in _CLIPPING_FIELDS}  # archive-only columns out
    row["evidence"] = json.loads(row.get("evidence") or "{}")
    row["tags"] = tuple(json.loads(row.get("tags") or "[]"))
    row["edited_fields"] = tuple(json.loads(row.get("edited_fields") or "[]"))
    row["reader_hints"] = json.loads(row.get("reader_hints") or "{}")
    if "raw" in row:
        try:
            row["raw"] = unpack(row["raw"])
        except DamagedPage as e:
            raise DamagedClipping(
                f"clipping #{row.get('id')}: cannot read its stored original page: {e}"
            ) from e
    return Clipping(**row)


def _create_archive(path: Path) -> None:
    """Make a new archive beside `path`, then link it into place in one step.

    Another clipper never sees a half-made archive, two clippers creating the same archive at
    once end up sharing one, and a creation killed midway leaves no damaged archive behind.
    """
    import sqlite_utils

    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        db = sqlite_utils.Database(sqlite3.connect(str(tmp)))
        try:
            db.execute("PRAGMA journal_mode = wal")
            migrate(db)
        finally:
            db.close()  # the last connection to close folds the WAL file into the archive
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another clipper made it first: use theirs
        except OSError:  # a file system without hard links: second best, a rename
            if not path.exists():
                os.replace(tmp, path)
    except OSError as e:
        raise ArchiveError(f"cannot create archive {path}: {e.strerror or e}") from e
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
