"""Storing new clippings: a batch in one transaction, duplicates recognised, the CJK index and
the links between syndicated copies kept up.

Mixed into `Archive` (archive.py) and kept in its own module so archive.py stays small; like
archive.py, it binds every value and formats only fixed SQL fragments.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .archive_lifecycle import LifecycleMixin
from .archive_open import BUSY_TIMEOUT_MS, sqlite_reason
from .errors import ArchiveError
from .filters import normalise_tags
from .migrations import CJK_BY_WRITER, CJK_CHARS
from .models import Clipping, content_hash, word_count
from .urls import url_key

if TYPE_CHECKING:
    from .archive_wal import BackgroundCheckpoints

# The characters that send a clipping to the trigram index: the ranges of the CJK triggers' GLOB.
_CJK = re.compile(f"[{CJK_CHARS}]")


@dataclass(frozen=True)
class AddResult:
    """What happened to one clipping given to `Archive.add`."""

    id: int
    added: bool  # False: the archive already held this article, as clipping `id`
    # The id the clipping came with (from an export) when the archive had given that id
    # before, so stored it under a new one.
    renumbered_from: int | None = None
    # Tags the clipping came with (from an export or a Markdown page's front matter) that the
    # clipping already holding the article lacked, and now has.
    tags_added: tuple[str, ...] = ()
    # Already present by its address, with another text: a newer (or older) version of the
    # page, which `import --update` stores in its place.
    other_text: bool = False


class WriterMixin(LifecycleMixin):
    path: Path
    conn: sqlite3.Connection
    _checkpoints: BackgroundCheckpoints | None

    def add(self, clipping: Clipping) -> AddResult:
        """Store a clipping unless the archive already holds the same article."""
        return self.add_many([clipping])[0]

    def add_many(
        self, clippings: Sequence[Clipping], *, given_before: int | None = None
    ) -> list[AddResult]:
        """Store clippings in one transaction: all of them, or none if anything fails.

        Duplicates are recognised as by `add` (the same text, or the same address), including
        an article given twice in the same call (the second is "already present" as the
        first).  One transaction per batch keeps an interrupted or killed import consistent: a
        batch is stored whole or not at all.

        A clipping that comes with an id (one read from an export) keeps it when the archive
        has never given it: higher than `given_before` (the highest id the archive had given
        when the import began, deleted clippings' included; by default, when this call
        began), and not held by a clipping now.  An id the archive has never given cannot be
        cited for another article.  Otherwise it gets a new id, above every id of its export
        too (so not an id another clipping of the export is cited by), and its result says
        which id it came with.  The choice depends only on the archive and the clippings, so
        two imports of the same input give the same ids, in whatever order the export lists
        them.
        """
        # Worker processes hash what they clean (Clipping.ready_to_store), sparing the writer.
        digests = [c.content_hash or content_hash(c.body) for c in clippings]
        keys = [url_key(c.url) for c in clippings]
        conn = self.conn
        if self._checkpoints is not None:
            self._checkpoints.wait()
        try:
            # IMMEDIATE takes the write lock up front, so no other process can store the same
            # article between our duplicate check and our insert.
            conn.execute("BEGIN IMMEDIATE")
            results = self._add_in_transaction(clippings, digests, keys, given_before)
            conn.commit()
        except sqlite3.OperationalError as e:
            conn.rollback()
            raise ArchiveError(f"cannot write to archive {self.path}: {sqlite_reason(e)}") from e
        except BaseException:  # Ctrl-C included: nothing of a half-stored batch may remain
            conn.rollback()
            raise
        if self._checkpoints is not None:
            self._checkpoints.committed()
        return results

    @contextmanager
    def background_checkpoints(self) -> Iterator[BackgroundCheckpoints]:
        """For an import: fold stored batches into the archive file on a thread of its own,
        while the writer stores the next batch (see archive_wal)."""
        from .archive_wal import BackgroundCheckpoints

        with BackgroundCheckpoints(self.path, self.conn, BUSY_TIMEOUT_MS) as checkpoints:
            self._checkpoints = checkpoints
            try:
                yield checkpoints
            finally:
                self._checkpoints = None

    def _add_in_transaction(
        self,
        clippings: Sequence[Clipping],
        digests: list[str],
        keys: list[str | None],
        given_before: int | None,
    ) -> list[AddResult]:
        """Store the clippings the archive lacks, within the caller's transaction.

        The archive is asked once for all the batch's hashes and addresses; the batch's own
        clippings are then told apart in memory, in order, so the second copy of an article
        is "already present" as the first.
        """
        from .syndication import signature  # numpy: loaded only when something is added

        # While this row exists (never committed), the CJK insert trigger leaves the trigram
        # index to the writer: see _index_cjk.
        self.conn.execute(f"INSERT INTO {CJK_BY_WRITER} (pid) VALUES (?)", [os.getpid()])
        by_hash = self._ids_by("content_hash", digests)
        by_key = self._ids_by("url_key", [k for k in keys if k is not None])
        results: list[AddResult] = []
        added: list[tuple[int, Clipping]] = []
        highest = self.highest_id_given()  # in memory from here: nobody else writes now
        if given_before is None:
            given_before = highest
        taken = self._ids_held([c.id for c in clippings if c.id is not None])
        restored: list[tuple[bytes | None, str | None, int]] = []
        for clipping, digest, key in zip(clippings, digests, keys, strict=True):
            same_text = by_hash.get(digest)
            existing = same_text or (by_key.get(key) if key is not None else None)
            if existing is not None:
                if clipping.packed_raw is not None or clipping.raw is not None:
                    restored.append((clipping.packed(), clipping.raw_kind, existing))
                tags = self._merge_tags(existing, clipping.tags) if clipping.tags else ()
                other = same_text is None
                results.append(AddResult(existing, False, tags_added=tags, other_text=other))
                continue
            row = _row_for(clipping, digest, key)
            asked = clipping.id
            if asked is not None and asked > given_before and asked not in taken:
                row["id"] = asked
            elif asked is not None:  # taken: a new id, and none another clipping of its export has
                row["id"] = max(highest, clipping.export_highest_id or 0) + 1
            cur = self.conn.execute(_INSERT_CLIPPING, row)
            cid = cur.lastrowid
            assert cid is not None
            highest = max(highest, cid)
            taken.add(cid)
            by_hash[digest] = cid
            if key is not None:
                by_key[key] = cid
            added.append((cid, clipping))
            results.append(AddResult(cid, True, asked if asked not in (None, cid) else None))
        # A clipping stored without its original page (restored from an export made with
        # --no-raw) gets the page when it is imported again, so `reclean` can work on it.
        self.conn.executemany(
            "UPDATE clippings SET raw = ?, raw_kind = ? WHERE id = ? AND raw IS NULL", restored
        )
        self._index_cjk([(cid, c) for cid, c in added if _has_cjk(c)])
        self.conn.execute(f"DELETE FROM {CJK_BY_WRITER}")
        self._link_batch([(cid, c.signature or signature(c.body)) for cid, c in added])
        return results

    def _merge_tags(self, clipping_id: int, tags: Sequence[str]) -> tuple[str, ...]:
        """Give a stored clipping the tags it lacks of these (a restored export's, a Markdown
        page's): an article imported again loses none of its tags.  Returns those added."""
        row = self.conn.execute("SELECT tags FROM clippings WHERE id = ?", [clipping_id])
        held: list[str] = json.loads(row.fetchone()[0] or "[]")
        merged = normalise_tags(held + list(tags))
        if len(merged) == len(held):
            return ()
        self.conn.execute(
            "UPDATE clippings SET tags = ? WHERE id = ?",
            [json.dumps(merged, ensure_ascii=False), clipping_id],
        )
        return tuple(merged[len(held) :])

    def highest_id_given(self) -> int:
        """The highest id the archive has ever given, deleted clippings' included (0: none):
        an import keeps exported ids above it (add_many's `given_before`).

        The clippings id is AUTOINCREMENT (migrations.m011), so SQLite keeps it in
        sqlite_sequence and never gives an id at or below it again.
        """
        row = self.conn.execute(
            "SELECT max("
            "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'clippings'), 0), "
            "coalesce((SELECT max(id) FROM clippings), 0))"
        ).fetchone()
        return int(row[0])

    def _ids_held(self, ids: list[int]) -> set[int]:
        """Which of these ids clippings hold now."""
        if not ids:
            return set()
        rows = self.conn.execute(
            "SELECT id FROM clippings WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)],
        )
        return {row[0] for row in rows}

    def _ids_by(self, column: str, values: list[str]) -> dict[str, int]:
        """The first stored clipping (lowest id) for each of these values of a column."""
        if not values:
            return {}
        rows = self.conn.execute(
            f"SELECT {column}, min(id) FROM clippings "  # column: one of two fixed names
            f"WHERE {column} IN (SELECT value FROM json_each(?)) GROUP BY {column}",
            [json.dumps(values)],
        ).fetchall()
        return {value: int(cid) for value, cid in rows}

    def _index_cjk(self, rows: list[tuple[int, Clipping]]) -> None:
        """Copy clippings in Chinese, Japanese or Korean into the trigram index.

        In add_many's transaction the insert trigger leaves this to the writer (migrations.
        m007): a compiled regex tests a clipping far more cheaply than the trigger's GLOB.
        """
        self.conn.executemany(
            "INSERT INTO clippings_cjk (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    cid,
                    (c.title or "") + " ",
                    c.body + " ",
                    (c.source or "") + " ",
                    (c.author or "") + " ",
                )
                for cid, c in rows
            ],
        )


def _row_for(clipping: Clipping, digest: str, key: str | None) -> dict[str, Any]:
    """The clippings-table row that stores a clipping (its id left to the archive)."""
    words = clipping.word_count
    if words is None:  # not computed where the page was cleaned (Clipping.ready_to_store)
        words = word_count(clipping.body)
    return {
        "id": None,
        "title": clipping.title,
        "source": clipping.source,
        "date": clipping.date,
        "author": clipping.author,
        "url": clipping.url,
        "origin": clipping.origin,
        "body": clipping.body,
        "language": clipping.language,
        "word_count": words,
        "content_hash": digest,
        "imported_at": clipping.imported_at
        or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "evidence": json.dumps(clipping.evidence, ensure_ascii=False),
        "raw_kind": clipping.raw_kind,
        "raw": clipping.packed(),
        "url_key": key,
        "tags": json.dumps(list(clipping.tags), ensure_ascii=False),
        "cleaner_version": clipping.cleaner_version,
        "edited_fields": json.dumps(list(clipping.edited_fields)),
        "reader_hints": json.dumps(clipping.reader_hints, ensure_ascii=False)
        if clipping.reader_hints
        else None,
    }


_ROW_COLUMNS = list(_row_for(Clipping(body=""), "", None))
_INSERT_CLIPPING = "INSERT INTO clippings ({}) VALUES ({})".format(
    ", ".join(_ROW_COLUMNS), ", ".join(f":{name}" for name in _ROW_COLUMNS)
)


def _has_cjk(clipping: Clipping) -> bool:
    """Whether a clipping belongs in the trigram index, as the CJK insert trigger decides."""
    return any(
        text is not None and _CJK.search(text) is not None
        for text in (clipping.title, clipping.body, clipping.source, clipping.author)
    )
