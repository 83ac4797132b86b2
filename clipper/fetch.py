"""Fetching a page by URL: redirects followed, errors and non-pages refused with a reason.

The standard library's urllib is enough here: one GET per URL, redirects followed by its
default handler, and no new dependency for CI to install.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from email.message import Message

from . import __version__
from .errors import NotAPage, UnreadablePage
from .readers import MAX_PAGE_BYTES, RawPage, sniff_binary

# Long enough for a slow news site, short enough that one dead host does not stall an import
# of a long list.
FETCH_TIMEOUT_S = 30.0
# News pages are well under this; more is a download, not an article.
MAX_FETCH_BYTES = min(MAX_PAGE_BYTES, 16 * 1024 * 1024)
# Types a server sends for web pages, and for text and Markdown pages, which are cleaned as
# saved text and Markdown files are; anything else (PDF, images, JSON) is not a page.
PAGE_TYPES = frozenset(("text/html", "application/xhtml+xml", "text/plain", "text/markdown"))
USER_AGENT = f"clipper/{__version__} (news-clipping archive)"


def fetch_page(
    url: str, *, timeout: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_FETCH_BYTES
) -> RawPage:
    """GET a page (HTML, or plain text or Markdown); its `url` is the final address after
    redirects.

    Raises UnreadablePage for HTTP errors, network failures and oversized pages, and
    NotAPage when the server sends something other than a page.
    """
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,text/markdown;q=0.8",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final_url = response.geturl()
            content_type = _check_headers(response.headers, max_bytes)
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as e:
        raise UnreadablePage(f"HTTP error {e.code} {e.reason}".strip()) from None
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise UnreadablePage(f"no answer within {timeout:g} s") from None
        raise UnreadablePage(f"cannot fetch: {_reason(e.reason)}") from None
    except TimeoutError:
        raise UnreadablePage(f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as e:  # broken connections, malformed URLs
        raise UnreadablePage(f"cannot fetch: {_reason(e)}") from None
    if len(data) > max_bytes:
        raise UnreadablePage(f"larger than {_size(max_bytes)}")
    what = sniff_binary(data)
    if what:
        raise NotAPage(f"not a page: the server sent {what}")
    return RawPage(
        origin=url,
        data=data,
        url=final_url,
        url_evidence="final URL after redirects" if final_url != url else "fetched URL",
        content_type=content_type,
    )


def _check_headers(headers: Message, max_bytes: int) -> str | None:
    content_type = headers.get("Content-Type")
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime not in PAGE_TYPES:
            raise NotAPage(
                f"not a page: the server sent {mime or 'an unnamed type'}, not HTML or text"
            )
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise UnreadablePage(f"larger than {_size(max_bytes)}")
    return content_type


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or type(reason).__name__
