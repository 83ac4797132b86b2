"""Raw page -> Clipping: decide whether a page is HTML or plain text, and clean it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import NotAPage, UnreadablePage
from ..hits import MARK_END, MARK_START
from ..mhtml import URL_EVIDENCE as MHTML_URL_EVIDENCE
from ..mhtml import is_mhtml, read_mhtml
from ..models import Clipping
from ..readers import RawPage, charset_of, decode, is_html, mime_of, sniff_binary
from .errorpages import ERROR_PAGE, error_page, is_error_title
from .text import clean_text

if TYPE_CHECKING:
    from .fields import Hints

__all__ = ["CLEANER_VERSION", "clean", "clean_page", "clean_text"]

# The version of the cleaning rules, recorded with every clipping.  Bump it whenever a change to
# the cleaners can change what they produce for a page: `clipper reclean` then knows which
# clippings an older cleaner made.
CLEANER_VERSION = "24"

# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.05
# What counts against that share: the replacement character, and control characters (Unicode
# category Cc) other than the four whitespace ones.  A regex: a loop over characters cost as
# much as cleaning a text page.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")

# Plain text longer than this is not one news page (the longest long-form articles run to
# ~50,000 words, ~350,000 characters) but a book, a log or a corpus dump; cleaning it would
# only store junk slowly.  HTML may be larger: saved pages carry scripts and inline images.
MAX_TEXT_CHARS = 4_000_000


def clean(
    raw: bytes | str,
    *,
    origin: str | None = None,
    url: str | None = None,
    url_evidence: str | None = None,
    warc_date: str | None = None,
    content_type: str | None = None,
) -> Clipping:
    """Clean one raw page (bytes as read, or text) into a Clipping.

    What the reader knew of the page may be given: its `url` (and where that came from), the
    date an archive captured it (`warc_date`, a fallback date), the `content_type` a server
    declared (its charset is used, and "text/html" makes the page HTML whatever it looks like).
    An MHTML file ("Webpage, Single File") is cleaned from its HTML part, with the address it
    was saved from as `url` unless one is given.  What the reader knew (url, capture date) is
    kept in the clipping's `reader_hints`, so a re-clean can pass it again.
    Raises UnreadablePage, with a reason a user can act on, when the page is not a page
    (an image, binary data) or holds no article text.
    """
    if isinstance(raw, bytes):
        what = sniff_binary(raw)
        if what:
            raise NotAPage(f"not a page: {what}")
        if is_mhtml(raw):
            saved = read_mhtml(raw)
            raw = saved.html
            content_type = f"text/html; charset={saved.charset}" if saved.charset else "text/html"
            if saved.url and not url:
                url, url_evidence = saved.url, MHTML_URL_EVIDENCE
        html = is_html(raw) or _declared_html(content_type)
        text = decode(raw, html=html, charset=charset_of(content_type))
    else:
        text = raw.replace("\x00", "")
        html = is_html(text[:8192].encode("utf-8", "replace")) or _declared_html(content_type)
    # The archive's snippet markers must never come from a page.
    text = text.replace(MARK_START, "").replace(MARK_END, "")
    if not text.strip():
        raise NotAPage("empty page")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotAPage("not a page: binary data")
    if not html and _is_json(text):
        # Its text would be stored as an article's, braces and quotes included.
        raise NotAPage("not a page: JSON data (articles are read from JSON Lines, one a line)")
    if not html and _is_csv_export(text):
        raise NotAPage(
            "not a page: a CSV export of clipper's (for a spreadsheet; clipper reads back its "
            "JSON Lines export: clipper export -o backup.jsonl)"
        )
    if html:
        from .fields import Hints

        hints = Hints(url=url, url_evidence=url_evidence, warc_date=warc_date)
        try:
            clipping = _clean_html_guarded(text, origin=origin, hints=hints)
        except UnreadablePage:
            # No article text where the server sent its error ("503 Service Unavailable"):
            # a page to skip, not a failure.
            if is_error_title(text):
                raise NotAPage(ERROR_PAGE) from None
            raise
    else:
        if len(text) > MAX_TEXT_CHARS:
            raise NotAPage(f"not a page: {len(text) // 1_000_000} million characters of text")
        clipping = _with_reader_hints(clean_text(text, origin=origin), url, url_evidence, warc_date)
    reason = error_page(clipping)
    if reason:
        raise NotAPage(reason)
    known = {"url": url, "url_evidence": url_evidence, "capture_date": warc_date}
    return clipping.replace(
        raw=text,
        raw_kind="html" if html else "text",
        origin=origin,
        cleaner_version=CLEANER_VERSION,
        reader_hints={name: value for name, value in known.items() if value},
    )


def _declared_html(content_type: str | None) -> bool:
    return mime_of(content_type) in ("text/html", "application/xhtml+xml")


def _clean_html_guarded(text: str, *, origin: str | None, hints: Hints) -> Clipping:
    """clean_html, made safe against pages built to break HTML parsers."""
    from .html import clean_html  # lazy: lxml and trafilatura are slow to import

    try:
        return clean_html(text, origin=origin, hints=hints)
    except UnreadablePage:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, AssertionError) as e:
        # lxml and trafilatura are third-party code fed hostile input; when they break,
        # that page fails with a reason and the import goes on.
        raise UnreadablePage(f"the HTML could not be parsed ({type(e).__name__})") from e


def _is_csv_export(text: str) -> bool:
    """Does the text start with the header row of `clipper export -f csv`?"""
    if not text.lstrip("\ufeff").startswith("id,title,"):
        return False
    from ..export import CSV_COLUMNS

    return text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r") == ",".join(CSV_COLUMNS)


def _is_json(text: str) -> bool:
    """Is the text one JSON document (an object or an array), such as a .json file?"""
    start = text.lstrip()[:1]
    if start not in ("{", "["):
        return False
    import json

    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_BAD_CHARS.findall(sample)) / max(1, len(sample))


def _with_reader_hints(
    clipping: Clipping, url: str | None, url_evidence: str | None, warc_date: str | None
) -> Clipping:
    evidence = dict(clipping.evidence)
    changes: dict[str, str] = {}
    if url and not clipping.url:
        changes["url"], evidence["url"] = url, url_evidence or "reader"
    if warc_date and not clipping.date:
        changes["date"], evidence["date"] = warc_date, "WARC-Date (capture date)"
    return clipping.replace(**changes, evidence=evidence) if changes else clipping


def clean_page(page: RawPage) -> Clipping:
    """Clean a page as a reader delivered it, passing on what the reader knew of it.

    This is the seam a batch import goes through, so a bug that one odd page triggers in a
    cleaner fails that page, with a reason, instead of ending an import of thousands.
    `clean` itself lets such bugs through, so tests find them.
    """
    try:
        return clean(
            page.data,
            origin=page.origin,
            url=page.url,
            url_evidence=page.url_evidence,
            warc_date=page.warc_date,
            content_type=page.content_type,
        )
    except UnreadablePage:
        raise
    except Exception as e:
        raise UnreadablePage(
            f"clipper could not clean this page ({type(e).__name__}: {e}); please report it"
        ) from e
