"""The article's date in a text dump: a dateline next to its headline; and where the header
(headline, dateline, byline) ends.  Each finder returns (value, evidence)."""

from __future__ import annotations

import re

from clipper.clean import dates, meta
from clipper.clean.headerzone import labels_over
from clipper.clean.linekinds import (
    CAPTION_CREDIT,
    CLOCK_TIME,
    COPYRIGHT,
    DATELINE_REACH,
    PUBLISHED_CUE,
    STAMP_WORDS,
    TICKER_LABEL,
    UPDATED_CUE,
    is_byline,
    is_clock_under,
    is_dateline,
    is_yearless_stamp,
)
from clipper.clean.lines import Line
from clipper.clean.pagetext import PageText
from clipper.clean.printmarks import is_print_furniture
from clipper.clean.relativedates import relative_date
from clipper.clean.textauthor import find_byline
from clipper.clean.textsource import copyright_lines


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
    lo = max(0, anchor - 2 - labels_over(lines, anchor))
    hi = min(len(lines), max(anchor + DATELINE_REACH, start + 3) + 1)
    page = page or PageText(lines)
    not_english = language not in (None, "en")  # so "12/03/2021" is 12 March
    if not_english:
        best_iso, why = best_dateline(lines, lo, hi, anchor, day_first=True)
    else:
        best_iso, why = dateline_in_page_order(lines, lo, hi, anchor, page)
    if best_iso:
        return best_iso, why
    if not_english:
        tried = 0
        for pos in range(lo, hi):
            ln = lines[pos]
            if ln.words > 12 or not YEAR.search(ln.raw) or COPYRIGHT.search(ln.raw):
                continue
            if is_print_furniture(ln):
                continue  # (the time the page was printed, "24.02.2025, 10:33")
            iso = dates.parse_date_any(ln.raw, language)
            if iso:
                return iso, "dateline by the title (read by dateparser)"
            tried += 1
            if tried >= MAX_DATEPARSER_LINES:
                break
    found = yearless_stamp(lines, lo, hi, anchor, page)
    return found if found[0] else relative_date(lines, lo, hi, day_first=not_english)


# The evidence of a date read from an "Updated" stamp by the headline, and from a "Published"
# one under the article (text.clean_text weighs the one against the other).
UPDATED_BY_TITLE = "'Updated' line by the title"
PUBLISHED_UNDER = "'Published' line under the article"

# How far under the article's last line its closing date stamp may sit (share buttons, tags
# between).
UNDER_REACH = 5


def date_under_article(
    lines: list[Line], last: int, language: str | None = None, day_first: bool | None = None
) -> tuple[str | None, str]:
    """(ISO date, evidence) of a stamp right under the article (`last`: its last line's
    position), for pages that print their date there only ("Publiceret 21. februar 2025",
    "Stand: 21.02.2025"): a short line opening with a "Published" or "Updated" cue, the
    published one first.  A date without a cue there is a teaser's, and a "Posted by …" or
    "… on" a comment's.  Numeric dates are read day first on a page not in English, or as
    `day_first` says when given."""
    found: dict[bool, str] = {}
    if day_first is None:
        day_first = language not in (None, "en")
    for pos in range(last + 1, min(len(lines), last + 1 + UNDER_REACH)):
        ln = lines[pos]
        if ln.words > STAMP_WORDS or not is_dateline(ln):
            continue
        stamps = dates.find_dates(ln.raw, day_first=day_first)
        for published, cue_words in ((True, PUBLISHED_CUE), (False, UPDATED_CUE)):
            cue = cue_words.search(ln.raw)
            if (
                cue is None
                or cue.group().lower() in COMMENT_CUES
                or WORD_BEFORE.search(ln.raw, 0, cue.start())
                and not STORY_LEAD.fullmatch(ln.raw, 0, cue.start())
            ):
                continue
            after = [iso for at, iso in stamps if at >= cue.start()]
            if after:
                found.setdefault(published, after[0])
    if True in found:
        return found[True], PUBLISHED_UNDER
    if False in found:
        return found[False], "'Updated' line under the article"
    return None, ""


def published_under_update(
    lines: list[Line], last: int, updated: str, language: str | None, page: PageText
) -> str | None:
    """The first publication's date when the dateline by the headline is an update's
    ("Updated: October 13, 2025") and a "First published on: 12-10-2025" line closes the
    article, as Indian and American papers print it; None when there is none, or it is later
    than the update.  (An English page's numeric date is read in the page's order:
    dates.numeric_order.)"""
    day_first = None
    if language in (None, "en"):
        day_first = bool(dates.numeric_order("\n".join(ln.raw for ln in lines[last:]), page.text))
    # (From the article's last line on: a body may end with the stamp.)
    found, why = date_under_article(lines, last - 1, language, day_first)
    if found and why == PUBLISHED_UNDER and found <= updated:
        return found
    return None


# How far over the article's first line its date stamp may stand when the headline is not
# found by it (a caption, a topics row and a gift button between).
OVER_REACH = 6


def date_over_article(lines: list[Line], start: int) -> tuple[str | None, str]:
    """(ISO date, evidence) of the nearest date stamp over the article's first line (`start`),
    for a page whose headline the title finder missed: a short line of a date and a clock,
    "05 November 2025 6:00pm GMT", no sentence, caption or ticker (a teaser's date above the
    article has no clock, or words of its headline)."""
    for pos in range(start - 1, max(-1, start - 1 - OVER_REACH), -1):
        ln = lines[pos]
        if not is_dateline(ln) or not CLOCK_TIME.search(ln.raw):
            continue
        if TICKER_LABEL.match(ln.text) or CAPTION_CREDIT.search(ln.text):
            continue
        stamps = dates.find_dates(ln.raw)
        if (
            stamps
            and len(ln.raw[: stamps[0][0]].split()) < TEASER_WORDS
            and (sum(not t.isdecimal() for t in ln.tokens) <= STAMP_WORDS)
        ):
            return stamps[0][1], "date stamp over the article"
    return None, ""


# Cues that stamp a comment under an article as well as the article ("Posted by Jim on …").
COMMENT_CUES = frozenset(("on", "posted"))

# A letter: a cue after words is no stamp's opening.
WORD_BEFORE = re.compile(r"[^\W\d_]")

# The words a closing note puts before its cue: "This story was originally published November
# 2, 2025 at 4:12 PM.", "Este artículo fue publicado …", "Cet article a été publié …", "Questo
# articolo è stato pubblicato …", "Esta reportagem foi publicada …".
STORY_LEAD = re.compile(
    r"(?i)\s*(?:this (?:story|article|report|piece) (?:was|has been)|(?:este|esta) (?:artículo"
    r"|artigo|reportaje|reportagem|matéria|nota|noticia) (?:fue|foi|ha sido)|cet article a été"
    r"|questo articolo è stato)\s+"
)


def dateline_in_page_order(
    lines: list[Line], lo: int, hi: int, anchor: int, page: PageText
) -> tuple[str | None, str]:
    """best_dateline of an English page, its numeric dates read month first, unless the
    dateline reads both ways and the page puts the day first (reads_day_first)."""
    month_first = best_dateline(lines, lo, hi, anchor)
    if month_first[0] is None:
        return month_first
    day_first = best_dateline(lines, lo, hi, anchor, day_first=True)
    if day_first[0] is None or day_first[0] == month_first[0]:
        return month_first
    if reads_day_first(lines, lo, hi, page, day_first[0], month_first[0]):
        return day_first
    return month_first


def reads_day_first(
    lines: list[Line], lo: int, hi: int, page: PageText, day_first: str, month_first: str
) -> bool:
    """Does an English page's dateline, which reads both ways ("Issued on: 12/03/2024", the
    ISO dates `day_first` and `month_first`), put the day first?  Its clocks and address tell
    (dates.numeric_order); else another date on the page that agrees with one reading only;
    else the month first, as US pages write."""
    stamps = "\n".join(ln.raw for ln in lines[lo:hi] if is_dateline(ln))
    told = dates.numeric_order(stamps, page.text)
    if told is not None:
        return told
    elsewhere = set()
    for pos in page.lines_holding((day_first[:4],)):
        elsewhere |= dates.unambiguous_dates(lines[pos].raw)
    return day_first in elsewhere and month_first not in elsewhere


def yearless_stamp(
    lines: list[Line], lo: int, hi: int, anchor: int, page: PageText
) -> tuple[str | None, str]:
    """(ISO date, evidence) from a date stamp by the headline that prints no year.

    Pages print this year's dates without it ("Posted Nov 18, 8:19 PM", "8/23(金) 11:52"),
    and some split a stamp over two lines ("November 20" above "15:23 2019").  The year is
    the one on the next line; else the one the page gives elsewhere (YearEvidence): the same
    day in full, an "Updated" date, the copyright notice's year.  Without any, no date: a
    guessed year would be worse than none."""
    best: tuple[float, str | None, str] = (-99.0, None, "")
    evidence = YearEvidence(lines, page)
    for pos in range(lo, hi):
        ln = lines[pos]
        if not is_yearless_stamp(ln):
            continue
        found = dates.find_yearless(ln.raw)
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
            year, why = evidence.year_of(month, day)
        iso = dates.make_iso(year, month, day) if year else None
        if iso and score > best[0]:
            best = (score, iso, why)
    return best[1], best[2]


class YearEvidence:
    """What a page says of the year of a stamp that prints none, looked for once a page and
    only when asked: the years of the dates it prints in full, and of its copyright."""

    def __init__(self, lines: list[Line], page: PageText) -> None:
        self.lines, self.page = lines, page
        self.known: tuple[list[str], list[str]] | None = None

    def full_dates(self) -> tuple[list[str], list[str]]:
        """(every date printed in full on the page, those of "Updated" lines among them)."""
        if self.known is None:
            dated: list[str] = []
            updated: list[str] = []
            for ln in self.lines:
                if not YEAR.search(ln.raw) or COPYRIGHT.search(ln.raw):
                    continue
                found = [iso for _, iso in dates.find_dates(ln.raw)]
                dated += found
                if found and ln.words <= STAMP_WORDS and UPDATED_CUE.search(ln.raw):
                    updated.append(found[0])
            self.known = (dated, updated)
        return self.known

    def year_of(self, month: int, day: int) -> tuple[int | None, str]:
        """(year, evidence) for the day and month a stamp prints: the year of the same day
        printed in full (one year only); else of the page's "Updated" date (the year
        before, when that day would come after the update); else of the copyright."""
        dated, updated = self.full_dates()
        same = {iso[:4] for iso in dated if iso[5:] == f"{month:02d}-{day:02d}"}
        if len(same) == 1:
            return int(same.pop()), "date stamp by the title, its year from the same day in full"
        if updated:
            year = int(updated[0][:4])
            if (dates.make_iso(year, month, day) or "") > updated[0]:
                year -= 1
            return year, "date stamp by the title, the year of the page's 'Updated' date"
        printed = copyright_year(self.lines, self.page)
        why = "date stamp by the title without a year, the year of the page's copyright"
        return printed, why if printed else ""


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


# A four-digit year (or a CJK year mark): a line without one holds no full date.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

# dateparser takes milliseconds a call: at most this many lines per page are given to it.
MAX_DATEPARSER_LINES = 3


# A sentence's end: its last word and its full stop ("… taken on October 20, 2025.").
SENTENCE_END = re.compile(r"\w[.!?][\"'”’)]?\s*$")

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
        stamps = dates.find_dates(ln.raw, day_first=day_first)
        if not stamps:
            continue  # (a date in another calendar only: "כ"א בחשוון תשפ"ו")
        at, iso = stamps[0]
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
        elif cue and cue.group().lower() == "on" and UPDATED_CUE.search(ln.raw, 0, cue.start()):
            cue = None  # "Updated on: Oct 21, 2025": the update's "on"
        if cue:
            # "Updated Nov 19, 2019; Published Nov 18, 2019": the date after the cue.
            at, iso = next(((a, d) for a, d in stamps if a >= cue.start()), (at, iso))
        if cue and cue.start() <= at:
            score += 2
            why = "'Published' line by the title"
        elif UPDATED_CUE.search(ln.raw, 0, at):
            score -= 0.5
            why = UPDATED_BY_TITLE
        elif not stamp and not is_byline(ln):
            score -= 1  # a sentence that mentions a date: a photo caption, a standfirst
            if SENTENCE_END.search(ln.raw):
                score -= 1  # a whole one, full stop and all: the line is no stamp at all
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


def header_end(lines: list[Line], title: int | None, page: PageText) -> int | None:
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
    # A byline the author finder reads (over several lines, or a name alone) goes with it.
    byline = find_byline(lines, title, title + 1, page)
    if byline and byline.last > title and byline.last > (end or title):
        end = byline.last
    return end
