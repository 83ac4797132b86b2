"""Page text made safe for a terminal, and search results as plain text for pipes and files.

Kept apart from render.py (rich) so `clipper search` piped into another program, the way
scripts and benchmarks run it, prints without loading rich.
"""

from __future__ import annotations

import re

from .hits import MARK_END, MARK_START

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see clipper/hits.py
if TYPE_CHECKING:
    from typing import TextIO

    from .hits import SearchHit

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


class SafeTerminal:
    """A terminal that page text is written to raw (an export to standard output): what could
    drive it is taken out of every write, as `safe` does."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(safe(text))

    def flush(self) -> None:
        self.out.flush()


def one_line(text: str | None) -> str:
    """Terminal-safe text on a single line."""
    return " ".join(safe(text).split())


# A query quoted back in a message is cut to this many characters: a 100 KB query (a file
# pasted by mistake) must not fill the terminal again.
QUOTED_QUERY = 80


def brief(text: str, width: int = QUOTED_QUERY) -> str:
    """User text for a message: on one line, terminal-safe, cut with "…" past `width`."""
    line = one_line(text)
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    if line[width - 1] != " " and space > width // 2:
        cut = cut[:space]  # between words, not inside one
    return cut.rstrip() + "…"


def more_note(
    shown: int, total: int, offset: int = 0, *, unit: tuple[str, str] = ("clipping", "clippings")
) -> str | None:
    """For --json, whose list says nothing of what it leaves out: that more match, and how
    to get them; None when the list holds the last match."""
    if not shown or offset + shown >= total:
        return None
    return f"{count_text(shown, total, offset, unit=unit)} in the JSON; -n or --offset for more"


def plain_results(
    out: TextIO,
    hits: list[SearchHit],
    total: int,
    *,
    offset: int = 0,
    unit: tuple[str, str] = ("clipping", "clippings"),
) -> None:
    """Search hits as render.search_results lays them out, in plain text, one line per field.

    Not wrapped: a program reading the output (grep, a script) gets each title and snippet
    on one line.  Terminals get render.search_results, wrapped to their width.
    """
    width = max((len(str(hit.id)) for hit in hits), default=1) + 1
    indent = " " * (width + 1)
    lines: list[str] = []
    for hit in hits:
        if lines:
            lines.append("")
        lines.append(f"{'#' + str(hit.id):>{width}} {meta_line(hit.date, hit.source)}")
        lines.append(indent + (one_line(hit.title) or "(untitled)"))
        if hit.snippet:
            lines.append(indent + one_line(hit.snippet))
    lines.append(count_text(len(hits), total, offset, unit=unit))
    out.write("\n".join(lines) + "\n")


def meta_line(date: str | None, source: str | None) -> str:
    """ "2019-11-18  Japan Times": a hit's date and source, or what stands in for them."""
    return f"{one_line(date) or 'undated'}  {one_line(source) or 'unknown source'}"


def count_text(
    shown: int,
    total: int,
    offset: int = 0,
    *,
    unit: tuple[str, str] = ("clipping", "clippings"),
) -> str:
    """ "N of M clippings" (or stories), and which of them when not the first page."""
    line = f"{shown} of {total} {unit[0] if total == 1 else unit[1]}"
    if offset and shown:
        line += f" ({offset + 1}–{offset + shown})"
    return line
