"""The plain-text cleaner naming the writers of a header's byline block: their names with
roles, desks and the publication between them ("Charles Hymas, Home Affairs Editor and Nick
Gutteridge, Political Correspondent", "Sarah Petrowski, Ian Fröhlich · CBC News ·", "Zeynep
Aktaş - Ekonomi Servisi") over the date, under the standfirst; one a line, each over a role,
"and" between; joined by "et" under a photo's dated caption, or by Hebrew's "ו" ("נועה שפירא
ועמית כהן"); a Korean reporter's name under the date and the page's buttons ("박서윤 기자"); a
portal's reprint naming its writer under the date and the original publication ("Газета.Ru" /
"Анна Коваленко"); the writer's name alone under the text, over its furniture.  And what
stands there and is no writer.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import PROSE, page
from translations import HEBREW_BUSES, KOREAN_BUSES, RUSSIAN_BRIDGE

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Local")
HEADLINE = "Council approves four new bus routes after a long debate"
STANDFIRST = (
    "The routes will link the northern districts to the hospital and the university, and "
    "officials say the first buses could run before the winter."
)


@pytest.mark.parametrize(
    ("byline", "stamp", "author"),
    [
        (
            "Sarah Petrowski, Ian Fröhlich · CBC News · ",
            "Posted: Nov 12, 2025 4:00 AM CST | Last Updated: November 13",
            "Sarah Petrowski and Ian Fröhlich",
        ),
        (
            "Charles Hymas, Home Affairs Editor and Nick Gutteridge, Political Correspondent",
            "05 November 2025 6:00pm GMT",
            "Charles Hymas and Nick Gutteridge",
        ),
        (
            "Jane Doe, Transport Correspondent | The Courier",
            "05 November 2025 6:00pm GMT",
            "Jane Doe",
        ),
        # A desk after a dash: Turkish "Ekonomi Servisi", the economy desk.
        ("Zeynep Aktaş - Ekonomi Servisi", "Giriş Tarihi: 03.11.2025 - 10:04", "Zeynep Aktaş"),
        ("Jane Doe - Metro Desk", "05 November 2025 6:00pm GMT", "Jane Doe"),
    ],
)
def test_writers_with_their_roles_and_publication_over_the_date(
    byline: str, stamp: str, author: str
) -> None:
    caption = "A bus waits at the depot on Monday. (Jane Roe/The Courier)"
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, byline, stamp, caption, *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, author)
    assert clip.body.startswith(PROSE[0])


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Doe · The Courier",  # one name and a publication: as often a photo's credit
        "Jane Doe - Business Insider",
        "Jane Doe, Ann Lee · Climate Crisis",  # a section's label after the names
    ],
)
def test_names_with_other_parts_over_the_date_are_no_writers(byline: str) -> None:
    stamp = "05 November 2025 6:00pm GMT"
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, byline, stamp, *PROSE))
    assert clip.author is None


FRENCH = [
    "Le conseil municipal a approuvé mardi l'extension du réseau de bus, avec quatre nouvelles "
    "lignes qui relieront les quartiers nord à l'hôpital et à l'université.",
    "Selon l'adjoint chargé des transports, les nouvelles lignes circuleront dès l'automne, une "
    "fois les conducteurs recrutés et les véhicules livrés.",
    "Le projet a été adopté à une large majorité après un court débat, seuls deux élus ayant "
    "voté contre.",
    "Les opposants estiment que l'argent aurait dû servir à réparer les routes du centre-ville, "
    "très abîmées après les tempêtes de l'hiver dernier.",
    "La ville prévoit de consulter les habitants des quartiers concernés au printemps, avant de "
    "fixer les horaires définitifs des nouvelles lignes.",
]


def test_writers_joined_by_et_under_a_dated_caption_and_the_standfirst() -> None:
    clip = clean_text(
        page(
            *MENU,
            "Le conseil municipal approuve quatre nouvelles lignes de bus après un long débat",
            "Un bus attend au dépôt de Brest (Finistère), mardi 4 novembre 2025 au matin. "
            "| OUEST-FRANCE",
            "Les nouvelles lignes relieront les quartiers nord à l'hôpital et à l'université. "
            "Les premiers bus circuleront dès l'automne.",
            "Ouest-France",
            "Gwenaëlle Morvan et Thomas Rouxel.",
            "Publié le 04/11/2025 à 06h30",
            "Modifié le 04/11/2025 à 17h45",
            *FRENCH,
        )
    )
    assert clip.author == "Gwenaëlle Morvan et Thomas Rouxel"
    assert FRENCH[0] in clip.body and "Rouxel" not in clip.body


def test_a_korean_reporters_name_under_the_date_and_the_buttons() -> None:
    # (The photo's caption under the buttons credits the same reporter.)
    clip = clean_text(
        page(
            "뉴스",
            "구독",
            "시의회, 시내버스 노선 4개 증설안 가결…가을부터 운행",
            "입력2025.11.03. 오후 3:12",
            "수정2025.11.03. 오후 5:40",
            "기사원문",
            "박서윤 기자",
            "추천",
            "댓글 12",
            "SNS 보내기",
            "시내버스가 5일 시청 앞 정류장에 서 있다. 박서윤 기자",
            *KOREAN_BUSES,
        )
    )
    assert clip.author == "박서윤"
    assert clip.body.endswith(KOREAN_BUSES[-1])


RUSSIAN_HEADLINE = "В Твери построят новый мост через Волгу после десяти лет споров"


@pytest.mark.parametrize(
    ("under_date", "author"),
    [
        (["Газета.Ru", "Анна Коваленко", "Подписаться"], "Анна Коваленко"),
        # Right under the date, or over the text: a tag, a subheading.
        (["Анна Коваленко", "Подписаться"], None),
        (["Газета.Ru", "Новый Мост"], None),
    ],
)
def test_a_portals_reprint_names_its_writer_under_the_date_and_the_publication(
    under_date: list[str], author: str | None
) -> None:
    clip = clean_text(
        page(
            "Новости",
            "Регионы",
            RUSSIAN_HEADLINE,
            "29 октября 2025, 14:07",
            *under_date,
            "Поделиться",
            *RUSSIAN_BRIDGE,
        )
    )
    assert (clip.title, clip.author) == (RUSSIAN_HEADLINE, author)


@pytest.mark.parametrize(
    ("headline", "prose", "after", "author"),
    [
        # The writer's name under the text, over a box's label.
        (
            RUSSIAN_HEADLINE,
            RUSSIAN_BRIDGE,
            ["Анатолий Костырев", "Читайте также"],
            "Анатолий Костырев",
        ),
        # One the text names is a person it tells of.
        (
            RUSSIAN_HEADLINE,
            [
                *RUSSIAN_BRIDGE,
                "Об этом сообщил депутат Анатолий Костырев журналистам после заседания.",
            ],
            ["Анатолий Костырев", "Читайте также"],
            None,
        ),
        # Under a headline in title case, a related story's headline or a tag stands there.
        (
            "Council Approves Four New Bus Routes After Long Debate",
            PROSE,
            ["Transit Plan Approved", "Share"],
            None,
        ),
    ],
)
def test_a_name_alone_under_the_text_over_its_furniture_is_the_writer(
    headline: str, prose: list[str], after: list[str], author: str | None
) -> None:
    footer = ["Правительство продлило квоту на экспорт зерна", "© 2025 Городские новости"]
    clip = clean_text(page(*MENU, headline, "29 октября 2025, 14:07", *prose, *after, *footer))
    assert (clip.title, clip.author) == (headline, author)
    assert clip.body.endswith(prose[-1])


def test_two_writers_each_with_a_role_and_an_and_line_between() -> None:
    writers = ["Carl Hennessy", "Education Correspondent", "and", "Jack Power"]
    stamp = "Tue Nov 04 2025 - 05:45"
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, *writers, stamp, *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, "Carl Hennessy and Jack Power")
    assert clip.body.startswith(PROSE[0])


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("נועה שפירא ועמית כהן", "נועה שפירא, עמית כהן"),  # "and" glued to the second name
        ("נועה שפירא ו עמית כהן", "נועה שפירא, עמית כהן"),
        ("נועה שפירא", "נועה שפירא"),
    ],
)
def test_writers_joined_by_and_in_a_script_without_capitals_over_the_date(
    byline: str, author: str
) -> None:
    headline = "מועצת העיר אישרה ארבעה קווי אוטובוס חדשים"
    clip = clean_text(page("חדשות", "בריאות", headline, byline, "04.11.25 | 14:32", *HEBREW_BUSES))
    assert (clip.title, clip.author) == (headline, author)
    assert clip.body.startswith(HEBREW_BUSES[0])
