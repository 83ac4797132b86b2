"""The plain-text cleaner: the five seed pages against their golden files, and one small
synthetic page per rule.  Test names say why the expected answer is right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pages import CHINESE, PARAGRAPHS, PROSE, page

from clipper.clean import dates, linekinds, meta, region, sources, vocab
from clipper.clean.language import WORD, load_stoplist
from clipper.clean.lines import (
    ascii_words,
    build_lines,
    set_stop_shares,
    words_in_ascii,
)
from clipper.clean.linesplit import MAX_LINE_CHARS, break_long_lines
from clipper.clean.text import clean_text
from clipper.errors import UnreadablePage
from clipper.models import Clipping

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {p.stem: p for p in sorted((ROOT / "seeds").glob("*.txt"))}
GOLDEN = ROOT / "tests" / "golden"

DW, TOPIX, KYODO, TIMES, NIKKEI = sorted(SEEDS)


def seed(name: str) -> Clipping:
    return clean_text(SEEDS[name].read_text(encoding="utf-8"), origin=str(SEEDS[name]))


# --- the seeds -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_matches_its_reviewed_golden_file(name: str) -> None:
    golden = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    clip = seed(name)
    for field in ("title", "source", "date", "author", "url", "language"):
        assert getattr(clip, field) == golden[field], field
    assert clip.body.split("\n\n") == golden["paragraphs"]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_found_field_says_where_it_came_from(name: str) -> None:
    clip = seed(name)
    for field in ("title", "source", "date", "author"):
        assert (getattr(clip, field) is not None) == (field in clip.evidence), field


def test_dw_dateline_under_the_title_gives_the_date_and_more_sites_link_the_source() -> None:
    clip = seed(DW)
    assert (clip.title, clip.date, clip.source) == (
        "Thaw in Sino-Japanese relations",
        "2014-11-07",
        "DW",
    )


def test_dw_skip_links_and_image_credit_go_but_subhead_and_sign_off_stay() -> None:
    body = seed(DW).body
    assert "Skip to" not in body and "Image: STR" not in body
    assert "\n\nMeeting in the works?\n\n" in body
    assert body.endswith("tj/kms (Reuters, AFP, dpa, AP)")


def test_dw_proxied_short_link_is_unwrapped_to_the_article_url() -> None:
    assert seed(DW).url == "https://p.dw.com/p/1DixB"


def test_save_time_clock_is_not_a_publication_date() -> None:
    assert seed(TOPIX).date is None


def test_section_label_under_the_headline_is_not_the_title() -> None:
    clip = seed(TOPIX)
    assert clip.title == (
        "China, Japan Agree to Strengthen Bilateral Ties Despite Mounting Differences"
    )
    assert clip.source == "China Topix"


def test_like_us_prompt_and_analytics_footer_are_dropped() -> None:
    body = seed(TOPIX).body
    assert "Like Us on Facebook" not in body and "Real Time Analytics" not in body
    assert body.endswith("faces opportunities and challenges.")


def test_bulleted_byline_gives_date_and_agency_and_topic_bullets_go() -> None:
    clip = seed(KYODO)
    assert (clip.date, clip.source) == ("2017-11-12", "Kyodo News")
    assert clip.title == "Abe, Xi agree to make “new start” toward improved bilateral ties"
    assert "Trending Japan" not in clip.body and "COVID-19" not in clip.body


def test_ticker_dates_do_not_become_the_article_date() -> None:
    clip = seed(TIMES)
    assert clip.date == "2022-08-19"


def test_reading_line_and_breadcrumb_confirm_the_title() -> None:
    clip = seed(TIMES)
    assert clip.title == "Japan, China move to rebuild relationship ahead of diplomatic milestone"
    assert clip.evidence["title"] in ("repeated in a 'Reading:' line", "repeated in breadcrumb")


def test_staff_byline_and_copyright_line_give_author_and_source() -> None:
    clip = seed(TIMES)
    assert (clip.author, clip.source) == ("Staff", "Times of Japan")


def test_share_bar_reactions_and_comment_form_are_dropped() -> None:
    body = seed(TIMES).body
    for junk in (
        "Share this Article",
        "Love0",
        "Leave a comment",
        "You Might Also Like",
        "Published September",
        "Sign in",
        "© 2022",
    ):
        assert junk not in body


def test_page_without_a_date_of_its_own_gets_none() -> None:
    assert seed(NIKKEI).date is None


def test_short_subheads_stay_in_the_body() -> None:
    assert "\n\nMixed signals\n\n" in seed(NIKKEI).body


def test_paywall_prompt_and_sponsored_block_are_dropped() -> None:
    clip = seed(NIKKEI)
    for junk in (
        "Sponsored Content",
        "free article",
        "Try 3 months",
        "subscription",
        "ArrowArtboard",
        "Thaw may be on the horizon",
    ):
        assert junk not in clip.body
    assert clip.title == "China inching toward detente with Japan"
    assert clip.source == "Nikkei Asian Review"


# --- one rule at a time, on synthetic pages ---------------------------------------------------


def test_empty_text_raises_unreadable_page() -> None:
    for text in ("", "   \n\n \t", "Home\nNews\nSports\nContact"):
        with pytest.raises(UnreadablePage):
            clean_text(text)


def test_cookie_banner_is_dropped() -> None:
    text = page(
        "We use cookies to improve your experience. By using this site, you agree to "
        "our use of cookies and our privacy policy.",
        "Accept",
        *PROSE,
    )
    body = clean_text(text).body
    assert "cookies" not in body and body.startswith(PROSE[0])


def test_share_bar_inside_the_article_is_dropped() -> None:
    text = page(PROSE[0], PROSE[1], "Share\nTweet\nEmail\nPrint", PROSE[2], PROSE[3])
    assert clean_text(text).body == "\n\n".join(PROSE)


INTRO = (
    "Officials listed the issues that the two sides will take up first when they meet, "
    "according to a statement released on Friday:"
)
ITEMS = [
    "1) Fishing rights in the disputed waters",
    "2) A hotline between the two coast guards",
    "3) Quotas on rare earth exports",
]


def test_a_list_the_last_paragraph_introduces_stays_with_its_links() -> None:
    text = page(
        *PROSE,
        INTRO,
        f"{ITEMS[0]}\nhttps://example.com/fishing",
        f"{ITEMS[1]}\nhttps://example.com/hotline",
        ITEMS[2],
        "TradeDiplomacyIslands",
        "Leave a comment\n\nYou must be logged in to post a comment.",
    )
    assert clean_text(text).body == "\n\n".join(
        [*PROSE, INTRO, ITEMS[0], "https://example.com/fishing"]
        + [ITEMS[1], "https://example.com/hotline", ITEMS[2]]
    )


def test_a_list_is_kept_only_when_introduced_and_in_order() -> None:
    # Not introduced: the paragraph before it does not end in a colon.
    plain = page(*PROSE, *ITEMS)
    assert clean_text(plain).body == "\n\n".join(PROSE)
    # Introduced, but numbered out of order: not the list the paragraph announced.
    shuffled = page(*PROSE, INTRO, ITEMS[1], ITEMS[0], ITEMS[2])
    assert clean_text(shuffled).body == "\n\n".join([*PROSE, INTRO])
    # Introduced, but a share bar: the first line that is not article text ends it.
    shares = page(*PROSE, INTRO, "  • Facebook\n  • Twitter\n  • Email")
    assert clean_text(shares).body == "\n\n".join([*PROSE, INTRO])


# A list copied from a page loses its bullets: short lines without a full stop, as a list of
# links has, but set between the article's paragraphs and reading as text.
PASTED_LIST = [
    "Cloud IDE for coding",
    "Remote desktop for anything with a GUI",
    "A USB-C hub for the external monitor, which mirrored instead of extending",
]


def test_a_pasted_list_between_paragraphs_stays_in_the_article() -> None:
    # Under a label that introduces it, in the middle of the article.
    label = "Key points from the statement:"
    text = "\n".join([*PROSE[:2], label, *PASTED_LIST, *PROSE[2:], "Share", "Most read"])
    assert clean_text(text).body.split("\n\n") == [*PROSE[:2], label, *PASTED_LIST, *PROSE[2:]]
    # After the paragraph that ran last before it, with one more paragraph after it and the
    # page's furniture after that: the article goes on after the list.
    text = "\n".join([*PROSE[:3], *PASTED_LIST, PROSE[3], "Follow", "Help", "Privacy"])
    assert clean_text(text).body.split("\n\n") == [*PROSE[:3], *PASTED_LIST, PROSE[3]]


def test_a_pasted_list_item_may_hold_a_word_that_is_also_a_buttons() -> None:
    # "more" is a button's word ("Show more"), and prose's: the item is still the list's.
    items = [
        "extra beds in every acute trust",
        "a named lead for discharge",
        "more staff in urgent treatment centres",
    ]
    intro = "The health service set out the measures it expects every hospital to have by November:"
    text = "\n".join([PROSE[0], intro, *items, *PROSE[1:], "More on this story", "Follow us"])
    assert clean_text(text).body.split("\n\n") == [PROSE[0], intro, *items, *PROSE[1:]]


def test_links_between_paragraphs_go_when_they_are_no_list_of_the_article() -> None:
    # Headlines in title case, or menu labels, are links though paragraphs surround them.
    for links in (
        [
            "Musk Says Tesla Will Pause Mexico Plant",
            "China's Property Slump Deepens Again",
            "Oil Prices Rise As Supply Falls",
        ],
        ["Live TV", "Markets", "Politics", "Opinion"],
    ):
        text = "\n".join([*PROSE[:2], *links, *PROSE[2:]])
        assert clean_text(text).body.split("\n\n") == PROSE
    # Sentence-case headlines under a box's header: the box's first link reads as prose.
    box = [
        "Trending News",
        'Video shows dramatic rescue of kidnapped girl: "We got her!"',
        "Man arrested after 7 trafficking victims found in car",
        "Jeffrey Epstein jail guards charged with falsifying records",
        "Safety officials urge Boeing to redesign part on 737s",
    ]
    body = clean_text("\n".join([*PROSE[:2], *box, *PROSE[2:]])).body
    assert "Jeffrey Epstein" not in body and body.startswith(PROSE[0])


PLACES = ["Millennium Park concerts", "Lincoln Park Zoo", "The Garfield Park Conservatory"]
FREE_INTRO = (
    "Chicago in summer is expensive if you let it be. Here are our favourite things to do "
    "that cost nothing at all."
)


@pytest.mark.parametrize("described", [False, True], ids=["names", "described"])
def test_a_listicle_keeps_the_numbered_items_its_headline_announces(described: bool) -> None:
    # The paragraph before the list ends in a full stop, not a colon; the headline's "3"
    # says the three numbered lines are the article's list.
    items = [f"{n}. {place}" for n, place in enumerate(PLACES, 1)]
    if described:
        items = [
            f"{item}\nFree every day, and open until {n} pm, more on weekends."
            for n, item in enumerate(items, 8)
        ]
    text = "\n".join(
        [
            "Windy City Weekly",
            "Things To Do",
            "3 free things to do in Chicago this summer",
            "By Maria Delgado",
            FREE_INTRO,
            *items,
            "Have we missed your favourite? Tell us.",
            "Sign up for our newsletter",
            "Popular on Windy City Weekly",
            "The best hot dogs in Chicago",
            "The 10 best rooftop bars",
        ]
    )
    clip = clean_text(text)
    assert clip.title == "3 free things to do in Chicago this summer"
    assert clip.body.split("\n\n") == [
        FREE_INTRO,
        *"\n".join(items).split("\n"),
        "Have we missed your favourite? Tell us.",
    ]


def test_a_feed_of_teasers_after_a_newsletter_prompt_is_dropped() -> None:
    teasers = [
        f"{kicker}\n\n{headline}\n\n2 diggs Science\n\n{blurb}"
        for kicker, headline, blurb in [
            (
                "REINDEER GAMES",
                "Why Herders Are Fighting The Mines",
                "Herders in the far north have kept reindeer for generations, and now the "
                "miners have arrived in the valleys where the animals spend the winter.",
            ),
            (
                "A NATIONAL TRAGEDY",
                "Watching This Koala Get Rescued Is Heart-Wrenching",
                "Dozens of bushfires are spreading across the country, burning across more "
                "than two million acres and putting the animals in harm's way.",
            ),
            (
                "RUNNING LONG",
                "Why Movies Went From 15 Minutes To Two Hours",
                "The first films were short because of the reels they were shot on, and the "
                "length of a feature grew as the theatres and the audiences changed.",
            ),
        ]
    ]
    text = page(
        *PROSE,
        "Want more stories like this?",
        "Every day we send an email with the top stories.",
        "Subscribe",
        *teasers,
    )
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_language_picker_is_dropped() -> None:
    text = page("  • English\n  • Deutsch\n  • Français\n  • Español", *PROSE)
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_breadcrumb_names_the_title() -> None:
    text = page(
        "Home > World > Leaders agree to resume talks",
        "World",
        "Leaders agree to resume talks",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "Leaders agree to resume talks"
    assert clip.evidence["title"] == "repeated in breadcrumb"


def test_copyright_year_alone_gives_no_date() -> None:
    text = page("Leaders agree to resume talks", *PROSE, "© 2019 Example Daily News")
    clip = clean_text(text)
    assert clip.date is None
    assert "2019" not in clip.body


def test_by_line_gives_the_author_and_published_line_the_date() -> None:
    text = page("Leaders agree to resume talks", "By Jane Doe", "Published March 3, 2019", *PROSE)
    clip = clean_text(text)
    assert (clip.author, clip.date) == ("Jane Doe", "2019-03-03")
    assert clip.body.startswith(PROSE[0])


def test_a_stamp_without_a_year_takes_the_year_of_the_pages_copyright() -> None:
    # Pages print this year's dates without the year; the copyright notice says which year.
    text = page(
        "Leaders agree to resume talks",
        "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
        *PROSE,
        "© 2019 Example Daily News. All rights reserved.",
    )
    clip = clean_text(text)
    assert clip.date == "2019-11-18"  # the date it was posted, not updated
    assert "copyright" in clip.evidence["date"]
    assert "Posted" not in clip.body


def test_a_stamp_without_a_year_and_no_copyright_gives_no_date() -> None:
    text = page("Leaders agree to resume talks", "Posted Nov 18, 8:19 PM", *PROSE)
    assert clean_text(text).date is None


def test_a_picture_credits_year_is_not_the_pages_year() -> None:
    text = page(
        "Leaders agree to resume talks",
        "Posted Nov 18, 8:19 PM",
        "Photo © 2015 Example Images",
        *PROSE,
    )
    assert clean_text(text).date is None


def test_a_stamp_split_over_two_lines_gives_its_date() -> None:
    text = page(
        "Leaders agree to resume talks",
        "November 20\n15:23 2019\nShare this article",
        *PROSE,
        "© 2021 Example Daily News",
    )
    clip = clean_text(text)
    assert clip.date == "2019-11-20"  # the stamp's own year, not the copyright's
    assert "15:23" not in clip.body


@pytest.mark.parametrize(
    ("stamp", "elsewhere", "date"),
    [
        # An "Updated" date in full at the article's end gives the year...
        ("Aug 23, 11:52 AM", "Updated August 24, 2024 at 9:10 AM", "2024-08-23"),
        ("8/23(金) 11:52配信", "最終更新:2024/8/23(金) 12:10", "2024-08-23"),
        # ... the year before, when the update came after New Year.
        ("30 Dec, 18:05", "Last updated 2 January 2025", "2024-12-30"),
        # The same day printed in full further down, in the article's address.
        ("23 Aug, 11:52", "https://www.example.com/world/2024/08/23/leaders-agree", "2024-08-23"),
        # Over the copyright's year.
        ("Aug 23, 11:52 AM", "Updated Aug 24, 2023 at 9:10 AM\n© 2024 Example Daily", "2023-08-23"),
        # In other languages.
        ("Le 3 mars à 17h32", "Mis à jour le 4 mars 2024 à 09h10", "2024-03-03"),
        ("3 de marzo, 17:32", "© 2024 Diario de Ejemplo", "2024-03-03"),
        ("Am 3. März, 17:32 Uhr", "Aktualisiert am 4. März 2024, 09:10 Uhr", "2024-03-03"),
        # No year anywhere: no date, never a guessed year.
        ("8/23(金) 11:52配信", "最終更新:8/23(金) 12:10", None),
        # A date in full of another day and no "Updated": no evidence of the stamp's year.
        ("Aug 23, 11:52 AM", "Related: Talks collapsed on March 3, 2021", None),
    ],
)  # fmt: skip
def test_a_stamp_without_a_year_takes_it_from_a_full_date_on_the_page(
    stamp: str, elsewhere: str, date: str | None
) -> None:
    # (Far below the headline: no dateline of the article's header.)
    text = page("Leaders agree to resume talks", stamp, *PROSE, *PARAGRAPHS, elsewhere)
    clip = clean_text(text)
    assert clip.date == date
    assert stamp not in clip.body


def test_a_yearless_date_in_the_article_is_not_its_date() -> None:
    text = page(
        "Leaders agree to resume talks",
        "Officials met on Nov 18 to prepare the talks, which are expected to last two days "
        "and to cover trade, security and the disputed islands.",
        *PROSE,
        "© 2019 Example Daily News",
    )
    assert clean_text(text).date is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Troy L. Smith, Cleveland.com", "Troy L. Smith"),
        ("By Jane Doe, Associated Press", "Jane Doe"),
        ("By Jane Doe, The Plain Dealer", "Jane Doe"),
        ("By Eric Song, IGN", "Eric Song"),
        ("By Meg JamesStaff Writer", "Meg James"),
        ("By Jane Doe and John Roe, Bloomberg News", "Jane Doe and John Roe"),
        (
            "By Stefan Becket, Kathryn Watson, Grace Segers",
            "Stefan Becket, Kathryn Watson, Grace Segers",
        ),
        ("By Reuters", "Reuters"),
    ],
)
def test_the_author_is_the_writers_not_their_publication_or_role(byline: str, author: str) -> None:
    text = page("Leaders agree to resume talks", byline, "Published March 3, 2019", *PROSE)
    assert clean_text(text).author == author


def test_related_stories_after_the_article_are_cut() -> None:
    teaser = (
        "Another story with a long summary that reads like prose and goes on for quite a "
        "while, as teasers sometimes do, with many words."
    )
    text = page(*PROSE, "You might also like", teaser, teaser.replace("Another", "A third"))
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_non_english_page_is_cleaned_and_its_language_guessed() -> None:
    german = [
        "Die beiden Regierungen haben am Freitag erklärt, dass sie die Gespräche über Handel und "
        "Sicherheit nach fast drei Jahren wieder aufnehmen wollen.",
        "Nach Angaben von Beamten könnte das erste Treffen im nächsten Monat stattfinden, aber "
        "ein Termin ist noch nicht festgelegt worden und es gibt viele offene Fragen.",
    ]
    clip = clean_text(
        page(
            "Startseite > Politik",
            "Regierungen nehmen Gespräche wieder auf",
            "7. März 2019",
            *german,
            "Impressum\nDatenschutz",
        )
    )
    assert clip.language == "de"
    assert clip.body == "\n\n".join(german)
    assert clip.date == "2019-03-07"  # a German month name


# English letters written as Georgian ones: a language no stoplist knows, with real prose's
# shape (jusText has a Georgian list, but these words are in no list).
TO_GEORGIAN = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "აბგდევზთიკლმნოპჟრსტუფქღყშჩ" * 2
)


def test_page_in_a_language_without_a_stoplist_is_cleaned_by_line_shape() -> None:
    prose = [p.translate(TO_GEORGIAN) for p in PROSE]
    menu = [w.translate(TO_GEORGIAN) for w in ("Home", "World", "Sport", "Culture")]
    text = page(
        "\n".join(f"  • {item}" for item in menu),
        "Talks resume after three years".translate(TO_GEORGIAN),
        *prose,
        "Copyright 2024".translate(TO_GEORGIAN),
    )
    clip = clean_text(text)
    assert clip.body == "\n\n".join(prose)
    assert clip.language is None


def test_languages_beyond_europe_are_guessed_and_english_stays_english() -> None:
    arabic = [
        "قالت الحكومتان يوم الجمعة إنهما ستستأنفان المحادثات حول التجارة والأمن بعد توقف دام "
        "ما يقرب من ثلاث سنوات، وفقا لمسؤولين في العاصمتين.",
        "وقال المسؤولون إن الاجتماع الأول قد يعقد في الشهر المقبل، على الرغم من أنه لم يتم "
        "تحديد موعد بعد، وحذر الجانبان من أن هناك قضايا صعبة كثيرة لا تزال قائمة بينهما.",
    ]
    clip = clean_text(page("الصفحة الرئيسية", "استئناف المحادثات", *arabic, "جميع الحقوق محفوظة"))
    assert clip.language == "ar"
    assert clip.body == "\n\n".join(arabic)
    # Stoplists drawn from Wikipedia hold English words ("the", "and" in Finnish's): an
    # English page must not be taken for one of those languages.
    assert clean_text(page(*PROSE)).language == "en"
    assert {seed(name).language for name in SEEDS} == {"en"}


JAPANESE = [
    "両政府は金曜日、ほぼ３年間の中断を経て、貿易と安全保障に関する協議を再開すると発表した。両国の当局者が明らかにした。",
    "当局者によると、最初の会合は来月にも開かれる可能性があるが、日程はまだ決まっておらず、双方とも多くの難しい問題が残っていると警告した。",
    "アナリストらは、島をめぐる対立で緊張していた関係が、両首脳が国内で圧力に直面する中、徐々に改善している兆しだと指摘した。",
]


def test_chinese_headline_with_a_space_is_not_taken_for_a_two_word_label() -> None:
    # Chinese puts a space between a headline's phrases, not between its words.
    text = page(
        "新华网 > > 正文\n2023 11/ 17 20:52:15\n来源：新华网\n两国恢复会谈 贸易与安全问题成焦点",
        "字体： 小 中 大\n分享到：\n两国恢复会谈 贸易与安全问题成焦点",
        "2023-11-17 20:52:15 来源： 新华网",
        *CHINESE,
        "【纠错】 【责任编辑:张三 】",
    )
    clip = clean_text(text)
    assert (clip.title, clip.date) == ("两国恢复会谈 贸易与安全问题成焦点", "2023-11-17")
    assert clip.body == "\n\n".join(CHINESE)
    assert clip.language == "zh"  # told by its script: no stoplist reads unspaced words


def test_japanese_headline_under_a_breadcrumb_and_its_kanji_dateline() -> None:
    # A breadcrumb (a row of short labels) is no headline, and "2018年6月18日" is a date.
    text = page(
        "  • 国際",
        "  • アジア",
        "ニュース 戦争・紛争 Video",
        "動画：両国が貿易・安全保障協議を再開へ、３年ぶり",
        "2018年6月18日 10:01 発信地：東京/日本 [ 日本 アジア ]",
        "このニュースをシェア",
        *JAPANESE,
    )
    clip = clean_text(text)
    assert (clip.title, clip.date) == (
        "動画：両国が貿易・安全保障協議を再開へ、３年ぶり",
        "2018-06-18",
    )
    assert clip.body == "\n\n".join(JAPANESE)
    assert clip.language == "ja"  # kana among the Chinese characters


def test_a_bracketed_page_count_above_the_dateline_is_not_the_headline() -> None:
    text = page("米朝首脳会談の成否を探る", "（1/3ページ）\n2018/6/19 5:50", *JAPANESE)
    assert clean_text(text).title == "米朝首脳会談の成否を探る"
    # Notes around a headline leave it a headline.
    text = page("(LEAD) Leaders agree to resume talks (update)", "2018/6/19 5:50", *PROSE)
    assert clean_text(text).title == "(LEAD) Leaders agree to resume talks (update)"


def test_photo_credits_are_dropped_from_the_body() -> None:
    text = page(
        PROSE[0],
        "Sakib Ali/Hindustan Times/Getty Images",
        "Protesters gather outside the court. (AP Photo/Jane Roe, File)",
        *PROSE[1:],
    )
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_newsletter_prompts_and_read_more_links_are_dropped() -> None:
    text = page(
        PROSE[0],
        "Read more: Leaders agree to resume talks",
        "Sign up for our newsletter to get the top stories delivered to your inbox.",
        *PROSE[1:],
        "Jane Doe is a reporter for the Example Daily News.",
    )
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_comment_thread_after_the_article_is_cut() -> None:
    comment = (
        "I think this is a very interesting development and I hope that the talks go well "
        "for everyone involved in them this time."
    )
    text = page(
        *PROSE,
        "42 Comments",
        "reader1",
        "2 days ago at 07:52 am",
        comment,
        "reader2",
        "3 hours ago",
        comment.replace("I think", "I doubt"),
    )
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_inline_related_box_does_not_end_the_article() -> None:
    text = page(*PROSE[:2], "Related articles", "  • Another story\n  • A third story", *PROSE[2:])
    assert clean_text(text).body == "\n\n".join(PROSE)


MOST_POPULAR_BOX = [
    "Most Popular",
    "Gear\n30 Essential Home Repair Tools You Should Have",
    "Matt Jancer",
    "Business\nElon Musk Announces a New Chatbot With Few Guardrails",
    "Will Knight",
    "Culture\nFirst-Gen Social Media Users Have Nowhere to Go",
    "Jason Parham",
    "Backchannel\nHow Citizen Surveillance Ate San Francisco",
    "Lauren Smiley",
]


LATER = [
    "The talks are expected to cover tariffs on steel and farm goods, the rules for investment "
    "in each other's technology companies, and a hotline between the two defence ministries.",
    "Diplomats cautioned that the last round of talks had collapsed within weeks, and said that "
    "this time both governments would need to show results quickly to keep public support.",
    "A joint statement is expected at the end of the first meeting, officials said, and the "
    "two foreign ministers could meet on the sidelines of a regional summit later this year.",
]


def test_most_popular_box_inside_the_article_does_not_end_it() -> None:
    text = page(*PROSE, *MOST_POPULAR_BOX, *LATER)
    assert clean_text(text).body == "\n\n".join(PROSE + LATER)


def test_teasers_after_the_copyright_footer_are_cut() -> None:
    teasers = []
    for n, ago in enumerate(("32M ago", "1H ago", "2H ago")):
        teasers += [
            f"Story number {n} from elsewhere on the site",
            "A long standfirst of another story, which reads like prose and runs on for a "
            f"while as teasers do, number {n}.",
            ago,
        ]
    text = page(
        *PROSE,
        *MOST_POPULAR_BOX,
        *LATER,
        "© 2019 Example Interactive Inc. All Rights Reserved.",
        *teasers,
    )
    assert clean_text(text).body == "\n\n".join(PROSE + LATER)


SPANISH = [
    "Los dos gobiernos anunciaron el viernes que volverán a negociar sobre comercio y seguridad "
    "después de una pausa de casi tres años, según fuentes oficiales de ambas capitales.",
    "La primera reunión podría celebrarse el mes que viene, aunque todavía no hay una fecha y "
    "las dos partes advierten de que quedan muchos asuntos difíciles entre ellas.",
    "Los analistas creen que el anuncio es una señal de que las relaciones, que se habían "
    "deteriorado por una disputa sobre unas islas, mejoran poco a poco.",
]


def test_comment_thread_in_another_language_is_cut() -> None:
    comment = (
        "Me parece que esta noticia es muy interesante y espero que las negociaciones salgan "
        "bien para todos los que participan en ellas esta vez."
    )
    text = page(
        *SPANISH,
        "Comentarios",
        "Alcalino",
        "Hace 28 minutos",
        comment,
        "Casper",
        "Hace 37 minutos",
        comment.replace("Me parece", "No creo"),
        "Valoración: 3",
    )
    clip = clean_text(text)
    assert (clip.language, clip.body) == ("es", "\n\n".join(SPANISH))


@pytest.mark.parametrize(
    "header",
    ["Comentarios", "12 Kommentare", "Commentaires (4)", "Noticias relacionadas", "Lo más leído",
     "Meistgelesen", "I più letti", "Les plus lus", "Mais lidas", "Mehr zum Thema",
     "Artículos relacionados", "Notícias relacionadas", "Meest gelezen", "Yorumlar"],
)  # fmt: skip
def test_closing_headers_in_other_languages_pass_the_quick_first_letter_test(header: str) -> None:
    (line,) = build_lines(header)
    assert region.is_end_start(line.text[0]) and region.is_end_marker(line)
    assert region.is_end_marker(build_lines(header.upper())[0])


def test_analysis_byline_marks_the_headline_over_a_caption_under_the_dateline() -> None:
    text = page(
        "  • Politics\n  • Newsletters",
        "The nonstop sparring match between the justice and the government's top lawyer",
        "Analysis by Joan Biskupic, Senior Supreme Court Analyst\n11 minute read\n"
        "Updated 9:22 PM EST, Mon November 6, 2023\nLink Copied!\nAd Feedback\n"
        "Samuel Alito and Elizabeth Prelogar\nGetty Images/Sipa USA",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == (
        "The nonstop sparring match between the justice and the government's top lawyer"
    )
    assert (clip.author, clip.date) == ("Joan Biskupic", "2023-11-06")


def test_headline_above_a_video_playlist_is_still_found() -> None:
    playlist = []
    for n in range(12):
        playlist += [f"Video Ad Feedback\nOther story number {n} in the playlist", "02:12",
                     "Now playing\n- Source: CNN"]  # fmt: skip
    text = page(
        "  • World\n  • Politics",
        "Takeaways from the minister's contentious testimony in the fraud trial",
        "By Jeremy Herb and Kara Scannell, CNN\n7 minute read\n"
        "Updated 4:48 PM EST, Mon November 6, 2023\nLink Copied!",
        *playlist,
        "See More Videos",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "Takeaways from the minister's contentious testimony in the fraud trial"
    assert (clip.date, clip.body) == ("2023-11-06", "\n\n".join(PROSE))


def test_byline_repeating_the_name_before_it_and_a_caption_crediting_the_ap() -> None:
    # "Jane Doe By Jane Doe": a picture's or a link's name, then the byline.  The caption
    # between headline and byline ends in its credit, so it is no headline.
    text = page(
        *NAV,
        "Let me Google that for you: the year's most popular food searches",
        "google.JPG\nYou are what you search. (The Associated Press)\nPrint",
        "National Desk By National Desk",
        "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "Let me Google that for you: the year's most popular food searches"
    assert (clip.author, clip.date) == ("National Desk", "2014-12-27")
    assert "Associated Press" not in clip.body
    # A headline with "By" in it is not a byline: the names on either side differ.
    assert meta.author_from_byline("Man Killed By Police") is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Alexander Weber and Jana Randow", "Alexander Weber and Jana Randow"),
        ("By Ann Lee and Mark Ray", "Ann Lee and Mark Ray"),
        ("By June Smith", "June Smith"),
        ("By Octavia Novak", "Octavia Novak"),
        ("By Jane Doe Nov. 19, 2019", "Jane Doe"),  # a month before a number ends the name
        ("By Jane Doe March 2021", "Jane Doe"),
    ],
)
def test_a_name_that_starts_like_a_month_stays_in_the_byline(byline: str, author: str) -> None:
    clip = clean_text(page("Leaders agree to resume talks", byline, *PROSE))
    assert clip.author == author


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Posted on July 14, 2021 by Jenny Alcott", "Jenny Alcott"),  # WordPress's own
        ("Published 3 March 2021 by Jane Doe and Tom Lee", "Jane Doe and Tom Lee"),
        ("Posted by Jane Doe", "Jane Doe"),
        ("By political reporter Tom Crowley", "Tom Crowley"),
        ("By chief business correspondent Ian Verrender", "Ian Verrender"),
        ("Posted on March 30, 2015 by Admin", None),  # the blog's account, no one's name
    ],
)
def test_bylines_after_a_date_or_before_a_role(byline: str, author: str | None) -> None:
    clip = clean_text(page("Leaders agree to resume talks", byline, *PROSE))
    assert clip.author == author


def test_a_list_of_linked_headlines_above_the_text_is_not_the_headline() -> None:
    # "More on: plague" and three headlines in a row: teasers, though the first sits closer to
    # the text than the article's own headline and is repeated under "see also".
    teaser = "Two patients diagnosed with plague in China as officials scramble to prevent outbreak"
    text = page(
        *NAV,
        "Chinese hunter catches bubonic plague after eating wild rabbit",
        "By Natalie Musumeci",
        "  • View author archive\n  • email the author",
        "Most Popular Today",
        "Name(required)\nEmail(required)\nComment(required)",
        "Submit",
        "November 18, 2019 | 4:10pm",
        "Enlarge Image\nShutterstock\nMore On:\nplague",
        "\n".join((teaser, "Origin of Black Death plague which ravaged Europe traced to Russia",
                   "Plague-ridden prairie dogs force cancellation of camping event",
                   "Plague-ridden prairie dogs pose danger to Colorado tourists")),
        f"see also\n{teaser}",
        *PROSE,
    )  # fmt: skip
    clip = clean_text(text)
    assert clip.title == "Chinese hunter catches bubonic plague after eating wild rabbit"
    assert (clip.author, clip.date) == ("Natalie Musumeci", "2019-11-18")


def test_byline_naming_its_publication_after_a_bar_is_no_photo_credit() -> None:
    # "By Andy Sahadeo | Fox News" has a photo credit's shape ("Name | Agency"), but it is
    # the byline that marks the headline, over a video's title nearer the text.
    text = page(
        *NAV,
        "Dancing With the Stars\nPublished 22 hours ago",
        "Actor eliminated from 'Dancing with the Stars' after announcing his loss",
        "By Andy Sahadeo | Fox News",
        "  • Facebook\n  • Twitter\n  • Print\nclose\nVideo",
        "Fox News Flash top entertainment headlines for Nov. 19",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "Actor eliminated from 'Dancing with the Stars' after announcing his loss"
    assert clip.author == "Andy Sahadeo"


def test_icon_font_garbage_is_dropped() -> None:
    text = page(
        "ArrowArtboardCreated with Sketch.Title ChevronIcon FacebookIcon Twitter",
        "Leaders agree to resume talks",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "Leaders agree to resume talks"
    assert clip.body == "\n\n".join(PROSE)


def test_page_clock_with_seconds_is_not_the_date() -> None:
    clip = clean_text(
        page("EXAMPLE NEWS", "01/22/2025 01:56:10 am", "Leaders agree to resume talks", *PROSE)
    )
    assert clip.date is None


def test_ticker_dates_above_the_headline_are_ignored() -> None:
    ticker = "\n".join(
        f"Other story number {i} about something else\nPublished September 23, 2023"
        for i in range(6)
    )
    clip = clean_text(
        page(
            ticker,
            "  • Home\n  • News",
            "Leaders agree to resume talks",
            "Staff Published August 19, 2022",
            *PROSE,
        )
    )
    assert (clip.title, clip.date, clip.author) == (
        "Leaders agree to resume talks",
        "2022-08-19",
        "Staff",
    )


def test_copyright_line_names_the_source_without_company_suffix() -> None:
    clip = clean_text(
        page(
            "Leaders agree to resume talks",
            *PROSE,
            "© 2019 Example Daily News, Inc. All rights reserved.",
        )
    )
    assert clip.source == "Example Daily News"
    assert clip.evidence["source"] == "copyright line"


def test_huge_dump_and_endless_line_are_handled() -> None:
    endless = "word " * 400_000  # one 2 MB line: capped, never scanned whole by every rule
    clean_text(endless + "\n\n" + page(*PROSE))
    many = page(*PROSE * 5_000)  # 20,000 paragraphs
    assert clean_text(many).body.startswith(PROSE[0])


def test_parse_date_rejects_impossible_and_implausible_dates() -> None:
    assert dates.parse_date("November 7, 2014") == "2014-11-07"
    assert dates.parse_date("Nov. 12, 2017, 12:22 a.m.") == "2017-11-12"
    assert dates.parse_date("2022/08/19 at 6:06 AM") == "2022-08-19"
    assert dates.parse_date("31/02/2019") is None
    assert dates.parse_date("March 3, 1850") is None
    assert dates.parse_date("no date here") is None
    assert dates.parse_date("By Mike Wall 2019-11-18T20:51:19Z") == "2019-11-18"


def test_source_from_host_falls_back_to_the_parent_domain() -> None:
    assert sources.source_from_host("p.dw.com") == "DW"
    assert sources.source_from_host("www.reuters.com") == "Reuters"
    assert sources.source_from_host("unknown.example") is None


def test_shouted_source_names_are_written_as_a_reader_would() -> None:
    assert sources.normalise_source("CHINA TOPIX") == "China Topix"
    assert sources.normalise_source(" DW ") == "DW"
    # A word in quotes keeps its capital ("«nstu»" before), and an acronym in them its capitals.
    assert sources.normalise_source("AT «ZVEZDA MEDIA»") == "AT «Zvezda Media»"
    assert sources.normalise_source("AT «NSTU»") == "AT «NSTU»"


def assert_clipping_or_unreadable(text: str) -> None:
    try:
        clip = clean_text(text)
    except UnreadablePage:
        return
    assert isinstance(clip, Clipping) and clip.body.strip()
    assert clip.date is None or dates.parse_date(clip.date) == clip.date


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_clipping_or_unreadable_page(text: str) -> None:
    assert_clipping_or_unreadable(text)


PAGE_PIECES = st.one_of(
    st.sampled_from(
        PROSE
        + [
            "",
            "  • Home",
            "1. ",
            "© 2019 Example News",
            "By Jane Doe",
            "http://[",
            "Published 31/02/2020",
            "Reading: ",
            "Home > World > ",
            "01/22/2025 01:56:10 am",
            "Related articles",
            "3 hours ago",
        ]
    ),
    st.text(max_size=80),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PAGE_PIECES, max_size=40))
def test_any_page_like_text_gives_a_clipping_or_unreadable_page(parts: list[str]) -> None:
    assert_clipping_or_unreadable("\n".join(parts))


# Characters the word splitter's fast path must treat as \w does: ASCII word and non-word
# characters, non-ASCII punctuation and spaces, and letters that lower-case oddly.
WORD_SPLIT_CHARS = st.one_of(
    st.characters(), st.sampled_from(list("aZ_9 .,'’“—…\xa0\u2028KİıΣé中"))
)


@settings(max_examples=300, deadline=None)
@given(st.text(WORD_SPLIT_CHARS))
def test_ascii_word_splitting_finds_what_the_word_pattern_finds(text: str) -> None:
    low = text.lower()
    if ascii_words(text):
        assert words_in_ascii(low) == WORD.findall(low)


# Words and marks promotion phrases and credit cues are made of, to build lines from.
PHRASE_BITS = st.sampled_from(
    "inbox unsubscribe opt-in newsletter newsletters no spam may might could can receive get "
    "earn a small commission commissions share shareholder thanks for signing up subscribing "
    "click clicking here [ ] [video] [live] video live be reached at activate activation your "
    "link successfully sucessfully subscribed subscribedx stay up to date with fingertips "
    "fingertipsy credit credıt CREDIT ... : © above: Above: ABOVE: photo the of".split()
    + [
        "at your fingertipsy",
        "could earn a shareholder",
        "might receive a small commissions",
        "can be reached at",
        "sucessfully subscribedx",
        "stay up to date with",
        "thanks for subscribing",
        "activate link",
        "credıt...",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PHRASE_BITS, max_size=12), st.sampled_from((" ", "", "\n ")))
def test_promo_and_credit_prefilters_pass_every_line_the_patterns_match(
    bits: list[str], sep: str
) -> None:
    text = sep.join(bits)
    low = text.lower()
    words = WORD.findall(low)
    if vocab.PROMO_ANYWHERE_LOWER.search(low):
        assert vocab.may_hold_promo_phrase(set(words) & vocab.PROMO_VOCABULARY, low)
    if vocab.CREDIT_CUE.search(text):
        assert vocab.is_credit(text, words, low)


# --- headline and dateline in a page's header ------------------------------------------------

NAV = ["  • Home", "  • World", "  • Business", "  • Opinion", "  • Sport", "  • Culture"]
SHARE_PANEL = [
    *(
        line
        for network in ("Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp", "LinkedIn")
        for line in (f"  • {network}", f"Share this with {network}")
    ),
    "  • Email",
    "Share this with Email",
    "Copy this link",
    "https://www.example.com/news/leaders-agree-50470672",
    "Read more about sharing.",
    "Close share panel",
    "Image copyright Getty Images",
]


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("By Jane Doe - 11/18/19 11:04 PM EST", "2019-11-18"),
        ("By Jane Doe On 11/13/19 at 4:00 PM EST", "2019-11-13"),
        ("21:17 18.11.2019Get short URL", "2019-11-18"),
        ("Published Wed, Nov 20 20194:29 AM EST", "2019-11-20"),
    ],
)
def test_datelines_as_dumps_print_them_give_the_date(dateline: str, iso: str) -> None:
    # A two-digit year next to a time, and a year glued to the text of the element beside it.
    text = page(*NAV, "Leaders agree to resume talks", dateline, *PROSE)
    assert clean_text(text).date == iso


@pytest.mark.parametrize(
    "caption",
    [
        # A caption right under the headline, its "on" no "Published on".
        "Security forces near a checkpoint in the West Bank on October 11, 2023. "
        "Photograph: Getty Images",
        "The sun rises over an oil field near Lost Hills, California, on March 24, 2014.",
    ],
)
def test_a_caption_mentioning_a_date_does_not_beat_the_dateline(caption: str) -> None:
    text = page(*NAV, "Leaders agree to resume talks", caption, "By Jane Doe",
                "November 2, 2023 3:53 PM EDT", *PROSE)  # fmt: skip
    assert clean_text(text).date == "2023-11-02"


def test_the_published_date_is_taken_over_the_updated_one_on_the_same_line() -> None:
    text = page(*NAV, "Leaders agree to resume talks",
                "Updated Nov 19, 2019, 9:41 AM; Posted Nov 18, 2019, 8:19 PM", *PROSE)  # fmt: skip
    assert clean_text(text).date == "2019-11-18"


def test_two_digit_year_without_a_time_is_not_a_date() -> None:
    # "3/4/19" alone may be a score or a ratio.
    assert dates.parse_date("They won 3/4/19 of their games") is None
    assert dates.parse_date("Posted 3/4/19 10:15 AM") == "2019-03-04"


def test_share_panel_between_headline_and_text_does_not_hide_the_headline() -> None:
    text = page(*NAV, "Leaders agree to resume talks", "  • 19 November 2019", *SHARE_PANEL, *PROSE)
    clip = clean_text(text)
    assert (clip.title, clip.date) == ("Leaders agree to resume talks", "2019-11-19")
    assert clip.body == "\n\n".join(PROSE)


def test_author_name_above_the_dateline_is_not_the_headline_under_it() -> None:
    text = page(
        *NAV,
        "Molly Wood",
        "Ideas",
        "11.14.2019 09:00 AM",
        "The future of banking is your overdraft",
        "Our present financial ruin is being turned into a business model.",
        *PROSE,
    )
    clip = clean_text(text)
    assert (clip.title, clip.date) == ("The future of banking is your overdraft", "2019-11-14")


def test_headline_wins_over_the_tagline_above_it_and_the_standfirst_under_it() -> None:
    text = page(
        *NAV,
        "News, Analysis and Perspective for Solution Providers and Technology Integrators",
        "Leaders agree to resume talks after a long pause",
        "The two sides have not met for almost three years, and many issues remain open",
        "By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "Leaders agree to resume talks after a long pause"
    assert (clip.date, clip.author) == ("2019-11-19", "Joseph Tsidulko")


def test_caption_ending_in_a_bracketed_credit_is_not_the_headline() -> None:
    caption = (
        "Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their "
        "Davis Cup tennis match in Madrid, Spain. (Manu Fernandez/AP)"
    )
    text = page(
        *NAV,
        "Nadal keeps Spain alive against Russia in Davis Cup Finals",
        caption,
        "Associated Press November 19, 2019, 9:02 AM",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "Nadal keeps Spain alive against Russia in Davis Cup Finals"
    assert caption not in clip.body


@pytest.mark.parametrize(
    "caption",
    [
        "A grizzly bear is seen near the Trans-Canada Highway in Banff National Park in this "
        "file photo. (Parks Canada)",
        "Officials are pictured outside the ministry in the capital on Friday. (Foreign Office)",
    ],
)
def test_a_caption_ending_in_a_named_credit_in_brackets_leaves_the_body(caption) -> None:
    # Over the first paragraph, as a picture stands under the byline, and between two.
    text = page(
        *NAV,
        "Leaders agree to resume talks",
        "By Jane Doe",
        caption,
        *PROSE[:2],
        caption.replace("Friday", "Monday").replace("file", "handout"),
        *PROSE[2:],
    )
    assert clean_text(text).body == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    "credit", ["Pic: Jane Smith", "Picture: Supplied", "(Supplied)", "Foto: dpa", "Bild: Jan Ott"]
)
def test_a_caption_ending_in_a_labelled_credit_leaves_the_body(credit) -> None:
    caption = f"Firefighters tackle the blaze at the warehouse on Monday night. {credit}"
    text = page("Fire destroys warehouse in the docklands", *PROSE[:2], caption, *PROSE[2:])
    assert clean_text(text).body == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    "line", ["The bigger picture for the council and its budget", "Water and power supplied"]
)
def test_a_subheading_with_a_credits_word_is_the_articles(line) -> None:
    text = page("Fire destroys warehouse in the docklands", *PROSE[:2], line, *PROSE[2:])
    assert line in clean_text(text).body.split("\n\n")


def test_a_sentence_with_a_bracketed_name_after_it_is_the_articles() -> None:
    # No caption's words: a citation, the article's own.
    line = "The court ruled that the ban on the old trade route had been lawful. (Smith v. Jones)"
    clip = clean_text(page("Leaders agree to resume talks", *PROSE[:2], line, *PROSE[2:]))
    assert line in clip.body


def test_publication_name_above_the_dateline_is_not_the_headline() -> None:
    text = page(
        *NAV,
        "So many ways to play games now, and what each one costs you",
        "There are more devices and services to choose from than ever before.",
        "By",
        "Sarah E. Needleman",
        "The Wall Street Journal",
        "Nov. 19, 2019 8:03 am ET",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "So many ways to play games now, and what each one costs you"
    assert clip.date == "2019-11-19"


def test_headline_ending_in_a_full_stop_right_above_its_dateline_is_the_headline() -> None:
    text = page(
        *NAV,
        "Sign In",
        "You are signed in as",
        "Edit ProfileSign Out",
        "South Dakota doubles down on its new slogan. It just might work.",
        "Updated Nov 19, 2019, 9:41 AM",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "South Dakota doubles down on its new slogan. It just might work."
    assert clip.date == "2019-11-19"
    assert clip.body == "\n\n".join(PROSE)


def test_newsletter_prompt_between_headline_and_dateline_is_not_the_headline() -> None:
    text = page(
        *NAV,
        "New York man pleads guilty to threatening a congresswoman",
        "The man, 55, faces up to ten years in prison when he is sentenced in February.",
        "Breaking News Emails",
        "Get breaking news alerts and special reports, delivered weekday mornings.",
        "SUBSCRIBE",
        "Nov. 19, 2019, 8:41 AM UTC",
        "By Phil Helsel",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "New York man pleads guilty to threatening a congresswoman"
    assert (clip.date, clip.author) == ("2019-11-19", "Phil Helsel")


def test_icon_names_and_click_prompts_are_not_headlines() -> None:
    for furniture in ("chevron_left Browse All Posts", "CLICK FOR FULL STATE SWIM RESULTS"):
        text = page(*NAV, "Introducing the new chief executive", furniture, *PROSE)
        assert clean_text(text).title == "Introducing the new chief executive", furniture


def test_standfirst_under_a_kicker_under_the_headline_is_not_the_headline() -> None:
    text = page(
        *NAV,
        "Opinion",
        "The view on the islands: a dispute on the brink",
        "Editorial",
        "Both governments have only fuelled the crisis. It is up to them to talk again, as "
        "others should tell them",
        "Mon 18 Nov 2019 18.54 GMT",
        *SHARE_PANEL,
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == "The view on the islands: a dispute on the brink"
    assert clip.date == "2019-11-18"


def test_a_menu_entry_in_title_case_is_not_taken_for_an_author_name() -> None:
    # A name line under a line marks it as a headline; "Customize Your Weather" is no name.
    lines = build_lines("Customize Your Weather\n\nOur Team\n\nAnna Menin")
    set_stop_shares(lines, load_stoplist("English"))
    assert [linekinds.is_name_line(ln) for ln in lines] == [False, False, True]


def test_lines_labelled_as_captions_leave_the_body() -> None:
    captions = [
        "Image copyright Getty Images",
        "Image caption Both leaders met for the first time in three years on Friday",
        "Media caption Watch the moment the two leaders shook hands",
        "Photo: Damian Dovarganes, AP",
    ]
    text = page(*NAV, "Leaders agree to resume talks", PROSE[0], *captions, *PROSE[1:])
    assert clean_text(text).body == "\n\n".join(PROSE)


def _site_page(navigation: list[str], footer: list[str]) -> str:
    return page(*navigation, "Leaders agree to resume talks", *PROSE, *footer)


def test_the_site_naming_itself_beats_its_owners_copyright_line() -> None:
    # A group's sites name the group in their copyright line; the site names itself in its
    # menus, and that is the publication a reader cites.
    clip = clean_text(
        _site_page(
            ["The Harbour Ledger homepage", "Follow The Harbour Ledger online:"],
            ["More From The Harbour Ledger", "© 2019 Meridian Media Group, Inc."],
        )
    )
    assert clip.source == "The Harbour Ledger"
    assert clip.evidence["source"] == "the site's own name in its navigation and notices"


def test_one_menu_line_names_the_site_when_an_address_spells_the_name() -> None:
    footer = ["© 2019 Meridian Media Group, Inc."]
    link = "Read it online: https://www.tidewatch.com/story/talks-resume"
    clip = clean_text(_site_page(["About TIDEWATCH"], [link, *footer]))
    assert clip.source == "Tidewatch"
    # The same menu line without that address is too little to go on.
    clip = clean_text(_site_page(["About TIDEWATCH"], footer))
    assert clip.source == "Meridian Media Group"


def test_an_address_under_a_countrys_code_spells_the_name_before_co_uk() -> None:
    footer = ["© 2019 Meridian Media Group, Inc."]
    link = "Read it online: https://www.tidewatch.co.uk/news/talks-resume"
    assert clean_text(_site_page(["About TIDEWATCH"], [link, *footer])).source == "Tidewatch"


def test_a_sections_newsletter_and_podcast_never_name_the_site() -> None:
    clip = clean_text(
        _site_page(
            ["Pick Six Podcast", "Pick Six Newsletter", "About Us", "Contact Us", "Follow Us"],
            ["© 2019 Example Daily News, Inc. All rights reserved."],
        )
    )
    assert clip.source == "Example Daily News"


def test_a_sentence_of_the_sites_own_names_it() -> None:
    clip = clean_text(
        _site_page(
            [],
            [
                "Marta Ruiz is a reporter for Coast Science.",
                "Coast Science is part of Meridian Media Group, an international media group.",
                "© 2019 Meridian Media Group, Inc.",
            ],
        )
    )
    assert clip.source == "Coast Science"


# A group's copyright line names the company; the page says which of its publications it is.


def test_a_trademark_the_copyright_line_names_is_the_publication() -> None:
    footer = '©2019 Harbour Newspapers Ltd. "Daily Harbour" is a registered trademark.'
    clip = clean_text(_site_page([], [footer]))
    assert clip.source == "Daily Harbour"
    assert clip.evidence["source"] == "trademark named by the copyright line"


def test_the_copyright_holders_initials_as_the_page_writes_them_are_the_publication() -> None:
    footer = "© 2019 Coastal Broadcasting Network. All Rights Reserved."
    clip = clean_text(_site_page(["CBN —"], ["Watch CBN live", footer]))
    assert clip.source == "CBN"
    # Written once, or in another case, the initials are no evidence.
    assert clean_text(_site_page([], ["Watch CBN live", footer])).source == (
        "Coastal Broadcasting Network"
    )
    assert clean_text(_site_page(["Cbn —"], ["Watch cbn live", footer])).source == (
        "Coastal Broadcasting Network"
    )


@pytest.mark.parametrize(
    ("masthead", "holder"),
    [
        ("Harbour Business", "© 2019 Harbour Media Group, LLC."),  # a word of the company's
        ("Harbour Ledger Post", "© 2019 HLP Holdings, Inc."),  # what the company abbreviates
    ],
)
def test_a_name_line_printed_twice_that_the_company_owns_is_the_publication(
    masthead: str, holder: str
) -> None:
    clip = clean_text(_site_page([masthead], ["Markets", masthead, holder]))
    assert clip.source == masthead
    assert clip.evidence["source"] == "name line the page prints more than once"
    # Printed once below the article, it may be anything (printed once at the top, it is the
    # masthead: see the masthead tests), unless it is shaped as a publication's name ("… Post"),
    # alone in the footer: see test_text_source_owners.
    once = clean_text(_site_page([], ["Markets", masthead, holder]))
    assert once.source != masthead or once.evidence["source"].startswith(
        "the publication's name in the footer"
    )


def test_a_section_printed_twice_is_not_the_companys_publication() -> None:
    holder = "© 2019 Meridian Media Group, Inc."
    clip = clean_text(_site_page(["Breaking News"], ["Breaking News", holder]))
    assert clip.source == "Meridian Media Group"


def test_the_name_before_a_companys_words_is_the_publication_the_page_names() -> None:
    footer = "© 2018 Copyright Harbour Ledger Media Pvt. Ltd.. All Rights reserved."
    clip = clean_text(_site_page(["Follow Harbour Ledger on Twitter"], [footer]))
    assert clip.source == "Harbour Ledger"
    # Not named elsewhere, the company's name stays whole (without "Pvt. Ltd.").
    assert clean_text(_site_page([], [footer])).source == "Harbour Ledger Media"
    # One word before "Media Group" is the company's own name ("Meridian Media Group").
    text = page("Leaders agree to resume talks", "Meridian said", *PROSE, "Meridian says")
    assert clean_text(text + "\n\n© 2019 Meridian Media Group, Inc.").source == (
        "Meridian Media Group"
    )


def test_and_company_is_dropped_with_the_company_suffix() -> None:
    assert sources.normalise_source("Dow Jones & Company, Inc.") == "Dow Jones"


def test_a_copyright_line_with_an_open_range_of_years_names_the_source() -> None:
    clip = clean_text(
        page("Leaders agree to resume talks", *PROSE, "Copyright © 2000- Rumors Daily, LLC.")
    )
    assert clip.source == "Rumors Daily"


@pytest.mark.parametrize(
    "notice",
    [
        "copyright Rumors Daily 2019 - ISSN: 2283-5474",
        "© Rumors Daily Limited 2019",
        "Copyright Rumors Daily 2015-2019",
    ],
)
def test_a_copyright_line_naming_the_holder_before_the_year_names_the_source(notice) -> None:
    clip = clean_text(page("Leaders agree to resume talks", *PROSE, notice))
    assert clip.source == "Rumors Daily"


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        ("This material is copyright and cannot be reproduced.", None),
        ("© RIPRODUZIONE RISERVATA", None),  # Italian: "all rights reserved"
        ("Copyright Folha de S.Paulo. Todos os direitos reservados.", "Folha de S.Paulo"),
        ("© 2024 Ediciones El País S.L.", "Ediciones El País"),
        ("Copyright © e-Eighteen.com Ltd. All rights reserved.", "e-Eighteen"),
        ("© DER SPIEGEL – alle Rechte vorbehalten", "Der Spiegel"),
    ],
)
def test_what_a_copyright_line_names_and_what_it_does_not(notice, source) -> None:
    clip = clean_text(page("Leaders agree to resume talks", *PROSE, notice))
    assert clip.source == source


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        ("© 2024 Gazeta Krakowska sp. z o.o. Wszelkie prawa zastrzeżone.", "Gazeta Krakowska"),
        ("© 2023 SA EL HERALDO | Todos los derechos reservados", "El Heraldo"),
        ("© Milliyet - Tüm hakları saklıdır", "Milliyet"),
        ("© 2024 The Dublin Courier DAC", "The Dublin Courier"),
        ("© 2024 Rádio Clube Ltda. Todos os direitos reservados", "Rádio Clube"),
        ("© 2024 Anadolu Gazete A.Ş.", "Anadolu Gazete"),
        ("Copyright © 2024 Corriere Veneto S.r.l. Tutti i diritti riservati", "Corriere Veneto"),
        ("© 2024 Westdeutsche Rundschau GmbH & Co. KG", "Westdeutsche Rundschau"),
        ("© 2024 Le Courrier Picard SAS - Tous droits réservés", "Le Courrier Picard"),
        ("© 2024 Het Noorderblad B.V. Alle rechten voorbehouden", "Het Noorderblad"),
        ("© 2024 Diário SP. Todos os direitos reservados", "Diário SP"),  # São Paulo's SP
    ],
)
def test_a_copyright_line_leaves_out_legal_forms_and_reserved_rights_in_any_language(
    notice, source
) -> None:
    clip = clean_text(page("Leaders agree to resume talks", *PROSE, notice))
    assert clip.source == source


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        ("Copyright 2024 WXYZ-TV. All Rights Reserved.", "WXYZ-TV"),  # a call sign
        ("© 2024 THE DAILY STAR", "The Daily Star"),
        ("© 2024 EVENING POST", "Evening Post"),
        ("© 2024 EL DÍA", "EL DÍA"),  # "DÍA" may be an acronym, for all the cleaner knows
    ],
)
def test_a_shouted_copyright_holder_is_written_as_a_reader_writes_it(notice, source) -> None:
    clip = clean_text(page("Leaders agree to resume talks", *PROSE, notice))
    assert clip.source == source


@pytest.mark.parametrize(
    ("printed", "host", "notice", "source"),
    [
        (
            "Subscribe to The Coastal Ledger's morning newsletter",
            "www.thecoastalledger.com",
            "© HARBOUR PUBLISHING PVT LTD.",
            "The Coastal Ledger",
        ),
        (
            "EVENING STAR COMMENT: A fair deal at last",
            "www.eveningstar.co.uk",
            "© Northern Newspapers Ltd",
            "Evening Star",
        ),
        (
            "Sign up for the Freight Dive newsletter",
            "www.freightdive.com",
            "© 2024 Sector Dive. All rights reserved.",
            "Freight Dive",
        ),
    ],
)
def test_the_publication_its_address_spells_beats_the_company_in_the_copyright_line(
    printed, host, notice, source
) -> None:
    links = [f"https://{host}/news/talks-to-resume", f"https://{host}/opinion/"]
    shares = [f"https://www.facebook.com/sharer?u={n}" for n in range(3)]
    clip = clean_text(
        page("Leaders agree to resume talks", "June 8, 2024", *PROSE, printed, *links, *shares)
        + "\n\n"
        + notice
    )
    assert clip.source == source


def test_a_copyright_holder_its_address_spells_stays_the_source() -> None:
    clip = clean_text(
        page(
            "Leaders agree to resume talks",
            "June 8, 2024",
            *PROSE,
            "Read the Ledger Weekly edition",
            "https://www.coastalledger.com/news/talks-to-resume",
            "© 2024 Coastal Ledger Media Ltd",
        )
    )
    assert clip.source == "Coastal Ledger Media"


@pytest.mark.parametrize(
    "credit",
    [
        "© Fethi Belaid, AFP",
        "© 2024 Maria Santos / Reuters",
        "(c) Tom Keller, dpa",
        "© Jean Dupont, Le Courrier du Nord",  # a staff photographer
    ],
)
def test_a_photographers_credit_names_no_publication(credit) -> None:
    caption = f"Protesters gather outside parliament on Monday. {credit}"
    clip = clean_text(page("Leaders agree to resume talks", PROSE[0], caption, *PROSE[1:]))
    assert clip.source is None


def test_a_footer_sentence_before_the_copyright_line_keeps_its_holder() -> None:
    footer = "This site is protected by reCAPTCHA. © Rumors Daily, Inc. All rights reserved."
    clip = clean_text(page("Leaders agree to resume talks", *PROSE, footer))
    assert clip.source == "Rumors Daily"


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Issued on: 12/03/2024 - 14:32", "2024-03-12"),  # a 24-hour clock: not a US page
        ("Published 05/04/2024 09:10 GMT", "2024-04-05"),
        ("Posted 05/04/2024 9:10 a.m. EST", "2024-05-04"),  # US evidence: month first
        ("05/04/2024", "2024-05-04"),  # nothing tells: month first, as before
    ],
)
def test_a_numeric_date_is_read_in_the_order_the_page_writes_dates(stamp, date) -> None:
    clip = clean_text(page("Leaders agree to resume talks", stamp, *PROSE))
    assert clip.date == date


@pytest.mark.parametrize(
    ("links", "date"),
    [
        ("https://www.northpost.co.uk/news/", "2024-04-05"),  # a British site: day first
        ("https://www.springfield.k12.il.us/news/", "2024-05-04"),
        ("https://www.facebook.com/share", "2024-05-04"),  # tells nothing
        ("https://youtu.be/dQw4w9WgXcQ", "2024-05-04"),  # a link shortener's .be
    ],
)
def test_a_numeric_date_is_read_in_the_order_of_the_country_the_site_is_in(links, date) -> None:
    text = page("Leaders agree to resume talks", "05/04/2024", *PROSE, links, links + "2")
    assert clean_text(text).date == date


def test_a_clock_outside_the_date_stamp_tells_nothing_of_the_order() -> None:
    # A video's length is no 24-hour clock: the page may well be American.
    video = "Watch the full press conference (14:32)"
    text = page("Leaders agree to resume talks", "05/04/2024", PROSE[0], video, *PROSE[1:])
    assert clean_text(text).date == "2024-05-04"


def test_a_numeric_date_is_read_as_another_date_on_the_page_agrees() -> None:
    clip = clean_text(
        page("Leaders agree to resume talks", "07/02/2024", *PROSE, "Archive: 7 February 2024")
    )
    assert clip.date == "2024-02-07"


def test_a_dateline_naming_the_publication_beats_its_owners_copyright_line() -> None:
    clip = clean_text(
        page(
            "Leaders agree to resume talks",
            "November 20, 2019 / 1:07 AM / Example Daily News",
            *PROSE,
            "© 2019 Example Interactive Inc. All rights reserved.",
        )
    )
    assert clip.source == "Example Daily News"
    assert clip.evidence["source"] == "byline"


def test_a_dateline_above_the_headline_naming_the_publication_gives_the_source() -> None:
    clip = clean_text(
        page(
            "Updated on: November 19, 2019 / 10:07 AM / Example Daily News",
            "Leaders agree to resume talks",
            *PROSE,
            "© 2019 Example Interactive Inc. All rights reserved.",
        )
    )
    assert (clip.source, clip.date) == ("Example Daily News", "2019-11-19")


def test_a_section_label_above_the_headline_is_not_the_source() -> None:
    clip = clean_text(page("World News", "Leaders agree to resume talks", "20 Nov, 2019", *PROSE))
    assert clip.source is None


def test_a_copyright_line_ending_in_its_years_names_the_source_without_them() -> None:
    clip = clean_text(
        page("Leaders agree to resume talks", *PROSE, "©The Example Cleaver 2011-2019")
    )
    assert clip.source == "The Example Cleaver"


def test_a_byline_naming_a_wire_agency_leaves_the_source_to_the_copyright_line() -> None:
    # The agency wrote the story; the page's publication is the paper that ran it.
    clip = clean_text(
        page(
            "Leaders agree to resume talks",
            "By Jane Doe, Associated Press",
            *PROSE,
            "© 2019 Example Daily News, Inc. All rights reserved.",
        )
    )
    assert clip.source == "Example Daily News"


def test_a_quoted_trademark_notice_and_a_menu_line_name_the_site() -> None:
    footer = ['© 2019 Meridian Newspapers. "Harbour Express" is a registered trademark.']
    clip = clean_text(_site_page(["About Harbour Express"], footer))
    assert clip.source == "Harbour Express"


def test_a_menu_line_printed_many_times_does_not_name_the_site() -> None:
    # "Back to Main Menu" under every submenu: one line, however often printed, and a menu's
    # name is not a site's.
    menus = [
        line
        for section in ("Sports", "Business", "Opinion")
        for line in (section, "Back to Main Menu")
    ]
    clip = clean_text(_site_page(menus * 2, ["© 2019 Example Daily News, Inc."]))
    assert clip.source == "Example Daily News"


def test_banner_over_a_button_is_not_a_headline_whose_standfirst_is_the_headline() -> None:
    # A consent banner at the top of the page, its button, then the article's header: the
    # headline reads like a standfirst of the banner, but the button parts them.
    text = page(
        "Welcome to The Daily Courier's European Union Experience",
        "Learn More",
        "Tuesday's football: Eastern routs Northern to become eligible for a bowl game",
        "Courier wire services",
        "Published 11:11 PM EST Nov 19, 2019",
        *PROSE,
    )
    clip = clean_text(text)
    assert clip.title == (
        "Tuesday's football: Eastern routs Northern to become eligible for a bowl game"
    )
    assert clip.date == "2019-11-19"


FRENCH = [
    "La crise économique qui frappe les cafés de la ville s'est aggravée cette semaine, selon "
    "plusieurs élus municipaux qui réclament une aide d'urgence pour les commerçants.",
    "Les propriétaires évoquent une baisse de fréquentation de près de quarante pour cent depuis "
    "l'automne dernier, et certains envisagent de fermer leurs portes avant l'été.",
    "La mairie a promis d'étudier un plan de soutien, mais aucune décision n'a encore été prise "
    "et les élus de l'opposition dénoncent une lenteur qu'ils jugent inacceptable.",
]
GERMAN = [
    "Der Stadtrat hat am Dienstag stundenlang über den Ausbau der Radwege in der Innenstadt "
    "gestritten, und die Opposition warnte vor hohen Kosten für die Anwohner.",
    "Die Stadt habe sich verpflichtet, den Anteil des Radverkehrs bis zum Ende des Jahrzehnts "
    "deutlich zu erhöhen, und dafür brauche es sichere und breite Wege.",
    "Eine Entscheidung soll nach der Sommerpause fallen, nachdem die Verwaltung die Kosten der "
    "einzelnen Vorschläge noch einmal genau geprüft hat.",
]


@pytest.mark.parametrize(
    ("stamp", "prose", "headline", "date"),
    [
        ("Publié le 12 mars 2021", FRENCH, "La crise des cafés s'aggrave, selon les élus",
         "2021-03-12"),
        ("Mis à jour le 1er mars 2021 à 10h00", FRENCH, "La crise des cafés s'aggrave",
         "2021-03-01"),
        ("12 mars 2021 à 10h00", FRENCH, "La crise des cafés s'aggrave", "2021-03-12"),
        ("Veröffentlicht am 12. März 2021, 10:00 Uhr", GERMAN,
         "Stadtrat streitet über neue Radwege", "2021-03-12"),
        ("Publicado el 12 de marzo de 2021", FRENCH, "Una crisis en los cafés", "2021-03-12"),
    ],
)  # fmt: skip
def test_a_date_stamp_in_another_language_is_not_the_headline(
    stamp: str, prose: list[str], headline: str, date: str
) -> None:
    clip = clean_text(page("Le Journal", "Société", headline, stamp, "Par Hélène Dupré", *prose))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    "ticker",
    [
        "WM 2026: Deutschland spielt heute gegen Spanien",  # "heute": today
        "Wahl 2025: Ergebnisse morgen erwartet",  # "morgen": tomorrow
        "Haushalt 2024: Mieten steigen um 3% ab 2024",
    ],
)
def test_a_line_naming_today_or_a_number_and_a_year_gives_no_date(ticker: str) -> None:
    # dateparser reads "heute" as the day it runs and "um 3% ab 2024" as a day, a month and
    # a year: only a date written out (day and year in digits, a month) is a date.
    clip = clean_text(page("Die Zeitung", ticker, "Stadtrat streitet über neue Radwege", *GERMAN))
    assert clip.date is None


@pytest.mark.parametrize(
    ("prose", "dateline", "date"),
    [
        (PROSE, "12.03.2021", "2021-03-12"),  # dots: day first, whatever the language
        (PROSE, "12/03/2021", "2021-12-03"),  # an English page: month first, as in the US
        (PROSE, "25/03/2021", "2021-03-25"),  # unless the first number cannot be a month
        (FRENCH, "12/03/2021", "2021-03-12"),  # a French page: day first
        (GERMAN, "03.12.2021 10:00", "2021-12-03"),
    ],
)
def test_numeric_dates_are_read_day_first_with_dots_and_on_pages_not_in_english(
    prose: list[str], dateline: str, date: str
) -> None:
    clip = clean_text(page("Leaders agree to resume talks after a long pause", dateline, *prose))
    assert clip.date == date


@pytest.mark.parametrize(
    ("stamp", "prose", "date"),
    [
        ("Publié le 12 mars à 14h32", FRENCH, "2021-03-12"),
        ("Veröffentlicht am 3. Februar, 14:32 Uhr", GERMAN, "2021-02-03"),
    ],
)
def test_a_stamp_without_a_year_in_another_language_takes_the_copyright_year(
    stamp: str, prose: list[str], date: str
) -> None:
    headline = "La crise des cafés s'aggrave, selon les élus"
    clip = clean_text(page("Le Journal", headline, stamp, *prose, "© 2021 Le Journal"))
    assert (clip.title, clip.date) == (headline, date)


# --- what a user's own dumps hold: save stamps, captions, tickers, breadcrumbs, short lines ---

HARBOUR = [
    "The city council voted 7-2 on Tuesday night to approve construction of a new bridge "
    "across the harbour, ending more than ten years of debate over the cost and route.",
    "Supporters said the bridge would cut commute times for thousands of residents on the east "
    "side, while opponents warned that the budget of $420 million was unrealistic.",
    "Finance officials told the council that the city would borrow most of the money through "
    "municipal bonds, with the state covering roughly a third of the total cost of the project.",
]
BRIDGE = "City council approves new harbour bridge after decade-long debate"


@pytest.mark.parametrize(
    "stamp",
    [
        "Saved on May 12, 2024",
        "Saved 2024-05-12 10:33:01",
        "Retrieved 12 May 2024",
        "Accessed: 2024-05-12",
        "Downloaded 2024-05-12 10:33",
        "Clipped on 2024-05-12",
        "Printed: 5/12/2024 10:33 AM",
        "5/12/24, 10:33 AM",  # a browser's print header
        "Abgerufen am 12.05.2024",
    ],
)
def test_when_the_page_was_saved_or_printed_is_no_date_and_no_title(stamp: str) -> None:
    clip = clean_text(page(stamp, BRIDGE, "By Maria Lopez", *HARBOUR))
    assert clip.date is None
    assert (clip.title, clip.author) == (BRIDGE, "Maria Lopez")


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour at dusk, photographed on June 7, 2019. (Photo: John Smith)",
        "The harbour at dusk, photographed on June 7, 2019. Photograph: John Smith",
        "Protesters outside city hall on June 7, 2019.",
    ],
)
def test_a_captions_date_does_not_beat_the_dateline_under_the_byline(caption: str) -> None:
    text = "\n".join(["Council approves harbour bridge", "By Maria Lopez", "March 3, 2021"])
    clip = clean_text(page(text, caption, *HARBOUR))
    assert clip.date == "2021-03-03"


def test_on_before_the_date_still_dates_a_byline() -> None:
    text = "\n".join(["Council approves harbour bridge", "Maria Lopez on March 3, 2021"])
    clip = clean_text(page(text, "Photographed on June 7, 2019.", *HARBOUR))
    assert clip.date == "2021-03-03"


@pytest.mark.parametrize(
    "ticker",
    [
        "BREAKING: Storm warning issued for coastal counties",
        "Breaking News: Storm warning issued for coastal counties",
        "Eilmeldung: Sturmwarnung für die Küste",
    ],
)
def test_a_tickers_line_over_a_sentence_case_headline_is_not_the_title(ticker: str) -> None:
    byline = "By Maria Lopez\nPublished March 3, 2021"
    clip = clean_text(page(ticker, BRIDGE, byline, *HARBOUR))
    assert clip.title == BRIDGE


@pytest.mark.parametrize(
    "ticker",
    [
        "Latest: Man charged after late-night assault in the city centre",
        "Pilne: Sejm uchwalił ustawę o asystencji osobistej",
        "ΕΚΤΑΚΤΟ: Σεισμός 4,8 Ρίχτερ στην Κρήτη",
    ],
)
def test_a_tickers_line_over_a_headline_with_its_standfirst_is_not_the_title(ticker: str) -> None:
    # A broadcaster's strip over the header: another story's headline, under its label, over
    # the article's headline, standfirst, byline with its role and dateline.
    title = "Record number of patients wait on trolleys as nurses warn of hardest winter"
    standfirst = (
        "The city's general hospital was the most crowded in the country today, with 118 "
        "patients waiting for a bed"
    )
    header = [ticker, title, standfirst, "By Maria Lopez", "Health Correspondent"]
    clip = clean_text(page("Home\nNews\nSport", *header, "Wednesday, 3 Mar 2021 11:32", *HARBOUR))
    assert clip.title == title
    assert clip.body.split("\n\n")[0] == HARBOUR[0]


def test_a_headline_of_its_own_may_carry_a_breaking_label() -> None:
    title = "BREAKING: Council approves new harbour bridge after decade-long debate"
    clip = clean_text(page("Home", title, "March 3, 2021", *HARBOUR))
    assert clip.title == title


@pytest.mark.parametrize("label", ["Local News", "World News", "Business News"])
def test_a_sections_label_near_the_headline_is_not_the_source(label: str) -> None:
    text = page("Council approves harbour bridge", label, "By Maria Lopez", *HARBOUR)
    assert clean_text(text).source is None


@pytest.mark.parametrize("crumb", ["Home | Local News", "Menu | Latest News", "Home | News"])
def test_a_breadcrumb_above_the_headline_is_not_the_source(crumb: str) -> None:
    text = page(crumb, "Council approves harbour bridge", "By Maria Lopez", *HARBOUR)
    assert clean_text(text).source is None
    footer = "© 2024 The Riverside Gazette"
    assert clean_text(page(text, footer)).source == "The Riverside Gazette"


def test_a_question_subheading_and_a_short_last_line_stay_in_the_article() -> None:
    text = page(
        BRIDGE,
        "By Maria Lopez",
        *HARBOUR[:2],
        "What happens next?",
        HARBOUR[2],
        "Stay safe.",
        "Share this article",
        "Facebook Twitter Email",
        "More from World",
        "Storm hits coast",
    )
    body = clean_text(text).body.split("\n\n")
    assert body == [*HARBOUR[:2], "What happens next?", HARBOUR[2], "Stay safe."]


@pytest.mark.parametrize("closing", ["More to come.", "More on this soon."])
def test_a_closing_line_promising_more_stays_in_the_article(closing: str) -> None:
    text = page(BRIDGE, "By Maria Lopez", *HARBOUR, closing, "Share this article")
    assert clean_text(text).body.split("\n\n") == [*HARBOUR, closing]


@pytest.mark.parametrize(
    "tail",
    [
        "Sharing is caring!",
        "2.",
        "Want more?",
        "Read more...",
        "Read more here.",
        "Load more stories.",
        "More stories.",
        "A version of this article appears in print on March 4, 2021, Section A, Page 18 of the "
        "New York edition with the headline: Council Approves Bridge.",
        "This article appears in the April 2021 print edition with the headline “The Bridge.”",
        "The harbour at dusk, March 3, 2021. REUTERS/Jane Smith Acquire Licensing Rights",
        "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts.",
        "Lire aussi | Le pont du port, un chantier à 420 millions",
        "Lesen Sie auch: Der Hafen bekommt eine neue Brücke",
        "Il vous reste 62.35% de cet article à lire. La suite est réservée aux abonnés.",
    ],
)
def test_furniture_after_the_last_paragraph_stays_out(tail: str) -> None:
    text = page(BRIDGE, "By Maria Lopez", *HARBOUR, tail, "Share this article")
    assert clean_text(text).body.split("\n\n") == HARBOUR


LYNX = """\
   [1]Skip to content
   [2]The Riverside Gazette
     * [3]Home
     * [4]News

City council approves new harbour bridge after decade-long debate

   By [5]Maria Lopez
   March 3, 2021

   The city council voted 7-2 on Tuesday night to approve construction of
   a new bridge across the harbour, ending more than ten years of debate
   over the project's cost and [6]route.

   Supporters said the bridge would cut commute times for thousands of
   residents on the east side, while opponents warned that the budget of
   $420 million was unrealistic.

   Finance officials told the council that the city would borrow most of
   the money through municipal bonds, with the state covering roughly a
   third of the total cost of the project.

   [7]Share on Facebook [8]Share on Twitter

References

   1. https://gazette.example.com/#content
   2. https://gazette.example.com/
   3. https://gazette.example.com/
   4. https://gazette.example.com/news
   5. https://gazette.example.com/authors/maria-lopez
   6. https://gazette.example.com/maps/route
   7. https://www.facebook.com/sharer
   8. https://twitter.com/intent/tweet
"""


def test_a_lynx_dumps_link_numbers_and_references_are_no_text() -> None:
    clip = clean_text(LYNX)
    assert clip.author == "Maria Lopez"
    assert clip.body.startswith("The city council voted")
    assert "cost and route." in clip.body
    assert "[" not in clip.body and "https://" not in clip.body


def test_a_short_lynx_dumps_wrapped_paragraphs_are_joined_back() -> None:
    # Too few lines to show the width they were wrapped at, but lynx wraps every dump: the
    # first paragraph is one paragraph of the article, not short lines cut off it.
    text = """\
   [1]Maritime Ledger

Drought forces Panama Canal to cut daily transits

   By [2]Peter Lund
   August 10, 2023

   The Panama Canal Authority said on Wednesday it will limit the number
   of ships passing through the waterway to 32 a day until the end of
   September, as a severe drought lowers water levels in Gatun Lake.

   Normally, about 36 ships transit the canal each day.

   The authority also kept a draft limit of 44 feet for the largest
   vessels.

   Shipping lines have begun adding surcharges.

References

   1. https://maritimeledger.example/
   2. https://maritimeledger.example/author/peter-lund
"""
    assert clean_text(text).body.split("\n\n") == [
        "The Panama Canal Authority said on Wednesday it will limit the number of ships "
        "passing through the waterway to 32 a day until the end of September, as a severe "
        "drought lowers water levels in Gatun Lake.",
        "Normally, about 36 ships transit the canal each day.",
        "The authority also kept a draft limit of 44 feet for the largest vessels.",
        "Shipping lines have begun adding surcharges.",
    ]


def test_bracketed_numbers_in_a_page_without_lynxs_references_stay() -> None:
    text = page(BRIDGE, "By Maria Lopez", HARBOUR[0] + "[1]", *HARBOUR[1:], "References")
    assert "route.[1]" in clean_text(text).body


def test_an_overlong_line_is_broken_at_sentence_ends_losing_nothing():
    sentences = [f"{PROSE[i % len(PROSE)][:-1]} in round {i}." for i in range(400)]
    line = " ".join(sentences)
    pieces = break_long_lines(f"Headline\n\n{line}\nLast line.").split("\n")
    assert pieces[:2] == ["Headline", ""] and pieces[-1] == "Last line."
    assert len(pieces) > 5 and all(len(p) <= MAX_LINE_CHARS for p in pieces)
    assert all(p.endswith(".") for p in pieces[2:])  # each piece whole sentences
    assert " ".join(p.strip() for p in pieces[2:-1]) == line


def test_an_overlong_line_without_sentences_or_spaces_is_broken_into_even_pieces():
    # Even pieces: a short last one would read as a line of its own, not as prose.
    spaced = break_long_lines("word " * 10_000).split("\n")
    assert len(spaced) == 3 and all(16_000 < len(p) <= MAX_LINE_CHARS for p in spaced)
    assert "".join(spaced) == "word " * 10_000 and spaced[0].endswith("word")
    solid = "x" * 50_000
    assert break_long_lines(solid).split("\n") == ["x" * 16_667, "x" * 16_667, "x" * 16_666]


def test_a_paragraph_just_over_the_limit_loses_no_words_at_its_end():
    words = " ".join(f"word{i} and more" for i in range(2_900))  # no sentence ends
    words = words[: words.rfind(" ", 0, 2 * MAX_LINE_CHARS + 60)]  # two pieces, and a few words
    text = page("Harbour bridge plans", "By Maria Lopez", words)
    assert clean_text(text).body.split() == words.split()


HINDI = (
    "भारत सरकार ने सोमवार को कहा कि देश की अर्थव्यवस्था इस साल तेजी से बढ़ेगी और महंगाई पर काबू पाने "
    "के लिए कई कदम उठाए जाएंगे। वित्त मंत्री ने संसद में बताया कि किसानों और छोटे व्यापारियों के लिए नई "
    "योजनाएं शुरू की जाएंगी। विपक्ष ने सरकार के दावों पर सवाल उठाए और कहा कि बेरोजगारी अब भी एक बड़ी "
    "समस्या है। "
)


def test_a_hindi_article_pasted_as_one_paragraph_is_kept_whole() -> None:
    # "।" ends a Hindi sentence, and the vowel signs are part of the words (Python's \w leaves
    # them out), so the Hindi stopwords are found and the pieces read as prose.
    paragraph = (HINDI * 80)[:20_500]
    paragraph = paragraph[: paragraph.rfind("।") + 1]
    text = page("अर्थव्यवस्था पर सरकार का दावा", "नई दिल्ली, 3 मार्च 2021", paragraph)
    clip = clean_text(text)
    assert clip.body.split() == paragraph.split()
    assert (clip.title, clip.language) == ("अर्थव्यवस्था पर सरकार का दावा", "hi")


def test_hindi_words_keep_their_vowel_signs() -> None:
    assert WORD.findall("देश की अर्थव्यवस्था में।") == ["देश", "की", "अर्थव्यवस्था", "में"]


def test_a_printed_pages_headers_and_footers_are_no_date_title_or_text() -> None:
    header = "5/12/24, 10:33 AM\tCouncil approves harbour bridge | The Riverside Gazette"
    footer = "https://gazette.example.com/2021/bridge\t{}/2"
    text = page(
        header,
        BRIDGE,
        "By Maria Lopez\nMarch 3, 2021",
        *HARBOUR[:2],
        footer.format(1),
        header,
        HARBOUR[2],
        footer.format(2),
    )
    clip = clean_text(text)
    assert (clip.title, clip.date) == (BRIDGE, "2021-03-03")
    assert clip.body.split("\n\n") == HARBOUR
    # Without a dateline, the time it was printed is still no date.
    assert clean_text(page(header, BRIDGE, "By Maria Lopez", *HARBOUR)).date is None


@pytest.mark.parametrize(
    "caption",
    [
        "Senator Jane Roe speaks on June 7, 2019. (The Associated Press)",
        "Senator Jane Roe speaks on June 7, 2019. (Reuters)",
        "Senator Jane Roe, June 7, 2019 (AP Photo/Jacquelyn Martin)",
        "Senator Jane Roe speaks on June 7, 2019. (Photo by Win McNamee/Getty Images)",
    ],
)
def test_a_captions_date_over_the_byline_is_the_pictures(caption: str) -> None:
    text = page(BRIDGE, caption, "By Maria Lopez", "March 3, 2021", *HARBOUR)
    assert clean_text(text).date == "2021-03-03"


@pytest.mark.parametrize(
    "ticker",
    [
        "BREAKING: Earthquake strikes off Chile coast — March 9, 2023",
        "BREAKING: Earthquake strikes off Chile coast (March 9, 2023)",
    ],
)
def test_a_tickers_date_is_its_storys(ticker: str) -> None:
    text = page(ticker, BRIDGE, "By Maria Lopez | March 3, 2021", *HARBOUR)
    clip = clean_text(text)
    assert (clip.title, clip.date) == (BRIDGE, "2021-03-03")


def test_a_stamp_after_the_article_is_not_its_closing_line() -> None:
    text = page(BRIDGE, "By Maria Lopez", *HARBOUR, "Retrieved March 9, 2024.", "Share")
    assert clean_text(text).body.split("\n\n") == HARBOUR


@pytest.mark.parametrize(
    "menu",
    ["Home News Sports Opinion", "Home World Business Tech", "Politics Business Tech Science"],
)
def test_a_menu_row_over_a_sentence_case_headline_is_not_the_title(menu: str) -> None:
    clip = clean_text(page(menu, BRIDGE, "By Maria Lopez\nMarch 3, 2021", *HARBOUR))
    assert clip.title == BRIDGE


@pytest.mark.parametrize(
    "teaser",
    [
        "LIVE: Storm hits coast — March 9, 2023",
        "UPDATE: Storm hits coast — March 9, 2023",
        "Storm hits coast — March 9, 2023",
    ],
)
def test_a_dated_teaser_over_the_headline_does_not_date_the_article(teaser: str) -> None:
    clip = clean_text(page(teaser, BRIDGE, "By Maria Lopez | March 3, 2021", *HARBOUR))
    assert clip.date == "2021-03-03"


@pytest.mark.parametrize(
    ("masthead", "holder", "source"),
    [
        ("CNN", "© 2019 Cable News Network. All Rights Reserved.", "CNN"),
        ("BBC News", "Copyright © 2024 British Broadcasting Corporation.", "BBC"),
    ],
)
def test_a_masthead_printed_twice_gives_the_copyright_holders_initials(
    masthead: str, holder: str, source: str
) -> None:
    text = page(masthead, BRIDGE, "By Maria Lopez", *HARBOUR, masthead, holder)
    assert clean_text(text).source == source
