"""A text dump cut into its lines, before any is judged: overlong lines broken (at sentence
ends where possible), odd spaces made plain, blocks numbered by the blank lines between them
(lines.build_lines makes each a Line)."""

from __future__ import annotations

from collections.abc import Iterator

# Longest line we look at: a 50 MB dump with no newlines must not make every regex pass
# quadratic or hold one giant string per feature; real paragraphs are far shorter.  A longer
# line (a whole article pasted as one paragraph) is broken into lines no longer than this.
MAX_LINE_CHARS = 20_000

# Where an overlong line is broken: after the last sentence end in the second half of a
# piece, else at its last space there, else (no space: not prose) at the limit itself.
# Each mark is found by a search in C; the space after it goes to the next piece.
SENTENCE_BREAKS = (". ", "! ", "? ", '." ', ".” ", ".' ", "… ", "। ", "。", "！", "？")

# Characters SPACES turns into a plain space besides the space itself, and those of them that
# are ASCII: an ASCII page (most) need not be searched for the others.
ODD_SPACES = "\t\xa0" + "".join(map(chr, range(0x2000, 0x200C))) + "\u202f\u205f\u3000"
ASCII_ODD_SPACES = "\t"


def split_lines(text: str) -> list[tuple[int, str, int]]:
    """(line index, stripped line, block number) for every non-blank line, every run of
    SPACES in it made one plain space (as SPACES.sub(" ", line), which costs several times
    as much)."""
    if has_long_lines(text):
        text = break_long_lines(text)  # no regex then meets a giant line
    stripped = map(str.strip, plain_spaces(text).splitlines())
    out: list[tuple[int, str, int]] = []
    block, blank_before = 0, False
    for i, line in enumerate(stripped):
        if not line:
            blank_before = True
            continue
        if blank_before:
            block += 1
            blank_before = False
        # Runs of spaces are collapsed line by line: most are indentation and trailing
        # spaces, which strip has dropped, and the few lines left holding one are cheaper to
        # copy than the whole text, once a halving of the runs.
        if "  " in line:
            line = collapse_runs(line)
        out.append((i, line, block))
    return out


def has_long_lines(text: str) -> bool:
    """Does the text hold a line longer than MAX_LINE_CHARS (which is broken into shorter)?"""
    return len(text) > MAX_LINE_CHARS and max(map(len, text.splitlines())) > MAX_LINE_CHARS


def break_long_lines(text: str) -> str:
    """The text with every line longer than MAX_LINE_CHARS broken into lines no longer than
    that, at sentence ends where it can (see SENTENCE_BREAKS): none of its words is lost."""
    return "\n".join(piece for line in text.splitlines() for piece in line_pieces(line))


def line_pieces(line: str) -> Iterator[str]:
    """The line in pieces of at most MAX_LINE_CHARS characters (see SENTENCE_BREAKS), of
    about equal length: a short last piece would read as a line of its own, not prose."""
    start = 0
    size = -(-len(line) // -(-len(line) // MAX_LINE_CHARS)) if line else 0  # even pieces
    while len(line) - start > MAX_LINE_CHARS:
        floor, end = start + size // 2, start + size
        cut = max(line.rfind(mark, floor, end) + len(mark.rstrip()) for mark in SENTENCE_BREAKS)
        if cut <= floor:  # no sentence end (rfind's -1 left cut below floor)
            space = line.rfind(" ", floor, end)
            cut = space if space > floor else end
        yield line[start:cut]
        start = cut
    yield line[start:]


def plain_spaces(text: str) -> str:
    """The text with each of ODD_SPACES made a plain space (plain string replacing, in C)."""
    for odd in ASCII_ODD_SPACES if text.isascii() else ODD_SPACES:
        if odd in text:
            text = text.replace(odd, " ")
    return text


def collapse_runs(line: str) -> str:
    """The line with every run of plain spaces made one."""
    while "  " in line:
        line = line.replace("  ", " ")
    return line
