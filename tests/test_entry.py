"""The quick road for `clipper search`: the typer command's options and output, a light start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from clipper import Archive, Clipping
from clipper.cli import app
from clipper.entry import FLAG_OPTIONS, VALUE_OPTIONS, read_search_args

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def archive(db_path: Path) -> Path:
    with Archive(db_path, create=True) as a:
        a.add(
            Clipping(
                body="The ferry to Busan runs daily.",
                title="Ferry",
                source="Reuters",
                date="2010-01-05",
            )
        )
        a.add(
            Clipping(
                body="A ferry to Jeju was delayed.",
                title="Delay",
                source="Yonhap",
                date="2012-02-01",
            )
        )
    return db_path


def clipper(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "CLIPPER_DB")
    }
    environ.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=environ, check=False
    )


def test_the_quick_reader_knows_exactly_the_options_of_the_search_command():
    command = typer.main.get_command(app).commands["search"]  # type: ignore[attr-defined]
    declared = {opt for p in command.params if p.param_type_name == "option" for opt in p.opts}
    assert declared - {"--help"} == set(VALUE_OPTIONS) | set(FLAG_OPTIONS)


def test_the_quick_reader_reads_every_option():
    args = read_search_args(
        ["china", "--db=x.db", "-s", "A", "--source", "B", "--since", "2017", "--until=2018-02",
         "--imported-since", "2020", "--sort", "oldest", "-n", "5", "--offset", "10", "--json"]
    )  # fmt: skip
    assert args is not None
    assert (args.query, args.db, args.source, args.sort) == ("china", "x.db", ("A", "B"), "oldest")
    assert (args.since, args.until, args.imported_since) == ("2017", "2018-02", "2020")
    assert (args.limit, args.offset, args.json_out) == (5, 10, True)
    assert read_search_args(["--", "-taiwan"]).query == "-taiwan"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["a", "--bogus"],
        ["a", "--sort", "best"],
        ["a", "--limit", "0"],
        ["a", "--limit", "x"],
        ["a", "--offset", "-1"],
        ["a", "--offset", "99999999999999999999"],
        ["a", "--db"],
        ["a", "--db", "x", "--db", "y"],
        ["-n"],
        ["-taiwan", "--limit"],
        ["-taiwan", "--limit=x"],
        ["-taiwan", "--bogus=1"],
        ["-taiwan", "--json=1"],
    ],
)
def test_anything_unusual_is_left_to_typer(argv):
    assert read_search_args(argv) is None


@pytest.mark.parametrize(
    "argv",
    [
        ["-taiwan china"],
        ["-busan"],
        ["-n", "1", "-north ferry"],
        ["-senkaku", "--json", "--source", "-s"],
        ["-n=5"],
        ["-", "--tag", "--json"],
        ["--json", "--", "-n"],
        ["senkaku", "islands", "-n", "2"],
        ["-taiwan", "china", "--json"],
    ],
)
def test_the_quick_reader_and_typer_read_a_query_starting_with_minus_alike(argv):
    command = typer.main.get_command(app).commands["search"]  # type: ignore[attr-defined]
    params = command.make_context("search", list(argv)).params
    args = read_search_args(argv)
    assert args is not None
    assert (args.query, args.limit, args.json_out, args.source, args.tag) == (
        " ".join(params["query"]),
        params["limit"],
        params["json_out"],
        tuple(params["source"] or ()),
        tuple(params["tag"] or ()),
    )


def test_a_quick_search_reads_a_query_starting_with_minus(archive):
    result = clipper("-m", "clipper", "search", "-jeju ferry", "--db", str(archive), "--json")
    assert result.returncode == 0, result.stderr
    assert [hit["title"] for hit in json.loads(result.stdout)] == ["Ferry"]


def test_quick_and_typer_searches_print_the_same(archive, run):
    quick = clipper("-m", "clipper", "search", "ferry", "--db", str(archive), "--json")
    assert quick.returncode == 0, quick.stderr
    assert json.loads(quick.stdout) == json.loads(run("search", "ferry", "--json").stdout)
    quick = clipper("-m", "clipper", "search", "ferry", "--db", str(archive), "-s", "yonhap")
    assert quick.stdout == run("search", "ferry", "-s", "yonhap").stdout


def test_quick_search_errors_read_like_the_cli(archive, tmp_path):
    result = clipper("-m", "clipper", "search", "ferry", "--db", str(archive), "--since", "soon")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: --since 'soon' is not a date")
    result = clipper("-m", "clipper", "search", "ferry", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and "clipper import" in result.stderr
    result = clipper("-m", "clipper", "search", "ferry", "--sort", "best", "--db", str(archive))
    assert result.returncode == 2 and "best" in result.stderr


def test_no_color_means_plain_text_even_on_a_forced_terminal(archive):
    colored = clipper("-m", "clipper", "search", "ferry", "--db", str(archive), FORCE_COLOR="1")
    assert "\x1b[" in colored.stdout
    plain = clipper(
        "-m", "clipper", "search", "ferry", "--db", str(archive), FORCE_COLOR="1", NO_COLOR="1"
    )
    assert "\x1b" not in plain.stdout and "2 of 2 clippings" in plain.stdout
    piped = clipper("-m", "clipper", "search", "ferry", "--db", str(archive))
    assert "\x1b" not in piped.stdout


def test_search_starts_without_the_heavy_libraries(archive):
    result = clipper("-X", "importtime", "-m", "clipper", "search", "ferry", "--db", str(archive))
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines()}
    heavy = {
        "typer",
        "pydantic",
        "trafilatura",
        "lxml",
        "charset_normalizer",
        "sqlite_utils",
        "numpy",
    }
    assert not imported & heavy


def test_json_search_does_without_rich(archive):
    result = clipper(
        "-X", "importtime", "-m", "clipper", "search", "ferry", "--json", "--db", str(archive)
    )
    assert result.returncode == 0 and json.loads(result.stdout)
    assert " rich" not in result.stderr and "| rich." not in result.stderr


def test_quick_search_reads_the_archive_from_clipper_db(archive):
    result = clipper("-m", "clipper", "search", "jeju", "--json", CLIPPER_DB=str(archive))
    assert result.returncode == 0
    assert [hit["title"] for hit in json.loads(result.stdout)] == ["Delay"]


@pytest.mark.parametrize("argv", [["china", "-n5"], ["-n2", "china"], ["--limit=2", "-n5"]])
def test_a_short_option_glued_to_its_number_is_refused_with_how_to_write_it(run, argv):
    assert read_search_args(argv) is None  # left to typer, which explains
    result = run("search", *argv)
    assert result.exit_code == 2
    assert f"write -n {argv[[a[:2] for a in argv].index('-n')][2:]}, with a space" in result.stderr
