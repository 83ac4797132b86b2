"""Fetching a page by URL: redirects followed, errors and non-pages refused with a reason.

The standard library's urllib is enough here: one GET per URL, redirects followed by its
default handler, and no new dependency for CI to install.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from email.message import Message

from . import __version__
from .errors import NotAPage, UnreadablePage
from .readers import MAX_PAGE_BYTES, PAGE_TYPES, RawPage, mime_of, sniff_binary

# Long enough for a slow news site, short enough that one dead host does not stall an import
# of a long list.
FETCH_TIMEOUT_S = 30.0
# The whole page, however slowly a server trickles it, must have arrived this long after it
# was asked for: the per-read timeout above never fires on a server sending a few bytes at a
# time, which would stall the import (and every URL after it) for as long as it likes.  It is
# checked between reads, so a page fails at the latest this plus FETCH_TIMEOUT_S in.
FETCH_DEADLINE_S = 30.0
# News pages are well under this; more is a download, not an article.
MAX_FETCH_BYTES = min(MAX_PAGE_BYTES, 16 * 1024 * 1024)
USER_AGENT = f"clipper/{__version__} (news-clipping archive)"


def fetch_page(
    url: str,
    *,
    timeout: float = FETCH_TIMEOUT_S,
    max_bytes: int = MAX_FETCH_BYTES,
    deadline: float | None = None,
) -> RawPage:
    """GET a page (HTML, or plain text or Markdown); its `url` is the final address after
    redirects.

    `timeout` bounds each wait for the server, `deadline` (FETCH_DEADLINE_S unless given) the
    whole page.  Raises UnreadablePage for HTTP errors, network failures, slow, cut-short and
    oversized pages, and NotAPage when the server sends something other than a page.
    """
    deadline = FETCH_DEADLINE_S if deadline is None else deadline
    give_up = time.monotonic() + deadline
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
            data = _read_body(response, max_bytes, give_up, deadline)
    except urllib.error.HTTPError as e:
        raise UnreadablePage(f"HTTP error {e.code} {e.reason}".strip()) from None
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise UnreadablePage(f"no answer within {timeout:g} s") from None
        raise UnreadablePage(f"cannot fetch: {_reason(e.reason)}") from None
    except TimeoutError:
        raise UnreadablePage(f"no answer within {timeout:g} s") from None
    except http.client.IncompleteRead:  # a chunked page whose connection closed mid-way
        raise UnreadablePage(_CUT_SHORT) from None
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


# Half a page would be stored as if it were the article, and the whole one, fetched later,
# would then be "already present (same address, another text)".
_CUT_SHORT = "the download was cut short (the server closed the connection before the page ended)"


def _read_body(
    response: http.client.HTTPResponse, max_bytes: int, give_up: float, deadline: float
) -> bytes:
    """The page's bytes (up to max_bytes + 1), read as they come until the deadline."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        if time.monotonic() > give_up:
            raise UnreadablePage(f"the page took longer than {deadline:g} s to arrive")
        chunk = response.read1(min(1 << 16, max_bytes + 1 - size))  # one read of the socket
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size <= max_bytes and response.length:
        # The server announced more (Content-Length) than it sent before closing.
        announced = size + response.length
        raise UnreadablePage(
            f"the download was cut short: the server sent {size:,} of the {announced:,} bytes "
            "it announced"
        )
    return b"".join(chunks)


def _check_headers(headers: Message, max_bytes: int) -> str | None:
    content_type = headers.get("Content-Type")
    if content_type:
        mime = mime_of(content_type)
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
