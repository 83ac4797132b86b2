"""Hard-wrapped text dumps joined back into their lines.

Some dumps break every paragraph into lines of at most some width: Firefox's "save as text",
lynx and w3m dumps, html2text, text forwarded by e-mail.  The cleaner judges a page line by
line, and a paragraph cut into 72-character pieces looks like a column of short menu items, so
such a dump is first put back together.

A greedy wrapper moves a word to the next line only when it would not fit on the current one.
So a dump is taken as wrapped at width W when its lines pile up just under W, hardly any run
just over it, and the lines that end just under W are mostly followed by a line whose first
word would not have fitted, and which carries on a sentence (it starts in lower case, after a
line that ends without closing punctuation).  Text not wrapped is returned as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate

from clipper.clean.readalso import read_also

# The widths looked for: wrappers use 70 to 80 columns; some are set wider or narrower.
MIN_WIDTH, MAX_WIDTH = 40, 160
WIDTHS = range(MIN_WIDTH, MAX_WIDTH + 1)

# A wrapped paragraph's lines end within this many characters of the width (a long next word
# can leave more room; most lines end closer).
BAND = 12

# Evidence needed to call a dump wrapped: lines just under the width, breaks that carry on a
# sentence, and breaks consistent with the width against breaks that are not (the
# following word would have fitted).
MIN_BAND_LINES = 5
MIN_SENTENCE_BREAKS = 3
MIN_CONSISTENT_SHARE = 3  # consistent breaks for every inconsistent one

# Lines a little over the width: at most one for every OVER_SHARE lines just under it, or,
# when the page's furniture was left unwrapped (a cookie notice, a ticker, an embedded post's
# line of 73-80 characters, over paragraphs wrapped at 72), at most one for every
# LOOSE_OVER_SHARE of them and for every OVER_SENTENCE_BREAKS sentences broken at the width.
OVER_SHARE = 8
LOOSE_OVER_SHARE = 4
OVER_SENTENCE_BREAKS = 3

# A dump known to be wrapped (lynx wraps every dump it makes) needs only enough evidence to
# tell the width: a short page has few lines near it, and few breaks inside a sentence.
KNOWN_MIN_BAND_LINES = 2
KNOWN_MIN_SENTENCE_BREAKS = 1

# Lines the width is measured on: ones not too short to say anything about it.
MIN_MEASURED = 20

# A list item (bullet, number, link reference) begins a line of its own: never joined to the
# line above.
ITEM = re.compile(r"\s*(?:[•●▪◦·*‣–—-]\s|\d{1,3}[.)]\s|\[\d+\])")

# The longest line read as a promoted link's label alone ("Also Read", "À lire aussi :").
LABEL_CHARS = 40

# What a line ending a sentence or a block ends with: the next line starts afresh.
CLOSERS = frozenset(".!?…:;\"'”’»)]")


def unwrap(text: str, *, wrapped: bool = False) -> str:
    """The text with the lines of every hard-wrapped paragraph joined into one, or the text as
    it is when it does not look hard-wrapped (`wrapped`: known to be, as a lynx dump is)."""
    return unwrap_at(text, wrapped=wrapped)[0]


def unwrap_at(text: str, *, wrapped: bool = False) -> tuple[str, int | None]:
    """unwrap's text, and the width the dump was wrapped at (None: not wrapped)."""
    lines = text.splitlines()
    width = wrap_width(lines, wrapped=wrapped)
    if width is None:
        return text, None
    # Each output line as its pieces, joined once at the end: adding to a growing string would
    # copy it again for every line of a long paragraph.
    out: list[list[str]] = []
    previous = ""
    # Is `previous` a headline under a promoted link's label alone, or a label with its
    # headline: a line of its own, whatever follows?
    promoted = False
    told = told_headlines(lines)
    for line in lines:
        label = is_label_after_sentence(previous, line)
        if (
            out
            and previous.strip()
            and line.strip()
            and not promoted
            and not label
            and continues(previous, line, width)
            and not (len(out[-1]) == 1 and previous.strip() in told)
        ):
            stripped = line.strip()
            out[-1].append(stripped if broke_at_hyphen(previous) else " " + stripped)
            promoted = False
        else:
            promoted = label or (len(out[-1]) == 1 and is_label(out[-1][0]) if out else False)
            out.append([line])
        previous = line.rstrip()
    return "\n".join(map("".join, out)), width


# What parts the headline from the site's name in the page's title ("Talks resume - Corriere
# della Sera", "… | Cumhuriyet"): a dash or a bar between spaces.
TITLE_SEPARATOR = re.compile(r"\s+[-|–—]\s+")


def told_headlines(lines: list[str]) -> set[str]:
    """What the page's title, as a browser saves it on the dump's first line, may hold for its
    headline: the text before each of its separators ("Kira artışı yavaşladı - Son Dakika
    Ekonomi Haberleri | Cumhuriyet": "Kira artışı yavaşladı", "… - Son Dakika Ekonomi
    Haberleri").  A line of the dump that is one of them is the headline, printed whole: the
    line under it (its standfirst) is no part of it, however near the width it ends."""
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    return {first[: m.start()] for m in TITLE_SEPARATOR.finditer(first)}


def is_label(line: str) -> bool:
    """Is the (unjoined) line a promoted link's label alone ("Also Read"), whose headline,
    on the next line, ends its line however close to the width it comes?"""
    stripped = line.strip()
    return 0 < len(stripped) <= LABEL_CHARS and read_also(stripped) == "label"


def is_label_after_sentence(previous: str, line: str) -> bool:
    """Does `line`, under a line that ends a sentence, hold a promoted link's label, alone or
    with its headline ("ALSO READ | Pune civic body to map 300 heritage trees …"), which a
    page sets between two paragraphs: a line of its own, however close to the width the line
    above it ends?  (A paragraph's sentence that opens with a label's words, "Read more about
    it …", is no label: readalso.read_also.)"""
    return previous[-1:] in CLOSERS and read_also(line.strip()) is not None


def continues(previous: str, line: str, width: int) -> bool:
    """Was `line` wrapped off `previous` (right-stripped), a line of a text wrapped at
    `width`: is the first word of `line` one that would not have fitted after it?  (One
    column of slack: wrappers differ in whether a line may reach the width itself.)"""
    if len(previous) > width + 1 or ITEM.match(line):
        return False
    # (Up to a plain space: a wrapper does not break at a no-break space.)
    word = line.strip().partition(" ")[0]
    gap = 0 if broke_at_hyphen(previous) else 1
    return len(previous) + gap + len(word) > width - 1


def broke_at_hyphen(line: str) -> bool:
    """Does the line end in a word's hyphen ("Sino-"), where some wrappers break words?"""
    return line.endswith("-") and line[-2:-1].isalpha()


def wrap_width(lines: list[str], *, wrapped: bool = False) -> int | None:
    """The width the lines were hard-wrapped at, or None when they were not (or, `wrapped`,
    when the width cannot be told)."""
    min_band, min_sentence_breaks = (
        (KNOWN_MIN_BAND_LINES, KNOWN_MIN_SENTENCE_BREAKS)
        if wrapped
        else (MIN_BAND_LINES, MIN_SENTENCE_BREAKS)
    )
    top = MAX_WIDTH + BAND + 1
    lengths = [0] * (top + 1)
    # (Measured and counted in C: a Python loop over the lines would cost more than the rest.)
    ends = list(map(len, map(str.rstrip, lines)))
    for n, count in Counter(ends).items():
        if n >= MIN_MEASURED:
            lengths[min(n, top)] += count
    # Lines of length up to n, for every n: band counts are differences of two.
    upto = list(accumulate(lengths))
    under = [upto[w] - upto[w - BAND - 1] for w in WIDTHS]
    over = [upto[w + BAND] - upto[w] for w in WIDTHS]
    beyond = [upto[top] - upto[w + BAND] for w in WIDTHS]
    # The width: most lines just under it and few just over (each over counts against four),
    # and few far over it (a wrapped dump's only long lines are words it could not break).
    scores = [u - 4 * o - b for u, o, b in zip(under, over, beyond, strict=True)]
    # The best width first; when its breaks are not a wrapper's (too few of them break a
    # sentence, or they break where the next word would have fitted), the next best ones
    # under it: a few lines a little over the true width (a footer's notice, a cookie notice
    # or ticker left as it was) can outscore it, and at a width above the true one most of
    # its breaks would have left room for the next word.
    best = scores.index(max(scores))
    for at in sorted(range(max(0, best - BAND), best + 1), key=lambda i: -scores[i]):
        if scores[at] <= 0:
            return None
        if under[at] < min_band or over[at] > max(1, under[at] / LOOSE_OVER_SHARE):
            continue
        width = WIDTHS[at]
        consistent, inconsistent, sentence_breaks = breaks(lines, ends, width)
        if sentence_breaks < min_sentence_breaks or (
            over[at] > max(1, under[at] / OVER_SHARE)
            and sentence_breaks < OVER_SENTENCE_BREAKS * over[at]
        ):
            continue
        if consistent >= MIN_CONSISTENT_SHARE * inconsistent:
            return width
    return None


def breaks(lines: list[str], ends: list[int], width: int) -> tuple[int, int, int]:
    """Of the line ends near `width` (`ends`: the lines' lengths without trailing spaces) that
    a non-blank line follows: how many are consistent with wrapping at that width, how many are
    not (a line closing a sentence is neither when the next word would have fitted after it:
    it may end a paragraph), and how many of the consistent ones break a sentence."""
    consistent = inconsistent = sentence_breaks = 0
    low = width - 2 * BAND
    for i in [i for i, n in enumerate(ends[:-1]) if low <= n <= width]:
        line = lines[i + 1]
        stripped = line.strip()
        if not stripped or ITEM.match(line):
            continue
        previous = lines[i][: ends[i]]
        if continues(previous, line, width):
            consistent += 1
            sentence_breaks += (
                " " in stripped
                and stripped[0].isalpha()
                and not stripped[0].isupper()
                and previous[-1] not in CLOSERS
            )
        elif previous[-1] not in CLOSERS:
            inconsistent += 1
    return consistent, inconsistent, sentence_breaks
