"""Where a page names its masthead again: in a credit or a dateline ("(ABC News: Jane Doe)"),
or in a line of its footer's links or notices: "Marca en otros idiomas" (Marca in other
languages) under "MARCA", "GZH faz parte do The Trust Project" (GZH is part of The Trust
Project) under "GZH", "Over Het Parool" (about Het Parool)."""

from __future__ import annotations

import re

from clipper.clean.linekinds import is_dateline
from clipper.clean.lines import Line
from clipper.clean.pagetext import PageText

# How far above the copyright line a page's footer reaches.
FOOTER_LINES = 25

# The words a footer's line holds besides the name: a few after it ("Mumbai News" is a
# section's link; "Mumbai Metro Line 3: Full stretch to open" a related story's headline), or
# one to three before it ("Over Het Parool").
AFTER_WORDS = (2, 6)
BEFORE_WORDS = (1, 3)

# The most words of a footer's line that names the masthead among others, twice being enough:
# its logo and its app's link ("IOL", "Download the IOL app").
SHORT_LINE_WORDS = 6


def named_in_footer(lines: list[Line], name: str, pos: int, notice: int) -> bool:
    """Does a line of the footer (the lines about the copyright line at `notice`), other than
    line `pos`, open or close with the name and a few words more, no headline's colon or full
    stop?  A name in capitals ("MARCA") may be written in any case there."""
    said = re.escape(name)
    echo = re.compile(
        r"^" + said + r"\s+(?P<after>[^:.!?|]+)$|^(?P<before>[^:.!?|]+?)\s+" + said + "$",
        re.I if name.isupper() else 0,
    )
    # (Or in two short lines of it, alone or inside: "IOL" and "Download the IOL app".)
    inside = re.compile(r"(?<![\w.-])" + said + r"(?![\w-]|\.\w)", re.I if name.isupper() else 0)
    short = 0
    for i in range(max(0, notice - FOOTER_LINES), min(len(lines), notice + FOOTER_LINES)):
        ln = lines[i]
        if i == pos or ln.bullet or name.lower() not in ln.low:
            continue
        m = echo.match(ln.text)
        if m is None:
            short += ln.words <= SHORT_LINE_WORDS and inside.search(ln.text) is not None
            if short >= 2:
                return True
            continue
        words, (low, high) = (
            (m["after"], AFTER_WORDS) if m["after"] is not None else (m["before"], BEFORE_WORDS)
        )
        if low <= len(words.split()) <= high:
            return True
    return False


# The words after a one-word name's colon in a credit, at most ("Onet: Regulamin"): more make
# a headline with its place ("Mumbai: BMC budget for 2025-26 set at Rs 74,427 crore").
CREDIT_MAX_WORDS = 3


def is_credited(
    lines: list[Line], page: PageText, pos: int, name: str, *, strict: bool = False
) -> bool:
    """Does another line of the page credit the name (line `pos`'s), set off as a credit or a
    dateline sets it: "(ABC News: Jane Doe)", "© РИА Новости / Иван Петров", "МОСКВА, 30 авг —
    РИА Новости."?  (Not prose: a city's or a section's name in a sentence credits nothing.)
    `strict`, for a name of one word, which may be a place's: not a dateline's ("07:10 AM IST
    | Mumbai"), nor a headline's place before its colon."""
    said = re.escape(name)
    # After a bracket, a dash, a bar or a slash; at a line's start before a colon or a slash;
    # at its end after a comma ("Jane Doe, Yahoo News"); after a label's colon and before the
    # slash to its photographer or agency ("Foto: Blic/ Jan Kos", "Izvor: Blic/Tanjug").  A
    # comma on both sides is prose's.
    credit = re.compile(
        r"[(©—–|/]\s*" + said + r"\s*(?:[:.)/|,]|$)|^" + said + r"\s*[:)/|]|,\s*" + said + "$"
        r"|\w:\s*" + said + r"\s*/"
    )
    for i in page.lines_holding((name.lower(),)):
        ln = lines[i]
        m = credit.search(ln.text) if i != pos and ln.text != name else None
        if m is None:
            continue
        if not strict:
            return True
        rest = ln.text[m.end() :].split() if m.start() == 0 else []
        if not is_dateline(ln) and len(rest) <= CREDIT_MAX_WORDS:
            return True
    return False
