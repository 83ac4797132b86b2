"""Page text is hostile: it can never drive the terminal or inject rich markup."""

from __future__ import annotations

import json
import sqlite3

import pytest

from clipper.archive import Archive
from clipper.models import Clipping

CLEAR_SCREEN = "\x1b[2J"
WINDOW_TITLE = "\x1b]0;pwned\x07"
HYPERLINK = "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\"
MARKUP = "[bold red]x[/]"
NAME_MARKUP = "[bold red]x"  # a file name cannot hold "/"
HOSTILE = (
    f"Senkaku {CLEAR_SCREEN}talks{WINDOW_TITLE} resumed, {HYPERLINK} said\rHIDDEN\b\b "
    f"{MARKUP} \x9b31m eight-bit \u202edesrever\u202c \x07bell\x00"
)
# What a page must never get onto the terminal: ESC, BEL, CR, BS, the 8-bit CSI, bidi override.
FORBIDDEN = ("\x1b", "\x07", "\r", "\b", "\x9b", "\u202e")


@pytest.fixture
def hostile(db_path, run):
    """An archive holding one clipping whose every field is hostile."""
    body = "\n\n".join([HOSTILE] * 3)
    with Archive(db_path, create=True) as archive:
        archive.add(
            Clipping(
                body=body,
                title="Title " + HOSTILE,
                source="Source " + MARKUP,
                date="2014-11-07" + CLEAR_SCREEN + "[blink]",
                author=WINDOW_TITLE + "Ann",
                url="http://example.com/" + CLEAR_SCREEN,
                origin="/pages/" + HYPERLINK + ".html",
            )
        )
    return run


def assert_neutralised(output: str) -> None:
    for char in FORBIDDEN:
        assert char not in output, repr(char)
    assert MARKUP in output  # shown literally, not interpreted as rich markup


def test_show_neutralises_escapes_and_shows_markup_literally(hostile):
    result = hostile("show", "1")
    assert result.exit_code == 0
    assert_neutralised(result.stdout)
    assert "Senkaku" in result.stdout and "HIDDEN" in result.stdout and "link" in result.stdout


def test_show_explain_neutralises_escapes(hostile):
    result = hostile("show", "1", "--explain")
    assert result.exit_code == 0
    for char in FORBIDDEN:
        assert char not in result.stdout


def test_search_results_neutralise_escapes(hostile):
    result = hostile("search", "Senkaku")
    assert result.exit_code == 0
    assert_neutralised(result.stdout)
    assert "[blink]" in result.stdout  # even a field that should only hold a date


def test_list_and_sources_neutralise_escapes(hostile):
    for command in (("list",), ("sources",), ("stats",)):
        result = hostile(*command)
        assert result.exit_code == 0, command
        if command != ("stats",):
            assert MARKUP in result.stdout, command  # shown literally
        for char in FORBIDDEN:
            assert char not in result.stdout, (command, repr(char))


def test_a_query_echoed_in_a_message_is_neutralised(hostile):
    result = hostile("search", "zeppelin" + CLEAR_SCREEN + MARKUP)
    assert result.exit_code == 1
    for char in FORBIDDEN:
        assert char not in result.stderr


def test_json_keeps_the_stored_text_exactly(hostile, db_path):
    stored = (
        sqlite3.connect(db_path).execute("select title, body, origin from clippings").fetchone()
    )
    result = hostile("show", "1", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["title"], data["body"], data["origin"]) == stored
    assert "\x1b" in data["body"] and "\x9b" in data["body"]  # stored faithfully...
    for char in FORBIDDEN:
        assert char not in result.stdout  # ...but escaped in the JSON text itself


def test_search_json_is_valid_and_escaped(hostile):
    result = hostile("search", "Senkaku", "--json")
    hits = json.loads(result.stdout)
    assert "\x1b" in hits[0]["title"]
    for char in FORBIDDEN:
        assert char not in result.stdout


def test_importing_a_hostile_page_prints_no_escapes(run, tmp_path):
    page = tmp_path / ("page " + NAME_MARKUP + CLEAR_SCREEN + ".html")
    paragraphs = "".join(
        f"<p>{HOSTILE} and the officials met again on Tuesday to continue the talks.</p>"
        for _ in range(4)
    )
    page.write_text(
        f"<html><head><title>Talks {WINDOW_TITLE}{MARKUP} resume</title></head>"
        f"<body><article><h1>Talks {CLEAR_SCREEN}{MARKUP} resume</h1>{paragraphs}</article>"
        "</body></html>"
    )
    result = run("import", str(page))
    assert result.exit_code == 0, result.output
    for char in FORBIDDEN:
        assert char not in result.stdout and char not in result.stderr
    assert MARKUP in result.stdout  # the title shown literally


def test_emoji_codes_and_a_closing_backslash_in_messages_are_shown_as_written(run, tmp_path):
    page = tmp_path / "pipeline.txt"
    title = "Pipeline :warning: fails again at :thumbs_up: plant \\"
    prose = (
        "The pipeline operator said on Monday that the section had failed again, the third "
        "time this year that the line was shut down for repairs."
    )
    page.write_text(f"{title}\n\nBy Carl Jones\n\n{prose}\n\n{prose}\n", encoding="utf-8")
    result = run("import", str(page))
    assert f"added #1 {title}\n" in result.stdout
    result = run("tag", "1", ":fire:")
    assert "#1 tags: :fire:" in result.stdout
    result = run("search", "x:fire:y")
    assert ":fire:" in result.stderr


def test_a_hostile_file_name_in_an_error_is_neutralised(run, tmp_path):
    page = tmp_path / ("empty " + NAME_MARKUP + WINDOW_TITLE + ".txt")
    page.write_text("")
    result = run("import", str(page))
    assert "empty page" in result.stderr
    assert NAME_MARKUP in result.stderr
    for char in FORBIDDEN:
        assert char not in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_export_to_a_terminal_neutralises_escapes(hostile, monkeypatch, fmt):
    import typer.testing

    # The runner's standard output, seen as a terminal.
    monkeypatch.setattr(typer.testing._NamedTextIOWrapper, "isatty", lambda self: True)
    result = hostile("export", "-f", fmt)
    assert result.exit_code == 0
    for char in FORBIDDEN:
        assert char not in result.stdout, repr(char)
    assert "Senkaku" in result.stdout


def test_an_export_into_a_pipe_keeps_the_stored_text_exactly(hostile):
    rows = hostile("export", "-f", "csv").stdout
    assert CLEAR_SCREEN in rows and "\u202e" in rows


def test_an_export_into_a_file_that_is_a_terminal_neutralises_escapes(hostile, monkeypatch):
    import io

    written = io.StringIO()
    written.isatty = lambda: True  # type: ignore[method-assign]  # as -o /dev/tty opens

    from contextlib import contextmanager

    import clipper.export

    @contextmanager
    def to_terminal(path):
        yield written

    monkeypatch.setattr(clipper.export, "replacing", to_terminal)
    assert hostile("export", "-f", "csv", "-o", "/dev/tty").exit_code == 0
    for char in FORBIDDEN:
        assert char not in written.getvalue(), repr(char)
    assert "Senkaku" in written.getvalue()
