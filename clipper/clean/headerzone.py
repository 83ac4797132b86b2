"""Where a byline may stand in a text dump's header: the few lines under the headline down
to the article's first line of prose (header_zone), and over the date stamp (over_stamp).  The
author finder (textauthor.py) asks these of the header's lines."""

from __future__ import annotations

import re

from clipper.clean.bylinenames import PROSE_WORDS, cased, in_sentence_case, name_of
from clipper.clean.linekinds import (
    DATELINE_REACH,
    PUBLICATION_WORD,
    SHOUTED_PUBLICATION,
    is_stamp,
)
from clipper.clean.lines import Line
from clipper.clean.meta import AFFILIATION
from clipper.clean.names import UNCASED_LABEL_WORDS
from clipper.clean.titlenear import is_filler

# How far under the headline a name alone may stand, in lines.
HEADER_NAME_REACH = DATELINE_REACH


def header_zone(lines: list[Line], title: int) -> list[int]:
    """Positions of the header's lines under the headline: up to HEADER_NAME_REACH of them,
    ending above the article's first line of prose."""
    zone = []
    for pos in range(title + 1, min(len(lines), title + 1 + HEADER_NAME_REACH)):
        ln = lines[pos]
        prose = ln.words >= 2 * PROSE_WORDS or (ln.words >= PROSE_WORDS and ln.sentence_end)
        if prose and pos > title + 1:
            break
        zone.append(pos)
    return zone


# A reading time by a byline: "5 min read", "7 Min Read".
READ_TIME = re.compile(r"(?i)^\d{1,3}\s*min(?:ute)?s?\.?\s+read$")

# A line this short between a name and the date is a place, a role or the publication ("Rio de
# Janeiro", "Газета.Ru").
BETWEEN_WORDS = 3


def over_stamp(lines: list[Line], pos: int, cased: bool) -> bool:
    """Does the line at `pos` stand right over a date stamp or a reading time, or, in a script
    with capitals, over it with a short line between (a place: "Leonardo Vieceli" / "Rio de
    Janeiro" / "11.jun.2024 às 9h05")?  (Without capitals, a place over the name over the date,
    "नई दिल्ली" / "राहुल शर्मा", would be taken for it: only a column's label may stand
    between, Hebrew "טור דעה".)  A line under the date is no byline: nothing tells a name
    there from a subheading in title case ("Transit Plan Approved"), a country or a tag."""
    below = [p for p in range(pos + 1, min(len(lines), pos + 4)) if not is_filler(lines[p])]
    if below and is_header_stamp(lines[below[0]]):
        return True
    if len(below) < 2 or not is_header_stamp(lines[below[1]]):
        return False
    between = lines[below[0]]
    if not cased:  # (only a column's label between: "נועה לנדאו-כהן" / "טור דעה" / the date)
        return UNCASED_LABEL_WORDS.issuperset(between.text.split())
    # (Not another name: "Ben Patton Trinity" in a list of results is the next line's.)
    return (
        between.words <= BETWEEN_WORDS
        and not any(c.isdigit() for c in between.text)
        and not name_of(between.text, between)
    )


def is_header_stamp(ln: Line) -> bool:
    """A dateline, a date stamp ("Updated 2 hours ago") or a reading time ("5 min read")."""
    return is_stamp(ln) or READ_TIME.match(ln.text) is not None


def labels_over(lines: list[Line], pos: int) -> int:
    """How many section labels stand right over the headline at `pos` ("Наука и техника" /
    "Наука"), up to LABELS_OVER: short lines without a digit, which do not push a dateline
    over them out of the headline's reach."""
    n = 0
    while n < LABELS_OVER and pos - n > 0:
        ln = lines[pos - n - 1]
        if ln.words > LABEL_WORDS or any(c.isdigit() for c in ln.text):
            break
        n += 1
    return n


# The most section labels (of LABEL_WORDS words at most) looked past over a headline.
LABELS_OVER = 2
LABEL_WORDS = 3


def under_dated_headline(lines: list[Line], pos: int, title: int) -> bool:
    """Is the line at `pos` the first under the headline, with the date over the headline,
    maybe over its section's labels ("March 4, 2024" / headline / "Marta Quintana" / the text,
    "14:52, 21 ноября 2025" / "Наука" / headline / "Анна Ковалева")?  The byline stands where
    the date does not.  (In a script without capitals a place stands there as often.)"""
    under = next((p for p in range(title + 1, pos + 1) if not is_filler(lines[p])), None)
    top = title - 1 - labels_over(lines, title)  # (over the section's labels: "Наука")
    above = next((p for p in range(top, -1, -1) if not is_filler(lines[p])), None)
    return under == pos and above is not None and is_header_stamp(lines[above])


def name_under_stamp(lines: list[Line], pos: int, title: int) -> bool:
    """Is the line at `pos` a name alone under the header's date stamp and the publication's
    name, under a headline in sentence case ("В Карелии нашли …" / "29 октября 2025, 14:07" /
    "Газета.Ru" / "Анна Коваленко" / "Подписаться"), over a button, as a portal prints the
    story it reprints?  Right under the date a subheading in title case, a country or a tag
    stands as often ("Transit Plan Approved", "United Kingdom"); a section's label the menu
    prints too is no name."""
    ln = lines[pos]
    if ln.credit or not cased(ln.text) or not in_sentence_case(lines[title].text):
        return False
    if len(ln.text.split()) < 2 or name_of(ln.text, ln) != ln.text:
        return False
    above = [p for p in range(pos - 1, max(title, pos - 3), -1) if not is_filler(lines[p])]
    if len(above) < 2 or not is_header_stamp(lines[above[1]]):
        return False
    between = lines[above[0]]
    if between.words > BETWEEN_WORDS or not is_publication_name(between.text):
        return False
    # (Under the name a button, "Подписаться" (subscribe); under a subheading the text.)
    under = next((p for p in range(pos + 1, len(lines)) if not is_filler(lines[p])), pos)
    if under == pos or lines[under].words > BETWEEN_WORDS:
        return False
    return not any(other.text == ln.text for other in lines[:title])


# A publication's name written as its address: "Газета.Ru", "Lenta.ru", "RIA.ru".
HOST_NAME = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,6}$")


def is_publication_name(text: str) -> bool:
    """Is the text a publication's name as a header prints it by the date: by its newsy
    word ("Daily News", "USA TODAY"), an agency's ("Reuters") or its address ("Газета.Ru")?"""
    return bool(
        PUBLICATION_WORD.match(text)
        or SHOUTED_PUBLICATION.match(text)
        or AFFILIATION.match(text)
        or HOST_NAME.match(text)
    )
