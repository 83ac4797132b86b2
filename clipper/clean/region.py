"""Finding the article in a list of judged lines: score each line, take the densest run of
prose (a maximum-sum stretch of line scores), then keep the lines of it that belong to the
article and absorb a sign-off after it."""

from __future__ import annotations

import re

from clipper.clean.lines import Line

# A line "reads like prose" with at least this many words and this share of stopwords; the
# share is jusText's low threshold (0.30) eased a little because captions and quotes in news
# copy are denser in names than jusText's general web text.
PROSE_MIN_WORDS = 8
PROSE_MIN_STOP_SHARE = 0.22

# Up to this many words, a line is "short": a heading, a label, a nav item, a one-line answer.
SHORT_WORDS = 7

# Longer than this, a line is prose by its bulk even without sentence punctuation.
LONG_WORDS = 18

# Lines that hold only a URL, a credit or a counter: never article text.
URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
CREDIT_LINE = re.compile(
    r"(?i)^(?:image|photo|picture|credit|source|photograph|illustration|video)s?\s*(?:credit)?\s*:"
    r".{0,80}$"
)

# A wire-service sign-off after the last paragraph: editors' initials and/or agency names in
# brackets ("tj/kms (Reuters, AFP, dpa, AP)", "(Reporting by ...)", "-- AP").
SIGN_OFF = re.compile(
    r"^(?:[a-z]{1,4}(?:/[a-z]{1,4})+\b.*|\((?:[A-Z][\w.&' -]*,?\s*){1,8}\)|"
    r"\((?:reporting|writing|editing|additional reporting)\b.*\)|[—–-]{1,2}\s*[A-Z][\w ]{1,30})$"
)


def is_prose(line: Line) -> bool:
    """Does the line read like a sentence of running text?"""
    if line.cjk:
        return line.words >= 15 and line.sentence_end
    if line.words < PROSE_MIN_WORDS or line.stop_share < PROSE_MIN_STOP_SHARE:
        return False
    return line.sentence_end or line.words >= LONG_WORDS


def score_line(line: Line) -> float:
    """How strongly the line argues for being inside the article (negative: against)."""
    if line.boilerplate:
        return -4.0 if line.words <= 40 else -1.0
    if URL_ONLY.match(line.text):
        return -1.0
    if is_prose(line):
        bonus = 1.0 if line.sentence_end else 0.0
        penalty = 2.0 if line.repeats > 1 else 0.0
        return min(line.words, 60) / 5 + bonus - penalty - 3 * line.cta_share
    score = -0.5
    if line.words <= SHORT_WORDS:
        score -= 0.5
    if line.bullet:
        score -= 1.0
    if line.cta_share >= 0.3:
        score -= 2.0
    if line.repeats > 1:
        score -= 1.0
    return score


def densest_run(scores: list[float]) -> tuple[int, int]:
    """(first, last) positions of the stretch with the largest sum (Kadane); (0, -1) if none."""
    best, best_span = 0.0, (0, -1)
    running, start = 0.0, 0
    for i, s in enumerate(scores):
        if running <= 0:
            running, start = s, i
        else:
            running += s
        if running > best:
            best, best_span = running, (start, i)
    return best_span


def keeps_in_article(line: Line) -> bool:
    """Is a line inside the article run part of the article (not furniture caught in it)?"""
    if line.boilerplate or URL_ONLY.match(line.text) or CREDIT_LINE.match(line.text):
        return False
    if not any(c.isalnum() for c in line.text):
        return False
    if line.words <= SHORT_WORDS and line.cta_share >= 0.3:
        return False
    return not (line.bullet and line.words <= 3 and line.cta_share > 0)


def select_article(lines: list[Line]) -> list[Line]:
    """The lines of the article, in order."""
    first, last = densest_run([score_line(ln) for ln in lines])
    if last < first:
        return []
    chosen = [ln for ln in lines[first:last + 1] if keeps_in_article(ln)]
    chosen = drop_repeats(chosen)
    for ln in lines[last + 1:last + 3]:
        if SIGN_OFF.match(ln.text) and not ln.boilerplate:
            chosen.append(ln)
            break
    return chosen


def drop_repeats(lines: list[Line]) -> list[Line]:
    """The lines with later copies of an earlier line removed (galleries repeat captions)."""
    seen: set[str] = set()
    out = []
    for ln in lines:
        if ln.text in seen:
            continue
        seen.add(ln.text)
        out.append(ln)
    return out
