"""The site's name a text dump prints after the headline, where it prints the page's <title>
("Talks resume - Corriere della Sera"), also at the top of a printed page, after the date and
time the browser prints there, and after a section's name ("| Mumbai News - Times of India")."""

from __future__ import annotations

import re

from clipper.clean import sources
from clipper.clean.linekinds import PUBLICATION_WORD
from clipper.clean.lines import Line
from clipper.clean.masthead import (
    BRAND_MAX_WORDS,
    NAME_SHAPED,
    Brand,
    Witnesses,
    borne_out,
    is_name,
)
from clipper.clean.pagetext import PageText

# What separates a headline from the site's name where a dump prints the page's <title>.
TITLE_SUFFIX = re.compile(r"^\s+[-|–—·•]\s+(?P<name>\S.*)$")

# What separates a section's name, or the address's words, from the site's in the suffix
# ("Mumbai News - Times of India", "- delhi grap 3 implemented | Navbharat Times"): a dash or
# a bar between spaces.
SUFFIX_PARTS = re.compile(r"\s+[-|–—·•]\s+")

# What a browser prints before the page's <title> at the top of a printed page: the date and
# the time ("11/4/25, 8:02 AM" and a tab, "2025/11/9 上午8:03").
PRINT_STAMP = re.compile(r"[\d/.,-]{6,10},?\s+\S{0,4}\d{1,2}:\d\d(?:\s*[AaPp][Mm])?\s+")


def suffix_brand(lines: list[Line], title: int | None, seen: Witnesses) -> Brand | None:
    """The brand the headline's suffix names (title_suffix), as a Brand the page bears out."""
    suffix = title_suffix(lines, title, seen)
    if suffix:
        return Brand(sources.normalise_source(suffix), "the site's name after the headline", True)
    return None


def title_suffix(lines: list[Line], title: int | None, seen: Witnesses) -> str | None:
    """The site's name a line prints after the headline, as a page's <title> does ("Talks
    resume - Corriere della Sera"); not a section's ("Talks resume | Opinion"), nor, unless
    the page bears it out, a person's ("Talks resume - Jane Doe")."""
    if title is None:
        return None
    headline = lines[title].text
    for i in seen.page.lines_holding((headline.lower(),)):
        text = lines[i].text
        at = text.find(headline)
        if i == title or not (at == 0 or at > 0 and PRINT_STAMP.fullmatch(text[:at])):
            continue
        m = TITLE_SUFFIX.match(text[at + len(headline) :])
        if not m:
            continue
        # (The site's name is the last of several parts: "| Mumbai News - Times of India".)
        *parts, name = SUFFIX_PARTS.split(m["name"].strip())
        chained = bool(parts)
        if len(name.split()) > BRAND_MAX_WORDS or not is_name(name, seen):
            continue
        # (The last of several parts, "| Mumbai News - Times of India", only when the page
        # names it elsewhere too: it may be a section's or a writer's.)
        if chained and not (borne_out(name, seen) or named_again(name, seen.page, i)):
            continue
        # ("The Harbour Ledger" is shaped like a person's name, but no person is called "The",
        # nor ends in a publication's word, "Navbharat Times".)
        personal = (
            NAME_SHAPED.match(name)
            and not name.lower().startswith("the ")
            and not PUBLICATION_WORD.match(name)
        )
        if not personal or borne_out(name, seen):
            return name
    return None


def named_again(name: str, page: PageText, skip: int) -> bool:
    """Does a line of the page other than `skip` name the site as words of their own?"""
    said = re.compile(r"(?<![\w.-])" + re.escape(name.lower()) + r"(?![\w-])")
    return any(
        i != skip and said.search(page.texts[i].lower())
        for i in page.lines_holding((name.lower(),))
    )
