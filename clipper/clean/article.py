"""Which lines of a text dump are the article: the densest run of prose (region.py) widened over
small gaps and a list inside the article (article_span), then its furniture, link lists (the
links set inside it: promoted.py) and repeats dropped and what the run stops short of taken:
a list its last paragraph introduces, a press release's contacts (pick_article); its edges
set by closing.py and openings.py (a sign-off, a summary box, the writer's bio, a short lede).
A live blog's run is all its entries, without their stamps (liveblog.py)."""

from __future__ import annotations

import re
from collections.abc import Collection

from clipper.clean.bodymarks import is_agency_mark
from clipper.clean.closing import (
    after_repeated_points,
    after_summary_box,
    agency_mark_after,
    ai_summary_box,
    closing_lines,
    drop_writer_notes,
    is_closing_line,
    sign_off_lines,
)
from clipper.clean.lines import Line
from clipper.clean.liveblog import LiveBlog
from clipper.clean.openings import opening_line
from clipper.clean.promoted import (
    SIGNUP_PITCH_LINES,
    boxed_links,
    pitch_boxes,
    poll_boxes,
    promoted_links,
    signup_boxes,
)
from clipper.clean.region import (
    RESUME_SCORE,
    SOFT_END_MARKER,
    densest_run,
    has_timestamp,
    is_credit_line,
    is_end_marker,
    is_end_start,
    is_prose,
    is_url_only,
    keeps_in_article,
    names_domain,
    score_lines,
)
from clipper.clean.release import about_box, contact_lines, is_about_heading, is_press_release
from clipper.clean.shortlines import is_small_word
from clipper.clean.vocab import count_cta


def article_span(lines: list[Line], live: LiveBlog | None = None) -> tuple[int, int]:
    """(first, last) positions of the densest prose run, widened over small gaps (a lone
    paragraph cut off by a newsletter box); last < first when there is none.  On a live blog
    (`live`) a run that reaches its entries holds all of them (see LiveBlog.span)."""
    scores = score_lines(lines, live.marks if live else ())
    first, last = densest_run(scores)
    if last < first:
        return first, last
    while True:
        left = best_reach(scores[:first][::-1])
        right = best_reach(scores[last + 1 :])
        if right is None:
            right = list_reach(lines, scores, last)
        if left is None and right is None:
            return live.span(lines, first, last) if live else (first, last)
        first -= left or 0
        last += right or 0


# A gap the article run is widened over: paragraphs beyond it must outweigh all but this much
# of it, and hold at least one real paragraph.
BRIDGE_SLACK = 1.0


def best_reach(scores: list[float]) -> int | None:
    """How many lines (from the run outwards) to absorb, or None when nothing is worth it."""
    total, best, best_len, strong = 0.0, -BRIDGE_SLACK, None, False
    for i, s in enumerate(scores[:40]):
        total += s
        strong = strong or s >= RESUME_SCORE
        if strong and total > best:
            best, best_len = total, i + 1
    return best_len


# A list inside the article, as a copy-paste gives it (the bullets gone: short lines without
# a full stop, like a list of links), sits between the article's paragraphs: above it a
# paragraph, or a label that introduces it ("Key points:"), below it the article goes on.  Its
# items read as text, each with a word in lower case ("Cloud IDE for coding"), none a headline
# in title case, a menu's label ("Live TV"), a button, a link, a credit, a time stamp or a
# closing header.  A list of links sits at the article's edge or under a header of its own,
# or is headline-shaped.  Up to this many items.
INNER_LIST_MAX = 15
# Words of buttons and menus that prose uses as often: an item may hold them ("more staff in
# urgent treatment centres", "a home for every family"), not other calls to action.
LIST_PROSE_WORDS = frozenset("more back top home like".split())


def has_button_words(ln: Line) -> bool:
    """Does the line hold a call to action's word other than those prose shares
    (LIST_PROSE_WORDS)?"""
    return ln.cta_share > 0 and count_cta([t for t in ln.tokens if t not in LIST_PROSE_WORDS]) > 0


def is_list_item(ln: Line) -> bool:
    """Could the short line be an item of a list inside the article (see INNER_LIST_MAX)?"""
    return (
        not ln.sentence_end
        and 2 <= ln.words <= HEADLINE_MAX_WORDS
        and not has_button_words(ln)
        and ln.repeats == 1
        and not ln.boilerplate
        and not ln.promo
        and not ln.title_case
        and any(map(is_small_word, ln.text.split()))
        and not has_timestamp(ln)
        and not names_domain(ln.text)
        and not is_credit_line(ln.text)
        and not ln.credit
        and not (is_end_start(ln.text[:1]) and is_end_marker(ln))
        and not SOFT_END_MARKER.match(ln.text)
    )


def introduces_list(ln: Line) -> bool:
    """Is the line one a list inside the article may follow: a paragraph, or a label that
    ends in a colon ("Key points:")?"""
    return (is_prose(ln) or ln.text.endswith(":")) and keeps_in_article(ln)


def list_reach(lines: list[Line], scores: list[float], last: int) -> int | None:
    """How many lines after the run's last line `last` a list inside the article (see
    INNER_LIST_MAX) and the paragraph after it take, or None when no such list follows."""
    if not introduces_list(lines[last]):
        return None
    end = last + 1
    while end < len(lines) and end - last <= INNER_LIST_MAX and is_list_item(lines[end]):
        end += 1
    items = end - last - 1
    if items < LINK_LIST_MIN or end == len(lines) or scores[end] < RESUME_SCORE:
        return None
    return end - last


def is_article_prose(ln: Line) -> bool:
    """A paragraph of the article: prose that is not furniture (a caption ending in its
    credit reads as prose)."""
    return is_prose(ln) and keeps_in_article(ln)


# The agency's mark ("© dpa") closes a wire story within this many lines of the run's end
# (its note may follow: "Dieser Text wurde automatisiert von der dpa übernommen …").
AGENCY_MARK_REACH = 3


def pick_article(
    lines: list[Line],
    first: int,
    last: int,
    title: str | None = None,
    live: LiveBlog | None = None,
    writers: str | None = None,
) -> list[Line]:
    """The article's lines from a run: furniture and repeats dropped, a sign-off absorbed, its
    edges set as closing.py says (`title`: the article's headline, which may announce a
    list's length; `live`: the live blog the page is, whose entry furniture is dropped and
    whose entries' headlines stay; `writers`: the byline's names, whose bios end no article)."""
    starts = live.starts if live else ()
    if not live:
        first = after_summary_box(lines, first, last)
    while first < last and first not in starts and not is_article_prose(lines[first]):
        first += 1  # a standfirst, label or caption the run caught before its first paragraph
    if not live:
        first = after_repeated_points(lines, first, last, title)
    run = lines[first : last + 1]
    marked = {i - first for i in live.marks if first <= i <= last} if live else set()
    boxed = boxed_links(run)
    dropped = headline_runs(run, boxed, marked) | boxed | marked | promoted_links(run)
    # (A box may end the run: its field, just after it, is looked at too.)
    dropped |= signup_boxes(lines[first : last + 2 + SIGNUP_PITCH_LINES]) | poll_boxes(run)
    dropped |= pitch_boxes(run) | ai_summary_box(run)  # a plea for support; an AI summary
    # A note on the issuer or the writer ("About …"), and a release's contacts: release.py.
    release = is_press_release(lines, first)
    if not release:
        dropped |= about_box(run)
    chosen = [
        ln
        for i, ln in enumerate(run)
        if i not in dropped
        and (
            keeps_in_article(ln)
            or (release and is_about_heading(ln))
            or (i >= len(run) - AGENCY_MARK_REACH and is_agency_mark(ln.text))
        )
    ]
    if live and live.summary and live.summary[-1] < first:
        chosen = [lines[i] for i in live.summary] + chosen
    chosen = drop_repeats(chosen, live)
    opening = None if live else opening_line(lines, first, title)
    if opening:
        chosen.insert(0, opening)
    if chosen and chosen[-1] is lines[last]:
        listed, last = introduced_list(lines, last, announced_counts(title), chosen)
        chosen += listed
    signed = sign_off_lines(lines, last)
    if signed:
        chosen += signed
    elif chosen and chosen[-1] is lines[last]:
        chosen += closing_lines(lines, last, live.marks if live else ())
    if release:
        return chosen + contact_lines(lines, last)
    if live:
        return chosen
    chosen = drop_writer_notes(chosen, writers)
    if chosen and not signed:
        chosen += agency_mark_after(lines, chosen[-1])
    return chosen


# Three or more unpunctuated lines of headline length with no blank line between them are a
# list of links (other stories, a gallery's captions), not article text.
LINK_LIST_MIN = 3
HEADLINE_MAX_WORDS = 20


def headline_runs(run: list[Line], boxed: set[int], marked: Collection[int] = ()) -> set[int]:
    """Positions (within the run) of lines in runs of link-like lines of one block, but for
    lists inside the article (`boxed`: the positions of boxes of links, see boxed_links).  A
    live blog's entry furniture (`marked`) ends a run: the entries on either side of it are
    no list."""
    out: set[int] = set()
    i = 0
    while i < len(run):
        j = i
        while (
            j < len(run)
            and j not in marked
            and run[j].block == run[i].block
            and not run[j].sentence_end
            and run[j].words <= HEADLINE_MAX_WORDS
            and not run[j].bullet
        ):
            j += 1
        if j - i >= LINK_LIST_MIN and not inner_list(run, i, j, boxed):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def inner_list(run: list[Line], i: int, j: int, boxed: set[int]) -> bool:
    """Are the lines i to j (exclusive) of the run a list inside the article (see
    INNER_LIST_MAX), between the line that introduces it and a paragraph?  (A line right
    under a box's header or links is no introduction: it is the box's first link, read as
    a paragraph, as "Video shows rescue of girl: "We got her!"" under "Trending News".)"""
    return (
        i > 0
        and j < len(run)
        and i - 2 not in boxed
        and j - i <= INNER_LIST_MAX
        and introduces_list(run[i - 1])
        and is_prose(run[j])
        and all(map(is_list_item, run[i:j]))
    )


def drop_repeats(lines: list[Line], live: LiveBlog | None = None) -> list[Line]:
    """The lines with later copies of an earlier line removed (galleries repeat captions); on
    a live blog (`live`), copies in one entry only: entries may share a line ("From CNN's
    Kevin Liptak")."""
    seen: set[tuple[int, str]] = set()
    out = []
    for ln in lines:
        key = (live.entry_of(ln) if live else 0, ln.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(ln)
    return out


# A numbered list item: "1) Lego Star Wars", "2. Polistil".
NUMBERED_ITEM = re.compile(r"^\(?(\d{1,3})[.)]\s+\S")
# An introduced list holds at least this many items, and at most this many lines.
INTRODUCED_LIST_MIN = 2
INTRODUCED_LIST_MAX = 200
# A numbered item may have up to this many lines of its own under it ("1. Millennium Park
# concerts" over a sentence saying what they are).
ITEM_TEXT_MAX = 3

# A number standing in a headline: a listicle's count ("25 free things to do in Chicago").
COUNT_IN_TITLE = re.compile(r"(?<![\d.,:/-])\d{1,3}(?![\d.,:/%-])")


def announced_counts(title: str | None) -> frozenset[int]:
    """The numbers a headline states, one of which may be its list's length."""
    if not title or not any(c.isdigit() for c in title):
        return frozenset()
    return frozenset(int(n) for n in COUNT_IN_TITLE.findall(title))


def numbered_so_far(chosen: list[Line]) -> tuple[int, bool]:
    """When the article taken so far ends inside a numbered list (its items 1 to k in order,
    the last of them followed by at most ITEM_TEXT_MAX lines): k, and whether the line before
    item 1 introduces the list with a colon.  (0, False) when it does not."""
    k = first = 0
    for pos in range(len(chosen) - 1, -1, -1):
        m = NUMBERED_ITEM.match(chosen[pos].text)
        if m is None:
            if k == 0 and len(chosen) - pos > ITEM_TEXT_MAX:
                return 0, False
            continue
        n = int(m.group(1))
        if k and n != first - 1:
            return 0, False
        k, first = k or n, n
        if n == 1:
            intro = chosen[pos - 1] if pos else None
            if intro is None or not is_prose(intro):
                return 0, False
            return k, intro.text.endswith(":")
    return 0, False


def introduced_list(
    lines: list[Line],
    last: int,
    announced: frozenset[int] = frozenset(),
    chosen: list[Line] | None = None,
) -> tuple[list[Line], int]:
    """The items of a list the article's last paragraph introduces ("...the best offers:"),
    which the prose run stops short of (short lines score against it), and the position of
    the last line taken (`last` when none is).  The items are numbered 1, 2, 3... in order,
    or bulleted, each one a line keeps_in_article keeps, with the addresses given under them
    and, under numbered ones, a few lines of text, up to the first line that is none of
    these.  The paragraph introduces a list when it ends in a colon; a numbered list it
    introduces too when the headline announces as many items (`announced`: its numbers;
    "25 free things to do" over 25 items, after "Here are our favourites.").  A list the
    article taken so far (`chosen`) ends inside, its paragraphs under items 1 and 2 taken
    with the prose, goes on with item 3."""
    so_far, colon = numbered_so_far(chosen or [])
    if not so_far:
        intro = lines[last]
        if not is_prose(intro):
            return [], last
        colon = intro.text.endswith(":")
    if not colon and not announced:
        return [], last
    items: list[Line] = []
    pending: list[int] = []  # positions of the addresses and text given under the last item
    count = so_far  # items, links and their text not counted
    end = last  # the position of the last line taken
    numbered = True if so_far else None
    for at in range(last + 1, min(len(lines), last + 1 + INTRODUCED_LIST_MAX)):
        ln = lines[at]
        if is_url_only(ln.text):
            if items:
                pending.append(at)
            continue
        m = NUMBERED_ITEM.match(ln.text)
        if numbered is None:
            numbered = m is not None
            if not numbered and not colon:
                break
        if numbered and not (m and int(m.group(1)) == count + 1):
            if count and is_item_text(ln, len(pending)):
                pending.append(at)
                continue
            break
        if not numbered and not ln.bullet:
            break
        if ln.boilerplate or ln.promo or not keeps_in_article(ln):
            break
        items += [lines[p] for p in pending] + [ln]
        pending = []
        count += 1
        end = at
    if count == so_far or count < INTRODUCED_LIST_MIN or not (colon or count in announced):
        return [], last
    # The text under the last item, while it reads as the article's.
    for at in pending:
        ln = lines[at]
        if not (is_url_only(ln.text) or is_prose(ln) or is_closing_line(ln)):
            break
        items.append(ln)
        end = at
    return items, end


def is_item_text(ln: Line, under: int) -> bool:
    """Could the line be text under a numbered item (`under`: how many lines already are)?"""
    return (
        under < ITEM_TEXT_MAX
        and not ln.bullet
        and not ln.boilerplate
        and not ln.promo
        and not has_button_words(ln)
        and not has_timestamp(ln)
        and keeps_in_article(ln)
    )
