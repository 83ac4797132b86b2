"""Property-style fuzzing of the query language: any string gives results or a clear message."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from clipper import Archive, Clipping
from clipper.cli import app
from clipper.errors import BadQuery
from clipper.filters import SearchOptions, make_filters
from clipper.search_query import parse_search

# Pieces of the query language and of hostile input, glued together at random.
ATOMS = [
    "OR", "NOT", "AND", "-", "*", "(", ")", '"', ":", "title:", "source:", "body:", "NEAR",
    "title:(", "-source:(", "-author:",
    "china", "japan", "tōkyō", "agree*", "U.S.", "中国", "日本", "の", "会談", "서울", "ソウル",
    "'", ";", "--", "^", "{", "}", "\x00", "\x1b[31m", "😀", " ", "  ",
]  # fmt: skip
queries = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(ATOMS), max_size=12).map("".join),
    st.lists(st.sampled_from(ATOMS), max_size=12).map(" ".join),
)
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def archive_path() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.db"
        with Archive(path, create=True) as archive:
            archive.add(
                Clipping(body="China and Japan agreed in Tōkyō.", title="Talks", date="2017-01-01")
            )
            archive.add(
                Clipping(body="中国と日本の会談。ソウルでも。", title="会談", source="Asahi")
            )
            archive.add(Clipping(body="U.S. officials spoke.", title="U.S.", source="Reuters"))
        yield path


@SETTINGS
@given(query=queries, sort=st.sampled_from(["relevance", "newest", "oldest"]))
def test_any_query_gives_results_or_a_bad_query_message(archive_path, query, sort):
    try:
        parsed = parse_search(query)
    except BadQuery as e:
        assert str(e)
        return
    with Archive(archive_path) as archive:
        hits, total = archive.search(parsed, SearchOptions(sort=sort, limit=5))
    assert len(hits) <= min(total, 5)


@SETTINGS
@given(query=queries)
def test_the_command_never_shows_a_traceback(archive_path, query):
    if query.startswith("-") or "\x00" in query:
        query = " " + query.replace(
            "\x00", ""
        )  # an option or a NUL, not a query: the shell's business
    result = CliRunner().invoke(app, ["search", query, "--db", str(archive_path)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 1:
        assert result.stderr.strip()
        assert "fts5" not in result.stderr.lower()


@SETTINGS
@given(
    since=st.one_of(
        st.none(), st.text(max_size=12), st.from_regex(r"\d{4}(-\d{1,2}){0,2}", fullmatch=True)
    ),
    until=st.one_of(st.none(), st.text(max_size=12)),
)
def test_any_date_filter_is_a_date_or_a_clear_message(since, until):
    try:
        filters = make_filters(None, since, until)
    except BadQuery as e:
        assert "--since" in str(e) or "--until" in str(e)
    else:
        assert filters.since is None or filters.since[:4].isdigit()


# Words and operators, without parentheses: inside an excluded group they stay inside it.
INNER = ["china", "japan", "中国", "OR", "NOT", "AND", "-japan", "agree*", "title:", '"', "-"]


@SETTINGS
@given(
    field=st.sampled_from(["", "title:", "source:", "body:"]),
    minus=st.sampled_from(["-", "NOT "]),
    inner=st.lists(st.sampled_from(INNER), max_size=6).map(" ".join),
)
def test_excluding_a_group_keeps_what_the_group_would_find_out(archive_path, field, minus, inner):
    def found(query: str) -> set[int]:
        with Archive(archive_path) as archive:
            hits, _ = archive.search(parse_search(query), SearchOptions(limit=100))
        return {hit.id for hit in hits}

    try:
        without = found(f"china {minus}{field}({inner})")
        within = found(f"china {field}({inner})")
    except BadQuery as e:
        assert str(e)
        return
    if parse_search(f"china {field}({inner})").match == parse_search("china").match:
        return  # a group of nothing (`NOT`, `"`): there is nothing to exclude
    # `china -title:(a OR b)` and `china title:(a OR b)` split what `china` finds.
    assert not without & within
    assert without | within == found("china")
