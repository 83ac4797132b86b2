"""A lynx dump's link numbers taken out: "By [6]Maria Lopez" reads "By Maria Lopez".

`lynx -dump` numbers every link in the text ("[12]Share on Facebook") and lists their
addresses under a "References" heading at the end.  The numbers are no words of the page: left
in, they glue to names ("[6]Maria Lopez" is no byline) and show in the body and its snippets.
They are taken out only from a dump that ends in such a list, so a page that writes "[1]" for
a footnote keeps it.
"""

from __future__ import annotations

import re

# The "References" list that ends a lynx dump: the heading, then numbered addresses (lynx
# also lists "Visible links" and "Hidden links" under it).
REFERENCES = re.compile(r"\n[ \t]*References[ \t]*\n(?:[ \t]*\n)*[ \t]+1\.[ \t]+\S+://")
# A link's number, glued to the link's text or standing before it.
LINK_NUMBER = re.compile(r"\[\d{1,5}\](?=\S)")


def strip_lynx_references(text: str) -> tuple[str, bool]:
    """The dump without lynx's link numbers and its list of references, and whether it was
    a lynx dump (one that ends in such a list); any other text as it is."""
    if "References" not in text:  # (a cheap test first: most pages are no lynx dumps)
        return text, False
    starts = [m.start() for m in REFERENCES.finditer(text)]
    if not starts:
        return text, False
    return LINK_NUMBER.sub("", text[: starts[-1]]) + "\n", True  # the last heading is the list's
