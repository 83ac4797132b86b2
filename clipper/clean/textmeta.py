"""Metadata from the lines of a text dump: which line is the title, which date is the article's,
who wrote it, which publication it is, its own URL.  Each finder returns (value, evidence)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from clipper.clean import meta
from clipper.clean.lines import Line
from clipper.clean.pagetext import PageText
from clipper.clean.region import SAVED_STAMP, is_print_furniture
from clipper.clean.vocab import CTA_WORDS, SECTION_WORDS

# How far before the article's first line the headline may sit (in non-blank lines), and how
# far into the article run (a headline with many stopwords can be taken for prose).
TITLE_LOOKBACK = 60
TITLE_LOOKAHEAD = 12

# A non-bullet line this long is a paragraph of the article (or of a standfirst).
PARAGRAPH_WORDS = 25
# Headlines rarely end in a full stop; a line this long that does is a sentence of the text.
SENTENCE_WORDS = 10

# A date or byline belongs to the article when it sits this close after the headline.
DATELINE_REACH = 6

# A clock a page prints when it is rendered: a date with a time to the second and nothing else.
CLOCK = re.compile(r"^\W*[\d/.-]{8,10},?\s+\d{1,2}:\d{2}:\d{2}(?:\s*[ap]\.?m\.?)?\W*$", re.I)
# "Published" and "Updated" in the other languages whose month names meta knows.
PUBLISHED_ELSEWHERE = "publiée?s?|veröffentlicht|erschienen|publicad[oa]|pubblicat[oa]|gepubliceerd"
UPDATED_ELSEWHERE = (
    "mise? à jour|modifiée?|aktualisiert|actualizad[oa]|aggiornat[oa]|atualizad[oa]|bijgewerkt"
)
PUBLISHED_CUE = re.compile(
    r"(?i)\b(?:published|posted|first published|dateline|on|" + PUBLISHED_ELSEWHERE + r")\b"
)
UPDATED_CUE = re.compile(r"(?i)\b(?:updated|modified|last updated|" + UPDATED_ELSEWHERE + r")\b")
COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b")
NAME_BEFORE_CUE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:[Pp]ublished|[Pp]osted)\b"
)


# A photo caption's closing credit: "… on June 7, 2019. (The Associated Press)", "… (AP
# Photo/Jacquelyn Martin)", "(Photo by Win McNamee/Getty Images)".  Its date is the picture's.
CAPTION_CREDIT = re.compile(
    r"(?:\.\s*\([^()]{2,60}\)|\([^()]*\b(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture)s?\b[^()]*\))$"
)

# A dateline in a language whose month names meta does not know: a day, a word, a year at the
# end of a short line, maybe after a place ("नई दिल्ली, 3 मार्च 2021", "3 березня 2021").
FOREIGN_DATELINE = re.compile(r"(?:^|,\s*)\d{1,2}\.?\s+\S+\s+(?:19|20)\d\d\.?$")
FOREIGN_DATELINE_WORDS = 6


# A news ticker's label: "BREAKING: Storm warning issued…", "Eilmeldung: …", "速報：…".  Its
# line may be another story's headline over the article's (some sites label the article's own
# headline so too).
_TICKER_WORDS = (
    r"(?:breaking(?:\s+news)?|just\s+in|developing(?:\s+story)?|news\s+alert|eilmeldung"
    r"|última\s+hora|ultima\s+ora|en\s+continu|alerte\s+info|flash\s+info|срочно|عاجل"
    r"|ब्रेकिंग(?:\s+न्यूज़?)?|速報|快讯|突发)"
)
TICKER_LABEL = re.compile(
    r"(?i)^(?:[【\[]\s*" + _TICKER_WORDS + r"\s*[】\]]|" + _TICKER_WORDS + r"(?:\s*[:：|–—-]|$))"
)

# A caption's label on the line above the caption ("Image caption," as BBC pages print it).
CAPTION_LABEL = re.compile(r"(?i)^(?:(?:image|photo|picture|video)\s+)?caption\s*[,:]?$")

# What ends a line that is a sentence: a full stop, or the Devanagari danda.
FULL_STOPS = (".", "।")

# Lines that open like a byline, a date stamp or a label are never the headline.
NOT_A_HEADLINE = re.compile(
    r"(?i)^(?:by|updated|posted|published|filed|image|photo|photograph|caption|credit|tags?"
    r"|topics?|click|tap|you\s+are\s+(?:signed|logged)\s+in|"
    + PUBLISHED_ELSEWHERE
    + "|"
    + UPDATED_ELSEWHERE
    + r")\b|^[^:]{1,20}:\s*$"
    # An icon font's ligature name, which a dump keeps as text: "chevron_left", "expand_more".
    r"|^[a-z]+(?:_[a-z]+)+\b"
)


@dataclass
class Header:
    """What the lines around the article's start say about it."""

    title: int | None = None  # position in the line list
    meta_end: int | None = None  # last dateline/byline position right after the title


def find_title(
    lines: list[Line], start: int, page: PageText | None = None, end: int | None = None
) -> tuple[int | None, str]:
    """(position, evidence) of the headline, looking around the article's first line.
    (`page`: the lines as a PageText, when the caller has made one; `end`: the article's
    last line, after which no headline stands: a related story's teaser does.)

    Distances are counted in lines that say something: share buttons, bare bullets and photo
    credits often stand between a headline and its text, and must not push it away."""
    page = page or PageText(lines)
    echoes = title_echoes(lines, page)
    hi = min(len(lines), start + TITLE_LOOKAHEAD, len(lines) if end is None else end + 1)
    for pos in range(start, hi):
        if lines[pos].words >= PARAGRAPH_WORDS and not lines[pos].bullet:
            hi = pos + 1  # a headline never comes after the article's first real paragraph
            break
        if pos > start and is_byline(lines[pos]):
            hi = pos  # nor after the article's byline: what follows is its text
            break
    # The lines that say something, TITLE_LOOKBACK of them before the start, and up to `hi`.
    back = range(start - 1, max(-1, start - TITLE_SCAN_BACK), -1)
    before = list(islice((p for p in back if not is_filler(lines[p])), TITLE_LOOKBACK))
    near = before[::-1] + [p for p in range(start, hi) if not is_filler(lines[p])]
    start_at = len(before)
    # Whether a line stamps a header (a dateline or byline): asked of a line for each of the
    # candidates above it, so kept once worked out.
    stamps: dict[int, bool] = {}

    def stamped(pos: int) -> bool:
        if pos not in stamps:
            stamps[pos] = is_stamp(lines[pos]) or is_byline(lines[pos])
        return stamps[pos]

    best: tuple[float, int | None, str] = (0.0, None, "")
    for k, pos in enumerate(near):
        ln = lines[pos]
        if not is_title_shaped(ln) or (pos > 0 and CAPTION_LABEL.match(lines[pos - 1].text)):
            continue  # (a caption under its label: "Image caption," / "Picket lines were…")
        under = near[k + 1 : k + 1 + HEADER_REACH]
        if (
            ln.words >= SENTENCE_WORDS
            and ln.text.endswith(FULL_STOPS)
            and not ln.title_case  # "I Replaced My Laptop. Here's What Happened."
            and ln.text not in echoes
            and not (under and is_stamp(lines[under[0]]))
        ):
            # A full sentence: a paragraph of the article, not its headline (unless a
            # dateline follows it at once: "…They just might be." / "Updated Nov 19").
            continue
        # The dateline or byline may stand under the standfirst (one line or two) of a
        # headline in title case.  (Under a line in sentence case, a longer line may as well
        # be the headline under a label: "This article is more than 1 year old".)
        skip = k + 1
        while (
            ln.title_case
            and skip < min(len(near), k + 3)
            and not stamped(near[skip])
            and is_standfirst(lines[near[skip]], ln)
        ):
            skip += 1
        reach = near[skip : skip + HEADER_REACH] if skip > k + 1 else under
        below = [lines[p] for p in reach]
        # (A name without "By" is weaker evidence: it counts only one line closer.)
        above_byline = (
            any(map(stamped, reach))
            or names_under(below)
            # A clock right under a headline is its dateline ("2024-06-12 10:05:21"); under
            # a masthead, it is the page's clock.
            or (bool(under) and is_headline_like(ln) and is_clock_under(lines[under[0]]))
        )
        distance = min(0.08 * abs(k - start_at), FARTHEST)
        score, why = 1.0 - distance, "headline line before the article"
        if ln.text in echoes:
            score, why = score + 5, echoes[ln.text]
        above = [lines[p] for p in near[max(0, k - 2) : k]]
        if above_byline:
            score += 2.5
            if is_byline(below[0]):
                score += BYLINE_UNDER  # "By ..." right under it: the surest sign
            why = why if ln.text in echoes else "headline above the dateline/byline"
        elif any(is_stamp(x) for x in above):
            score += 1.5
            why = why if ln.text in echoes else "headline under the dateline"
        if ln.words >= 5 and page.low.count(ln.low) > 1:
            score += 1.0  # the page repeats it: in a share prompt, an "Up next", a list
        if ln.words <= 3 or is_name_line(ln) or PUBLICATION_WORD.match(ln.text):
            score -= 3  # section labels ("Politics"), author and publication names, kickers
        if ln.text.endswith(FULL_STOPS) and not ln.text.endswith(".."):
            score -= 1  # headlines rarely end in a full stop; captions and teasers do
        elif ln.text.endswith(("…", "...")):
            score -= 1  # a headline cut short, in a teaser or a share prompt
        # A headline and its standfirst may have a kicker between them ("Editorial").
        # A button between two lines ("Learn More" under a banner) parts them.
        nxt = next((p for p in under if lines[p].words > KICKER_WORDS), None)
        last = next(
            (p for p in reversed(near[max(0, k - 2) : k]) if lines[p].words > KICKER_WORDS), None
        )
        # (A ticker's line, "BREAKING: …", may stand over any headline: none is its standfirst.)
        ticker = is_ticker(lines, pos)
        if (
            nxt is not None
            and not ticker
            and is_standfirst(lines[nxt], ln)
            and not has_button(lines, pos, nxt)
        ):
            score += 1.0  # a standfirst follows its headline
        if (
            last is not None
            and is_headline_like(lines[last])
            and not is_ticker(lines, last)
            and is_standfirst(ln, lines[last])
            and not has_button(lines, last, pos)
        ):
            score -= 1.0  # the standfirst of the line above
        if (
            ln.words <= BYLINE_WORDS
            and k > 0
            and under
            and stamped(under[0])
            and lines[near[k - 1]].words > ln.words
            and is_headline_like(lines[near[k - 1]])
            and not is_ticker(lines, near[k - 1])
        ):
            score -= 1.5  # a byline or a place between the headline and its dateline
        if is_teaser_list(ln, below[:TEASER_RUN]):
            score -= 1.5  # the first of a list of linked headlines
        if score > best[0]:
            best = (score, pos, why)
    return best[1], best[2]


def is_ticker(lines: list[Line], pos: int) -> bool:
    """A news ticker's line: labelled ("BREAKING: …", "【速報】…"), or under a label alone on
    its line ("Breaking News" / "Storm warning issued for the coast")."""
    if TICKER_LABEL.match(lines[pos].text):
        return True
    if pos == 0 or lines[pos - 1].words > TICKER_LABEL_WORDS:
        return False
    label = TICKER_LABEL.match(lines[pos - 1].text)
    return label is not None and label.end() >= len(lines[pos - 1].text.rstrip(" :：|–—-"))


# The most words a ticker's label alone on its line has ("Breaking News", "Just in").
TICKER_LABEL_WORDS = 3

# A line this short between a longer headline and the dateline under it is a byline or a
# place ("القاهرة – محمد عبد الله", in a script whose names no capitals tell).
BYLINE_WORDS = 4


def is_clock_under(ln: Line) -> bool:
    """A date with a time to the second, alone on its line (CLOCK): asked of the line under a
    headline, where it is the article's dateline ("2024-06-12 10:05:21"), not the page's clock."""
    return CLOCK.match(ln.raw) is not None and bool(meta.find_dates(ln.raw))


def has_button(lines: list[Line], a: int, b: int) -> bool:
    """Is there a button (a line of call-to-action words: "Learn More") between positions
    a and b?"""
    return any(lines[p].cta_share >= 0.5 for p in range(a + 1, b))


# How far back from the article's first line the headline is looked for: in lines that say
# something (TITLE_LOOKBACK), and in lines of any kind (TITLE_SCAN_BACK).
TITLE_SCAN_BACK = 120

# A kicker or section label ("Editorial", "Hong Kong") may sit between a headline and its
# standfirst: lines this short are looked past.
KICKER_WORDS = 2

# The most a candidate's distance from the article's start counts against it: a video
# playlist or gallery may stand between a stamped headline and its article.
FARTHEST = 1.5

# What a "By ..." line right under a headline adds to a dateline or byline within reach.
BYLINE_UNDER = 0.5

# A dateline or byline marks the line above as the headline when it is this close under it
# (in lines that say something).
HEADER_REACH = 3


def names_under(below: list[Line]) -> bool:
    """Is there a name line (a byline without "By") right under a headline candidate, or
    one line further under a line that is no headline itself (a standfirst, a label)?  A
    name under another headline is that one's byline."""
    if not below:
        return False
    if is_name_line(below[0]):
        return True
    return len(below) > 1 and is_name_line(below[1]) and not is_headline_like(below[0])


def is_filler(ln: Line) -> bool:
    """A line that says nothing about the article: a bare bullet, a share button or bar,
    a photo credit, a link."""
    return (
        ln.words == 0
        or ln.cta_share >= 0.5
        or ln.boilerplate
        or (ln.bullet and ln.words <= 2)
        or ln.credit
        or (ln.words == 1 and meta.URL.match(ln.text) is not None)
    )


# A line with more words than this (numbers aside) is a sentence, not a date stamp.
STAMP_WORDS = 12

# A time stamp without a full date: "Published 22 hours ago", "Updated Nov 19, 6:55 AM",
# "November 20" (its year on the next line).
STAMP = re.compile(
    r"(?i)^(?:published|updated|posted|last updated|first published|"
    + PUBLISHED_ELSEWHERE
    + "|"
    + UPDATED_ELSEWHERE
    + r")\b"
    r"|^(?:\d{1,2}\s+)?" + meta.MONTH_NAME + r"(?:\s+\d{1,2})?,?$"
)


def is_stamp(ln: Line) -> bool:
    """A dateline, or a line stamping the article's time without a full date."""
    return is_dateline(ln) or (ln.words <= STAMP_WORDS and STAMP.match(ln.text) is not None)


def is_byline(ln: Line) -> bool:
    """A "By ..." line, or "By" alone above the name."""
    return ln.low in ("by", "by:") or meta.author_from_byline(ln.text) is not None


# A line that is only a person's name, two or three capitalised words ("Anna Menin"), maybe
# followed by a role or an agency ("Tom Krisher, AP Auto Writer", "Tom Davies Associated Press"),
# a publication in capitals ("Bailey Schulz, USA TODAY") or, in a list of obituaries, an age
# ("Helen M. Garrity, 91").
NAME_LINE = re.compile(
    r"^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[\"“][A-Z][a-z'’-]+[\"”])?(?:\s+[A-Z][a-z'’-]+){1,2}"
    r"(?:(?:,\s*|\s+)(?:[A-Z][\w.]*\s+){0,3}(?:Writer|Reporter|Correspondent|Editor|Press"
    r"|Reuters|AFP|AP|Staff|Contributor|Columnist)|,\s*[A-Z][A-Z.&-]+(?:\s+[A-Z][A-Z.&-]+){0,2}"
    r"|,\s*\d{1,3})?$"
)


# Words no name holds, which jusText's English stoplist lacks ("Customize Your Weather").
NOT_IN_NAMES = frozenset("you your yours we our ours my his her their its".split())


def is_name_line(ln: Line) -> bool:
    """A line holding only a person's name, as a byline without its "By"."""
    return (
        ln.words <= 7
        and NAME_LINE.match(ln.text) is not None
        and ln.stop_share == 0
        and NOT_IN_NAMES.isdisjoint(ln.tokens)
        and not PUBLICATION_WORD.match(ln.text)
    )


def is_headline_like(ln: Line) -> bool:
    """Title-shaped, and longer than a label or a name."""
    return ln.words > 3 and is_title_shaped(ln) and not is_name_line(ln)


def is_standfirst(ln: Line, title: Line) -> bool:
    """Could `ln`, right under `title`, be its standfirst: longer, but shorter than a
    paragraph, and a sentence rather than another headline (not in title case, not a
    dateline)."""
    longer = title.words < ln.words or (title.title_case and ln.words >= STANDFIRST_WORDS)
    return (
        longer
        and ln.words < PARAGRAPH_WORDS
        and not ln.title_case
        and (ln.sentence_end or not ln.cjk)  # (Chinese and Japanese show no title case)
        and not is_dateline(ln)
        and not meta.URL.search(ln.text)
    )


# A sentence under a headline in title case is its standfirst, though shorter, when it has
# this many words ("Officials keep deposit rate at record 4% after ten straight hikes").
STANDFIRST_WORDS = 5


BRACKETS = {"(": ")", "[": "]", "（": "）", "［": "］", "【": "】", "〔": "〕", "「": "」"}


def is_bracketed(text: str) -> bool:
    """A line wholly inside one pair of brackets: a note ("(Photo)", "（1/3ページ）"), never a
    headline.  ("(LEAD) Talks resume (update)" is two notes around a headline.)"""
    close = BRACKETS.get(text[0])
    return close is not None and text[-1] == close and close not in text[1:-1]


def is_label_row(ln: Line) -> bool:
    """Chinese or Japanese labels in a row ("ニュース 戦争・紛争 Video": a breadcrumb, tags):
    three or more parts between spaces, none longer than a label.  A headline's parts are
    phrases ("短缺药品保供稳价 全力保障临床用药需求")."""
    parts = ln.text.split()
    return ln.cjk and len(parts) >= 3 and max(map(len, parts)) <= LABEL_CHARS


# The longest Chinese or Japanese label, in characters.
LABEL_CHARS = 6


# How many headline-like lines in a row under a line make it one of a list of teasers.
TEASER_RUN = 2


def is_teaser_list(ln: Line, below: list[Line]) -> bool:
    """Is `ln` the first of a list of teasers: the lines under it more headlines, neither its
    standfirst nor a dateline or byline ("More on: plague" / three linked headlines)."""
    return len(below) == TEASER_RUN and all(
        is_headline_like(x) and not is_standfirst(x, ln) and not is_stamp(x) for x in below
    )


def is_title_shaped(ln: Line) -> bool:
    """Could this line be a headline?"""
    if ln.boilerplate or ln.bullet or ln.promo or ln.credit or ln.cta_share >= 0.3:
        return False
    if not 2 <= ln.words <= 30 or NOT_A_HEADLINE.match(ln.text) or SAVED_STAMP.match(ln.text):
        return False
    if is_print_furniture(ln):
        return False
    if ln.words <= FOREIGN_DATELINE_WORDS and FOREIGN_DATELINE.search(ln.text):
        return False
    if is_menu_row(ln):
        return False
    if is_bracketed(ln.text) or is_label_row(ln):
        return False
    if meta.URL.search(ln.text) or is_dateline(ln) or meta.BREADCRUMB_SEP.search(ln.text):
        return False
    if ln.text.endswith(FULL_STOPS) and ln.words > 20:
        return False
    if is_mostly_numbers(ln.text):
        return False
    return not is_byline(ln)  # "Analysis by Joan Biskupic, CNN"


def is_mostly_numbers(text: str) -> bool:
    """A line of at least as many digits as letters: a date or a time in a format no pattern
    knows ("8/23(金) 11:52配信", "11.jun.2024 às 9h05"), a share price, a score; no headline."""
    digits = sum(c.isdigit() for c in text)
    return digits >= MOSTLY_NUMBERS_DIGITS and digits >= sum(c.isalpha() for c in text)


# A line needs this many digits to be more number than words ("F1" and "G7" are names).
MOSTLY_NUMBERS_DIGITS = 4


def is_menu_row(ln: Line) -> bool:
    """A row of a site's menu ("Home News Sports Opinion", "Politics Business Tech Science"):
    three words or more, each a capitalised word alone, most of them a section's name or a
    button's ("Home", "More")."""
    words = ln.text.split()
    return (
        len(words) >= 3
        and len(words) == ln.words
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and 2 * sum(t in SECTION_WORDS or t in CTA_WORDS for t in ln.tokens) >= len(words)
    )


def title_echoes(lines: list[Line], page: PageText) -> dict[str, str]:
    """Titles the page repeats in a "Reading: X" line or a breadcrumb (in its first 400
    lines), with that evidence."""
    echoes: dict[str, str] = {}
    # Only lines with a colon can be "Reading:" lines, only lines with a separator breadcrumbs.
    readings = {i for i in page.lines_holding((":",)) if lines[i].low.startswith(READING_STARTS)}
    crumbs = set(page.lines_holding(BREADCRUMB_CHARS))
    for i in sorted(i for i in readings | crumbs if i < ECHO_LINES):
        ln = lines[i]
        reading = meta.title_from_reading_line(ln.text) if i in readings else None
        if reading:
            echoes[reading] = "repeated in a 'Reading:' line"
        crumb = meta.title_from_breadcrumb(ln.text) if ln.words <= 40 and i in crumbs else None
        if crumb and len(crumb.split()) >= 4:
            echoes.setdefault(crumb, "repeated in breadcrumb")
    return echoes


# How the lines meta.READING_PREFIX matches start, lower-cased (cut short of any "i", which
# IGNORECASE also matches with a dotless "ı").
READING_STARTS = ("rea", "now", "you", "pr")

# How far down the page titles are looked for in "Reading:" lines and breadcrumbs.
ECHO_LINES = 400

# The characters one of which every breadcrumb separator (meta.BREADCRUMB_SEP) holds.
BREADCRUMB_CHARS = (">", "»", "›", "/", "|")

# Every date meta.find_dates knows has four digits in a row (its year) or a two-digit year
# after a slash ("11/18/19").
YEAR_DIGITS = re.compile(r"\d{4}|\d/\d\d\b")


def is_dateline(ln: Line) -> bool:
    """A short line holding a date (not a clock, not a copyright line).  Worked out once a
    line: the title, date and author finders all ask about the same few lines."""
    if ln.known_dateline is None:
        ln.known_dateline = (
            ln.words <= 25
            and bool(YEAR_DIGITS.search(ln.raw))
            and not COPYRIGHT.search(ln.raw)
            and not CLOCK.match(ln.raw)
            and not SAVED_STAMP.match(ln.raw)
            and not is_print_furniture(ln)
            and bool(meta.find_dates(ln.raw))
        )
    return ln.known_dateline


def find_date(
    lines: list[Line],
    title: int | None,
    start: int,
    language: str | None = None,
    page: PageText | None = None,
) -> tuple[str | None, str]:
    """(ISO date, evidence) of the article's own date: a dateline next to its headline.

    Our own patterns cover numeric dates and those with English, French, German, Spanish,
    Italian, Portuguese or Dutch month names (meta); for other languages the few short lines
    with a year in that window are handed to dateparser as well (slow, so only those).  A
    stamp without a year ("Posted Nov 18, 8:19 PM") comes last: see yearless_stamp."""
    anchor = title if title is not None else start
    lo = max(0, anchor - 2)
    hi = min(len(lines), max(anchor + DATELINE_REACH, start + 3) + 1)
    not_english = language not in (None, "en")  # so "12/03/2021" is 12 March
    best_iso, why = best_dateline(lines, lo, hi, anchor, day_first=not_english)
    if best_iso:
        return best_iso, why
    if not_english:
        tried = 0
        for pos in range(lo, hi):
            ln = lines[pos]
            if ln.words > 12 or not YEAR.search(ln.raw) or COPYRIGHT.search(ln.raw):
                continue
            iso = meta.parse_date_any(ln.raw, language)
            if iso:
                return iso, "dateline by the title (read by dateparser)"
            tried += 1
            if tried >= MAX_DATEPARSER_LINES:
                break
    return yearless_stamp(lines, lo, hi, anchor, page or PageText(lines))


def yearless_stamp(
    lines: list[Line], lo: int, hi: int, anchor: int, page: PageText
) -> tuple[str | None, str]:
    """(ISO date, evidence) from a date stamp by the headline that prints no year.

    Pages print this year's dates without it ("Posted Nov 18, 8:19 PM"), and some split a
    stamp over two lines ("November 20" above "15:23 2019").  The year is the one on the next
    line, else the year of the page's copyright notice ("© 2019 NJ.com"): the year the page
    was printed in.  Without either, no date: a guessed year would be worse than none."""
    best: tuple[float, str | None, str] = (-99.0, None, "")
    year_of_page: int | None = None
    for pos in range(lo, hi):
        ln = lines[pos]
        if ln.words > STAMP_WORDS or not STAMP.match(ln.text):
            continue
        found = meta.find_yearless(ln.raw)
        if not found:
            continue
        cue = PUBLISHED_CUE.search(ln.raw)
        # "Updated Nov 19, 6:55 AM;Posted Nov 18, 8:19 PM": the date after the cue.
        at, month, day = next((f for f in found if cue and f[0] >= cue.start()), found[0])
        score = -0.3 * abs(pos - anchor)
        if cue and cue.start() <= at:
            score += 2
        elif UPDATED_CUE.search(ln.raw, 0, at):
            score -= 0.5
        year = year_on_next_line(lines, pos)
        why = "date stamp by the title, its year on the next line"
        if year is None:
            if year_of_page is None:
                year_of_page = copyright_year(lines, page) or 0
            year = year_of_page or None
            why = "date stamp by the title without a year, the year of the page's copyright"
        iso = meta.make_iso(year, month, day) if year else None
        if iso and score > best[0]:
            best = (score, iso, why)
    return best[1], best[2]


# A line holding only a year, maybe with a time: "15:23 2019", "2019".
LONE_YEAR = re.compile(r"^(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+)?(?P<y>(?:19|20)\d\d)$", re.I)


def year_on_next_line(lines: list[Line], pos: int) -> int | None:
    """The year a stamp split over two lines prints on its second ("November 20" / "15:23
    2019"): the very next line of the dump, holding nothing else."""
    if pos + 1 >= len(lines) or lines[pos + 1].index != lines[pos].index + 1:
        return None
    m = LONE_YEAR.match(lines[pos + 1].text)
    return int(m["y"]) if m else None


# The year of a copyright notice: "© 2019", "Copyright © 1998-2019", "(c) 2019".
COPYRIGHT_YEAR = re.compile(
    r"(?i)(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d\d\s*[-–]\s*)?"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)


def copyright_year(lines: list[Line], page: PageText) -> int | None:
    """The latest year the page's copyright notices name."""
    years = [
        int(m["y"])
        for i in copyright_lines(lines, page)
        for m in COPYRIGHT_YEAR.finditer(lines[i].text)
    ]
    return max(years, default=None)


def copyright_lines(lines: list[Line], page: PageText) -> list[int]:
    """Positions of the lines that may be the page's copyright notice: those holding "©",
    "(c)" or "copyr", but not a picture's ("Photo © 2015 Example Images")."""
    return [
        i
        for i in page.lines_holding(SELF_NAMING_NEEDS[2])
        if not PICTURE_COPYRIGHT.search(lines[i].text)
    ]


# A four-digit year (or a CJK year mark): a line without one holds no full date.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

# dateparser takes milliseconds a call: at most this many lines per page are given to it.
MAX_DATEPARSER_LINES = 3


# Words before the date in a line above the headline that make it another story's teaser.
TEASER_WORDS = 3


def best_dateline(
    lines: list[Line], lo: int, hi: int, anchor: int, *, day_first: bool = False
) -> tuple[str | None, str]:
    """(ISO date, evidence) of the best-placed dateline among lines[lo:hi].  (`day_first`:
    the page is in a language that writes "12/03/2021" for 12 March.)"""
    best: tuple[float, str | None, str] = (-99.0, None, "")
    for pos in range(lo, hi):
        ln = lines[pos]
        if not (is_dateline(ln) or (pos > anchor and is_clock_under(ln))):
            continue
        if TICKER_LABEL.match(ln.text) or CAPTION_CREDIT.search(ln.text):
            continue  # (a ticker's story and a photo caption have dates of their own)
        dates = meta.find_dates(ln.raw, day_first=day_first)
        at, iso = dates[0]
        score = -0.3 * abs(pos - anchor)
        why = "dateline under the title" if pos > anchor else "dateline above the title"
        if pos < anchor and len(ln.raw[:at].split()) >= TEASER_WORDS and not is_byline(ln):
            score -= 1  # "Storm hits coast — March 9, 2023" over the headline: a teaser's date
        # A cue counts before the date it names, in a line short enough to be a stamp: in
        # a caption ("… near a checkpoint on October 11, 2023") "on" is no cue.
        stamp = sum(not t.isdecimal() for t in ln.tokens) <= STAMP_WORDS
        cue = PUBLISHED_CUE.search(ln.raw) if stamp else None
        if cue and cue.group().lower() == "on" and not on_names_a_stamp(ln, cue.start()):
            cue = None  # "… photographed on June 7, 2019. (Photo: …)": a caption's "on"
        if cue:
            # "Updated Nov 19, 2019; Published Nov 18, 2019": the date after the cue.
            at, iso = next(((a, d) for a, d in dates if a >= cue.start()), (at, iso))
        if cue and cue.start() <= at:
            score += 2
            why = "'Published' line by the title"
        elif UPDATED_CUE.search(ln.raw, 0, at):
            score -= 0.5
            why = "'Updated' line by the title"
        elif not stamp and not is_byline(ln):
            score -= 1  # a sentence that mentions a date: a photo caption, a standfirst
        if score > best[0]:
            best = (score, iso, why)
    return best[1], best[2]


# What may stand before a stamp's "on": a byline's name ("By Maria Lopez on March 3, 2021",
# "Maria Lopez on …"), or nothing ("On March 3, 2021").
BEFORE_ON = re.compile(r"^(?:(?:[Bb][Yy]\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+)?$")


def on_names_a_stamp(ln: Line, at: int) -> bool:
    """Does "on" at `at` date a stamp, not a sentence ("photographed on June 7, 2019")?"""
    before = ln.raw[:at]
    return is_byline(ln) or BEFORE_ON.match(before) is not None


def find_author(lines: list[Line], title: int | None, start: int) -> tuple[str | None, str]:
    """(author, evidence) from a byline near the headline."""
    anchor = title if title is not None else start
    for ln in lines[max(0, anchor - 1) : min(len(lines), max(anchor, start) + DATELINE_REACH)]:
        name = meta.author_from_byline(ln.text)
        if name:
            return name, "'By' byline"
        m = NAME_BEFORE_CUE.match(ln.text)
        if m and is_dateline(ln):
            return m.group("name"), "name before the publication date"
    return None, ""


def header_end(lines: list[Line], title: int | None) -> int | None:
    """Position of the last dateline/byline line in the few lines after the headline."""
    if title is None:
        return None
    end = None
    for pos in range(title + 1, min(len(lines), title + DATELINE_REACH + 1)):
        ln = lines[pos]
        if ln.credit:
            continue  # a photo caption, dated or not, is not the article's header
        if is_dateline(ln) or meta.author_from_byline(ln.text):
            end = pos
    return end


# Sentences in which pages name themselves: "Skip to more DW sites", "Your full access to the
# Nikkei Asian Review has expired", "© 2022 Times of Japan. All Rights Reserved.".
# "All rights reserved" in the languages a copyright line is written in.
RIGHTS_RESERVED = (
    r"riproduzione riservata|tutti i diritti|alle rechte|tous droits|todos los derechos"
    r"|todos os direitos|alle rechten|wszelkie prawa|все права"
)

SELF_NAMING = (
    (
        re.compile(r"\bmore (?P<name>[A-Z][\w&' -]{0,30}?) (?:sites|websites|newsletters)\b"),
        "'more ... sites' link",
    ),
    (
        re.compile(
            r"\b(?:access|subscription) to (?:the )?(?P<name>[A-Z][\w&' -]{1,40}?) "
            r"(?:has|is|will)\b"
        ),
        "subscription notice",
    ),
    (
        re.compile(
            r"(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*,?\s*(?:by\s+)?"
            # ("S.Paulo" goes on past its full stop.)
            r"(?!"
            + RIGHTS_RESERVED
            + ")"
            + meta.HOLDER_START
            + r"(?P<name>\w[\w&'.\u2013 -]{1,50}?)"
            r"\s*(?:\.(?!\w)|,|\||all rights"
            r"|$|(?:19|20)\d\d\b|" + RIGHTS_RESERVED + ")",
            re.I,
        ),
        "copyright line",
    ),
)

# What a line (lower-cased) must hold for each SELF_NAMING pattern to match it: tested first,
# since most lines hold none of it.  ("copyr", not "copyright": under re.I an "i" also
# matches a dotless "ı", which lower-casing keeps.)
SELF_NAMING_NEEDS = (("more ",), ("access to ", "subscription to "), ("©", "(c)", "copyr"))


# Names of news agencies and wires: their stories run in many papers, so a byline naming one
# credits the story, not the page's publication.
AGENCY_WORD = re.compile(r"(?i)\b(?:press|agency|wire|reuters|afp|kyodo|xinhua|news service)\b")


# A byline fragment naming a publication or agency by its newsy last word (", Kyodo News ,").
PUBLICATION_WORD = re.compile(
    r"^(?P<name>(?:[A-Z][\w&'-]*\s+){0,3}(?:News|Times|Post|Herald|Journal|Tribune|Review|Daily"
    r"|Press|Gazette|Agency|Telegraph|Chronicle|Observer|Mail|Today|Wire|Shimbun))$"
)


def find_source(
    lines: list[Line], title: int | None, url: str | None, page: PageText | None = None
) -> tuple[str | None, str]:
    """(publication, evidence), by the strength of the evidence: the page naming itself, the
    article's own address, the copyright line, a byline fragment, the masthead, other URLs."""
    page = page or PageText(lines)
    for (pattern, why), needs in zip(SELF_NAMING[:2], SELF_NAMING_NEEDS, strict=False):
        found = first_name_match(lines, pattern, among=page.lines_holding(needs))
        if found:
            return found, why
    own = meta.host_of(url) if url else None
    if own and meta.source_from_host(own):
        return meta.source_from_host(own), f"the article's address ({own})"
    urls = page.lines_holding(("://", "www."))  # meta.URL needs "://" or "www."
    hosts = [h for i in urls for h in hosts_in(lines[i].text)] + ([own] if own else [])
    found = find_site_name(lines, hosts, page)
    if found:
        return found, "the site's own name in its navigation and notices"
    anchor = title if title is not None else 0
    credited: tuple[str, bool] | None = None
    # Two lines above the headline too, as a dateline may stand over it, but only in a line of
    # several parts: a name alone there is a section's label or a breadcrumb ("World News").
    for pos in range(max(0, anchor - 2), min(len(lines), anchor + DATELINE_REACH)):
        parts = re.split(r"\s*(?:[,|·•]|\s/)\s*", lines[pos].text)
        if pos < anchor and (len(parts) < 2 or not is_dateline(lines[pos])):
            continue  # above the headline, only a dateline's parts: not a breadcrumb's
        for part in parts:
            if PUBLICATION_WORD.match(part.strip()) and not is_section_label(part):
                credited = credited or (meta.normalise_source(part), len(parts) > 1)
    # A name in a byline or a dateline ("November 20, 2019 / 1:07 AM / CBS News") credits the
    # article's publication, unless it is an agency's; a line that is only a name may be a
    # section's label ("Trending News"), and a copyright line beats it.
    if (
        credited
        and credited[1]
        and len(credited[0].split()) > 1  # "News" alone is a section
        and not AGENCY_WORD.search(credited[0])
    ):
        return credited[0], "byline"
    holder = name_match_at(lines, SELF_NAMING[2][0], copyright_lines(lines, page))
    if holder:
        return publication_of_holder(lines, page, *holder, title) or (
            holder[0],
            SELF_NAMING[2][1],
        )
    if credited:
        return credited[0], "byline"
    masthead = find_masthead(lines)
    if masthead:
        return masthead, "masthead at the top of the page"
    for host in hosts:
        name = meta.source_from_host(host)
        if name:
            return name, f"address {host} in the text"
    return (own, "the article's address") if own else (None, "")


# A site's name as its own pages print it: capitalised words (digits, "&" and "." allowed:
# "VG247", "Space.com"), with the small words of a name between them ("Times of India", "Dawgs
# By Nature", "Corriere della Sera").
_SITE = (
    r"(?P<name>[A-Z0-9][\w&'’.+-]*(?:\s+(?:[A-Z0-9&][\w&'’.+-]*|of|the|and|on|in|for|de|da|do"
    r"|la|le|el|di|del|della|des|du|und|der|die|von|van))*?)"
)
# How a site names itself in its navigation ("The Verge homepage", "Back to IndieWire"), its
# footer ("About SFGATE", "More From WIRED") and its notices ("Live Science is supported by its
# audience", "a reporter for NBC News"), each with its weight: a section has newsletters,
# podcasts and a shop of its own ("Pick Six Podcast"), so those count half.
SITE_NAMING = (
    (
        re.compile(
            r"^(?:About|Contact|Follow|Subscribe to|Advertise with|Popular on|More [Ff]rom"
            r"|Back to|Continue to|Return to|Welcome to)\s+(?:the\s+)?"
            + _SITE
            + r"(?:\s+(?:online|on\s+\w+|SKIP AD))?:?$"
        ),
        1.0,
    ),
    (re.compile("^" + _SITE + r"\s+(?:homepage|home page|main menu|- Back to home)$"), 1.0),
    (re.compile(r"^(?:Originally published on|Source:)\s+" + _SITE + r"\.?$"), 1.0),
    (
        re.compile(
            "^" + _SITE + r"\s+(?:[Nn]ewsletters?|Staff|Apps?|app|Store|Shop|[Pp]odcasts?"
            r"|Customer Support)$"
        ),
        0.5,
    ),
)
# Sentences in which the site names itself, anywhere in a line: "Live Science is supported by
# its audience", "IGN® is among the federally registered trademarks of…", or credits itself:
# "Phil Helsel is a reporter for NBC News."
SITE_SENTENCES = (
    # Not decisive alone: a page may name others' trademarks ("Roku is a registered trademark
    # of Roku, Inc.").
    (
        re.compile(
            r"(?:^|[.!?]\s+)[\"“]?" + _SITE + r"[\"”]?®?\s+is\s+(?:a registered trademark"
            r"|among the (?:federally )?registered trademarks|a trademark)\b"
        ),
        1.0,
    ),
    (
        re.compile(r"(?:^|[.!?]\s+)" + _SITE + r"\s+is\s+(?:supported by its audience|part of)\b"),
        1.0,
    ),
    (
        re.compile(
            r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:reporter|writer|editor|correspondent|contributor"
            r"|columnist)\s+(?:for|at)\s+" + _SITE + r"\.?$"
        ),
        1.0,
    ),
)
# The first or last word of every line SITE_NAMING matches: most lines have neither.
SITE_NAMING_FIRST = frozenset(
    "about contact follow subscribe advertise popular more back continue return welcome "
    "originally source".split()
)
SITE_NAMING_LAST = frozenset(
    "homepage page menu home newsletter newsletters staff app apps store shop fanshop podcast "
    "podcasts support".split()
)
# What a line (lower-cased) must hold for SITE_SENTENCES to match it.
SITE_SENTENCE_NEEDS = (
    *("is supported by", "is part of", "trademark", "reporter", "writer", "editor"),
    *("correspondent", "contributor", "columnist"),
)
# Lines longer than this are not navigation.
SITE_NAMING_WORDS = 16
# A name on this many different lines of the page, once one of them names the site, is the
# site's.
SITE_MENTIONS = 5
# Words that a navigation line names instead of a site ("About Us", "Back to Top").
NOT_A_SITE = frozenset(
    "us our we me my you your this top all it them here home site page website menu section "
    "sections navigation".split()
)


def is_section_label(text: str) -> bool:
    """Is the text a section's label, all its words sections' ("Local News", "World News")?"""
    return all(word in SECTION_WORDS for word in text.lower().split())


def find_site_name(lines: list[Line], hosts: list[str], page: PageText) -> str | None:
    """The name the site calls itself by in its own navigation, footer and notices.

    Each different line counts once (menus are often printed twice).  Taken when at least one
    line names the site in full weight and the lines weigh 2, or weigh 1 and either an
    address in the page is the name written as a host ("The Verge", theverge.com) or the page
    names it on SITE_MENTIONS lines or more.  Stronger evidence than a copyright line, which
    often names the owning company ("Vox Media", "Hearst Communications").
    """
    weights: dict[str, float] = {}
    strong: set[str] = set()  # the names a line names in full weight
    spelt: dict[str, dict[str, int]] = {}
    seen: set[str] = set()
    navigation = {
        i
        for i, ln in enumerate(lines)
        if ln.tokens
        and ln.words <= SITE_NAMING_WORDS
        and (ln.tokens[0] in SITE_NAMING_FIRST or ln.tokens[-1] in SITE_NAMING_LAST)
    }
    sentences = set(page.lines_holding(SITE_SENTENCE_NEEDS))
    for i in sorted(navigation | sentences):
        ln = lines[i]
        if ln.text in seen:
            continue
        seen.add(ln.text)
        found = _site_named(ln, navigation=i in navigation, sentence=i in sentences)
        if found is None:
            continue
        name, weight = found
        key = " ".join(name.lower().split())
        weights[key] = weights.get(key, 0.0) + weight
        if weight >= 1:
            strong.add(key)
        forms = spelt.setdefault(key, {})
        forms[name] = forms.get(name, 0) + 1
    labels = {_compact(label) for h in hosts if (label := meta.site_label(h))}

    if not weights:
        return None
    # Each name ranked once (counting its mentions costs a search of the page).
    ranks = {
        key: (key in strong, weight, _compact(key) in labels, _lines_naming(page, key))
        for key, weight in weights.items()
    }
    best = max(ranks, key=ranks.__getitem__)
    has_strong, weight, as_host, mentions = ranks[best]
    if not has_strong or (weight < 2 and not (as_host or mentions >= SITE_MENTIONS)):
        return None
    forms = spelt[best]
    # "SFGate" rather than "SFGATE": a site shouts its name in menus, not in its text.
    return meta.normalise_source(max(forms, key=lambda f: (f != f.upper(), forms[f])))


def _site_named(ln: Line, *, navigation: bool, sentence: bool) -> tuple[str, float] | None:
    """The site's name (as written) in a line where a site names itself, and how much that
    line counts.  `navigation` and `sentence`: whether to try the patterns of each kind (the
    caller knows which the line may match)."""
    m, weight = None, 1.0
    if navigation:
        m, weight = next(
            ((found, w) for p, w in SITE_NAMING if (found := p.match(ln.text))), (None, 1.0)
        )
    if m is None and sentence:
        m, weight = next(
            ((found, w) for p, w in SITE_SENTENCES if (found := p.search(ln.text))), (None, 1.0)
        )
    if m is None:
        return None
    name = m.group("name").strip(" .,;:-–—|")
    words = name.lower().split()
    if not words or len(words) > 6 or any(w in NOT_A_SITE for w in words):
        return None
    if all(w in CTA_WORDS or w in NOT_A_NAME for w in words):
        return None
    return name, weight


def _lines_naming(page: PageText, name: str) -> int:
    """On how many different lines the name stands as words of its own (any case)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    texts = {page.texts[i] for i in page.lines_holding((name,))}
    return sum(1 for text in texts if pattern.search(text.lower()))


def _compact(name: str) -> str:
    """A name as a host writes it: letters and digits only, lower-cased ("The Verge": theverge)."""
    return re.sub(r"[\W_]+", "", name.lower())


# "Image copyright Getty Images", "Photo © AFP": the copyright of a picture, not of the page.
PICTURE_COPYRIGHT = re.compile(
    r"(?i)\b(?:image|photo|picture|photograph|video)s?\b.{0,12}(?:©|copyright)"
)


# Words of footer links that follow "Copyright" without naming anyone ("Copyright Policy").
NOT_A_NAME = frozenset({"policy", "notice", "information", "info", "statement", "terms", "rss"})


def first_name_match(lines: list[Line], pattern: re.Pattern[str], among: list[int]) -> str | None:
    """The first plausible publication name the pattern finds on a line, of those at the
    positions `among` (the only ones the pattern can match)."""
    found = name_match_at(lines, pattern, among)
    return found[0] if found else None


def name_match_at(
    lines: list[Line], pattern: re.Pattern[str], among: list[int]
) -> tuple[str, int] | None:
    """first_name_match's name, and the position of its line."""
    for i in among:
        m = pattern.search(lines[i].text)
        if not m:
            continue
        # ("e-Eighteen.com Ltd": its domain is left once its company suffix is gone.)
        name = meta.normalise_source(meta.DOMAIN_TAIL.sub("", meta.normalise_source(m["name"])))
        words = name.split()
        if 1 <= len(words) <= 6 and not any(
            w.lower() in CTA_WORDS or w.lower() in NOT_A_NAME for w in words
        ):
            return name, i
    return None


# A copyright holder that is a company owning publications, not one: "NYP Holdings", "FOX News
# Network", "Express Newspapers", "Mortons Media Group".
OWNER_WORD = re.compile(
    r"(?i)(?:holdings?|network|group|media|communications?|newspapers|publishing|publications"
    r"|enterprises|broadcasting|interactive|digital|ventures|partners|industries)"
)
# Words an acronym leaves out ("National Public Radio": NPR; "Corporation for Public
# Broadcasting": CPB).
ACRONYM_SKIPS = frozenset("of and the for & a".split())


def publication_of_holder(
    lines: list[Line], page: PageText, holder: str, pos: int, title: int | None
) -> tuple[str, str] | None:
    """(publication, evidence) when the copyright line names a company and the page tells the
    publication it owns: the line's own trademark sentence ("©2019 Express Newspapers. "Daily
    Express" is a registered trademark"), the holder's initials as the page writes them
    ("Cable News Network": "CNN"), a name line the page prints whole more than once that
    shares a word with the company's ("FOX News Network": "Fox Business") or is what the
    company's name abbreviates ("NYP Holdings": "New York Post"), or the publication's name
    before the company's words ("Al Jazeera Media Network": "Al Jazeera", when the page names
    it elsewhere too)."""
    trademark = SITE_SENTENCES[0][0].search(lines[pos].text)
    if trademark:
        named = meta.normalise_source(trademark.group("name"))
        if named.lower() != holder.lower() and 1 <= len(named.split()) <= 6:
            return named, "trademark named by the copyright line"
    words = holder.split()
    # The initials of the name as the line writes it, "Corporation" and all ("British
    # Broadcasting Corporation": BBC), which normalise_source left out.
    full = re.search(re.escape(holder) + r"(?P<tail>(?:\s+[A-Z][a-z]+)*)", lines[pos].text)
    tail = full["tail"].split() if full else []
    named_words = [w for w in [*words, *tail] if w.lower() not in ACRONYM_SKIPS]
    if len(named_words) >= 3 and all(w[0].isupper() for w in named_words):
        initials = "".join(w[0] for w in named_words).upper()
        if _lines_naming_exactly(page, initials, distinct=False) >= 2:
            return initials, "the copyright holder's initials, as the page writes them"
    owner = [bool(OWNER_WORD.fullmatch(w)) for w in words]
    if not any(owner):
        return None
    own_words = {w.lower() for w in words if len(w) > 2 and not OWNER_WORD.fullmatch(w)}
    own_words -= {"news", "the"}
    counts = Counter(ln.text for ln in lines if not ln.bullet and 1 <= ln.words <= 5)
    for i, ln in enumerate(lines):
        text = ln.text
        if counts.get(text, 0) < 2 or i == title or ln.bullet or not 1 <= ln.words <= 5:
            continue
        names = text.split()
        if not all(w[0].isupper() for w in names) or is_dateline(ln) or ln.cta_share:
            continue
        initials = "".join(w[0] for w in names if w.lower() not in ACRONYM_SKIPS).lower()
        if own_words & {w.lower() for w in names} or (len(names) > 1 and initials in own_words):
            return meta.normalise_source(text), "name line the page prints more than once"
    lead = words[: owner.index(True)]
    if len(lead) >= 2 and all(owner[len(lead) :]):
        name = " ".join(lead)
        if _lines_naming_exactly(page, name) >= 2:  # the copyright line is one
            return name, "the copyright holder's name before its company words"
    return None


def _lines_naming_exactly(page: PageText, word: str, *, distinct: bool = True) -> int:
    """On how many lines a word stands, in this very case, as a word of its own; with
    `distinct`, the same line printed twice (a menu) counts once."""
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    texts = [page.texts[i] for i in page.lines_holding((word.lower(),))]
    return sum(1 for text in (set(texts) if distinct else texts) if pattern.search(text))


def find_masthead(lines: list[Line]) -> str | None:
    """A site name printed at the very top: a short capitalised line, often doubled by the dump."""
    for ln in lines[:12]:
        text = ln.text
        half = len(text) // 2
        if len(text) % 2 == 0 and text[:half] == text[half:] and 1 <= len(text[:half].split()) <= 5:
            return meta.normalise_source(text[:half])
    first = lines[0] if lines else None
    if (
        first
        and first.words <= 4
        and first.text.isupper()
        and not is_dateline(first)
        and not first.cta_share
    ):
        return meta.normalise_source(first.text)
    return None


def hosts_in(text: str) -> list[str]:
    """Every host named in the URLs of a line (a proxied URL names two)."""
    out = []
    for url in meta.URL.findall(text):
        for piece in re.split(r"/(?=https?[:/])", url):
            host = meta.host_of(re.sub(r"^(https?)/+", r"\1://", piece))
            if host:
                out.append(host)
    return out


def find_url(lines: list[Line], title: int | None, start: int) -> str | None:
    """The article's own address, when a line near its start is just a URL."""
    anchor = title if title is not None else start
    for ln in lines[max(0, anchor - 4) : start + 3]:
        if meta.URL.fullmatch(ln.text) and not ln.bullet:
            pieces = re.split(r"/(?=https?[:/])", ln.text)
            return re.sub(r"^(https?)/+", r"\1://", pieces[-1])
    return None
