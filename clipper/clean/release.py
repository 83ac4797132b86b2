"""Press releases, and the "About X" box that closes a release and a news article alike.

A release as its issuer publishes it ends with a note on the issuer ("About Northwind
Robotics" over a paragraph) and whom the press may call ("Media Contact:", a name, an
address, a number): both are part of the release, as a wire service prints it.  At the end of
a news article the same box is furniture: a note on its writer ("About Jane Doe") or on the
publication, which the article's text does not need.  So the box at the end of the article
is kept, with the contacts under it, on a release, and dropped elsewhere.  A release tells
itself by the wire service's mark in its dateline ("SAN FRANCISCO, March 12, 2024
/PRNewswire/ --", "BOSTON--(BUSINESS WIRE)--") or its "FOR IMMEDIATE RELEASE" line.
"""

from __future__ import annotations

import re

from clipper.clean.lines import Line
from clipper.clean.region import SHORT_WORDS, has_timestamp, is_end_marker, is_prose
from clipper.clean.vocab import PROMO_ABOUT

# The wire services' marks in a release's dateline, and an issuer's own heading.
RELEASE_MARK = re.compile(
    r"(?i)/\s*PR\s?Newswire(?:-[\w-]+)?\s*/|\(\s*BUSINESS\s+WIRE\s*\)|\(\s*GLOBE\s+NEWSWIRE\s*\)"
    r"|/\s*CNW\s*/|/\s*ACCESSWIRE\s*/|/\s*EIN\s?Presswire(?:\.com)?\s*/|\(\s*Marketwired\s*\)"
    r"|/\s*PRWeb\s*/|\(\s*Newsfile\s+Corp\.?\s*\)|^for\s+immediate\s+release\b"
)
# How many lines above the article's first (the issuer's heading, the headline) and into it
# (the dateline opens the first paragraph) the mark is looked for.
MARK_ABOVE = 12
MARK_INTO = 3

# The heading of a note on an issuer or a writer: "About Northwind Robotics", "About Lakeshore
# Foods Inc.", "About the Company" (vocab.PROMO_ABOUT has the plain shape).
ABOUT_HEADING = re.compile(
    r"^About\s+(?:the\s+[Cc]ompany|[A-Z][\w&'’.,-]*(?:\s+[A-Z][\w&'’.,-]*){0,5})$"
)
# A note at the article's end is its heading and at most this many lines under it.
ABOUT_BOX_LINES = 3

# The label over a release's contacts: "Media Contact:", "Contacts", "Investors:", "For more
# information, contact:", maybe with the first contact after its colon ("Media Contact:
# Maria Lopez, Brightwave Energy").
_CONTACT_LABEL = (
    r"(?i)^(?:(?:media|press|investor|news|company|public)(?:\s+relations)?\s+contacts?|contacts?"
    r"|media|press|investors?|media\s+(?:inquiries|enquiries)"
    r"|for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?)"
)
CONTACT_LABEL = re.compile(_CONTACT_LABEL + r"\s*(?::\s*\S.{0,80})?:?$")
# The contact label is looked for this many lines after the article's last, and it holds at
# most this many lines (names, roles, addresses, numbers, sub-labels).
CONTACT_REACH = 3
CONTACT_MAX_LINES = 10
# A contact's address or telephone number.
EMAIL = re.compile(r"^(?:e-?mail\s*:\s*)?\S+@[\w-]+(?:\.[\w-]+)+$", re.I)
PHONE = re.compile(r"^(?:(?:tel|phone|mobile|cell)\s*[.:]?\s*)?\+?[\d\s().-]{7,20}$", re.I)
# What closes a release: the wire's line naming its issuer ("SOURCE Northwind Robotics"), the
# end mark ("###", "-30-").
RELEASE_END = re.compile(r"^(?:SOURCE\s+\S|#{3}|-\s?30\s?-)")


def is_press_release(lines: list[Line], first: int) -> bool:
    """Does a wire service's mark (RELEASE_MARK) stand near the article's first line `first`?
    (Each mark holds a slash or a bracket, or opens its line with "for": a cheap test first.)"""
    return any(
        ("/" in ln.text or "(" in ln.text or ln.low.startswith("for"))
        and RELEASE_MARK.search(ln.text)
        for ln in lines[max(0, first - MARK_ABOVE) : first + MARK_INTO]
    )


def is_about_heading(ln: Line) -> bool:
    """The heading of a note on an issuer or a writer (ABOUT_HEADING, vocab.PROMO_ABOUT)?"""
    return ln.text[:1] == "A" and bool(ABOUT_HEADING.match(ln.text) or PROMO_ABOUT.match(ln.text))


def about_box(run: list[Line]) -> set[int]:
    """Positions (within the run) of the note that closes it: a heading (is_about_heading)
    among its last ABOUT_BOX_LINES + 1 lines, and the lines under it."""
    for i in range(max(0, len(run) - ABOUT_BOX_LINES - 1), len(run)):
        if is_about_heading(run[i]):
            return set(range(i, len(run)))
    return set()


def contact_lines(lines: list[Line], last: int) -> list[Line]:
    """A release's contacts after the article's last line `last`: a label (CONTACT_LABEL)
    within CONTACT_REACH lines, and the lines under it while they are names, roles, addresses
    or numbers, up to the release's end (RELEASE_END)."""
    for at in range(last + 1, min(len(lines), last + 1 + CONTACT_REACH)):
        if CONTACT_LABEL.match(lines[at].text):
            break
    else:
        return []
    block = [lines[at]]
    for ln in lines[at + 1 : at + 1 + CONTACT_MAX_LINES]:
        if not is_contact_line(ln):
            break
        block.append(ln)
    named = lines[at].text.partition(":")[2].strip()  # the label names the first contact
    return block if len(block) > 1 or named else []


def is_contact_line(ln: Line) -> bool:
    """A line of a release's contacts: an address, a number, another label, or a few words
    that are no paragraph, button, stamp or closing header (a name, a role, the issuer,
    which may end in a full stop: "Harbor Biosciences, Inc.")."""
    text = ln.text
    if EMAIL.match(text) or PHONE.match(text) or CONTACT_LABEL.match(text):
        return True
    return (
        ln.words <= SHORT_WORDS
        and not RELEASE_END.match(text)
        and not (ln.boilerplate or ln.promo or ln.cta_share > 0 or ln.bullet)
        and not is_end_marker(ln)
        and not has_timestamp(ln)
        and not is_prose(ln)
    )
