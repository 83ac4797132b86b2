"""The plain-text cleaner naming the writers as a reader would cite them: a byline's label in
more languages ("Autorka:", "Аутор:", "Reported By:"), Chinese-language papers' bylines with
the paper's name before the reporters ("聯合報／ 記者林大明／台北即時報導", "澎湃新闻记者 王欣
陈思远", "中央社記者林怡君台北5日電"), several writers on one line or on consecutive lines.
Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import CHINESE, HINDI, JAPANESE, PROSE, page
from translations import KOREAN_BUSES, PERSIAN_BUSES, POLISH_BUSES, SERBIAN_BUSES

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Local")


# --- a byline's label ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "byline", "date", "prose", "author"),
    [
        ("Rada miasta zatwierdziła cztery nowe linie autobusowe", "Autorka: Marta Górecka",
         "5 listopada 2025 | 06:00", POLISH_BUSES, "Marta Górecka"),
        ("Градско веће одобрило четири нове аутобуске линије", "Аутор: Мирјана Сретеновић",
         "уторак, 04.11.2025. у 18:30", SERBIAN_BUSES, "Мирјана Сретеновић"),
        ("नगर निगम ने चार नए बस मार्गों को मंजूरी दी", "Reported By: राकेश नेगी",
         "Updated Tue, 04 Nov 2025 09:45 PM IST", HINDI, "राकेश नेगी"),
    ],
)  # fmt: skip
def test_a_bylines_label_gives_the_writer(
    headline: str, byline: str, date: str, prose: list[str], author: str
) -> None:
    clip = clean_text(page(*MENU, headline, byline, date, *prose))
    assert (clip.title, clip.author) == (headline, author)
    assert clip.body.startswith(prose[0])
    assert byline not in clip.body


# --- Chinese-language papers ----------------------------------------------------------------

CHINESE_HEADLINE = "市議會通過公車路線擴充計畫 秋季起營運"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("聯合報／ 記者林大明／台北即時報導", "林大明"),  # the paper's name first
        ("澎湃新闻记者 王欣 陈思远", "王欣、陈思远"),  # the paper, "reporter", two names
        ("中央社記者林怡君台北5日電", "林怡君"),  # the agency's dispatch: name and place run on
    ],
)
def test_a_chinese_papers_byline_gives_its_reporters_only(byline: str, author: str) -> None:
    clip = clean_text(page("要聞", "政治", CHINESE_HEADLINE, byline, "2025-11-05 12:30", *CHINESE))
    assert (clip.title, clip.author) == (CHINESE_HEADLINE, author)
    assert clip.body.startswith(CHINESE[0])


def test_a_photo_credit_of_a_papers_reporter_is_no_byline() -> None:
    credit = "澎湃新闻记者 陈思远 图"
    clip = clean_text(page("要聞", CHINESE_HEADLINE, "2025-11-05 12:30", credit, *CHINESE))
    assert clip.author is None


def test_an_agencys_dispatch_opening_the_text_gives_the_reporter() -> None:
    first = "（中央社記者林怡君台北5日電）" + CHINESE[0]
    clip = clean_text(page("要聞", CHINESE_HEADLINE, "2025-11-05 12:30", first, *CHINESE[1:]))
    assert clip.author == "林怡君"
    assert clip.body.startswith(first)


# --- several writers ------------------------------------------------------------------------

HEADLINE = "Council approves four new bus routes after a long debate"


@pytest.mark.parametrize(
    ("header", "author"),
    [
        # One name a line, over the date.
        (["Jonas Bergström", "Sofia Nyberg", "Published 2025-11-09"],
         "Jonas Bergström and Sofia Nyberg"),
        # Each name over its publication.
        (["Jordan Mendoza", "USA TODAY", "Greta Cross", "USA TODAY",
          "Published 5:02 a.m. ET Oct. 31, 2025"], "Jordan Mendoza and Greta Cross"),
        # Three writers, the last over the date.
        (["Ann Lee", "Bob Ray", "Carl Moss", "March 4, 2024"], "Ann Lee, Bob Ray and Carl Moss"),
        # Their names on one line, without "By": under the date, over it.
        (["Tue, 21 Oct, 2025 - 17:45", "Ciarán Dwyer and Amy Nolan"],
         "Ciarán Dwyer and Amy Nolan"),
        (["Gwenaëlle Morvan et Thomas Rouxel.", "Publié le 04/11/2025 à 06h30"],
         "Gwenaëlle Morvan et Thomas Rouxel"),
    ],
)  # fmt: skip
def test_several_writers_in_the_header_are_all_the_authors(header: list[str], author: str) -> None:
    clip = clean_text(page(*MENU, HEADLINE, *header, *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, author)
    assert clip.body.startswith(PROSE[0])


def test_two_korean_bylines_give_both_reporters() -> None:
    headline = "시의회, 시내버스 노선 4개 증설 계획 가결"
    header = ["김민지 기자", "박준혁 기자", "수정 2025-11-05 14:07"]
    clip = clean_text(page("정치", "사회", headline, *header, *KOREAN_BUSES))
    assert (clip.title, clip.author) == (headline, "김민지, 박준혁")


def test_a_caption_credit_over_the_writers_name_is_not_a_writer() -> None:
    header = ["Fans cheer after the final whistle.", "Photo: Björn Lindgren/TT", "Sofia Nyberg",
              "Published 2025-11-09"]  # fmt: skip
    clip = clean_text(page(*MENU, HEADLINE, *header, *PROSE))
    assert clip.author == "Sofia Nyberg"


def test_two_people_the_story_names_are_no_byline() -> None:
    first = (
        "Maria Lopez and John Carter said on Friday that the routes would open in autumn, "
        "after a pause of almost three years, according to officials."
    )
    prose = [first, *PROSE[1:]]
    clip = clean_text(page(*MENU, HEADLINE, "March 4, 2024", "Maria Lopez and John Carter", *prose))
    assert clip.author is None


def test_a_bylines_names_over_roles_and_and_are_both_writers() -> None:
    header = ["By Bernard Rotich", "Sports Writer", "Nation Media Group", "&", "Ayumba Ayodi",
              "Deputy Sports Editor", "Nation Media Group", "October 30, 2025"]  # fmt: skip
    clip = clean_text(page(*MENU, HEADLINE, *header, *PROSE))
    assert clip.author == "Bernard Rotich and Ayumba Ayodi"
    assert clip.body.startswith(PROSE[0])


# --- bylines where the header's search did not look -----------------------------------------


def test_a_by_byline_over_the_headline_and_its_labels_names_the_writers() -> None:
    top = ["ABC Rural", "By Tom Jarvis and Ellen Coulter", "Topic:Agriculture", "Tue 28 Oct"]
    clip = clean_text(page(*MENU, *top, HEADLINE, *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, "Tom Jarvis and Ellen Coulter")


def test_a_teasers_byline_over_another_headline_is_no_writer() -> None:
    teaser = "Budget vote delayed again as councillors argue over the cost of the new depot"
    text = page(*MENU, "By Jane Doe", teaser, "Top stories", HEADLINE, "March 4, 2024", *PROSE)
    assert clean_text(text).author is None


def test_a_publication_glued_to_the_bylines_name_is_left_out() -> None:
    clip = clean_text(page(*MENU, HEADLINE, "By Jonathan GarberFOXBusiness", *PROSE))
    assert clip.author == "Jonathan Garber"


def test_a_writer_credited_for_the_photo_in_the_opening_stays_the_author() -> None:
    byline = "Amanda Pfeffer · CBC News · Posted: Nov 02, 2025 4:00 AM EST"
    caption = (
        "Cheryl Walsh has picked up her mail at the same counter for 31 years. (Amanda Pfeffer/CBC)"
    )
    clip = clean_text(page(*MENU, HEADLINE, byline, caption, *PROSE))
    assert clip.author == "Amanda Pfeffer"


JAPANESE_HEADLINE = "市議会、路線バス４系統の増便計画を可決"


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("【田中理沙、渡辺健太】", "田中理沙、渡辺健太"),
        ("（佐藤亮太、木村彩花）", "佐藤亮太、木村彩花"),
        ("（共同）", None),  # the agency's credit
    ],
)
def test_names_in_brackets_under_a_japanese_article_are_its_writers(
    closing: str, author: str | None
) -> None:
    text = page("ニュース", JAPANESE_HEADLINE, "2025/11/5 10:12", *JAPANESE, closing, "関連記事")
    clip = clean_text(text)
    assert (clip.title, clip.author) == (JAPANESE_HEADLINE, author)


def test_a_labelled_byline_under_the_article_names_the_writer() -> None:
    headline = "Rada miasta zatwierdziła cztery nowe linie autobusowe"
    closing = ["Autorka: Anna Wrzosek (PAP)", "awrz/ mhr/"]
    more = [
        "Nowe autobusy będą niskopodłogowe i wyposażone w klimatyzację, a przystanki przy "
        "szpitalu zostaną przebudowane jeszcze przed zimą.",
        "Mieszkańcy północnych dzielnic od lat skarżyli się na długie dojazdy do centrum i "
        "przepełnione autobusy w godzinach szczytu.",
        "Koszt całego projektu szacowany jest na kilkanaście milionów złotych, z czego część "
        "pokryją fundusze unijne.",
    ]
    text = page(*MENU, headline, "05.11.2025 06:00", *POLISH_BUSES, *more, *closing)
    clip = clean_text(text)
    assert (clip.title, clip.author) == (headline, "Anna Wrzosek")


def test_a_persian_name_before_the_reporters_role_is_the_writer_and_no_article_line() -> None:
    headline = "شورای شهر چهار خط اتوبوس جدید را تصویب کرد"
    byline = "مریم رحیمی | خبرنگار"
    clip = clean_text(page("خانه", "شهری", headline, byline, "۱۴ آبان ۱۴۰۴", *PERSIAN_BUSES))
    assert (clip.title, clip.author) == (headline, "مریم رحیمی")
    assert byline not in clip.body


# --- a desk signs: no author ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "date"),
    [
        ("By News Desk", "March 4, 2024"),
        ("By Newsroom", "March 4, 2024"),
        ("Autor: Redakcja", "05.11.2025 06:00"),
        ("ผู้เขียน: ทีมข่าวภูมิภาค ไทยรัฐออนไลน์", "4 พ.ย. 2568 10:15 น."),
    ],
)
def test_a_desks_byline_names_no_author(byline: str, date: str) -> None:
    clip = clean_text(page(*MENU, HEADLINE, byline, date, *PROSE))
    assert clip.author is None
    assert clip.body.startswith(PROSE[0])
