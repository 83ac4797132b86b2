"""clipper list, sources and stats: browsing the archive without a query."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper import Archive, Clipping

CLIPPINGS = [
    ("Trade talks resume", "Japan Times", "2017-11-12"),
    ("Fisheries dispute", "Xinhua", "2017-03-02"),
    ("Summit in Danang", "Reuters", "2016-05-20"),
    ("Ferry schedule", "Reuters", "2010-01-05"),
    ("An undated note", None, None),
]


@pytest.fixture
def clipped(run, db_path: Path):
    with Archive(db_path, create=True) as archive:
        for title, source, date in CLIPPINGS:
            archive.add(
                Clipping(
                    body=f"{title}: words of the article.", title=title, source=source, date=date
                )
            )
    return run


def test_list_shows_the_newest_first_with_a_count(clipped):
    result = clipped("list")
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0].split() == ["#1", "2017-11-12", "Japan", "Times"]
    assert lines[1].strip() == "Trade talks resume"
    assert lines[-1] == "5 of 5 clippings"


def test_list_json_shape(clipped):
    rows = json.loads(clipped("list", "--json").stdout)
    assert [r["title"] for r in rows] == [c[0] for c in CLIPPINGS]
    assert set(rows[0]) == {
        "id",
        "title",
        "source",
        "date",
        "url",
        "author",
        "word_count",
        "imported_at",
        "tags",
    }
    assert all(r["tags"] == [] for r in rows)


def test_list_json_gives_each_clippings_tags(clipped):
    first = json.loads(clipped("list", "--json").stdout)[0]["id"]
    assert clipped("tag", str(first), "Diplomacy", "kyodo").exit_code == 0
    rows = json.loads(clipped("list", "--json", "--tag", "diplomacy").stdout)
    assert [(r["id"], r["tags"]) for r in rows] == [(first, ["Diplomacy", "kyodo"])]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--source", "reuters"], ["Summit in Danang", "Ferry schedule"]),
        (["--since", "2017"], ["Trade talks resume", "Fisheries dispute"]),
        (["--until", "2016-12"], ["Summit in Danang", "Ferry schedule"]),
        (["--oldest", "--limit", "2"], ["Ferry schedule", "Summit in Danang"]),
        (["--limit", "2", "--offset", "1"], ["Fisheries dispute", "Summit in Danang"]),
        (["--imported-since", "2000-01-01"], [c[0] for c in CLIPPINGS]),
    ],
)
def test_list_takes_the_search_filters(clipped, options, expected):
    rows = json.loads(clipped("list", *options, "--json").stdout)
    assert [r["title"] for r in rows] == expected


def test_list_takes_tags_as_search_does(clipped):
    assert clipped("tag", "2", "fisheries", "china").exit_code == 0
    assert clipped("tag", "3", "Fisheries").exit_code == 0
    rows = json.loads(clipped("list", "--tag", "FISHERIES", "--json").stdout)
    assert [r["title"] for r in rows] == ["Fisheries dispute", "Summit in Danang"]
    rows = json.loads(clipped("list", "--tag", "fisheries", "--tag", "china", "--json").stdout)
    assert [r["title"] for r in rows] == ["Fisheries dispute"]
    # A tag no clipping has is named, as an unknown source is: a typo is not "no results".
    result = clipped("list", "--tag", "fisheries", "--tag", "fishery")
    assert result.exit_code == 1 and "no clippings tagged fishery;" in result.stderr
    result = clipped("list", "--tag", "china", "--source", "reuters")
    assert result.exit_code == 1 and "No clippings match these filters." in result.stderr


def test_stats_name_the_tags_in_use_most_used_first(clipped):
    assert "tags       —" in clipped("stats").stdout
    assert clipped("tag", "2", "fisheries", "china").exit_code == 0
    assert clipped("tag", "3", "Fisheries").exit_code == 0
    assert json.loads(clipped("stats", "--json").stdout)["tags"] == {"Fisheries": 2, "china": 1}
    assert "tags       Fisheries (2), china (1)" in clipped("stats").stdout


def test_list_has_every_filter_option_of_search():
    import typer

    from clipper.cli import app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]

    def options(name: str) -> set[str]:
        return {o for p in commands[name].params if p.param_type_name == "option" for o in p.opts}

    filters = {"--source", "-s", "--since", "--until", "--imported-since", "--tag"}
    assert filters <= options("search")
    assert filters <= options("list")


@pytest.mark.parametrize(("words", "shown"), [([""], "''"), (["china", "japan"], "'china japan'")])
def test_list_given_a_query_says_it_takes_filters_only(clipped, words, shown):
    result = clipped("list", *words)
    assert result.exit_code == 2
    assert f"list takes no query (got {shown}); it selects by --source" in result.stderr
    assert "clipper search QUERY" in result.stderr


def test_list_rejects_a_bad_date(clipped):
    result = clipped("list", "--until", "soon")
    assert result.exit_code == 1
    assert "--until 'soon' is not a date" in result.stderr


def test_sources_count_each_source_and_its_dates(clipped):
    result = clipped("sources")
    assert result.exit_code == 0
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines[0] == ["source", "clippings", "from", "to"]
    assert lines[1] == ["Reuters", "2", "2010-01-05", "2016-05-20"]
    assert ["(unknown", "source)", "1", "—", "—"] in lines


@pytest.mark.parametrize("width", [30, 40, 45])
def test_sources_in_a_narrow_terminal_keep_their_words_whole(clipped, db_path, monkeypatch, width):
    with Archive(db_path) as archive:
        archive.add(Clipping(body="Words of a CBS story.", source="CBS News", date="2019-11-20"))
    from rich.console import Console

    from clipper import cli

    narrow = Console(width=width, force_terminal=True, color_system=None, highlight=False)
    monkeypatch.setattr(cli, "console", narrow)
    result = clipped("sources")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert all(len(line) <= width for line in lines)
    words = {word for line in lines for word in line.split()}
    assert {"CBS", "News", "Japan", "Times", "Reuters", "Xinhua", "(unknown", "source)"} <= words
    assert "2" in words and ("2010-01-05" in words and "2016-05-20" in words)


def test_sources_json_shape(clipped):
    rows = json.loads(clipped("sources", "--json").stdout)
    assert rows[0] == {
        "source": "Reuters",
        "count": 2,
        "first_date": "2010-01-05",
        "last_date": "2016-05-20",
    }
    assert {"source": None, "count": 1, "first_date": None, "last_date": None} in rows


def test_stats_summarise_the_archive(clipped, db_path):
    result = clipped("stats")
    assert result.exit_code == 0
    assert "clippings  5" in result.stdout
    assert "sources    3" in result.stdout
    assert "2010-01-05 to 2017-11-12 (1 undated)" in result.stdout
    assert " kB" in result.stdout or " MB" in result.stdout


def test_stats_json_shape(clipped, db_path):
    stats = json.loads(clipped("stats", "--json").stdout)
    assert stats["clippings"] == 5 and stats["sources"] == 3 and stats["undated"] == 1
    assert stats["first_date"] == "2010-01-05" and stats["last_date"] == "2017-11-12"
    assert stats["size_bytes"] >= db_path.stat().st_size
    assert stats["path"] == str(db_path)


def test_an_empty_archive_says_so_kindly(run, db_path):
    Archive(db_path, create=True).close()
    for command in ("list", "sources"):
        result = run(command)
        assert result.exit_code == 0
        assert "The archive is empty" in result.stderr
    assert json.loads(run("list", "--json").stdout) == []
    assert json.loads(run("stats", "--json").stdout)["clippings"] == 0
    assert run("stats").exit_code == 0


def test_browsing_without_an_archive_says_how_to_make_one(run):
    for command in ("list", "sources", "stats"):
        result = run(command)
        assert result.exit_code == 1
        assert "clipper import" in result.stderr


def test_filters_that_match_nothing_exit_1_in_list_and_reclean_as_in_search(imported):
    result = imported("list", "--since", "2099")
    assert result.exit_code == 1 and "No clippings match these filters." in result.stderr
    assert imported("list", "--since", "2099", "--json").stdout.strip() == "[]"
    # Paging past the end is no error: clippings match, this page is empty.
    assert imported("list", "--offset", "50").exit_code == 0
    result = imported("reclean", "zeppelin", "--dry-run")
    assert result.exit_code == 1
    assert "no clippings match zeppelin: nothing re-cleaned" in result.stderr
    assert imported("reclean", "--since", "2099", "--json").exit_code == 1
    assert imported("search", "zeppelin").exit_code == 1
