"""The archive's SQL for its life over years: filters, streaming reads, edits, tags, deletes,
re-clean writes and links between syndicated copies.

Mixed into `Archive` (archive.py) and kept in its own module so archive.py stays small; like
archive.py, it binds every value and formats only fixed SQL fragments.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ArchiveError, BadQuery, NotFound
from .filters import ClippingFilter, normalise_tags, parse_iso_date
from .models import SyndicatedCopy

if TYPE_CHECKING:
    import sqlite_utils

    from .models import Clipping

# Stored clippings a new clipping is compared with, at most: the ones sharing most LSH bands.
MAX_LINK_CANDIDATES = 32
# Clippings kept under one LSH band hash, at most: the first ones stored.  A story republished
# hundreds of times would otherwise make every new copy read and count hundreds of rows per
# band (storing a page got three times dearer from 4,000 to 20,000 pages of such copies); a
# later copy is found by its bands all the same, and linked to the first copies, which tie it
# to the rest of its story.
BAND_MEMBERS_KEPT = MAX_LINK_CANDIDATES

# The metadata a user may correct by hand; a re-clean keeps every field so corrected.
EDITABLE_FIELDS = ("title", "source", "date", "author", "url")


def filter_sql(conn: sqlite3.Connection, f: ClippingFilter | None) -> tuple[str, list[Any]]:
    """A WHERE condition on clippings `c` and its bound values: the search filters' SQL
    (archive_search.filter_sql: sources in any case, NotFound for a source or author no
    clipping has), plus the query, matched as search matches it."""
    from .archive_search import filter_sql as search_filter_sql
    from .filters import Filters

    if f is None:
        return "1", []
    where, params = search_filter_sql(
        conn,
        Filters(
            sources=f.sources,
            since=f.since,
            until=f.until,
            imported_since=f.imported_since,
            tags=f.tags,
            authors=f.authors,
        ),
    )
    if f.match is not None:
        # As search matches it: words in the word index, Chinese and Japanese ones in the
        # trigram index (a query of them finds nothing in the word index alone).
        from .archive_search import match_condition

        found: list[Any] = []
        where = " AND " + match_condition(conn, f.match, found) + where
        params = [*found, *params]
    return "1" + where, params


class LifecycleMixin:
    path: Path

    @property
    def db(self) -> sqlite_utils.Database:  # given by Archive
        raise NotImplementedError

    # -- reading many --------------------------------------------------------------------

    def iter_clippings(
        self, filters: ClippingFilter | None = None, *, include_raw: bool = False
    ) -> Iterator[Clipping]:
        """Every clipping the filter picks, in id order, one row at a time (flat memory).

        The filter is checked at the call (NotFound for a source no clipping has), before
        the caller opens a file to write them to.
        """
        where, params = filter_sql(self.db.conn, filters)
        return self._iter_rows(where, params, include_raw=include_raw)

    def _iter_rows(self, where: str, params: list[Any], *, include_raw: bool) -> Iterator[Clipping]:
        from .archive import _COLUMNS, _clipping_from_row

        cols = ", ".join(f"c.{c}" for c in _COLUMNS if include_raw or c != "raw")
        cur = self.db.conn.cursor()
        cur.execute(f"SELECT {cols} FROM clippings c WHERE {where} ORDER BY c.id", params)
        names = [d[0] for d in cur.description]
        for row in cur:
            yield _clipping_from_row(dict(zip(names, row, strict=True)))

    def ids(self, filters: ClippingFilter | None = None) -> list[int]:
        """The ids of the clippings the filter picks, in order."""
        where, params = filter_sql(self.db.conn, filters)
        sql = f"SELECT c.id FROM clippings c WHERE {where} ORDER BY c.id"
        return [int(r[0]) for r in self.db.execute(sql, params).fetchall()]

    def ensure_exist(self, ids: Iterable[int]) -> None:
        """NotFound, naming every missing id, unless all these clippings exist."""
        missing = [i for i in ids if not self._exists(i)]
        if missing:
            listed = ", ".join(f"#{i}" for i in missing)
            raise NotFound(f"no clipping {listed} in {self.path}; nothing was changed")

    def _exists(self, clipping_id: int) -> bool:
        row = self.db.execute("SELECT 1 FROM clippings WHERE id = ?", [clipping_id]).fetchone()
        return row is not None

    # -- edits, tags, deletes ------------------------------------------------------------

    def edit(self, clipping_id: int, changes: Mapping[str, str | None]) -> list[str]:
        """Correct metadata fields by hand; return the fields that changed.

        An empty value clears a field.  Edited fields are recorded, so a re-clean keeps them.
        """
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise BadQuery(f"cannot edit {', '.join(sorted(unknown))}")
        clean = {
            k: (" ".join(v.split()) or None) if v is not None else None for k, v in changes.items()
        }
        if clean.get("date"):
            parse_iso_date(clean["date"] or "")
        self.ensure_exist([clipping_id])
        with self._writing():
            row = self.db.execute(
                "SELECT title, source, date, author, url, evidence, edited_fields "
                "FROM clippings WHERE id = ?",
                [clipping_id],
            ).fetchone()
            current = dict(zip(EDITABLE_FIELDS, row[:5], strict=True))
            changed = [k for k in EDITABLE_FIELDS if k in clean and clean[k] != current[k]]
            if not changed:
                return []
            evidence = json.loads(row[5] or "{}")
            evidence.update({k: "edited by hand" for k in changed})
            edited = sorted(set(json.loads(row[6] or "[]")) | set(changed))
            sets = ", ".join(f"{k} = ?" for k in changed)
            self.db.execute(
                f"UPDATE clippings SET {sets}, evidence = ?, edited_fields = ? WHERE id = ?",
                [
                    *(clean[k] for k in changed),
                    json.dumps(evidence, ensure_ascii=False),
                    json.dumps(edited),
                    clipping_id,
                ],
            )
        return changed

    def tag(self, clipping_id: int, names: list[str], *, remove: bool = False) -> tuple[str, ...]:
        """Add (or remove) tags on a clipping; return its tags afterwards."""
        wanted = normalise_tags(names)
        glued = next((t for t in wanted if "," in t), None)
        if glued is not None and not remove:
            # Shown and exported as a comma-separated list (Markdown's front matter too), a
            # tag holding a comma would read as two and come back from Markdown as two.
            apart = " ".join(glued.replace(",", " ").split())
            example = f", as in: clipper tag {clipping_id} {apart}" if apart else ""
            raise BadQuery(f"a tag cannot hold a comma ({glued!r}): give each tag apart{example}")
        self.ensure_exist([clipping_id])
        with self._writing():
            row = self.db.execute("SELECT tags FROM clippings WHERE id = ?", [clipping_id])
            tags: list[str] = json.loads(row.fetchone()[0] or "[]")
            if remove:
                drop = {t.casefold() for t in wanted}
                tags = [t for t in tags if t.casefold() not in drop]
            else:
                tags = normalise_tags(tags + wanted)
            self.db.execute(
                "UPDATE clippings SET tags = ? WHERE id = ?",
                [json.dumps(tags, ensure_ascii=False), clipping_id],
            )
        return tuple(tags)

    def delete(self, ids: list[int]) -> None:
        """Remove clippings, with their links and signatures; none if any id is unknown."""
        self.ensure_exist(ids)
        with self._writing():
            for cid in ids:
                self._forget_copies(cid)
                self.db.execute("DELETE FROM clippings WHERE id = ?", [cid])

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction, taken before reading, so a read-modify-write is atomic."""
        try:
            with self.db.conn:
                self.db.execute("BEGIN IMMEDIATE")
                yield
        except sqlite3.OperationalError as e:
            raise ArchiveError(f"cannot write to archive {self.path}: {e}") from e

    # -- re-clean ------------------------------------------------------------------------

    def replace_cleaned(
        self, clipping_id: int, fields: dict[str, Any], signature: bytes | None
    ) -> int | None:
        """Store a re-cleaned clipping's fields; the id of another clipping it now duplicates."""
        from .models import content_hash, word_count

        if "body" in fields:
            digest = content_hash(fields["body"])
            row = self.db.execute(
                "SELECT id FROM clippings WHERE content_hash = ? AND id != ?", [digest, clipping_id]
            ).fetchone()
            if row is not None:
                return int(row[0])
            fields = {**fields, "content_hash": digest, "word_count": word_count(fields["body"])}
        sets = ", ".join(f"{k} = ?" for k in fields)
        try:
            with self.db.conn:
                self.db.execute(
                    f"UPDATE clippings SET {sets} WHERE id = ?", [*fields.values(), clipping_id]
                )
                if "body" in fields or not self.has_signature(clipping_id):
                    self._forget_copies(clipping_id)
                    self._link_copies(clipping_id, signature)
        except sqlite3.OperationalError as e:
            raise ArchiveError(f"cannot write to archive {self.path}: {e}") from e
        return None

    def has_signature(self, clipping_id: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM clipping_minhash WHERE clipping_id = ?", [clipping_id]
        ).fetchone()
        return row is not None

    # -- syndicated copies ---------------------------------------------------------------

    def copies(self, clipping_id: int) -> list[SyndicatedCopy]:
        """The other clippings linked to this one as copies of the same story, most alike first."""
        rows = self.db.execute(
            "SELECT c.id, c.source, c.title, l.similarity FROM clipping_links l "
            "JOIN clippings c ON c.id = CASE WHEN l.a = ? THEN l.b ELSE l.a END "
            "WHERE l.a = ? OR l.b = ? ORDER BY l.similarity DESC, c.id",
            [clipping_id, clipping_id, clipping_id],
        ).fetchall()
        return [SyndicatedCopy(int(r[0]), r[1], r[2], round(float(r[3]), 3)) for r in rows]

    def story(self, clipping_id: int) -> set[int]:
        """This clipping and every clipping linked to it, directly or through others."""
        seen = {clipping_id}
        todo = [clipping_id]
        while todo:
            cid = todo.pop()
            for (other,) in self.db.execute(
                "SELECT b FROM clipping_links WHERE a = ? UNION SELECT a FROM clipping_links "
                "WHERE b = ?",
                [cid, cid],
            ).fetchall():
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    def collapse_stories(self, ranked_ids: list[int], limit: int) -> tuple[list[int], int]:
        """The best-ranked clipping of each story among ranked ids (at most `limit`), and how
        many stories there are in all."""
        covered: set[int] = set()
        kept: list[int] = []
        stories = 0
        for cid in ranked_ids:
            if cid in covered:
                continue
            stories += 1
            covered |= self.story(cid)
            if len(kept) < limit:
                kept.append(cid)
        return kept, stories

    def _link_copies(self, clipping_id: int, signature: bytes | None) -> None:
        """Store a clipping's signature and link it to stored near-duplicates (in a transaction)."""
        self._link_batch([(clipping_id, signature)])

    def _link_batch(self, new: list[tuple[int, bytes | None]]) -> None:
        """Store new clippings' signatures and link each to its stored near-duplicates.

        Within a transaction, for clippings given in id order: each is compared with the stored
        clippings and with those before it in the batch, as if added one at a time.  The
        archive is asked once per band for the whole batch, and once for the signatures to
        compare with.
        """
        from .syndication import band_hashes

        signed = [(cid, sig, band_hashes(sig)) for cid, sig in new if sig is not None]
        if not signed:
            return
        members = self._band_members(signed)
        matches: dict[int, list[int]] = {}
        band_rows: list[tuple[int, int, int]] = []  # (band, hash, clipping) rows to store
        for cid, _, bands in signed:
            shared: Counter[int] = Counter()
            for key in enumerate(bands):
                shared.update(members[key])
            shared.pop(cid, None)
            # The candidates sharing most bands are the likeliest copies; links are followed
            # transitively (`story`), so a story republished hundreds of times stays one story
            # while each new copy is compared with a bounded number of others.
            best = shared.most_common(MAX_LINK_CANDIDATES)
            matches[cid] = sorted(other for other, _ in best)
            for key in enumerate(bands):
                if len(members[key]) < BAND_MEMBERS_KEPT:
                    members[key].append(cid)
                    band_rows.append((*key, cid))
        self._store_links(signed, matches, band_rows)

    def _band_members(
        self, signed: list[tuple[int, bytes, list[int]]]
    ) -> defaultdict[tuple[int, int], list[int]]:
        """The stored clippings holding each (band, hash) of the new clippings: the first
        BAND_MEMBERS_KEPT (archives stored before that limit may hold more rows)."""
        from .syndication import BANDS

        members: defaultdict[tuple[int, int], list[int]] = defaultdict(list)
        for band in range(BANDS):
            hashes = sorted({bands[band] for _, _, bands in signed})
            rows = self.db.conn.execute(
                "SELECT hash, clipping_id FROM clipping_bands "
                "WHERE band = ? AND hash IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                [band, json.dumps(hashes)],
            )
            for value, cid in rows:
                kept = members[(band, value)]
                if len(kept) < BAND_MEMBERS_KEPT:
                    kept.append(cid)
        return members

    def _store_links(
        self,
        signed: list[tuple[int, bytes, list[int]]],
        matches: dict[int, list[int]],
        band_rows: list[tuple[int, int, int]],
    ) -> None:
        """Compare each new clipping with its candidates; store links, signatures and bands."""
        import numpy as np

        from .syndication import THRESHOLD, VALUE_BYTES

        dtype = f"<u{VALUE_BYTES}"
        values = {cid: np.frombuffer(sig, dtype=dtype) for cid, sig, _ in signed}
        wanted = sorted({o for others in matches.values() for o in others} - values.keys())
        for cid, sig in self.db.conn.execute(
            "SELECT clipping_id, signature FROM clipping_minhash "
            "WHERE clipping_id IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted)],
        ):
            if len(sig) % VALUE_BYTES == 0:  # anything else is no signature of ours: no link
                values[cid] = np.frombuffer(bytes(sig), dtype=dtype)
        links: list[tuple[int, int, float]] = []
        for cid, others in matches.items():
            mine = values[cid]
            # Signatures of another length (or none stored) cannot be compared: no link.
            others = [o for o in others if o in values and len(values[o]) == len(mine) > 0]
            if not others:
                continue
            same = np.count_nonzero(np.stack([values[o] for o in others]) == mine, axis=1)
            for other, count in zip(others, same.tolist(), strict=True):
                score = count / len(mine)
                if score >= THRESHOLD:
                    links.append((min(other, cid), max(other, cid), score))
        conn = self.db.conn
        conn.executemany(
            "INSERT OR REPLACE INTO clipping_links (a, b, similarity) VALUES (?, ?, ?)", links
        )
        conn.executemany(
            "INSERT OR REPLACE INTO clipping_minhash (clipping_id, signature) VALUES (?, ?)",
            [(cid, sig) for cid, sig, _ in signed],
        )
        conn.executemany(
            "INSERT INTO clipping_bands (band, hash, clipping_id) VALUES (?, ?, ?)", band_rows
        )

    def _forget_copies(self, clipping_id: int) -> None:
        self.db.execute("DELETE FROM clipping_links WHERE a = ? OR b = ?", [clipping_id] * 2)
        self.db.execute("DELETE FROM clipping_minhash WHERE clipping_id = ?", [clipping_id])
        self.db.execute("DELETE FROM clipping_bands WHERE clipping_id = ?", [clipping_id])
