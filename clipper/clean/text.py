"""The plain-text page cleaner: a text dump in, a Clipping out."""

from __future__ import annotations

from clipper.clean.lines import build_lines
from clipper.clean.region import select_article
from clipper.clean.vocab import WORD, guess_language
from clipper.errors import UnreadablePage
from clipper.models import Clipping


def clean_text(text: str, *, origin: str | None = None) -> Clipping:
    """Clean a plain-text dump of a page into its article body and metadata."""
    language, stops = guess_language([w.lower() for w in WORD.findall(text[:40_000])])
    lines = build_lines(text, stops)
    article = select_article(lines)
    if not article:
        raise UnreadablePage("no article text found")
    body = "\n\n".join(ln.text for ln in article)
    return Clipping(body=body, language=language, origin=origin, raw_kind="text")
