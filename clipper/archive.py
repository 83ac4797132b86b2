"""The clipping archive: a SQLite file with an FTS5 index.  The only module with SQL in it."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import ArchiveError, NotFound
from .migrations import migrate
from .models import MARK_END, MARK_START, Clipping, SearchHit

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a writer waits for another process's transaction before giving up: long enough for
# a concurrent import's batch to commit.
BUSY_TIMEOUT_MS = 30_000
# bm25 weights for the FTS columns (title, body, source): a word in the title says far more
# about what a clipping is about than the same word somewhere in the body.
BM25_WEIGHTS = (10.0, 1.0, 2.0)
SNIPPET_TOKENS = 24

_WORD = re.compile(r"\w+", re.UNICODE)


def content_hash(body: str) -> str:
    """A hash of the article text that ignores case, spacing and punctuation.

    Two imports of the same article, from the same file or from another copy of the page,
    give the same hash, so the archive stores it once.
    """
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
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
            self.db = sqlite_utils.Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.db.execute("PRAGMA journal_mode = wal")
            migrate(self.db)
        except sqlite3.DatabaseError as e:
            raise ArchiveError(f"cannot open archive {self.path}: {e}") from e

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def add(self, clipping: Clipping) -> AddResult:
        """Store a clipping unless the archive already holds the same article."""
        return self.add_many([clipping])[0]

    def _id_for_hash(self, digest: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM clippings WHERE content_hash = ?", [digest]
        ).fetchone()
        return None if row is None else int(row[0])

    def add_many(self, clippings: Sequence[Clipping]) -> list[AddResult]:
        """Store clippings in one transaction: all of them, or none if anything fails.

        Duplicates are recognised as by `add`, including an article given twice in the same
        call (the second is "already present" as the first).  One transaction per batch keeps an
        interrupted or killed import consistent: a batch is stored whole or not at all.
        """
        conn = self.db.conn
        try:
            # IMMEDIATE takes the write lock up front, so no other process can store the same
            # article between our duplicate check and our insert.
            conn.execute("BEGIN IMMEDIATE")
            results = [self._add_in_transaction(clipping) for clipping in clippings]
            conn.commit()
        except sqlite3.OperationalError as e:
            conn.rollback()
            raise ArchiveError(f"cannot write to archive {self.path}: {e}") from e
        except BaseException:  # Ctrl-C included: nothing of a half-stored batch may remain
            conn.rollback()
            raise
        return results

    def _add_in_transaction(self, clipping: Clipping) -> AddResult:
        """Store one clipping within the caller's transaction, unless the archive holds it."""
        digest = content_hash(clipping.body)
        existing = self._id_for_hash(digest)  # sees the transaction's own inserts too
        if existing is not None:
            return AddResult(existing, False)
        row = _row_for(clipping, digest)
        columns, slots = ", ".join(row), ", ".join("?" * len(row))
        cur = self.db.conn.execute(
            f"INSERT INTO clippings ({columns}) VALUES ({slots})", list(row.values())
        )
        assert cur.lastrowid is not None
        return AddResult(cur.lastrowid, True)

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM clippings").fetchone()[0])

    def get(self, clipping_id: int, *, include_raw: bool = False) -> Clipping:
        """The clipping with this id; NotFound when there is none."""
        cols = "*" if include_raw else ", ".join(c for c in _COLUMNS if c != "raw")
        cur = self.db.execute(f"SELECT {cols} FROM clippings WHERE id = ?", [clipping_id])
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"no clipping with id {clipping_id} in {self.path}")
        return _clipping_from_row(dict(zip([d[0] for d in cur.description], row, strict=True)))

    def search(self, match: str, *, limit: int = 20) -> tuple[list[SearchHit], int]:
        """Clippings matching an FTS5 MATCH expression, best first, and how many match in all.

        `match` must come from `clipper.query.to_match`, never straight from a user.
        """
        sql = f"""
            SELECT c.id, c.title, c.source, c.date, c.url,
                   snippet(clippings_fts, -1, ?, ?, '…', {SNIPPET_TOKENS:d}) AS snippet,
                   bm25(clippings_fts, ?, ?, ?) AS score
            FROM clippings_fts JOIN clippings c ON c.id = clippings_fts.rowid
            WHERE clippings_fts MATCH ?
            ORDER BY score, c.date DESC, c.id DESC
            LIMIT ?
        """
        try:
            rows = self.db.execute(
                sql, [MARK_START, MARK_END, *BM25_WEIGHTS, match, limit]
            ).fetchall()
            total = self.db.execute(
                "SELECT count(*) FROM clippings_fts WHERE clippings_fts MATCH ?", [match]
            ).fetchone()[0]
        except sqlite3.OperationalError as e:
            # to_match only builds valid expressions; this is a bug, not a user mistake,
            # but the user still gets a message rather than a traceback.
            raise ArchiveError(f"search failed: {e}") from e
        hits = [
            SearchHit(
                id=r[0],
                title=r[1],
                source=r[2],
                date=r[3],
                url=r[4],
                snippet=r[5] or "",
                score=round(-float(r[6]), 4),
            )
            for r in rows
        ]
        return hits, int(total)


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


def _row_for(clipping: Clipping, digest: str) -> dict[str, Any]:
    """The clippings-table row that stores a clipping."""
    return {
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
