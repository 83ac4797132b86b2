"""clipper search: filters, sorting, paging, ranking, snippets, accents, stems and CJK words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from results import titles

from clipper import Archive, Clipping

FILLER = "Officials met on Tuesday to discuss fisheries, tourism and shipping in the region. "

CLIPPINGS = [
    # (title, source, date, body)
    ("Trade talks resume", "Japan Times", "2017-11-12", "Trade talks resumed in Tōkyō. " + FILLER),
    ("Fisheries dispute", "Xinhua", "2017-03-02", "Both sides agreed to trade data. " + FILLER),
    ("Summit in Danang", "Reuters", "2016-05-20", "Leaders agree on a summit. " + FILLER),
    ("Ferry schedule", "Reuters", "2010-01-05", "The ferry to Busan runs daily. " + FILLER),
    ("An undated note", None, None, "Notes on trade and on talks, held apart. " + FILLER),
    (
        "中国と日本の首脳会談",
        "Asahi Shimbun",
        "2018-04-01",
        "中国と日本の首脳会談が北京で行われた。",
    ),
    (
        "Abe visits Beijing",
        "Kyodo News",
        "2018-10-26",
        "日本政府は会談の成果を強調した。 Abe spoke.",
    ),
]


@pytest.fixture
def clipped(run, db_path: Path):
    """An archive of a few clippings with known titles, sources and dates."""
    with Archive(db_path, create=True) as archive:
        for title, source, date, body in CLIPPINGS:
            archive.add(Clipping(body=body, title=title, source=source, date=date))
    return run


def test_source_filter_is_repeatable_and_ignores_case(clipped):
    found = titles(clipped("search", "region", "--source", "reuters", "-s", "XINHUA", "--json"))
    assert sorted(found) == ["Ferry schedule", "Fisheries dispute", "Summit in Danang"]


def test_an_unknown_source_is_named_in_the_error(clipped):
    result = clipped("search", "region", "--source", "Pravda")
    assert result.exit_code == 1
    assert "Pravda" in result.stderr and "clipper sources" in result.stderr


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--since", "2017"], {"Trade talks resume", "Fisheries dispute"}),
        (["--since", "2017-04"], {"Trade talks resume"}),
        (["--until", "2016"], {"Summit in Danang", "Ferry schedule"}),
        (["--until", "2017-03"], {"Fisheries dispute", "Summit in Danang", "Ferry schedule"}),
        (
            ["--since", "2016-05-20", "--until", "2017-03-02"],
            {"Fisheries dispute", "Summit in Danang"},
        ),
    ],
)
def test_date_filters_take_years_months_and_days(clipped, options, expected):
    assert set(titles(clipped("search", "region", *options, "--json"))) == expected


@pytest.mark.parametrize("bad", ["2017-13", "last year", "17", "2017-02-30", "2017/11"])
def test_a_bad_date_is_a_clear_error(clipped, bad):
    result = clipped("search", "region", "--since", bad)
    assert result.exit_code == 1
    assert "--since" in result.stderr and "Traceback" not in result.output


def test_since_after_until_is_refused(clipped):
    result = clipped("search", "region", "--since", "2018", "--until", "2017")
    assert result.exit_code == 1
    assert "after --until" in result.stderr


def test_imported_since_filters_on_the_clip_date(clipped):
    assert len(titles(clipped("search", "region", "--imported-since", "2000", "--json"))) == 5
    result = clipped("search", "region", "--imported-since", "2999")
    assert result.exit_code == 1
    assert "No clippings match region with these filters." in result.stderr


def test_sort_newest_and_oldest(clipped):
    newest = titles(clipped("search", "region", "--sort", "newest", "--json"))
    assert newest == [
        "Trade talks resume",
        "Fisheries dispute",
        "Summit in Danang",
        "Ferry schedule",
        "An undated note",
    ]
    oldest = titles(clipped("search", "region", "--sort", "oldest", "--json"))
    assert oldest == [*reversed(newest[:4]), "An undated note"]


def test_an_unknown_sort_is_a_usage_error(clipped):
    assert clipped("search", "region", "--sort", "best").exit_code == 2


def test_limit_and_offset_page_through_results(clipped):
    everything = titles(clipped("search", "region", "--sort", "newest", "--json"))
    page = titles(
        clipped("search", "region", "--sort", "newest", "-n", "2", "--offset", "2", "--json")
    )
    assert page == everything[2:4]
    result = clipped("search", "region", "--sort", "newest", "-n", "2", "--offset", "2")
    assert "2 of 5 clippings (3–4)" in result.stdout
    # The same with a filter, which counts its matches another way.
    filtered = ["search", "region", "-s", "reuters", "-s", "xinhua", "--since", "2010"]
    assert len(titles(clipped(*filtered, "--json"))) == 3
    result = clipped(*filtered, "-n", "1", "--offset", "1")
    assert "1 of 3 clippings (2–2)" in result.stdout


@pytest.mark.parametrize("command", [["search", "region"], ["list"]])
def test_an_offset_too_large_to_store_is_a_usage_error(clipped, command):
    result = clipped(*command, "--offset", "99999999999999999999")
    assert result.exit_code == 2
    assert "Invalid value for '--offset'" in result.stderr
    assert "Traceback" not in result.output
    # The largest accepted is past the end of any archive: no results, no error.
    result = clipped(*command, "--offset", "1000000000")
    assert result.stdout == "" and " match" in result.stderr


def test_json_results_cut_short_say_so_on_stderr(clipped):
    result = clipped("search", "region", "-n", "2", "--json")
    assert len(json.loads(result.stdout)) == 2  # still the bare list scripts read
    assert result.stderr == "2 of 5 clippings in the JSON; -n or --offset for more\n"
    result = clipped("search", "region", "-n", "2", "--offset", "2", "--json")
    assert result.stderr == "2 of 5 clippings (3–4) in the JSON; -n or --offset for more\n"
    # The last page, or all of them: nothing to add.
    assert clipped("search", "region", "-n", "2", "--offset", "3", "--json").stderr == ""
    assert clipped("search", "region", "--json").stderr == ""
    result = clipped("list", "-n", "3", "--json")
    assert len(json.loads(result.stdout)) == 3
    assert result.stderr == "3 of 7 clippings in the JSON; -n or --offset for more\n"
    assert clipped("list", "--json").stderr == ""


def test_paging_past_the_end_says_how_many_match(clipped):
    result = clipped("search", "region", "--offset", "50")
    assert result.exit_code == 1
    assert "No more results: 5 clippings match." in result.stderr


def test_a_phrase_in_the_title_ranks_first(clipped):
    # The undated note has both words in its body; only one title holds them as a phrase.
    assert titles(clipped("search", "trade talks", "--json"))[0] == "Trade talks resume"


def test_ties_go_to_the_newest(run, db_path):
    with Archive(db_path, create=True) as archive:
        for year in (2001, 2019, 2010):
            archive.add(
                Clipping(body=f"Same words here. Year {year}.", title="Same", date=f"{year}-01-01")
            )
    dates = [hit["date"] for hit in json.loads(run("search", "same words", "--json").stdout)]
    assert dates == ["2019-01-01", "2010-01-01", "2001-01-01"]
    # A page that ends inside the group of equal scores still takes the newest of them.
    for args, expected in (
        (["-n", "2"], ["2019", "2010"]),
        (["-n", "1", "--offset", "1"], ["2010"]),
    ):
        hits = json.loads(run("search", "same words", *args, "--json").stdout)
        assert [hit["date"][:4] for hit in hits] == expected


def test_prefix_searches_highlight_the_words_the_prefix_begins(run, db_path):
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body="Talks on the economy and economic ties went well.", title="T"))
    hit = json.loads(run("search", "econom*", "--json").stdout)[0]
    assert hit["highlights"] == ["economy", "economic"]
    assert hit["snippet"] == "Talks on the economy and economic ties went well."


def test_sources_outside_ascii_match_in_any_case(run, db_path):
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body="Die Gespräche gehen weiter.", source="Süddeutsche Zeitung"))
    hits = json.loads(
        run("search", "gespräche", "--source", "SÜDDEUTSCHE zeitung", "--json").stdout
    )
    assert [hit["source"] for hit in hits] == ["Süddeutsche Zeitung"]


def test_accents_fold_and_english_words_stem(clipped):
    assert titles(clipped("search", "tokyo", "--json")) == ["Trade talks resume"]
    assert set(titles(clipped("search", "agree", "--json"))) == {
        "Fisheries dispute",
        "Summit in Danang",
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("中国", ["中国と日本の首脳会談"]),
        ("日本", ["中国と日本の首脳会談", "Abe visits Beijing"]),
        ("日本政府", ["Abe visits Beijing"]),
        ("会談 abe", ["Abe visits Beijing"]),
        ("会談 -abe", ["中国と日本の首脳会談"]),
        ("title:日本", ["中国と日本の首脳会談"]),
        ("北京 OR ferry", ["Ferry schedule", "中国と日本の首脳会談"]),
    ],
)
def test_cjk_words_of_two_or_more_characters_are_found(clipped, query, expected):
    assert titles(clipped("search", query, "--json")) == expected


def test_cjk_results_have_highlighted_snippets(clipped):
    hit = json.loads(clipped("search", "北京", "--json").stdout)[0]
    assert hit["highlights"] == ["北京"]
    assert "北京で行われた" in hit["snippet"]


def test_the_cjk_index_follows_edits_and_deletes(clipped, db_path):
    with Archive(db_path) as archive:
        archive.conn.execute(
            "UPDATE clippings SET body = 'ソウルで会談' WHERE title = 'Ferry schedule'"
        )
        archive.conn.execute("DELETE FROM clippings WHERE title = 'Abe visits Beijing'")
        archive.conn.commit()
    assert titles(clipped("search", "ソウル", "--json")) == ["Ferry schedule"]
    assert titles(clipped("search", "日本", "--json")) == ["中国と日本の首脳会談"]


def test_results_list_id_date_source_title_snippet_and_a_count(clipped):
    result = clipped("search", "ferry")
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0].split() == ["#4", "2010-01-05", "Reuters"]
    assert lines[1].strip() == "Ferry schedule"
    assert "The ferry to Busan runs daily." in lines[2]
    assert lines[-1] == "1 of 1 clipping"
    assert "\x1b" not in result.stdout


def test_at_a_terminal_the_title_is_bold_and_the_snippet_not():
    from rich.console import Console

    from clipper.hits import MARK_END, MARK_START, SearchHit
    from clipper.render import search_results

    hit = SearchHit(
        id=4,
        title="Ferry schedule",
        source="Reuters",
        date="2010-01-05",
        url=None,
        author=None,
        snippet=f"The {MARK_START}ferry{MARK_END} to Busan runs daily.",
        score=1.0,
    )
    console = Console(width=80, force_terminal=True, color_system="standard", highlight=False)
    with console.capture() as captured:
        console.print(search_results([hit], 1))
    out = captured.get()
    bold = "\x1b[1m"
    assert bold + "Ferry schedule" in out
    assert bold + "The " not in out and "The " in out  # plain, its matched word highlighted


def test_long_titles_wrap_under_themselves_in_a_narrow_terminal(run, db_path, monkeypatch):
    title = "A very long headline about maritime boundaries " * 4
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body="Maritime boundaries were discussed.", title=title.strip()))
    from rich.console import Console

    from clipper import cli

    terminal = Console(width=40, force_terminal=True, color_system=None, highlight=False)
    monkeypatch.setattr(cli, "console", terminal)
    result = run("search", "maritime")
    lines = result.stdout.splitlines()
    assert all(len(line) <= 40 for line in lines)
    text_lines = [line for line in lines[1:] if line.strip() and "clipping" not in line]
    assert all(line.startswith("   ") for line in text_lines)
    assert "".join(line.strip() + " " for line in text_lines).startswith(title[:80])


def test_piped_results_keep_each_title_and_snippet_on_one_line(run, db_path):
    title = "A very long headline about maritime boundaries " * 4
    body = "Maritime boundaries were discussed at length by the two delegations. " * 5
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body=body, title=title.strip(), source="NHK", date="2019-11-18"))
    lines = run("search", "maritime").stdout.splitlines()
    assert lines[0] == "#1 2019-11-18  NHK"
    assert lines[1] == "   " + title.strip()
    assert lines[2].startswith("   ") and "delegations" in lines[2]
    assert lines[3:] == ["1 of 1 clipping"]


def test_an_archive_from_before_the_cjk_index_gains_it_on_opening(run, db_path):
    import sqlite_utils

    from clipper import migrations

    db = sqlite_utils.Database(db_path)
    migrations.m001_clippings(db)
    db.execute("CREATE TABLE _clipper_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    db.execute("INSERT INTO _clipper_migrations (name) VALUES ('m001_clippings')")
    db.execute("PRAGMA user_version = 1")
    db["clippings"].insert(
        {
            "title": "首脳会談",
            "body": "中国と日本の首脳会談。",
            "content_hash": "x",
            "imported_at": "2020",
        }
    )
    db.conn.commit()
    db.close()
    assert titles(run("search", "中国", "--json")) == ["首脳会談"]
    assert titles(run("search", "会談", "--imported-since", "2019", "--json")) == ["首脳会談"]


def test_the_library_still_takes_a_match_expression(clipped, db_path):
    from clipper.query import to_match

    with Archive(db_path) as archive:
        hits, total = archive.search(to_match("ferry"), limit=5)
    assert [h.title for h in hits] == ["Ferry schedule"] and total == 1


@pytest.mark.parametrize("query", ["islands", "island*"])
def test_snippets_cut_between_words_not_inside_them(run, db_path, query):
    body = (
        "The foreign ministers of both countries acknowledged their differences over "
        "the uninhabited islands in the East China Sea, claimed by Beijing and Tokyo alike, "
        "and promised to keep talking about fisheries."
    )
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body=body, title="T"))
    snippet = json.loads(run("search", query, "--json").stdout)[0]["snippet"]
    inner = snippet.removeprefix("…").removesuffix("…")
    assert "islands" in inner and snippet.endswith("…")
    # The snippet is a run of the body's whole words: no letter just outside it.
    start = body.index(inner)
    end = start + len(inner)
    assert start == 0 or not body[start - 1].isalnum()
    assert not body[end].isalnum()
