"""clipper search: ranking, highlighting, the query language, and hostile queries."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from results import ids

from clipper.archive import Archive
from clipper.errors import BadQuery
from clipper.models import Clipping
from clipper.query import to_match


def test_search_finds_the_seed_pages_about_the_senkakus(imported):
    result = imported("search", "Senkaku")
    assert result.exit_code == 0, result.output
    assert "3 of 3 clippings" in result.stdout


def test_json_results_have_the_documented_fields(imported):
    hits = json.loads(imported("search", "Senkaku", "--json").stdout)
    assert len(hits) == 3
    for hit in hits:
        assert {"id", "title", "source", "date", "url", "snippet", "score"} <= set(hit)
        assert "senkaku" in [h.lower() for h in hit["highlights"]]
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    # Senkaku is in most of the five seeds, so bm25 weighs it next to nothing: still no 0.0.
    assert all(score > 0 for score in scores) and len(set(scores)) == 3


def test_title_matches_rank_above_body_matches(run, tmp_path):
    body = "Officials met on Tuesday to discuss trade, fisheries and tourism in the region. "
    (tmp_path / "a.txt").write_text(
        "Trade talks open in the capital\n\nMay 2, 2021\n\n"
        + body * 3
        + "\n\nFisheries were discussed at length by both sides during the talks.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Fisheries deal signed by both ministers\n\nMay 1, 2021\n\n"
        + body.replace("fisheries", "farming") * 3
        + "\n\nThe agreement covers fisheries, and it takes effect next year.\n"
    )
    run("import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    hits = json.loads(run("search", "fisheries", "--json").stdout)
    assert hits[0]["title"] == "Fisheries deal signed by both ministers"


def test_a_one_word_query_ranks_the_titles_holding_it_first(run, db_path):
    # bm25 saturates: a body repeating the word a dozen times outscored a headline holding it
    # (and in a small archive every common word's weight is next to nothing).
    with Archive(db_path, create=True) as archive:
        archive.add(
            Clipping(
                title="Harbour reopens after storm",
                body="The ferry was late again. The ferry operator said the ferry would run. " * 6,
                date="2021-03-01",
            )
        )
        archive.add(
            Clipping(
                title="Ferry services resume",
                body="Boats sail again after the storm, and officials said the harbour "
                "reopened on Monday for trade. " * 8,
                date="2020-03-01",
            )
        )
        archive.add(Clipping(title="Council news", body="A ferry passed by.", date="2022-03-01"))
    hits = json.loads(run("search", "ferry", "--json").stdout)
    assert [h["title"] for h in hits] == [
        "Ferry services resume",
        "Harbour reopens after storm",
        "Council news",
    ]
    # A stem counts: "ferries" finds the title's "Ferry" (English words are stemmed).
    assert json.loads(run("search", "ferries", "--json").stdout)[0]["title"] == (
        "Ferry services resume"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"new start"', 1),
        ("Senkaku OR Danang", 4),
        ("Senkaku -Diaoyu", 1),
        ("Senkaku NOT Diaoyu", 1),
        ("Sino-Japanese", 2),
        ("U.S.", 3),
        ("Min'er", 1),
        ("Yach*", 2),
    ],
)
def test_query_language(imported, query, expected):
    hits = json.loads(imported("search", query, "--json", "--limit", "50").stdout)
    assert len(hits) == expected, query


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "AND",
        "OR",
        "NOT",
        "*",
        "(",
        ")",
        "DROP TABLE clippings; --",
        "title:",
        "' OR 1=1 --",
        "Senkaku AND",
        "😀",
        "NEAR(a b)",
        "x" * 5000,
        "a " * 2500,
        "abe:*",
        "^abe",
        "{title}: abe",
        "\x1b[31m",
    ],
)
def test_hostile_queries_never_crash(imported, query):
    result = imported("search", query)
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        assert result.stderr.strip()
        assert "fts5" not in result.stderr.lower() and "syntax" not in result.stderr.lower()


def test_no_match_exits_1_with_a_short_message(imported):
    result = imported("search", "zeppelin")
    assert result.exit_code == 1
    assert "No clippings match zeppelin." in result.stderr


def test_limit_caps_the_results(imported):
    hits = json.loads(imported("search", "China", "--limit", "2", "--json").stdout)
    assert len(hits) == 2


def test_a_query_may_start_with_an_excluded_word(imported):
    # Seeds 3 and 4 mention Taiwan; 1, 2 and 5 do not; "-senkaku" is no `-s enkaku`.
    assert ids(imported("search", "-taiwan china", "--json")) == [2, 5, 1]
    assert ids(imported("search", "-senkaku china", "--json")) == [2, 3]
    # Unquoted, the words are the same one query.
    assert ids(imported("search", "-taiwan", "china", "--json")) == [2, 5, 1]


@pytest.mark.parametrize(
    ("query", "excluded"),
    [
        ('japan -"new start"', 'japan NOT "new start"'),
        ("japan -(taiwan)", "japan -taiwan"),
        ("japan -(taiwan OR korea)", "japan NOT (taiwan OR korea)"),
        ('-"new start" japan', 'japan NOT "new start"'),
    ],
)
def test_a_minus_glued_to_a_phrase_or_a_group_excludes_it(imported, query, excluded):
    # Seed 3 holds "new start"; 3 and 4 mention Taiwan.
    found = ids(imported("search", query, "--json"))
    assert found == ids(imported("search", excluded, "--json"))
    assert 3 not in found
    rows = imported("export", query).stdout.splitlines()
    assert sorted(json.loads(line)["id"] for line in rows) == sorted(found)


def test_a_minus_standing_alone_is_no_exclusion(imported):
    assert ids(imported("search", "japan - taiwan", "--json")) == ids(
        imported("search", "japan taiwan", "--json")
    )


def test_several_words_unquoted_are_one_query(imported):
    assert ids(imported("search", "senkaku", "islands", "--json")) == ids(
        imported("search", "senkaku islands", "--json")
    )
    assert ids(imported("search", '"new start"', "OR", "detente", "--json")) == [3, 5]


def test_options_are_still_options_beside_such_a_query(imported, db_path):
    assert ids(imported("search", "-n", "1", "-taiwan china", "--json")) == [2]
    assert ids(imported("search", "-taiwan china", "--limit=2", "--json")) == [2, 5]
    assert ids(imported("search", "-taiwan china", "-s", "DW", "--json")) == [1]
    result = imported("search", "-taiwan china", "--bogus")
    assert result.exit_code == 2 and "No such option: --bogus" in result.stderr
    # A query word that is an option's name goes after `--`, where it is the query.
    result = imported("search", "-n", db=False)
    assert result.exit_code == 2 and "'-n' requires an argument" in result.stderr
    result = imported("search", "--db", str(db_path), "--", "-n", db=False)
    assert result.exit_code == 1 and "not only words to exclude" in result.stderr


def test_export_and_reclean_take_such_a_query_too(imported):
    rows = [json.loads(line) for line in imported("export", "-taiwan china").stdout.splitlines()]
    assert [row["id"] for row in rows] == [1, 2, 5]
    report = json.loads(imported("reclean", "-taiwan china", "--dry-run", "--json").stdout)
    assert report["checked"] == 3


def test_search_without_an_archive_says_how_to_make_one(run):
    result = run("search", "Senkaku")
    assert result.exit_code == 1
    assert "clipper import" in result.stderr


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_query_gives_a_match_expression_or_a_clear_error(query):
    try:
        match = to_match(query)
    except BadQuery as e:
        assert str(e)
    else:
        import sqlite3

        conn = sqlite3.connect(":memory:")
        conn.execute("create virtual table t using fts5(title, body, source)")
        conn.execute("select * from t where t match ?", [match]).fetchall()


@pytest.mark.parametrize("command", ["search", "export"])
@pytest.mark.parametrize("option", ["--tag", "-s", "--since", "-n"])
def test_an_option_without_its_value_at_the_end_says_so(
    imported, db_path, monkeypatch, command, option
):
    if command == "export" and option == "-n":
        option = "--until"  # export takes no limit
    monkeypatch.setenv("CLIPPER_DB", str(db_path))  # so that the option is the last word
    result = imported(command, "china", option, db=False)
    assert result.exit_code == 2
    assert "requires an argument" in result.stderr


def test_export_and_reclean_take_several_unquoted_words_as_one_query(imported):
    quoted = [
        r["id"]
        for r in map(json.loads, imported("export", "senkaku islands").stdout.split("\n")[:-1])
    ]
    words = imported("export", "senkaku", "islands", "--no-raw")
    assert words.exit_code == 0, words.output
    assert [json.loads(line)["id"] for line in words.stdout.splitlines()] == quoted
    minus = imported("export", "-taiwan", "china", "--no-raw")
    assert [json.loads(line)["id"] for line in minus.stdout.splitlines()] == [1, 2, 5]
    result = imported("reclean", "--dry-run", "senkaku", "islands")
    assert result.exit_code == 0, result.output
    assert f"Re-cleaned {len(quoted)} clippings" in result.stdout


@pytest.mark.parametrize(
    "command", [["search", ""], ["export", ""], ["export", "  "], ["reclean", "--dry-run", ""]]
)
def test_an_empty_query_has_no_words_in_every_command(imported, command):
    # `export "$QUERY"` with an unset variable must not export (or re-clean) everything.
    result = imported(*command)
    assert result.exit_code == 1
    assert result.stderr == "Error: the query has no words to search for\n"
    assert result.stdout == ""


def test_no_query_at_all_still_means_every_clipping(imported):
    assert len(imported("export", "--no-raw").stdout.splitlines()) == 5
    result = imported("reclean", "--dry-run")
    assert result.exit_code == 0 and "Re-cleaned 5 clippings" in result.stdout


def test_a_long_query_that_matches_nothing_is_quoted_short(imported):
    query = " ".join(["zeppelin"] * 60)  # 539 characters; 60 words, under the limit
    result = imported("search", query)
    assert result.exit_code == 1
    assert result.stderr.startswith("No clippings match zeppelin zeppelin")
    assert result.stderr.endswith("zeppelin….\n") and len(result.stderr) < 120
    result = imported("search", query, "--source", "DW")
    assert result.stderr.endswith("zeppelin… with these filters.\n")
    result = imported("export", query)
    assert result.exit_code == 1 and len(result.stderr) < 140
    assert result.stderr.endswith("zeppelin…: nothing exported\n")


def test_no_match_with_filters_says_the_filters_were_there(imported):
    assert imported("tag", "1", "diplomacy").exit_code == 0
    result = imported("search", "china", "--tag", "diplomacy", "--since", "2030")
    assert result.exit_code == 1
    assert "No clippings match china with these filters." in result.stderr
