"""clipper import: files, folders, stdin, encodings, duplicates, failures."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clipper.cli import app

ARTICLE = (
    "Islands talks to resume\n\n"
    "March 3, 2021\n\n"
    "Tokyo and Beijing agreed on Tuesday to resume talks on the disputed islands, "
    "officials said.\n\n"
    "The two governments will meet again next month in Beijing, according to the statement.\n\n"
    "Both sides described the atmosphere of the meeting as frank and constructive overall.\n"
)


def test_importing_the_seeds_adds_five_clippings(run, seeds, db_path):
    result = run("import", str(seeds))
    assert result.exit_code == 0, result.output
    assert "Added 5, already present 0, skipped 0, failed 0." in result.stdout
    assert sqlite3.connect(db_path).execute("select count(*) from clippings").fetchone()[0] == 5


def test_reimporting_the_same_pages_adds_nothing_and_names_the_match(imported, seeds):
    result = imported("import", str(seeds / "000_eef9adb18330d20d.txt"))
    assert result.exit_code == 0
    assert "already present as #1" in result.stdout
    assert "Added 0, already present 1" in result.stdout


def test_the_same_article_from_another_file_is_not_stored_twice(imported, seeds, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes((seeds / "002_43f6cec17de1710a.txt").read_bytes() + b"\n\n\n")
    result = imported("import", str(copy))
    assert "already present as #3" in result.stdout


def test_standard_input_is_read_with_a_dash(run):
    result = run("import", "-", input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "Added 1" in result.stdout


def test_folders_are_walked_recursively(run, tmp_path):
    nested = tmp_path / "pages" / "2019" / "nov"
    nested.mkdir(parents=True)
    (nested / "a.txt").write_text(ARTICLE)
    (tmp_path / "pages" / "b.txt").write_text(ARTICLE.replace("Tuesday", "Friday"))
    result = run("import", str(tmp_path / "pages"))
    assert "Added 2" in result.stdout


def test_a_latin1_page_imports_with_its_accents(run, tmp_path, db_path):
    page = tmp_path / "latin1.txt"
    page.write_bytes(
        (
            ARTICLE + "José Müller, the ministry's spokesman, said the meeting in Zürich had been "
            "très utile and that a café in the old town would host the next round.\n"
        ).encode("latin-1")
    )
    assert run("import", str(page)).exit_code == 0
    body = sqlite3.connect(db_path).execute("select body from clippings").fetchone()[0]
    assert "José Müller" in body and "Zürich" in body and "très utile" in body


def test_a_utf16_page_imports(run, tmp_path, db_path):
    page = tmp_path / "utf16.txt"
    page.write_bytes(ARTICLE.encode("utf-16"))
    assert run("import", str(page)).exit_code == 0
    body = sqlite3.connect(db_path).execute("select body from clippings").fetchone()[0]
    assert "Tokyo and Beijing" in body


def test_an_html_page_is_cleaned_by_its_content_not_its_name(run, tmp_path, db_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n\n"))
    page = tmp_path / "saved-page"  # no extension
    page.write_text(
        "<!DOCTYPE html><html><head><title>Talks resume | Example News</title>"
        '<meta property="og:site_name" content="Example News"></head><body>'
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Talks resume</h1>{paragraphs}</article></body></html>"
    )
    assert run("import", str(page)).exit_code == 0
    row = (
        sqlite3.connect(db_path).execute("select body, source, raw_kind from clippings").fetchone()
    )
    assert "Tokyo and Beijing agreed" in row[0] and "<p>" not in row[0]
    assert row[1] == "Example News" and row[2] == "html"


def test_a_missing_path_fails_but_the_rest_imports(run, seeds, tmp_path):
    result = run("import", str(tmp_path / "nope.txt"), str(seeds))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    assert "Added 5" in result.stdout and "failed 1" in result.stdout


def test_a_page_without_article_text_is_reported_with_its_name(run, tmp_path):
    empty = tmp_path / "menu.txt"
    empty.write_text("Home\nNews\nSports\n")
    result = run("import", str(empty))
    assert result.exit_code == 1
    assert "menu.txt" in result.stderr


def test_an_error_page_is_reported_as_holding_no_article_not_added(run, tmp_path):
    # A "page not found" page still has a sentence of prose, a cookie banner and a list of
    # the site's most read stories: none of it is an article.
    gone = tmp_path / "gone.txt"
    gone.write_text(
        "The Daily Meridian\nHome\nNews\nSport\nSubscribe\n"
        "We use cookies to improve your experience on our site.\nAccept all\n"
        "This page is no longer available\n"
        "The article you were looking for may have been moved or deleted.\n"
        "Go to homepage\nMost read\n1\nChancellor to scrap fuel duty freeze in autumn budget\n"
        "2\nHeatwave warning issued for southern England\n"
        "© 2024 The Daily Meridian Ltd. All rights reserved.\n"
    )
    result = run("import", str(gone))
    assert result.exit_code == 1
    assert "gone.txt" in result.stderr and "no article text found" in result.stderr
    assert "Added 0" in result.stdout


@pytest.mark.parametrize(
    "message",
    [
        "Error 404 - Not Found",
        "Oops! The page you're looking for doesn't exist. It may have been moved or deleted.",
        "We're sorry, but the page you were trying to view does not exist.",
    ],
)
def test_other_error_pages_hold_no_article(run, tmp_path, message):
    gone = tmp_path / "gone.txt"
    gone.write_text(f"The Daily Meridian\nHome\nNews\n\n{message}\n\nGo to homepage\n")
    result = run("import", str(gone))
    assert result.exit_code == 1 and "no article text found" in result.stderr


def test_an_article_about_an_error_page_keeps_every_line(run, tmp_path):
    paragraphs = [
        "The council said on Monday that its new website had been taken offline for most of "
        "the day after an upgrade went wrong.",
        'Visitors to the site were greeted by a "Page not found" message for most of Tuesday, '
        "and residents could not pay bills online.",
        "The article you were looking for may have been moved or deleted, visitors were told "
        "when they tried to reach the planning pages.",
        "The council apologised and said the problem had been fixed by the evening.",
    ]
    page = tmp_path / "council.txt"
    title = "Page not found: council website down for a day after upgrade"
    page.write_text("\n\n".join([title, "By Sam Ward", "March 4, 2024", *paragraphs]) + "\n")
    assert run("import", str(page)).exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["body"] == "\n\n".join(paragraphs)
    assert (shown["title"], shown["author"]) == (title, "Sam Ward")


def test_an_image_is_skipped_not_imported(run, tmp_path):
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    result = run("import", str(tmp_path / "photo.html"))
    assert result.exit_code == 0
    assert "not a page: a PNG image" in result.stderr
    assert "skipped 1" in result.stdout


def test_origin_is_the_absolute_path(imported, seeds):
    data = json.loads(imported("show", "1", "--json").stdout)
    assert data["origin"] == str((seeds / "000_eef9adb18330d20d.txt").resolve())


def test_source_option_overrides_the_cleaner(run, seeds):
    run("import", str(seeds / "001_660eeda537d92468.txt"), "--source", "China Topix")
    data = json.loads(run("show", "1", "--json").stdout)
    assert data["source"] == "China Topix"


@pytest.mark.parametrize(
    ("blank", "why"),
    [
        ("", "--source needs a name"),
        ("   ", "--source needs a name"),
        ("(unknown source)", "is how clipper shows clippings without one"),
    ],
)
def test_a_blank_source_option_is_refused_before_anything_is_stored(
    run, seeds, db_path, blank, why
):
    result = run("import", str(seeds), "--source", blank)
    assert result.exit_code == 1
    assert why in result.stderr
    assert not db_path.exists()


def test_import_json_reports_each_page(run, seeds):
    result = run("import", str(seeds), "--json")
    report = json.loads(result.stdout)
    assert [e["id"] for e in report["added"]] == [1, 2, 3, 4, 5]
    assert report["failed"] == [] and report["present"] == []


def test_clipper_db_environment_variable_picks_the_archive(seeds, tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.db"
    monkeypatch.setenv("CLIPPER_DB", str(target))
    result = CliRunner().invoke(app, ["import", str(seeds)])
    assert result.exit_code == 0
    assert target.exists()


def test_db_before_the_command_picks_the_archive_for_it(seeds, tmp_path, monkeypatch):
    before, env, after = (tmp_path / name for name in ("before.db", "env.db", "after.db"))
    monkeypatch.setenv("CLIPPER_DB", str(env))
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(before), "import", str(seeds)])
    assert result.exit_code == 0, result.output
    assert before.exists() and not env.exists()
    found = runner.invoke(app, ["--db", str(before), "search", "Senkaku", "--json"])
    assert len(json.loads(found.stdout)) == 3
    # The command's own --db wins over the one before it.
    result = runner.invoke(app, ["--db", str(before), "import", str(seeds), "--db", str(after)])
    assert result.exit_code == 0, result.output
    assert after.exists() and not env.exists()
    refused = runner.invoke(app, ["--db", "", "list"])
    assert refused.exit_code == 1 and "the archive path is empty" in refused.stderr


def test_default_archive_is_archive_db_in_the_working_folder(seeds, tmp_path, monkeypatch):
    monkeypatch.delenv("CLIPPER_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["import", str(seeds)])
    assert result.exit_code == 0
    assert (Path(tmp_path) / "archive.db").exists()


def _versioned_page(*paragraphs: str, title: str = "Talks resume") -> str:
    from pages import PARAGRAPHS

    body = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, *paragraphs))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | Example News</title>"
        '<meta property="og:url" content="https://news.example.com/world/talks">'
        '<meta property="article:published_time" content="2019-11-05T08:00:00Z">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


QINGDAO = "Late on Tuesday the ministries confirmed that the talks would open in Qingdao."


def _two_versions(tmp_path: Path) -> tuple[Path, Path]:
    """A story's page at 08:00, and at 14:00 with a paragraph and a new headline."""
    first = tmp_path / "talks-0800.html"
    first.write_text(_versioned_page(), encoding="utf-8")
    newer = tmp_path / "talks-1400.html"
    newer.write_text(_versioned_page(QINGDAO, title="Talks to resume in Qingdao"), encoding="utf-8")
    return first, newer


def test_a_newer_version_of_a_stored_page_is_kept_out_unless_update_is_asked(run, tmp_path):
    first, newer = _two_versions(tmp_path)
    assert run("import", str(first)).exit_code == 0
    run("tag", "1", "diplomacy")
    run("edit", "1", "--author", "Kyodo staff")

    result = run("import", str(newer))
    assert "already present as #1" in result.stdout
    assert "same address, another text: --update stores this version" in result.stdout
    assert "Qingdao" not in json.loads(run("show", "1", "--json").stdout)["body"]

    result = run("import", str(newer), "--update")
    assert result.exit_code == 0, result.output
    assert "updated #1 Talks to resume in Qingdao (body, title)" in result.stdout
    assert "Added 0, updated 1, already present 0, skipped 0, failed 0." in result.stdout
    shown = json.loads(run("show", "1", "--json").stdout)
    assert QINGDAO in shown["body"] and shown["title"] == "Talks to resume in Qingdao"
    # The user's edit and tags stay; the id and the page's first import time too.
    assert (shown["author"], shown["tags"]) == ("Kyodo staff", ["diplomacy"])
    assert json.loads(run("search", "qingdao", "--json").stdout)[0]["id"] == 1
    assert "talks-1400.html" in shown["origin"]
    # Stored, the newer version is the page: importing it again changes nothing, and a
    # re-clean reads the newer page.
    again = run("import", str(newer), "--update", "--json")
    assert json.loads(again.stdout)["present"][0]["id"] == 1
    assert json.loads(again.stdout)["updated"] == []
    assert json.loads(run("reclean", "--json").stdout)["changed"] == []
    assert run("list").stdout.count("Talks") == 1


def test_an_update_is_named_by_the_title_the_user_gave(run, tmp_path):
    first, newer = _two_versions(tmp_path)
    assert run("import", str(first)).exit_code == 0
    run("edit", "1", "--title", "My storm of talks")
    result = run("import", str(newer), "--update")
    assert "updated #1 My storm of talks (body)" in result.stdout
    report = json.loads(run("import", str(first), "--update", "--json").stdout)
    assert report["updated"][0]["title"] == "My storm of talks"


def test_an_article_pasted_as_one_long_paragraph_is_kept_whole_and_searchable(run, tmp_path):
    # A one-paragraph paste of a long article: 73 kB on one line, over the cleaner's line limit.
    paragraph = " ".join(
        f"In round marker{i} the delegates from Tokyo and Beijing discussed fishing rights, "
        "trade quotas and the patrols around the disputed islands until late."
        for i in range(600)
    )
    page = tmp_path / "talks.txt"
    page.write_text(f"Islands talks drag on\n\nBy Maria Lopez\n\n{paragraph}\n", encoding="utf-8")
    assert len(paragraph) > 70_000
    assert run("import", str(page)).exit_code == 0
    clipping = json.loads(run("show", "1", "--json").stdout)
    assert clipping["author"] == "Maria Lopez"
    assert clipping["body"].split() == paragraph.split()  # not a word lost
    hits = json.loads(run("search", "marker599", "--json").stdout)
    assert [hit["id"] for hit in hits] == [1]


def test_several_versions_in_one_update_import_end_as_one_import_after_another(run, tmp_path):
    first, second = tmp_path / "a-first.html", tmp_path / "b-second.html"
    first.write_text(_versioned_page(), encoding="utf-8")
    later = "Late on Tuesday the ministries confirmed that the talks would open in Qingdao."
    second.write_text(_versioned_page(later), encoding="utf-8")
    run("import", str(first))

    result = run("import", "--update", str(second), str(first))
    assert result.stdout.count("updated #1") == 2, result.stdout
    assert later not in json.loads(run("show", "1", "--json").stdout)["body"]

    result = run("import", "--update", "--json", str(first), str(second), str(first))
    report = json.loads(result.stdout)
    assert [e["origin"] for e in report["present"]] == [str(first)]
    assert [e["origin"] for e in report["updated"]] == [str(second), str(first)]
    assert later not in json.loads(run("show", "1", "--json").stdout)["body"]


def test_an_update_from_a_tracked_address_keeps_the_stored_address(run, tmp_path):
    first, tracked = tmp_path / "first.html", tmp_path / "tracked.html"
    first.write_text(_versioned_page(), encoding="utf-8")
    newer = _versioned_page("The talks will open in Qingdao, the ministries confirmed.")
    url = "https://news.example.com/world/talks"
    tracked.write_text(newer.replace(url, url + "?utm_source=tw"), encoding="utf-8")
    run("import", str(first))
    assert "updated #1" in run("import", "--update", str(tracked)).stdout
    assert json.loads(run("show", "1", "--json").stdout)["url"] == url


def test_a_short_latin1_page_that_detection_takes_for_dos_is_read_as_windows_1252(
    run, tmp_path, db_path
):
    # charset-normalizer finds DOS's cp775 (Baltic) for this page as plausible as Windows-1252,
    # and leaves the latter out of its answer: "Café" would read "Cafķ".
    page = tmp_path / "cafe.txt"
    text = "\n\n".join(
        [
            "Café owners protest new rules",
            "By François Müller",
            "March 3, 2021",
            "The café owners of the old town protested on Wednesday against new rules that "
            "would limit terrace seating, saying the change would cost them dearly.",
            '"We cannot survive another season like this," said one owner, whose family has '
            "run a café on the square since 1950.",
            "The city said the rules were needed to keep the streets clear for emergency "
            "vehicles and pedestrians.",
        ]
    )
    page.write_bytes(text.encode("latin-1"))
    assert run("import", str(page)).exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert (shown["title"], shown["author"]) == ("Café owners protest new rules", "François Müller")


def test_the_summary_table_into_a_pipe_keeps_each_failure_on_one_line(run, tmp_path):
    folder = tmp_path / "a-folder-with-a-rather-long-name-for-saved-pages"
    folder.mkdir()
    menu = folder / "a-page-saved-from-a-site-with-a-long-address-that-is-only-its-menu.txt"
    menu.write_text("Home\nNews\nSport\n")
    for n in range(6):
        (folder / f"story-{n}.txt").write_text(ARTICLE.replace("Tuesday", f"day {n}"))
    result = run("import", str(folder))
    line = f"{menu}: no article text found"
    assert len(line) > 80
    assert any(row.rstrip().endswith(line) for row in result.stdout.splitlines())
