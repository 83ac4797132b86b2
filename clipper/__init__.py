"""clipper: a news-clipping archive.  Clean saved pages, store them in SQLite, find them again."""

from typing import TYPE_CHECKING, Any

from .errors import ClipperError
from .models import Clipping, SearchHit

__version__ = "0.1.0"
__all__ = ["Archive", "Clipping", "ClipperError", "SearchHit", "clean", "__version__"]

if TYPE_CHECKING:
    from .archive import Archive
    from .clean import clean


def __getattr__(name: str) -> Any:
    # Lazy: `import clipper` stays cheap; the archive and the cleaners load when first used.
    if name == "Archive":
        from .archive import Archive

        return Archive
    if name == "clean":
        from .clean import clean

        return clean
    raise AttributeError(name)
