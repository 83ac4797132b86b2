"""Section labels over an article's header: a section's label and its subsection's, two short
lines in a row ("Thời sự" / "Giao thông"), open the header, so the dateline under them is not
the line's over them (textmeta.find_title)."""

from __future__ import annotations

from collections.abc import Callable

from clipper.clean.linekinds import is_name_line
from clipper.clean.lines import Line
from clipper.clean.names import marked_name

# A kicker or section label ("Editorial", "Hong Kong") may sit between a headline and its
# standfirst: lines this short are looked past.
KICKER_WORDS = 2


def over_sections(lines: list[Line], reach: list[int], stamped: Callable[[int], bool]) -> list[int]:
    """`reach` (the lines under a candidate), or none of them when the candidate stands
    right over a section's label and its subsection's, two short lines in a row that are no
    stamp nor name ("Thời sự" / "Giao thông"): such labels open the article's header, and
    the dateline under them is not the line's over them (another story's, in a ticker)."""
    if len(reach) >= 2 and all(is_section_label(lines, p, stamped) for p in reach[:2]):
        return []
    return reach


def is_section_label(lines: list[Line], pos: int, stamped: Callable[[int], bool]) -> bool:
    """A section's label of a word or two: no stamp, name ("김민기 기자" too), or sentence."""
    ln = lines[pos]
    return (
        ln.words <= KICKER_WORDS
        and not ln.sentence_end
        and not stamped(pos)
        and not is_name_line(ln)
        and marked_name(ln.text) is None
    )
