"""Saved HTML pages: the article, and title/source/date/author/url with where each came from."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pages import CHINESE, PARAGRAPHS


def html_page(head: str = "", *, top: str = "", title: str = "Talks resume") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{top}{body}</article>"
        "<footer>Contact us | Privacy</footer></body></html>"
    )


@pytest.fixture
def no_user_sources(monkeypatch, tmp_path):
    """Only the shipped host map, whatever the person running the tests has configured."""
    monkeypatch.setenv("CLIPPER_SOURCES", str(tmp_path / "no-such-sources.tsv"))


def import_one(run, path: Path) -> dict:
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    return json.loads(run("show", "1", "--json").stdout)


def test_markup_metadata_is_used_and_explained(run, tmp_path, no_user_sources):
    page = tmp_path / "talks.html"
    page.write_text(
        html_page(
            '<meta property="og:site_name" content="Example News">'
            '<meta property="og:title" content="Talks resume">'
            '<link rel="canonical" href="https://news.example/world/talks">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2019-11-05T08:00:00+09:00", '
            '"author": {"@type": "Person", "name": "Aiko Tanaka"}}</script>'
        )
    )
    data = import_one(run, page)
    assert (data["title"], data["source"], data["date"]) == (
        "Talks resume",
        "Example News",
        "2019-11-05",
    )
    assert (data["author"], data["url"], data["language"]) == (
        "Aiko Tanaka",
        "https://news.example/world/talks",
        "en",
    )
    assert data["imported_at"] and data["imported_at"] != data["date"]
    explained = run("show", "1", "--explain").stdout
    for where in (
        "meta og:site_name",
        "meta og:title",
        "JSON-LD datePublished",
        "JSON-LD author",
        "canonical link",
        "html lang attribute",
    ):
        assert where in explained


@pytest.mark.parametrize(
    ("head", "title", "source", "where"),
    [
        # A slug in og:site_name, the name spelt out in the JSON-LD publisher.
        (
            '<meta property="og:site_name" content="detroitnews">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"publisher": {"@type": "Organization", "name": "The Detroit News"}}</script>',
            "Talks resume",
            "The Detroit News",
            "JSON-LD publisher",
        ),
        # The address's word, the site's name at the end of the title.
        (
            '<meta property="og:site_name" content="cleveland">',
            "Talks resume - cleveland.com",
            "cleveland.com",
            "title tag's site name",
        ),
        # Only a Twitter handle, the name in the title.
        (
            '<meta name="twitter:site" content="@SputnikInt">',
            "Talks resume - Sputnik International",
            "Sputnik International",
            "title tag's site name",
        ),
        # A handle the page spells no other way: without its underscore.
        ('<meta name="twitter:site" content="@Wday_">', "Talks resume", "Wday", None),
        # A brand written in lower case is left as it is.
        (
            '<meta property="og:site_name" content="my6sense">',
            "Talks resume | my6sense",
            "my6sense",
            "meta og:site_name",
        ),
    ],
)
def test_a_site_name_given_as_a_slug_or_handle_is_spelt_as_the_page_spells_it(
    run, tmp_path, no_user_sources, head, title, source, where
):
    page = tmp_path / "slug.html"
    page.write_text(html_page(head, title=title))
    data = import_one(run, page)
    assert data["source"] == source
    if where:
        assert data["evidence"]["source"] == where


@pytest.mark.parametrize(
    ("stated", "printed", "date"),
    [
        # An evening's article, stated in UTC: the day the page prints.
        ("2019-11-19T00:04:00.000Z", "Nov. 18, 2019 7:04 pm ET", "2019-11-18"),
        ("2019-11-20T04:31:13-06:00", "Nov 19, 2019, 10:31 pm CST", "2019-11-19"),
        ("2019-11-19 02:24:00", "Nov 18, 2019 at 9:24 pm ET", "2019-11-18"),
        # No time zone puts 10:15 at UTC+2 on the next day: the printed day is another date.
        ("2018-09-15T10:15:48+02:00", "By admin - 2018-09-16", "2018-09-15"),
        # An update line is often the next day.
        ("2019-11-19T22:00:00Z", "Updated November 20, 2019", "2019-11-19"),
        # Without a clock time no time zone explains the day.
        ("2019-11-19", "November 18, 2019", "2019-11-19"),
    ],
)
def test_a_markup_date_a_time_zone_away_from_the_printed_day_is_the_printed_day(
    run, tmp_path, no_user_sources, stated, printed, date
):
    page = tmp_path / "evening.html"
    page.write_text(
        html_page(
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"datePublished": "{stated}"}}</script>',
            top=f"<p class='byline'>{printed}</p>",
        )
    )
    assert import_one(run, page)["date"] == date


@pytest.mark.parametrize("host", ["www.dw.com", "p.dw.com", "dw.com"])
def test_a_well_known_host_is_named_from_the_host_map(run, tmp_path, host, no_user_sources):
    page = tmp_path / "dw.htm"
    page.write_text(html_page(f'<link rel="canonical" href="https://{host}/en/talks/a-123">'))
    data = import_one(run, page)
    assert data["source"] == "DW"
    assert data["evidence"]["source"] == f"host map ({host.removeprefix('www.')})"


def test_users_extend_the_host_map_with_their_own_file(run, tmp_path, monkeypatch):
    sources = tmp_path / "my-sources.tsv"
    sources.write_text(
        "# my publications\nnews.example\tThe Example Daily\ndw.com\tDeutsche Welle\n"
    )
    monkeypatch.setenv("CLIPPER_SOURCES", str(sources))
    first = tmp_path / "a.html"
    first.write_text(html_page('<meta property="og:url" content="https://news.example/a">'))
    assert import_one(run, first)["source"] == "The Example Daily"
    second = tmp_path / "b.xhtml"
    second.write_text(
        html_page(
            '<link rel="canonical" href="https://www.dw.com/en/b">', title="Another story"
        ).replace("Tuesday", "Friday")
    )
    assert run("import", str(second)).exit_code == 0
    assert json.loads(run("show", "2", "--json").stdout)["source"] == "Deutsche Welle"


def test_a_dateline_under_the_headline_gives_the_date(run, tmp_path):
    page = tmp_path / "dateline.html"
    page.write_text(html_page(top="<p class='byline'>By Aiko Tanaka, November 5, 2019</p>"))
    data = import_one(run, page)
    assert data["date"] == "2019-11-05"
    assert data["evidence"]["date"] == "dateline near the title"


def test_a_chinese_article_is_not_taken_for_a_caption_for_want_of_spaces(run, tmp_path):
    # Chinese has no spaces between words: its article is long however few spaces it has,
    # and must not be swapped for the page's visible text with its related headlines.
    body = "".join(f"<p>{p}</p>" for p in CHINESE)
    related = "".join(
        f"<li><a href='/{n}'>{teaser}</a></li>"
        for n, teaser in enumerate(("专家解读：两国关系的未来走向与地区安全形势的新变化",
                                    "评论：贸易合作为两国人民带来了实实在在的好处和长远的发展机遇"))
    )  # fmt: skip
    page = tmp_path / "zh.html"
    page.write_text(
        "<html lang='zh'><head><meta charset='utf-8'><title>两国恢复会谈</title></head><body>"
        "<nav><a href='/'>首页</a> <a href='/a'>国际</a></nav>"
        f"<article><h1>两国恢复会谈</h1>{body}</article>"
        f"<aside><h3>相关新闻</h3><ul>{related}</ul></aside></body></html>",
        encoding="utf-8",
    )
    data = import_one(run, page)
    assert all(p in data["body"] for p in CHINESE)
    assert "相关新闻" not in data["body"] and "专家解读" not in data["body"]


def test_a_page_that_states_no_date_has_none(run, tmp_path):
    page = tmp_path / "undated.html"
    page.write_text(html_page())
    data = import_one(run, page)
    assert data["date"] is None and "date" not in data["evidence"]


def test_a_windows_1252_page_without_a_charset_keeps_its_accents(run, tmp_path, db_path):
    text = html_page(
        top="<p>Le ministre a déclaré que la réunion était « très utile » – un pas en avant.</p>"
    )
    page = tmp_path / "legacy.html"
    page.write_bytes(text.replace("<meta charset='utf-8'>", "").replace("’", "'").encode("cp1252"))
    assert run("import", str(page)).exit_code == 0
    body = sqlite3.connect(db_path).execute("select body from clippings").fetchone()[0]
    assert "déclaré" in body and "« très utile » – un pas" in body


def test_a_utf8_page_without_a_charset_keeps_the_accents_of_its_metadata(
    run, tmp_path, no_user_sources
):
    text = html_page(
        '<meta property="og:site_name" content="Le Café Quotidien">'
        '<meta name="author" content="José Müller">'
    )
    page = tmp_path / "no-charset.html"
    page.write_bytes(text.replace("<meta charset='utf-8'>", "").encode("utf-8"))
    shown = import_one(run, page)
    assert (shown["source"], shown["author"]) == ("Le Café Quotidien", "José Müller")
    assert shown["evidence"]["source"] == "meta og:site_name"
    assert shown["evidence"]["author"] == "meta author"


def test_a_page_where_trafilatura_finds_no_article_falls_back_to_its_visible_text(run, tmp_path):
    # A badly built site: the whole story sits in the page footer, which extractors discard.
    story = "".join(f"<div>{p}</div>" for p in PARAGRAPHS)
    page = tmp_path / "odd.html"
    page.write_text(
        f"<html><head><title>Odd</title></head><body><footer>{story}</footer></body></html>"
    )
    data = import_one(run, page)
    assert "Tokyo and Beijing agreed" in data["body"] and "frank and constructive" in data["body"]


def test_an_html_page_without_any_article_fails_with_a_reason(run, tmp_path):
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    )
    result = run("import", str(page))
    assert result.exit_code == 1
    assert (
        "menu.html" in result.stderr and "no article text found in the HTML page" in result.stderr
    )


@pytest.mark.parametrize(
    "name,data,what",
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(200), "a PDF document"),
        ("pages.zip", b"PK\x03\x04" + bytes(200), "a zip archive"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(200), "a JPEG image"),
    ],
)
def test_files_that_are_not_pages_are_skipped_with_a_reason(run, tmp_path, name, data, what):
    (tmp_path / name).write_bytes(data)
    result = run("import", str(tmp_path / name))
    assert result.exit_code == 0
    assert f"not a page: {what}" in result.stderr
    assert "Added 0, already present 0, skipped 1, failed 0." in result.stdout


def test_the_same_url_saved_twice_is_one_clipping(run, tmp_path):
    first = tmp_path / "first.html"
    first.write_text(
        html_page('<link rel="canonical" href="https://www.news.example/world/talks/">')
    )
    run("import", str(first))
    # Saved again later, after a correction, from a link with trackers on plain http.
    second = tmp_path / "second.html"
    second.write_text(
        html_page(
            '<link rel="canonical" href="http://news.example/world/talks?utm_source=x&utm_medium=y">',
            top="<p>Correction: the next meeting is in Tokyo, not Beijing as first reported.</p>",
        )
    )
    result = run("import", str(second))
    assert result.exit_code == 0
    assert "already present as #1" in result.stdout


def test_pages_whose_canonical_link_is_the_front_page_stay_apart(run, tmp_path):
    for name, day in (("a.html", "Tuesday"), ("b.html", "Friday")):
        page = tmp_path / name
        page.write_text(
            html_page('<link rel="canonical" href="https://news.example/">').replace("Tuesday", day)
        )
    result = run("import", str(tmp_path / "a.html"), str(tmp_path / "b.html"))
    assert "Added 2, already present 0" in result.stdout


def test_a_page_without_a_site_name_is_named_by_its_masthead_logo(run, tmp_path, no_user_sources):
    page = tmp_path / "logo.html"
    page.write_text(
        html_page(
            '<link rel="canonical" href="https://news.example/talks">',
            top="",
        ).replace(
            "<nav>",
            '<header><a class="site-logo" href="/"><img src="/l.svg" alt="The Example Herald logo">'
            "</a></header><nav>",
        )
    )
    data = import_one(run, page)
    assert data["source"] == "The Example Herald"
    assert data["evidence"]["source"] == "masthead logo"


def test_a_copyright_line_names_the_source_when_nothing_else_does(run, tmp_path, no_user_sources):
    page = tmp_path / "copyright.html"
    page.write_text(
        html_page('<link rel="canonical" href="https://news.example/talks">').replace(
            "Contact us | Privacy", "© 2019 Example Wire Service. All rights reserved."
        )
    )
    data = import_one(run, page)
    assert data["source"] == "Example Wire Service"
    assert data["evidence"]["source"] == "copyright line"


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        # The signs twice over: the name is the holder's, not "Copyright 2023 The ...".
        ("© Copyright 2023 The Dunmore Courier, 123 Main St.", "The Dunmore Courier"),
        # A name in a script without capitals, without its legal form ("Limited").
        ("कॉपीराइट © 2024 अमर उजाला लिमिटेड", "अमर उजाला"),
        ("© 2019 Example Wire Service Ltd. All rights reserved.", "Example Wire Service"),
    ],
)
def test_a_copyright_line_names_its_holder_as_a_reader_would(
    run, tmp_path, no_user_sources, notice, source
):
    page = tmp_path / "copyright.html"
    page.write_text(
        html_page('<link rel="canonical" href="https://news.example/talks">').replace(
            "Contact us | Privacy", notice
        ),
        encoding="utf-8",
    )
    data = import_one(run, page)
    assert (data["source"], data["evidence"]["source"]) == (source, "copyright line")


def test_a_sentence_saying_copyright_names_no_source(run, tmp_path, no_user_sources):
    page = tmp_path / "copyright.html"
    notice = "This material is copyright and cannot be reproduced without permission."
    page.write_text(
        html_page('<link rel="canonical" href="https://news.example/talks">').replace(
            "Contact us | Privacy", notice
        )
    )
    data = import_one(run, page)
    assert data["source"] != "and cannot be reproduced without permission"
    assert data["evidence"].get("source") != "copyright line"


def test_the_site_name_is_cut_from_the_title(run, tmp_path):
    page = tmp_path / "suffix.html"
    page.write_text(
        html_page(
            '<meta property="og:site_name" content="Example News">',
            title="Talks resume - Example News",
        )
    )
    assert import_one(run, page)["title"] == "Talks resume"


def test_sections_and_site_name_after_the_title_are_cut_when_the_markup_has_the_headline(
    run, tmp_path
):
    page = tmp_path / "crumbs.html"
    title = "Talks resume » Local » News » Example Daily"
    head = (
        f'<meta name="title" content="{title}"><meta name="twitter:title" content="Talks resume">'
    )
    page.write_text(
        html_page(head, title=title).replace(
            f"<h1>{title}</h1>", "<h1>Talks resume<span>Example Daily</span></h1>"
        )
    )
    assert import_one(run, page)["title"] == "Talks resume"


def test_a_placeholder_date_in_the_markup_is_no_date(run, tmp_path):
    page = tmp_path / "epoch.html"
    page.write_text(
        html_page('<meta property="article:published_time" content="1970-01-01T00:00:00Z">')
    )
    assert import_one(run, page)["date"] is None


# More of the story: the shared article alone is short enough to be compared anyway.
MORE = "".join(f"<p>{p} (Report {n}.)</p>" for n in range(3) for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "top, sound",
    [
        ("", True),  # a plain article: trafilatura's fast extraction is kept
        ("<table><tr><td>1</td></tr></table>" * 20, False),  # mostly tables
    ],
)
def test_the_fast_extraction_gives_the_article_trafilatura_would_give(top, sound):
    # clipper skips trafilatura's comparison with other extractors when its own extraction
    # needs none (clean.html.is_sound_article); the article must be the same either way.
    import trafilatura

    from clipper.clean.html import TRAFILATURA_OPTIONS, extract_article, is_sound_article

    tree = trafilatura.load_html(html_page(top=top + MORE))
    fast = trafilatura.bare_extraction(tree, fast=True, **TRAFILATURA_OPTIONS)
    assert bool(is_sound_article(fast.body, fast.text)) is sound
    full = trafilatura.bare_extraction(tree, **TRAFILATURA_OPTIONS)
    assert extract_article(tree).text == full.text


def test_a_short_article_is_compared_with_other_extractors():
    import trafilatura

    from clipper.clean.html import TRAFILATURA_OPTIONS, is_sound_article

    page = html_page().replace("".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]), "")
    doc = trafilatura.bare_extraction(trafilatura.load_html(page), fast=True, **TRAFILATURA_OPTIONS)
    assert len(doc.text) < 1000 and not is_sound_article(doc.body, doc.text)


@pytest.mark.parametrize(
    ("lang", "dateline", "date"),
    [
        ("fr", "Publié le 12 mars 2021", "2021-03-12"),
        ("de", "Veröffentlicht am 12.03.2021", "2021-03-12"),
        ("en-GB", "Published 12 March 2021", "2021-03-12"),
        ("fr", "Publié le 12/03/2021", "2021-03-12"),
        ("es", "1 de marzo de 2021", "2021-03-01"),
    ],
)
def test_a_dateline_in_the_page_language_gives_the_date(run, tmp_path, lang, dateline, date):
    page = tmp_path / "dateline.html"
    page.write_text(html_page(top=f"<p class='byline'>{dateline}</p>").replace("en-GB", lang))
    data = import_one(run, page)
    assert data["date"] == date


def test_a_chinese_or_japanese_page_without_a_lang_attribute_is_told_by_its_script(run, tmp_path):
    from pages import CHINESE

    body = "".join(f"<p>{p}</p>" for p in CHINESE)
    page = tmp_path / "zh.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>两国恢复会谈</title></head>"
        f"<body><article><h1>两国恢复会谈</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    data = import_one(run, page)
    assert data["language"] == "zh"


# What Chrome and Internet Explorer write at the top of a page they save.
SAVED_FROM = "<!-- saved from url=(0054)https://www.gazette.example.com/2021/03/03/bridge.html -->"


def test_a_browsers_saved_from_comment_gives_the_address_its_host_and_date(
    run, tmp_path, no_user_sources
):
    page = tmp_path / "bridge.html"
    page.write_text(SAVED_FROM + html_page(), encoding="utf-8")
    clipping = import_one(run, page)
    assert clipping["url"] == "https://www.gazette.example.com/2021/03/03/bridge.html"
    assert clipping["evidence"]["url"] == "saved-from comment"
    assert (clipping["source"], clipping["evidence"]["source"]) == (
        "gazette.example.com",
        "URL host",
    )
    assert (clipping["date"], clipping["evidence"]["date"]) == ("2021-03-03", "URL pattern")


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="canonical" href="https://news.example/talks">',
        '<meta property="og:url" content="https://news.example/talks">',
    ],
)
def test_the_pages_own_address_wins_over_the_saved_from_comment(run, tmp_path, head):
    page = tmp_path / "bridge.html"
    page.write_text(SAVED_FROM + html_page(head), encoding="utf-8")
    assert import_one(run, page)["url"] == "https://news.example/talks"


def test_a_saved_from_comment_inside_the_page_is_no_address(run, tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(html_page(top=SAVED_FROM), encoding="utf-8")
    assert import_one(run, page)["url"] is None


# A short article without a date of its own, and the blocks about other pages or the site
# that sit a few lines under its headline.
OTHER_PAGES_DATES = {
    "a related article's date": "<aside><h3>Related articles</h3><ul><li><a href='/a'>Mayor"
    " unveils budget plan</a> <span>March 1, 2021</span></li></ul></aside>",
    "a related article's <time>": "<aside><h3>Related articles</h3><ul><li><a href='/a'>Mayor"
    " unveils budget plan</a> <time datetime='2021-03-01'>March 1, 2021</time></li></ul></aside>",
    "a list of other articles' links": "<div><ul><li><a href='/a'>Mayor unveils budget plan</a>"
    " March 1, 2021</li><li><a href='/b'>Schools reopen after the storm</a> March 2, 2021</li>"
    "</ul></div>",
    "a block of more stories": "<div class='more-stories'><p><a href='/a'>Budget plan</a></p>"
    "<p>March 1, 2021</p></div>",
    "the site's footer": "<footer>Page generated 2024-05-12 10:33. © 2024 The Riverside"
    " Gazette</footer>",
    "the site's footer, in <time>": "<footer>Last updated <time datetime='2024-05-12'>May 12,"
    " 2024</time></footer>",
    "a photo's caption": "<figure><img src='b.jpg'><figcaption>The harbour at dusk, photographed"
    " on June 7, 2019.</figcaption></figure>",
    "a ticker in the site's header": "<header><nav><a href='/'>Home</a></nav><div"
    " class='ticker'>Storm warning — <time datetime='2024-05-12'>May 12, 2024</time></div>"
    "</header>",
}
SHORT_ARTICLE = (
    "<article><h1>Council approves harbour bridge</h1>"
    "<p>The city council voted 7-2 on Tuesday night to approve construction of a new bridge"
    " across the harbour, ending more than ten years of debate over the project's cost.</p>"
    "<p>Supporters said the bridge would cut commute times for thousands of residents on the"
    " east side, while opponents warned that the budget of $420 million was unrealistic.</p>"
    "</article>"
)


@pytest.mark.parametrize("block", list(OTHER_PAGES_DATES.values()), ids=list(OTHER_PAGES_DATES))
def test_a_date_about_other_pages_or_the_site_is_not_the_articles(run, tmp_path, block):
    page = tmp_path / "bridge.html"
    before, after = (block, "") if block.startswith("<header") else ("", block)
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Council approves"
        f" harbour bridge</title></head><body>{before}{SHORT_ARTICLE}{after}</body></html>"
    )
    data = import_one(run, page)
    assert "harbour" in data["body"]
    assert data["date"] is None and "date" not in data["evidence"]


def test_the_articles_own_date_wins_over_related_ones_and_the_footers(run, tmp_path):
    page = tmp_path / "bridge.html"
    article = SHORT_ARTICLE.replace("</h1>", "</h1><p class='dateline'>March 3, 2021</p>")
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Council approves"
        f" harbour bridge</title></head><body>{article}"
        + "".join(OTHER_PAGES_DATES.values())
        + "</body></html>"
    )
    assert run("import", str(page)).exit_code == 0
    explained = run("show", "1", "--explain").stdout
    assert "2021-03-03" in explained and "dateline near the title" in explained
    assert "2021-03-01" not in explained and "2024-05-12" not in explained


def test_a_date_in_the_articles_own_footer_is_kept(run, tmp_path):
    page = tmp_path / "post.html"
    article = SHORT_ARTICLE.replace(
        "</article>",
        "<footer>Posted on <time datetime='2021-03-03'>March 3, 2021</time></footer></article>",
    )
    page.write_text(
        f"<html lang='en'><head><title>Bridge</title></head><body>{article}</body></html>"
    )
    assert import_one(run, page)["date"] == "2021-03-03"
