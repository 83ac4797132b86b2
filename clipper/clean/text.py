"""The plain-text cleaner (first version): lines -> the article block, title and date."""

from __future__ import annotations

import re

from ..errors import UnreadablePage
from ..models import Clipping

_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")
_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (\d{1,2}), (\d{4})\b"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "January February March April May June July August September October November December"
        ).split(),
        1,
    )
}


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 8 and bool(_SENTENCE_END.search(line))


def clean_text(text: str, *, origin: str | None = None) -> Clipping:
    """Clean a plain-text dump: keep the contiguous run of prose lines."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    prose = [i for i, line in enumerate(lines) if _is_prose(line)]
    if not prose:
        raise UnreadablePage("no article text found")
    first, last = prose[0], prose[-1]
    body = "\n\n".join(lines[first : last + 1])
    title = next(
        (
            line
            for line in reversed(lines[:first])
            if 3 <= len(line.split()) <= 20 and not _SENTENCE_END.search(line)
        ),
        None,
    )
    date = None
    for line in lines[:first]:
        m = _DATE.search(line)
        if m:
            date = f"{int(m.group(3)):04d}-{_MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    return Clipping(body=body, title=title, date=date, origin=origin)
