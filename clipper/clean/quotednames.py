"""A paper's name as other lines of its page quote it, in any of its language's cases: Polish,
Czech or Russian text quotes a paper's name and declines it ("mówi „Rzeczpospolitej”": says to
Rzeczpospolita)."""

from __future__ import annotations

import re

from clipper.clean.pagetext import PageText

# The shortest name whose last letters may change as its language declines it
# ("„Rzeczpospolitej”": of Rzeczpospolita), and how many of them.
DECLINED_MIN = 7
DECLINED_ENDING = 2


def is_quoted(name: str, page: PageText, pos: int) -> bool:
    """Does another line of the page quote the name as a paper's name is quoted, in any of
    its cases ("mówi „Rzeczpospolitej”": says to Rzeczpospolita, "Newsletter
    „Rzeczpospolitej”")?"""
    stem = name[:-DECLINED_ENDING] if len(name) >= DECLINED_MIN else name
    if not stem.isalpha():
        return False
    quoted = re.compile(r"[„“\"«]" + re.escape(stem) + r"\w{0,3}[”“\"»]")
    return any(
        i != pos and quoted.search(page.texts[i]) for i in page.lines_holding((stem.lower(),))
    )
