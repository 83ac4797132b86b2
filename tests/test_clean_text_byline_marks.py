"""The plain-text cleaner finding the writers of bylines a dump or a paper marks in its own
way: "by" glued to the name ("byChinedu Okafor"); a name over a stamp of today's or
yesterday's time ("Today at 18:30", "dzisiaj 21:47"), under a photo's caption too; an
agency's code in capitals outside ASCII after the writers ("…, ČTK"); a Japanese writer's
given name in hiragana in the brackets closing the article ("（吉田みなみ）"); Korean
reporters' names under the article ("김정환 기자 / 박소연 기자").  And what stands there and
is no writer.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import JAPANESE, KOREAN, PROSE, page

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Business")
HEADLINE = "Refinery cuts petrol gantry price as price war deepens"
STANDFIRST = "The refinery said the reduction would take effect immediately at its loading gantry."


@pytest.mark.parametrize(
    ("byline", "author"), [("byChinedu Okafor", "Chinedu Okafor"), ("ByAnn Lee", "Ann Lee")]
)
def test_by_glued_to_the_writers_name(byline: str, author: str) -> None:
    stamp = "February 27, 2025"
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, byline, stamp, "3 min read", *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, author)
    assert clip.body.startswith(PROSE[0])


SPORT_HEADLINE = "Limerick survive late Cork rally to book league final spot"
CAPTION = (
    "Limerick's Aidan Gilleece celebrates after scoring his side's goal during the Allianz "
    "Hurling League Division 1 semi-final at TUS Gaelic Grounds. Photo: Sportsfile"
)


def test_a_name_under_a_photos_caption_over_todays_time_and_the_date() -> None:
    score = "Limerick 1-22 Cork 0-23"
    byline = ["Cian Mac Lochlainn", "Today at 18:30", "Sun 23 Mar 2025 at 18:30", "Share"]
    clip = clean_text(page(*MENU, SPORT_HEADLINE, score, CAPTION, *byline, *PROSE))
    assert (clip.title, clip.author) == (SPORT_HEADLINE, "Cian Mac Lochlainn")
    assert clip.body.startswith(PROSE[0])


POLISH_HEADLINE = "Sensacja w Jastrzębiu! Beniaminek z Kalisza wygrywa po tie-breaku"
POLISH = [
    "Takiego wyniku w Jastrzębiu-Zdroju nie spodziewał się chyba nikt. Beniaminek z Kalisza "
    "pokonał mistrzów Polski po pięciu setach i wciąż liczy się w walce o play-off.",
    "Gospodarze wygrali pierwszego seta, ale goście odpowiedzieli skuteczną zagrywką i do "
    "końca meczu nie pozwolili rywalom odskoczyć na więcej niż dwa punkty.",
    "O losach spotkania zdecydował tie-break, w którym siatkarze z Kalisza obronili dwie piłki "
    "meczowe, a ostatni punkt zdobyli blokiem.",
]


@pytest.mark.parametrize(
    ("today", "author"),
    [
        ("dzisiaj 21:47", "Kamil Wądołowski"),
        ("Today at 21:47", "Kamil Wądołowski"),
        ("wczoraj, 21:47", "Kamil Wądołowski"),
    ],
)
def test_a_name_over_a_stamp_of_todays_time_over_the_date(today: str, author: str) -> None:
    standfirst = (
        "Siatkarze z Kalisza pokonali mistrzów Polski 3:2, a bohaterem meczu został "
        "20-letni atakujący Szymon Kaczmarczyk."
    )
    byline = ["Kamil Wądołowski", today, "12 marca 2025, 21:47"]
    clip = clean_text(page("Siatkówka", "PlusLiga", POLISH_HEADLINE, standfirst, *byline, *POLISH))
    assert (clip.title, clip.author) == (POLISH_HEADLINE, author)
    assert clip.body.startswith(POLISH[0])


CZECH_HEADLINE = "Kalamita na D1: Kamiony zablokovaly dálnici u Humpolce"
CZECH = [
    "Sněhová nadílka ve čtvrtek odpoledne zaskočila řidiče na Vysočině. Kamiony, které "
    "nedokázaly vyjet stoupání, zablokovaly oba pruhy dálnice ve směru na Brno.",
    "Hasiči podle mluvčího rozváželi lidem v koloně teplý čaj a deky, silničáři mezitím "
    "sypali vozovku a odtahovali uvízlá nákladní auta.",
    "Provoz se podle policie začal uvolňovat až po deváté hodině večer, kdy se podařilo "
    "odstranit poslední kamion.",
]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Tereza Křížková, Michal Dvořák, ČTK", "Tereza Křížková, Michal Dvořák"),
        ("Tereza Křížková, ČTK", "Tereza Křížková"),
    ],
)
def test_writers_and_an_agencys_code_in_capitals_outside_ascii(byline: str, author: str) -> None:
    standfirst = "Husté sněžení a náledí ve čtvrtek ochromily provoz na dálnici D1 na Vysočině."
    stamp = "9. 1. 2025 18:32"
    clip = clean_text(page("Zprávy", "Domácí", CZECH_HEADLINE, standfirst, byline, stamp, *CZECH))
    assert (clip.title, clip.author) == (CZECH_HEADLINE, author)
    assert clip.body.startswith(CZECH[0])


JAPANESE_HEADLINE = "市議会、路線バス４系統の増便計画を可決"


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("（吉田みなみ）", "吉田みなみ"),  # a given name in hiragana
        ("（写真は市提供）", None),  # a note on the photo
        ("（つづく）", None),
    ],
)
def test_a_japanese_writers_given_name_in_hiragana_in_the_closing_brackets(
    closing: str, author: str | None
) -> None:
    text = page("ニュース", JAPANESE_HEADLINE, "2025/11/5 10:12", *JAPANESE, closing, "関連記事")
    clip = clean_text(text)
    assert (clip.title, clip.author) == (JAPANESE_HEADLINE, author)


KOREAN_HEADLINE = "시의회, 시내버스 노선 4개 증설안 가결…가을부터 운행"


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("김정환 기자 / 박소연 기자", "김정환, 박소연"),
        ("김정환 기자 kim@hanbit.co.kr", "김정환"),
        ("[이승환 기자]", None),  # a photo's credit
    ],
)
def test_korean_reporters_names_under_the_article(closing: str, author: str | None) -> None:
    text = page("뉴스", KOREAN_HEADLINE, "입력 : 2025-03-12 15:47:31", *KOREAN, closing, "관련기사")
    clip = clean_text(text)
    assert (clip.title, clip.author) == (KOREAN_HEADLINE, author)
    assert clip.body.endswith(KOREAN[-1])
