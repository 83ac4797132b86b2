"""What a search gives back: hits with highlighted snippets.

Kept apart from models.py, and built on `collections.namedtuple` rather than dataclasses or
`typing.NamedTuple`: `clipper search` loads this module on every run, and importing
`dataclasses` or `typing` costs more than a search on a 100,000-clipping archive (see
benchmarks/search_speed.py).  The annotations in the class bodies are for mypy.
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

# Snippet highlight markers: private-use characters, which page text never needs, so a
# renderer can split on them without ambiguity.
MARK_START, MARK_END = "\ue000", "\ue001"


class SearchHit(
    namedtuple(
        "SearchHit",
        ["id", "title", "source", "date", "url", "snippet", "score", "author"],
        defaults=(None,),
    )
):
    """One search result: the clipping's metadata, a highlighted snippet and its rank score."""

    __slots__ = ()
    id: int
    title: str | None
    source: str | None
    date: str | None
    url: str | None
    snippet: str  # with the matched words between MARK_START and MARK_END
    score: float  # higher is better
    author: str | None

    def as_dict(self) -> dict[str, Any]:
        """The hit as a JSON-ready dict: a plain snippet and the words that matched in it."""
        d = self._asdict()
        d["snippet"] = self.snippet.replace(MARK_START, "").replace(MARK_END, "")
        d["highlights"] = [part.split(MARK_END)[0] for part in self.snippet.split(MARK_START)[1:]]
        return d
