"""A masthead that is a word of the language, shouted: "TODAY" at the top of a page whose
copyright line names its company ("© Mediacorp Pte Ltd").  A header's label may be that word
("Today", "LIVE"), so the page must credit it as a publication too: a picture's credit
("TODAY/Ooi Boon Keong"), a dateline's."""

from __future__ import annotations

from clipper.clean.echoednames import is_credited
from clipper.clean.lines import Line
from clipper.clean.masthead import MASTHEAD_LINES, Brand, Witnesses, is_generic, under_top_bar

# The fewest letters of a shouted masthead ("NOW"; not "TV", "UK").
SHOUTED_MIN = 3


def shouted_brand(lines: list[Line], title: int | None, seen: Witnesses) -> Brand | None:
    """The page's first line, under its top bar, when it is a header's word in capitals that
    another line credits as a publication, and the copyright line names a company."""
    if seen.holder is None or not seen.holder.company:
        return None
    top = min(len(lines), MASTHEAD_LINES if title is None else min(title, MASTHEAD_LINES))
    for pos in range(top):
        ln = lines[pos]
        if ln.boilerplate or ln.bullet:
            continue
        text = ln.text
        if (
            ln.words == 1
            and len(text) >= SHOUTED_MIN
            and text.isupper()
            and text.isalpha()
            and is_generic([text.lower()])
            and under_top_bar(lines, pos)
            and is_credited(lines, seen.page, pos, text, strict=True)
        ):
            why = "masthead at the top of the page, shouted and named in a credit"
            return Brand(text, why, False)
        return None
    return None
