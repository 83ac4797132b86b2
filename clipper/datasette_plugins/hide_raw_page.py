"""Show the stored original page as a one-line note, not the whole page, in Datasette's HTML.

Datasette has no setting to hide one column, and the raw page (often 100 KB of markup) makes
every table view unreadable; the JSON API still returns it (compressed: see packing.py) for
scripts.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> str | None:
    if table == "clippings" and column == "raw":
        if isinstance(value, str):  # stored before clipper compressed pages
            return f"(original page, {len(value):,} characters: hidden)"
        if isinstance(value, bytes):
            return f"(original page, compressed to {len(value):,} bytes: hidden)"
    return None
