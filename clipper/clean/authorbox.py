"""Where a page introduces its writer away from the header: an author's box ("About Carlos
Nadalim", "この記事を書いた人" over the name) and a writer's note at the article's end ("Nadia
Kersh is a senior writer at WIRED covering energy").  A name the header prints alone, where
nothing else tells it from a section's label or a place, is the writer's when the page
introduces it so."""

from __future__ import annotations

import re

from clipper.clean.bylinenames import cased, name_of
from clipper.clean.linekinds import DATELINE_REACH, NAME_LINE_WORDS
from clipper.clean.lines import Line
from clipper.clean.release import is_press_release
from clipper.clean.vocab import PROMO_BIO

# What an author's box says before the writer's name: "About Carlos Nadalim", "Sobre
# Carlos Nadalim", "Recent from Ed Cara".
AUTHOR_BOX = re.compile(
    r"(?i)^(?:about|more\s+(?:from|by)|recent\s+from|posts\s+by|articles\s+by|written\s+by"
    r"|sobre|über|à\s+propos\s+de|acerca\s+de|mehr\s+von|más\s+de|altri\s+articoli\s+di)"
    r"\s+(?:the\s+author\s*:?\s*)?"
)

# An author's box's heading is this short.
MAX_BOX_WORDS = 8

# The heading of an author's box with the writer's name on the next line, in the languages
# the cleaner reads: "About the author", "Über die Autorin", "この記事を書いた人" (who wrote
# this article), "筆者" (the writer), "作者简介" (about the author), "기자 프로필".
AUTHOR_HEADING = re.compile(
    r"(?i)^(?:about\s+the\s+(?:author|writer)|the\s+author|über\s+(?:den\s+autor|die\s+autorin)"
    r"|sobre\s+(?:el\s+autor|la\s+autora|o\s+autor|a\s+autora)|à\s+propos\s+de\s+l'auteur"
    r"|l'autore|o\s+autorze|yazar\s+hakkında|об\s+авторе"
    r"|この記事を書いた人|この記事の筆者|筆者|執筆者|著者|記者プロフィール|作者简介|作者|关于作者"
    r"|기자\s*프로필)\s*:?$"
)

# The name before "is a senior writer at …" in a writer's note (vocab.PROMO_BIO), maybe with
# the writer's handle: "Jane Doe (@janedoe) is a reporter…".
NOTE_NAME = re.compile(r"^(?P<name>.+?)(?:\s+\(@\w+\))?\s+is\s")

# A note on someone who was a writer, and is not this article's: "Dan Ortiz is a former editor
# at the Tribune and now runs a consultancy".
FORMER = re.compile(r"(?i)\b(?:former|ex-|retired|onetime)")


def in_author_box(name: str, lines: list[Line], first: int) -> bool:
    """Does the page introduce the name as its author's ("About Carlos Nadalim")?  Then the
    name the opening holds is the writer's own: a blogger tells of himself ("O prof. Carlos
    Nadalim apresenta, neste vídeo, ...").  Not in a press release (its article's first line
    `first`): its "About Northwind Robotics" is the issuer's, the company it tells of."""
    return not is_press_release(lines, first) and any(
        ln.text.endswith(name) and AUTHOR_BOX.sub("", ln.text, count=1) == name != ln.text
        for ln in lines
        if ln.words <= MAX_BOX_WORDS
    )


def introduced_names(lines: list[Line]) -> set[str]:
    """The names the page introduces as its writers': the line under an author's box's
    heading ("この記事を書いた人" / "山本健一"), the subject of a writer's note ("Nadia Kersh
    is a senior writer at WIRED")."""
    names = set()
    for pos, ln in enumerate(lines):
        if ln.promo and PROMO_BIO.match(ln.text) and not FORMER.search(ln.text):
            note = NOTE_NAME.match(ln.text)
            names.add(note["name"] if note else "")
        elif pos + 1 < len(lines) and ln.words <= MAX_BOX_WORDS and AUTHOR_HEADING.match(ln.text):
            names.add(lines[pos + 1].text)
    return names - {""}


# How far over the headline a name the page introduces as its writer's may stand, in lines:
# over a section's label and the date ("Nadia Kersh" / "Business" / "Jun 4, 2024").
INTRODUCED_REACH = 3


def introduced_name(lines: list[Line], title: int) -> tuple[str, int] | None:
    """(name, line) of a name alone on a line by the headline, over it too, that the page
    introduces as its writer's in an author's box or a writer's note (introduced_names)."""
    lo, hi = max(0, title - INTRODUCED_REACH), min(len(lines), title + DATELINE_REACH)
    near = [p for p in range(lo, hi) if p != title and lines[p].words <= NAME_LINE_WORDS]
    names = introduced_names(lines) if near else set()
    for pos in near:
        ln = lines[pos]
        # (In a script with capitals it must be a person's name, not a place's: the note may
        # tell where the writer lives.)
        if ln.text in names and (not cased(ln.text) or name_of(ln.text, ln)):
            return ln.text, pos
    return None
