"""Source names: `--source`, `source:`, `sources` and `stats` agree on which names are one
source (any case, with or without accents), and clippings without one can be listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper import Archive, Clipping

BODY = "Las lluvias de esta semana dejaron calles inundadas. El ayuntamiento pidió prudencia."


@pytest.fixture
def el_pais(run, tmp_path: Path):
    """Pages from El País (spelt two ways) and Reuters, imported as a user would."""
    pages = tmp_path / "pages.jsonl"
    lines = [
        {"source": "El País", "author": "María López", "title": "Lluvias", "body": BODY},
        {"source": "el pais", "author": "Juan Pérez", "title": "Calles", "body": "Calles. " + BODY},
        {"source": "Reuters", "title": "Rain", "body": "Rain fell on the city all week long."},
    ]
    pages.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = run("import", str(pages))
    assert result.exit_code == 0, result.output
    return run


def listed(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return sorted(row["title"] for row in json.loads(result.stdout))


@pytest.mark.parametrize("name", ["el pais", "EL PAÍS", "El  País"])
def test_source_filter_folds_accents_as_the_source_field_does(el_pais, name):
    assert listed(el_pais("list", "--source", name, "--json")) == ["Calles", "Lluvias"]
    assert listed(el_pais("search", "lluvias", "--source", name, "--json")) == [
        "Calles",
        "Lluvias",
    ]
    assert listed(el_pais("search", 'source:"el pais"', "--json")) == ["Calles", "Lluvias"]
    rows = el_pais("export", "--source", name, "--no-raw").stdout.splitlines()
    assert len(rows) == 2


def test_an_unknown_source_is_still_an_error(el_pais):
    result = el_pais("list", "--source", "el paso")
    assert result.exit_code == 1
    assert "no clippings from source el paso" in result.stderr


@pytest.fixture
def spellings(run, db_path: Path):
    """Clippings from sources spelt in different cases, and two without a source."""
    with Archive(db_path, create=True) as archive:
        for n, (source, date) in enumerate(
            [
                ("Cleveland", "2019-11-19"),
                ("Cleveland", "2019-11-20"),
                ("cleveland", "2018-01-02"),
                ("NJ", "2019-11-18"),
                ("nj", "2019-11-17"),
                ("Reuters", "2017-05-05"),
                (None, None),
                (None, "2016-01-01"),
            ]
        ):
            archive.add(
                Clipping(
                    body=f"Story {n} of the week.", title=f"Story {n}", source=source, date=date
                )
            )
    return run


def test_sources_lists_one_row_per_source_whatever_its_case(spellings):
    result = spellings("sources")
    assert result.exit_code == 0
    assert [line.split() for line in result.stdout.splitlines()] == [
        ["source", "clippings", "from", "to"],
        ["Cleveland", "3", "2018-01-02", "2019-11-20"],
        ["NJ", "2", "2019-11-17", "2019-11-18"],
        ["(unknown", "source)", "2", "2016-01-01", "2016-01-01"],
        ["Reuters", "1", "2017-05-05", "2017-05-05"],
    ]
    rows = json.loads(spellings("sources", "--json").stdout)
    assert [(r["source"], r["count"]) for r in rows] == [
        ("Cleveland", 3),
        ("NJ", 2),
        (None, 2),
        ("Reuters", 1),
    ]
    assert json.loads(spellings("stats", "--json").stdout)["sources"] == 3
    assert "sources    3" in spellings("stats").stdout


def test_each_row_of_sources_is_what_source_lists(spellings):
    for row in json.loads(spellings("sources", "--json").stdout):
        name = row["source"] or "(unknown source)"
        result = spellings("list", "--source", name, "--json")
        assert len(json.loads(result.stdout)) == row["count"], name


def test_clippings_without_a_source_are_listed_by_the_label_sources_shows(spellings):
    assert listed(spellings("list", "--source", "(unknown source)", "--json")) == [
        "Story 6",
        "Story 7",
    ]
    both = spellings("list", "--source", "(Unknown Source)", "--source", "reuters", "--json")
    assert listed(both) == ["Story 5", "Story 6", "Story 7"]
    rows = spellings("export", "--source", "(unknown source)", "--no-raw").stdout.splitlines()
    assert sorted(json.loads(row)["title"] for row in rows) == ["Story 6", "Story 7"]


def test_the_unknown_source_label_with_no_such_clippings_is_an_error(el_pais):
    result = el_pais("list", "--source", "(unknown source)")
    assert result.exit_code == 1
    assert "no clippings from source (unknown source)" in result.stderr


@pytest.fixture
def newsstand(run, db_path: Path):
    """Clippings from sources whose names share words."""
    with Archive(db_path, create=True) as archive:
        for n, source in enumerate(
            [
                "Kyodo News",
                "The New York Times",
                "New York Post",
                "Times of Japan",
                "DW",
                "DW Akademie",
                "朝日新聞デジタル",
            ]
        ):
            archive.add(Clipping(body=f"Story {n} of the week.", title=source, source=source))
    return run


@pytest.mark.parametrize(
    ("name", "sources"),
    [
        ("kyodo", ["Kyodo News"]),
        ("KYODO", ["Kyodo News"]),
        ("new york", ["New York Post", "The New York Times"]),
        ("times", ["The New York Times", "Times of Japan"]),
        ("york times", ["The New York Times"]),
        ("dw", ["DW"]),  # a source of that very name: not every name holding it
        ("akademie", ["DW Akademie"]),
        ("朝日新聞", ["朝日新聞デジタル"]),
    ],
)
def test_a_source_is_found_by_words_of_its_name(newsstand, name, sources):
    assert listed(newsstand("list", "--source", name, "--json")) == sources
    rows = newsstand("export", "--source", name, "--no-raw").stdout.splitlines()
    assert sorted(json.loads(row)["source"] for row in rows) == sources


@pytest.mark.parametrize("name", ["kyo", "york new", "news kyodo", "japan times"])
def test_words_must_be_whole_and_in_order(newsstand, name):
    result = newsstand("list", "--source", name)
    assert result.exit_code == 1
    assert f"no clippings from source {name}" in result.stderr
