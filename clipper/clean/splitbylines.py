"""Bylines spread over lines in ways the header search (textauthor.py) reads with help: a
byline's label alone over the name ("Autorka:" / "Marta Górecka", Thai "ผู้เขียน" (writer) /
"ปิยะพงษ์ ทองดี"), and the other writers' names one a line under the first's, each maybe over
its role ("Jeff Gray" / "City Hall reporter" / "Oliver Moore" / "Urban affairs reporter"),
and the writers' names under the header's photo and its credit ("Foto: Adobe Stock" /
"Anita Błaszczak" / "Filip Frydrykiewicz"), a name over the date under the standfirst, the
writers a reporter's role marks one a line ("김민기 기자" / "박진성 기자"), and a name in
capitals over the place over the date ("JUANMA LAMET" / "Madrid")."""

from __future__ import annotations

import re

from clipper.clean import meta
from clipper.clean.bylinenames import PROSE_WORDS, cased, name_of, named_in_opening, written_stops
from clipper.clean.coauthors import (
    ROLE_LINE_WORDS,
    is_picture_text,
    is_role_line,
    joined_names,
    parted_names,
    with_names_above,
)
from clipper.clean.headerzone import HEADER_NAME_REACH, header_zone, is_header_stamp, over_stamp
from clipper.clean.linekinds import NAME_LINE_WORDS, name_on_line
from clipper.clean.lines import Line
from clipper.clean.names import marked_name, own_case
from clipper.clean.pagetext import PageText
from clipper.clean.places import is_place_name
from clipper.clean.titlenear import is_filler

# A byline's label alone on its line has at most this many characters: "Written by".
LABEL_CHARS = 16


def label_over_name(lines: list[Line], pos: int, hi: int) -> tuple[str, int] | None:
    """(names, line) of a byline's label alone at `pos` with the name on the next line, read
    as the one line "Label: Name", or a label of several writers with their names one a line
    under it (see labelled_writers); None when the next line holds no person's name in a cased
    script ("Author:" / "The Water Coolest": a newsletter's brand)."""
    text = lines[pos].text
    if AUTHORS_LABEL.match(text):
        return labelled_writers(lines, pos, hi)
    if pos + 1 >= hi or len(text) > LABEL_CHARS or " " in text.strip(":： ").replace(" by", ""):
        return None  # (one word, "Autor:", "ผู้เขียน", or a verb and "by": "Written by")
    under = lines[pos + 1]
    if cased(under.text) and not name_on_line(under):
        return None
    name = meta.author_from_byline(text.rstrip(":： ") + ": " + under.text)
    # (The other writers' names one a line under the first's: "Автор" / "Ксения Шаталова" /
    # "Евгения Бальцер" / "Редактор".)
    listed = labelled_writers(lines, pos, hi) if name == under.text.strip() else None
    if listed and listed[1] > pos + 1:
        return listed
    return (name, pos + 1) if name else None


# A label over several writers' names: "Authors", Ukrainian "Автори публікації" (the
# publication's authors), Russian "Авторы", Polish "Autorzy", German "Autoren".
AUTHORS_LABEL = re.compile(
    r"(?i)^(?:authors|autorzy|autoren|auteurs|autores|autori|авторы|автори|аутори)"
    r"(?:\s+[^\W\d_]+)?\s*:?$"
)

# Such a label names at most this many writers.
MAX_LABELLED = 4


def labelled_writers(lines: list[Line], pos: int, hi: int) -> tuple[str, int] | None:
    """(names, last line) of the writers one a line under a label of several ("Автори
    публікації" / "Ольга Козак" / "Дмитро Ярошенко": "Ольга Козак and Дмитро Ярошенко")."""
    names: list[str] = []
    last = pos
    while last + 1 < hi and len(names) < MAX_LABELLED:
        found = name_on_line(lines[last + 1])
        if not found or found[1] == "age":
            break
        names.append(found[0])
        last += 1
    if not names:
        return None
    return (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]), last


# What joins writers already in a byline's name: "Ann Lee and Tom Ray", "Ann Lee, Tom Ray".
JOINED = re.compile(r",|\s(?:and|&)\s")


def with_names_below(name: str, lines: list[Line], pos: int, hi: int) -> tuple[str, int] | None:
    """(all the writers as a reader cites them, the last line) when the name found alone on
    its line at `pos` has the other writers' names under it (see names_below); else None.
    (Not under a name with a handle: "Natasha Turak @NatashaTurak" over "Key Points".)"""
    alone = lines[pos].text.strip(" .") == name
    if not alone or not cased(name) or JOINED.search(name):
        return None
    below, last = names_below(lines, pos, hi)
    if not below:
        return None
    writers = [name, *below]
    return ", ".join(writers[:-1]) + " and " + writers[-1], last


def names_below(lines: list[Line], pos: int, hi: int) -> tuple[list[str], int]:
    """The other writers' names under the one at `pos`, one a line in the same form as it
    ("Anita Błaszczak" / "Filip Frydrykiewicz", "Jeff Gray" / "City Hall reporter" / "Oliver
    Moore" / "Urban affairs reporter"), and the last line they take.  Each has its role under
    it when the first has; none holds a word the article's opening does (a subheading in
    title case over the text, "Rates Rise Again", does)."""
    names: list[str] = []
    first_roles = roles_under(lines, pos, hi)
    p = last = pos + first_roles
    while p + 1 < hi and len(names) < MAX_BELOW:
        if p + 2 < hi and is_picture_text(lines[p + 1], lines[p + 2]):
            p += 1  # ("Headshot of Sophie Garrity" / "Sophie Garrity": her picture's text)
        ln = lines[p + 1]
        if ln.words > ROLE_LINE_WORDS or not cased(ln.text):
            break
        name = name_of(ln.text, ln)
        roles = roles_under(lines, p + 1, hi)
        if not name or (roles > 0) != (first_roles > 0):
            break
        if any(named_in_opening(word, lines, p + 2 + roles) for word in name.split()):
            break
        names.append(name)
        p = last = p + 1 + roles
    return names, last


# A header names at most this many writers under the first.
MAX_BELOW = 3


def roles_under(lines: list[Line], pos: int, hi: int) -> int:
    """How many lines under the name at `pos` give the writer's role or publication."""
    count = 0
    while pos + 1 + count < hi and is_role_line(lines[pos + 1 + count]):
        count += 1
    # (The place the writer works from under their role, "Economics reporter" / "Ottawa": a
    # word alone, as no name is, or a known place.)
    place = lines[pos + 1 + count] if count and pos + 1 + count < hi else None
    if place and (is_place_name(place.text) or (place.words == 1 and place.text.istitle())):
        count += 1
    return count


def name_under_credit(lines: list[Line], title: int) -> tuple[str, str, int] | None:
    """(names, why, last line) of the writers named right under the header's photo credit, which
    gives its photographer after its label ("Foto: Carina Johansen / NTB" / "Ole Kristian
    Strøm" / "Journalist"): the photo stands between the headline and the byline.  Believed
    only with the byline's other signs: the other writers' names under it (see names_below),
    the writer's role, or the date; and not a name the text's opening holds (the person the
    photo shows)."""
    for pos in range(title + 2, min(len(lines), title + 2 + HEADER_NAME_REACH)):
        credit, ln = lines[pos - 1], lines[pos]
        if not is_credit_line(credit) or ln.words > NAME_LINE_WORDS:
            continue
        name = name_of(ln.text, ln) if cased(ln.text) else None
        if not name or named_in_opening(name, lines, pos + 1):
            continue
        hi = min(len(lines), pos + 1 + 2 * MAX_BELOW)
        more = with_names_below(name, lines, pos, hi)
        if more or roles_under(lines, pos, hi) or over_stamp(lines, pos, True):
            names, last = more or (name, pos)
            return names, "name under the header photo's credit", last
    return None


# A photo's credit line: its label, a colon and the photographer or agency, "Foto: Adobe
# Stock", "Photo credit: Jane Doe / AP" (not a caption ending in a bracket, "… (ePA)").
CREDIT_LABEL = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s*\S")

# A photo's credit line has at most this many words.
CREDIT_LINE_WORDS = 8


def is_credit_line(ln: Line) -> bool:
    """Is the line a photo's credit alone: its label, a colon and who took it?"""
    return ln.words <= CREDIT_LINE_WORDS and bool(CREDIT_LABEL.match(ln.text)) and ln.credit


def name_under_standfirst(lines: list[Line], title: int) -> tuple[str, int] | None:
    """A name alone in a cased script right over the date, under the standfirst's lines of
    prose, which end the header's zone ("Veterans say the move will help young hawkers …" /
    "Taufiq Zalizan" / "Published November 7, 2025"); not one the text's opening names, nor
    one under a date the zone holds: there the article began (a live blog's signed posts).
    Several writers' names on the line, joined by "and" or parted by their roles and
    publication (see joined_names, parted_names), are all of them.  (names, line) or None."""
    zone = header_zone(lines, title)
    # (A caption that dates its photo is no stamp: "Waves hit the pier on Tuesday, 4 November
    # 2025. | OUEST-FRANCE".)
    if any(is_header_stamp(lines[p]) and lines[p].words < PROSE_WORDS for p in zone):
        return None
    for pos in range(zone[-1] + 2 if zone else title + 1, title + 1 + HEADER_NAME_REACH):
        ln = lines[pos] if pos < len(lines) else None
        if not ln or not cased(ln.text) or ln.words > NAME_LINE_WORDS:
            continue
        under = next((p for p in range(pos + 1, len(lines)) if not is_filler(lines[p])), pos)
        if under == pos or not is_header_stamp(lines[under]):
            continue
        name = name_of(ln.text, ln) or joined_names(ln) or parted_names(ln, ln.stops)
        if name and not named_in_opening(name, lines, under + 1):
            name = with_names_above(name, lines, pos, zone[-1] + 2 if zone else title + 1)
            return name, pos
    return None


def marked_writers(lines: list[Line], pos: int) -> tuple[str, int] | None:
    """(names, last line) of the writers a reporter's role marks, one a line from `pos`, in a
    script without capitals ("김민기 기자" / "박진성 기자": "김민기, 박진성", parted by commas as
    the agencies print them); None when the line at `pos` holds no such name."""
    names: list[str] = []
    for p in range(pos, min(len(lines), pos + 1 + MAX_BELOW)):
        name = None if cased(lines[p].text) else marked_name(lines[p].text)
        if not name and names and p + 1 < len(lines) and is_header_stamp(lines[p + 1]):
            name = lines[p].text if BARE_HAN_NAME.match(lines[p].text) else None
        if not name:
            break
        names.append(name)
    return (", ".join(names), pos + len(names) - 1) if names else None


# A Chinese writer's name alone under the first's that the label marked, over the date ("撰文：
# 陳凱琪" / "林子健" / "發佈日期：…"): of three characters, as most are (a section's label,
# "港聞", has two).
BARE_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{3}$")


def shouted_over_stamp(lines: list[Line], pos: int, page: PageText) -> str | None:
    """A name alone in capitals over the place over the date, in its own case ("JUANMA LAMET"
    / "Madrid" / "Actualizado Miércoles, 5 noviembre 2025": "Juanma Lamet"), of two or three
    words no label's nor the text's.  (Right over the date a line in capitals is as often a
    label, "CHINA TOPIX", and anywhere a kicker: "WINTER STORM" over a story on the storm.)"""
    ln = lines[pos]
    words = ln.text.split()
    if not ln.text.isupper() or not 2 <= len(words) <= 3 or not over_stamp(lines, pos, True):
        return None
    under = next((p for p in range(pos + 1, len(lines)) if not is_filler(lines[p])), pos)
    if is_header_stamp(lines[under]):
        return None
    if any(named_in_opening(word, lines, pos + 1) for word in words):
        return None
    return name_of(own_case(ln.text), ln, written_stops(page, ln))
