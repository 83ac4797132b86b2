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
from clipper.clean.coauthors import DASHES, joined_names
from clipper.clean.linekinds import is_stamp
from clipper.clean.lines import Line
from clipper.clean.names import marked_name
from clipper.clean.splitbylines import MAX_LABELLED, labelled_writers

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
        # (A label alone over the writers' names, one a line: "Автор" / "Ксения Шаталова" /
        # "Евгения Бальцер" / "Редактор" / …)
        if is_label_alone(text):
            listed = labelled_writers(lines, pos, min(len(lines), pos + 1 + MAX_LABELLED))
            if listed:
                return listed[0]
        label = meta.BYLINE.match(text)
        # (Only a label's byline: "By" closing a text opens a teaser's or a letter's.)
        if label and text[: label.start("name")].rstrip().endswith(":"):
            return meta.author_from_byline(AGENCY_AFTER.sub("", text))
    return None


def is_label_alone(text: str) -> bool:
    """Is the line a writer's label alone, one word and maybe a colon ("Автор", "Author:",
    "Texto", "Yazar")?  Not "By" alone: closing a text, it opens a teaser's byline."""
    label = text.strip().rstrip(":：").strip()
    if not label or " " in label or label.lower() in BY_WORDS:
        return False
    return bool(meta.BYLINE.match(label + ": Jane Doe"))


# The byline's "by" in the languages meta.BYLINE reads, without a colon.
BY_WORDS = frozenset("by von par por di".split())


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
    names = closing_names(ln)
    if not names:
        return None
    if pos + 1 < len(lines) and lines[pos + 1].words > LABEL_UNDER_WORDS:
        return None
    if is_tag_list(lines[pos + 1 : pos + 1 + TAGS]):
        return None  # Turkish "İlgili Konular" (related topics) over "kira" / "İstanbul" / …
    if len(names) == 1:
        surname = names[0].split()[-1].lower()
        if any(surname in other.tokens for at, other in enumerate(lines) if at != pos):
            return None
    # (Several writers: none named elsewhere, a photo's credit aside, "… Ảnh: Đắc Thành".)
    elif any(
        named_not_credited(name, other)
        for name in names
        for at, other in enumerate(lines)
        if at != pos
    ):
        return None
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def named_not_credited(name: str, ln: Line) -> bool:
    """Does the line name the person other than as a photo's credit, the name closing it
    after a label's colon ("… sáng 4/11. Ảnh: Đắc Thành", "Foto: Jan Novák")?"""
    if name not in ln.text or ln.credit:
        return False
    return not (ln.text.endswith(name) and ln.text[: -len(name)].rstrip().endswith(":"))


def closing_names(ln: Line) -> list[str]:
    """The writers' names a closing line holds alone, in a cased script: one name of two or
    three words, two or three parted by dashes or joined by "and" ("Đình Tuấn - Thu Hà"), or
    one name and the place it was written in ("Оксана Поліщук, Київ"); [] otherwise."""
    text = ln.text.strip()
    if not cased(text) or ln.words > 3 * 4:
        return []
    if 2 <= ln.words <= 3 and name_of(text, ln) == text:
        return [text]
    parts = DASHES.split(text)
    if 2 <= len(parts) <= 3 and all(is_closing_name(part, ln) for part in parts):
        return parts
    joined = joined_names(ln)
    if joined:
        return re.split(meta.JOIN, joined)
    name, comma, place = text.partition(", ")
    if comma and is_closing_name(name, ln) and PLACE_WORDS.match(place) and place.istitle():
        return [name]
    return []


def is_closing_name(text: str, ln: Line) -> bool:
    """Is the text a person's name alone, of two to four words, one at least no frequent word
    of the page's language?  (Vietnamese names are of frequent words: "Đắc Thành", "thành"
    (to become); a section's name is of frequent words only: "Xã Hội", society.)"""
    words = text.split()
    if not 2 <= len(words) <= 4 or all(word.lower() in ln.stops for word in words):
        return False
    return name_of(text, ln, frozenset()) == text


# The place a closing byline gives after the writer's name: one or two words in title case
# ("Київ", "Ho Chi Minh" has three and is left out).
PLACE_WORDS = re.compile(r"^[^\W\d_][^\W\d_'’.-]+(?:[ -][^\W\d_][^\W\d_'’.-]+)?$")


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
