"""Browse the archive in Datasette (`pip install clipper[web]`): labelled columns, full-text
search on the clippings table, the original page hidden, internal tables out of sight."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import ClipperError

HOST = "127.0.0.1"  # the archive is private: never listen beyond this machine
DEFAULT_PORT = 8001  # Datasette's own default, so its documentation's URLs work
PLUGINS_DIR = Path(__file__).resolve().parent / "datasette_plugins"

COLUMN_LABELS = {
    "id": "Clipping number, as `clipper show ID` takes it",
    "title": "Headline",
    "source": "Publication",
    "date": "Publication date (YYYY-MM-DD)",
    "author": "Byline",
    "url": "Address of the article online",
    "origin": "File or URL the page was imported from",
    "body": "Article text",
    "language": "Language code",
    "word_count": "Words in the article text",
    "content_hash": "Fingerprint of the article text (exact duplicates share it)",
    "imported_at": "When the clipping was imported (UTC)",
    "evidence": "Where each metadata field was found",
    "raw_kind": "Whether the original page was text or HTML",
    "raw": "The original page as imported, compressed with Zstandard (hidden here; kept for "
    "clipper reclean; clipper export gives it as text)",
    "tags": "Your tags",
    "cleaner_version": "Version of the cleaner that produced this clipping",
    "edited_fields": "Fields corrected by hand (a re-clean keeps them)",
    "reader_hints": "What the import knew of the page: its fetched or archived address, "
    "the archive's capture date (a re-clean uses them again)",
}
# Tables that are clipper's machinery, not something to browse.
HIDDEN_TABLES = (
    "clippings_fts",
    "clippings_fts_config",
    "clippings_fts_data",
    "clippings_fts_docsize",
    "clippings_fts_idx",
    "clipping_minhash",
    "clipping_bands",
    "_clipper_migrations",
)


def metadata(db_path: Path) -> dict[str, Any]:
    """Datasette metadata for an archive file: titles, column labels, search, facets."""
    clippings = {
        "title": "Clippings",
        "description": (
            "Search box: full-text search over headline, article, publication and byline."
        ),
        "label_column": "title",
        "fts_table": "clippings_fts",
        "fts_pk": "id",
        "sort_desc": "date",
        "facets": ["source", {"array": "tags"}],
        "columns": COLUMN_LABELS,
    }
    links = {
        "title": "Syndicated copies",
        "description": "Pairs of clippings of one wire story, with how alike their text is.",
        "columns": {
            "a": "One clipping",
            "b": "Another clipping of the same story",
            "similarity": "Estimated share of five-word phrases in common (0-1)",
        },
    }
    tables: dict[str, Any] = {name: {"hidden": True} for name in HIDDEN_TABLES}
    tables.update({"clippings": clippings, "clipping_links": links})
    return {
        "title": "clipper archive",
        "description": f"News clippings in {db_path.name}",
        "databases": {db_path.stem: {"tables": tables}},
    }


def serve(
    db_path: Path,
    *,
    port: int = DEFAULT_PORT,
    open_browser: bool = False,
    on_upgrade: Callable[[Path, list[str]], None] | None = None,
    on_start: Callable[[str], None] | None = None,
) -> None:
    """Run Datasette on the archive at http://127.0.0.1:PORT/ until interrupted (`on_upgrade`:
    as for `Archive`).  `on_start(url)` hears once the archive, Datasette and the port have
    been found fit, just before Datasette starts: nothing is announced that then fails."""
    from .archive import Archive

    # Opening refuses non-archives, and brings an old schema up to date.
    with Archive(db_path, on_upgrade=on_upgrade):
        pass
    try:
        from datasette.cli import cli
    except ImportError:
        raise ClipperError(
            "Datasette is not installed; install it with: pip install 'clipper[web]'"
        ) from None
    check_port(port)
    if on_start is not None:
        on_start(f"http://{HOST}:{port}/")
    with tempfile.TemporaryDirectory(prefix="clipper-serve-") as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(db_path), indent=2), encoding="utf-8")
        args = ["serve", str(db_path), "--host", HOST, "--port", str(port)]
        args += ["--metadata", str(meta), "--plugins-dir", str(PLUGINS_DIR)]
        if open_browser:
            args.append("--open")
        cli.main(args=args, prog_name="datasette", standalone_mode=False)


def check_port(port: int) -> None:
    """ClipperError unless a server may listen on HOST:port.  Found by binding the port a
    moment before Datasette does: its server would otherwise fail with its own log lines
    and exit status 3."""
    import errno
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As the server binds: a port a stopped server left in TIME_WAIT is free to it.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise ClipperError(
                    f"port {port} is in use (another server listens on it); "
                    "choose another with --port"
                ) from None
            raise ClipperError(f"cannot listen on port {port}: {e.strerror}") from None
