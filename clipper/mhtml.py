"""Pages saved as MHTML ("Webpage, Single File": Chrome, Edge, Internet Explorer's .mht).

An MHTML file is a MIME message: headers naming the page's address, then the page's HTML
(quoted-printable) and every image and style sheet it uses as parts.  Read as it is, it would be
HTML full of "=3D" and words broken by soft line breaks.  Its HTML part is what gets cleaned
and kept as the original page; the address it was saved from is the clipping's URL, as a
fetched page's address is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

from .errors import UnreadablePage

# A MIME header block that declares a multipart/related message, near the file's start.
_MHTML_HEAD = re.compile(rb"^content-type:\s*multipart/related\b", re.I | re.M)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:")
# How far into a file its message headers are looked for.
HEAD_BYTES = 4096

URL_EVIDENCE = "MHTML Snapshot-Content-Location"


@dataclass(frozen=True)
class MhtmlPage:
    """The page an MHTML file holds: its HTML as saved, that HTML's charset, its address."""

    html: bytes
    charset: str | None
    url: str | None


def is_mhtml(data: bytes) -> bool:
    """Does the file start as an MHTML archive does (MIME headers of a multipart/related)?"""
    head = data[:HEAD_BYTES]
    # The headers end at the first blank line; the declaration must be among them.
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return bool(_HEADER_LINE.match(headers)) and bool(_MHTML_HEAD.search(headers))


def read_mhtml(data: bytes) -> MhtmlPage:
    """The page of an MHTML file: its first HTML part.  UnreadablePage when it has none, or
    when the file ends inside it (cut short: half a page would be stored as the article)."""
    import email

    cut_short = False
    try:
        message = email.message_from_bytes(data)
        for part, last_of_unclosed in _parts(message):
            cut_short = cut_short or last_of_unclosed
            if part.get_content_type() not in ("text/html", "application/xhtml+xml"):
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes) or not payload.strip():
                continue
            if last_of_unclosed:
                raise UnreadablePage(f"{_CUT_SHORT}: the file ends inside its page")
            url = message.get("Snapshot-Content-Location") or part.get("Content-Location")
            return MhtmlPage(payload, part.get_content_charset(), _web_url(url))
    except RecursionError:
        # Parts nested thousands deep: no browser saves that; a file built to break readers.
        raise UnreadablePage("a damaged MHTML archive (parts nested too deep)") from None
    if cut_short:
        raise UnreadablePage(f"{_CUT_SHORT}: the file ends before its page")
    raise UnreadablePage("an MHTML archive without an HTML page in it")


# A browser ends the file with the closing boundary ("------MultipartBoundary--…----"); a
# file without it was cut short by an interrupted save, download or copy.  Only a page cut
# short fails: when the file ends inside an image after it, the page is whole.
_CUT_SHORT = "a damaged MHTML archive, cut short"


def _parts(message: Message) -> Iterator[tuple[Message, bool]]:
    """Every part of the message, depth first, each with whether the file ends inside it: the
    last part of a multipart whose closing boundary is missing."""
    from email.errors import CloseBoundaryNotFoundDefect

    yield message, False
    if not message.is_multipart():
        return
    children = message.get_payload()
    unclosed = any(isinstance(d, CloseBoundaryNotFoundDefect) for d in message.defects)
    for n, child in enumerate(children, 1):
        for part, cut in _parts(child):
            yield part, cut or (unclosed and n == len(children) and part is child)


def _web_url(value: str | None) -> str | None:
    """An http(s) address from a header, or None (a saved page's "file:" or "cid:" parts)."""
    if not value:
        return None
    url = "".join(str(value).split())  # headers may fold long addresses over lines
    return url if url.lower().startswith(("http://", "https://")) else None
