"""Raw page -> Clipping: decide whether a page is HTML or plain text, and clean it."""

from __future__ import annotations

import re

from ..errors import NotAPage, UnreadablePage
from ..models import MARK_END, MARK_START, Clipping
from ..readers import RawPage, decode, is_html, sniff_binary
from .text import clean_text

__all__ = ["clean", "clean_page", "clean_text"]

# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.05
# What counts against that share: the replacement character, and control characters (Unicode
# category Cc) other than the four whitespace ones.  A regex: a loop over characters cost as
# much as cleaning a text page.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


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
        raise UnreadablePage("empty page")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotAPage("not a page: binary data")
    if html:
        from .html import clean_html  # lazy: lxml and trafilatura are slow to import

        clipping = clean_html(text, origin=origin)
    else:
        clipping = clean_text(text, origin=origin)
    return clipping.replace(raw=text, raw_kind="html" if html else "text", origin=origin)


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_BAD_CHARS.findall(sample)) / max(1, len(sample))


def clean_page(page: RawPage) -> Clipping:
    """Clean a page as a reader delivered it; what the reader knows of it (origin) is kept."""
    return clean(page.data, origin=page.origin)
