"""The `clipper` command: parse options, call the library, render.  No SQL, no parsing here."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from . import __version__
from .errors import ClipperError

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

DEFAULT_DB = "archive.db"


class _Commands(TyperGroup):
    """Turns library errors into "Error: ..." and exit 1, and Ctrl-C into exit 130: one place."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # in the order defined, not alphabetical

    def invoke(self, ctx: Any) -> Any:
        from .render import message

        try:
            return super().invoke(ctx)
        except ClipperError as e:
            message(err_console, "[red]Error:[/red] {}", str(e))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err_console.print("Interrupted.")
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=_Commands,
    help="clipper: a news-clipping archive. Import saved pages, search them, read them again.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    Path,
    typer.Option(
        "--db", envvar="CLIPPER_DB", help="Archive file (default ./archive.db).", show_default=False
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _version(value: bool) -> None:
    if value:
        console.print(f"clipper {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    pass


@app.command("import")
def import_(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders of saved pages (text or HTML); '-' reads standard input.",
            show_default=False,
        ),
    ],
    db: DbOption = Path(DEFAULT_DB),
    source: Annotated[
        str | None, typer.Option("--source", help="Publication name for every page of this import.")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes cleaning pages at once (default: all cores).",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="No progress bar or line per page; failures and summary."
        ),
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Clean saved pages and add them to the archive; an article already there is kept once."""
    from .archive import Archive
    from .import_view import ImportView
    from .importer import import_pages
    from .readers import iter_pages

    view = ImportView.for_paths(paths, console, err_console, json_out=json_out, quiet=quiet)
    with Archive(db, create=True) as archive:
        before = archive.count()
        try:
            with view:
                report = import_pages(
                    archive, iter_pages(paths), jobs=jobs, source=source, on_page=view.page
                )
        except KeyboardInterrupt:
            view.interrupted(archive.count() - before)
            raise
    view.finish(report)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to find.", show_default=False)],
    db: DbOption = Path(DEFAULT_DB),
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=1, max=10_000, help="Show at most this many results."),
    ] = 20,
    json_out: JsonOption = False,
) -> None:
    """Find clippings, best match first.

    Query language: words (all must match), "exact phrases", OR, NOT word or -word,
    prefix*, parentheses, and title: / source: before a word or phrase.  Punctuated words
    such as U.S. or Sino-Japanese match as written.
    """
    from .archive import Archive
    from .query import to_match
    from .render import message, print_json, search_results

    match = to_match(query)
    with Archive(db) as archive:
        hits, total = archive.search(match, limit=limit)
    if json_out:
        print_json([hit.as_dict() for hit in hits])
    elif hits:
        console.print(search_results(hits, total))
    if not hits:
        message(err_console, "No clippings match {}.", query)
        raise typer.Exit(1)


@app.command()
def show(
    clipping_id: Annotated[
        str, typer.Argument(metavar="ID", help="The clipping's id.", show_default=False)
    ],
    db: DbOption = Path(DEFAULT_DB),
    explain: Annotated[
        bool, typer.Option("--explain", help="Say where each field came from.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Print one clipping: title, source, date, author, url, origin and the article."""
    from .archive import Archive
    from .render import clipping_view, print_json
    from .render import explain as explain_view

    cid = _parse_id(clipping_id)
    with Archive(db) as archive:
        clipping = archive.get(cid)
    if json_out:
        print_json(clipping.as_dict())
    elif explain:
        console.print(explain_view(clipping))
    else:
        console.print(clipping_view(clipping))


def _parse_id(text: str) -> int:
    from .errors import NotFound

    stripped = text.strip().lstrip("#")
    if not stripped.isascii() or not stripped.isdigit() or len(stripped) > 18:
        raise NotFound(f"{text!r} is not a clipping id; ids are numbers such as 3")
    return int(stripped)


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()
