"""A Markdown page's front matter: the metadata block clipping tools put above the text.

Obsidian's web clipper, MarkDownload, static-site posts and clipper's own Markdown export start
a page with a YAML block between "---" lines: its title, address, publication, author and
date, stated outright; reader services that turn pages into Markdown start with a few
"Title: …" / "URL Source: …" lines.  Those win over what the cleaner would read from the text.
Only the publication date is taken, never the date the page was clipped ("created",
"clipped").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..filters import normalise_tags
from ..urls import is_url
from . import dates

# The block: "---" on the first line, YAML, then "---" (or YAML's "...") on a line of its own.
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$\r?\n?", re.S | re.M)
# A longer block is not a page's metadata: not parsed.
MAX_FRONT_MATTER_CHARS = 20_000

# Keys, by field, in order of preference, as the tools name them.
URL_KEYS = ("url", "source", "link", "canonical_url", "original_url", "source_url")
SOURCE_KEYS = ("source", "publication", "site_name", "site", "publisher")
AUTHOR_KEYS = ("author", "authors", "byline")
DATE_KEYS = ("date", "published", "publish_date", "pubdate", "date_published", "published_at")

# A reader service's header (Jina Reader's, say): a few "Key: value" lines, then the Markdown.
READER_HEADER = re.compile(r"\A\ufeff?Title: .*\n(?:.*\n){0,12}?Markdown Content:[ \t]*\r?\n")
READER_KEYS = {"title": "title", "url source": "url", "published time": "published"}

KNOWN_KEYS = frozenset(("title", "tags", *URL_KEYS, *SOURCE_KEYS, *AUTHOR_KEYS, *DATE_KEYS))

# Obsidian's clipper writes an author as a wiki link: "[[Jane Doe]]".
WIKI_LINK = re.compile(r"\[\[([^\]|]*)(?:\|[^\]]*)?\]\]")

Found = tuple[str, str]  # (value, evidence)


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    """The front matter as a mapping (keys lower-cased) and the text after it; (None, text)
    when the text has no front matter, or a block that is not a YAML mapping."""
    if text.startswith(("Title: ", "\ufeffTitle: ")):
        return reader_header(text)
    m = FRONT_MATTER.match(text)
    if not m or len(m.group(1)) > MAX_FRONT_MATTER_CHARS:
        return None, text
    import yaml  # only pages with front matter pay for it

    try:
        data = yaml.safe_load(m.group(1))
    except (yaml.YAMLError, ValueError, RecursionError):
        return None, text
    if not isinstance(data, dict):
        return None, text
    data = {str(k).lower(): v for k, v in data.items()}
    if KNOWN_KEYS.isdisjoint(data):
        return None, text  # a dump that happens to open with a rule and a "Key: value" line
    return data, text[m.end() :]


def reader_header(text: str) -> tuple[dict[str, Any] | None, str]:
    """The header a reader service puts above a page it turned into Markdown ("Title: …",
    "URL Source: …", "Published Time: …", then "Markdown Content:"), as front matter."""
    m = READER_HEADER.match(text)
    if not m:
        return None, text
    data: dict[str, Any] = {}
    for line in m.group(0).splitlines():
        key, _, value = line.lstrip("\ufeff").partition(": ")
        name = READER_KEYS.get(key.strip().lower())
        if name and value.strip():
            data[name] = value.strip()
    return data, text[m.end() :]


def front_fields(data: dict[str, Any]) -> dict[str, Found]:
    """The fields the front matter states: title, url, source, author, date (ISO)."""
    found: dict[str, Found] = {}
    title = _text(data.get("title"))
    if title:
        found["title"] = (title, "front matter title")
    for key in URL_KEYS:
        value = _text(data.get(key))
        if value and is_url(value):
            found["url"] = (value, f"front matter {key}")
            break
    for key in SOURCE_KEYS:
        value = _text(data.get(key))
        if value and not is_url(value):
            found["source"] = (value, f"front matter {key}")
            break
    for key in AUTHOR_KEYS:
        names = data.get(key)
        names = names if isinstance(names, list) else [names]
        texts = (_text(WIKI_LINK.sub(r"\1", n)) for n in names if isinstance(n, str))
        author = ", ".join(filter(None, texts))
        if author:
            found["author"] = (author, f"front matter {key}")
            break
    for key in DATE_KEYS:
        date = front_date(data.get(key))
        if date:
            found["date"] = (date, f"front matter {key}")
            break
    return found


def front_tags(text: str) -> tuple[str, ...]:
    """The tags a page's front matter gives it ("tags:", a list or a single tag, as clipper's
    Markdown export and Obsidian write them, or a comma-separated string, which Obsidian reads
    as several tags), once each; none without front matter."""
    data, _ = split_front_matter(text)
    value = (data or {}).get("tags")
    if isinstance(value, str):
        value = value.split(",")
    names = (_text(name) for name in (value if isinstance(value, list) else [value]))
    return tuple(normalise_tags([name for name in names if name]))


def _text(value: Any) -> str | None:
    """A scalar as one line of text; None for anything else or nothing."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return " ".join(str(value).split()) or None


def front_date(value: Any) -> str | None:
    """An ISO date from a YAML date, a timestamp or a date written out; None if not a date."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return dates.make_iso(value.year, value.month, value.day)
    text = _text(value)
    return dates.parse_date(text) if text else None
