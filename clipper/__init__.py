"""clipper: a news-clipping archive.  Clean saved pages, store them in SQLite, find them again."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see clipper/hits.py
if TYPE_CHECKING:
    from typing import Any

    from .archive import Archive
    from .clean import clean
    from .errors import ClipperError
    from .hits import SearchHit
    from .models import Clipping

__version__ = "0.1.0"
__all__ = ["Archive", "Clipping", "ClipperError", "SearchHit", "clean", "__version__"]

# Where each public name lives.  All load on first use, so `import clipper` (which every
# command does) costs nothing: `clipper search` loads only what a search needs.
_LAZY = {
    "Archive": "archive",
    "Clipping": "models",
    "ClipperError": "errors",
    "SearchHit": "hits",
    "clean": "clean",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'clipper' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_LAZY[name]}", __name__), name)
