"""A text dump cut into lines, each with the features the cleaner judges it by."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from clipper.clean.vocab import (
    BOILERPLATE_KEYS,
    BOILERPLATE_SENTENCES,
    FURNITURE_LINE,
    GLUED_WORDS,
    ICON_GARBAGE,
    PROMO_MAX_WORDS,
    WORD,
    count_cta,
    is_credit,
    is_promo,
)

# Longest line we look at: a 50 MB dump with no newlines must not make every regex pass
# quadratic or hold one giant string per feature; real paragraphs are far shorter.
MAX_LINE_CHARS = 20_000

# How much of a line the boilerplate phrases are looked for in: banners and prompts state
# themselves early, and a long paragraph need not be scanned to its end.
BOILERPLATE_HEAD = 400

# Headline case is looked for on lines up to this long (headlines and menu items are short).
TITLE_MAX_WORDS = 30

# Captions are short; a longer line ending in "(Reuters)" or "via" is prose.
CREDIT_MAX_WORDS = 60

# Runs of spaces, tabs, no-break and zero-width spaces: one plain space in the cleaned text.
SPACES = re.compile(r"[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]+")

# List markers a text export puts before list items: bullets, dashes, numbers ("1." / "2)").
BULLET = re.compile(r"^\s*(?:[•●▪◦·*‣–—-]|\d{1,3}[.)])\s+|^\s*[•●▪◦·‣]\s*$")

# A line that ends a sentence (optionally inside closing quotes or brackets).
SENTENCE_END = re.compile(r"""[.!?…:;。！？]["'”’»)\]]*\s*$""")

# Characters that make a line "punctuated like prose" when they appear inside it.
INNER_PUNCT = re.compile(r"[,;:]|\.\s")


@dataclass(slots=True)
class Line:
    """One non-blank line of the dump and its features."""

    index: int  # position among all lines (blank ones included), for distances
    text: str  # stripped, bullet marker removed
    raw: str  # stripped, as in the dump
    block: int  # number of the blank-line-separated block it sits in
    bullet: bool
    words: int
    stop_share: float  # share of words that are stopwords of the page's language
    sentence_end: bool
    cta_share: float  # share of words that are call-to-action / furniture vocabulary
    boilerplate: bool  # holds a phrase never found in article prose
    repeats: int  # how often the same text occurs in the whole dump
    cjk: bool  # written without spaces between words (Chinese, Japanese)
    promo: bool = False  # a newsletter/follow prompt, "Read more:" link, author note
    credit: bool = False  # a photo credit or a caption ending in one
    alone: bool = False  # a paragraph of its own: blank lines (or the page's ends) around it
    title_case: bool = False  # most words capitalised, as in headlines and menu items


def split_lines(text: str) -> list[tuple[int, str, int]]:
    """(line index, stripped line, block number) for every non-blank line."""
    out: list[tuple[int, str, int]] = []
    block, blank_before = 0, False
    for i, line in enumerate(text.splitlines()):
        stripped = SPACES.sub(" ", line[:MAX_LINE_CHARS]).strip()
        if not stripped:
            blank_before = True
            continue
        if blank_before:
            block += 1
            blank_before = False
        out.append((i, stripped, block))
    return out


def strip_bullet(line: str) -> tuple[str, bool]:
    """The line without its bullet glyph, and whether it is a list item.  Numbers ("1.",
    "2)") are kept: they are part of the text, and may be a date ("7. März 2019")."""
    m = BULLET.match(line)
    if not m:
        return line, False
    if m.group().strip()[:1].isdigit():
        return line, True
    return line[m.end() :].strip(), True


def is_cjk(text: str) -> bool:
    """True when most letters are CJK ideographs or kana, so words are not space-separated."""
    if text.isascii():
        return False
    sample = text[:200]
    cjk = sum(1 for c in sample if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    return cjk > len(sample) * 0.3 and " " not in sample[:40]


def build_lines(text: str, stops: frozenset[str]) -> list[Line]:
    """Every non-blank line of the dump with its features."""
    raw = split_lines(text)
    counts = Counter(s for _, s, _ in raw)
    lines = []
    for index, stripped, block in raw:
        body, bullet = strip_bullet(stripped)
        words = WORD.findall(body.lower())
        vocabulary = set(words)
        cjk = is_cjk(body)
        n = max(len(words), len(body) // 2) if cjk else len(words)
        stop_hits = sum(1 for w in words if w in stops)
        cta_hits = count_cta(words) if len(words) <= 40 else 0
        lines.append(
            Line(
                index=index,
                text=body,
                raw=stripped,
                block=block,
                bullet=bullet,
                words=n,
                stop_share=stop_hits / len(words) if words else 0.0,
                sentence_end=bool(SENTENCE_END.search(body)),
                cta_share=cta_hits / len(words) if words else 0.0,
                boilerplate=is_boilerplate(body, len(words), vocabulary),
                repeats=counts[stripped],
                cjk=cjk,
                title_case=len(words) <= TITLE_MAX_WORDS and is_title_case(body),
                promo=n <= PROMO_MAX_WORDS and is_promo(body, vocabulary),
                credit=n <= CREDIT_MAX_WORDS and is_credit(body, vocabulary),
            )
        )
    mark_alone(lines)
    return lines


def is_boilerplate(text: str, words: int, vocabulary: set[str]) -> bool:
    """Does the line hold a phrase or shape never found in article prose?"""
    head = text[:BOILERPLATE_HEAD]
    maybe = "©" in head or "{" in head or not BOILERPLATE_KEYS.isdisjoint(vocabulary)
    if maybe and BOILERPLATE_SENTENCES.search(head):
        return True
    if ("sketch" in vocabulary or "artboard" in vocabulary) and ICON_GARBAGE.search(head):
        return True
    if FURNITURE_LINE.match(text):
        return True
    return words >= 4 and len(GLUED_WORDS.findall(head)) >= max(3, words // 4)


def is_title_case(text: str) -> bool:
    """Are most words (three or more) capitalised, as in headlines, menus and link lists?"""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.75 * len(words)


def mark_alone(lines: list[Line]) -> None:
    """Flag lines that form a block of their own (one-line paragraphs, subheads)."""
    for i, ln in enumerate(lines):
        before = i == 0 or lines[i - 1].block != ln.block
        after = i == len(lines) - 1 or lines[i + 1].block != ln.block
        ln.alone = before and after
