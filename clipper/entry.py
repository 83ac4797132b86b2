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
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .errors import ClipperError
from .jsonout import write_json

if TYPE_CHECKING:
    from rich.console import Console

DEFAULT_DB = "archive.db"
SORTS = ("relevance", "newest", "oldest")
MAX_LIMIT = 10_000
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
}
FLAG_OPTIONS = {"--json": "json_out", "--collapse": "collapse"}
# Options that may be given more than once.
REPEATABLE = ("source", "tag")


@dataclass
class SearchArgs:
    """`clipper search` as typed: the query and every option."""

    query: str
    db: Path = field(default_factory=lambda: Path(os.environ.get("CLIPPER_DB") or DEFAULT_DB))
    source: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    imported_since: str | None = None
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    json_out: bool = False
    tag: list[str] = field(default_factory=list)
    collapse: bool = False


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
        name, eq, inline = arg.partition("=")
        if arg == "--":
            positional += argv[i + 1 :]
            break
        if arg in FLAG_OPTIONS:
            flags.add(FLAG_OPTIONS[arg])
        elif name in VALUE_OPTIONS and (eq or i + 1 < len(argv)):
            if not eq:
                i += 1
                inline = argv[i]
            values.setdefault(VALUE_OPTIONS[name], []).append(inline)
        elif arg.startswith("-") and arg != "-":
            return None
        else:
            positional.append(arg)
        i += 1
    if len(positional) != 1 or any(len(v) > 1 for k, v in values.items() if k not in REPEATABLE):
        return None
    return _typed(positional[0], {k: v[-1] for k, v in values.items()}, values, flags)


def _typed(
    query: str, one: dict[str, str], many: dict[str, list[str]], flags: set[str]
) -> SearchArgs | None:
    args = SearchArgs(
        query,
        source=many.get("source", []),
        tag=many.get("tag", []),
        json_out="json_out" in flags,
        collapse="collapse" in flags,
    )
    for name in ("since", "until", "imported_since"):
        setattr(args, name, one.get(name))
    if "db" in one:
        args.db = Path(one["db"])
    if one.get("sort", "relevance") not in SORTS:
        return None
    args.sort = one.get("sort", "relevance")
    for name, low in (("limit", 1), ("offset", 0)):
        text = one.get(name)
        if text is None:
            continue
        if not text.isascii() or not text.strip().isdigit():
            return None
        number = int(text)
        if not low <= number <= (MAX_LIMIT if name == "limit" else sys.maxsize):
            return None
        setattr(args, name, number)
    return args


def run_search_quickly(args: SearchArgs) -> int:
    """Run a search outside typer, with the CLI's error handling; the exit status.

    rich loads only when something is printed through it: `--json` results do without.
    """
    consoles = _Consoles()
    try:
        return run_search(args, consoles.get)
    except ClipperError as e:
        from .render import message

        message(consoles.get()[1], "[red]Error:[/red] {}", str(e))
        return 1
    except KeyboardInterrupt:
        consoles.get()[1].print("Interrupted.")
        return 130


class _Consoles:
    """The results and messages consoles, made on first use."""

    def __init__(self) -> None:
        self.made: tuple[Console, Console] | None = None

    def get(self) -> tuple[Console, Console]:
        if self.made is None:
            from rich.console import Console

            self.made = (
                Console(highlight=False, color_system=color_system()),
                Console(stderr=True, highlight=False, color_system=color_system()),
            )
        return self.made


def run_search(args: SearchArgs, consoles: Callable[[], tuple[Console, Console]]) -> int:
    """Search the archive and print the results; the exit status (1: nothing found).

    `consoles()` gives the (results, messages) consoles when they are needed.
    """
    from .archive import Archive
    from .filters import SearchOptions, make_filters
    from .search_query import parse_search

    parsed = parse_search(args.query)
    filters = make_filters(args.source, args.since, args.until, args.imported_since, args.tag)
    options = SearchOptions(filters, args.sort, args.limit, args.offset, args.collapse)
    with Archive(args.db, readonly=True) as archive:
        hits, total = archive.search(parsed, options)
    if args.json_out:
        write_json([hit.as_dict() for hit in hits])
    elif hits:
        from .render import print_results, search_results

        unit = ("story", "stories") if args.collapse else ("clipping", "clippings")
        print_results(consoles()[0], search_results(hits, total, offset=args.offset, unit=unit))
    if hits:
        return 0
    from .render import message

    if total:
        message(consoles()[1], "No more results: {} clippings match.", str(total))
    else:
        message(consoles()[1], "No clippings match {}.", args.query)
    return 1


def color_system() -> Literal["auto"] | None:
    """None (plain text, not even bold) when NO_COLOR is set; else let rich decide."""
    return None if os.environ.get("NO_COLOR") else "auto"
