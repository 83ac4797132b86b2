"""Article addresses: telling URLs from paths, and one normal form per article for identity."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say how a reader arrived, not which article they read: campaign and
# click trackers added by newsletters, social networks and ad platforms.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "mtm_", "at_", "_hs", "__hs", "oly_", "vero_")
_TRACKING_NAMES = frozenset(
    (
        "fbclid gclid dclid gbraid wbraid msclkid yclid twclid igshid mkt_tok ito ncid cmpid "
        "ocid sr_share smid ref ref_src ref_url __twitter_impression ns_mchannel ns_source "
        "ns_campaign ns_linkname ns_fee taid spm"
    ).split()
)
# Default ports say nothing about which page is meant (and the scheme is ignored anyway).
_DEFAULT_PORTS = (80, 443)
_WWW = re.compile(r"^(?:www\d*\.)+")
_TRAILING = re.compile(r"[/\s]+$")
_URL = re.compile(r"^https?://[^\s/?#]+", re.I)


def is_url(text: str) -> bool:
    """Whether an import argument is a web address rather than a path."""
    return bool(_URL.match(text.strip()))


def url_key(url: str | None) -> str | None:
    """The URL in a normal form: the same article fetched twice gives the same key.

    Scheme (http and https), letter case of the host, a leading ``www.``, default ports,
    a trailing slash, the fragment, tracking parameters and parameter order are all ignored.
    Returns None for anything that is not an http(s) URL, and for a site's front page:
    some sites give every article the front page as its canonical link, and one front page
    standing for all of them would hide every article but the first.
    """
    if not url or not is_url(url):
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = _WWW.sub("", (parts.hostname or "").rstrip("."))
    if port and port not in _DEFAULT_PORTS:
        host = f"{host}:{port}"
    path = _TRAILING.sub("", re.sub(r"/{2,}", "/", parts.path))
    for index in ("/index.html", "/index.htm", "/index.php"):
        path = path.removesuffix(index)
    if not path:
        return None
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    return urlunsplit(("", host, path, urlencode(query), "")).removeprefix("//")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)
