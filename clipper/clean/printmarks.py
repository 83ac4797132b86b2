"""What a browser adds to a page it prints or saves, and pages add about when they were saved:
the printed page's header ("5/12/24, 10:33 AM<tab>Headline | Site") and footer (its address
and page number), and "Saved on …" / "Retrieved …" stamps.  Neither is the article's, and the
header's time is the save time, not the publication's.
"""

from __future__ import annotations

import re

from clipper.clean.lines import Line

ADDRESS = r"(?:https?://|www\.)\S+"


# What a browser prints at the top and foot of every page of a printed article: the time it
# was printed, maybe with the page's title ("5/12/24, 10:33 AM<tab>Water bill clears the
# Senate | The Daily Ledger"), and the page's address with the page number ("https://…	1/2").
# (A German or Hebrew browser prints "24.02.25, 10:33": dots and a two-digit year; others
# "24.02.2025, 10:33" or, without the comma, "12-11-2025 08:15": only at the dump's top.)
PRINT_HEADER = re.compile(
    r"^\d{1,2}(?:/\d{1,2}/\d{2,4}|\.\d{1,2}\.(?:\d{4}|\d\d)|-\d{1,2}-\d{4})(?P<comma>,)?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?(?!\s*Uhr\b)(?P<title>\s+\S.*)?$"
)
PRINT_FOOTER = re.compile(r"^" + ADDRESS + r"\s+\d{1,3}/\d{1,3}$", re.I)


# When the page was saved, printed or looked up, not published: "Saved on May 12, 2024",
# "Retrieved 12 May 2024", "Accessed: 2024-05-12", "Abgerufen am 12.05.2024", "Consulté le …".
SAVED_STAMP = re.compile(
    r"(?i)^\W*(?:(?:page|date|last|first)\s+)?(?:saved|retrieved|accessed|downloaded|clipped"
    r"|printed|archived|captured|fetched|scraped|exported|abgerufen|gespeichert|gedruckt"
    r"|consult[ée]e?|enregistr[ée]e?|imprim[ée]e?|consultad[oa]|guardad[oa]|impres[oa]"
    r"|consultat[oa]|salvat[oa]|stampat[oa]|geraadpleegd|opgeslagen|afgedrukt)\b"
)


def is_print_furniture(line: Line) -> bool:
    """A printed page's header or footer: with the page's title, or at the top of the dump, or
    on every page (a bare "3/2/21, 10:33 AM" elsewhere may be a page's own dateline)."""
    first = line.text[:1]
    if first.isdigit():
        m = PRINT_HEADER.match(line.text)
        return m is not None and (
            line.index == 0 or (bool(m["comma"]) and (bool(m["title"]) or line.repeats > 1))
        )
    return first in "hHwW" and PRINT_FOOTER.match(line.text) is not None
