"""The clipping archive: a SQLite file with an FTS5 index.  The only module with SQL in it."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ArchiveError, NotFound
from .migrations import is_current, migrate
from .models import ArchiveStats, Clipping, ClippingSummary, SearchHit, SourceSummary

if TYPE_CHECKING:
    import sqlite_utils

    from .filters import SearchOptions
    from .search_query import SearchQuery

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a writer waits for another process's transaction before giving up: long enough for
# a concurrent import's batch to commit.
BUSY_TIMEOUT_MS = 30_000

_WORD = re.compile(r"\w+", re.UNICODE)


def content_hash(body: str) -> str:
    """A hash of the article text that ignores case, spacing and punctuation.

    Two imports of the same article, from the same file or from another copy of the page,
    give the same hash, so the archive stores it once.
    """
    import hashlib  # here: loading OpenSSL would slow every `clipper search` start

    words = " ".join(_WORD.findall(body.casefold()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AddResult:
    """What happened to one clipping given to `Archive.add`."""

    id: int
    added: bool  # False: the archive already held this article, as clipping `id`


class Archive:
    """A clipper archive on disk.

    `Archive(path)` opens an existing archive; `Archive(path, create=True)` creates it when
    missing.  Opening upgrades an older archive's schema in place.
    """

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.path = Path(path)
        _check_archive_file(self.path, create=create)
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = wal")
            if not is_current(self.conn):
                migrate(self.db)
        except sqlite3.DatabaseError as e:
            raise ArchiveError(f"cannot open archive {self.path}: {e}") from e

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

    # -- writing -------------------------------------------------------------------------

    def add(self, clipping: Clipping) -> AddResult:
        """Store a clipping unless the archive already holds the same article."""
        digest = content_hash(clipping.body)
        existing = self._id_for_hash(digest)
        if existing is not None:
            return AddResult(existing, False)
        row = {
            "title": clipping.title,
            "source": clipping.source,
            "date": clipping.date,
            "author": clipping.author,
            "url": clipping.url,
            "origin": clipping.origin,
            "body": clipping.body,
            "language": clipping.language,
            "word_count": len(clipping.body.split()),
            "content_hash": digest,
            "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "evidence": json.dumps(clipping.evidence, ensure_ascii=False),
            "raw_kind": clipping.raw_kind,
            "raw": clipping.raw,
        }
        try:
            with self.db.conn:
                cur = self.db.execute(
                    "INSERT INTO clippings ("
                    + ", ".join(row)
                    + ") VALUES ("
                    + ", ".join("?" for _ in row)
                    + ")",
                    list(row.values()),
                )
        except sqlite3.IntegrityError:
            # Another process stored the same article between our check and our insert.
            existing = self._id_for_hash(digest)
            if existing is None:
                raise
            return AddResult(existing, False)
        except sqlite3.OperationalError as e:
            raise ArchiveError(f"cannot write to archive {self.path}: {e}") from e
        assert cur.lastrowid is not None
        return AddResult(cur.lastrowid, True)

    def _id_for_hash(self, digest: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM clippings WHERE content_hash = ?", [digest]
        ).fetchone()
        return None if row is None else int(row[0])

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

    # -- search and browse: the SQL is in archive_search.py --------------------------------

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
        return archive_search.search(self.conn, query, options or SearchOptions(limit=limit))

    def list_clippings(
        self, options: SearchOptions | None = None
    ) -> tuple[list[ClippingSummary], int]:
        """A page of clippings (newest first by default) and how many the filters select."""
        from . import archive_search
        from .filters import SearchOptions

        return archive_search.list_clippings(self.conn, options or SearchOptions())

    def sources(self) -> list[SourceSummary]:
        """Every source with its number of clippings and date range, largest first."""
        from . import archive_search

        return archive_search.list_sources(self.conn)

    def stats(self) -> ArchiveStats:
        """Counts, date span and size of the archive."""
        from . import archive_search

        return archive_search.archive_stats(self.conn, self.path)


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
)


def _clipping_from_row(row: dict[str, Any]) -> Clipping:
    row = dict(row)
    row["evidence"] = json.loads(row.get("evidence") or "{}")
    return Clipping(**row)


def _check_archive_file(path: Path, *, create: bool) -> None:
    """Refuse paths that are not clipper archives before SQLite touches them."""
    if path.is_dir():
        raise ArchiveError(f"{path} is a folder, not an archive file")
    if not path.exists():
        if not create:
            raise ArchiveError(f"no archive at {path}; create one with `clipper import PATH`")
        if not path.parent.exists():
            raise ArchiveError(f"cannot create archive {path}: folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise ArchiveError(f"cannot read archive {path}: {e.strerror}") from e
    if head and head != SQLITE_MAGIC:
        raise ArchiveError(f"{path} is not a clipper archive (not a SQLite database)")
