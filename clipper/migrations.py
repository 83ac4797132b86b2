"""Numbered schema steps, recorded in the archive, so an old archive upgrades in place.

Each step runs once, in order, inside a transaction; its name is recorded in
`_clipper_migrations`.  An archive that records a step this version of clipper does not know
was written by a newer clipper, and is refused rather than risked.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from .errors import ArchiveError

# typing.TYPE_CHECKING without importing typing, which `clipper search` would pay for.
TYPE_CHECKING = False
if TYPE_CHECKING:  # sqlite-utils loads numpy: import it only when a step must run
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]
MIGRATIONS: list[tuple[str, Migration]] = []

# unicode61 with diacritics removed so "Tokyo" finds "Tōkyō"; porter so "agree" finds "agreed"
# (porter leaves short names such as "Abe" or "Xi" alone).
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"


def migration(fn: Migration) -> Migration:
    """Register a schema step; steps run in the order they are defined."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_clippings(db: sqlite_utils.Database) -> None:
    db["clippings"].create(  # type: ignore[union-attr]
        {
            "id": int,
            "title": str,
            "source": str,
            "date": str,
            "author": str,
            "url": str,
            "origin": str,
            "body": str,
            "language": str,
            "word_count": int,
            "content_hash": str,
            "imported_at": str,
            "evidence": str,
            "raw_kind": str,
            "raw": str,
        },
        pk="id",
        not_null={"body", "content_hash", "imported_at"},
        if_not_exists=True,
    )
    db["clippings"].create_index(["content_hash"], unique=True, if_not_exists=True)  # type: ignore[union-attr]
    db["clippings"].create_index(["date"], if_not_exists=True)  # type: ignore[union-attr]
    db["clippings"].create_index(["source"], if_not_exists=True)  # type: ignore[union-attr]
    db["clippings"].enable_fts(  # type: ignore[union-attr]
        ["title", "body", "source"], create_triggers=True, tokenize=FTS_TOKENIZE, replace=True
    )


def schema_version() -> int:
    """The number of schema steps this clipper knows."""
    return len(MIGRATIONS)


def pending_migrations(db: sqlite_utils.Database) -> list[str]:
    """The schema steps the archive lacks, found without writing anything.

    Raises ArchiveError for a SQLite file that is not a clipper archive, and for an archive
    written by a newer clipper, before anything could change them.
    """
    tables = set(db.table_names())
    if "_clipper_migrations" not in tables:
        if tables:
            raise ArchiveError(
                "this file is a SQLite database but not a clipper archive; "
                "give another file name with --db"
            )
        return [name for name, _ in MIGRATIONS]
    done = {row[0] for row in db.execute("SELECT name FROM _clipper_migrations").fetchall()}
    unknown = done - {name for name, _ in MIGRATIONS}
    if unknown:
        raise ArchiveError(
            "this archive was written by a newer version of clipper "
            f"(schema steps {', '.join(sorted(unknown))}); upgrade clipper to open it"
        )
    return [name for name, _ in MIGRATIONS if name not in done]


def applied_migrations(db: sqlite_utils.Database) -> list[str]:
    """The schema steps recorded in the archive, oldest first."""
    if "_clipper_migrations" not in db.table_names():
        return []
    return [row[0] for row in db.execute("SELECT name FROM _clipper_migrations ORDER BY rowid")]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every schema step the archive lacks; return the names of those applied."""
    pending_migrations(db)  # refuses foreign and newer files before anything is written
    db.execute(
        "CREATE TABLE IF NOT EXISTS _clipper_migrations "
        "(name TEXT PRIMARY KEY, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM _clipper_migrations").fetchall()}
    applied: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db.conn:
            fn(db)
            # OR IGNORE: another process creating the same archive at the same moment may have
            # recorded this (idempotent) step first.
            db.execute("INSERT OR IGNORE INTO _clipper_migrations (name) VALUES (?)", [name])
            db.execute(f"PRAGMA user_version = {len(done) + len(applied) + 1:d}")
        applied.append(name)
    return applied


# -- m002: search (CJK index, filters) ------------------------------------------------------

# Characters of scripts written without spaces between words (kana, CJK ideographs, Hangul
# syllables, compatibility ideographs), as a GLOB class.  unicode61 makes a whole run of them one
# token, so `中国` could never match `中国と日本`; clippings holding any of them also go to a
# trigram index, which finds any substring of three characters or more.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
CJK_GLOB = f"*[{CJK_CHARS}]*"
_HAS_CJK = (
    "(coalesce({r}.title, '') || ' ' || {r}.body || ' ' || coalesce({r}.source, '')) GLOB '"
    + CJK_GLOB
    + "'"
)


@migration
def m002_cjk_index(db: sqlite_utils.Database) -> None:
    # A table of its own (not content=clippings): only clippings with CJK text are copied in, so
    # the index stays small, and a scan for a two-character word (shorter than a trigram) reads
    # only those.  Not external-content, so sqlite-utils and Datasette still see clippings_fts
    # as the one FTS table of `clippings`.
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS clippings_cjk "
        "USING fts5(title, body, source, tokenize='trigram')"
    )
    # Each column is stored with a space after it, so a two-character word always begins a
    # trigram (at the very end, "中国 "): a word shorter than a trigram is found through the
    # index's list of trigrams starting with it (clippings_cjk_terms), not by a scan.
    insert = (
        "INSERT INTO clippings_cjk (rowid, title, body, source) "
        "SELECT {r}.id, coalesce({r}.title, '') || ' ', {r}.body || ' ', "
        "coalesce({r}.source, '') || ' ' WHERE " + _HAS_CJK
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS clippings_cjk_ai AFTER INSERT ON clippings BEGIN "
        + insert.format(r="new")
        + "; END"
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS clippings_cjk_ad AFTER DELETE ON clippings BEGIN "
        "DELETE FROM clippings_cjk WHERE rowid = old.id; END"
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS clippings_cjk_au AFTER UPDATE ON clippings BEGIN "
        "DELETE FROM clippings_cjk WHERE rowid = old.id; " + insert.format(r="new") + "; END"
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS clippings_cjk_terms "
        "USING fts5vocab(clippings_cjk, 'row')"
    )
    db.execute("DELETE FROM clippings_cjk")
    db.execute(insert.format(r="c").replace("WHERE", "FROM clippings c WHERE", 1))
    # --imported-since filters on the clip date.
    db["clippings"].create_index(["imported_at"], if_not_exists=True)  # type: ignore[union-attr]
    # What ranking and filtering read for every match, packed small: sorting 20,000 matches
    # by date through it takes a third of the time of reading their (large) clipping rows.
    db.execute(
        "CREATE INDEX IF NOT EXISTS clippings_search_cover "
        "ON clippings (id, date, source, imported_at)"
    )


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether the archive has exactly the steps this clipper knows, so nothing needs to run.

    Checked without sqlite-utils, whose import (numpy included) would cost a search more than
    the search itself.
    """
    return int(conn.execute("PRAGMA user_version").fetchone()[0]) == schema_version()


# -- m004: the archive over years (tags, edits, re-clean, syndicated copies) ------------------


@migration
def m004a_lifecycle(db: sqlite_utils.Database) -> None:
    # Tags as a JSON array column: Datasette facets it (`_facet_array=tags`) and shows it in
    # the row, and an export carries it without a join.  `edited_fields` lists the metadata
    # fields a user corrected, which a re-clean must keep; `cleaner_version` is NULL for
    # clippings stored before versions were recorded.
    db.execute("ALTER TABLE clippings ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE clippings ADD COLUMN cleaner_version TEXT")
    db.execute("ALTER TABLE clippings ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '[]'")
    # Near-duplicates (one wire story in several papers): a link per pair, a < b.
    db.execute(
        "CREATE TABLE IF NOT EXISTS clipping_links ("
        "a INTEGER NOT NULL REFERENCES clippings(id), b INTEGER NOT NULL REFERENCES clippings(id), "
        "similarity REAL NOT NULL, PRIMARY KEY (a, b))"
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_clipping_links_b ON clipping_links (b)")
    # Each clipping's MinHash signature, and its LSH band hashes as rows, so finding the
    # candidates for a new clipping is one indexed lookup per band: no index to rebuild in
    # memory, and concurrent importers see each other's clippings.
    db.execute(
        "CREATE TABLE IF NOT EXISTS clipping_minhash ("
        "clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id), signature BLOB NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS clipping_bands ("
        "band INTEGER NOT NULL, hash INTEGER NOT NULL, "
        "clipping_id INTEGER NOT NULL REFERENCES clippings(id))"
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_clipping_bands ON clipping_bands (band, hash)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_clipping_bands_clipping ON clipping_bands (clipping_id)"
    )


# -- inputs: URL identity ----------------------------------------------------------------


@migration
def m006_url_key(db: sqlite_utils.Database) -> None:
    """A normalised URL per clipping, so the same article fetched twice is stored once."""
    from .urls import url_key

    db.execute("ALTER TABLE clippings ADD COLUMN url_key TEXT")
    rows = db.execute("SELECT id, url FROM clippings WHERE url IS NOT NULL").fetchall()
    db.conn.executemany(
        "UPDATE clippings SET url_key = ? WHERE id = ?", [(url_key(url), i) for i, url in rows]
    )
    # Not unique: archives made before this step may already hold one URL twice.
    db.execute("CREATE INDEX IF NOT EXISTS idx_clippings_url_key ON clippings (url_key)")


# -- m007: a faster writer -----------------------------------------------------------------

# While clipper's writer stores a batch, a row in this table (inserted and deleted in the
# batch's transaction, so never seen by anyone else) tells the CJK insert trigger that the writer
# copies CJK clippings into the trigram index itself, deciding with a compiled regex: the
# trigger's GLOB over each clipping's whole text cost a sixth of the writer's time.  Any other
# writer (sqlite-utils, Datasette, the sqlite3 shell) still gets the trigger's full test.
CJK_BY_WRITER = "_clipper_writer_indexes_cjk"
# m002's insert trigger, as it copies a clipping holding CJK text into the trigram index.
_CJK_INSERT = (
    "INSERT INTO clippings_cjk (rowid, title, body, source) "
    "SELECT {r}.id, coalesce({r}.title, '') || ' ', {r}.body || ' ', "
    "coalesce({r}.source, '') || ' ' WHERE " + _HAS_CJK
)


@migration
def m007_cjk_by_writer(db: sqlite_utils.Database) -> None:
    db.execute(f"CREATE TABLE IF NOT EXISTS {CJK_BY_WRITER} (pid INTEGER)")
    db.execute("DROP TRIGGER IF EXISTS clippings_cjk_ai")
    db.execute(
        "CREATE TRIGGER clippings_cjk_ai AFTER INSERT ON clippings "
        f"WHEN NOT EXISTS (SELECT 1 FROM {CJK_BY_WRITER}) BEGIN "
        + _CJK_INSERT.format(r="new")
        + "; END"
    )


# -- search: --source by index ------------------------------------------------------------


@migration
def m008_source_index(db: sqlite_utils.Database) -> None:
    """Sources by index, case folded as `--source` compares them: a filtered search looks up
    the names asked for rather than reading every clipping's source.  (m001's index on source
    compares case, so it cannot serve.)"""
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_clippings_source_nocase "
        "ON clippings (source COLLATE NOCASE)"
    )


# -- syndication: signatures from word hashes ----------------------------------------------


@migration
def m009_word_hash_signatures(db: sqlite_utils.Database) -> None:
    """Recompute every stored MinHash signature and its band hashes with the scheme of
    syndication.signature, which replaced datasketch's (SHA-1 per shingle, twice as dear):
    signatures of the two schemes cannot be compared.  Links already found are kept; band
    hashes shared by many copies keep their first members only, as new imports do."""
    from . import archive_lifecycle
    from .syndication import band_hashes, signature

    db.execute("DROP INDEX IF EXISTS idx_clipping_bands")
    db.execute("DROP INDEX IF EXISTS idx_clipping_bands_clipping")
    db.execute("DELETE FROM clipping_bands")
    last = 0
    while True:  # in slices of clippings, so memory stays flat on a large archive
        rows = db.execute(
            "SELECT m.clipping_id, c.body FROM clipping_minhash m "
            "JOIN clippings c ON c.id = m.clipping_id "
            "WHERE m.clipping_id > ? ORDER BY m.clipping_id LIMIT 2000",
            [last],
        ).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        signed = [(cid, signature(body)) for cid, body in rows]
        db.conn.executemany(
            "DELETE FROM clipping_minhash WHERE clipping_id = ?",
            [(cid,) for cid, sig in signed if sig is None],
        )
        fresh = [(cid, sig) for cid, sig in signed if sig is not None]
        db.conn.executemany(
            "UPDATE clipping_minhash SET signature = ? WHERE clipping_id = ?",
            [(sig, cid) for cid, sig in fresh],
        )
        db.conn.executemany(
            "INSERT INTO clipping_bands (band, hash, clipping_id) VALUES (?, ?, ?)",
            [
                (band, value, cid)
                for cid, sig in fresh
                for band, value in enumerate(band_hashes(sig))
            ],
        )
    # As the writer keeps them: the first BAND_MEMBERS_KEPT clippings of each band hash.
    db.execute(
        "DELETE FROM clipping_bands WHERE rowid IN (SELECT rowid FROM ("
        "  SELECT rowid, row_number() OVER (PARTITION BY band, hash ORDER BY rowid) AS n"
        "  FROM clipping_bands"
        ") WHERE n > ?)",
        [archive_lifecycle.BAND_MEMBERS_KEPT],
    )
    db.execute("CREATE INDEX idx_clipping_bands ON clipping_bands (band, hash)")
    db.execute("CREATE INDEX idx_clipping_bands_clipping ON clipping_bands (clipping_id)")


# -- re-cleaning: what the reader knew ------------------------------------------------------

# The evidence an import recorded for a URL or date that came from the reader, not the page:
# a fetch's address, a WARC record's target, an archive's capture date.
_READER_URL_EVIDENCE = ("fetched URL", "final URL after redirects", "WARC-Target-URI", "reader")
_CAPTURE_DATE_EVIDENCE = "WARC-Date (capture date)"


@migration
def m010_reader_hints(db: sqlite_utils.Database) -> None:
    """What the reader knew of each raw page (its fetched or archived address, an archive's
    capture date), so that `clipper reclean` cleans with it again: without it, a re-clean
    dropped the address and capture date of pages whose markup states neither.  Clippings
    stored before this step get what their evidence shows came from the reader."""
    import json

    columns = {row[1] for row in db.execute("PRAGMA table_info(clippings)").fetchall()}
    if "reader_hints" not in columns:
        db.execute("ALTER TABLE clippings ADD COLUMN reader_hints TEXT")
    marks = ", ".join("?" * len(_READER_URL_EVIDENCE))
    rows = db.execute(
        "SELECT id, url, json_extract(evidence, '$.url'), date, json_extract(evidence, '$.date') "
        "FROM clippings WHERE json_valid(evidence) AND "
        f"(json_extract(evidence, '$.url') IN ({marks}) OR json_extract(evidence, '$.date') = ?)",
        [*_READER_URL_EVIDENCE, _CAPTURE_DATE_EVIDENCE],
    ).fetchall()
    updates = []
    for cid, url, url_evidence, date, date_evidence in rows:
        hints = {}
        if url and url_evidence in _READER_URL_EVIDENCE:
            hints["url"], hints["url_evidence"] = url, url_evidence
        if date and date_evidence == _CAPTURE_DATE_EVIDENCE:
            hints["capture_date"] = date
        updates.append((json.dumps(hints, ensure_ascii=False), cid))
    db.conn.executemany("UPDATE clippings SET reader_hints = ? WHERE id = ?", updates)


# -- ids: never reused ----------------------------------------------------------------------

# The clippings table's id column, as sqlite-utils declared it (quoted "id" now, [id] by older
# sqlite-utils), not yet AUTOINCREMENT.
_ID_COLUMN = re.compile(
    r"""(?i)(["\[`]?\bid\b["\]`]?\s+INTEGER\s+PRIMARY\s+KEY)\b(?!\s+AUTOINCREMENT)"""
)
_CLIPPINGS_HEADER = re.compile(
    r"""(?i)^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["\[`]?clippings["\]`]?"""
)
_REBUILT = "_clippings_autoincrement"


@migration
def m011_ids_never_reused(db: sqlite_utils.Database) -> None:
    """Make the clippings id AUTOINCREMENT, so an id, once given, never means another article.

    With a plain INTEGER PRIMARY KEY, SQLite gives a new row the highest id in the table plus
    one: deleting the newest clipping handed its id to the next one imported, and a note citing
    "#3" came to mean another article.  AUTOINCREMENT keeps the highest id ever given in
    sqlite_sequence and never goes below it, for every writer (sqlite-utils and Datasette too).

    SQLite cannot add AUTOINCREMENT to a table, so the table is rebuilt as SQLite's "making
    other kinds of table schema changes" describes: a copy declared AUTOINCREMENT, every row
    copied with its id, the old table dropped and the copy renamed, its indexes and triggers
    (the full-text indexes' included) made again from their stored SQL.  Ids do not change,
    so the full-text indexes (keyed by id), links, signatures and band rows stay as they are;
    the copy's inserts fire no trigger, and a dropped table's rows are dropped without any.

    An archive made before this step forgets the ids of clippings deleted after its newest
    one: nothing records them, so those ids may be given once more.  From this step on, the
    highest id given (the newest clipping's, at the upgrade) is kept and never given again.
    """
    table_sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'clippings'"
    ).fetchone()[0]
    if not _ID_COLUMN.search(table_sql):
        return  # AUTOINCREMENT already (a step recorded as not run, run again)
    rebuilt_sql, headers = _CLIPPINGS_HEADER.subn(f'CREATE TABLE "{_REBUILT}"', table_sql, 1)
    rebuilt_sql, ids = _ID_COLUMN.subn(r"\1 AUTOINCREMENT", rebuilt_sql)
    if (headers, ids) != (1, 1):
        raise ArchiveError(
            "cannot upgrade this archive: its clippings table is not declared as clipper "
            "declares it"
        )
    # Indexes and triggers go with the dropped table: kept to be made again, with any a user
    # added (an automatic index, for a UNIQUE constraint, has no SQL and comes back by itself).
    dependents = [
        sql
        for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'clippings' "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
    ]
    columns = db.execute("PRAGMA table_info(clippings)").fetchall()
    # One transaction for the whole rebuild (Python's sqlite3 would commit each DDL statement
    # on its own): a rebuild stopped halfway leaves the archive as it was.
    if not db.conn.in_transaction:
        db.execute("BEGIN IMMEDIATE")
    db.execute(rebuilt_sql)
    db.execute(f'INSERT INTO "{_REBUILT}" SELECT * FROM clippings')
    db.execute("DROP TABLE clippings")
    db.execute(f'ALTER TABLE "{_REBUILT}" RENAME TO clippings')
    for sql in dependents:
        db.execute(sql)
    if db.execute("PRAGMA table_info(clippings)").fetchall() != columns:
        raise ArchiveError("cannot upgrade this archive: its clippings table would change")


# -- m012: the byline searchable ------------------------------------------------------------

# The word index's columns from m012 on.  The byline comes last, so that the other columns keep
# their numbers (a snippet is made from column 1, the body) and bm25 takes its weights in this
# order (archive_search.BM25_WEIGHTS).
FTS_COLUMNS = ("title", "body", "source", "author")
# m002's test and copy, with the byline: a Chinese or Japanese name is one unicode61 token, so
# `author:山田` finds 山田太郎 only through the trigram index.
_HAS_CJK_WITH_AUTHOR = (
    "(coalesce({r}.title, '') || ' ' || {r}.body || ' ' || coalesce({r}.source, '') || ' ' || "
    "coalesce({r}.author, '')) GLOB '" + CJK_GLOB + "'"
)
_CJK_INSERT_WITH_AUTHOR = (
    "INSERT INTO clippings_cjk (rowid, title, body, source, author) "
    "SELECT {r}.id, coalesce({r}.title, '') || ' ', {r}.body || ' ', "
    "coalesce({r}.source, '') || ' ', coalesce({r}.author, '') || ' ' WHERE " + _HAS_CJK_WITH_AUTHOR
)


def _quoted(names: tuple[str, ...], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{name}"' for name in names)


@migration
def m012_author_search(db: sqlite_utils.Database) -> None:
    """The byline (`author`) in both full-text indexes, so a journalist's name finds what they
    wrote (`clipper search lopez`, `author:lopez`, `--author lopez`).

    FTS5 cannot add a column to an index: both are made again, with their triggers, and filled
    from the clippings.  The word index and its triggers are written as sqlite-utils'
    `enable_fts(FTS_COLUMNS, create_triggers=True, tokenize=FTS_TOKENIZE)` writes them, so
    Datasette and `sqlite-utils search` still find and search it; not through that method,
    whose `executescript` commits halfway: here the whole step is one transaction, and a step
    stopped halfway leaves the archive as it was.  Run again, it makes the same indexes.
    """
    if not db.conn.in_transaction:
        db.execute("BEGIN IMMEDIATE")
    for trigger in ("clippings_ai", "clippings_ad", "clippings_au"):
        db.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
    db.execute("DROP TABLE IF EXISTS clippings_fts")
    columns = _quoted(FTS_COLUMNS)
    db.execute(
        'CREATE VIRTUAL TABLE "clippings_fts" USING FTS5 (\n'
        f"    {columns},\n"
        f"    tokenize='{FTS_TOKENIZE}',\n"
        '    content="clippings"\n'
        ")"
    )
    db.execute(
        f'INSERT INTO "clippings_fts" (rowid, {columns}) SELECT rowid, {columns} FROM "clippings"'
    )
    new, old = _quoted(FTS_COLUMNS, "new."), _quoted(FTS_COLUMNS, "old.")
    insert = f'INSERT INTO "clippings_fts" (rowid, {columns}) VALUES (new.rowid, {new});'
    delete = (
        f'INSERT INTO "clippings_fts" ("clippings_fts", rowid, {columns}) '
        f"VALUES('delete', old.rowid, {old});"
    )
    db.execute(f'CREATE TRIGGER "clippings_ai" AFTER INSERT ON "clippings" BEGIN\n  {insert}\nEND')
    db.execute(f'CREATE TRIGGER "clippings_ad" AFTER DELETE ON "clippings" BEGIN\n  {delete}\nEND')
    db.execute(
        'CREATE TRIGGER "clippings_au" AFTER UPDATE ON "clippings" BEGIN\n'
        f"  {delete}\n  {insert}\nEND"
    )
    # The trigram index, as m002 and m007 made it, with the byline.
    for trigger in ("clippings_cjk_ai", "clippings_cjk_ad", "clippings_cjk_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS clippings_cjk_terms")
    db.execute("DROP TABLE IF EXISTS clippings_cjk")
    db.execute(
        "CREATE VIRTUAL TABLE clippings_cjk "
        "USING fts5(title, body, source, author, tokenize='trigram')"
    )
    db.execute(
        "CREATE TRIGGER clippings_cjk_ai AFTER INSERT ON clippings "
        f"WHEN NOT EXISTS (SELECT 1 FROM {CJK_BY_WRITER}) BEGIN "
        + _CJK_INSERT_WITH_AUTHOR.format(r="new")
        + "; END"
    )
    db.execute(
        "CREATE TRIGGER clippings_cjk_ad AFTER DELETE ON clippings BEGIN "
        "DELETE FROM clippings_cjk WHERE rowid = old.id; END"
    )
    db.execute(
        "CREATE TRIGGER clippings_cjk_au AFTER UPDATE ON clippings BEGIN "
        "DELETE FROM clippings_cjk WHERE rowid = old.id; "
        + _CJK_INSERT_WITH_AUTHOR.format(r="new")
        + "; END"
    )
    db.execute("CREATE VIRTUAL TABLE clippings_cjk_terms USING fts5vocab(clippings_cjk, 'row')")
    db.execute(_CJK_INSERT_WITH_AUTHOR.format(r="c").replace("WHERE", "FROM clippings c WHERE", 1))
