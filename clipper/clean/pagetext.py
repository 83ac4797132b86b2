"""A page's lines as one lower-cased string, to find the few lines that hold a string."""

from __future__ import annotations

import bisect
from itertools import accumulate
from operator import add

from clipper.clean.lines import Line


class PageText:
    """The lines' texts joined, lower-cased: a few fast string searches find the lines that
    hold a string, where a test on every line would cost a Python loop over them all."""

    def __init__(self, lines: list[Line]) -> None:
        texts = [ln.text for ln in lines]
        joined = "\n".join(texts)
        self.low = joined.lower()
        self.texts = texts
        # Where each line starts in `low` (the line lengths summed, plus the newlines), unless
        # lower-casing changed a length ("İ" becomes two characters): then every line is
        # tested on its own.
        self.starts: list[int] | None = None
        if len(self.low) == len(joined):
            self.starts = [0, *map(add, accumulate(map(len, texts[:-1])), range(1, len(texts)))]

    def lines_holding(self, needles: tuple[str, ...]) -> list[int]:
        """Positions, in order, of the lines whose lower-cased text holds one of the needles."""
        if self.starts is None:
            lows = [t.lower() for t in self.texts]
            return [i for i, low in enumerate(lows) if any(n in low for n in needles)]
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
