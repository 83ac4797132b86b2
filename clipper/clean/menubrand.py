"""The brand a page's menus wear as a prefix of their items: "NBC 5 Investigates", "NBC 5
Responds", "NBC 5 Today at 6am"; "WSJ Pro", "WSJ Video", "WSJ Membership".  Taken only when the
copyright line names a company, and only when the page ties the prefix to itself: the company's
name begins with it ("NBCUniversal Media": "NBC 5"), or the page spells it out in a line of its
own ("The Wall Street Journal" for "WSJ"), which is then the name."""

from __future__ import annotations

import re
from collections import Counter

from clipper.clean.lines import Line
from clipper.clean.masthead import ACRONYM_SKIPS
from clipper.clean.owners import Holder

# A menu item under a brand's initials, maybe with a channel's number: "NBC 5 Responds", "WSJ
# Pro", "CBS 8 Weather Forecast".  (Three capitals at least: "TV Listings", "US News" are
# sections.)
PREFIXED = re.compile(
    r"^(?P<brand>[A-Z]{3,5}(?:\s\d{1,2})?)\s+(?P<rest>[A-Z0-9#][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})$"
)

# How many different items must wear the prefix.
MIN_ITEMS = 3

# A line that may spell the initials out: a few capitalised words ("The Wall Street Journal").
SPELT_OUT = re.compile(r"^[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){1,5}$")


def menu_brand(lines: list[Line], holder: Holder) -> tuple[str, str] | None:
    """(publication, evidence) of the one prefix that MIN_ITEMS menu items or more wear, when
    the page ties it to itself (see the module's note), else None."""
    items: dict[str, set[str]] = {}
    for ln in lines:
        if ln.words <= 6 and ln.text[:1].isupper():
            m = PREFIXED.match(ln.text)
            if m:
                items.setdefault(m["brand"], set()).add(m["rest"].lower())
    found = [brand for brand, rests in items.items() if len(rests) >= MIN_ITEMS]
    if len(found) != 1:
        return None
    brand = found[0]
    initials = brand.split()[0]
    # (In capitals in the company's name too, and run into its next letters: "NBCUniversal";
    # not "AutoIndustriya" for "AUTO News", "AUTO Reviews", a section's items; the company's
    # own first word, "CBS Interactive", leaves the brand to the other finders.)
    if holder.name.startswith(initials) and not holder.name.startswith(initials + " "):
        return brand, "the prefix of the menus' items, which the copyright holder's name begins"
    # (The one the page prints most often, then the shortest.)
    spelt = Counter(ln.text for ln in lines if ln.words <= 6 and spells_out(ln.text, initials))
    if spelt:
        name = min(spelt, key=lambda text: (-spelt[text], len(text)))
        return name, "the name the menus' prefix abbreviates"
    return None


# A logo's text run into a section's label: "The Wall Street JournalOpinion".
GLUED = re.compile(r"[a-z][A-Z]")


def spells_out(text: str, initials: str) -> bool:
    """Is the line a name whose capitalised words' initials are `initials`?"""
    if not SPELT_OUT.match(text):
        return False
    named = [w for w in text.split() if w.lower() not in ACRONYM_SKIPS]
    return (
        all(w[0].isupper() and not GLUED.search(w) for w in named)
        and "".join(w[0] for w in named) == initials
    )
