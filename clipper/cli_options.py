"""The options several commands share (--db, --json, the filters), declared once."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .entry import MAX_OFFSET

DEFAULT_DB = "archive.db"


def archive_path(value: str | Path) -> Path:
    """--db's value as a path, refused when empty: Path("") would be the working folder."""
    from .archive_open import check_archive_path

    check_archive_path(str(value))
    return Path(value)


def _db_before_command(ctx: typer.Context, value: Path) -> Path:
    """The archive a command works on: its own --db, else one given before the command's name
    (`clipper --db PATH search ...`, kept by the main callback), else CLIPPER_DB or the
    default."""
    given = ctx.find_root().obj
    # By the enum's name: typer may bring a click of its own, with its own enum.
    source = ctx.get_parameter_source("db")
    if given and getattr(source, "name", None) != "COMMANDLINE":
        return Path(given)
    return value


DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="CLIPPER_DB",
        parser=archive_path,
        callback=_db_before_command,
        metavar="PATH",
        help="Archive file (default ./archive.db).",
        show_default=False,
    ),
]
# --db before the command's name: for every command, as the commands' own --db says.
MainDbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="PATH",
        help="Archive file for the command (default ./archive.db, or CLIPPER_DB).",
        show_default=False,
    ),
]
TagOption = Annotated[
    list[str] | None,
    typer.Option(
        "--tag", metavar="TAG", help="Only clippings with this tag (repeat: all of them)."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


class Sort(str, Enum):
    relevance = "relevance"
    newest = "newest"
    oldest = "oldest"


SourceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--source",
        "-s",
        metavar="NAME",
        help="Only clippings from this source (repeatable; any case).",
        show_default=False,
    ),
]
AuthorOption = Annotated[
    list[str] | None,
    typer.Option(
        "--author",
        metavar="NAME",
        help="Only clippings whose byline holds this name (repeatable; any case or accents).",
        show_default=False,
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="DATE",
        help="Published on or after: 2017, 2017-11 or 2017-11-12.",
        show_default=False,
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        "--until",
        metavar="DATE",
        help="Published on or before (2017 means to the end of 2017).",
        show_default=False,
    ),
]
ImportedSinceOption = Annotated[
    str | None,
    typer.Option(
        "--imported-since",
        metavar="DATE",
        help="Clipped (imported) on or after.",
        show_default=False,
    ),
]
LimitOption = Annotated[
    int,
    typer.Option("--limit", "-n", metavar="N", min=1, max=10_000, help="Show at most this many."),
]
OffsetOption = Annotated[
    int,
    typer.Option(
        "--offset", metavar="N", min=0, max=MAX_OFFSET, help="Skip this many first (the next page)."
    ),
]
