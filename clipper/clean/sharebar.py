"""A share bar's buttons under the headline ("Comment", "Share", "Save") that read as an
article's closing header ("Comments"): the article starts right under them, not ends there."""

from __future__ import annotations

from clipper.clean.lines import Line

# A share bar is a few one-to-three-word buttons; the article's first paragraphs follow it at
# once.  A comment section's header is followed by a form ("Name *"), a commenter's name and
# time stamp, or teasers: never by a button and then two of the article's paragraphs in a row.
BAR_MAX_WORDS = 3
BAR_MAX_LINES = 4
OPENING_PARAGRAPHS = 2


def is_button(ln: Line) -> bool:
    """Is the line a share bar's button: a word or three, all of them a call to action's?"""
    return ln.words <= BAR_MAX_WORDS and ln.cta_share >= 1.0 and not ln.sentence_end


def opens_article(lines: list[Line], raw: list[float], at: int, strong: float) -> bool:
    """Is the closing header at `at` a share bar's button: a button beside it, only buttons
    after it, and then OPENING_PARAGRAPHS lines scoring `strong` or more in a row?"""
    beside = (at > 0 and is_button(lines[at - 1])) or (
        at + 1 < len(lines) and is_button(lines[at + 1])
    )
    if not beside:
        return False
    j, end = at + 1, min(len(lines), at + 1 + BAR_MAX_LINES)
    while j < end and is_button(lines[j]):
        j += 1
    run = lines[j : j + OPENING_PARAGRAPHS]
    return len(run) == OPENING_PARAGRAPHS and all(raw[j + k] >= strong for k in range(len(run)))
