"""Copyright signs that credit a picture, not the page: "Image copyright Getty Images", a
photographer's credit ("© Fethi Belaid, AFP"), a name alone closing a caption ("… vers Bordet.
© Pierre-Yves Thienpont.").  The copyright line finder (textsource) passes over them."""

from __future__ import annotations

import re

from clipper.clean import sources
from clipper.clean.masthead import COMPANY_WORD

# "Image copyright Getty Images", "Photo © AFP": the copyright of a picture, not of the page.
PICTURE_COPYRIGHT = re.compile(
    r"(?i)\b(?:image|photo|picture|photograph|video)s?\b.{0,12}(?:©|copyright)"
)


# A photographer's credit under a picture: a person's name, then the agency selling the
# picture ("© Fethi Belaid, AFP", "© 2024 Jane Doe / Reuters").  The person is no publication.
PHOTO_AGENCIES = (
    r"AFP|AP|EPA|EPA-EFE|EFE|Reuters|Getty(?: Images)?|Shutterstock|Alamy|Sipa|Abaca|ANP|dpa"
    r"|ANSA|Xinhua|PA|PA Images|PTI|IANS|AAP|Bloomberg|Anadolu|Imago|Keystone|Hans Lucas"
    r"|Agência Brasil|Europa Press|Reporters|Belga|NurPhoto|SOPA Images|Zuma|ZUMA Press"
)
# So is a name and its publication, without a year, after a caption's sentence ("Crowds in
# Tunis on Monday. © Jean Dupont, Le Monde"), unless a legal form follows it (a footer's), or
# a name alone closing the caption ("… vers Bordet. © Pierre-Yves Thienpont."), unless a word
# of it is a company's ("… reserved. © Example Media Group").
_NAMED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}"
_PERSON = _NAMED + r"\s*[,/]\s*"
PHOTOGRAPHER_CREDIT = re.compile(
    r"(?:©|\([cC]\))\s*(?:\d{4}\s+)?" + _PERSON + r"(?:" + PHOTO_AGENCIES + r")(?![\w-])"
    r"|^(?:\S+\s+){3,}\S*[.!?]\s+(?:©|\([cC]\))\s*(?:"
    + _PERSON
    + r"(?!(?i:"
    + sources.LEGAL_FORMS
    + r"|all rights)(?!\w))[A-Z]|(?!(?:\S+\s+){0,2}(?i:"
    + COMPANY_WORD.pattern.removeprefix("(?i)")
    + r"|"
    + sources.LEGAL_FORMS
    + r")(?!\w))"
    + _NAMED
    + r"\.?$)"
)
