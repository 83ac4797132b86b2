"""The `clipper` command: parse options, call the library, render.  No SQL, no parsing here."""

from __future__ import annotations

import itertools
import os
import sqlite3
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .cli_args import QUERY_HELP, FiltersOnlyCommand, QueryCommand
from .cli_options import (
    DEFAULT_DB,
    AuthorOption,
    DbOption,
    ImportedSinceOption,
    JsonOption,
    LimitOption,
    MainDbOption,
    OffsetOption,
    SinceOption,
    Sort,
    SourceOption,
    TagOption,
    UntilOption,
    archive_path,
)
from .entry import announce_upgrade, new_console, report_error
from .errors import ClipperError

console = new_console()
err_console = new_console(stderr=True)


class _Commands(TyperGroup):
    """Turns library errors into "Error: ..." and exit 1, and Ctrl-C into exit 130: one place."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # in the order defined, not alphabetical

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (ClipperError, sqlite3.DatabaseError) as e:
            report_error(err_console, e)
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


def _version(value: bool) -> None:
    if value:
        console.print(f"clipper {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    db: MainDbOption = None,
) -> None:
    # Read by each command's --db (cli_options._db_before_command); checked here, where an
    # error is reported as the commands' are.
    ctx.obj = archive_path(db) if db is not None else None


@app.command("import")
def import_(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH|URL",
            help="Saved pages (text, HTML), folders, http(s) URLs, WARC/ARC archives; "
            "'-' reads standard input.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    from_file: Annotated[
        str | None,
        typer.Option(
            "--from-file", help="A list of paths and URLs to import, one a line.", metavar="LIST"
        ),
    ] = None,
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
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="A page at an address already stored, with another text (a newer version), "
            "replaces the stored page; fields you edited and tags stay.",
        ),
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Clean saved pages and add them to the archive; an article already there is kept once."""
    from .archive import Archive
    from .import_view import ImportView
    from .importer import import_pages
    from .readers import iter_listed, iter_pages

    if not paths and not from_file:
        raise typer.BadParameter("give pages to import, or --from-file LIST", param_hint="PATH|URL")
    if source is not None:
        from .errors import BadQuery
        from .filters import UNKNOWN_SOURCE, named, source_key

        (source,) = named("--source", [source])  # a blank one would store a blank name
        if source_key(source) == source_key(UNKNOWN_SOURCE):
            raise BadQuery(f"--source {source!r} is how clipper shows clippings without one")
    listed = list(paths or [])
    inputs = itertools.chain(listed, iter_listed(from_file) if from_file else [])
    # A list file's entries are not counted ahead ("-": a number of pages unknown).
    view = ImportView.for_paths(
        listed + (["-"] if from_file else []), console, err_console, json_out=json_out, quiet=quiet
    )
    with Archive(db, create=True, on_upgrade=announce_upgrade) as archive:
        before = archive.count()
        try:
            with view:
                report = import_pages(
                    archive,
                    iter_pages(inputs),
                    jobs=jobs,
                    source=source,
                    on_page=view.page,
                    update=update,
                )
        except KeyboardInterrupt:
            view.interrupted(archive.count() - before)
            raise
    view.finish(report)
    if report.failed:
        raise typer.Exit(1)


@app.command(cls=QueryCommand, epilog=QUERY_HELP)
def search(
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY",
            help="What to find (see below); several words are one query.",
            show_default=False,
        ),
    ],
    db: DbOption = Path(DEFAULT_DB),
    source: SourceOption = None,
    author: AuthorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    imported_since: ImportedSinceOption = None,
    sort: Annotated[
        Sort, typer.Option("--sort", help="relevance (bm25, title first), newest or oldest.")
    ] = Sort.relevance,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    tag: TagOption = None,
    collapse: Annotated[
        bool, typer.Option("--collapse", help="One result per story: hide syndicated copies.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Find clippings, best match first, with the matched words highlighted."""
    from .entry import SearchArgs, run_search

    args = SearchArgs(
        " ".join(query),  # `clipper search senkaku islands`: one query, as if quoted
        db,
        tuple(source or ()),
        since,
        until,
        imported_since,
        sort.value,
        limit,
        offset,
        json_out,
        tuple(tag or ()),
        collapse,
        tuple(author or ()),
    )
    code = run_search(args, lambda: (console, err_console), lambda: console.is_terminal)
    if code:
        raise typer.Exit(code)


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
    from .render import clipping_view, print_json, print_results
    from .render import explain as explain_view

    cid = _parse_id(clipping_id)
    with Archive(db, readonly=True, on_upgrade=announce_upgrade) as archive:
        clipping = archive.get(cid)
        copies = archive.copies(cid)
    if json_out:
        print_json({**clipping.as_dict(), "also_published_as": [c.as_dict() for c in copies]})
    elif explain:
        print_results(console, explain_view(clipping))
    else:
        print_results(console, clipping_view(clipping, copies=copies))


@app.command()
def check(
    db: DbOption = Path(DEFAULT_DB),
    repair: Annotated[
        bool, typer.Option("--repair", help="Rebuild search indexes that are out of step.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Check the archive: file integrity, search index in step with the clippings, schema."""
    from .check import check_archive
    from .render import check_report, print_json

    report = check_archive(db, repair=repair, on_upgrade=announce_upgrade)
    if json_out:
        print_json(report.as_dict())
    else:
        check_report(console, report)
    if not report.ok:
        raise typer.Exit(1)


# -- browsing ---------------------------------------------------------------------------------


@app.command("list", cls=FiltersOnlyCommand)
def list_(
    db: DbOption = Path(DEFAULT_DB),
    source: SourceOption = None,
    author: AuthorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    imported_since: ImportedSinceOption = None,
    oldest: Annotated[bool, typer.Option("--oldest", help="Oldest first.")] = False,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    tag: TagOption = None,
    json_out: JsonOption = False,
) -> None:
    """List clippings, newest first; the same filters as search."""
    from .archive import Archive
    from .filters import SearchOptions, make_filters
    from .render import clipping_list, message, print_json, print_results

    filters = make_filters(source, since, until, imported_since, tag, author)
    options = SearchOptions(filters, "oldest" if oldest else "newest", limit, offset)
    with Archive(db, readonly=True, on_upgrade=announce_upgrade) as archive:
        clippings, total = archive.list_clippings(options)
        empty = not clippings and archive.count() == 0
    if json_out:
        from .terminal import more_note

        print_json([c.as_dict() for c in clippings])
        note = more_note(len(clippings), total, offset)
        if note:  # on stderr: the JSON list stays as it was for scripts
            err_console.print(note, highlight=False, soft_wrap=True)
    elif clippings:
        print_results(console, clipping_list(clippings, total, offset=offset))
    if empty:
        message(err_console, "The archive is empty; add pages with `clipper import PATH`.")
    elif not total:
        message(err_console, "No clippings match these filters.")
    elif not clippings:
        message(err_console, "No clippings here ({} match the filters).", str(total))
    if not total and not filters.is_empty():
        raise typer.Exit(1)  # filters that match nothing: as a search that finds nothing


@app.command()
def sources(db: DbOption = Path(DEFAULT_DB), json_out: JsonOption = False) -> None:
    """Each source with its number of clippings and the dates they span."""
    from .archive import Archive
    from .render import message, print_json, print_results, sources_table

    with Archive(db, readonly=True, on_upgrade=announce_upgrade) as archive:
        found = archive.sources()
    if json_out:
        print_json([s.as_dict() for s in found])
    elif found:
        print_results(console, sources_table(found, width=console.width))
    else:
        message(err_console, "The archive is empty; add pages with `clipper import PATH`.")


@app.command()
def stats(db: DbOption = Path(DEFAULT_DB), json_out: JsonOption = False) -> None:
    """The archive at a glance: clippings, sources, date span, size."""
    from .archive import Archive
    from .render import print_json, print_results, stats_view

    with Archive(db, readonly=True, on_upgrade=announce_upgrade) as archive:
        found = archive.stats()
    if json_out:
        print_json(found.as_dict())
    else:
        print_results(console, stats_view(found))


def _parse_id(text: str) -> int:
    from .errors import NotFound

    stripped = text.strip().lstrip("#")
    if not stripped.isascii() or not stripped.isdigit() or len(stripped) > 18:
        raise NotFound(f"{text!r} is not a clipping id; ids are numbers such as 3")
    return int(stripped)


# The archive over years: export, edit, delete, tag, reclean, serve (registered on `app`).
from . import cli_lifecycle  # noqa: E402, F401


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C while options are parsed, before a command runs
        err_console.print("Interrupted.")
        raise SystemExit(130) from None
