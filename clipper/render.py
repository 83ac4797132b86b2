"""Turning clippings and search hits into terminal output, safely: page text is hostile."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.padding import Padding
from rich.text import Text

from .filters import UNKNOWN_SOURCE
from .hits import MARK_END, MARK_START
from .terminal import count_text, one_line, safe

if TYPE_CHECKING:  # the models load dataclasses: a search printed to a terminal does without
    from rich.table import Table

    from .check import CheckReport
    from .hits import SearchHit
    from .models import ArchiveStats, Clipping, ClippingSummary, SourceSummary, SyndicatedCopy


def highlighted(snippet: str) -> Text:
    """A snippet with its matched words in bold, from the archive's highlight markers."""
    out = Text()
    for i, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        out.append(re.sub(r"\s+", " ", safe(part)), style="bold yellow" if i % 2 else "")
    return out


def search_results(
    hits: list[SearchHit],
    total: int,
    *,
    offset: int = 0,
    unit: tuple[str, str] = ("clipping", "clippings"),
) -> RenderableType:
    """Search hits as a list: id, date and source; the title; the snippet; then a count line.

    A list rather than a wide table: titles and snippets wrap under themselves at any terminal
    width, and rich renders it several times faster than a grid.
    """
    items = []
    for hit in hits:
        text = Text()
        # (The title's style on its span only: appended text would inherit a Text's own.)
        text.append(one_line(hit.title) or "(untitled)", style="bold")
        if hit.snippet:
            text.append("\n")
            text.append_text(highlighted(hit.snippet))
        items.append((hit.id, _meta_line(hit.date, hit.source), text))
    return Group(*_listed(items), count_line(len(hits), total, offset, unit=unit))


def _listed(items: list[tuple[int, Text, Text]]) -> list[RenderableType]:
    """`#id  meta` on one line, the text indented under it, a blank line between items."""
    width = max((len(str(i)) for i, _, _ in items), default=1) + 1
    out: list[RenderableType] = []
    for n, (cid, meta, text) in enumerate(items):
        head = Text(f"#{cid}".rjust(width), style="cyan")
        head.append(" ")
        head.append_text(meta)
        out.append(head)
        out.append(Padding(text, (0, 0, 1 if n < len(items) - 1 else 0, width + 1)))
    return out


def count_line(
    shown: int,
    total: int,
    offset: int = 0,
    *,
    unit: tuple[str, str] = ("clipping", "clippings"),
) -> Text:
    """ "N of M clippings" (or stories), and which of them when not the first page."""
    return Text(count_text(shown, total, offset, unit=unit), style="dim")


def _meta_line(date: str | None, source: str | None) -> Text:
    line = Text(one_line(date) or "undated", style="dim")
    line.append("  ")
    line.append(one_line(source) or "unknown source", style="green")
    return line


def copies_line(copies: list[SyndicatedCopy]) -> str:
    """ "#12 (Japan Times), #31 (Nikkei)": the other clippings of the same story."""
    return ", ".join(f"#{c.id} ({one_line(c.source) or 'unknown source'})" for c in copies)


def clipping_view(
    clipping: Clipping, *, copies: list[SyndicatedCopy] | None = None
) -> RenderableType:
    """One clipping: headline, metadata, then the body as paragraphs."""
    from rich.table import Table  # here: search results need no table

    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim", no_wrap=True)
    meta.add_column(overflow="fold")
    for label, value in (
        ("source", clipping.source),
        ("date", clipping.date),
        ("author", clipping.author),
        ("url", clipping.url),
        ("origin", clipping.origin),
        ("id", str(clipping.id)),
        ("imported", clipping.imported_at),
        ("words", str(clipping.word_count or "")),
        ("tags", ", ".join(clipping.tags)),
        ("also published as", copies_line(copies or [])),
    ):
        if value:
            meta.add_row(label, Text(one_line(value)))
    parts: list[RenderableType] = [
        Text(one_line(clipping.title) or "(untitled)", style="bold underline"),
        Padding(meta, (1, 0)),
    ]
    for paragraph in safe(clipping.body).split("\n\n"):
        if paragraph.strip():
            parts.append(Padding(Text(paragraph.strip()), (0, 0, 1, 0)))
    return Group(*parts)


def explain(clipping: Clipping) -> RenderableType:
    """Where each metadata field came from."""
    from rich.table import Table  # here: search results need no table

    table = Table("field", "value", "found in", show_header=True, header_style="bold")
    for field in ("title", "source", "date", "author", "url", "language"):
        value = getattr(clipping, field)
        table.add_row(
            field, Text(one_line(value) or "—"), Text(one_line(clipping.evidence.get(field)) or "—")
        )
    return table


def print_json(data: Any) -> None:
    """JSON for scripts: the stored text faithfully, control characters escaped by JSON."""
    from .jsonout import write_json

    write_json(data)


def message(console: Console, text: str, *values: str, style: str = "") -> None:
    """Print a message whose `{}` slots are filled with page or user text, escaped."""
    after = text.split("{}")[1:]  # the template's text after each slot
    escaped = []
    for value, rest in zip(values, after, strict=False):
        plain = one_line(value)
        body = plain.rstrip("\\")
        # Backslashes closing a value: rich prints a run of them before markup halved, and
        # elsewhere as they are (escape() doubles a single one, whatever follows).
        closing = (len(plain) - len(body)) * (2 if rest.startswith("[") else 1)
        escaped.append(escape(body) + "\\" * closing)
    console.print(text.format(*escaped), style=style, highlight=False, soft_wrap=True)


def check_report(console: Console, report: CheckReport) -> None:
    """What `clipper check` found, one line a check, and what to do about a problem."""
    message(console, "Archive {}", report.path)
    applied, known = report.schema
    message(console, "  schema: version {} (this clipper knows {})", str(applied), str(known))
    if report.integrity:
        for problem in report.integrity:
            message(console, "  [red]file damaged:[/red] {}", problem)
        message(
            console,
            "The archive file is damaged. Restore it from a backup, or save what SQLite can "
            "read with: sqlite3 {} .recover | sqlite3 recovered.db",
            report.path,
        )
        return
    message(console, "  file integrity: ok; {} clippings", str(report.clippings))
    for table, problems in report.indexes.items():
        state = "rebuilt, now ok" if table in report.repaired and not problems else "ok"
        if problems:
            state = "[red]" + escape("; ".join(problems)) + "[/red]"
        message(console, "  search index {}: " + state, table)
    if report.ok:
        console.print("All checks passed.")
    else:
        console.print("Problems found; `clipper check --repair` rebuilds the search indexes.")


# -- browsing: clipper list, sources, stats ---------------------------------------------------


def clipping_list(clippings: list[ClippingSummary], total: int, *, offset: int = 0) -> Group:
    """Clippings as a list like search results, without snippets."""
    items = [
        (c.id, _meta_line(c.date, c.source), Text(one_line(c.title) or "(untitled)", style="bold"))
        for c in clippings
    ]
    return Group(*_listed(items), count_line(len(clippings), total, offset))


# Space after each column of the sources table.
SOURCES_GAP = 2


def sources_table(sources: list[SourceSummary], *, width: int = 80) -> RenderableType:
    """Each source with its number of clippings and the dates they span: a table, or a list
    when `width` leaves the table's name column too narrow for the names' words, which it
    would break into pieces ("New"/"s")."""
    from rich.table import Table  # here: search results need no table

    names = [_source_name(s) for s in sources]
    counts = [str(s.count) for s in sources]
    firsts = [one_line(s.first_date) or "—" for s in sources]
    lasts = [one_line(s.last_date) or "—" for s in sources]
    others = sum(
        max(cell_len(cell) for cell in [header, *cells]) + SOURCES_GAP
        for header, cells in (("clippings", counts), ("from", firsts), ("to", lasts))
    )
    words = [word for name in names for word in ["source", *name.plain.split()]]
    if width - others - SOURCES_GAP < max(cell_len(word) for word in words):
        return _sources_list(sources, names)
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, SOURCES_GAP, 0, 0))
    table.add_column("source", style="green", overflow="fold", ratio=1)
    table.add_column("clippings", justify="right", no_wrap=True)
    table.add_column("from", no_wrap=True)
    table.add_column("to", no_wrap=True)
    for row in zip(names, counts, firsts, lasts, strict=True):
        table.add_row(row[0], *(Text(cell) for cell in row[1:]))
    return table


def _source_name(source: SourceSummary) -> Text:
    if source.source:
        return Text(one_line(source.source), style="green")
    return Text(UNKNOWN_SOURCE, style="dim")


def _sources_list(sources: list[SourceSummary], names: list[Text]) -> Group:
    """The sources table for a narrow terminal: each name on a line of its own (wrapped
    between words), its count and dates under it."""
    out: list[RenderableType] = []
    for source, name in zip(sources, names, strict=True):
        dates = "no dates"
        if source.first_date:
            dates = f"{one_line(source.first_date)} to {one_line(source.last_date)}"
        plural = "s" if source.count != 1 else ""
        out.append(name)
        out.append(Padding(Text(f"{source.count} clipping{plural}, {dates}"), (0, 0, 0, 2)))
    return Group(*out)


def stats_view(stats: ArchiveStats) -> Table:
    """The archive at a glance."""
    from rich.table import Table  # here: search results need no table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    span = f"{stats.first_date} to {stats.last_date}" if stats.first_date else "—"
    if stats.undated:
        span += f" ({stats.undated} undated)"
    imported = f"{stats.first_imported} to {stats.last_imported}" if stats.first_imported else "—"
    for label, value in (
        ("archive", stats.path),
        ("clippings", f"{stats.clippings:,}"),
        ("sources", f"{stats.sources:,}"),
        ("published", span),
        ("imported", imported),
        ("words", f"{stats.words:,}"),
        ("size", human_size(stats.size_bytes)),
        ("tags", tag_list(stats.tags)),
    ):
        grid.add_row(label, Text(one_line(value)))
    return grid


# Tags `clipper stats` names (--json gives them all).
TAGS_SHOWN = 30


def tag_list(tags: dict[str, int]) -> str:
    """Tags and their clippings, most used first: "china (3), fisheries (1)"."""
    if not tags:
        return "—"
    shown = ", ".join(f"{tag} ({count:,})" for tag, count in list(tags.items())[:TAGS_SHOWN])
    more = len(tags) - TAGS_SHOWN
    return shown + (f", and {more:,} more" if more > 0 else "")


def human_size(size: int) -> str:
    """Bytes as a person reads them: 1.4 MB."""
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1000
    return f"{size} bytes"


# The width output to a pipe or a file is laid out in: no line of a clipping is longer.
PIPE_WIDTH = 1_000_000


def print_results(console: Console, renderable: RenderableType) -> None:
    """Print results; to a pipe or file, without the padding rich adds to fill the width."""
    if console.is_terminal:
        console.print(renderable)
        return
    # As wide as it takes: a URL, a path or a paragraph broken at 80 columns is of no use to
    # grep or to a script; a pager or `fold` wraps it as its reader likes.  (print's own
    # `width` can only narrow the console's.)
    width, console.width = console.width, PIPE_WIDTH
    try:
        with console.capture() as captured:
            console.print(renderable)
    finally:
        console.width = width
    console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
