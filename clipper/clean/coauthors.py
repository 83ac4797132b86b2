"""Several writers in a header, as a reader would cite them all: one name a line, each maybe
with its role or publication under it ("Jordan Mendoza" / "USA TODAY" / "Greta Cross" /
"USA TODAY", "김민지 기자" / "박준혁 기자"), or their names alone on one line, joined by "and"
("Ciarán Dwyer and Amy Nolan", "Gwenaëlle Le Bihan et Thomas Rouxel.")."""

from __future__ import annotations

import re
from collections.abc import Collection

from clipper.clean import meta
from clipper.clean.bylinenames import cased, name_of
from clipper.clean.linekinds import PUBLICATION_WORD, SHOUTED_PUBLICATION
from clipper.clean.lines import Line
from clipper.clean.names import BYLINE_WORDS, NAME_JOINS, ROLE_WORDS, marked_name, own_case

# Words that join two writers' names, alone on a line between them ("By X" / "and" / "Y").
JOIN_LINES = frozenset(("&", "en", "na", *NAME_JOINS))

# A line under a writer's name giving their role or publication has at most this many words:
# "Deputy Sports Editor", "Nation Media Group".
ROLE_LINE_WORDS = 4

# How many lines over a writer's name the others' may stand: two more names, each with a role
# and a publication under it.
ABOVE_REACH = 8


def names_above(lines: list[Line], pos: int, top: int) -> tuple[list[str], bool]:
    """The other writers' names over the one at `pos`, first first, and whether an "and" alone
    on its line joined them: names on the consecutive lines over it, each maybe over its role,
    publication or "and" ("Jordan Mendoza" / "USA TODAY" / "Greta Cross").  Reading stops at
    the first other line, and at `top` (the line under the headline)."""
    names: list[str] = []
    joined = False
    for p in range(pos - 1, max(top, pos - ABOVE_REACH) - 1, -1):
        ln = lines[p]
        if is_picture_text(ln, lines[p + 1]):
            break  # ("Foto von Anna Berg" / "Anna Berg": her picture's text, no writer's name)
        if ln.low in JOIN_LINES:
            joined = True
            continue
        if is_role_line(ln):
            continue
        # (In a script without capitals, only a name its role marks, "김민지 기자": a place over
        # the name, "नई दिल्ली" / "अनिल वर्मा", is not told from another name.)
        # ("Jenni Allén," / "Tuomas Hakala": the comma joins the names.)
        text = ln.text.rstrip(" ,")
        name = name_of(text, ln) if cased(text) else marked_name(text)
        if not name or ln.words > ROLE_LINE_WORDS + 2:
            break
        names.insert(0, name)
    return names, joined


def is_picture_text(ln: Line, under: Line) -> bool:
    """Is the line the text standing for the picture of the writer the next line names, the
    name closing it after a few words ("Headshot of Sophie Garrity", "Author picture of
    Nomvula Khumalo", "Foto von Anna Berg", "Ảnh của Thu Hà" over the name alone)?"""
    name = under.text.strip()
    head = ln.text[: -len(name)].split() if ln.text.endswith(name) else []
    return 1 <= len(head) <= PICTURE_WORDS and " " in name and head[0][:1].isupper()


# The words before the writer's name in their picture's text: "Author picture of".
PICTURE_WORDS = 3


# Words a publisher's or agency's name holds anywhere: "Nation Media Group".
ORG_WORDS = frozenset("media group network news press agency".split())


def is_role_line(ln: Line) -> bool:
    """A writer's role or publication on its own line under their name: "Reporter", "Deputy
    Sports Editor", "USA TODAY", "Nation Media Group"."""
    if ln.words > ROLE_LINE_WORDS or not cased(ln.text):
        return False
    return bool(
        any(word in ROLE_WORDS for word in ln.tokens[:1] + ln.tokens[-1:])
        or not ORG_WORDS.isdisjoint(ln.tokens)
        or PUBLICATION_WORD.match(ln.text)
        or SHOUTED_PUBLICATION.match(ln.text)
        or meta.AFFILIATION.match(ln.text)
    )


# A byline names at most this many writers one a line.
MAX_LINES = 4


def bylines_below(name: str, lines: list[Line], pos: int, hi: int) -> tuple[str, int] | None:
    """(all the writers, the last line) when the byline ending at `pos`, naming `name`, has
    the other writers' under it one a line: each a byline of its own ("Na Bakari Kiango" /
    "Na Mary Mwita", Swahili's "by"; "By Ann Lee" / "By Tom Ray"), or, under a byline in
    capitals, a name of two or three words in capitals alone ("By CHRIS TAN" / "LO TERN
    CHERN"), no place's ("NEW YORK") nor publication's.  None when no writer follows."""
    names = [name]
    last = pos
    while last + 1 < hi and len(names) < MAX_LINES:
        ln = lines[last + 1]
        other = meta.author_from_byline(ln.text)
        if not other and name.isupper() and ln.text.isupper() and 2 <= ln.words <= 3:
            other = shouted_writer(ln)
        if not other or other in names or not cased(other):
            break
        names.append(other)
        last += 1
    if len(names) == 1:
        return None
    return ", ".join(names[:-1]) + " and " + names[-1], last


def shouted_writer(ln: Line) -> str | None:
    """The name a line in capitals holds alone, in capitals as printed ("LO TERN CHERN"); None
    for a place, a publication, a role."""
    if is_role_line(ln) or meta.AFFILIATION.match(ln.text):
        return None
    found = name_of(own_case(ln.text), ln)
    return ln.text if found and found == own_case(ln.text) else None


def with_names_above(name: str, lines: list[Line], pos: int, top: int) -> str:
    """The writer's name found at `pos`, after the other writers' over it, as a reader cites
    them: "A and B" for two, "A, B and C" for more (in a script without capitals the names
    parted by commas, as the agencies print them: "김민지, 박준혁")."""
    above, joined = names_above(lines, pos, top)
    writers = [*above, name]
    if len(writers) == 1:
        return name
    if not cased(name):
        return ", ".join(writers)
    return ", ".join(writers[:-1]) + " and " + writers[-1]


def writer_after_roles(
    lines: list[Line], pos: int, hi: int, stops: Collection[str] | None = None
) -> tuple[str, int] | None:
    """The second writer of a byline ending at `pos` whose writers each have their role or
    publication under them, "and" between ("By Bernard Rotich" / "Sports Writer" / "Nation
    Media Group" / "&" / "Ayumba Ayodi"): the name and its line; None for any other lines.
    `stops`: as name_of's."""
    p = pos + 1
    while p < hi and is_role_line(lines[p]):
        p += 1
    if p == pos + 1 or p + 1 >= hi or lines[p].low not in JOIN_LINES:
        return None
    ln = lines[p + 1]
    name = name_of(ln.text, ln, stops) if cased(ln.text) else None
    return (name, p + 1) if name else None


# Two or three writers' names alone on a line, joined by "and", maybe with a full stop:
# "Ciarán Dwyer and Amy Nolan", "Gwenaëlle Le Bihan et Thomas Rouxel.".
JOINED_NAMES = re.compile(r"^(?:" + meta.NAME + meta.JOIN + r"){1,2}" + meta.NAME + r"\.?$")


def joined_names(ln: Line) -> str | None:
    """The line's writers when it holds only their names joined by "and" (each a person's name
    of two words or more, not a place's nor a publication's), as printed; None otherwise."""
    if ln.words > 3 * 4 or not JOINED_NAMES.match(ln.text):
        return None
    text = ln.text.rstrip(".")
    parts = re.split(meta.JOIN, text)
    if all(len(part.split()) >= 2 and name_of(part, ln) == part for part in parts):
        return text
    return None


# Writers' names parted by dashes, the place after a slash: Turkish papers' "Serkan Yıldırım
# - Onur Baş / AMSTERDAM".  (Without the place, "Elif Kaya - Ankara Büyükşehir" is as likely a
# name and an office.)
DASHES = re.compile(r"\s+[-–]\s+")
PLACE_AFTER = re.compile(r"\s+/\s+[^\W\d_][\w .-]{1,30}$")


def dashed_names(ln: Line, stops: Collection[str]) -> str | None:
    """The writers of a header line of two or three names parted by dashes, then a slash and
    the place ("Serkan Yıldırım - Onur Baş / AMSTERDAM": "Serkan Yıldırım and Onur Baş"), each
    of two words or more; None otherwise.  `stops`: as name_of's."""
    place = PLACE_AFTER.search(ln.text)
    if ln.words > 3 * 4 or not place:
        return None
    parts = DASHES.split(ln.text[: place.start()])
    if not 2 <= len(parts) <= 3:
        return None
    if not all(len(part.split()) >= 2 and name_of(part, ln, stops) == part for part in parts):
        return None
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# What parts a byline's writers, their roles and their publication on one line: commas, dots,
# bars, dashes and the words joining names ("Charles Hymas, Home Affairs Editor and Nick
# Gutteridge, Political Correspondent", "Sarah Petrowski, Ian Fröhlich · CBC News ·").
BYLINE_PART = re.compile(
    r"\s*[,·|•]\s*|\s+(?:" + "|".join(map(re.escape, sorted(NAME_JOINS))) + r")\s+"
)
DASH = re.compile(r"\s+[-–—]\s+")

# The last word of a desk's name a byline gives after the writer's, as a role: "Ekonomi
# Servisi" (Turkish, the economy desk), "Metro Desk", "Sportredaktion".
DESK_WORDS = BYLINE_WORDS | frozenset(
    "servisi masası redaktion sportredaktion redacción rédaction redazione redactie redakcja"
    " редакция".split()
)

# Such a line names at most this many writers.
PARTED_NAMES = 4


def parted_names(ln: Line, stops: Collection[str]) -> str | None:
    """The writers of a header line that holds their names with their roles or publication
    between and after them: "Charles Hymas, Home Affairs Editor and Nick Gutteridge, Political
    Correspondent" ("Charles Hymas and Nick Gutteridge"), "Sarah Petrowski, Ian Fröhlich · CBC
    News ·", "Zeynep Aktaş - Ekonomi Servisi".  A name first, each of two words or more, and
    every other part a role, a desk or a publication; two writers at least, or one with a
    role or desk (one name and a publication alone is as often a photo's credit).  None for
    any other line.  `stops`: as name_of's."""
    if ln.words > PARTED_NAMES * 4 or not cased(ln.text):
        return None
    # (Only a role, a desk or a publication after a dash: "Elif Kaya - Ankara Büyükşehir" is
    # as likely a name and an office.)
    head, *after_dash = DASH.split(ln.text.strip(" ·|•"))
    parts = [part for part in BYLINE_PART.split(head) if part]
    if not all(part and is_role_part(part) for part in after_dash):
        return None
    names: list[str] = []
    roles = sum(part.split()[-1].lower() in ROLE_WORDS | DESK_WORDS for part in after_dash)
    for at, part in enumerate(parts):
        if at and is_role_part(part):
            roles += part.split()[-1].lower() in ROLE_WORDS | DESK_WORDS
            continue
        if len(part.split()) < 2 or name_of(part, ln, stops) != part:
            return None
        names.append(part)
    if not names or len(names) > PARTED_NAMES or (len(names) < 2 and not roles):
        return None
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def is_role_part(part: str) -> bool:
    """Is this part of a byline a writer's role, desk or a publication's name ("Political
    Correspondent", "Ekonomi Servisi", "CBC News", "Reuters")?"""
    words = part.split()
    if len(words) > ROLE_LINE_WORDS or not part[:1].isupper():
        return False
    return bool(
        words[-1].lower() in ROLE_WORDS | DESK_WORDS
        or PUBLICATION_WORD.match(part)
        or SHOUTED_PUBLICATION.match(part)
        or meta.AFFILIATION.match(part)
    )
