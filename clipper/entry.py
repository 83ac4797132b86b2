"""The `clipper` entry point, with a quick road for `clipper search`.

typer 0.29 builds every option through pydantic, and importing the two costs a search more
than the search itself (about 130 ms of a 250 ms run on a quiet machine).  So a well-formed
`clipper search ...` is read here, without typer, and run by `run_search`, the same function
the typer command calls; anything else (`--help`, an unknown option, a bad value, another
command) goes to the typer app, which gives the usual help and usage errors.
`tests/test_entry.py` checks that this reader knows exactly the options of the typer command.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections import namedtuple

from .errors import ClipperError

# Nothing here may load typing, dataclasses or pathlib: each costs a search more than its SQL
# (see clipper/hits.py and benchmarks/search_speed.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Literal

    from rich.console import Console

    from .filters import SearchOptions
    from .hits import SearchHit
    from .search_query import SearchQuery

DEFAULT_DB = "archive.db"
SORTS = ("relevance", "newest", "oldest")
MAX_LIMIT = 10_000
# Far past the end of any archive, far below what SQLite can bind (a larger number was an
# OverflowError traceback).
MAX_OFFSET = 1_000_000_000
# Options taking a value, by every name, as the typer command declares them.
VALUE_OPTIONS = {
    "--db": "db",
    "--source": "source",
    "-s": "source",
    "--since": "since",
    "--until": "until",
    "--imported-since": "imported_since",
    "--sort": "sort",
    "--limit": "limit",
    "-n": "limit",
    "--offset": "offset",
    "--tag": "tag",
    "--author": "author",
}
FLAG_OPTIONS = {"--json": "json_out", "--collapse": "collapse"}
# Options that may be given more than once.
REPEATABLE = ("source", "tag", "author")


class SearchArgs(
    namedtuple(
        "SearchArgs",
        ["query", "db", "source", "since", "until", "imported_since", "sort", "limit", "offset",
         "json_out", "tag", "collapse", "author"],
        defaults=(None, (), None, None, None, "relevance", 20, 0, False, (), False, ()),
    )
):  # fmt: skip
    """`clipper search` as typed: the query and every option."""

    __slots__ = ()
    query: str
    db: str | Path | None  # None: $CLIPPER_DB, else ./archive.db
    source: tuple[str, ...]
    since: str | None
    until: str | None
    imported_since: str | None
    sort: str
    limit: int
    offset: int
    json_out: bool
    tag: tuple[str, ...]
    collapse: bool
    author: tuple[str, ...]


def main() -> None:
    """Console-script entry point."""
    argv = sys.argv[1:]
    if argv[:1] == ["search"]:
        args = read_search_args(argv[1:])
        if args is not None:
            sys.exit(run_search_quickly(args))
    from .cli import main as cli_main

    cli_main()


def read_search_args(argv: list[str]) -> SearchArgs | None:
    """The arguments of a well-formed search; None for anything typer should answer."""
    values: dict[str, list[str]] = {}
    flags: set[str] = set()
    positional: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        # "=" joins a value to a long option only (`--limit=5`), as click reads it.
        name, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if arg == "--":
            positional += argv[i + 1 :]
            break
        if arg in FLAG_OPTIONS:
            flags.add(FLAG_OPTIONS[arg])
        elif name in VALUE_OPTIONS:
            if not eq and i + 1 >= len(argv):
                return None  # no value
            if not eq:
                i += 1
                inline = argv[i]
            values.setdefault(VALUE_OPTIONS[name], []).append(inline)
        elif arg.startswith("--"):
            return None  # an option search lacks
        elif arg[:2] in VALUE_OPTIONS and arg[2:].isdecimal():
            return None  # "-n5": the typer command says how to write it
        else:
            # A word, even one starting with "-" (`-taiwan` excludes taiwan): the query's, as
            # the typer command (cli_args.QueryCommand) reads it.
            positional.append(arg)
        i += 1
    if not positional or any(len(v) > 1 for k, v in values.items() if k not in REPEATABLE):
        return None
    # Several words are one query, as the typer command joins them.
    return _typed(" ".join(positional), {k: v[-1] for k, v in values.items()}, values, flags)


def _typed(
    query: str, one: dict[str, str], many: dict[str, list[str]], flags: set[str]
) -> SearchArgs | None:
    if one.get("sort", "relevance") not in SORTS:
        return None
    numbers: dict[str, int] = {}
    for name, low in (("limit", 1), ("offset", 0)):
        text = one.get(name)
        if text is None:
            continue
        if not text.isascii() or not text.strip().isdigit():
            return None
        number = int(text)
        if not low <= number <= (MAX_LIMIT if name == "limit" else MAX_OFFSET):
            return None
        numbers[name] = number
    return SearchArgs(
        query,
        db=one.get("db"),
        source=tuple(many.get("source", ())),
        since=one.get("since"),
        until=one.get("until"),
        imported_since=one.get("imported_since"),
        sort=one.get("sort", "relevance"),
        json_out="json_out" in flags,
        tag=tuple(many.get("tag", ())),
        collapse="collapse" in flags,
        author=tuple(many.get("author", ())),
        **numbers,
    )


def run_search_quickly(args: SearchArgs) -> int:
    """Run a search outside typer, with the CLI's error handling; the exit status.

    rich loads only when something is printed through it: `--json` results do without.
    """
    consoles = _Consoles()
    try:
        return run_search(args, consoles.get, stdout_is_terminal)
    except (ClipperError, sqlite3.DatabaseError) as e:
        report_error(consoles.get()[1], e)
        return 1
    except KeyboardInterrupt:
        consoles.get()[1].print("Interrupted.")
        return 130


def report_error(console: Console, e: ClipperError | sqlite3.DatabaseError) -> None:
    """Say what went wrong in one line: a library error's own words, or what a failure of
    SQLite in the middle of a command (a file damaged since it was opened) means."""
    from .archive_open import failure_message
    from .render import message

    why = failure_message(e) if isinstance(e, sqlite3.DatabaseError) else str(e)
    message(console, "[red]Error:[/red] {}", why)


def new_console(*, stderr: bool = False) -> Console:
    """A console as every command prints with: no guessed highlighting, no emoji codes."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, emoji=False, color_system=color_system())


class _Consoles:
    """The results and messages consoles, made on first use."""

    def __init__(self) -> None:
        self.made: tuple[Console, Console] | None = None

    def get(self) -> tuple[Console, Console]:
        if self.made is None:
            self.made = (new_console(), new_console(stderr=True))
        return self.made


def run_search(
    args: SearchArgs,
    consoles: Callable[[], tuple[Console, Console]],
    terminal: Callable[[], bool],
) -> int:
    """Search the archive and print the results; the exit status (1: nothing found).

    `consoles()` gives the (results, messages) consoles when they are needed; `terminal()`
    says whether results go to a terminal (rich, wrapped to its width) or to a program (plain
    text, printed without loading rich).
    """
    from .filters import SearchOptions, make_filters
    from .search_query import parse_search

    parsed = parse_search(args.query)
    filters = make_filters(
        list(args.source),
        args.since,
        args.until,
        args.imported_since,
        list(args.tag),
        list(args.author),
    )
    options = SearchOptions(filters, args.sort, args.limit, args.offset, args.collapse)
    # An empty --db is refused when the archive is opened, not replaced by the default.
    db = str(args.db if args.db is not None else os.environ.get("CLIPPER_DB") or DEFAULT_DB)
    hits, total = search_archive(db, parsed, options)
    unit = ("story", "stories") if args.collapse else ("clipping", "clippings")
    if args.json_out:
        from .jsonout import write_json

        write_json([hit.as_dict() for hit in hits])
        from .terminal import more_note

        note = more_note(len(hits), total, args.offset, unit=unit)
        if note:  # on stderr: the JSON list stays as it was for scripts
            print(note, file=sys.stderr)
    elif hits and terminal():
        from .render import print_results, search_results

        print_results(consoles()[0], search_results(hits, total, offset=args.offset, unit=unit))
    elif hits:
        from .terminal import plain_results

        plain_results(sys.stdout, hits, total, offset=args.offset, unit=unit)
    if hits:
        return 0
    from .render import message
    from .terminal import brief

    if total:
        message(consoles()[1], "No more results: {} clippings match.", str(total))
    elif filters.is_empty():
        message(consoles()[1], "No clippings match {}.", brief(args.query))
    else:  # the filters may be what excludes every match: say they were there
        message(consoles()[1], "No clippings match {} with these filters.", brief(args.query))
    return 1


def search_archive(
    db: str, parsed: SearchQuery, options: SearchOptions
) -> tuple[list[SearchHit], int]:
    """The page of hits and the total, read without loading the archive's write side when
    the archive is current; `Archive` upgrades an older one and groups syndicated copies."""
    from . import archive_search
    from .archive_open import open_for_reading

    conn = None if options.collapse else open_for_reading(db)
    if conn is None:
        from .archive import Archive

        with Archive(db, readonly=True, on_upgrade=announce_upgrade) as archive:
            return archive.search(parsed, options)
    try:
        return archive_search.search(conn, parsed, options)
    finally:
        conn.close()


def announce_upgrade(path: Path, steps: list[str]) -> None:
    """Say on stderr that an archive made by an older clipper is being upgraded, before the
    command's own output: on a large archive a step can take a minute, once."""
    from .terminal import safe

    print(
        f"Upgrading archive {safe(str(path))} for this version of clipper "
        f"({len(steps)} step{'s' if len(steps) != 1 else ''}, done once; "
        "a large archive may take a minute)...",
        file=sys.stderr,
        flush=True,
    )


def stdout_is_terminal() -> bool:
    """Whether rich would take stdout for a terminal: the same environment variables
    (TTY_COMPATIBLE, FORCE_COLOR) and the same test, without loading rich."""
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force != ""
    try:
        return sys.stdout.isatty()
    except ValueError:  # closed
        return False


def color_system() -> Literal["auto"] | None:
    """None (plain text, not even bold) when NO_COLOR is set; else let rich decide."""
    return None if os.environ.get("NO_COLOR") else "auto"
