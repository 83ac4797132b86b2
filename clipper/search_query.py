"""A parsed search: the query tree plus what ranking, CJK lookup and snippets need from it.

`clipper.query` turns the user's text into a tree of quoted terms for the word index.  This
module adds what that index alone cannot do: terms in Chinese, Japanese or Korean go to the
trigram index (unicode61 makes `中国と日本` one token, so `中国` could never match it), and a
query's words taken as a phrase rank clippings with that phrase in the title first.
"""

from __future__ import annotations

from collections import namedtuple

from .migrations import CJK_CHARS
from .query import And, Node, Or, Term, parse_tree, render

# Scripts written without spaces between words: migrations.CJK_CHARS ("a-b" ranges), as code
# point ranges rather than a regex character class: compiling one that wide costs a search
# several milliseconds, and queries are short.
_CJK_RANGES = tuple((ord(CJK_CHARS[i]), ord(CJK_CHARS[i + 2])) for i in range(0, len(CJK_CHARS), 3))
# The trigram index finds substrings of three characters or more by index; shorter words are
# looked for by scanning the (small) CJK index's text.
TRIGRAM = 3


def is_cjk(text: str) -> bool:
    """Whether text holds a character of a script written without spaces."""
    if text.isascii():
        return False
    return any(low <= ord(c) <= high for c in text for low, high in _CJK_RANGES)


class SearchQuery(
    namedtuple("SearchQuery", ["text", "tree", "match", "cjk", "title_phrase", "words"])
):
    """What the archive needs to run one user query (a namedtuple: see clipper/hits.py)."""

    __slots__ = ()
    text: str
    tree: Node
    match: str  # FTS5 expression over clippings_fts, for a query with no CJK term
    cjk: bool  # some term must be looked up in the trigram index
    title_phrase: str | None  # FTS5 expression: the query's words as a phrase in the title
    words: tuple[str, ...]  # the words to find, for snippets made outside FTS5


def parse_search(text: str) -> SearchQuery:
    """Parse a user's query; BadQuery when it has nothing to find."""
    tree = parse_tree(text)
    positive = _positive_terms(tree)
    phrase_words = tuple(w for t in positive if not t.prefix for w in t.words)
    title_phrase = None
    if not isinstance(tree, Or) and phrase_words and not any(is_cjk(w) for w in phrase_words):
        title_phrase = render(Term(phrase_words, field="title"))
    return SearchQuery(
        text=text,
        tree=tree,
        match=render(tree),
        cjk=has_cjk(tree),
        title_phrase=title_phrase,
        words=tuple(w for t in positive for w in t.words),
    )


def has_cjk(node: Node) -> bool:
    """Whether a query (or part of one) has a term the word index cannot find."""
    if isinstance(node, Term):
        return any(is_cjk(w) for w in node.words)
    if isinstance(node, Or):
        return any(has_cjk(o) for o in node.options)
    return any(has_cjk(n) for n in (*node.positive, *node.negative))


def has_prefix(node: Node) -> bool:
    """Whether a query (or part of one) has a `word*` term."""
    if isinstance(node, Term):
        return node.prefix
    if isinstance(node, Or):
        return any(has_prefix(o) for o in node.options)
    return any(has_prefix(n) for n in (*node.positive, *node.negative))


def _positive_terms(node: Node) -> list[Term]:
    """The terms a matching clipping must (or, under OR, may) contain, in query order."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Or):
        return [t for o in node.options for t in _positive_terms(o)]
    return [t for p in node.positive for t in _positive_terms(p)]


__all__ = [
    "And",
    "Node",
    "Or",
    "SearchQuery",
    "Term",
    "has_cjk",
    "has_prefix",
    "is_cjk",
    "parse_search",
]
