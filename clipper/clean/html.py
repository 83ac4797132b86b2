"""HTML pages: trafilatura finds the article; our text cleaner is the fallback; metadata with
the evidence for each field (see htmlmeta.py for the candidates, fields.py for the choice)."""

from __future__ import annotations

import functools
from typing import Any

from ..errors import UnreadablePage
from ..models import Clipping
from .fields import Hints, resolve_fields
from .htmlmeta import read_page_meta
from .text import clean_text

# Elements whose text is never visible on the page.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
# Elements that start a new line of visible text.
_BLOCKS = frozenset(
    (
        "p div section article header footer nav aside main h1 h2 h3 h4 h5 h6 ul ol li dl dt "
        "dd table tr td th blockquote pre figure figcaption form br hr address details summary"
    ).split()
)
# Fewer words than this from trafilatura is a menu or a caption, not an article.
MIN_ARTICLE_WORDS = 15
# trafilatura options, chosen on the extraction benchmark (benchmarks/extbench_html.py):
# favouring precision drops more navigation and teasers at almost no cost in recall.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
}


def clean_html(html: str, *, origin: str | None = None, hints: Hints | None = None) -> Clipping:
    """Clean an HTML page: trafilatura's article, else our text cleaner; metadata with evidence.

    `hints` carries what the reader knew of the page (its URL, an archive's capture date).
    """
    hints = hints or Hints()
    doc = extract_article(html, url=hints.url or _web_origin(origin))
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        text = ""  # a menu or a caption taken for the article: try the page's visible text
    page = read_page_meta(html)

    @functools.cache
    def visible() -> str:  # lazy: only a fallback or a dateline search needs it
        try:
            return visible_text(html)
        except UnreadablePage:
            return ""

    if text:
        clipping = Clipping(body=text, origin=origin)
    else:
        # trafilatura found no article: clean the page's visible text as a text dump.
        try:
            clipping = clean_text(visible_text(html), origin=origin)
        except UnreadablePage:
            raise UnreadablePage("no article text found in the HTML page") from None
    return resolve_fields(clipping, doc=doc, page=page, hints=hints, visible=visible)


def extract_article(html: str, *, url: str | None = None) -> Any:
    """trafilatura's article and metadata (a Document), or None when it finds no article."""
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        # Only dates the page's markup states; never a date guessed from free text.
        date_extraction_params={"extensive_search": False, "original_date": True},
        **TRAFILATURA_OPTIONS,
    )


def _web_origin(origin: str | None) -> str | None:
    return origin if origin and origin.startswith(("http://", "https://")) else None


def visible_text(html: str) -> str:
    """The text a browser shows for a page, one block a line."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"))
    except Exception as e:  # lxml raises several unrelated types for broken input
        raise UnreadablePage(f"unparseable HTML: {e}") from e
    for el in list(root.iter(*_INVISIBLE)):
        if el.getparent() is not None:
            el.drop_tree()
    parts: list[str] = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
