"""Live blogs: pages of short entries, each headed (or closed) by its time stamp ("12.45 GMT",
"2h ago", "10:42 a.m. ET"), the reporter's name and a share bar.

Read as an ordinary article, a live blog falls apart: its stamps and names score as a comment
thread's, its short entries as a list of links, and only the longest entry or two survive.  So
the entries are found first (find_live_blog) and their furniture (the stamps, the names and
labels beside them, the buttons between entries) is marked: the article's run passes over it
as over a paragraph break (region.score_lines) and the cleaner drops it (article.py), keeping
every entry's text.  The stamps go with the rest: a relative one ("2h ago") is wrong as soon as
the page is saved, and the entries keep their order without them.

A comment thread and a teaser list have the same shape (stamp, name, a paragraph), so a live
blog is only looked for before the article closes (a closing header after article text, a
comments header after two paragraphs, the copyright footer); it ends at the first entry with
a comment's buttons ("Reply"); stamps that a bigger text before or after dwarfs are no live
blog; and an article above the entries keeps its place in the run.  A summary above the first
entry ("Key points", "What we're covering") is kept; a key-events list, which repeats the
entries' headlines each under its stamp, is not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile

from clipper.clean.dates import MONTH_NAME
from clipper.clean.linekinds import is_byline, is_dateline, is_name_line
from clipper.clean.lines import Line
from clipper.clean.region import (
    ARTICLE_BEFORE_END,
    DIGIT,
    INLINE_BOX,
    SHORT_WORDS,
    is_end_marker,
    is_end_start,
    is_prose,
    keeps_in_article,
)

# An entry's time, alone on its line: a clock ("14:32", "11h42", "12.45 GMT", "10:42 a.m.
# ET", "12:50 (IST)"), maybe with a date before or after it ("Tue 14 Nov 2023 17.45 GMT",
# "8 Jan 2024 - 11:45 GMT", "4:58 p.m. ET, August 30, 2023"), a cue ("Updated at 10.05
# GMT", "Posted at 12:45") or the reporter's name glued before it ("Chris Stevenson14
# November 2023 10:05").  A clock written with a dot ("12.45") is a number unless a zone,
# "a.m."/"p.m." or a date says it is a time.
_DAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE = (
    _DAY + rf"(?:\d{{1,2}}\s+{MONTH_NAME}(?:\s+\d{{4}})?|{MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
_CUE = (
    r"(?:(?:last\s+)?updated|posted|published|publié|mis\s+à\s+jour|aktualisiert|actualizado)"
    r"(?:\s+(?:at|à|um|a\s+las))?:?\s+"
)
_NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*"
CLOCK_STAMP = re.compile(
    rf"(?i)^(?:{_CUE}|{_NAME})?(?P<before>{_DATE}(?:\s*[-–—|·•]\s*|,?\s+(?:at\s+)?))?"
    r"\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2}|(?P<dot>\.)\d{2})"
    r"(?P<ampm>\s*[ap]\.?\s?m\.?)?"
    r"(?P<zone>\s*\(?(?:GMT|BST|UTC|CES?T|[ECMP][SD]?T|AE[SD]T|IST|JST|KST|HKT|SGT|Uhr|MES?Z)\)?)?"
    rf"(?P<after>,?\s+{_DATE})?$"
)
# "2h ago", "Posted 35 minutes ago", "an hour ago", "just now", and "ago" in French, German,
# Spanish.
RELATIVE_STAMP = re.compile(
    r"(?i)^(?:(?:updated|posted|published)\s+)?"
    r"(?:(?:\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)"
    r"|an?\s+(?:minute|hour|day)|moments|a\s+few\s+(?:seconds|minutes))\s+ago|just\s+now"
    r"|il\s+y\s+a\s+\d+\s*(?:s|secondes?|min|minutes?|h|heures?)"
    r"|vor\s+\d+\s*(?:sek(?:unden?)?|min(?:uten?)?|std|stunden?)\.?"
    r"|hace\s+\d+\s*(?:s|segundos?|min|minutos?|h|horas?))$"
)
# What every clock of CLOCK_STAMP holds ("14:32", "12.45", "11h42").
CLOCK_DIGITS = re.compile(r"\d[:.h]\d\d")
# A stamp a page hides for its scripts, which a copy-paste keeps: the time in seconds since
# 1970 ("1699956300", between 2017 and 2033).
EPOCH_STAMP = re.compile(r"^1[5-9]\d{8}$")
# The most words a stamp line holds ("Updated at 4:58 p.m. ET, Wednesday, August 30, 2023").
STAMP_MAX_WORDS = 12

# A label a live blog sets beside an entry's stamp ("Key event", "Pinned post"), or the place
# its reporter writes from ("Reporting from Cairo").
ENTRY_LABEL = re.compile(
    r"(?i)^(?:key\s+event|pinned(?:\s+post)?|breaking(?:\s+news)?|reporting\s+from\s+.{2,40})$"
)
# How many names, dates or labels beside a stamp (before or after it) are taken as its own
# ("Jan. 5, 2024" / "Vivian Yee" / "Reporting from Cairo" under "Jan. 5, 2024, 6:12 p.m. ET").
STAMP_COMPANIONS = 3

# The most words of a day's date beside a stamp ("Friday, January 5, 2024").
DATE_WORDS = 5

# The share buttons under each entry (their words, lower-cased), as the live blogs most read
# label them: the article would keep those in other languages than English, or with an
# exclamation mark, as a word or a sentence of its own.
SHARE_BUTTONS = frozenset(
    ("share", "link copied", "copy link", "partager", "teilen", "compartir", "compartilhar",
     "condividi", "delen")
)  # fmt: skip

# The label of a live blog's summary, a list above its first entry (not "Key events": that
# list repeats the entries' headlines, each under its stamp).
SUMMARY_LABEL = re.compile(
    r"(?i)^(?:key\s+(?:points|developments|facts|takeaways)|summary|in\s+brief|at\s+a\s+glance"
    r"|highlights|what\s+we\s+know(?:\s+so\s+far)?|(?:here(?:'|’|\s+i)s\s+)?what\s+we(?:'|’|\s+a)re"
    r"\s+covering"
    r"|l'essentiel|en\s+bref|das\s+wichtigste(?:\s+in\s+kürze)?|lo\s+esencial|resumen)\s*:?$"
)
# Who writes or edits the live blog, under its summary ("Live reporting by Tim Baker",
# "Edited by Jennifer Meierhans").
BLOG_CREDIT = re.compile(
    r"(?i)^(?:live\s+)?(?:reporting|coverage|updates|written|edited|compiled)\s+by\s+(?-i:[A-Z])"
)
# A summary's item may hold a call to action's word ("A red weather warning is in place")
# when less than this share of its words are such.
CTA_ITEM_MAX = 0.3
# How far above the first entry a summary's label is looked for, and its most items.
SUMMARY_REACH = 20
SUMMARY_MAX_ITEMS = 15

# The buttons under a comment or a reader's review, which a live blog's entries do not have:
# the first entry with a line of them only ("Reply", "Like · Reply", "Helpful") is a comment
# thread's.
REPLY_BUTTONS = frozenset(
    "reply replies report flag upvote downvote respond like likes helpful abuse répondre "
    "signaler antworten melden responder denunciar rispondi segnala".split()
)
# A line of such buttons holds at most this many words, counts aside ("Like 12 Reply").
REPLY_BAR_WORDS = 4

# The header of a comment thread, in the languages whose comment headers region.END_MARKER
# knows, or a prompt to join it ("Join the conversation", "Show 12 comments").
COMMENTS_HEADER = re.compile(
    r"(?i)^(?:\d+\s+)?(?:comments?|responses?|discussion|conversation|replies|comentar(?:ios?)?"
    r"|comentários?|commentaires?|kommentare?|commenti|reacties|reacciones|komentarze?|yorumlar)"
    r"(?:\s*\(\d[\d,.]*\))?$|^(?:show|view|load|read|post|add|leave|join)\b.{0,20}\b"
    r"(?:comments?|conversation|discussion)"
)
# Above a live blog's entries, text of this many paragraphs (or ARTICLE_BEFORE_END words) is
# an article's, not a header's standfirst.
ARTICLE_PARAGRAPHS = 2

# A live blog has at least this many entries with text.
LIVE_MIN_ENTRIES = 3


@dataclass(frozen=True)
class LiveBlog:
    """A live blog's entries: where each begins, where the last one's text ends, and the
    furniture around them."""

    marks: frozenset[int]  # positions of the stamps, the names and labels beside them, the
    # buttons between entries
    starts: tuple[int, ...]  # position of each entry's first line, in order
    end: int  # position of the last entry's last line of text
    summary: tuple[int, ...] = ()  # positions of the items of the summary above the entries
    start_lines: tuple[int, ...] = ()  # the line numbers (Line.index) of `starts`

    def span(self, lines: list[Line], first: int, last: int) -> tuple[int, int]:
        """The article's run (`first`, `last`: the densest run of prose) when it reaches the
        entries: all of them, to the last entry's text, from the first entry's headline (the
        page's header above it left out), or from the run's start when an article's text
        stands above the first entry (is_article_text)."""
        start = self.starts[0]
        if first > self.end or last < start:
            return first, last
        return (first if is_article_text(lines[first:start]) else start), max(last, self.end)

    def entry_of(self, ln: Line) -> int:
        """The number of the entry the line sits in (0: above the first)."""
        return bisect_right(self.start_lines, ln.index)


def is_entry_stamp(ln: Line) -> bool:
    """Is the line only an entry's time stamp (see CLOCK_STAMP, RELATIVE_STAMP, EPOCH_STAMP)?
    (Each holds a digit but "an hour ago" and "just now": cheap tests first.)"""
    if ln.words > STAMP_MAX_WORDS:
        return False
    text, low = ln.text, ln.low
    if DIGIT.search(text) is None:
        return ("ago" in low or "now" in low) and RELATIVE_STAMP.match(text) is not None
    if CLOCK_DIGITS.search(text):
        m = CLOCK_STAMP.match(text)
        if m is not None:
            return not m["dot"] or bool(m["ampm"] or m["zone"] or m["before"] or m["after"])
    if text[-1:].isdigit():
        return EPOCH_STAMP.match(text) is not None
    return RELATIVE_STAMP.match(text) is not None


def is_page_break(ln: Line) -> bool:
    """A closing header (not a box inside an article) or the copyright footer: no live blog
    runs on past it."""
    if ln.boilerplate:
        return "©" in ln.text or "rights reserved" in ln.low
    return (
        ln.words <= SHORT_WORDS
        and is_end_start(ln.text[:1])
        and is_end_marker(ln)
        and not INLINE_BOX.match(ln.text)
    )


def prose_words(lines: list[Line]) -> int:
    """Words of the lines that read as article text."""
    return sum(ln.words for ln in lines if is_entry_text(ln))


def is_entry_text(ln: Line) -> bool:
    """Does the line read as an entry's text: a paragraph, or a sentence of four words or more
    (not a label over something else: "Follow Al Jazeera English:")?"""
    short_sentence = ln.words >= 4 and ln.text.rstrip(QUOTES)[-1:] in SENTENCE_STOPS
    return (is_prose(ln) or short_sentence) and keeps_in_article(ln)


# What ends a sentence (not a label: a colon), and the quotes and brackets that may follow.
SENTENCE_STOPS = frozenset(".!?…")
QUOTES = "\"'”’»)"


def find_live_blog(lines: list[Line]) -> LiveBlog | None:
    """The live blog the page is, or None.  Its stamps are looked for in each stretch of the
    page between closing headers, up to the first such header that closes article text."""
    stamps = [i for i, ln in enumerate(lines) if ln.words <= STAMP_MAX_WORDS and is_entry_stamp(ln)]
    if len(stamps) < LIVE_MIN_ENTRIES:
        return None
    start, words, paragraphs = 0, 0, 0
    for end in [i for i, ln in enumerate(lines) if is_page_break(ln)] + [len(lines)]:
        group = [i for i in stamps if start <= i < end]
        if len(group) >= LIVE_MIN_ENTRIES:
            blog = read_entries(lines, group, start, end)
            if blog is not None:
                return blog
        # What follows the article is the page's: comments, teasers.  (A comments header
        # closes even a short one: two paragraphs; a header's "Comments" button, none.)
        words += prose_words(lines[start:end])
        paragraphs += paragraph_count(lines[start:end])
        if words >= ARTICLE_BEFORE_END or (
            paragraphs >= ARTICLE_PARAGRAPHS
            and end < len(lines)
            and COMMENTS_HEADER.match(lines[end].text)
        ):
            return None
        start = end + 1
    return None


def is_article_text(lines: list[Line]) -> bool:
    """Do the lines hold an article's text: ARTICLE_BEFORE_END words or ARTICLE_PARAGRAPHS
    paragraphs of it (not just a header's standfirst)?"""
    return prose_words(lines) >= ARTICLE_BEFORE_END or paragraph_count(lines) >= ARTICLE_PARAGRAPHS


def paragraph_count(lines: list[Line]) -> int:
    """How many of the lines are paragraphs of article text."""
    return sum(is_prose(ln) and keeps_in_article(ln) for ln in lines)


def read_entries(lines: list[Line], stamps: list[int], start: int, end: int) -> LiveBlog | None:
    """The live blog whose stamps are `stamps`, in the lines from `start` to `end` (exclusive),
    or None when its entries are too few or dwarfed by the text before the first stamp or
    after the last (an article under a teaser list).  It ends before the first entry with a
    reply button: a comment thread's."""
    around = [companions(lines, at, start, end) for at in stamps]
    bounds = [*stamps, end]
    segments = [
        [j for j in range(at + 1, bounds[k + 1]) if j not in around[k]]
        for k, at in enumerate(stamps)
    ]
    for k, segment in enumerate(segments):
        if any(is_reply_bar(lines[j]) for j in segment):
            stamps, segments = stamps[:k], segments[:k]
            break
    marks: set[int] = set(stamps)
    texts, starts, text_end = [], [], -1
    for k, segment in enumerate(segments):
        marks.update(around[k])
        inner = k + 1 < len(segments)  # (furniture after the last entry scores as it is)
        furniture = {j for j in segment if is_entry_furniture(lines[j], inner)}
        marks.update(furniture)
        segment = [j for j in segment if j not in furniture]
        if not inner:  # the last entry ends where the page's furniture begins
            segment = list(takewhile(lambda j: keeps_in_article(lines[j]), segment))
        # (A line the page repeats is no entry's own text: it is a key-events list's copy of
        # an entry's headline.)
        text = [j for j in segment if is_entry_text(lines[j]) and lines[j].repeats == 1]
        if text:
            texts.append(sum(lines[j].words for j in text))
            starts.append(segment[0])
            text_end = text[-1]
    if len(texts) < LIVE_MIN_ENTRIES:
        return None
    intro = prose_words(lines[start : stamps[0]])
    last = texts[-1] if starts[-1] > stamps[-1] else 0
    if intro > sum(texts) or last > sum(texts) - last:
        return None
    # (The summary may open the first entry, under the stamp that dates the page.)
    label, summary = find_summary(lines, max(start, starts[0] - SUMMARY_REACH), starts[1] - 1)
    if summary and label is not None:
        marks.add(label)
    first_lines = tuple(lines[at].index for at in starts)
    return LiveBlog(frozenset(marks), tuple(starts), text_end, summary, first_lines)


def find_summary(lines: list[Line], start: int, end: int) -> tuple[int | None, tuple[int, ...]]:
    """The position of the last summary label (SUMMARY_LABEL) from `start` to `end` (in the
    first entry, which the label may open), and those of the items under it (see
    is_summary_item), two or more, up to the first line that is none.  (None, ()) when there
    is no such list."""
    for at in range(end, start - 1, -1):
        if SUMMARY_LABEL.match(lines[at].text):
            break
    else:
        return None, ()
    items = []
    for j in range(at + 1, min(len(lines), at + 1 + SUMMARY_MAX_ITEMS)):
        if not is_summary_item(lines[j]):
            break
        items.append(j)
    return at, tuple(items) if len(items) >= 2 else ()


def is_summary_item(ln: Line) -> bool:
    """Could the line be an item of a live blog's summary: a sentence, or a line of a few words
    one of them in lower case (a summary's items often lack their full stops), that is no
    stamp, button, headline, link or credit ("Live reporting by Tim Baker")?"""
    return (
        not ln.title_case
        and not BLOG_CREDIT.match(ln.text)
        and ln.cta_share < CTA_ITEM_MAX
        and keeps_in_article(ln)
        and not is_entry_stamp(ln)
        and (is_entry_text(ln) or any(w[:1].islower() for w in ln.text.split()))
    )


def is_reply_bar(ln: Line) -> bool:
    """A line of a comment's buttons only (REPLY_BUTTONS; counts may go with them)?"""
    return (
        0 < ln.words <= REPLY_BAR_WORDS
        and all(t in REPLY_BUTTONS or t.isdigit() for t in ln.tokens)
        and not all(t.isdigit() for t in ln.tokens)
    )


def companions(lines: list[Line], at: int, start: int, end: int) -> list[int]:
    """Positions of the names and labels beside the stamp at `at` (up to STAMP_COMPANIONS
    on each side, stopping at the first line that is neither)."""
    out = []
    for step in (-1, 1):
        j = at + step
        while start <= j < end and abs(j - at) <= STAMP_COMPANIONS and is_companion(lines[j]):
            out.append(j)
            j += step
    return out


def is_companion(ln: Line) -> bool:
    """A line a live blog sets beside an entry's stamp: the reporter's name, a "By" line, the
    day, a label (ENTRY_LABEL), a share button (the name may sign the entry above it)."""
    return (
        bool(ENTRY_LABEL.match(ln.text))
        or is_share_button(ln)
        or is_name_line(ln)
        or is_byline(ln)
        or (ln.words <= DATE_WORDS and is_dateline(ln))
    )


def is_entry_furniture(ln: Line, inner: bool) -> bool:
    """A share button (SHARE_BUTTONS), or (when `inner`, between two entries) any short line
    the article would drop anyway: an advert's label, a "Read more" link."""
    if ln.words > SHORT_WORDS:
        return False
    return is_share_button(ln) or (inner and not keeps_in_article(ln))


def is_share_button(ln: Line) -> bool:
    """Is the line a share button (SHARE_BUTTONS)?"""
    return ln.words <= 2 and " ".join(ln.tokens) in SHARE_BUTTONS
