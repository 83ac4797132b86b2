"""Pathologically nested HTML: libxml2 stops building the tree at depth 256 and drops the rest.

A page of thousands of nested elements (broken generators, or a page built to hurt parsers)
would lose its article text silently.  Such a page is rewritten with the elements below
`MAX_DEPTH` unwrapped: their text stays, in order, under the deepest kept element.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from html.parser import HTMLParser
from typing import Any

# Well below libxml2's limit of 256 open elements, and far deeper than any real page
# (news pages rarely nest more than 40 elements).
MAX_DEPTH = 200
# Elements that never hold children, so never deepen the tree.
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements whose content is raw text, not markup: kept as is.
_RAW_TEXT = frozenset(("script", "style"))
# libxml2's limit on open elements: a parsed tree never grows deeper than this; one that
# reaches it was likely cut there (and if not, flattening it loses nothing).
LIBXML_MAX_DEPTH = 256
# An element as deep as libxml2's limit, counted from the root.
_AT_LIBXML_LIMIT = "boolean(/*" + "/*" * (LIBXML_MAX_DEPTH - 1) + ")"


def is_cut_short(tree: Any) -> bool:
    """Whether libxml2 may have cut this parsed page short for nesting too deeply.

    libxml2 stops at its depth limit, so a tree that reaches it may have lost what lay deeper.
    One XPath step per level, run in C: far cheaper than parsing the page again to read
    libxml2's error log.
    """
    return bool(tree.xpath(_AT_LIBXML_LIMIT))


def flatten_deep_html(html: str) -> str:
    """The page with every element deeper than MAX_DEPTH unwrapped, its text kept."""
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []  # the open elements, outermost first
        self.counts: Counter[str] = Counter()  # how many of each are open: a fast `in`

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.out.append(self._start(tag, attrs))
            return
        self.open.append(tag)
        self.counts[tag] += 1
        if len(self.open) <= MAX_DEPTH:
            self.out.append(self._start(tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self._start(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if not self.counts[tag]:
            return  # a stray end tag: dropped, as browsers do
        while self.open:
            depth = len(self.open)
            closed = self.open.pop()
            self.counts[closed] -= 1
            if depth <= MAX_DEPTH:
                self.out.append(f"</{closed}>")
            if closed == tag:
                break

    def handle_data(self, data: str) -> None:
        raw = bool(self.open) and self.open[-1] in _RAW_TEXT
        self.out.append(data if raw else escape(data, quote=False))

    def _start(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        parts = [tag] + [
            name if value is None else f'{name}="{escape(value)}"' for name, value in attrs
        ]
        return "<" + " ".join(parts) + ">"
