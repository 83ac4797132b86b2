"""Commands that only read the archive start fast: they never import trafilatura or lxml."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clipper.cli import app

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("trafilatura", "lxml", "htmldate", "justext")

# Runs one clipper command in a fresh interpreter, then prints the heavy modules it loaded.
PROBE = """
import json, sys
from clipper.cli import main
sys.argv = ["clipper", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})
print("\\nLOADED=" + json.dumps(heavy))
"""


def loaded_after(*args: str) -> list[str]:
    probe = PROBE.format(heavy=set(HEAVY))
    result = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    line = result.stdout.rsplit("LOADED=", 1)[-1]
    return json.loads(line)


def command_names() -> set[str]:
    return {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}


@pytest.mark.parametrize(
    "args",
    [("--help",), ("search", "harbour"), ("search", "harbour", "--json"), ("show", "1"), ("list",)],
)
def test_reading_commands_do_not_load_the_html_cleaner(imported, db_path, args):
    if args[0] != "--help" and args[0] not in command_names():
        pytest.skip(f"no `clipper {args[0]}` command in this version")
    db = () if args[0] == "--help" else ("--db", str(db_path))
    assert loaded_after(*args, *db) == []


def test_the_probe_does_see_the_cleaner_when_a_command_loads_it(db_path, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><p>"
        + "The council voted on Tuesday to repair the old pier before winter. " * 5
        + "</p></article></body></html>"
    )
    assert "trafilatura" in loaded_after("import", str(page), "--db", str(db_path))
