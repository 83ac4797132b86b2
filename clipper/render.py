"""Turning clippings and search hits into terminal output, safely: page text is hostile."""

from __future__ import annotations

import codecs
import json
import re
import sys
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .models import MARK_END, MARK_START, Clipping, SearchHit, SyndicatedCopy

if TYPE_CHECKING:
    from .check import CheckReport

# Escape sequences a page could use to drive the terminal: CSI (cursor moves, colours),
# OSC (window titles, hyperlinks), and the other ESC-introduced forms.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, ended by BEL or ST
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # other two-character escapes, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
# Control characters (C0 but newline and tab, DEL, C1) and the bidi overrides that can make
# text display in another order than it is stored.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str | None) -> str:
    """Page text with everything that could drive a terminal removed."""
    if not text:
        return ""
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text.replace(MARK_START, "").replace(MARK_END, ""))


def one_line(text: str | None) -> str:
    """Terminal-safe text on a single line."""
    return " ".join(safe(text).split())


def highlighted(snippet: str) -> Text:
    """A snippet with its matched words in bold, from the archive's highlight markers."""
    out = Text()
    for i, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        out.append(re.sub(r"\s+", " ", safe(part)), style="bold yellow" if i % 2 else "")
    return out


def search_results(
    hits: list[SearchHit], total: int, *, unit: tuple[str, str] = ("clipping", "clippings")
) -> RenderableType:
    """Search hits as a table, with a count line ("3 of 12 clippings", or stories)."""
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=True)
    table.add_column("id", justify="right", style="cyan", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("source", style="green", overflow="fold")
    table.add_column("title and snippet", overflow="fold", ratio=1)
    for hit in hits:
        cell = Text(one_line(hit.title) or "(untitled)", style="bold")
        cell.append("\n")
        cell.append_text(highlighted(hit.snippet))
        table.add_row(
            str(hit.id), Text(one_line(hit.date) or "—"), Text(one_line(hit.source) or "—"), cell
        )
    shown = f"{len(hits)} of {total} {unit[0] if total == 1 else unit[1]}"
    return Group(table, Text(shown, style="dim"))


def copies_line(copies: list[SyndicatedCopy]) -> str:
    """ "#12 (Japan Times), #31 (Nikkei)": the other clippings of the same story."""
    return ", ".join(f"#{c.id} ({one_line(c.source) or 'unknown source'})" for c in copies)


def clipping_view(
    clipping: Clipping, *, copies: list[SyndicatedCopy] | None = None
) -> RenderableType:
    """One clipping: headline, metadata, then the body as paragraphs."""
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
    table = Table("field", "value", "found in", show_header=True, header_style="bold")
    for field in ("title", "source", "date", "author", "url", "language"):
        value = getattr(clipping, field)
        table.add_row(
            field, Text(one_line(value) or "—"), Text(one_line(clipping.evidence.get(field)) or "—")
        )
    return table


# Characters JSON may carry raw but a terminal would act on (DEL, C1 controls such as the 8-bit
# CSI, bidi overrides) or a JavaScript reader would choke on (line and paragraph separators).
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def print_json(data: Any) -> None:
    """JSON for scripts: the stored text faithfully, control characters escaped by JSON."""
    # A stdout that cannot carry all of Unicode (a legacy console code page) gets pure ASCII.
    text = json.dumps(data, ensure_ascii=not _stdout_is_utf8(), indent=2)
    # Outside strings json.dumps writes only ASCII, so these can only be inside strings,
    # where a \uXXXX escape means exactly the same character.
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def _stdout_is_utf8() -> bool:
    try:
        return codecs.lookup(getattr(sys.stdout, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        return False


def message(console: Console, text: str, *values: str, style: str = "") -> None:
    """Print a message whose `{}` slots are filled with page or user text, escaped."""
    filled = text.format(*(escape(one_line(v)) for v in values))
    console.print(filled, style=style, highlight=False, soft_wrap=True)


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
