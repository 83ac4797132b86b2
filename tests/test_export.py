"""clipper export (JSON Lines, CSV, Markdown, filters) and import of clipper's own JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import stat
import tracemalloc
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.archive import Archive
from clipper.export import markdown_name, to_markdown
from clipper.models import Clipping


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_jsonl_is_the_default_and_carries_every_field(imported):
    result = imported("export")
    assert result.exit_code == 0
    rows = lines(result.stdout)
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5]
    assert {"title", "source", "date", "url", "body", "raw", "tags", "cleaner_version"} <= set(
        rows[0]
    )
    assert rows[0]["raw"]
    assert "Exported 5 clippings." in result.stderr


def test_no_raw_leaves_the_original_pages_out(imported):
    rows = lines(imported("export", "--no-raw").stdout)
    assert all("raw" not in r for r in rows)


def test_export_takes_the_same_filters_as_search(imported):
    everything = lines(imported("export").stdout)
    dated = [r for r in everything if r["date"] and "2017-01-01" <= r["date"] <= "2017-12-31"]
    assert [
        r["id"] for r in lines(imported("export", "--since", "2017", "--until", "2017").stdout)
    ] == [r["id"] for r in dated]
    assert [r["id"] for r in lines(imported("export", "Senkaku").stdout)] == [
        h["id"]
        for h in sorted(
            json.loads(imported("search", "Senkaku", "--json").stdout), key=lambda h: h["id"]
        )
    ]
    imported("edit", "2", "--source", "China Topix")
    assert [r["id"] for r in lines(imported("export", "--source", "china topix").stdout)] == [2]
    imported("tag", "4", "detente")
    assert [r["id"] for r in lines(imported("export", "--tag", "Detente").stdout)] == [4]


def test_an_unknown_source_is_an_error_and_writes_no_file(imported, tmp_path):
    out = tmp_path / "out.jsonl"
    result = imported("export", "--source", "Pravda", "-o", str(out))
    assert result.exit_code == 1
    assert "Pravda" in result.stderr and "clipper sources" in result.stderr
    assert not out.exists()


def test_sources_outside_ascii_are_matched_in_any_case(imported):
    imported("edit", "2", "--source", "Süddeutsche Zeitung")
    result = imported("export", "--source", "SÜDDEUTSCHE ZEITUNG", "--no-raw")
    assert [r["id"] for r in lines(result.stdout)] == [2]


def test_a_bad_date_filter_is_a_clear_error(imported):
    result = imported("export", "--since", "last week")
    assert result.exit_code == 1
    assert "'last week' is not a date" in result.stderr


def test_csv_has_a_header_and_a_row_per_clipping(imported, tmp_path):
    imported("tag", "1", "dw", "thaw")
    out = tmp_path / "clippings.csv"
    result = imported("export", "--format", "csv", "--output", str(out))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 5
    assert rows[0]["id"] == "1"
    assert rows[0]["tags"] == "dw; thaw"
    assert "raw" not in rows[0]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Tōkyō café reopens", "000012-tokyo-cafe-reopens.md"),
        ("Мастера вкуса: 23 фудблогера", "000012-мастера-вкуса-23-фудблогера.md"),
        ("엘제이-류화영 진흙탕 싸움", "000012-엘제이-류화영-진흙탕-싸움.md"),
        ("Musk’s and Bezos's rockets", "000012-musks-and-bezoss-rockets.md"),
        ("!!!", "000012-clipping.md"),
    ],
)
def test_markdown_file_names_keep_the_titles_words_in_any_script(title, name):
    assert markdown_name(Clipping(body="Body.", title=title, id=12)) == name


def test_a_csv_export_imported_by_mistake_is_skipped_saying_what_to_import(imported, tmp_path):
    out = tmp_path / "clippings.csv"
    imported("export", "--format", "csv", "--output", str(out))
    result = imported("import", str(out))
    assert "not a page: a CSV export of clipper's" in result.stderr
    assert "clipper export -o backup.jsonl" in result.stderr
    assert "Added 0, already present 0, skipped 1, failed 0." in result.stdout


def test_markdown_writes_one_file_per_clipping_with_front_matter(imported, tmp_path):
    imported("edit", "3", "--title", 'Abe, Xi agree to a "new start"', "--source", "Kyodo News")
    folder = tmp_path / "md"
    result = imported("export", "--format", "markdown", "-o", str(folder))
    assert result.exit_code == 0
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 5
    assert files[2] == "000003-abe-xi-agree-to-a-new-start.md"
    text = (folder / files[2]).read_text(encoding="utf-8")
    head = text.split("---\n")[1]
    assert 'title: "Abe, Xi agree to a \\"new start\\""' in head
    assert 'source: "Kyodo News"' in head
    assert "date: " in head and "url: " in head
    assert "Xi said he wants to advance" in text


def test_a_markdown_export_again_after_a_title_correction_leaves_one_file_a_clipping(
    imported, tmp_path
):
    folder = tmp_path / "md"
    assert imported("export", "-f", "markdown", "-o", str(folder)).exit_code == 0
    notes = folder / "000003-my-own-notes.md"  # a file of the user's, named like an export
    notes.write_text("# My notes on clipping 3\n", encoding="utf-8")
    imported("edit", "3", "--title", "Abe and Xi agree to a new start")
    assert imported("export", "-f", "markdown", "-o", str(folder)).exit_code == 0
    threes = sorted(p.name for p in folder.glob("000003-*"))
    assert threes == ["000003-abe-and-xi-agree-to-a-new-start.md", "000003-my-own-notes.md"]
    assert len(list(folder.iterdir())) == 6


def test_markdown_needs_a_folder(imported):
    result = imported("export", "--format", "markdown")
    assert result.exit_code == 1
    assert "give a folder with --output" in result.stderr


def test_export_then_import_round_trips_without_loss(imported, run, tmp_path):
    imported("tag", "3", "kyodo")
    imported("edit", "3", "--title", "Abe and Xi make a new start", "--author", "Kyodo staff")
    first = tmp_path / "archive.jsonl"
    assert imported("export", "-o", str(first)).exit_code == 0

    other = tmp_path / "restored.db"
    result = run("import", str(first), "--db", str(other), db=False)
    assert result.exit_code == 0, result.output
    assert "Added 5, already present 0, skipped 0, failed 0." in result.stdout

    second = tmp_path / "again.jsonl"
    assert run("export", "-o", str(second), "--db", str(other), db=False).exit_code == 0
    assert lines(second.read_text(encoding="utf-8")) == lines(first.read_text(encoding="utf-8"))

    again = run("import", str(first), "--db", str(other), db=False)
    assert "Added 0, already present 5" in again.stdout


def test_an_export_merged_into_an_archive_holding_its_articles_brings_its_tags(
    imported, run, seeds, tmp_path
):
    imported("tag", "3", "kyodo", "East China Sea")
    backup = tmp_path / "backup.jsonl"
    assert imported("export", "-o", str(backup)).exit_code == 0

    other = tmp_path / "other.db"
    run("import", str(seeds), "--db", str(other), db=False)
    run("tag", "3", "Senkaku", "KYODO", "--db", str(other), db=False)
    result = run("import", str(backup), "--db", str(other), db=False)
    assert "Added 0, already present 5" in result.stdout
    assert "already present as #3:" in result.stdout
    assert "(tags added: East China Sea)" in result.stdout
    shown = run("show", "3", "--json", "--db", str(other), db=False)
    assert json.loads(shown.stdout)["tags"] == ["Senkaku", "KYODO", "East China Sea"]

    # Nothing new the second time; --json names what was added.
    again = run("import", str(backup), "--json", "--db", str(other), db=False)
    assert all("tags_added" not in e for e in json.loads(again.stdout)["present"])
    run("tag", "3", "east china sea", "--remove", "--db", str(other), db=False)
    merged = json.loads(run("import", str(backup), "--json", "--db", str(other), db=False).stdout)
    added = [e.get("tags_added") for e in merged["present"]]
    assert added == [None, None, ["East China Sea"], None, None]


def test_a_broken_line_in_an_export_fails_alone(imported, run, tmp_path):
    export = imported("export").stdout.splitlines()
    page = tmp_path / "damaged.jsonl"
    page.write_text("\n".join([export[0], "{not json", export[1]]) + "\n", encoding="utf-8")
    result = run("import", str(page), "--db", str(tmp_path / "new.db"), db=False)
    assert result.exit_code == 1
    assert "Added 2, already present 0, skipped 0, failed 1." in result.stdout
    assert "damaged.jsonl:2" in result.stderr


def test_export_streams_in_flat_memory(db_path, run, tmp_path):
    def peak_for(n: int) -> int:
        with Archive(db_path, create=True) as archive:
            for i in range(archive.count(), n):
                archive.add(Clipping(body=f"Clipping number {i} " + "word " * 1000, title=f"t{i}"))
        tracemalloc.start()
        result = run("export", "--no-raw", "-o", str(tmp_path / f"{n}.jsonl"))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert result.exit_code == 0
        return peak

    small = peak_for(20)
    large = peak_for(220)
    # 200 more clippings of ~5 KB each: held in a list they would add over 1 MB.
    assert large < small + 300_000


@settings(max_examples=150, deadline=None)
@given(title=st.text(max_size=80), tags=st.lists(st.text(min_size=1, max_size=10), max_size=3))
def test_markdown_front_matter_and_file_name_survive_any_title(title, tags):
    yaml = pytest.importorskip("yaml")
    clipping = Clipping(body="Body.", title=title, id=7, tags=tuple(tags), source="a: b")
    name = markdown_name(clipping)
    slug = name.removeprefix("000007-").removesuffix(".md")
    # One file name anywhere: letters, digits and dashes, lower case, composed, short.
    assert re.fullmatch(r"[^\W_]+(?:-[^\W_]+)*", slug) and 1 <= len(slug) <= 60
    assert slug == slug.lower() == unicodedata.normalize("NFC", slug)
    assert len(slug.encode("utf-8")) <= 150
    front = to_markdown(clipping).split("\n---\n", 1)[0].removeprefix("---\n")
    meta = yaml.safe_load(front)
    assert meta["id"] == 7
    assert meta["source"] == "a: b"
    assert isinstance(meta["title"], str) and len(meta["tags"]) == len(tags)


def test_csv_cells_that_a_spreadsheet_would_run_are_defused(run, db_path, tmp_path):
    with Archive(db_path, create=True) as archive:
        archive.add(Clipping(body="An ordinary article body.", title='=HYPERLINK("http://x")'))
    out = tmp_path / "x.csv"
    run("export", "-f", "csv", "-o", str(out))
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert row["title"] == '\'=HYPERLINK("http://x")'


def test_an_export_line_with_a_bad_date_is_refused(run, tmp_path):
    line = {"body": "Text.", "content_hash": "x", "imported_at": "2020-01-01", "date": "May 5"}
    page = tmp_path / "edited.jsonl"
    page.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = run("import", str(page))
    assert result.exit_code == 1
    assert "date 'May 5' is not YYYY-MM-DD" in result.stderr


def test_an_export_piped_to_import_is_recognised(imported, run, tmp_path):
    text = imported("export").stdout
    result = run("import", "-", "--db", str(tmp_path / "piped.db"), input=text, db=False)
    assert result.exit_code == 0
    assert f"Added {len(lines(text))}, already present 0" in result.stdout


@pytest.mark.parametrize("name", ["archive.db", "archive.db-wal", "archive.db-shm", "journal"])
def test_an_export_never_writes_over_the_archive_or_its_own_files(imported, db_path, name):
    folder = db_path.parent
    (folder / "elsewhere").mkdir()
    spellings = {
        "archive.db": [
            str(db_path),
            str(folder / "elsewhere" / ".." / "archive.db"),
        ],
        "archive.db-wal": [str(db_path) + "-wal"],
        "archive.db-shm": [str(db_path) + "-shm"],
        "journal": [str(db_path) + "-journal"],
    }[name]
    (folder / "link.db").symlink_to(db_path)
    if name == "archive.db":
        os.link(db_path, folder / "hard.db")
        spellings += [str(folder / "link.db"), str(folder / "hard.db")]
    for output in spellings:
        for fmt in ("jsonl", "csv"):
            result = imported("export", "-f", fmt, "-o", output)
            assert result.exit_code == 1, output
            assert f"cannot export to {output}: it is the archive" in result.stderr
            assert "Traceback" not in result.output
    # Through a symlink to the archive, the same files are the archive's.
    result = imported(
        "export", "-o", str(db_path) + "-wal", "--db", str(folder / "link.db"), db=False
    )
    assert result.exit_code == 1 and "write-ahead log" in result.stderr
    assert imported("check").exit_code == 0
    assert len(lines(imported("export", "--no-raw").stdout)) == 5


def test_a_failed_export_leaves_the_previous_one_as_it_was(run, db_path, tmp_path):
    for name in ("a", "b"):
        page = tmp_path / f"{name}.txt"
        page.write_text(f"Talks resume\n\n{name} " + "Officials met on Tuesday again. " * 30)
        assert run("import", str(page)).exit_code == 0
    with sqlite3.connect(db_path) as conn:  # the second clipping's original page cut short
        raw = conn.execute("SELECT raw FROM clippings WHERE id = 2").fetchone()[0]
        conn.execute("UPDATE clippings SET raw = ? WHERE id = 2", [raw[:40]])
    backup = tmp_path / "backup.jsonl"
    backup.write_text('{"the": "previous export"}\n', encoding="utf-8")
    backup.chmod(0o600)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(backup)

    result = run("export", "-o", str(link))
    assert result.exit_code == 1
    assert "clipping #2: cannot read its stored original page" in result.stderr
    assert backup.read_text(encoding="utf-8") == '{"the": "previous export"}\n'
    assert sorted(p.name for p in tmp_path.iterdir() if "jsonl" in p.name) == [
        "backup.jsonl",
        "latest.jsonl",
    ]

    # Without the original pages it succeeds: in the file the link names, kept private.
    assert run("export", "--no-raw", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and [r["id"] for r in lines(backup.read_text())] == [1, 2]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (["--tag", "unused"], "no clippings tagged unused"),
        (["--source", "nowhere"], "no clippings from source nowhere"),
    ],
)
def test_an_export_naming_a_tag_or_source_no_clipping_has_fails(imported, tmp_path, args, why):
    backup = tmp_path / "backup.jsonl"
    backup.write_text("the previous export\n", encoding="utf-8")
    result = imported("export", "Senkaku", *args, "-o", str(backup))
    assert result.exit_code == 1 and why in result.stderr
    assert backup.read_text(encoding="utf-8") == "the previous export\n"


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (["zzzqqqnomatch"], "no clippings match zzzqqqnomatch: nothing exported"),
        (["--since", "2030"], "no clippings match these filters: nothing exported"),
        (["Senkaku", "--since", "2030"], "no clippings match Senkaku with these filters"),
    ],
)
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_export_that_matches_nothing_fails_and_keeps_the_backup(
    imported, tmp_path, args, why, fmt
):
    backup = tmp_path / f"backup.{fmt}"
    backup.write_text("the previous export\n", encoding="utf-8")
    result = imported("export", *args, "-f", fmt, "-o", str(backup))
    assert result.exit_code == 1
    assert why in result.stderr and f"{backup} is left as it was" in result.stderr
    assert "Exported" not in result.output
    assert backup.read_text(encoding="utf-8") == "the previous export\n"
    piped = imported("export", *args, "-f", fmt)
    assert piped.exit_code == 1 and piped.stdout == ""


def test_a_markdown_export_of_nothing_makes_no_folder(imported, tmp_path):
    result = imported("export", "zzzqqqnomatch", "-f", "markdown", "-o", str(tmp_path / "notes"))
    assert result.exit_code == 1
    assert "no clippings match zzzqqqnomatch: nothing exported" in result.stderr
    assert not (tmp_path / "notes").exists()


def test_an_empty_archive_exports_nothing_and_says_so(imported, db_path, tmp_path):
    imported("delete", "1", "2", "3", "4", "5", "--yes")
    backup = tmp_path / "backup.jsonl"
    backup.write_text("the previous export\n", encoding="utf-8")
    result = imported("export", "-o", str(backup))
    assert result.exit_code == 1
    assert f"{db_path} holds no clippings: nothing exported" in result.stderr
    assert backup.read_text(encoding="utf-8") == "the previous export\n"


@pytest.mark.parametrize("tags", ["notalist", ["kyodo", 7], {"kyodo": True}, 7])
def test_an_export_line_whose_tags_are_not_a_list_of_text_is_refused(run, tmp_path, tags):
    good = {"body": "An article.", "content_hash": "x", "imported_at": "2020-01-01"}
    page = tmp_path / "edited.jsonl"
    page.write_text(
        json.dumps({**good, "tags": ["kyodo"]})
        + "\n"
        + json.dumps({**good, "body": "Another.", "tags": tags})
        + "\n",
        encoding="utf-8",
    )
    result = run("import", str(page))
    assert result.exit_code == 1
    assert "Added 1, already present 0, skipped 0, failed 1." in result.stdout
    assert "edited.jsonl:2: not a clipping: tags is not a list of text" in result.stderr
    assert [r["tags"] for r in lines(run("export").stdout)] == [["kyodo"]]


def test_output_dash_is_standard_output_and_makes_no_file(imported, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = imported("export", "-o", "-", "--no-raw")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in lines(result.stdout)] == [1, 2, 3, 4, 5]
    assert not (tmp_path / "-").exists()


def test_output_to_dev_stdout_writes_into_a_pipe(imported, db_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "clipper", "export", "-o", "/dev/stdout", "--db", str(db_path)],
        capture_output=True,  # standard output is a pipe, as in `clipper export ... | gzip`
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in lines(done.stdout)] == [1, 2, 3, 4, 5]


def test_export_and_reclean_take_imported_since_as_search_and_list_do(imported, tmp_path):
    out = tmp_path / "recent.jsonl"
    assert imported("export", "--imported-since", "2020", "-o", str(out)).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    result = imported("export", "--imported-since", "2999", "-o", str(out))
    assert result.exit_code == 1 and "no clippings match these filters" in result.stderr
    result = imported("reclean", "--dry-run", "--imported-since", "2999")
    assert result.exit_code == 1
    assert imported("reclean", "--dry-run", "--imported-since", "2020").exit_code == 0


def test_export_and_reclean_find_chinese_and_japanese_words_as_search_does(run, db_path):
    with Archive(db_path, create=True) as archive:
        body = "大谷翔平が本塁打を打った。ドジャースが勝利した。"
        archive.add(Clipping(body=body, title="大谷が本塁打"))
        archive.add(Clipping(body="Tokyo and Beijing resumed talks.", title="Thaw"))
    for query, ids in [("大谷", [1]), ("title:(本塁打 OR thaw)", [1, 2]), ("talks -大谷", [2])]:
        found = sorted(h["id"] for h in json.loads(run("search", query, "--json").stdout))
        assert found == ids, query
        exported = [json.loads(line)["id"] for line in run("export", query).stdout.splitlines()]
        assert sorted(exported) == ids, query
        report = json.loads(run("reclean", "--dry-run", "--json", query).stdout)
        assert report["checked"] == len(ids), query
