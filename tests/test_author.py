"""A journalist's name finds what they wrote: the byline in the full-text index, `author:` in a
query, `--author NAME` on search, list, export and reclean, and older archives upgraded."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from old_archives import schema_before
from results import ids, titles

from clipper import Archive, Clipping
from clipper.entry import read_search_args

# (title, source, author, body)
CLIPPINGS = [
    ("Ferry fares rise", "El País", "María López",
     "Fares on the island ferry rise by a tenth from May, the operator said."),
    ("Harbour strike ends", "Süddeutsche Zeitung", "Hans Müller",
     "Dock workers ended their strike on Tuesday after a pay deal."),
    ("Port budget approved", "El Mundo", "José García, Ana Ruiz",
     "The council approved the port budget; councillor Lopez voted against it."),
    ("Lopez named port chief", "Reuters", "Staff",
     "The new port chief takes office in June."),
    ("首脳会談の行方", "朝日新聞", "山田太郎",
     "中国と日本の首脳会談が来月開かれる。"),
]  # fmt: skip


@pytest.fixture
def bylines(run, db_path: Path):
    """An archive of clippings with known bylines, accented and not, one in Japanese."""
    with Archive(db_path, create=True) as archive:
        for title, source, author, body in CLIPPINGS:
            archive.add(Clipping(body=body, title=title, source=source, author=author))
    return run


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("maria", ["Ferry fares rise"]),
        ('"Maria Lopez"', ["Ferry fares rise"]),
        ("MÜLLER", ["Harbour strike ends"]),
        ("muller", ["Harbour strike ends"]),
        ("garcía", ["Port budget approved"]),
        ("ruiz", ["Port budget approved"]),
        ("hans dock", ["Harbour strike ends"]),  # "what did Hans write on the docks"
        ("山田", ["首脳会談の行方"]),
    ],
)
def test_a_plain_query_finds_a_clipping_by_its_byline(bylines, query, found):
    assert titles(bylines("search", query, "--json")) == found


def test_a_byline_counts_below_a_title_and_above_a_passing_mention(bylines):
    # Lopez in a headline, in a byline, once in the body: in that order.
    assert titles(bylines("search", "lopez", "--json")) == [
        "Lopez named port chief",
        "Ferry fares rise",
        "Port budget approved",
    ]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("author:lopez", ["Ferry fares rise"]),
        ('author:"maría lópez"', ["Ferry fares rise"]),
        ("AUTHOR:Garcia", ["Port budget approved"]),
        ("port -author:garcia", ["Lopez named port chief"]),
        ("author:lopez OR author:müller", ["Harbour strike ends", "Ferry fares rise"]),
        ("author:山田", ["首脳会談の行方"]),
        ("author:山田太郎", ["首脳会談の行方"]),
    ],
)
def test_author_colon_looks_in_the_byline_only(bylines, query, found):
    assert sorted(titles(bylines("search", query, "--json"))) == sorted(found)


def test_author_colon_does_not_find_the_name_elsewhere(bylines):
    result = bylines("search", "author:chief")
    assert result.exit_code == 1
    assert "No clippings match author:chief." in result.stderr


@pytest.mark.parametrize(
    ("names", "found"),
    [
        (["lopez"], ["Ferry fares rise"]),
        (["MARIA LÓPEZ"], ["Ferry fares rise"]),
        (["Jose Garcia"], ["Port budget approved"]),
        (["müller", "lopez"], ["Ferry fares rise", "Harbour strike ends"]),
        (["山田"], ["首脳会談の行方"]),
    ],
)
def test_the_author_option_filters_in_any_case_and_accents(bylines, names, found):
    options = [opt for name in names for opt in ("--author", name)]
    assert sorted(titles(bylines("list", *options, "--json"))) == sorted(found)
    every = "ferry OR strike OR port OR 会談"  # a query finding every clipping
    assert sorted(titles(bylines("search", every, *options, "--json"))) == sorted(found)


def test_the_author_option_combines_with_the_query_and_other_filters(bylines):
    assert titles(bylines("search", "port", "--author", "garcia", "--json")) == [
        "Port budget approved"
    ]
    result = bylines("search", "port", "--author", "lopez")  # Lopez wrote on ferries
    assert result.exit_code == 1 and "No clippings match port with these filters." in result.stderr
    found = bylines("list", "--author", "lopez", "--source", "el país", "--json")
    assert titles(found) == ["Ferry fares rise"]


def test_an_author_no_byline_holds_is_named_in_the_error(bylines):
    for command in (("search", "port"), ("list",), ("export",), ("reclean", "--dry-run")):
        result = bylines(*command, "--author", "Smith")
        assert result.exit_code == 1, (command, result.output)
        assert result.stderr.strip().startswith("Error: no clippings by Smith"), result.stderr


def test_an_author_without_a_word_is_a_usage_error(bylines):
    result = bylines("search", "port", "--author", "--- ")
    assert result.exit_code == 1
    assert "--author '---' has no letters or digits" in result.stderr


def test_export_and_reclean_take_the_author_option(bylines, tmp_path):
    result = bylines("export", "--author", "müller", "-f", "csv", "-o", str(tmp_path / "m.csv"))
    assert result.exit_code == 0, result.output
    assert "Exported 1 clipping" in result.stderr
    assert "Hans Müller" in (tmp_path / "m.csv").read_text(encoding="utf-8")
    lines = bylines("export", "port", "--author", "garcia").stdout.splitlines()
    assert [json.loads(line)["author"] for line in lines] == ["José García, Ana Ruiz"]
    report = json.loads(bylines("reclean", "--dry-run", "--author", "lopez", "--json").stdout)
    assert report["checked"] == 1


def test_the_quick_search_reader_takes_the_author_option():
    args = read_search_args(["ferry", "--author", "López", "--author=Müller", "-n", "3"])
    assert args is not None
    assert (args.query, args.author, args.limit) == ("ferry", ("López", "Müller"), 3)


def test_an_edited_byline_is_found_by_its_new_name_only(bylines):
    assert bylines("edit", "4", "--author", "Kenji Sato").exit_code == 0
    assert titles(bylines("search", "author:sato", "--json")) == ["Lopez named port chief"]
    assert bylines("search", "author:staff").exit_code == 1
    assert titles(bylines("list", "--author", "kenji sato", "--json")) == ["Lopez named port chief"]
    assert bylines("edit", "5", "--author", "").exit_code == 0  # cleared
    assert bylines("search", "author:山田").exit_code == 1
    assert titles(bylines("search", "会談", "--json")) == ["首脳会談の行方"]
    result = bylines("check")
    assert result.exit_code == 0, result.output
    assert "search index clippings_fts: ok" in result.stdout
    assert "search index clippings_cjk: ok" in result.stdout


def test_a_reclean_that_restores_a_byline_keeps_the_index_in_step(imported, db_path):
    conn = sqlite3.connect(db_path)
    with conn:  # as an older cleaner left it: another byline on clipping #4
        conn.execute(
            "UPDATE clippings SET author = 'Wrong Name', cleaner_version = '1' WHERE id = 4"
        )
    conn.close()
    assert ids(imported("search", "author:wrong", "--json")) == [4]
    result = imported("reclean")
    assert result.exit_code == 0, result.output
    assert ids(imported("search", "author:staff", "--json")) == [4]
    assert imported("search", "wrong name").exit_code == 1
    assert imported("check").exit_code == 0


def test_sqlite_utils_and_datasette_search_the_byline(bylines, db_path):
    db = sqlite_utils.Database(db_path)
    assert db["clippings"].detect_fts() == "clippings_fts"  # type: ignore[union-attr]
    found = [r["title"] for r in db["clippings"].search("müller")]  # type: ignore[union-attr]
    assert found == ["Harbour strike ends"]
    # A clipping added by another program is indexed by the triggers, byline included.
    db["clippings"].insert(  # type: ignore[union-attr]
        {"title": "Pier", "body": "The pier reopens.", "author": "Åsa Öberg",
         "content_hash": "x", "imported_at": "2024-01-01"}
    )  # fmt: skip
    db["clippings"].insert(  # type: ignore[union-attr]
        {"title": "Kaiko", "body": "Port news.", "author": "佐藤花子",
         "content_hash": "y", "imported_at": "2024-01-01"}
    )  # fmt: skip
    db.conn.commit()
    db.close()
    assert titles(bylines("search", "author:oberg", "--json")) == ["Pier"]
    assert titles(bylines("search", "author:佐藤", "--json")) == ["Kaiko"]


# -- an archive made before bylines were indexed ----------------------------------------------


def build_archive_before_bylines(path: Path) -> None:
    """An archive as the clipper before m012 left it: every step before it, the clippings added
    through its triggers (a Japanese byline among them)."""
    db = schema_before(path, "m012_author_search")
    add_rows(db)
    db.close()


def add_rows(db: sqlite_utils.Database) -> None:
    for n, (title, source, author, body) in enumerate(CLIPPINGS, 1):
        db["clippings"].insert(  # type: ignore[union-attr]
            {"id": n, "title": title, "source": source, "author": author, "body": body,
             "content_hash": f"hash{n}", "imported_at": "2020-01-01T00:00:00+00:00"}
        )  # fmt: skip
    db.conn.commit()


def schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(
            conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE name NOT IN ('_clipper_migrations', 'sqlite_sequence')"
            ).fetchall()
        )
    finally:
        conn.close()


def table(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_an_older_archive_is_upgraded_to_search_bylines_as_a_new_one_does(run, db_path, tmp_path):
    build_archive_before_bylines(db_path)
    # Before: the word index knew titles and bodies only.
    match = "SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH 'lopez' ORDER BY rowid"
    assert table(db_path, match) == [(3,), (4,)]

    result = run("search", "author:lopez", "--json")
    assert "Upgrading archive" in result.stderr and "(1 step" in result.stderr
    assert titles(result) == ["Ferry fares rise"]
    assert titles(run("search", "muller", "--json")) == ["Harbour strike ends"]
    assert titles(run("search", "author:山田", "--json")) == ["首脳会談の行方"]
    assert titles(run("list", "--author", "García", "--json")) == ["Port budget approved"]
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "schema: version" in result.stdout and "Upgrading" not in result.stderr

    # The same clippings in an archive made by this clipper: the same schema and indexes.
    new = tmp_path / "new.db"
    with Archive(new, create=True):
        pass
    db = sqlite_utils.Database(new)
    add_rows(db)
    db.close()
    assert schema(db_path) == schema(new)
    for sql in (
        "SELECT rowid, * FROM clippings_cjk ORDER BY rowid",
        "SELECT * FROM clippings_fts_docsize ORDER BY id",
        "SELECT term, doc, cnt FROM clippings_cjk_terms ORDER BY term",
    ):
        assert table(db_path, sql) == table(new, sql), sql
    fts_terms = "SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH ? ORDER BY rowid"
    for word in ("lopez", "author:garcia", "muller", "ferry"):
        conn_old, conn_new = sqlite3.connect(db_path), sqlite3.connect(new)
        assert (
            conn_old.execute(fts_terms, [word]).fetchall()
            == conn_new.execute(fts_terms, [word]).fetchall()
        )
        conn_old.close()
        conn_new.close()
    upgraded = sqlite_utils.Database(db_path)
    assert [r["id"] for r in upgraded["clippings"].search("hans")] == [2]  # type: ignore[union-attr]
    upgraded.close()


def test_search_json_gives_each_hits_author(bylines):
    hits = json.loads(bylines("search", "lopez", "--json").stdout)
    authors = {hit["title"]: hit["author"] for hit in hits}
    assert authors == {
        "Ferry fares rise": "María López",
        "Lopez named port chief": "Staff",
        "Port budget approved": "José García, Ana Ruiz",
    }
    cjk = json.loads(bylines("search", "山田", "--json").stdout)  # the trigram index's path
    assert [hit["author"] for hit in cjk] == ["山田太郎"]


@pytest.mark.parametrize("option", ["--author", "--source", "-s"])
@pytest.mark.parametrize("command", ["search", "list", "export"])
def test_an_empty_name_is_refused_not_taken_for_any(bylines, option, command):
    args = [command, "port"] if command != "list" else [command]
    result = bylines(*args, option, "")
    assert result.exit_code != 0
    assert "needs a name, not an empty one" in result.stderr
