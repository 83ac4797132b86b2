"""The user's query language, turned into a safe FTS5 MATCH expression.

Grammar (anything it does not recognise is taken as plain words):

    query   := or ( OR or )*
    or      := unary+                      all must match
    unary   := NOT unary | -atom | atom     ("-" glued to the atom: -word, -"phrase", -(query))
    atom    := ( query ) | field:atom | "phrase" | word | word*
    field   := title | source | body | author  (on a group, it applies to every term in it)

An operator with nothing to join (`china OR`, `AND china`, `china NOT`) is dropped; a query
that is nothing but one is that word.  A group of exclusions joins the words around it
(`china (-japan)` is `china -japan`); standing alone, or as one side of an OR, it is refused:
FTS5 can only exclude from what something else finds.

Every word is split the way the index splits text, and every piece is emitted inside double
quotes, so no user text is ever read by FTS5 as syntax: `U.S.` becomes the phrase "u s",
`Sino-Japanese` the phrase "sino japanese", `AND` alone the word "and".
"""

from __future__ import annotations

import re
from collections import namedtuple

from .errors import BadQuery

# Far more terms than any real query, far fewer than would slow a search down.
MAX_TERMS = 64
# Deeper parentheses than anyone types; past it "(" is ignored, so no query can exhaust the stack.
MAX_DEPTH = 16
FIELDS = ("title", "body", "source", "author")

# A "-" glued to a phrase or a group excludes it, as one glued to a word does ("-taiwan").
_TOKEN = re.compile(
    r'\s*(?:(?P<minus>-(?=["(]))|(?P<quote>"[^"]*"?)|(?P<open>\()|(?P<close>\))'
    r'|(?P<word>[^\s()"]+))'
)
_PIECE = re.compile(r"\w+", re.UNICODE)


# Value types built on collections.namedtuple, not dataclasses: see clipper/hits.py.


class Term(namedtuple("Term", ["words", "prefix", "field"], defaults=(False, None))):
    __slots__ = ()
    words: tuple[str, ...]
    prefix: bool
    field: str | None

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")
        return f"{self.field} : {quoted}" if self.field else quoted


class And(namedtuple("And", ["positive", "negative"])):
    __slots__ = ()
    positive: tuple[Node, ...]
    negative: tuple[Node, ...]


class Or(namedtuple("Or", ["options"])):
    __slots__ = ()
    options: tuple[Node, ...]


Node = Term | And | Or


def to_match(query: str) -> str:
    """The FTS5 MATCH expression for a user's query; BadQuery if it has nothing to find."""
    return _render(parse_tree(query))


def parse_tree(query: str) -> Node:
    """The user's query as a tree of terms; BadQuery if it has nothing to find."""
    tokens = _tokenize(query)
    parser = _Parser(tokens)
    node = parser.parse()
    if node is None:
        raise BadQuery("the query has no words to search for")
    if _only_excludes(node):
        raise BadQuery("a query needs at least one word to find, not only words to exclude")
    if parser.terms > MAX_TERMS:
        raise BadQuery(f"the query has {parser.terms} words; at most {MAX_TERMS} are allowed")
    return node


def _tokenize(query: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup
        if kind is not None:
            out.append((kind, m.group(kind)))
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        self.terms = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        node = self.parse_or()
        while self.pos < len(self.tokens):  # a stray ")" at top level: skip it, read on
            self.pos += 1
            more = self.parse_or()
            node = _and_of([node, more])
        return node

    def parse_or(self) -> Node | None:
        options = [self.parse_and()]
        while (tok := self.peek()) and tok == ("word", "OR"):
            self.pos += 1
            options.append(self.parse_and())
        # "OR" with nothing on one side ("china OR") joins nothing: it is dropped, as "AND" is.
        present = [o for o in options if o is not None]
        if len(present) > 1 and any(_only_excludes(o) for o in present):
            raise BadQuery("each side of OR needs a word to find, not only words to exclude")
        if not present:
            return None
        return present[0] if len(present) == 1 else Or(tuple(present))

    def parse_and(self) -> Node | None:
        positive: list[Node] = []
        negative: list[Node] = []
        while (tok := self.peek()) is not None:
            kind, text = tok
            if kind == "close":
                if self.depth:
                    break
                self.pos += 1
                continue
            if kind == "word" and text == "OR":
                if positive or negative:
                    break
                if not self._alone():
                    self.pos += 1  # an OR with nothing before it: dropped
                    continue
            negate, node = self.parse_unary()
            if node is not None:
                _join(positive, negative, node, negate=negate)
        if not positive and not negative:
            return None
        if len(positive) == 1 and not negative:
            return positive[0]
        # With no positive part, a group of exclusions only (`china (-japan)`): the caller
        # joins them to its own words, or refuses them (see _only_excludes).
        return And(tuple(positive), tuple(negative))

    def _alone(self) -> bool:
        """Is the token read the whole query (an operator then is the word the user typed)?"""
        return len(self.tokens) == 1

    def parse_unary(self) -> tuple[bool, Node | None]:
        kind, text = self.tokens[self.pos]
        if kind == "word" and text == "NOT" and not self._alone():
            # A run of NOTs read in a loop, not by recursion: thousands of them cannot
            # exhaust the stack.  NOT NOT x is x.
            negate = False
            while self.peek() == ("word", "NOT"):
                self.pos += 1
                negate = not negate
            following = self.peek()
            if following is None or following[0] == "close" or following == ("word", "OR"):
                return False, None  # nothing to exclude: "china NOT", "(china NOT)"
            _, node = self.parse_unary()
            return negate, node
        if kind == "word" and text.startswith("-") and len(text) > 1:
            self.pos += 1
            return True, self._word(text[1:])
        if kind == "minus":  # before a phrase or a group: -"new start", -(taiwan OR korea)
            self.pos += 1
            return True, self.parse_atom() if self.pos < len(self.tokens) else None
        if kind == "word" and text == "AND":
            self.pos += 1
            # AND between two parts is what juxtaposition already means; alone it is a word.
            return False, self._term("and") if self._alone() else None
        return False, self.parse_atom()

    def parse_atom(self) -> Node | None:
        kind, text = self.tokens[self.pos]
        self.pos += 1
        if kind == "open":
            if self.depth >= MAX_DEPTH:
                return None
            self.depth += 1
            node = self.parse_or()
            self.depth -= 1
            if self.peek() is not None and self.peek() == ("close", ")"):
                self.pos += 1
            return node
        if kind == "quote":
            return self._phrase(text.strip('"'))
        if kind == "close":
            return None
        return self._word(text)

    def _word(self, text: str) -> Node | None:
        field = None
        name, sep, rest = text.partition(":")
        if sep and name.lower() in FIELDS:
            field = name.lower()
            if not rest:
                # `title:(a OR b)`, `title:"a b"`, `title: a`: the field of the next atom.
                if not self._takes_field():
                    return None
                node = self.parse_atom()
                return None if node is None else in_field(node, field)
            text = rest
        prefix = text.endswith("*")
        pieces = tuple(p.lower() for p in _PIECE.findall(text))
        if not pieces:
            return None
        self.terms += len(pieces)
        return Term(pieces, prefix=prefix, field=field)

    def _takes_field(self) -> bool:
        """Can the next token take a field written before it (`title:` then `(`, a phrase
        or a plain word)?  Not an operator, an exclusion, ")" or another bare field."""
        tok = self.peek()
        if tok is None or tok[0] == "close" or tok[0] == "minus":
            return False
        kind, text = tok
        if kind != "word":
            return True
        name, sep, rest = text.partition(":")
        bare_field = sep and not rest and name.lower() in FIELDS
        return text not in ("OR", "AND", "NOT") and not text.startswith("-") and not bare_field

    def _phrase(self, text: str) -> Node | None:
        pieces = tuple(p.lower() for p in _PIECE.findall(text))
        if not pieces:
            return None
        self.terms += len(pieces)
        return Term(pieces)

    def _term(self, word: str) -> Term:
        self.terms += 1
        return Term((word,))


def field_phrase(field: str, text: str) -> Term | None:
    """`text`'s words as a phrase to find in one field (`--author "Maria Lopez"`, as
    `author:"maria lopez"`); None when it has no word to look for."""
    pieces = tuple(p.lower() for p in _PIECE.findall(text))
    return Term(pieces, field=field) if pieces else None


def in_field(node: Node, field: str) -> Node:
    """A query (or part of one) looked for in one field: `title:(a OR -b)` is
    `(title:a OR -title:b)`.  A term with a field of its own keeps it."""
    if isinstance(node, Term):
        return node if node.field else node._replace(field=field)
    if isinstance(node, Or):
        return Or(tuple(in_field(o, field) for o in node.options))
    return And(
        tuple(in_field(p, field) for p in node.positive),
        tuple(in_field(n, field) for n in node.negative),
    )


def _only_excludes(node: Node) -> bool:
    """Is this a group of exclusions with nothing to find (`-japan`, `(-japan -korea)`)?"""
    return isinstance(node, And) and not node.positive


def _join(positive: list[Node], negative: list[Node], node: Node, *, negate: bool) -> None:
    """Add a part to a conjunction, as found (positive) or excluded (negative)."""
    if _only_excludes(node):
        assert isinstance(node, And)
        if negate:
            # Excluding exclusions: -(-a -b) is "a or b".
            excluded = node.negative
            positive.append(excluded[0] if len(excluded) == 1 else Or(excluded))
        else:
            negative.extend(node.negative)  # `china (-japan)` is `china -japan`
    else:
        (negative if negate else positive).append(node)


def _and_of(nodes: list[Node | None]) -> Node | None:
    positive: list[Node] = []
    negative: list[Node] = []
    for node in nodes:
        if node is not None:
            _join(positive, negative, node, negate=False)
    if not positive and not negative:
        return None
    if len(positive) == 1 and not negative:
        return positive[0]
    return And(tuple(positive), tuple(negative))


def render(node: Node) -> str:
    """The FTS5 MATCH expression for a query tree (or part of one)."""
    return _render(node)


def _render(node: Node) -> str:
    if isinstance(node, Term):
        return node.fts()
    if isinstance(node, Or):
        return "(" + " OR ".join(_render(o) for o in node.options) + ")"
    pos = " AND ".join(_render(p) for p in node.positive)
    if len(node.positive) > 1:
        pos = f"({pos})"
    if not node.negative:
        return pos
    neg = " OR ".join(_render(n) for n in node.negative)
    return f"{pos} NOT ({neg})"
