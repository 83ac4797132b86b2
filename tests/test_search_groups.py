"""The query language's groups: a field on a group, excluding one, operators left dangling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper import Archive, Clipping
from clipper.search_query import parse_search

CLIPPINGS = [
    # (title, source, body): ids 1 to 4
    ("Thaw in relations", "DW", "China and Japan speak again."),
    ("Summit in Beijing", "Kyodo News", "China hosted the leaders."),
    ("Trade figures", "Xinhua", "China exports rose; a thaw before the summit, or so they say."),
    ("Talks in Seoul", "Reuters", "China and Korea met."),
]


@pytest.fixture
def clipped(run, db_path: Path):
    with Archive(db_path, create=True) as archive:
        for title, source, body in CLIPPINGS:
            archive.add(Clipping(body=body, title=title, source=source, date="2020-01-01"))
    return run


def found(run, query: str) -> list[int]:
    result = run("search", query, "--json")
    assert result.exit_code == 0, result.output
    return sorted(hit["id"] for hit in json.loads(result.stdout))


def exported(run, query: str) -> list[int]:
    result = run("export", query, "--no-raw")
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    "query",
    [
        "china -source:(dw OR kyodo)",
        "china NOT source:(dw OR kyodo)",
        "-source:(dw OR kyodo) china",
        "china -source:(dw OR kyodo",  # unbalanced: the group runs to the end
        "china -source:dw -source:kyodo",
    ],
)
def test_a_field_on_an_excluded_group_excludes_it(clipped, query):
    assert found(clipped, query) == [3, 4]
    assert exported(clipped, query) == [3, 4]


def test_a_field_on_a_group_applies_to_every_word_in_it(clipped):
    assert found(clipped, "thaw OR summit") == [1, 2, 3]
    assert found(clipped, "title:(thaw OR summit)") == [1, 2]
    assert found(clipped, "title:(thaw OR summit) -source:(dw)") == [2]
    assert found(clipped, "china NOT title:(thaw)") == [2, 3, 4]
    assert found(clipped, 'title:("in relations" OR seoul)') == [1, 4]
    # A word with a field of its own keeps it.
    assert found(clipped, "title:(thaw OR source:xinhua)") == [1, 3]


def test_a_field_followed_by_a_space_applies_to_the_next_word(clipped):
    assert found(clipped, "title: summit") == [2]
    assert found(clipped, "china -title: summit") == [1, 3, 4]


@pytest.mark.parametrize(
    ("query", "same_as"),
    [
        ("china OR", "china"),
        ("OR china", "china"),
        ("china AND", "china"),
        ("china NOT", "china"),
        ("(china NOT) korea", "china korea"),
        ("thaw OR OR summit", "thaw OR summit"),
        ("(china OR) seoul", "china seoul"),
    ],
)
def test_an_operator_with_nothing_to_join_is_dropped(clipped, query, same_as):
    assert parse_search(query).match == parse_search(same_as).match
    assert found(clipped, query) == found(clipped, same_as)


def test_an_operator_alone_is_the_word(clipped):
    assert [parse_search(op).match for op in ("OR", "AND", "NOT")] == ['"or"', '"and"', '"not"']
    assert found(clipped, "OR") == [3]


def test_a_group_of_exclusions_excludes_from_the_words_around_it(clipped):
    assert found(clipped, "china (-korea)") == found(clipped, "china -korea") == [1, 2, 3]
    assert found(clipped, "china (-korea -japan)") == [2, 3]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(-korea)", "a query needs at least one word to find, not only words to exclude"),
        ("-title:(korea)", "a query needs at least one word to find, not only words to exclude"),
        ("china OR -korea", "each side of OR needs a word to find, not only words to exclude"),
    ],
)
def test_exclusions_with_nothing_to_exclude_from_are_refused_saying_why(clipped, query, message):
    result = clipped("search", query)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message}\n"


def test_a_long_run_of_nots_is_no_crash(clipped):
    assert parse_search("china NOT NOT korea").match == parse_search("china korea").match
    assert found(clipped, "china " + "NOT " * 3001 + "korea") == [1, 2, 3]
