"""HTML pages: trafilatura finds the article and its metadata; our text cleaner is the fallback."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from ..errors import UnreadablePage
from ..models import Clipping
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


def clean_html(html: str, *, origin: str | None = None) -> Clipping:
    """Clean an HTML page: trafilatura's article and metadata, else our text cleaner."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=origin if origin and origin.startswith(("http://", "https://")) else None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Only dates the page's markup states; never a date guessed from free text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta = _metadata(doc)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if text:
        return Clipping(
            body=text, evidence={k: "HTML metadata" for k, v in meta.items() if v}, **meta
        )
    # trafilatura found no article: clean the page's visible text as a text dump, keeping any
    # metadata the markup did state.
    try:
        fallback = clean_text(visible_text(html), origin=origin)
    except UnreadablePage:
        raise UnreadablePage("no article text found in the HTML page") from None
    merged = {k: v or getattr(fallback, k) for k, v in meta.items()}
    return fallback.replace(**merged)


def _metadata(doc: Any) -> dict[str, Any]:
    def get(name: str) -> str | None:
        value = getattr(doc, name, None) if doc is not None else None
        return value.strip() or None if isinstance(value, str) else None

    url = get("url")
    source = get("sitename")
    if not source and url:
        source = urlparse(url).netloc.removeprefix("www.") or None
    return {
        "title": get("title"),
        "source": source,
        "date": get("date"),
        "author": get("author"),
        "url": url,
        "language": get("language"),
    }


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
