"""A page's lines as one lower-cased string, to find the few lines that hold a string."""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from itertools import accumulate
from operator import add

from clipper.clean.lines import Line

# A word, for lower_words: a run of letters (no digits, no underscore).
LETTERS = re.compile(r"[^\W\d_]+")


class PageText:
    """The lines' texts joined, lower-cased: a few fast string searches find the lines that
    hold a string, where a test on every line would cost a Python loop over them all."""

    def __init__(self, lines: list[Line]) -> None:
        self.texts = [ln.text for ln in lines]
        # The lines' own lower-cased texts, joined: the same as the joined texts lower-cased
        # (a newline ends a word for a final sigma as the end of a line does), but lowered
        # once already, and each line's start is found from their lengths even where
        # lower-casing changed a length ("İ" becomes two characters).
        lows = [ln.low for ln in lines]
        self.low = "\n".join(lows)
        # Where each line starts in `low` (the line lengths summed, plus the newlines).
        self.starts = [0, *map(add, accumulate(map(len, lows[:-1])), range(1, len(lows)))]

    @cached_property
    def text(self) -> str:
        """The lines' texts joined, as the page writes them (for searches that care for case)."""
        return "\n".join(self.texts)

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word the page writes in lower case (somewhere: its lines' words, as written)."""
        return frozenset(w for w in LETTERS.findall(self.text) if w.islower())

    @cached_property
    def text_starts(self) -> list[int]:
        """Where each line starts in `text` (not `starts`: lower-casing may change a length)."""
        lengths = map(len, self.texts[:-1])
        return [0, *map(add, accumulate(lengths), range(1, len(self.texts)))]

    def lines_holding(self, needles: tuple[str, ...]) -> list[int]:
        """Positions, in order, of the lines whose lower-cased text holds one of the needles."""
        found = set()
        for needle in needles:
            at = self.low.find(needle)
            while at != -1:
                line = bisect.bisect_right(self.starts, at) - 1
                found.add(line)
                # On to the next line: one hit a line is enough.
                nxt = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.low)
                at = self.low.find(needle, nxt)
        return sorted(found)
