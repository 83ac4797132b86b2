"""Markdown pages turned into the plain text the cleaner reads.

Clipping tools and converters (MarkDownload, Obsidian's web clipper, html2text, reader
services) save pages as Markdown: every menu entry a link with its address, headings marked
with "#", emphasis with "*".  Read as a plain dump, a line of menu links is long and full of
punctuation, as prose is.  A page that looks like Markdown is parsed (markdown-it-py, which rich
already brings) and written out as a browser's text dump would show it: link texts without
their addresses, no images, no markup, list items as "  • item", a table's rows one a line (cells
separated by tabs), blocks apart.  A page's front matter is read by frontmatter.py.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Marks of Markdown a plain dump does not hold: an inline link's "](", an ATX heading, strong
# emphasis.  A page holding this many is read as Markdown.
SIGNS = re.compile(r"\]\(|^ {0,3}#{1,6} \S|(?<!\S)\*\*\w", re.MULTILINE)
MIN_SIGNS = 3

# How much of a page the signs are looked for in.
SIGNS_HEAD = 100_000

# The list-item marker of the text dumps the cleaner reads.
ITEM_MARK = "  • "

# Tokens after which a blank line separates blocks (a tight list's paragraphs are hidden).
BLOCK_ENDS = frozenset(
    (
        "paragraph_close",
        "heading_close",
        "bullet_list_close",
        "ordered_list_close",
        "table_close",
        "hr",
    )
)

# An HTML tag, left out of the text.
TAG = re.compile(r"<[^>]*>")


def is_markdown(text: str) -> bool:
    """Does the page hold enough marks of Markdown to be read as Markdown?"""
    if "](" not in text and "**" not in text and "# " not in text:
        return False  # (most pages: three searches in C spare the regex)
    if text.lstrip()[:2] == "# ":
        return True  # a page opening with a heading's mark: no browser's dump does

    return len(list(islice(SIGNS.finditer(text, 0, SIGNS_HEAD), MIN_SIGNS))) == MIN_SIGNS


@cache
def parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    class Parser(MarkdownIt):
        def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
            # Every link is a link, "javascript:" ones included: markdown-it refuses those to
            # keep rendered HTML safe, but nothing is rendered here, and a refused link would
            # stay in the text as raw Markdown.
            return True

    # CommonMark with tables; raw HTML is recognised, so that its tags can be left out.
    return Parser("commonmark", {"html": True}).enable("table")


def as_text_dump(text: str) -> str:
    """The page as a plain text dump: the text itself when it does not look like Markdown."""
    return to_text_dump(text) if is_markdown(text) else text


def to_text_dump(text: str) -> str:
    """Markdown written out as a browser's text dump of its HTML would show it."""
    out: list[str] = []
    item = ""  # the mark of the list item the next line opens
    row: list[str] | None = None  # the cells of the table row being read
    for token in parser().parse(text):
        kind = token.type
        if kind == "list_item_open":
            # An ordered item keeps its number ("1." or "1)"), as a browser shows it.
            item = f"{token.info}{token.markup} " if token.info else ITEM_MARK
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            out.append("\t".join(row))
            row = None
        elif kind == "inline" and row is not None:
            row.append(inline_text(token.children or []).replace("\n", " "))
        elif kind == "inline":
            lines = inline_text(token.children or []).split("\n")
            lines[0] = item + lines[0]
            item = ""
            out += lines
        elif kind in ("fence", "code_block"):
            out += token.content.splitlines()
        elif kind == "html_block":
            out += [TAG.sub("", line).strip() for line in token.content.splitlines()]
        if kind in BLOCK_ENDS and not token.hidden:
            out.append("")
    return "\n".join(out)


def inline_text(children: list[Token]) -> str:
    """The text of a block's inline tokens: link texts kept; images, tags and markup left
    out; a hard line break kept, a soft one (the source's line ends inside a paragraph) a
    space."""
    parts = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()
