"""clipper's own Markdown export, read back: the clipping as it was stored, not cleaned again.

`clipper export -f markdown` writes a clipping's fields as front matter (title, source, date,
url, author, language, id, tags), then its title as a heading, then its body as stored.  That
body is already clean: cleaning it again would lose what a cleaner drops (short lines, a
sign-off) and change its spacing, so the clipping would no longer be "already present" in the
archive it came from, and a restored archive would differ from the original.  A page whose
front matter holds all of the export's keys, with a clipping id, followed by the heading, is
read as such an export: its fields as the front matter states them, its body verbatim.
Any other Markdown page (Obsidian's web clipper, MarkDownload) is cleaned as before.
"""

from __future__ import annotations

import re
from typing import Any

from ..models import Clipping
from .frontmatter import front_date
from .language import language_of

# The keys every clipper Markdown export writes (older ones write no "language").
EXPORT_KEYS = frozenset(("title", "source", "date", "url", "author", "id", "tags"))
# What stands between the front matter and the body: a blank line, the title as a heading
# (written on one line by the export), a blank line.
HEADING = re.compile(r"\A\n# [^\n]*\n\n")
EVIDENCE = "clipper's Markdown export"


def read_own_export(front: dict[str, Any], rest: str) -> Clipping | None:
    """The clipping a clipper Markdown export holds (`front`: its front matter, `rest`: the
    text after it), None when the page is not one."""
    clipping_id = front.get("id")
    if not front.keys() >= EXPORT_KEYS or type(clipping_id) is not int or clipping_id < 1:
        return None
    heading = HEADING.match(rest)
    if heading is None:
        return None
    body = rest[heading.end() :].removesuffix("\n")
    if not body.strip():
        return None  # nothing to keep: cleaned as any page, it fails with a reason
    fields = {name: _text(front.get(name)) for name in ("title", "source", "url", "author")}
    fields["date"] = front_date(front.get("date"))
    # An export states the language, or that none is known (null); an older one says nothing.
    known = "language" in front
    fields["language"] = _text(front["language"]) if known else language_of(body)[0]
    evidence = {name: EVIDENCE for name, value in fields.items() if value}
    return Clipping(body=body, raw_kind="text", evidence=evidence).replace(**fields)


def _text(value: Any) -> str | None:
    """A front-matter value as the text the export wrote (None for none or a non-scalar)."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return str(value)  # an editor left a number-like title unquoted
