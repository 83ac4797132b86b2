"""Searching and browsing an archive: the read-side SQL behind `Archive.search` and friends.

Kept beside archive.py (and called only through `Archive`) so the write side stays small.
Every value is bound; the only text put into SQL is built here from fixed pieces.
"""

from __future__ import annotations

import re
import sqlite3

from .errors import ArchiveError, BadQuery, NotFound
from .filters import UNKNOWN_SOURCE, Filters, SearchOptions, date_upper_bound, source_key
from .hits import MARK_END, MARK_START, SearchHit
from .migrations import FTS_COLUMNS
from .query import Node, Or, Term, render
from .search_query import TRIGRAM, SearchQuery, has_cjk, has_prefix, is_cjk

# Only what `clipper search` needs loads with this module: typing and the models (dataclasses)
# would cost a search more than its SQL does.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


# bm25 weights for the FTS columns (migrations.FTS_COLUMNS: title, body, source, author): a
# word in the title says far more about what a clipping is about than the same word somewhere
# in the body.  A name in the byline counts as the publication's does, a little more than one
# mention in the body: `lopez senkaku` puts what Lopez wrote on the islands above a story that
# quotes a Lopez once, below one with Lopez in its headline.
BM25_WEIGHTS = (10.0, 1.0, 2.0, 2.0)
SNIPPET_TOKENS = 24
# Characters of context either side of the first match in a snippet made outside FTS5 (CJK
# text has no spaces, so tokens are no measure): about two lines of a terminal.
SNIPPET_CHARS = 60
SPACE = re.compile(r"\s+")
# A word shorter than a trigram is looked up as "any trigram starting with it": past this many
# such trigrams, scanning the CJK clippings is as quick as the index.
MAX_TRIGRAMS = 2000

SORT_ORDER = {
    "newest": "c.date IS NULL, c.date DESC, c.id DESC",
    "oldest": "c.date IS NULL, c.date ASC, c.id ASC",
}
# A relevance search ranks its matches in the word index alone, then orders the best of them by
# date for ties (see _best_ranked); for pages deeper than this, every match is sorted by date.
MAX_BEST_RANKED = 1000
# Made by migrations.m002_cjk_index: id, date, source and imported_at of every clipping.
COVER_INDEX = "clippings_search_cover"
_IN_FTS = "c.id IN (SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?)"
# The same for the word index's own rows, when the clippings table is not joined.
_IN_TITLE = "clippings_fts.rowid IN (SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ?)"
_IN_CJK = "c.id IN (SELECT rowid FROM clippings_cjk WHERE clippings_cjk MATCH ?)"


def search(
    conn: sqlite3.Connection, query: SearchQuery, options: SearchOptions
) -> tuple[list[SearchHit], int]:
    """One page of the clippings matching a query, in the order asked for, and the total."""
    where, params = filter_sql(conn, options.filters)
    try:
        if query.cjk:
            return _search_cjk(conn, query, options, where, params)
        return _search_words(conn, query, options, where, params)
    except sqlite3.OperationalError as e:
        # The query module only builds valid expressions; this is a bug, not a user mistake,
        # but the user still gets a message rather than a traceback.
        raise ArchiveError(f"search failed: {e}") from e


def _search_words(
    conn: sqlite3.Connection,
    query: SearchQuery,
    options: SearchOptions,
    where: str,
    params: list[Any],
) -> tuple[list[SearchHit], int]:
    """A query the word index answers alone: ranked by bm25, snippets from FTS5."""
    head: list[Any] = [*BM25_WEIGHTS]
    title_first = "0"
    if query.title_phrase and options.sort == "relevance":
        title_first = _IN_TITLE
        head.append(query.title_phrase)
    page = None
    if options.sort == "relevance" and not where:
        page = _best_ranked(conn, query.match, head, title_first, options)
    order = SORT_ORDER.get(options.sort, "title_first DESC, score, c.date DESC, c.id DESC")
    # The covering index, not the clipping rows: the sort reads the date of every match.
    ranked_sql = f"""SELECT c.id, bm25(clippings_fts, ?, ?, ?, ?) AS score,
            {title_first} AS title_first
        FROM clippings_fts JOIN clippings c INDEXED BY {COVER_INDEX}
        ON c.id = clippings_fts.rowid
        WHERE clippings_fts MATCH ? {where} ORDER BY {order}"""
    if where:
        # Every match the filters keep is read, in order: their number is the total, which a
        # count(*) would pay for a second time.
        ranked = conn.execute(ranked_sql, [*head, query.match, *params]).fetchall()
        return _hits_for_page(
            conn, query, ranked[options.offset : options.offset + options.limit]
        ), len(ranked)
    if page is None:
        page = conn.execute(
            ranked_sql + " LIMIT ? OFFSET ?", [*head, query.match, options.limit, options.offset]
        ).fetchall()
    # Without filters the index alone counts the matches.
    total = conn.execute(
        "SELECT count(*) FROM clippings_fts WHERE clippings_fts MATCH ?", [query.match]
    ).fetchone()[0]
    return _hits_for_page(conn, query, page), int(total)


def _best_ranked(
    conn: sqlite3.Connection,
    match: str,
    head: list[Any],
    title_first: str,
    options: SearchOptions,
) -> list[Any] | None:
    """The page of a relevance search without filters; None when the general query must run.

    The index alone ranks every match (bm25, title phrase first) and keeps the best few; only
    those are joined to their dates for the newest-first tie-break, instead of every match.
    That is exact unless the best few end inside a group of equal scores, which could go on
    past them: then None, and the caller sorts every match with its date.
    """
    wanted = options.offset + options.limit
    if wanted > MAX_BEST_RANKED:
        return None
    best = conn.execute(
        f"""SELECT rowid, bm25(clippings_fts, ?, ?, ?, ?) AS score, {title_first} AS title_first
            FROM clippings_fts WHERE clippings_fts MATCH ?
            ORDER BY title_first DESC, score LIMIT ?""",
        [*head, match, wanted + 1],
    ).fetchall()
    if len(best) > wanted and best[wanted][1:] == best[wanted - 1][1:]:
        return None
    best = best[:wanted]
    marks = ", ".join("?" for _ in best)
    newest_first = [
        row[0]
        for row in conn.execute(
            f"SELECT id FROM clippings WHERE id IN ({marks}) "
            "ORDER BY date IS NULL, date DESC, id DESC",
            [row[0] for row in best],
        )
    ]
    age = {cid: n for n, cid in enumerate(newest_first)}
    best.sort(key=lambda row: (-row[2], row[1], age[row[0]]))
    return best[options.offset :]


def _hits_for_page(
    conn: sqlite3.Connection, query: SearchQuery, page: list[Any]
) -> list[SearchHit]:
    """Search hits for the (id, score, ...) rows of one page: metadata and snippets."""
    ids = [r[0] for r in page]
    marks = ", ".join("?" for _ in ids)
    prefixed = has_prefix(query.tree)
    body = "body" if prefixed else "NULL"
    meta = {
        r[0]: r
        for r in conn.execute(
            f"SELECT id, title, source, date, url, {body}, author FROM clippings "
            f"WHERE id IN ({marks})",
            ids,
        )
    }
    if prefixed:
        # FTS5 makes a snippet for a prefix query at about a millisecond a row (it looks up
        # every word the prefix stands for): made here instead, each word taken as a prefix.
        snippets = {
            cid: make_snippet(row[5], list(query.words), prefix=True) for cid, row in meta.items()
        }
    else:
        # Snippets only for the page shown, not for every match the sort had to look at; from
        # the body (column 1), since the title is shown anyway.
        snippets = dict(
            conn.execute(
                f"""SELECT rowid, snippet(clippings_fts, 1, ?, ?, '…', {SNIPPET_TOKENS:d})
                    FROM clippings_fts WHERE clippings_fts MATCH ? AND rowid IN ({marks})""",
                [MARK_START, MARK_END, query.match, *ids],
            ).fetchall()
        )
    return [
        SearchHit(
            id=cid,
            title=meta[cid][1],
            source=meta[cid][2],
            date=meta[cid][3],
            url=meta[cid][4],
            snippet=snippets.get(cid) or "",
            score=score_shown(score),
            author=meta[cid][6],
        )
        for cid, score, _ in page
    ]


def _search_cjk(
    conn: sqlite3.Connection,
    query: SearchQuery,
    options: SearchOptions,
    where: str,
    params: list[Any],
) -> tuple[list[SearchHit], int]:
    """A query with CJK terms: both indexes; ranked by words found in the title, then newest."""
    cond_params: list[Any] = []
    cond = _condition(conn, query.tree, cond_params)
    words = [w for w in query.words if w]
    in_title = " + ".join("(instr(lower(coalesce(c.title, '')), ?) > 0)" for _ in words) or "0"
    order = SORT_ORDER.get(options.sort, "score DESC, c.date DESC, c.id DESC")
    rows = conn.execute(
        f"""SELECT c.id, c.title, c.source, c.date, c.url, c.body, {in_title} AS score, c.author
            FROM clippings c WHERE {cond} {where}
            ORDER BY {order} LIMIT ? OFFSET ?""",
        [*words, *cond_params, *params, options.limit, options.offset],
    ).fetchall()
    total = conn.execute(
        f"SELECT count(*) FROM clippings c WHERE {cond} {where}", [*cond_params, *params]
    ).fetchone()[0]
    hits = [
        SearchHit(
            id=r[0],
            title=r[1],
            source=r[2],
            date=r[3],
            url=r[4],
            snippet=make_snippet(r[5], words),
            score=float(r[6]),
            author=r[7],
        )
        for r in rows
    ]
    return hits, int(total)


def match_condition(conn: sqlite3.Connection, node: Node, params: list[Any]) -> str:
    """SQL true for the clippings `c` a query tree matches, across both indexes (its values
    added to `params`): what search finds, for export and reclean to select alike."""
    return _condition(conn, node, params)


def _condition(conn: sqlite3.Connection, node: Node, params: list[Any]) -> str:
    """SQL true for the clippings `c` a query tree matches, across both indexes."""
    if not has_cjk(node):
        params.append(render(node))
        return _IN_FTS
    if isinstance(node, Term):
        words = " AND ".join(_cjk_word(conn, w, node.field, params) for w in node.words)
        return "(" + words + ")"
    if isinstance(node, Or):
        return "(" + " OR ".join(_condition(conn, o, params) for o in node.options) + ")"
    out = " AND ".join(_condition(conn, p, params) for p in node.positive)
    if node.negative:
        out += " AND NOT (" + " OR ".join(_condition(conn, n, params) for n in node.negative) + ")"
    return "(" + out + ")"


def _cjk_word(conn: sqlite3.Connection, word: str, field: str | None, params: list[Any]) -> str:
    """SQL true for clippings holding `word` as a substring, from the trigram index."""
    if len(word) >= TRIGRAM:
        params.append(_fts_column(field, _quote(word)))  # word is \w+: no quotes
        return _IN_CJK
    trigrams = [
        row[0]
        for row in conn.execute(
            "SELECT term FROM clippings_cjk_terms WHERE term >= ? AND term < ? LIMIT ?",
            [word, word + "\U0010ffff", MAX_TRIGRAMS + 1],
        )
        if len(row[0]) == TRIGRAM
    ]
    if not trigrams:
        return "0"
    if len(trigrams) <= MAX_TRIGRAMS:
        params.append(_fts_column(field, "(" + " OR ".join(map(_quote, trigrams)) + ")"))
        return _IN_CJK
    columns = (field,) if field else FTS_COLUMNS
    params.extend(word for _ in columns)
    scan = " OR ".join(f"instr(lower({col}), ?) > 0" for col in columns)
    return f"c.id IN (SELECT rowid FROM clippings_cjk WHERE {scan})"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def score_shown(bm25: float) -> float:
    """A bm25 score as --json gives it: higher is better, to four significant digits.  (Not
    decimals: a word most clippings hold weighs next to nothing, and every score was 0.0.)"""
    return float(f"{-float(bm25):.4g}")


def _fts_column(field: str | None, expression: str) -> str:
    return f"{field} : {expression}" if field else expression


def make_snippet(body: str, words: list[str], *, prefix: bool = False) -> str:
    """About two lines of `body` around the first of `words` found, each match marked.

    With `prefix`, a word matches any word it begins (`econom` marks "economy").
    """
    if not words:
        return ""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{alternatives})\w*" if prefix else alternatives, re.I)
    first = pattern.search(body)
    if first is None:
        return " ".join(body[: SNIPPET_CHARS * 2].split())
    start, end = _word_window(body, first.start(), first.end())
    window = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, body[start:end])
    return ("…" if start else "") + " ".join(window.split()) + ("…" if end < len(body) else "")


def _word_window(body: str, match_start: int, match_end: int) -> tuple[int, int]:
    """Where a snippet around a match starts and ends: SNIPPET_CHARS either side, moved in to
    the nearest space so that no word is cut (as FTS5's snippets cut at tokens); text without
    spaces there (Chinese, Japanese) is cut at the characters."""
    start = max(0, match_start - SNIPPET_CHARS)
    end = min(len(body), match_end + SNIPPET_CHARS)
    if start and not body[start - 1].isspace():
        space = SPACE.search(body, start, match_start)
        if space:
            start = space.end()
    if end < len(body) and not body[end].isspace():
        cut = max(body.rfind(" ", match_end, end), body.rfind("\n", match_end, end))
        if cut > match_end:
            end = cut
    return start, end


def filter_sql(conn: sqlite3.Connection, filters: Filters) -> tuple[str, list[Any]]:
    """`AND ...` conditions on clippings `c` for the filters, with their bound values."""
    parts: list[str] = []
    params: list[Any] = []
    if filters.sources:
        condition, names = source_condition(conn, filters.sources)
        parts.append(condition)
        params.extend(names)
    if filters.since:
        parts.append("c.date >= ?")
        params.append(filters.since)
    if filters.until:
        parts.append("c.date <= ?")
        params.append(date_upper_bound(filters.until))
    if filters.imported_since:
        parts.append("c.imported_at >= ?")
        params.append(filters.imported_since)
    if filters.tags:
        check_tags(conn, filters.tags)
    for tag in filters.tags:
        parts.append(f"EXISTS (SELECT 1 FROM json_each(c.tags) WHERE {TAG_IS})")
        params.append(tag)
    if filters.authors:
        condition, values = author_condition(conn, filters.authors)
        parts.append(condition)
        params.extend(values)
    return "".join(f" AND {p}" for p in parts), params


# How a clipping's tag (json_each's value) is compared with a --tag: in any case.
TAG_IS = "value = ? COLLATE NOCASE"


def check_tags(conn: sqlite3.Connection, wanted: tuple[str, ...]) -> None:
    """NotFound naming the tags no clipping has (a typo should not look like "no results")."""
    missing = [
        tag
        for tag in wanted
        if not conn.execute(
            f"SELECT 1 FROM clippings c, json_each(c.tags) WHERE {TAG_IS} LIMIT 1", [tag]
        ).fetchone()
    ]
    if missing:
        raise NotFound(
            f"no clippings tagged {', '.join(missing)}; `clipper stats` lists the tags in use"
        )


def source_condition(conn: sqlite3.Connection, wanted: tuple[str, ...]) -> tuple[str, list[str]]:
    """SQL true for clippings from any of the sources asked for, and its values; NotFound
    naming a source no clipping has (a typo should not look like "no results").

    A name is the source of that name, in any case, with or without accents ("el pais" is
    "El País"); where no source has that name, the sources whose names hold its words, whole
    and in that order ("kyodo" is "Kyodo News", "new york" both "The New York Times" and
    "New York Post").  "(unknown source)", as `clipper sources` shows them, is the
    clippings without a source name.
    """
    keys = {source_key(w) for w in wanted}
    stored = source_names(conn)
    names = [s for s in stored if source_key(s) in keys]
    found = {source_key(s) for s in names}
    unknown = source_key(UNKNOWN_SOURCE)
    for key in keys - found - {unknown}:
        held = [s for s in stored if _holds(source_key(s), key)]
        if held:
            names += held
            found.add(key)
    conditions = [f"c.source IN ({', '.join('?' for _ in names)})"]
    unnamed = "SELECT 1 FROM clippings WHERE source IS NULL OR source = '' LIMIT 1"
    if unknown in keys and conn.execute(unnamed).fetchone():
        found.add(unknown)
        conditions.append("c.source IS NULL OR c.source = ''")
    missing = [w for w in wanted if source_key(w) not in found]
    if missing:
        raise NotFound(
            f"no clippings from source {', '.join(missing)}; `clipper sources` lists them"
        )
    return "(" + " OR ".join(conditions) + ")", names


def _holds(name: str, part: str) -> bool:
    """Whether a source name holds these words, whole and in this order (both folded by
    source_key); Chinese or Japanese anywhere in it, as the trigram index finds them."""
    if is_cjk(part):
        return part in name
    words, wanted = re.findall(r"\w+", name), re.findall(r"\w+", part)
    n = len(wanted)
    return n > 0 and any(words[i : i + n] == wanted for i in range(len(words) - n + 1))


def source_names(conn: sqlite3.Connection) -> list[str]:
    """Every source name stored, as spelt, read by the index one name at a time: as many
    lookups as there are names, not a read of every clipping."""
    return [
        row[0]
        for row in conn.execute(
            """WITH RECURSIVE names(name) AS (
                SELECT min(source) FROM clippings
                UNION ALL
                SELECT (SELECT min(source) FROM clippings WHERE source > name)
                FROM names WHERE name IS NOT NULL
            ) SELECT name FROM names WHERE name IS NOT NULL AND name != ''"""
        )
    ]


def author_condition(conn: sqlite3.Connection, wanted: tuple[str, ...]) -> tuple[str, list[Any]]:
    """SQL true for clippings whose byline holds any of the names asked for, and its values;
    NotFound naming a name no byline holds (a typo should not look like "no results").

    A name is found as `author:"name"` finds it, through the full-text indexes: its words in
    order, in any case, accents folded, a Chinese or Japanese name inside a longer one.
    """
    from .query import field_phrase

    terms: list[Term] = []
    missing: list[str] = []
    for name in wanted:
        term = field_phrase("author", name)
        if term is None:  # filters.check_authors refuses such names first
            raise BadQuery(f"--author {name!r} has no letters or digits to look for")
        found: list[Any] = []
        condition = _condition(conn, term, found)
        if conn.execute(f"SELECT 1 FROM clippings c WHERE {condition} LIMIT 1", found).fetchone():
            terms.append(term)
        else:
            missing.append(name)
    if missing:
        raise NotFound(f"no clippings by {', '.join(missing)} (--author looks in the bylines)")
    params: list[Any] = []
    node: Node = terms[0] if len(terms) == 1 else Or(tuple(terms))
    return _condition(conn, node, params), params
