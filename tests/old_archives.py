"""Archives as an older clipper left them, for the tests of the upgrade steps."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from clipper.migrations import MIGRATIONS


def schema_before(path: Path, step_name: str) -> sqlite_utils.Database:
    """A new archive at `path` with every schema step before `step_name` applied and recorded
    as the clipper of that time recorded them; open, for the test to add its rows."""
    db = sqlite_utils.Database(path)
    db.execute("CREATE TABLE _clipper_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    steps = 0
    for name, step in MIGRATIONS:
        if name == step_name:
            break
        with db.conn:
            step(db)
            db.execute("INSERT INTO _clipper_migrations (name) VALUES (?)", [name])
        steps += 1
    else:
        raise ValueError(f"no schema step {step_name}")
    db.execute(f"PRAGMA user_version = {steps}")
    return db
