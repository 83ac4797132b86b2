"""Commands for the archive over years: export, edit, delete, tag, reclean, serve.

Registered on cli.py's `app` (cli.py imports this module); like cli.py, they only parse
options, call the library and render.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, cast

import typer

from .cli import _parse_id, app, console, err_console
from .cli_args import QueryCommand
from .cli_options import (
    DEFAULT_DB,
    AuthorOption,
    DbOption,
    ImportedSinceOption,
    JsonOption,
    SinceOption,
    SourceOption,
    TagOption,
    UntilOption,
)
from .entry import announce_upgrade
from .errors import BadQuery, ClipperError, NotFound

if TYPE_CHECKING:
    from .filters import ClippingFilter
    from .models import Clipping
    from .reclean import Change

# A re-clean lists this many changed clippings; --json has them all.
MAX_LISTED_CHANGES = 20

QueryArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="QUERY",
        help="Only clippings matching this search query (several words are one query).",
        show_default=False,
    ),
]


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def _filter(
    query: str | None,
    source: list[str] | None,
    since: str | None,
    until: str | None,
    tag: list[str] | None,
    author: list[str] | None,
    imported_since: str | None = None,
) -> ClippingFilter:
    from .filters import build_filter

    return build_filter(
        query,
        sources=source,
        since=since,
        until=until,
        tags=tag,
        authors=author,
        imported_since=imported_since,
    )


@app.command(cls=QueryCommand)
def export(
    query: QueryArgument = None,
    db: DbOption = Path(DEFAULT_DB),
    format_: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl (default), csv or markdown.")
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write (default, or -: standard output); a folder for markdown.",
        ),
    ] = None,
    source: SourceOption = None,
    author: AuthorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    imported_since: ImportedSinceOption = None,
    tag: TagOption = None,
    no_raw: Annotated[
        bool, typer.Option("--no-raw", help="JSON Lines without the original pages (smaller).")
    ] = False,
) -> None:
    """Write clippings out: JSON Lines (import reads it back), CSV, or Markdown files."""
    from .archive import Archive
    from .export import refuse_archive_files, replacing, write_markdown

    # `export senkaku islands`: one query; `export ""` a query too, with no words (refused)
    query_text = " ".join(query) if query is not None else None
    filters = _filter(query_text, source, since, until, tag, author, imported_since)
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as `import -` reads standard input
    if format_ is ExportFormat.markdown and output is None:
        raise BadQuery("Markdown export writes one file a clipping: give a folder with --output")
    if output is not None:
        refuse_archive_files(output, db)
    with Archive(db, readonly=True, on_upgrade=announce_upgrade) as archive:
        # Only JSON Lines carries the original pages, and not with --no-raw: none are read then.
        with_raw = format_ is ExportFormat.jsonl and not no_raw
        clippings = archive.iter_clippings(filters, include_raw=with_raw)
        # Nothing is opened before the first clipping is read: a query with a typo must not
        # replace a backup with an empty file.
        first = next(clippings, None)
        if first is None:
            raise NotFound(_nothing_to_export(query_text, filters, db, output))
        clippings = itertools.chain([first], clippings)
        if format_ is ExportFormat.markdown:
            assert output is not None
            count = write_markdown(clippings, output)
        elif output is None:
            count = _write_stream(format_, clippings, _for_pages(sys.stdout), no_raw=no_raw)
        else:
            try:
                with replacing(output) as out:  # -o /dev/tty: a terminal all the same
                    count = _write_stream(format_, clippings, _for_pages(out), no_raw=no_raw)
            except OSError as e:
                raise ClipperError(f"cannot write {output}: {e.strerror}") from e
    target = f" to {output}" if output else ""
    err_console.print(f"Exported {count} clipping{'s' if count != 1 else ''}{target}.")


def _for_pages(out: TextIO) -> TextIO:
    """An output to write page text raw to: into a pipe or a file as it is, to a terminal
    without what could drive it (escape sequences, control characters)."""
    if not out.isatty():
        return out
    from .terminal import SafeTerminal

    return cast("TextIO", SafeTerminal(out))


def _nothing_to_export(
    query: str | None, filters: ClippingFilter, db: Path, output: Path | None
) -> str:
    """Why an export wrote nothing, and that the output is untouched.

    An export of nothing is an error, as a search that finds nothing is, even from an empty
    archive: an empty backup replacing a full one is never what was meant.
    """
    kept = f"; {output} is left as it was" if output is not None and output.exists() else ""
    return f"{_none_matched(query, filters, db)}: nothing exported{kept}"


def _none_matched(query: str | None, filters: ClippingFilter, db: Path) -> str:
    """That no clipping matched the query and filters, or that the archive holds none."""
    from .terminal import brief

    by_query = brief(query) if query is not None and filters.match else None
    by_options = not filters._replace(match=None).is_empty
    if by_query and by_options:
        return f"no clippings match {by_query} with these filters"
    if by_query:
        return f"no clippings match {by_query}"
    if by_options:
        return "no clippings match these filters"
    return f"{db} holds no clippings"


def _write_stream(
    fmt: ExportFormat, clippings: Iterable[Clipping], out: TextIO, *, no_raw: bool
) -> int:
    from .export import write_csv, write_jsonl

    if fmt is ExportFormat.csv:
        return write_csv(clippings, out)
    return write_jsonl(clippings, out, include_raw=not no_raw)


@app.command()
def edit(
    clipping_id: Annotated[
        str, typer.Argument(metavar="ID", help="The clipping's id.", show_default=False)
    ],
    db: DbOption = Path(DEFAULT_DB),
    title: Annotated[str | None, typer.Option("--title", help="The correct headline.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="The correct publication.")] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="The correct date, YYYY-MM-DD.")
    ] = None,
    author: Annotated[str | None, typer.Option("--author", help="The correct byline.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's address.")] = None,
    json_out: JsonOption = False,
) -> None:
    """Correct a clipping's metadata; an empty value ("") clears a field.  Re-clean keeps it."""
    from .archive import Archive
    from .render import message, print_json

    cid = _parse_id(clipping_id)
    given = {"title": title, "source": source, "date": date, "author": author, "url": url}
    changes = {k: v for k, v in given.items() if v is not None}
    if not changes:
        raise BadQuery("nothing to change: give --title, --source, --date, --author or --url")
    with Archive(db, on_upgrade=announce_upgrade) as archive:
        changed = archive.edit(cid, changes)
        clipping = archive.get(cid)
    if json_out:
        print_json({**clipping.as_dict(), "changed": changed})
    elif changed:
        message(console, "Edited #{}: {}.", str(cid), ", ".join(changed))
    else:
        message(console, "#{} already has those values.", str(cid))


def _stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


@app.command()
def delete(
    clipping_ids: Annotated[
        list[str], typer.Argument(metavar="ID...", help="The clippings' ids.", show_default=False)
    ],
    db: DbOption = Path(DEFAULT_DB),
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Remove clippings from the archive, after asking (unless --yes)."""
    from .archive import Archive
    from .render import message, print_json

    ids = list(dict.fromkeys(_parse_id(i) for i in clipping_ids))
    with Archive(db, on_upgrade=announce_upgrade) as archive:
        archive.ensure_exist(ids)
        if not yes:
            if not _stdin_is_terminal():
                raise ClipperError("not deleting: no terminal to confirm on; add --yes to delete")
            for cid in ids:
                title = archive.get(cid).title
                message(err_console, "#{} {}", str(cid), title or "(untitled)")
            plural = "s" if len(ids) != 1 else ""
            if not typer.confirm(f"Delete {len(ids)} clipping{plural}?", err=True):
                err_console.print("Nothing deleted.")
                raise typer.Exit(1)
        archive.delete(ids)
    if json_out:
        print_json({"deleted": ids})
        return
    listed = ", ".join(f"#{i}" for i in ids)
    console.print(f"Deleted {listed}.")


@app.command()
def tag(
    clipping_id: Annotated[
        str, typer.Argument(metavar="ID", help="The clipping's id.", show_default=False)
    ],
    names: Annotated[
        list[str], typer.Argument(metavar="NAME...", help="Tags.", show_default=False)
    ],
    db: DbOption = Path(DEFAULT_DB),
    remove: Annotated[bool, typer.Option("--remove", "-r", help="Remove these tags.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Label a clipping with tags (or remove them with --remove)."""
    from .archive import Archive
    from .render import message, print_json

    cid = _parse_id(clipping_id)
    with Archive(db, on_upgrade=announce_upgrade) as archive:
        tags = archive.tag(cid, names, remove=remove)
    if json_out:
        print_json({"id": cid, "tags": list(tags)})
    else:
        message(console, "#{} tags: {}", str(cid), ", ".join(tags) or "(none)")


@app.command(cls=QueryCommand)
def reclean(
    query: QueryArgument = None,
    db: DbOption = Path(DEFAULT_DB),
    source: SourceOption = None,
    author: AuthorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    imported_since: ImportedSinceOption = None,
    tag: TagOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would change; change nothing.")
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """Re-run today's cleaner on the stored original pages; fields you edited are kept."""
    from rich.progress import Progress

    from .archive import Archive
    from .reclean import reclean as run_reclean
    from .render import message, print_json

    query_text = " ".join(query) if query is not None else None  # several words are one query
    filters = _filter(query_text, source, since, until, tag, author, imported_since)
    with (
        # A dry run only reads: it works on a read-only archive, as search does.
        Archive(db, readonly=dry_run, on_upgrade=announce_upgrade) as archive,
        Progress(console=err_console, transient=True) as bar,
    ):
        task = bar.add_task("Re-cleaning", total=None)
        report = run_reclean(
            archive,
            filters,
            dry_run=dry_run,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    # A query or filters that match nothing are an error, as in search and export (a typo
    # must not read as "nothing to change").
    none_matched = not (report.checked or report.skipped or report.failed) and not filters.is_empty
    if json_out:
        print_json(report.as_dict())
        if none_matched:
            raise typer.Exit(1)
        return
    if none_matched:
        raise ClipperError(f"{_none_matched(query_text, filters, db)}: nothing re-cleaned")
    for change in report.changed[:MAX_LISTED_CHANGES]:
        message(
            console, "#{} {}: {}", str(change.id), change.title or "(untitled)", _summary(change)
        )
    if len(report.changed) > MAX_LISTED_CHANGES:
        console.print(f"… and {len(report.changed) - MAX_LISTED_CHANGES} more (--json lists all)")
    for cid, reason in report.skipped + report.failed:
        message(err_console, "[yellow]#{}:[/yellow] {}", str(cid), reason)
    verb = "Would change" if dry_run else "Changed"
    console.print(
        f"Re-cleaned {report.checked} clipping{'s' if report.checked != 1 else ''} with cleaner "
        f"{report.cleaner_version}. {verb} {len(report.changed)}, unchanged {report.unchanged}, "
        f"skipped {len(report.skipped)}, failed {len(report.failed)}.",
        soft_wrap=True,
    )
    if report.failed:
        raise typer.Exit(1)


def _summary(change: Change) -> str:
    parts = []
    for name in change.fields:
        if name == "body":
            parts.append(f"body +{change.words_added} -{change.words_removed} words")
        else:
            parts.append(name)
    text = ", ".join(parts)
    if change.duplicate_of is not None:
        text += f" (not changed: the new text is clipping #{change.duplicate_of}'s)"
    return text


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    port: Annotated[
        int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")
    ] = 8001,
    open_browser: Annotated[
        bool, typer.Option("--open/--no-open", help="Open a browser on the archive.")
    ] = False,
    print_metadata: Annotated[
        bool, typer.Option("--metadata", help="Print the Datasette metadata and exit.")
    ] = False,
) -> None:
    """Browse and search the archive in Datasette on 127.0.0.1 (pip install 'clipper[web]')."""
    from .render import message, print_json
    from .web import metadata
    from .web import serve as run_server

    if print_metadata:
        print_json(metadata(db))
        return
    run_server(
        db,
        port=port,
        open_browser=open_browser,
        on_upgrade=announce_upgrade,
        on_start=lambda url: message(
            err_console, "Serving {} at {} (Ctrl-C to stop)", str(db), url
        ),
    )
