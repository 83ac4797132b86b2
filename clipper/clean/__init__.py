"""Raw page -> Clipping: decide whether a page is HTML or plain text, and clean it."""

from __future__ import annotations

import unicodedata

from ..errors import NotAPage, UnreadablePage
from ..models import MARK_END, MARK_START, Clipping
from ..readers import RawPage, decode, is_html, sniff_binary
from .text import clean_text

__all__ = ["clean", "clean_page", "clean_text"]

# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.05
# Plain text longer than this is not one news page (the longest long-form articles run to
# ~50,000 words, ~350,000 characters) but a book, a log or a corpus dump; cleaning it would
# only store junk slowly.  HTML may be larger: saved pages carry scripts and inline images.
MAX_TEXT_CHARS = 4_000_000


def clean(raw: bytes | str, *, origin: str | None = None) -> Clipping:
    """Clean one raw page (bytes as read, or text) into a Clipping.

    Raises UnreadablePage, with a reason a user can act on, when the page is not a page
    (an image, binary data) or holds no article text.
    """
    if isinstance(raw, bytes):
        what = sniff_binary(raw)
        if what:
            raise NotAPage(f"not a page: {what}")
        html = is_html(raw)
        text = decode(raw, html=html)
    else:
        text = raw.replace("\x00", "")
        html = is_html(text[:8192].encode("utf-8", "replace"))
    # The archive's snippet markers must never come from a page.
    text = text.replace(MARK_START, "").replace(MARK_END, "")
    if not text.strip():
        raise NotAPage("empty page")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotAPage("not a page: binary data")
    if html:
        clipping = _clean_html_guarded(text, origin=origin)
    else:
        if len(text) > MAX_TEXT_CHARS:
            raise NotAPage(f"not a page: {len(text) // 1_000_000} million characters of text")
        clipping = clean_text(text, origin=origin)
    return clipping.replace(raw=text, raw_kind="html" if html else "text", origin=origin)


def _clean_html_guarded(text: str, *, origin: str | None) -> Clipping:
    """clean_html, made safe against pages built to break HTML parsers."""
    from .html import clean_html  # lazy: lxml and trafilatura are slow to import
    from .nesting import flatten_deep_html, is_too_deep

    if is_too_deep(text):
        text = flatten_deep_html(text)
    try:
        return clean_html(text, origin=origin)
    except UnreadablePage:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, AssertionError) as e:
        # lxml and trafilatura are third-party code fed hostile input; when they break,
        # that page fails with a reason and the import goes on.
        raise UnreadablePage(f"the HTML could not be parsed ({type(e).__name__})") from e


def _control_share(text: str) -> float:
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\n\t\r\f")
    )
    return bad / max(1, len(sample))


def clean_page(page: RawPage) -> Clipping:
    """Clean a page as a reader delivered it; what the reader knows of it (origin) is kept.

    This is the seam a batch import goes through, so a bug that one odd page triggers in a
    cleaner fails that page, with a reason, instead of ending an import of thousands.
    `clean` itself lets such bugs through, so tests find them.
    """
    try:
        return clean(page.data, origin=page.origin)
    except UnreadablePage:
        raise
    except Exception as e:
        raise UnreadablePage(
            f"clipper could not clean this page ({type(e).__name__}: {e}); please report it"
        ) from e
