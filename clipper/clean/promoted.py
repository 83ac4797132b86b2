"""Links to other articles that a page sets inside the article's run: the box of links under a
"Related" or "More on" header, the headlines a label promotes ("Read more", "À lire aussi"),
and the article's tags under their label ("Filed Under:").  article.pick_article drops them.
"""

from __future__ import annotations

from clipper.clean.labels import is_bare_tags_label, is_promoted_headline, is_tag, read_also
from clipper.clean.lines import Line
from clipper.clean.region import (
    INLINE_BOX,
    SHORT_WORDS,
    is_end_marker,
    is_prose,
    keeps_in_article,
)


def boxed_links(run: list[Line]) -> set[int]:
    """Positions of the links under a "Related"/"More on" header inside the run, up to the
    next paragraph."""
    out: set[int] = set()
    in_box = False
    for i, ln in enumerate(run):
        if ln.words <= SHORT_WORDS and (is_end_marker(ln) or INLINE_BOX.match(ln.text)):
            in_box = True
        elif is_prose(ln) and not ln.bullet:
            in_box = False
        if in_box:
            out.add(i)
    return out


def promoted_links(run: list[Line]) -> set[int]:
    """Positions of the headlines promoted under a label of their own ("Read more",
    "À lire aussi") inside the run (labels.is_promoted_headline): the line under it, and
    those in its block or bulleted after that, or after it with no paragraph of the article
    under them (see more_headlines); and of the tags under a label of their own ("Filed
    Under:", one a line: labels.is_tag)."""
    out: set[int] = set()
    label = -1  # the position of the label whose headlines the lines are
    tags = False  # in the tags under a label
    for i in range(1, len(run)):
        above, ln = run[i - 1], run[i]
        if above.promo and read_also(above.text) == "label":
            label = i - 1
        if (
            label >= 0
            and not ln.promo
            and is_promoted_headline(ln.text)
            and (
                i == label + 1
                or ln.bullet
                or ln.block == run[label].block
                or (i - 1 in out and more_headlines(run, i))
            )
        ):
            out.add(i)
        else:
            label = -1
        tags = is_tag(ln.text) and (tags or is_bare_tags_label(above.text))
        if tags:
            out.add(i)
    return out


# The most headlines a label promotes, one a paragraph, that more_headlines looks over.
PROMOTED_MAX = 6


def more_headlines(run: list[Line], at: int) -> bool:
    """Are the run's lines from `at` on, each a paragraph of its own under a label's first
    promoted headline, more of its headlines: a few lines of headline length, after which
    comes no paragraph of the article (the page's furniture, or the run's end)?  A subheading
    there is followed by its section's paragraphs."""
    end = at
    while end < len(run) and end - at < PROMOTED_MAX and is_promoted_headline(run[end].text):
        if run[end].promo:
            return False
        end += 1
    return end == len(run) or not (is_prose(run[end]) and keeps_in_article(run[end]))
