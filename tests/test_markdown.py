"""Pages saved as Markdown (clipping tools, converters): read as the text a browser shows, so
menus of links are menus again and no Markdown is left in the clipping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean.markdown import as_text_dump, is_markdown
from clipper.clean.text import clean_text

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

PARAGRAPHS = [
    "The two governments said on Friday that they would resume talks on trade and security "
    "after a pause of almost three years, according to officials in both capitals.",
    "Officials said the first meeting could take place next month, although no date has been "
    "set and both sides warned that many difficult issues remain between them.",
    "Analysts said the move was a sign that relations, which had been strained by a dispute "
    "over a group of islands, were slowly improving as both leaders faced pressure at home.",
    "Business groups in both countries welcomed the announcement and said that closer ties "
    "would help companies that depend on trade between the two large economies.",
]

MENU = ["World", "Business", "Politics", "Technology", "Science", "Sport", "Culture"]

PAGE = "\n".join(
    [
        *(f"  * [{name}](https://news.example.com/{name.lower()}/)" for name in MENU),
        "",
        "# Japan and China agree to resume talks",
        "",
        "November 7, 2014",
        "",
        "![Flags of both countries](https://news.example.com/img/flags.jpg)",
        "",
        # Source line ends inside a paragraph: Markdown's soft break, a space.
        PARAGRAPHS[0].replace("talks on trade ", "talks on trade\n"),
        "",
        PARAGRAPHS[1].replace("next month", "[next month](https://news.example.com/talks)"),
        "",
        PARAGRAPHS[2].replace("dispute", "**dispute**").replace("relations", "_relations_"),
        "",
        PARAGRAPHS[3].replace("closer ties", "[closer ties](javascript:void(0);)"),
        "",
        "## Related stories",
        "",
        *(f"  * [{p[:50]}](https://news.example.com/{i})" for i, p in enumerate(PARAGRAPHS)),
    ]
)


def test_a_markdown_page_is_cleaned_to_its_article_without_markdown():
    clipping = clean_text(PAGE)
    assert clipping.title == "Japan and China agree to resume talks"
    assert clipping.date == "2014-11-07"
    assert clipping.body == "\n\n".join(PARAGRAPHS)


def test_links_lose_their_addresses_and_images_are_left_out():
    text = as_text_dump(PAGE)
    assert "](" not in text
    assert "flags.jpg" not in text and "Flags of both" not in text
    assert "  • World\n  • Business\n" in text
    assert "**" not in text and "_relations_" not in text


def test_numbered_items_keep_their_numbers_and_table_rows_their_cells():
    page = "\n".join(
        [
            "# Results",
            "",
            "1) Denzel Ward, cornerback",
            "2) Greedy Williams, cornerback",
            "",
            "| Pos | Player | Plays |",
            "|-----|--------|-------|",
            "| CB | Denzel Ward | 74 |",
            "",
            "See the [full list](https://example.com/list) and **more**.",
        ]
    )
    text = as_text_dump(page)
    assert "1) Denzel Ward, cornerback\n2) Greedy Williams, cornerback" in text
    assert "CB\tDenzel Ward\t74" in text


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_plain_text_dumps_are_not_taken_for_markdown(path):
    assert not is_markdown(path.read_text(encoding="utf-8"))


def test_a_few_stars_and_hashes_in_a_plain_dump_are_not_markdown():
    # Names starred out in reader reviews, a hashtag, a channel number.
    text = "\n\n".join(["– Ali***", "– Jo** Al****", "#Browns on top", "Channel # 5", *PARAGRAPHS])
    assert not is_markdown(text)
    assert as_text_dump(text) == text


def test_a_markdown_file_imports_with_its_title_and_clean_body(run, tmp_path):
    page = tmp_path / "clipping.md"
    page.write_text(PAGE, encoding="utf-8")
    assert run("import", str(page)).exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["title"] == "Japan and China agree to resume talks"
    assert "](" not in shown["body"] and "**" not in shown["body"]
    hits = json.loads(run("search", '"closer ties would help"', "--json").stdout)
    assert [hit["id"] for hit in hits] == [1]


BODY = "\n\n".join(PARAGRAPHS)


def test_front_matter_of_a_web_clipper_gives_the_metadata_not_the_clipping_date():
    page = "\n".join(
        [
            "---",
            'title: "Japan and China agree to resume talks"',
            'source: "https://news.example.com/world/talks"',
            "author:",
            '  - "[[Jane Doe]]"',
            "published: 2014-11-07",
            "created: 2024-06-01",
            "tags:",
            '  - "clippings"',
            "---",
            BODY,
        ]
    )
    clipping = clean_text(page)
    assert clipping.title == "Japan and China agree to resume talks"
    assert clipping.url == "https://news.example.com/world/talks"
    assert (clipping.author, clipping.date) == ("Jane Doe", "2014-11-07")
    assert clipping.evidence["date"] == "front matter published"
    assert clipping.body == BODY


def test_a_dump_opening_with_a_rule_and_a_colon_line_has_no_front_matter():
    page = "\n".join(["---", "Posted: today", "---", BODY])
    assert clean_text(page).body.startswith("The two governments said on Friday")
    broken = "\n".join(["---", "title: [unclosed", "---", BODY])
    assert clean_text(broken).title != "[unclosed"


def test_a_markdown_export_imports_back_as_it_was(imported, tmp_path):
    imported("tag", "3", "kyodo", "new start")
    imported("tag", "5", "Nikkei")
    folder = tmp_path / "export"
    assert imported("export", "--format", "markdown", "-o", str(folder)).exit_code == 0
    fields = ("title", "source", "date", "url", "author", "body", "tags")
    before = [json.loads(imported("show", str(i), "--json").stdout) for i in range(1, 6)]
    result = imported("import", str(folder), "--db", str(tmp_path / "again.db"), db=False)
    assert result.exit_code == 0, result.output
    again = [
        json.loads(
            imported("show", str(i), "--json", "--db", str(tmp_path / "again.db"), db=False).stdout
        )
        for i in range(1, 6)
    ]
    assert [{f: c[f] for f in fields} for c in again] == [{f: c[f] for f in fields} for c in before]


def test_a_reader_service_header_gives_title_address_and_date():
    page = "\n".join(
        [
            "Title: Japan and China agree to resume talks",
            "",
            "URL Source: https://news.example.com/world/talks",
            "",
            "Published Time: 2014-11-07T09:30:00+00:00",
            "",
            "Markdown Content:",
            *(f"* [{name}](https://news.example.com/{name.lower()}/)" for name in MENU),
            "",
            BODY,
        ]
    )
    clipping = clean_text(page)
    assert clipping.title == "Japan and China agree to resume talks"
    assert (clipping.url, clipping.date) == ("https://news.example.com/world/talks", "2014-11-07")
    assert clipping.body == BODY


@pytest.mark.parametrize(
    ("tags", "stored"),
    [
        (
            ["tags:", '  - "clippings"', "  - japan", "  - Japan", "  - 2014"],
            ["clippings", "japan", "2014"],
        ),
        (["tags: [china, japan]"], ["china", "japan"]),
        (["tags: diplomacy"], ["diplomacy"]),
        # Obsidian also reads a comma-separated string as several tags.
        (["tags: china, japan, East China Sea"], ["china", "japan", "East China Sea"]),
        (["tags:"], []),
    ],
)
def test_a_markdown_page_keeps_the_tags_of_its_front_matter(run, tmp_path, tags, stored):
    page = tmp_path / "talks.md"
    page.write_text("\n".join(["---", 'title: "Talks resume"', *tags, "---", BODY]), "utf-8")
    assert run("import", str(page)).exit_code == 0
    assert json.loads(run("show", "1", "--json").stdout)["tags"] == stored


def test_a_markdown_page_imported_again_with_more_tags_adds_them(run, tmp_path):
    page = tmp_path / "talks.md"
    page.write_text("\n".join(["---", "tags: [china]", "---", BODY]), encoding="utf-8")
    run("import", str(page))
    run("tag", "1", "diplomacy")
    page.write_text("\n".join(["---", "tags: [China, japan]", "---", BODY]), encoding="utf-8")
    result = run("import", str(page))
    assert "already present as #1" in result.stdout and "(tags added: japan)" in result.stdout
    assert json.loads(run("show", "1", "--json").stdout)["tags"] == ["china", "diplomacy", "japan"]


def test_a_reclean_keeps_the_tags_the_user_changed_after_import(run, tmp_path):
    page = tmp_path / "talks.md"
    page.write_text("\n".join(["---", "tags: [china, japan]", "---", BODY]), encoding="utf-8")
    run("import", str(page))
    assert json.loads(run("show", "1", "--json").stdout)["tags"] == ["china", "japan"]
    run("tag", "1", "china", "--remove")
    assert run("reclean").exit_code == 0
    assert json.loads(run("show", "1", "--json").stdout)["tags"] == ["japan"]


# What a cleaner keeps but would drop were its body cleaned again as Markdown: a play's title
# in angle brackets (an HTML tag to Markdown), a numbered line, a short first paragraph.
AWKWARD = [
    "Tickets are on sale now.",
    "Visitors came to the theatre to watch <The Palace: Tale of Jang Noksu> and left reviews "
    "of the show, which runs until the end of the month, on the booking site.",
    "1.",
    *PARAGRAPHS,
]
ROUND_TRIP_FIELDS = "title source date url author language body tags word_count".split()


def round_trip(run, tmp_path: Path) -> tuple[dict, dict]:
    """Clipping #1 as stored, and as a new archive holds it after a Markdown export of it."""
    folder, again = tmp_path / "notes", str(tmp_path / "again.db")
    assert run("export", "-f", "markdown", "-o", str(folder)).exit_code == 0
    assert run("import", str(folder), "--db", again, db=False).exit_code == 0
    before = json.loads(run("show", "1", "--json").stdout)
    after = json.loads(run("show", "1", "--json", "--db", again, db=False).stdout)
    return {f: before[f] for f in ROUND_TRIP_FIELDS}, {f: after[f] for f in ROUND_TRIP_FIELDS}


def test_an_html_page_exported_to_markdown_imports_back_exactly(run, tmp_path):
    page = tmp_path / "theatre.html"
    paragraphs = "".join(f"<p>{p.replace('<', '&lt;').replace('>', '&gt;')}</p>" for p in AWKWARD)
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Palace tale</title>"
        "<meta name='author' content='Aiko Tanaka'></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Palace tale</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    assert run("import", str(page)).exit_code == 0
    run("tag", "1", "theatre")
    before, after = round_trip(run, tmp_path)
    assert "<The Palace: Tale of Jang Noksu>" in before["body"]
    assert after == before  # the body byte for byte
    again = run("import", str(tmp_path / "notes"))
    assert "already present as #1" in again.stdout


def test_an_html_page_shows_its_paragraphs_apart_in_markdown(run, tmp_path):
    from clipper.clean.markdown import parser

    page = tmp_path / "talks.html"
    page.write_text(
        "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert run("import", str(page)).exit_code == 0
    body = json.loads(run("show", "1", "--json").stdout)["body"]
    assert body.endswith("\n\n".join(PARAGRAPHS))  # a blank line between paragraphs
    run("export", "-f", "markdown", "-o", str(tmp_path / "notes"))
    (note,) = (tmp_path / "notes").iterdir()
    tokens = parser().parse(note.read_text(encoding="utf-8").split("---\n", 2)[2])
    paragraphs = [t.content for t in tokens if t.type == "inline"][1:]  # after the heading
    assert paragraphs == body.split("\n\n") and len(paragraphs) >= len(PARAGRAPHS)


def test_a_text_page_exported_to_markdown_imports_back_exactly(run, tmp_path):
    page = tmp_path / "theatre.txt"
    page.write_text("\n\n".join(["Palace tale", "By Aiko Tanaka", *AWKWARD]), encoding="utf-8")
    assert run("import", str(page)).exit_code == 0
    before, after = round_trip(run, tmp_path)
    assert "<The Palace: Tale of Jang Noksu>" in before["body"]
    assert after == before


def test_an_export_made_before_language_was_written_still_imports_its_body_as_it_is(run, tmp_path):
    # An older export of an HTML page: no language key, one line end between paragraphs.
    body = "\n".join(PARAGRAPHS)
    note = tmp_path / "000007-talks-resume.md"
    note.write_text(
        '---\ntitle: "Talks resume"\nsource: "Kyodo News"\ndate: "2014-11-07"\n'
        'url: null\nauthor: null\nid: 7\ntags: ["japan"]\n---\n\n# Talks resume\n\n' + body + "\n",
        encoding="utf-8",
    )
    assert run("import", str(note)).exit_code == 0
    clipping = json.loads(run("show", "1", "--json").stdout)
    assert clipping["body"] == body
    assert (clipping["title"], clipping["source"], clipping["date"]) == (
        "Talks resume",
        "Kyodo News",
        "2014-11-07",
    )
    assert (clipping["language"], clipping["tags"]) == ("en", ["japan"])


def test_a_page_with_front_matter_but_not_clippers_export_is_cleaned(run, tmp_path):
    # Front matter as a web clipper writes it (no clipper id): menus and markup are cleaned.
    page = tmp_path / "clip.md"
    page.write_text('---\ntitle: "Talks resume"\nsource: "Kyodo News"\n---\n' + PAGE, "utf-8")
    assert run("import", str(page)).exit_code == 0
    body = json.loads(run("show", "1", "--json").stdout)["body"]
    assert body.startswith(PARAGRAPHS[0]) and "](" not in body and "Related stories" not in body


def test_a_page_opening_with_a_heading_mark_is_markdown_though_it_has_no_other(run, tmp_path):
    page = tmp_path / "note.txt"
    page.write_text(
        "# Council approves harbour bridge\n\n"
        "The council voted on Tuesday to approve a new bridge across the harbour, ending a "
        "decade of debate over its cost.\n\n"
        "Supporters said the bridge would cut commute times for thousands of residents.\n",
        encoding="utf-8",
    )
    assert "added #1 Council approves harbour bridge\n" in run("import", str(page)).stdout
