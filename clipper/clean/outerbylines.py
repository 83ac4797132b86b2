"""Bylines outside the header under the headline, where the byline search (textauthor.py)
does not look: a "By" byline over the headline ("By Tom Jarvis and Ellen Coulter" / "Topic:
Agriculture" / "Tue 28 Oct" / headline), and, when the header names nobody, a byline under the
article: a Japanese paper's names in brackets after the last paragraph ("【田中理沙、渡辺健太】",
"（佐藤亮太、木村彩花）"), a labelled byline closing the text ("Autorka: Anna Wrzosek (PAP)"),
or the writer's name alone right under the text, over the page's furniture ("Анатолий
Костырев" / "Читайте также")."""

from __future__ import annotations

import re

from clipper.clean import meta
from clipper.clean.bylinenames import cased, in_sentence_case, name_of
from clipper.clean.linekinds import is_stamp
from clipper.clean.lines import Line
from clipper.clean.names import marked_name

# How far over the headline a "By" byline may stand, in lines: over a topic's label and the
# date ("By Tom Jarvis and Ellen Coulter" / "Topic:Agriculture" / "Tue 28 Oct" / headline).
BY_OVER_REACH = 4

# A line between such a byline and the headline has at most this many words, if no stamp.
LABEL_WORDS = 3


def by_over_headline(lines: list[Line], title: int) -> tuple[str, int] | None:
    """A "By" byline over the headline, its names and line, with only short labels and stamps
    between them (a longer line between is another story's: a teaser's headline over its
    byline)."""
    for pos in range(title - 2, max(-1, title - 2 - BY_OVER_REACH), -1):
        ln = lines[pos]
        name = meta.author_from_byline(ln.text) if meta.BYLINE.match(ln.text) else None
        if name:
            return name, pos
        if ln.words > LABEL_WORDS and not is_stamp(ln):
            return None
    return None


# A Japanese paper's writer's name: two to five characters, or a surname of two or three and
# a given name in hiragana ("吉田みなみ").  (Not a source's name in brackets: it has no kana,
# nor more than five characters; nor a note: "（写真は共同）", "（続く）".)
_JA_NAME = r"(?:[\u3400-\u9fff]{2,5}|[\u3400-\u9fff]{2,3}[\u3041-\u3096]{2,4})"

# A Japanese paper's writers closing the article: their names in brackets, parted by "、".
BRACKETED_NAMES = re.compile(
    r"^[【（(]\s*(?P<names>" + _JA_NAME + r"(?:[、，,]\s*" + _JA_NAME + r"){0,3})\s*[】）)]$"
)

# An agency's name after a labelled byline's writer: "Autorka: Anna Wrzosek (PAP)".
AGENCY_AFTER = re.compile(r"\s*\((?:[A-Z]{2,6}|[A-Z][a-z]+)\)$")

# How far from the article's last line a closing byline may stand, in lines (a wire's
# initials, "awrz/ mhr/", may follow it; share buttons and tags before the furniture).
REACH = 3


# What closes a Japanese article in brackets and names no writer: an agency ("（共同）",
# "（時事通信）"), a paper, a picture's provider.
NOT_WRITERS = re.compile(r"共同|時事|通信|新聞|新华|新華|社|提供|撮影|電|电|写真|画像|続|終")


def closing_byline(lines: list[Line], last: int) -> str | None:
    """The writers a byline at the article's end names, its last line at `last`: within
    REACH lines of it, either way; None when there is none."""
    for pos in range(max(0, last - REACH), min(len(lines), last + REACH + 1)):
        text = lines[pos].text
        found = BRACKETED_NAMES.match(text)
        if found and not NOT_WRITERS.search(found["names"]):
            return "、".join(re.split(r"\s*[、，,]\s*", found["names"]))
        marked = marked_writers(text)
        if marked:
            return marked
        label = meta.BYLINE.match(text)
        # (Only a label's byline: "By" closing a text opens a teaser's or a letter's.)
        if label and text[: label.start("name")].rstrip().endswith(":"):
            return meta.author_from_byline(AGENCY_AFTER.sub("", text))
    return None


def marked_writers(text: str) -> str | None:
    """The writers of a closing line that holds only their names, each marked by their role,
    in a script without capitals: "김정환 기자 / 박소연 기자" ("김정환, 박소연", parted by commas
    as such scripts' writers are).  Not a name in brackets: a photo's credit ("[이승환 기자]")."""
    if BRACKETS.search(text):
        return None
    names = [marked_name(part) for part in MARKED_PARTS.split(text.strip())]
    if len(names) > MARKED_WRITERS or not all(names):
        return None
    return ", ".join(name for name in names if name)


# A bracket, which sets a photo's credit off.
BRACKETS = re.compile(r"[\[\]【】（）()]")

# What parts the writers of such a line: a slash, a comma, a middle dot.
MARKED_PARTS = re.compile(r"\s*[/,·]\s*")

# Such a line names at most this many writers.
MARKED_WRITERS = 4


# A line under a closing name has at most this many words: a box's label ("Читайте также",
# read also), a button; not the text's next paragraph, nor a list of headlines.
LABEL_UNDER_WORDS = 3


def closing_name(lines: list[Line], last: int, headline: str) -> str | None:
    """The writer's name alone on the line right under the article's last at `last`, over a
    label or a button, on a page whose headline is in sentence case ("… под постоянным
    мониторингом»." / "Анатолий Костырев" / "Читайте также"), and named nowhere else on the
    page; None otherwise.  (Under a headline in title case a related story's headline or a
    tag stands there as often: "Transit Plan Approved"; a person the story tells of, or the
    interviewee, is named in it.)"""
    pos = last + 1
    if pos >= len(lines) or not in_sentence_case(headline):
        return None
    ln = lines[pos]
    if not cased(ln.text) or not 2 <= ln.words <= 3 or name_of(ln.text, ln) != ln.text:
        return None
    if pos + 1 < len(lines) and lines[pos + 1].words > LABEL_UNDER_WORDS:
        return None
    if is_tag_list(lines[pos + 1 : pos + 1 + TAGS]):
        return None  # Turkish "İlgili Konular" (related topics) over "kira" / "İstanbul" / …
    surname = ln.tokens[-1]
    if any(surname in other.tokens for at, other in enumerate(lines) if at != pos):
        return None
    return ln.text


# Under a tag box's heading stand at least this many tags.
TAGS = 3


def is_tag_list(under: list[Line]) -> bool:
    """Are the lines a box's tags, each of one or two words, one at least in small letters
    ("kira" / "İstanbul" / "konut"), as no label under a writer's name is?"""
    return (
        len(under) == TAGS
        and all(ln.words <= 2 for ln in under)
        and any(ln.text[:1].islower() for ln in under)
    )
