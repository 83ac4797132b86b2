"""`clipper check`: is an archive sound, is its search index in step with its clippings?"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .archive import Archive


@dataclass
class CheckReport:
    """What `check_archive` found, and what it repaired."""

    path: str
    clippings: int = 0
    schema: tuple[int, int] = (0, 0)  # (steps applied, steps this clipper knows)
    integrity: list[str] = field(default_factory=list)  # SQLite's complaints; empty: sound
    indexes: dict[str, list[str]] = field(default_factory=dict)  # FTS table -> its problems
    repaired: list[str] = field(default_factory=list)  # indexes rebuilt by --repair

    @property
    def ok(self) -> bool:
        return not self.integrity and not any(self.indexes.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ok": self.ok,
            "clippings": self.clippings,
            "schema_version": self.schema[0],
            "schema_version_known": self.schema[1],
            "integrity": self.integrity or ["ok"],
            "indexes": {name: problems or ["ok"] for name, problems in self.indexes.items()},
            "repaired": self.repaired,
        }


def check_archive(
    path: Path,
    *,
    repair: bool = False,
    on_upgrade: Callable[[Path, list[str]], None] | None = None,
) -> CheckReport:
    """Check an archive's file, schema and search indexes; rebuild broken indexes on `repair`.

    Without `repair` a read-only archive is checked too, without being written to.
    """
    with Archive(path, readonly=not repair, on_upgrade=on_upgrade) as archive:
        report = CheckReport(str(path), schema=archive.schema_steps())
        report.integrity = archive.integrity_problems()
        if report.integrity:
            # A damaged file: counting or rebuilding would read damaged pages; say so and stop.
            return report
        report.clippings = archive.count()
        for table in archive.fts_tables():
            report.indexes[table] = archive.fts_problems(table)
            if repair and report.indexes[table]:
                archive.rebuild_fts(table)
                report.repaired.append(table)
                report.indexes[table] = archive.fts_problems(table)
    return report
