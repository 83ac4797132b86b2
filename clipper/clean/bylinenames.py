"""Whether a header line's text is a person's name as a byline prints it, and not a place's,
a publication's or a section's ("New York", "Business Insider", "Climate Crisis"); and whether
the article's opening names it (then it is a place or a person the story tells of)."""

from __future__ import annotations

import re
from collections.abc import Collection

from clipper.clean.linekinds import PUBLICATION_WORD, PUBLICATION_WORDS, is_stamp
from clipper.clean.lines import Line
from clipper.clean.names import NAME_JOINS, ROLE_WORDS, person_name
from clipper.clean.pagetext import LETTERS, PageText
from clipper.clean.places import is_place_name
from clipper.clean.vocab import CTA_WORDS, SECTION_WORDS


def name_of(text: str, ln: Line, stops: Collection[str] | None = None) -> str | None:
    """The person's name a byline's text holds, role and publication left out; None when it
    is no person's: a place's ("New York", "Palma de Mallorca"), a publication's ("Business
    Insider").  `stops`: the frequent words no name holds after its first, if not all the
    page language's (see names.person_name)."""
    found = person_name(text, ln.stops if stops is None else stops)
    if not found or found[1] == "age":
        return None
    name = found[0]
    words = name.split()
    if words[0] in PLACE_STARTS or PUBLICATION_WORD.match(name) or words[-1] in MASTHEAD_WORDS:
        return None
    if is_place_name(name):
        return None  # "Palma de Mallorca", "Den Haag" over the date: the dateline's place
    if any(w.lower() in SECTION_WORDS or w.lower() in CTA_WORDS for w in words):
        return None  # a section's or a button's label: "Climate Crisis", "Share Story"
    return name


# First words of place names, never of a person's: a dateline's "New York", "San Francisco".
PLACE_STARTS = frozenset(
    "New San Santa Los Las Rio São Buenos Hong Abu Tel Kuala Port Porto Cape Saint St. Sankt"
    " El La Le North South East West Ciudad Nueva Nuevo Santo Fort Mount Lake".split()
)

# Last words of publications' names that linekinds.PUBLICATION_WORD does not know: "Evening
# Standard", "Business Insider".
MASTHEAD_WORDS = frozenset(
    "Standard Insider Independent Examiner Express Guardian Mirror Star Sun Globe Bulletin"
    " Courier Register Enquirer Dispatch Sentinel Monitor Week Weekly Magazine Online Digital"
    " Media Network Radio TV Blog Ledger Record Leader Beacon Citizen Advocate Advertiser"
    " Banner Inquirer Messenger Statesman Zeitung Rundschau Kurier Diario Gazzetta Telegram"
    " Democrat Republican Intelligencer Argus Dealer Clarion".split()
)


# A publication or a broadcaster printed after a byline's names without a comma, its newsy
# last word ("Fox News", "New York Times") or its letters in capitals ("CNBC").
BRAND_END = re.compile(r"^(?:" + PUBLICATION_WORDS + r"|[A-Z]{2,5})$")

# Such a publication's name has at most this many words.
BRAND_WORDS = 3


def without_brand(names: str) -> str:
    """A byline's names without the publication printed after them: "Joel Marsh Fox News" ->
    "Joel Marsh", "Jane Doe CNBC" -> "Jane Doe", "Ann Lee and Bob Ray Fox News" -> "Ann Lee
    and Bob Ray".  Where it begins is guessed the commonest way: the last writer keeps a
    first name and a surname ("Jane Doe New York Times", "Mary A. Smith Fox News"), else
    three names.  A surname in capitals stays ("Óscar NÚÑEZ", "Ana DE LA TORRE"): the names
    kept are written as names are, not in capitals.  (Not after one word: "By Reuters".)"""
    words = names.split()
    if len(words) < 3 or not BRAND_END.match(words[-1]):
        return names
    if any(w.isupper() and len(w) > 1 and not w.endswith(".") for w in words[:-1]):
        return names
    # (A publication's name in capitals is one word: "CNBC".)
    longest = 1 if words[-1].isupper() else min(BRAND_WORDS, len(words) - 2)
    best = None
    for size in range(1, longest + 1):
        if not words[-size][:1].isupper():
            break
        kept = words[:-size]
        joins = [i for i, w in enumerate(kept) if w in NAME_JOINS or w.endswith(",")]
        last = kept[joins[-1] + 1 :] if joins else kept
        named = sum(1 for w in last if w[:1].isupper() and not w.endswith("."))
        rank = {2: 0, 3: 1}.get(named)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, kept)
    return " ".join(best[1]) if best else names


def written_stops(page: PageText, ln: Line) -> Collection[str]:
    """The page language's frequent words that the page writes in lower case somewhere.  One
    it only capitalises is a surname here: Turkish "Demir" (iron), "Kaya" (rock), "Yıldız"
    (star), where a byline stands."""
    return ln.stops & page.lower_words


# A line this long that ends a sentence (or any line twice as long) is the article's text: the
# header ends above it.  (The line right under the headline may be its standfirst.)
PROSE_WORDS = 12

# How many of the article's opening lines of prose a name's words are looked for in: a place
# in the header is named there, where the story is told.
OPENING_LINES = 3


def cased(text: str) -> bool:
    """Is the text written in a script with capitals (Latin, Greek, Cyrillic...)?"""
    return any(c.upper() != c.lower() for c in text)


def named_in_opening(name: str, lines: list[Line], first: int) -> bool:
    """Does the article's opening (its first OPENING_LINES lines of prose from `first`) hold
    the name's last word?  Then it is a place the story is told in or a person it tells of,
    not its writer: an author does not name themselves in the text.  (A photo's caption is no
    opening line: "… for 31 years. (Amanda Pfeffer/CBC)" credits the writer who took it.)"""
    last = name.split()[-1].lower()
    taken = 0
    for ln in lines[first : first + 4 * OPENING_LINES]:
        # (A newsletter's "Thanks for reading BIG by Matt Stoller!" is no opening line.)
        if ln.words >= PROSE_WORDS and not (
            ln.promo or ln.boilerplate or ln.cta_share >= 0.3 or ln.credit
        ):
            if last in ln.tokens:
                return True
            taken += 1
            if taken == OPENING_LINES:
                break
    return False


def without_roles(names: str) -> str:
    """The byline's names without the roles a comma puts after them: "Harriet Cole, Transport
    Correspondent" is "Harriet Cole" (a second writer has no role word last)."""
    first, *more = names.split(", ")
    kept = [
        part for part in more if part.split()[-1:] and part.split()[-1].lower() not in ROLE_WORDS
    ]
    return ", ".join([first, *kept])


# A headline in sentence case has at least this many words, and a capital on at most a third
# of those after its first.
SENTENCE_CASE_WORDS = 4


def sentence_case_header_name(lines: list[Line], pos: int, title: int) -> bool:
    """Is the line at `pos` a name alone between a headline in sentence case (and maybe its
    standfirst) and the article's first line ("Thành phố thông qua bốn tuyến xe buýt mới" /
    "Nguyễn Văn An" / the text)?  A page that writes its headline so writes no subheading in
    title case there, and capitalises a frequent word in a name only; a place or a person the
    story tells of is named in its opening, and a photo's credit is no name (see name_of)."""
    ln = lines[pos]
    if not (title < pos <= title + 2 and pos + 1 < len(lines)) or ln.credit or not cased(ln.text):
        return False
    if not in_sentence_case(lines[title].text):
        return False
    nxt = lines[pos + 1]
    # (Any frequent word: a page that capitalises no other writes a name's so, "Văn".)
    if not (nxt.words >= PROSE_WORDS and nxt.sentence_end) or name_of(ln.text, ln, ()) != ln.text:
        return False
    between = lines[title + 1]
    if pos == title + 2 and (between.words < PROSE_WORDS // 2 or is_stamp(between)):
        return False  # (over the name a standfirst, not a label or the date)
    if any(other.text == ln.text for other in lines[:title]):
        return False  # a section's label the menu prints too: "Новости Москвы", Moscow news
    # (Its words as the name prints them: Vietnamese "An" is a name, "an toàn" safety; or in
    # another case's ending, "Москвы" and "в Москве".  A photo's caption names whom the text
    # or its table does.)
    after = lines[pos + 1 : pos + 1 + 4 * OPENING_LINES]
    opening = {w for other in after for w in LETTERS.findall(other.text) if w[:1].isupper()}
    stems = [w[: max(STEM_CHARS, len(w) - 2)] for w in ln.text.split() if len(w) > STEM_CHARS]
    return opening.isdisjoint(ln.text.split()) and not any(
        w.startswith(stem) for w in opening for stem in stems
    )


def in_sentence_case(headline: str) -> bool:
    """Is the headline written in sentence case: of SENTENCE_CASE_WORDS words at least, a third
    of those after its first capitalised at most?  (Not a sentence taken for the headline:
    "Come back often to see the standings!")"""
    head = headline.split()
    capitals = sum(1 for word in head[1:] if word[:1].isupper())
    return not (
        len(head) < SENTENCE_CASE_WORDS or 3 * capitals > len(head) - 1 or head[-1][-1] in ".!"
    )


# A name's word is looked for in the text without its last two letters (a case's ending), but
# by at least this many: "Моск" in "Москвы" and "Москве".
STEM_CHARS = 4


def is_publication(name: str, source: str | None, host_label: str | None, by: bool) -> bool:
    """Is a byline's name the publication's, not a person's: an obituary's "Nashville
    Tennessean" where a byline stands, on The Tennessean's page (its last words the source's,
    or its last word the address's: "tennessean.com")?  A name the source is all of is a
    person's in a "By" byline (`by`) or a blog's: "By Regan" on the site of "© 2024 Regan".
    (Not the address's name when it is the person's: "Paul Graham" on paulgraham.com.)"""
    words = name.lower().split()
    if source:
        own = source.lower().removeprefix("the ").split()
        if own and words[-len(own) :] == own and (len(words) > len(own) or not by):
            return True
    return bool(host_label) and words[-1] == host_label and "".join(words) != host_label
