"""Browsing an archive: the read-side SQL behind `Archive.list`, `sources` and `stats`.

Like archive_search.py (whose filters it shares), called only through `Archive`; every value is
bound.
"""

from __future__ import annotations

import json
import sqlite3

from .archive_search import SORT_ORDER, filter_sql, source_names
from .filters import SearchOptions, source_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from .models import ArchiveStats, ClippingSummary, SourceSummary


def list_clippings(
    conn: sqlite3.Connection, options: SearchOptions
) -> tuple[list[ClippingSummary], int]:
    """One page of the clippings the filters select, newest first unless asked otherwise."""
    from .models import ClippingSummary

    where, params = filter_sql(conn, options.filters)
    order = SORT_ORDER.get(options.sort, SORT_ORDER["newest"])
    rows = conn.execute(
        "SELECT c.id, c.title, c.source, c.date, c.url, c.author, c.word_count, c.imported_at, "
        f"c.tags FROM clippings c WHERE 1 {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, options.limit, options.offset],
    ).fetchall()
    total = conn.execute(f"SELECT count(*) FROM clippings c WHERE 1 {where}", params).fetchone()
    summaries = [
        ClippingSummary(
            id=r[0], title=r[1], source=r[2], date=r[3], url=r[4], author=r[5],
            word_count=r[6], imported_at=r[7], tags=tuple(json.loads(r[8] or "[]")),
        )
        for r in rows
    ]  # fmt: skip
    return summaries, int(total[0])


def list_sources(conn: sqlite3.Connection) -> list[SourceSummary]:
    """Every source with its number of clippings and their date range, largest first.

    Spellings `--source` takes for one source ("Cleveland", "cleveland") are one row, under
    the spelling most of its clippings have.
    """
    from .models import SourceSummary

    groups: dict[str, list[Any]] = {}
    for name, count, first, last in conn.execute(
        "SELECT source, count(*), min(date), max(date) FROM clippings GROUP BY source"
    ):
        key = source_key(name)
        group = groups.setdefault(key, [])
        group.append((name or None, count, first, last))
    out = []
    for key, rows in groups.items():
        # The most clippings, then the first in sort order (capitals first: "NJ" over "nj").
        name = min(rows, key=lambda r: (-r[1], r[0] or ""))[0] if key else None
        firsts = [r[2] for r in rows if r[2]]
        lasts = [r[3] for r in rows if r[3]]
        out.append(
            SourceSummary(
                name,
                sum(r[1] for r in rows),
                min(firsts) if firsts else None,
                max(lasts) if lasts else None,
            )
        )
    out.sort(key=lambda s: (-s.count, s.source is None, (s.source or "").casefold()))
    return out


def archive_stats(conn: sqlite3.Connection, path: Path) -> ArchiveStats:
    """Counts, date span and size of the archive."""
    from pathlib import Path

    from .models import ArchiveStats

    row = conn.execute(
        "SELECT count(*), min(date), max(date), "
        "sum(date IS NULL), coalesce(sum(word_count), 0), min(imported_at), max(imported_at) "
        "FROM clippings"
    ).fetchone()
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    return ArchiveStats(
        path=str(path),
        clippings=row[0],
        sources=len({source_key(name) for name in source_names(conn)}),  # as `sources` lists
        first_date=row[1],
        last_date=row[2],
        undated=row[3] or 0,
        words=row[4],
        first_imported=row[5],
        last_imported=row[6],
        size_bytes=size,
        tags=tag_counts(conn),
    )


def tag_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Each tag in use and how many clippings have it, most used first.  Spellings `--tag`
    takes for one tag ("China", "china") count as one, under the spelling most used."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for tag, count in conn.execute(
        "SELECT value, count(*) FROM clippings c, json_each(c.tags) GROUP BY value"
    ):
        groups.setdefault(tag_key(tag), []).append((tag, count))
    counts = {
        min(rows, key=lambda r: (-r[1], r[0]))[0]: sum(r[1] for r in rows)
        for rows in groups.values()
    }
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def tag_key(tag: str) -> str:
    """What `--tag` compares (SQLite's NOCASE: ASCII letters in any case)."""
    return tag.translate(ASCII_LOWER)
