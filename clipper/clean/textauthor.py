"""The article's author in a text dump: its byline in the header, the few lines between the
headline and the text.  A byline says "By" ("By Jane Doe", "Von Anja Heuser", "di Andrea
Arzilli"), maybe over several lines ("By" / "Karina Elwood" / "and" / "Hannah Natanson"), or
prints the name alone, over the date ("Juan Pérez" over "12/04/2023 18:05"), before it on
one line ("Chittaranjan Tembhekar / TNN / Updated: Jun 8, 2024") or with the writer's social
handle ("Natasha Turak@NatashaTurak").  A name alone is believed only where a byline stands:
a wrong author is worse than none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.clean import dates, meta
from clipper.clean.authorbox import in_author_box, introduced_name
from clipper.clean.bylinenames import (
    cased,
    name_of,
    named_in_opening,
    sentence_case_header_name,
    without_brand,
    without_roles,
    written_stops,
)
from clipper.clean.coauthors import (
    JOIN_LINES,
    bylines_below,
    dashed_names,
    is_role_line,
    joined_names,
    parted_names,
    with_names_above,
    writer_after_roles,
)
from clipper.clean.headerzone import (
    BETWEEN_WORDS,
    HEADER_NAME_REACH,
    header_zone,
    is_header_stamp,
    name_under_stamp,
    over_stamp,
    under_dated_headline,
)
from clipper.clean.linekinds import (
    CAPTION_CREDIT,
    DATELINE_REACH,
    NAME_BEFORE_CUE,
    PUBLICATION_WORD,
    STAMP_WORDS,
    is_dateline,
    name_on_line,
)
from clipper.clean.lines import Line
from clipper.clean.names import (
    AGENCIES,
    ROLE_WORDS,
    UNCASED_LABEL_WORDS,
    own_case,
    uncased_name,
)
from clipper.clean.outerbylines import by_over_headline
from clipper.clean.pagetext import PageText
from clipper.clean.places import is_place_name
from clipper.clean.scriptbylines import joined_uncased_names, lead_names, listed_names
from clipper.clean.splitbylines import (
    label_over_name,
    marked_writers,
    name_under_credit,
    name_under_standfirst,
    shouted_over_stamp,
    with_names_below,
)
from clipper.clean.titlenear import is_filler
from clipper.clean.vocab import CTA_WORDS, SECTION_WORDS


@dataclass(frozen=True)
class Byline:
    """A byline found in the header: the writers' names, why we believe it, and the last
    line it takes (a byline over several lines leaves the article with them)."""

    name: str
    why: str
    last: int


def find_author(
    lines: list[Line], title: int | None, start: int, page: PageText
) -> tuple[str | None, str]:
    """(author, evidence) from a byline near the headline, its names in their own case where
    it prints them in capitals ("By JOSH BOAK": "Josh Boak")."""
    found = find_byline(lines, title, start, page)
    if found:
        return without_roles(own_case(without_brand(found.name))), found.why
    # Yonhap's "(서울=연합뉴스) 김민준 기자 = …": the byline opens the text, and stays in it.
    lead = lead_names(lines[start].text) if start < len(lines) else None
    return (lead, "byline opening the article's first line") if lead else (None, "")


def find_byline(lines: list[Line], title: int | None, start: int, page: PageText) -> Byline | None:
    """The article's byline: a "By" line near the headline (or the article's first line), else
    a name the header prints alone, where a byline stands (see header_name)."""
    anchor = title if title is not None else start
    hi = min(len(lines), max(anchor, start) + DATELINE_REACH)
    for pos in range(max(0, anchor - 1), hi):
        found = by_line(lines, pos, hi)
        if found:
            return found
    if title is None:
        return None
    over = by_over_headline(lines, title)
    if over:
        return Byline(over[0], "'By' byline over the headline", over[1])
    found = header_name(lines, title, page)
    under = None if found else name_under_standfirst(lines, title)
    if under:
        found = Byline(under[0], "name over the date under the standfirst", under[1])
    credited = None if found else name_under_credit(lines, title)
    found = found or (Byline(*credited) if credited else None)
    last = found.last if found else title  # (the other writers' names under the first's)
    more = found and with_names_below(found.name, lines, last, last + 1 + HEADER_NAME_REACH)
    if found and more:
        return Byline(more[0], found.why + ", the other writers' names under it", more[1])
    # ("Carl Hennessy" / "Education Correspondent" / "and" / "Jack Power")
    hi = last + 1 + HEADER_NAME_REACH
    second = found and writer_after_roles(lines, last, hi, written_stops(page, lines[last]))
    if found and second and cased(found.name):
        return Byline(f"{found.name} and {second[0]}", found.why, second[1])
    if found:
        return found
    introduced = introduced_name(lines, title)
    why = "name by the headline that the page introduces as its writer"
    return Byline(introduced[0], why, introduced[1]) if introduced else None


# "By" alone on its line, the name on the next: "By" / "Sarah E. Needleman".
BY_ALONE = re.compile(r"(?i)^(?:by|von|par|por|di)\s*:?$")


def by_line(lines: list[Line], pos: int, hi: int) -> Byline | None:
    """A "By" byline starting at `pos`, read on over the lines it spreads over, and a byline
    without "By" that puts the name before the date ("Chris Davies - Nov 19, 2019")."""
    ln = lines[pos]
    text, last = ln.text, pos
    # "By" / "Karina Elwood" / "and" / "Hannah Natanson": one byline over four lines.
    while (
        last + 1 < hi
        and (BY_ALONE.match(text) or text.rpartition(" ")[2].lower() in JOIN_LINES)
        and name_on_line(lines[last + 1])
    ):
        last += 1
        text += " " + lines[last].text
    label = label_over_name(lines, pos, hi) if last == pos else None
    if label:
        return Byline(label[0], "byline's label over the name", label[1])
    if last + 2 < hi and lines[last + 1].low in JOIN_LINES and name_on_line(lines[last + 2]):
        text += " and " + lines[last + 2].text
        last += 2
    name = meta.author_from_byline(text)
    second = writer_after_roles(lines, last, hi) if name else None
    if name and second:  # "By Bernard Rotich" / "Sports Writer" / "&" / "Ayumba Ayodi"
        name, last = f"{name} and {second[0]}", second[1]
    more = bylines_below(name, lines, last, hi) if name and not second else None
    if more:  # "Na Bakari Kiango" / "Na Mary Mwita", "By CHRIS TAN" / "LO TERN CHERN"
        name, last = more
    if name:
        return Byline(name, "'By' byline", last)
    return name_by_date(lines, pos) if is_dateline(ln) else None


def name_by_date(lines: list[Line], pos: int) -> Byline | None:
    """A byline without "By" on a dateline: the name before the date ("Chris Davies - Nov 19,
    2019", "Chittaranjan Tembhekar / TNN / Updated: Jun 8, 2024"), or "by" and the name after
    it ("Monday November 18, 2019 7:45 am PST by Joe Rossignol").  The parts after the name
    may be an agency's code, a publication or a place ("Patricio Candia | Palma de Mallorca |
    08/01/2014", "Jessica Ng · CBC News · Posted: Jul 18, 2024")."""
    ln = lines[pos]
    cue = NAME_BEFORE_CUE.match(ln.text)
    if cue:  # "Staff Published August 19, 2022": a name, even of one word, before the cue
        return Byline(cue.group("name"), "name before the publication date", pos)
    if ln.credit:
        return None  # "… on March 4, 2024. Photo by Jane Doe": the photographer
    after = BY_AFTER_DATE.search(ln.text)
    if after and len(ln.text[: after.start()].split()) <= STAMP_WORDS:
        name = meta.author_from_byline(after.group())
        if name:
            return Byline(name, "'By' byline after the date", pos)
    stamps = dates.find_dates(ln.text)
    if not stamps:
        return None
    before = DATE_CUE.sub("", ln.text[: stamps[0][0]])
    parts = [part.strip() for part in BYLINE_PARTS.split(before) if part.strip()]
    if not parts or not all(is_byline_part(part) for part in parts[1:]):
        return None
    name = name_of(parts[0], ln)
    if not name or (named_in_opening(name, lines, pos + 1) and not in_author_box(name, lines, pos)):
        return None  # (not "Home / News / 3 March 2021", nor "Buenos Aires | Politics | …")
    return Byline(name, "name before the publication date", pos)


def is_byline_part(text: str) -> bool:
    """Could this part of a byline, after the name, be an agency's code, a publication's name
    or a place ("TNN", "CBC News", "Palma de Mallorca")?"""
    return bool(AGENCY_CODE.match(text) or PUBLICATION_WORD.match(text)) or is_place(text)


def is_place(text: str) -> bool:
    """Could this part of a byline be a place: a few words, no digits, no section's name
    ("Palma de Mallorca"; not "Local" in a breadcrumb)?"""
    words = text.split()
    return (
        len(words) <= PLACE_WORDS
        and not any(c.isdigit() for c in text)
        and not any(w.lower() in SECTION_WORDS or w.lower() in CTA_WORDS for w in words)
    )


# "by" and a name at the end of a dateline.
BY_AFTER_DATE = re.compile(r"\b[Bb]y\s+[^\d]+$")

# What may stand between a byline's name and its date: a cue ("Updated:"), a weekday.
DATE_CUE = re.compile(
    r"(?i)(?:\b(?:published|posted|updated|last\s+updated|on|(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day)\b\s*:?\s*)+$"
)

# What parts a byline's name from an agency's code and the date on its line.
BYLINE_PARTS = re.compile(r"\s[/|·•–—-]\s|\s*[/|·•]\s*|\s[–—-]$")

# A place in a byline has at most this many words.
PLACE_WORDS = 4

# An agency's code a byline prints between the name and the date: "TNN", "IANS", "PTI".
AGENCY_CODE = re.compile(r"^[A-Z]{2,5}$")


def header_name(lines: list[Line], title: int, page: PageText) -> Byline | None:
    """A name alone on its line in the header, where a byline stands (see name_at).  Not a
    name the article's opening lines hold: a place ("नई दिल्ली" over a story on Delhi's
    rain), the person a kicker names."""
    zone = header_zone(lines, title)
    for pos in zone:
        found = name_at(lines, pos, title, page)
        if not found:
            continue
        opening = zone[-1] + 1
        # (A name its role marks is a writer's, though a caption under it credits them too.)
        if found.why == MARKED or not named_in_opening(found.name, lines, opening):
            return found
        if in_author_box(found.name, lines, opening):
            return found
    return None


# Why a name its role marks in a script without capitals is the writer's ("박서윤 기자").
MARKED = "name the writer's role marks in the header"


def name_at(lines: list[Line], pos: int, title: int, page: PageText) -> Byline | None:
    """The byline the header line at `pos` is, if a name stands there alone where a byline
    does: over the date (or a reading time: "5 min read"), or by it with an agency's name
    ("Marta Quintana, Reuters", which under a photo is its credit), or with the writer's
    social handle ("Natasha Turak @NatashaTurak")."""
    ln = lines[pos]
    if is_dateline(ln):
        return None
    agency = AGENCY_BYLINE.match(ln.text) or agency_first(ln.text)
    if agency and by_stamp(lines, pos, title):
        name = name_of(agency.group("name"), ln)
        return Byline(name, "name and agency by the dateline", pos) if name else None
    if is_filler(ln):
        return None
    listed = listed_names(ln.text)
    if listed and by_stamp(lines, pos, title):  # "2025/11/08 14:35" / "陳人齊、張穎齊"
        return Byline(listed, "writers' names listed by the dateline", pos)
    joined = joined_names(ln)
    if joined:
        return Byline(joined, "writers' names joined by 'and' in the header", pos)
    handle = HANDLE.match(ln.text)
    if handle:
        name = name_of(handle.group("name"), ln)
        return Byline(name, "name with the writer's handle", pos) if name else None
    # "Kaitlyn Parker, Reporter": the writer's role says it is a byline wherever it stands.
    role = cased(ln.text) and ln.tokens[-1:] and ln.tokens[-1] in ROLE_WORDS
    name = name_of(ln.text, ln) if role else None
    if name:
        return Byline(name, "name and the writer's role in the header", pos)
    # ("박서윤 기자" under the date and the buttons: the role marks it as "Reporter" does.)
    marked = None if cased(ln.text) else marked_writers(lines, pos)
    if marked:
        return Byline(marked[0], MARKED, marked[1])
    if sentence_case_header_name(lines, pos, title):
        return Byline(ln.text, "name alone under a headline in sentence case", pos)
    if name_under_stamp(lines, pos, title):
        return Byline(ln.text, "name alone under the date, the headline in sentence case", pos)
    # (Not with an agency's name: under the headline, a photo's credit stands there too.)
    if under_dated_headline(lines, pos, title) and cased(ln.text) and not agency:
        name = name_of(ln.text, ln)
        # (A subheading in title case stands there too, its words the text's: "Trade Talks
        # Resume" over a story on trade; a writer's first name is no word of the story.)
        if not name or any(named_in_opening(word, lines, pos + 1) for word in name.split()):
            return None
        return Byline(name, "name under the headline, the date over it", pos)
    if (
        not over_stamp(lines, pos, cased(ln.text))
        and not under_place(lines, pos, title)
        and not over_role(lines, pos, title)
    ):
        return None
    stops = written_stops(page, ln)
    name = name_of(ln.text, ln, stops) if cased(ln.text) else None
    name = name or uncased_name(ln.text) or joined_uncased_names(ln.text)
    name = name or shouted_over_stamp(lines, pos, page)
    name = name or dashed_names(ln, stops)
    name = name or parted_names(ln, stops)
    if not name:
        return None
    return Byline(
        with_names_above(name, lines, pos, title + 1), "name alone over the dateline", pos
    )


# A writer's name and their agency's, as a byline prints them and a photo's credit too:
# "Marta Quintana, Reuters", "Marta Quintana | AFP".  (Not "Marta Quintana/Reuters": a
# credit's slash.)
AGENCY_BYLINE = re.compile(r"^(?P<name>[^,|/]+?)\s*(?:,|\s\|)\s*" + AGENCIES + "$")


# The agency's code before the writer's name: Czech "ČTK, Kateřina Svobodová".
AGENCY_FIRST = re.compile(r"^(?P<agency>[^\W\d_]{2,5})\s*,\s*(?P<name>[^,|/]+)$")


def agency_first(text: str) -> re.Match[str] | None:
    """The match of a byline giving the agency's code in capitals before the writer's name."""
    found = AGENCY_FIRST.match(text)
    return found if found and found["agency"].isupper() else None


def under_place(lines: list[Line], pos: int, title: int) -> bool:
    """Does the line at `pos` stand between the dateline's place and the share buttons, a
    header without a date ("नई दिल्ली" / "राहुल शर्मा" / "शेयर करें")?  The place is one the
    text's opening names, or a known one: nothing else tells a name from a place in a script
    without capitals, and a place under a name would be taken for the writer."""
    if pos - 1 <= title or pos + 1 >= len(lines) or not is_share_bar(lines[pos + 1]):
        return False
    place = lines[pos - 1]
    if place.words > BETWEEN_WORDS or any(c.isdigit() for c in place.text):
        return False
    return is_place_name(place.text) or named_in_opening(place.text, lines, pos + 2)


def over_role(lines: list[Line], pos: int, title: int) -> bool:
    """Does the line at `pos` stand in the header with the writer's role under it
    ("Published Jan. 22, 2024" / "Kelly Wu" / "Senior Reporter", "Katarzyna Nowicka" /
    "Dziennikarka Onetu")?  Under the date alone a name is not told from a subheading in
    title case (see over_stamp); the role tells it (a share bar does not: "Transit Plan
    Approved" / "Share")."""
    if pos <= title or pos + 1 >= len(lines) or not cased(lines[pos].text):
        return False
    under = lines[pos + 1]
    # (The role's word last, "Senior Reporter", or first: "Dziennikarka Onetu", Onet's writer;
    # or the publication's name: "Zeynep Aksoy" / "Habertürk.com".)
    return under.words <= ROLE_LINE_WORDS and (
        any(word in ROLE_WORDS for word in under.tokens[:1] + under.tokens[-1:])
        or is_role_line(under)
    )


# A line giving a writer's role has at most this many words: "Senior Reporter".
ROLE_LINE_WORDS = 4


def is_share_bar(ln: Line) -> bool:
    """Share buttons, in the vocabularies' languages or a header's label in a script without
    capitals ("शेयर करें", share)."""
    return ln.cta_share >= 0.5 or (
        ln.words <= BETWEEN_WORDS and not UNCASED_LABEL_WORDS.isdisjoint(ln.tokens)
    )


def by_stamp(lines: list[Line], pos: int, title: int) -> bool:
    """Does the line at `pos` stand by a date stamp, in the header: right over it, or right
    under it?  Not under a photo's caption: a credit stands there."""
    # (Share buttons may stand between; a caption, though a credit, is looked at.)
    above = next((p for p in range(pos - 1, title, -1) if lines[p].cta_share < 0.5), title)
    if above == title:
        return over_stamp(lines, pos, True)
    if lines[above].credit or CAPTION_CREDIT.search(lines[above].text):
        return False
    return is_header_stamp(lines[above]) or over_stamp(lines, pos, True)


# A name and the writer's social handle: "Natasha Turak@NatashaTurak", "Catherine Shu
# @catherineshu / 2 days".
HANDLE = re.compile(r"^(?P<name>[^@]+?)\s*@\w{2,}(?:\s*[/|·•].*)?$")
