"""The article's first line where the prose run starts under it: a newsletter's own welcome
("Welcome to BIG, …"), its first section's label ("Dive Brief:"), or a first paragraph too
short to read as prose ("코스피가 … 2600선을 회복했다.").  article.pick_article asks."""

from __future__ import annotations

import re

from clipper.clean.closing import SUMMARY_LABEL, is_closing_line
from clipper.clean.lines import Line
from clipper.clean.region import is_prose, keeps_in_article, score_line


def opening_line(lines: list[Line], first: int, title: str | None = None) -> Line | None:
    """The article's line right over the run's first line `first` that the run left out (a
    welcome, a section's label or a short first paragraph), or None.  (`title`: the
    article's headline.)"""
    return (
        opening_welcome(lines, first)
        or opening_label(lines, first)
        or opening_sentence(lines, first, title)
    )


# A newsletter's or a column's own first line, which greets its reader ("Welcome to BIG, a
# newsletter on the politics of monopoly power."): its word "newsletter" reads as a sign-up
# prompt, so the run starts under it.  In the languages news is most read in.
WELCOME = re.compile(
    r"(?i)^(?:hello\s+and\s+|hi\s+and\s+)?welcome\s+(?:back\s+)?to\s+\S|^willkommen\s+(?:beim?|zu[mr]?|im)\s"
    r"|^bienvenue\s+(?:dans|à|sur)\s|^bienvenid[oa]s?\s+a\s|^benvenut[oie]\s+(?:a|in|su)\s"
    r"|^bem-vind[oa]s?\s+(?:a|à|ao)\s"
)
# Words of a sign-up prompt, which a greeting over the article does not hold ("Welcome to
# the Briefing! Sign up to get it in your inbox.").
SIGN_UP = re.compile(
    r"(?i)\b(?:subscribe|subscription|sign(?:\s+|-)?up|inbox|register|click|log\s*in|free)\b"
)
# A greeting is a sentence of at least this many words.
WELCOME_MIN_WORDS = 4


def opening_welcome(lines: list[Line], first: int) -> Line | None:
    """The greeting right over the run's first line `first` (see WELCOME), or None."""
    if first == 0:
        return None
    ln = lines[first - 1]
    if (
        ln.words >= WELCOME_MIN_WORDS
        and ln.sentence_end
        and not ln.boilerplate
        and WELCOME.match(ln.text)
        and not SIGN_UP.search(ln.text)
    ):
        return ln
    return None


# A label of the article's first section, right over its first paragraph, which the prose run
# starts under ("Dive Brief:", "Background:", "The facts:"): a few words ending in a colon.
SECTION_LABEL_WORDS = 4
# Labels there that are the page's, not the article's: who wrote it or took its picture, when
# it was posted, where it is filed, what to do with it ("Text by:", "Updated:", "Listen:",
# "分享到：", share to).
PAGE_LABEL = re.compile(
    r"(?i)(?:\b(?:by|von|par|por|door|przez|author|authors|writer|source|photo|photos|image"
    r"|video|credit|credits|published|posted|updated|modified|filed|topics?|categor(?:y|ies)"
    r"|listen|watch|share|summary|related|sponsored|advertisement|anzeige|autor|auteur|quelle"
    r"|fuente|fonte|teilen|partager|compartir|condividi|compartilhe|udostępnij|paylaş)|\d"
    r"|(?:分享|来源|來源|作者|编辑|編輯|记者|記者|出典|写真|撮影|シェア|공유)\w{0,2})\s*[:：]$"
)


def opening_label(lines: list[Line], first: int) -> Line | None:
    """The label of the article's first section right over its first line `first` (see
    SECTION_LABEL_WORDS), or None.  (A box of the story's main points is no section:
    after_summary_box.)"""
    if first == 0:
        return None
    ln = lines[first - 1]
    if (
        0 < ln.words <= SECTION_LABEL_WORDS
        and ln.text.endswith((":", "："))
        and not ln.bullet
        and not ln.promo
        and not PAGE_LABEL.search(ln.text)
        and not SUMMARY_LABEL.match(ln.text)
        and keeps_in_article(ln)
        and is_prose(lines[first])
    ):
        return ln
    return None


def opening_sentence(lines: list[Line], first: int, title: str | None = None) -> Line | None:
    """The article's short first paragraph right over the run's first line `first`, a sentence
    too short to read as prose ("코스피가 외국인 매수세에 힘입어 2600선을 회복했다.", the
    KOSPI regained 2,600 on foreign buying), under the page's furniture; not the headline
    (`title`), or None."""
    if first < 2 or not is_prose(lines[first]):
        return None
    ln, over = lines[first - 1], lines[first - 2]
    if ln.text == title or ln.words < LEDE_MIN_WORDS or CLOCK.search(ln.text):
        return None  # a date line ending in an abbreviation's stop: "4 พ.ย. 2568 18:32 น."
    if sum(t.isdecimal() for t in ln.tokens) * 3 > len(ln.tokens):
        return None
    return ln if is_closing_line(ln) and score_line(over) <= 0 else None


# A short first paragraph has at least this many words; a clock in it makes it a stamp.
LEDE_MIN_WORDS = 3
CLOCK = re.compile(r"\d:\d\d")
