"""Short lines inside the article that are its own though some of their words are a button's:
a question that is a subheading ("What happens next?"), a closing "More to come.", a short
sentence with a reaction's word ("Happy riding!"), a list's item in a script without capitals.
region.keeps_in_article and article.is_list_item ask.
"""

from __future__ import annotations

import re

from clipper.clean.lines import Line
from clipper.clean.vocab import count_cta


def is_subheading_question(line: Line) -> bool:
    """A question of a few words is the article's subheading ("What happens next?"), though
    some of its words are a button's, unless most are ("Want more?")."""
    return line.text.endswith("?") and line.words >= 3 and line.cta_share < 0.5


# Words of reaction buttons ("Like Love Sad Angry") that a short sentence of the article's
# uses as often: "Happy riding!", "Love it."
FEELING_WORDS = frozenset("happy love like sad angry".split())


def is_feeling(ln: Line) -> bool:
    """A short sentence of the article whose only call-to-action words are FEELING_WORDS
    ("Happy riding!"), not a reaction bar, which ends no sentence ("Happy 0 Sad 1")."""
    tokens = ln.tokens
    return (
        len(tokens) >= 2
        and ln.text.rstrip("\"'”’»)")[-1:] in (".", "!")
        and not ln.text.endswith("...")
        and count_cta([t for t in tokens if t not in FEELING_WORDS]) == 0
    )


def closes_with_more(ln: Line) -> bool:
    """A closing sentence whose one call-to-action word is "more" ("More to come.", "More on
    this soon."), not a button ("Read more.", "Load more stories.", "More stories.")."""
    tokens = ln.tokens
    return (
        len(tokens) >= 3
        and count_cta(tokens) == 1
        and "more" in tokens
        and BUTTON_VERBS.isdisjoint(tokens[: tokens.index("more")])
    )


# The verbs of buttons that show more of a page ("Load more", "See more").
BUTTON_VERBS = frozenset("load see view show read get explore discover find browse".split())


# A fact-check's verdict, its label and a word or three of rating ("Calificación: FALSO",
# "Verdict: Mostly false", "Bewertung: Falsch"), which may close the article with no full
# stop.  The labels in the languages fact-checkers write in.
VERDICT = re.compile(
    r"""(?ix)^(?:calificación|veredicto|verdict|rating|our\s+rating|verdetto|bewertung
    |urteil|avaliação|classificação|veredito|évaluation|oordeel|ocena|вердикт)
    \s*:\s*[\w ]{2,30}$"""
)

# The first letters of VERDICT's labels: a line that starts otherwise is spared the pattern.
VERDICT_STARTS = frozenset("cvrobuaéoв")


def is_verdict(ln: Line) -> bool:
    """A fact-check's verdict under its label (see VERDICT)."""
    return ":" in ln.text and ln.low[:1] in VERDICT_STARTS and VERDICT.match(ln.text) is not None


def is_small_word(word: str) -> bool:
    """Does the word start with a small letter, or a letter of a script without capitals
    (Devanagari, Arabic, Thai, CJK …), whose words are never capitalised as a headline's?"""
    first = word[:1]
    return first.islower() or (first.isalpha() and not first.isupper())
