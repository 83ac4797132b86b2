"""Where a page repeats its own headline, and what a title line adds to it: a "Reading: X"
line, a breadcrumb's last part, the page's title line at the top of the dump ("Talks resume
- Example Daily"), the slug of the article's address (".../talks-resume-after-pause").
find_title counts a line these repeat as the headline; without_site_name takes the site's name
off a title line chosen as the headline."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

from clipper.clean import meta, sources
from clipper.clean.lines import Line
from clipper.clean.masthead import compact, distinctive_words
from clipper.clean.pagetext import PageText
from clipper.clean.printmarks import PRINT_HEADER
from clipper.clean.titleshape import SITE_NAME_WORDS, SITE_SUFFIX


def title_echoes(lines: list[Line], page: PageText) -> dict[str, str]:
    """Titles the page repeats, with that evidence: in its title line at the top ("Talks
    resume - Example Daily"), in the slug of an address on a line of its own, in a
    "Reading: X" line or a breadcrumb (in its first ECHO_LINES lines)."""
    echoes: dict[str, str] = {}
    # Only lines with a colon can be "Reading:" lines, only lines with a separator breadcrumbs.
    readings = {i for i in page.lines_holding((":",)) if lines[i].low.startswith(READING_STARTS)}
    crumbs = set(page.lines_holding(BREADCRUMB_CHARS))
    # The page's title as a browser prints it, at the top of the dump: "Headline - Site".
    for i in islice((i for i, ln in enumerate(lines) if ln.words), TITLE_LINE_REACH):
        # (A printed page's header puts the time it was printed before it: "3/5/24, 9:14 AM
        # Snowpack above average - Los Angeles Times".)
        printed = PRINT_HEADER.match(lines[i].text)
        title = printed["title"].strip() if printed and printed["title"] else lines[i].text
        m = SITE_SUFFIX.match(title)
        if m and len(m["head"].split()) >= ECHO_WORDS:
            echoes.setdefault(m["head"], "the page's title line, without the site's name")
    slugs = address_slugs(lines, page)
    if slugs:
        for ln in lines[:ECHO_LINES]:
            if SLUG_MIN_WORDS <= ln.words <= SLUG_MAX_WORDS and slug_of(ln.text) in slugs:
                echoes.setdefault(ln.text, "spelt by the article's address")
    for i in sorted(i for i in readings | crumbs if i < ECHO_LINES):
        ln = lines[i]
        reading = meta.title_from_reading_line(ln.text) if i in readings else None
        if reading:
            echoes[reading] = "repeated in a 'Reading:' line"
        crumb = meta.title_from_breadcrumb(ln.text) if ln.words <= 40 and i in crumbs else None
        if crumb and len(crumb.split()) >= ECHO_WORDS:
            echoes.setdefault(crumb, "repeated in breadcrumb")
    return echoes


# A title that repeats the headline has at least this many words (fewer: a section's name).
ECHO_WORDS = 4

# Among how many of the dump's first lines the page's title line is looked for.
TITLE_LINE_REACH = 3


def without_site_name(title: str, names: list[str | None], lines: list[Line]) -> str:
    """The headline without the publication's name a page's title line adds to it
    ("Talks resume - Example Daily"): stripped when the name is one the publication goes
    by (`names`: the source found, the address's site label), or a line of its own at the
    top of the page (a masthead).  A suffix that is no site's name stays: "Q&A - Part 2",
    even with a "Part 2" further down, in a list of the series' parts."""
    m = SITE_SUFFIX.match(title)
    if not m or len(m["name"].split()) > SITE_NAME_WORDS:
        return title
    suffix = m["name"]
    words = distinctive_words(suffix)
    if any(
        name and (compact(name) == compact(suffix) or same_words(words, name)) for name in names
    ):
        return m["head"]
    # A line at the top names the site only with words of a name, not a section's ("Live",
    # "Opinion": "Liverpool 2-1 Man City - live" keeps its "live").
    mastheads = (ln.text for ln in lines[:MASTHEAD_LINES] if 0 < ln.words <= SITE_NAME_WORDS)
    if any(same_words(words, masthead) for masthead in mastheads):
        return m["head"]
    return title


def same_words(words: set[str], name: str) -> bool:
    """Does `name` hold the same words that tell a name from others (masthead.distinctive_
    words: "BBC News" and "BBC"), and some?"""
    return bool(words) and words == distinctive_words(name)


# How many of a page's first lines a masthead may be printed among.
MASTHEAD_LINES = 12

# How the lines meta.READING_PREFIX matches start, lower-cased (cut short of any "i", which
# IGNORECASE also matches with a dotless "ı").
READING_STARTS = ("rea", "now", "you", "pr")

# How far down the page titles are looked for in "Reading:" lines and breadcrumbs.
ECHO_LINES = 400

# The characters one of which every breadcrumb separator (meta.BREADCRUMB_SEP) holds.
BREADCRUMB_CHARS = (">", "»", "›", "/", "|")


# A slug spells a headline when it has this many words at least (fewer: a section's name,
# "/world/europe"); a headline has at most as many as a title line.
SLUG_MIN_WORDS = 4
SLUG_MAX_WORDS = 30

# The most words beside an address on an address line ("URL:", "Source:", "Saved from").
ADDRESS_LABEL_WORDS = 2

# The end of an address's last part that is no word of the headline: an article's number
# ("-1.2345678", "-a20240611"), a file extension.
SLUG_TAIL = re.compile(r"(?:[-_.](?:[a-z]{0,3}\d[\d.]*|s?html?|php|aspx?|ece|cms))+$")


def address_slugs(lines: list[Line], page: PageText) -> set[str]:
    """The slugs of the addresses printed on lines of their own in the page's first
    ECHO_LINES lines ("https://example.com/world/2024/06/11/talks-resume-after-long-pause
    .html", "URL: …"): the last part of each path, of SLUG_MIN_WORDS words or more, without
    its number or extension.  (An address inside a line of text may be a related story's,
    its slug that story's headline.)"""
    slugs = set()
    for i in page.lines_holding(("://", "www.")):
        text = lines[i].text
        if i >= ECHO_LINES or len(sources.URL.sub("", text).split()) > ADDRESS_LABEL_WORDS:
            continue
        for url in sources.URL.findall(text):
            part = url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1].lower()
            slug = SLUG_TAIL.sub("", part)
            if slug.count("-") + 1 >= SLUG_MIN_WORDS:
                slugs.add(slug_of(slug))
    return slugs


def slug_of(text: str) -> str:
    """A headline or an address's slug as they are compared: letters and digits alone,
    lower-cased, without accents ("Inflação desacelera em 0,38%" and
    "inflacao-desacelera-em-038" -> "inflacaodesaceleraem038")."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))
