"""The publication a byline or a dateline by the headline credits: "Jane Doe, USA TODAY", "Nov
20, 2019 / CBS News", "By Jane Doe for the Harbour Post", "By Bill Hoppe | Special to the
Pioneer Press"."""

from __future__ import annotations

import re

from clipper.clean import dates, meta, sources
from clipper.clean.linekinds import (
    DATELINE_REACH,
    PUBLICATION_WORD,
    SHOUTED_PUBLICATION,
    TICKER_LABEL,
    is_dateline,
)
from clipper.clean.lines import Line
from clipper.clean.masthead import compact, is_generic, name_spelt_by
from clipper.clean.pagetext import PageText

# Names of news agencies and wires: their stories run in many papers, so a byline naming one
# credits the story, not the page's publication.
AGENCY_WORD = re.compile(r"(?i)\b(?:press|agency|wire|reuters|afp|kyodo|xinhua|news service)\b")


# The publication a byline says its writer wrote for: "By JAMES REYNOLDS FOR MAILONLINE", "By
# Jane Doe for the Harbour Post".
WRITTEN_FOR = re.compile(
    r"\s(?i:for)\s+(?P<name>(?:(?i:the)\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})$"
)


def written_for_name(name: str, page: PageText, pos: int) -> str:
    """The publication of a byline's "for", as the rest of the page writes it ("MailOnline"
    for "MAILONLINE")."""
    spelt = name_spelt_by(compact(name), page, pos) if name.isupper() else None
    return spelt or sources.normalise_source(name)


# A freelance writer's byline names the publication the story was written for: "By Bill Hoppe |
# Special to the Pioneer Press" (a press agency's never: "Pioneer Press" is no wire).
SPECIAL_TO = re.compile(
    r"(?:^|[,|]\s*)(?i:special\s+to)\s+(?:(?i:the)\s+)?"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*$"
)


def credited_name(
    lines: list[Line], title: int | None, page: PageText
) -> tuple[str, bool, bool] | None:
    """(name, whether its line has other parts, whether it may be an agency's) of the first
    publication a byline or a dateline by the headline names ("Jane Doe, USA TODAY", "Nov 20,
    2019 / CBS News", "By Jane Doe for the Harbour Post")."""
    anchor = title if title is not None else 0
    # Two lines above the headline too, as a dateline may stand over it, but only in a line of
    # several parts: a name alone there is a section's label or a breadcrumb ("World News").
    for pos in range(max(0, anchor - 2), min(len(lines), anchor + DATELINE_REACH)):
        text = lines[pos].text
        written_for = WRITTEN_FOR.search(text)
        if pos > anchor and written_for and meta.author_from_byline(text):
            # (Only as good as a name alone: "By Jane Doe for The Conversation" on a page
            # republishing it names the first publication, not the page's.)
            name = written_for_name(written_for["name"], page, pos)
            return name, False, bool(AGENCY_WORD.search(name))
        site = site_over_date(lines[pos]) if pos > anchor else None
        if site:
            return site, False, False
        parts = re.split(r"\s*(?:[,|·•]|\s/)\s*", text)
        if pos < anchor and (len(parts) < 2 or not is_dateline(lines[pos])):
            continue  # above the headline, only a dateline's parts: not a breadcrumb's
        for part in parts:
            part = part.strip()
            named = PUBLICATION_WORD.match(part) or SHOUTED_PUBLICATION.match(part)
            if named and not is_generic(part.lower().split()) and not TICKER_LABEL.match(part):
                name = sources.normalise_source(part)
                return name, len(parts) > 1, bool(AGENCY_WORD.search(name))
    return special_to_name(lines, anchor, page)


def special_to_name(
    lines: list[Line], anchor: int, page: PageText
) -> tuple[str, bool, bool] | None:
    """credited_name's answer from the first byline under the headline that says its story
    was written "special to" a publication, however far down (a share bar and a picture's
    caption may stand between): "By Bill Hoppe | Special to the Pioneer Press"."""
    for pos in page.lines_holding(("special to",)):
        found = SPECIAL_TO.search(lines[pos].text) if pos > anchor else None
        if found and meta.author_from_byline(lines[pos].text):
            return sources.normalise_source(found["name"]), False, False
    return None


# A dateline under the headline whose byline is a site's name run together, not a person's: a
# blog's posts signed by its account, "LinkNaija October 06, 2018".  (A capital inside after
# three small letters at least: "MacKenzie", "DeShawn", "LaToya" are people's names.)
GLUED_NAME = re.compile(r"^(?P<name>[A-Z][a-z]{3,}(?:[A-Z][a-z]+){1,2})\s+")


def site_over_date(ln: Line) -> str | None:
    """The site's name a dateline under the headline opens with, when its byline is no more
    than that name run together ("LinkNaija October 06, 2018"), else None."""
    m = GLUED_NAME.match(ln.text) if ln.words <= 6 else None
    if m is None or not is_dateline(ln):
        return None
    stamps = dates.find_dates(ln.text)
    return m["name"] if stamps and stamps[0][0] == m.end() else None
