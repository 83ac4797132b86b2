"""The plain-text cleaner naming the writers as a reader would cite them: a byline's label in
more languages ("Autorka:", "Аутор:", "Reported By:"), Chinese-language papers' bylines with
the paper's name before the reporters ("聯合報／ 記者林大明／台北即時報導", "澎湃新闻记者 王欣
陈思远", "中央社記者林怡君台北5日電").
Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import CHINESE, HINDI, page

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Local")

POLISH = [
    "Rada miasta zatwierdziła we wtorek rozbudowę sieci autobusowej o cztery nowe linie, które "
    "połączą północne dzielnice ze szpitalem i uniwersytetem.",
    "Według urzędników nowe linie zaczną kursować jesienią, kiedy zostaną zatrudnieni kierowcy i "
    "dotrą nowe autobusy.",
    "Plan został przyjęty dużą większością głosów po krótkiej dyskusji, a przeciw głosowało tylko "
    "dwóch radnych.",
]
SERBIAN = [
    "Градско веће је у уторак одобрило проширење аутобуске мреже за четири нове линије које ће "
    "повезати северна насеља са болницом и универзитетом.",
    "Према речима званичника, нове линије почеће да саобраћају на јесен, када буду запослени "
    "возачи и стигну нови аутобуси.",
    "План је усвојен великом већином после кратке расправе, а против су гласала само два "
    "одборника.",
]


# --- a byline's label ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "byline", "date", "prose", "author"),
    [
        ("Rada miasta zatwierdziła cztery nowe linie autobusowe", "Autorka: Marta Górecka",
         "5 listopada 2025 | 06:00", POLISH, "Marta Górecka"),
        ("Градско веће одобрило четири нове аутобуске линије", "Аутор: Мирјана Сретеновић",
         "уторак, 04.11.2025. у 18:30", SERBIAN, "Мирјана Сретеновић"),
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
