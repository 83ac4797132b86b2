"""Shared fixtures: a path for a fresh archive, the seed pages, and a CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from clipper.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the five seed pages, so tests may add files beside them."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def run(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run a clipper command against the test archive, like a user at a terminal would."""
    monkeypatch.delenv("CLIPPER_DB", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None, db: bool = True) -> Result:
        argv = [*args, "--db", str(db_path)] if db else list(args)
        return runner.invoke(app, argv, input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def imported(run: Callable[..., Result], seeds: Path) -> Callable[..., Result]:
    """An archive holding the five seed pages."""
    result = run("import", str(seeds))
    assert result.exit_code == 0, result.output
    return run
