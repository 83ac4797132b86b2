"""A writer's signature in the header: their name on one line and their role on the next
("Andrés Felipe Ruiz Garzón" / "Periodista de Deportes", "Francine Kopun" / "City Hall Bureau
Chief"), or both on one line over the dateline ("Ellie Brannigan Community Reporter").  Both
lines are short and unpunctuated, as a headline is, but neither is one; the headline finder
(textmeta.py) passes over them."""

from __future__ import annotations

import re

from clipper.clean.linekinds import is_stamp
from clipper.clean.lines import Line
from clipper.clean.names import ROLE_RANKS, ROLE_WORDS, is_names_words

# A role line's words: a desk or a beat and the role ("Transportation Reporter", "City Hall
# Bureau Chief"), or the role and its beat after a preposition ("Periodista de Deportes",
# "Editor of The Times", "Redakteur für Politik"), up to this many.
ROLE_LINE_WORDS = 5
# Roles a desk's name goes before, besides ROLE_WORDS' ("Bureau Chief", "Sports Producer").
MORE_ROLES = frozenset({"chief", "producer", "anchor", "photographer", "analyst", "redaktor"})
# Words between a role and its beat.
ROLE_PREPOSITIONS = frozenset("de del of for für du di da w в по".split())

# A name's words: capitalised, but for its particles ("Juan de la Cruz", "Pieter van Dam").
NAME_PARTICLES = frozenset("de del la las los y e da das do dos di van von der den le du".split())
NAME_MAX_WORDS = 5
NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def is_role_line(ln: Line) -> bool:
    """Is the line a writer's role alone, every word capitalised but its prepositions?"""
    words = ln.text.split()
    if not 1 <= len(words) <= ROLE_LINE_WORDS or ln.sentence_end:
        return False
    low = [w.lower() for w in words]
    role = low[-1] in ROLE_WORDS or low[-1] in MORE_ROLES
    if not role and len(low) >= 3 and low[1] in ROLE_PREPOSITIONS:
        role = low[0] in ROLE_WORDS or low[0] in MORE_ROLES
    return role and all(w[:1].isupper() or w in ROLE_PREPOSITIONS for w in words)


def is_name_shaped(ln: Line) -> bool:
    """Could the line be a person's name: two to NAME_MAX_WORDS capitalised words, no digit?"""
    words = ln.text.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS:
        return False
    return all(
        NAME_WORD.match(w) is not None and (w[:1].isupper() or w in NAME_PARTICLES) for w in words
    )


def in_signature(lines: list[Line], pos: int) -> bool:
    """Is the line at `pos` a writer's name over their role, or the role under the name, or
    both on the line?"""
    ln = lines[pos]
    if pos + 1 < len(lines) and is_name_shaped(ln) and is_role_line(lines[pos + 1]):
        return True
    if pos > 0 and is_role_line(ln) and is_name_shaped(lines[pos - 1]):
        return True
    return is_signature_line(lines, pos)


# A name and a role of a desk's words on one line: a role this long (one word alone, "Jane
# Doe Reporter", is a name line's role for names.person_name already), its words before the
# role a rank's or a desk's (ROLE_RANKS' and these).
SIGNED_ROLE_WORDS = (2, 3)
DESKS = frozenset(
    "community crime court courts city local consumer money travel entertainment digital news"
    " breaking trending trends royal weather property culture arts music film food motoring"
    " investigations investigative data social media showbiz lifestyle politics family"
    " transport housing farming rural features opinion audience".split()
)


def is_signature_line(lines: list[Line], pos: int) -> bool:
    """Is the line at `pos` a writer's name and role, no comma between them, right over the
    dateline ("Ellie Brannigan Community Reporter" / "10:42, 14 Oct 2025")?  (Over the dateline
    a headline in title case may end in a role too, "Airline Names New Editor": only a rank's
    or a desk's words stand between the name and the role.)"""
    ln = lines[pos]
    words = ln.text.split()
    if not 4 <= len(words) <= NAME_MAX_WORDS + SIGNED_ROLE_WORDS[-1] or ln.sentence_end:
        return False
    nxt = next((p for p in range(pos + 1, min(len(lines), pos + 3)) if lines[p].words), None)
    if nxt is None or not is_stamp(lines[nxt]):
        return False
    for size in SIGNED_ROLE_WORDS:
        name, role = words[:-size], words[-size:]
        if (
            2 <= len(name) <= 3
            and is_names_words(name, ln.stops)
            and role[-1][:1].isupper()
            and role[-1].lower() in ROLE_WORDS
            and all(w[:1].isupper() and w.lower() in ROLE_RANKS | DESKS for w in role[:-1])
        ):
            return True
    return False
