"""A text dump cut into lines, each with the features the cleaner judges it by."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from operator import itemgetter

from clipper.clean.labels import (
    AD_LABEL_MAX_WORDS,
    is_ad_label,
    is_ad_notice,
    is_page_label,
    is_player_message,
    is_publisher_prompt,
    is_skip_link,
)
from clipper.clean.language import WORD
from clipper.clean.linesplit import split_lines
from clipper.clean.pitches import is_pitch
from clipper.clean.readalso import read_also
from clipper.clean.readernotes import READER_NOTE_KEYS, is_reader_note
from clipper.clean.vocab import (
    BOILERPLATE_KEYS,
    BOILERPLATE_LOWER,
    BOILERPLATE_SENTENCES,
    CTA_VOCABULARY,
    ERROR_KEYS,
    FURNITURE_LINE,
    GLUED_WORDS,
    ICON_GARBAGE,
    PROMO_MAX_WORDS,
    PROMO_VOCABULARY,
    count_cta,
    has_odd_case,
    is_credit,
    is_error_message,
    is_paywall_prompt,
    is_promo,
)
from clipper.models import non_ascii, words_in_ascii

# How much of a line the boilerplate phrases are looked for in: banners and prompts state
# themselves early, and a long paragraph need not be scanned to its end.
BOILERPLATE_HEAD = 400

# Words one of which ICON_GARBAGE needs.
ICON_KEYS = frozenset(("sketch", "artboard"))

# The words the line tests ask about (call-to-action, boilerplate, icon and promotion
# vocabulary): one pass over a line's words picks out the few it holds, and the tests look at
# those instead of each passing over all the words.
FEATURE_WORDS = (
    CTA_VOCABULARY | BOILERPLATE_KEYS | ICON_KEYS | PROMO_VOCABULARY | ERROR_KEYS | READER_NOTE_KEYS
)

# Headline case is looked for on lines up to this long (headlines and menu items are short).
TITLE_MAX_WORDS = 30

# Captions are short; a longer line ending in "(Reuters)" or "via" is prose.
CREDIT_MAX_WORDS = 60

# Runs of spaces, tabs, no-break and zero-width spaces: one plain space in the cleaned text.
SPACES = re.compile(r"[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]+")

# List markers a text export puts before list items: bullets, dashes, numbers ("1." / "2)").
BULLET = re.compile(r"^\s*(?:[•●▪◦·*‣–—-]|\d{1,3}[.)])\s+|^\s*[•●▪◦·‣]\s*$")

# A line that ends a sentence (optionally inside closing quotes or brackets).  The rule
# ends_sentence applies, faster than a regex search can.
SENTENCE_END = re.compile(r"""[.!?…:;。！？।॥؟۔።፧։။]["'”’»)\]]*\s*$""")

# Characters that make a line "punctuated like prose" when they appear inside it.
INNER_PUNCT = re.compile(r"[,;:]|\.\s")


@dataclass(slots=True)
class Line:
    """One non-blank line of the dump and its features.

    Features only a few lines are asked about (credit, title case, dateline) are worked out
    on first use and kept: most lines of a page never need them."""

    index: int  # position among all lines (blank ones included), for distances
    text: str  # stripped, bullet marker removed
    raw: str  # stripped, as in the dump
    block: int  # number of the blank-line-separated block it sits in
    bullet: bool
    words: int
    tokens: list[str]  # its words, lower-cased
    sentence_end: bool
    cta_share: float  # share of words that are call-to-action / furniture vocabulary
    boilerplate: bool  # holds a phrase never found in article prose
    repeats: int  # how often the same text occurs in the whole dump
    cjk: bool  # written without spaces between words (Chinese, Japanese)
    promo: bool  # a newsletter/follow prompt, "Read more:" link, author note
    low: str  # text, lower-cased
    alone: bool  # a paragraph of its own: blank lines (or the page's ends) around it
    stops: frozenset[str] = frozenset()  # the page language's stopwords (none: no list known)
    known_stop_share: float | None = None  # `stop_share`, once worked out
    known_credit: bool | None = None  # `credit`, once worked out
    known_title_case: bool | None = None  # `title_case`, once worked out
    known_dateline: bool | None = None  # linekinds.is_dateline, once worked out
    known_title_shaped: bool | None = None  # titleshape.is_title_shaped, once worked out

    @property
    def stop_share(self) -> float:
        """Share of words that are stopwords of the page's language (`stops`)."""
        if self.known_stop_share is None:
            tokens = self.tokens
            self.known_stop_share = (
                sum(map(self.stops.__contains__, tokens)) / len(tokens) if tokens else 0.0
            )
        return self.known_stop_share

    @property
    def credit(self) -> bool:
        """A photo credit or a caption ending in one."""
        if self.known_credit is None:
            self.known_credit = self.words <= CREDIT_MAX_WORDS and is_credit(
                self.text, self.tokens, self.low
            )
        return self.known_credit

    @property
    def title_case(self) -> bool:
        """Most words capitalised, as in headlines and menu items."""
        if self.known_title_case is None:
            # (is_title_case wants three words: a line with fewer \w runs has fewer.)
            self.known_title_case = 3 <= len(self.tokens) <= TITLE_MAX_WORDS and is_title_case(
                self.text
            )
        return self.known_title_case


def ascii_words(text: str) -> bool:
    """Are all the word characters (WORD) of the text, lower-cased, ASCII (so words_in_ascii
    may split its lines, as WORD.findall would)?  Only its non-ASCII characters are looked
    at, picked out in C."""
    return text.isascii() or not WORD.search(non_ascii(text).lower())


# The first characters a list marker can start with (BULLET is tried only on such lines).
BULLET_GLYPHS = frozenset("•●▪◦·*‣–—-")


def strip_bullet(line: str) -> tuple[str, bool]:
    """The line without its bullet glyph, and whether it is a list item.  Numbers ("1.",
    "2)") are kept: they are part of the text, and may be a date ("7. März 2019")."""
    if line[:1] not in BULLET_GLYPHS and not line[:1].isdecimal():
        return line, False
    m = BULLET.match(line)
    if not m:
        return line, False
    if m.group().strip()[:1].isdigit():
        return line, True
    return line[m.end() :].strip(), True


# What may close a sentence, and what may follow that at the end of a line (SENTENCE_END):
# the marks of all scripts (Arabic's "؟", Urdu's "۔", Amharic's "።" and "፧", Armenian's "։").
SENTENCE_ENDERS = frozenset(".!?…:;。！？।॥؟۔።፧։။")
SENTENCE_CLOSERS = "\"'”’»)]"


# The mark a Chinese wire story ends with, after its last sentence: "…保护标志。(完)".
STORY_END_MARKS = ("(完)", "（完）")


def ends_sentence(text: str) -> bool:
    """SENTENCE_END.search(text) for a stripped line, without scanning the whole line (a
    story's end mark, STORY_END_MARKS, after it)."""
    if text.endswith(STORY_END_MARKS):
        text = text[:-3].rstrip()
    return text.rstrip(SENTENCE_CLOSERS)[-1:] in SENTENCE_ENDERS


# A character from kana up, which a line in Chinese, Japanese or Korean holds: looked for by
# regex, in C (max() read a line a character at a time, and most lines' non-ASCII characters
# are quotes and dashes).  Written as the range it is not: up to the top of Unicode, the range
# costs several times as much to compile, in every process that cleans.
KANA_OR_ABOVE = re.compile("[^\x00-\u303f]")


def is_cjk(text: str) -> bool:
    """True when most letters are CJK ideographs or kana, so words are not space-separated.
    Chinese and Japanese put spaces only between phrases ("短缺药品保供稳价 全力保障临床用药需求");
    Korean puts them between words, so a Hangul line with early spaces is not CJK here."""
    sample = text[:200]
    if not KANA_OR_ABOVE.search(sample):
        return False
    han_kana = sum(1 for c in sample if "\u3040" <= c <= "\u9fff")
    if han_kana > len(sample) * 0.3:
        return True
    hangul = sum(1 for c in sample if "\uac00" <= c <= "\ud7af")
    return han_kana + hangul > len(sample) * 0.3 and " " not in sample[:40]


def build_lines(text: str) -> list[Line]:
    """Every non-blank line of the dump with its features.  The stopword shares need the
    page's language, guessed from the lines' words: see set_stop_shares."""
    raw = split_lines(text)
    counts = Counter(map(itemgetter(1), raw))
    lines = []
    findall = WORD.findall
    plain_case = not has_odd_case(text)
    plain_words = ascii_words(text)
    blocks = [block for _, _, block in raw] + [-1]
    # A line the page repeats (menus are often printed twice) is judged once.
    repeated: dict[str, Line] = {}
    for i, (index, stripped, block) in enumerate(raw):
        # Alone: a block of its own, the lines before and after it in other blocks.
        alone = blocks[i - 1] != block and blocks[i + 1] != block if i else blocks[1] != block
        same = repeated.get(stripped)
        if same is not None:
            lines.append(copy_line(same, index, block, alone))
            continue
        if stripped[0] in BULLET_GLYPHS and stripped[1:2].isspace():
            body, bullet = stripped[1:].lstrip(), True  # "• Item": what BULLET cuts, quickly
        elif stripped[0] in BULLET_GLYPHS or stripped[0].isdecimal():
            body, bullet = strip_bullet(stripped)
        else:
            body, bullet = stripped, False
        low = body.lower()
        words = words_in_ascii(low) if plain_words or low.isascii() else findall(low)
        n = count = len(words)
        cjk = not body.isascii() and is_cjk(body)
        if cjk:
            n = max(n, len(body) // 2)
        fast_low = low if plain_case else None  # for the case-sensitive searches
        keys = FEATURE_WORDS.intersection(words)
        lines.append(
            Line(
                index,
                body,
                stripped,
                block,
                bullet,
                n,
                words,
                ends_sentence(body),
                count_cta(words) / count
                if 0 < count <= 40 and not CTA_VOCABULARY.isdisjoint(keys)
                else 0.0,
                is_boilerplate(body, count, keys, fast_low)
                or (count <= AD_LABEL_MAX_WORDS + 2 and is_ad_label(words))
                or is_ad_notice(body, words)
                or is_player_message(body, words)
                or is_skip_link(body, words)
                or (count <= PROMO_MAX_WORDS and is_page_label(body, count))
                or is_reader_note(body, count, keys, low),
                counts[stripped],
                cjk,
                n <= PROMO_MAX_WORDS and is_any_promo(body, words, keys, fast_low, low),
                low,
                alone,
            )
        )
        if counts[stripped] > 1:
            repeated[stripped] = lines[-1]
    return lines


def is_any_promo(
    text: str, words: list[str], keys: Collection[str], fast_low: str | None, low: str
) -> bool:
    """A short line's promotion: a newsletter or follow prompt, a promoted link or its label,
    an author's note (vocab.is_promo), a paywall's prompt, the publisher's (labels.py), its
    pitches and notes (pitches.py)."""
    return (
        is_promo(text, keys, fast_low)
        or is_paywall_prompt(low)
        or read_also(text) is not None
        or is_publisher_prompt(text, words)
        or is_pitch(text, words)
    )


def copy_line(line: Line, index: int, block: int, alone: bool) -> Line:
    """Another occurrence of the same line: the same features, at another place."""
    return Line(
        index,
        line.text,
        line.raw,
        block,
        line.bullet,
        line.words,
        line.tokens,
        line.sentence_end,
        line.cta_share,
        line.boilerplate,
        line.repeats,
        line.cjk,
        line.promo,
        line.low,
        alone,
    )


def set_stop_shares(lines: list[Line], stops: frozenset[str]) -> None:
    """Tell every line the stopwords of the page's language (its stop_share is worked out
    from them when asked: only lines long enough to be prose are)."""
    for ln in lines:
        ln.stops = stops


def is_boilerplate(
    text: str, words: int, vocabulary: Collection[str], low: str | None = None
) -> bool:
    """Does the line hold a phrase or shape never found in article prose?  (`vocabulary`:
    its lower-cased words, or those of them in FEATURE_WORDS; `low`: the text lower-cased,
    when its page holds no ODD_CASE.)"""
    head = text[:BOILERPLATE_HEAD]
    maybe = "©" in head or "{" in head or not BOILERPLATE_KEYS.isdisjoint(vocabulary)
    if maybe:
        if low is None:
            if BOILERPLATE_SENTENCES.search(head):
                return True
        elif BOILERPLATE_LOWER.search(low[:BOILERPLATE_HEAD]):
            return True
    if not ICON_KEYS.isdisjoint(vocabulary) and ICON_GARBAGE.search(head):
        return True
    if not ERROR_KEYS.isdisjoint(vocabulary) and is_error_message(text, words):
        return True
    # (Every FURNITURE_LINE ends in a digit, a "t" or a "d": a cheap test first.)
    if (text[-1:] in "tTdD" or text[-1:].isdecimal()) and FURNITURE_LINE.match(text):
        return True
    if words < 4:
        return False
    glued = max(3, words // 4)
    # (Each GLUED_WORDS match is an ASCII capital: a head with fewer is spared the regex.)
    return ascii_capitals(head) >= glued and len(GLUED_WORDS.findall(head)) >= glued


ASCII_CAPITALS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def ascii_capitals(text: str) -> int:
    """How many ASCII capital letters the text holds (counted in C)."""
    ascii_only = text.encode("ascii", "ignore")
    return len(ascii_only) - len(ascii_only.translate(None, ASCII_CAPITALS))


def is_title_case(text: str) -> bool:
    """Are most words (three or more) capitalised, as in headlines, menus and link lists?"""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.75 * len(words)
