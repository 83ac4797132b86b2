"""The plain-text cleaner naming a header's writers where the byline spreads over lines or
takes other shapes: its label alone over the name ("ผู้เขียน" / "ปิยะพงษ์ ทองดี", "Autor:" /
"Marta Górecka", "Автори публікації" / "Ольга Козак" / "Дмитро Ярошенко"), "Written by"
before a name in a script without capitals, a column's label under the name ("טור דעה", an
opinion column, is no name), a first name's initial ("Н. Матић"), a name over a date parted
by bars ("07|11|2025 - 11:54"), a particle in capitals ("Gwenaëlle Le Bihan"), the agency
before the name ("ČTK, Kateřina Svobodová"), Turkish "Can" in a name, a name over the date under the
standfirst, a name in
capitals over the place and date ("JUANMA LAMET" / "Madrid": "Juanma Lamet"), writers parted
by dashes ("Serkan Yıldırım - Onur Baş / AMSTERDAM"), Chinese writers listed under the date
("陳人齊、張穎齊"), and the other writers' names one a line under the first's, each maybe with
its role under it.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import CHINESE, HINDI, PROSE, page
from translations import (
    HEBREW_BUSES,
    POLISH_BUSES,
    SERBIAN_BUSES,
    SPANISH_BUSES,
    THAI_BRIDGE,
    TURKISH_BUSES,
)

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Local")

FRENCH = [
    "Le conseil municipal a approuvé mardi l'extension du réseau de bus, avec quatre nouvelles "
    "lignes qui relieront les quartiers nord à l'hôpital et à l'université.",
    "Selon l'adjoint chargé des transports, les nouvelles lignes circuleront dès l'automne, une "
    "fois les conducteurs recrutés et les véhicules livrés.",
    "Le projet a été adopté à une large majorité après un court débat, seuls deux élus ayant "
    "voté contre.",
]
GREEK = [
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή μιας νέας γέφυρας πάνω από τον "
    "ποταμό, βάζοντας τέλος σε μια διαμάχη που κράτησε πάνω από δέκα χρόνια.",
    "Οι υποστηρικτές λένε ότι η γέφυρα θα μειώσει τον χρόνο μετακίνησης για χιλιάδες "
    "κατοίκους της ανατολικής όχθης, ενώ οι επικριτές προειδοποιούν ότι ο προϋπολογισμός δεν "
    "είναι ρεαλιστικός.",
]


# --- a byline's label alone over the name ---------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "label", "name", "rest", "prose"),
    [
        ("สภาเมืองอนุมัติสร้างสะพานข้ามแม่น้ำแห่งใหม่ งบ 2,400 ล้านบาท เริ่มปี 69", "ผู้เขียน", "สุดารัตน์ มณีวงศ์",
         ("เผยแพร่", "วันที่ 4 พฤศจิกายน พ.ศ.2568 - 09:15 น.", "Facebook", "LINE"), THAI_BRIDGE),
        ("Rada miasta zatwierdziła cztery nowe linie autobusowe", "Autorka:", "Marta Górecka",
         ("5 listopada 2025 | 06:00", "Udostępnij"), POLISH_BUSES),
    ],
)  # fmt: skip
def test_a_bylines_label_alone_over_the_name_gives_the_writer(
    headline: str, label: str, name: str, rest: tuple[str, ...], prose: list[str]
) -> None:
    crumbs = f"Home » News » {headline}"  # (a breadcrumb repeats the headline)
    clip = clean_text(page(*MENU, crumbs, "News", headline, label, name, *rest, *prose))
    assert (clip.title, clip.author) == (headline, name)
    assert prose[0] in clip.body


def test_a_label_over_several_writers_gives_them_all() -> None:
    headline = "Rada miasta zatwierdziła cztery nowe linie autobusowe"
    clip = clean_text(
        page(
            *MENU,
            "Komunikacja",
            headline,
            "Nowe linie połączą północne dzielnice ze szpitalem i uniwersytetem.",
            "5 listopada 2025 | 06:00",
            "Autorzy artykułu",
            "Marta Górecka",
            "Tomasz Wierzbicki",
            "Udostępnij",
            *POLISH_BUSES,
        )
    )
    assert (clip.title, clip.author) == (headline, "Marta Górecka and Tomasz Wierzbicki")
    assert clip.body.startswith(POLISH_BUSES[0])


def test_a_label_over_a_brand_names_no_writer() -> None:
    # "Author:" over a newsletter's name: no person's, so no author.
    headline = "Markets shrug off the latest trade jitters"
    clip = clean_text(page(*MENU, headline, "Author:", "The Morning Brief", "Nov 18, 2019", *PROSE))
    assert (clip.title, clip.author) == (headline, None)


def test_written_by_before_a_name_in_devanagari_gives_the_writer() -> None:
    headline = "नगर निगम ने चार नए बस मार्गों को मंजूरी दी"
    byline = "Written by अनिल वर्मा | नवभारतटाइम्स.कॉम | Updated: 11 Nov 2025, 9:45 pm"
    clip = clean_text(page(*MENU, headline, byline, "शेयर करें", *HINDI))
    assert (clip.title, clip.author) == (headline, "अनिल वर्मा")
    assert clip.body.startswith(HINDI[0])


# --- a column's label under the name --------------------------------------------------------


def test_a_columns_label_between_the_name_and_the_date_is_no_writer() -> None:
    # "טור דעה" (an opinion column) labels the piece: the writer is the name over it.
    headline = "העיר צריכה יותר קווי אוטובוס, לא עוד חניונים"
    clip = clean_text(
        page(
            *MENU,
            "דעות",
            headline,
            "מיכל ברק-לוי",
            "טור דעה",
            "10/11/2025, 07:30",
            "שיתוף בפייסבוק",
            *HEBREW_BUSES,
        )
    )
    assert (clip.title, clip.author) == (headline, "מיכל ברק-לוי")
    assert clip.body.startswith(HEBREW_BUSES[0])


# --- a name in capitals ---------------------------------------------------------------------


def test_a_name_in_capitals_over_the_place_and_date_is_cited_in_its_own_case() -> None:
    headline = "El ayuntamiento aprueba cuatro nuevas líneas de autobús para el norte"
    clip = clean_text(
        page(
            *MENU,
            headline,
            "PABLO HERRERO",
            "Madrid",
            "Actualizado Miércoles, 5 noviembre 2025 - 13:47",
            "Compartir en Facebook",
            *SPANISH_BUSES,
        )
    )
    assert (clip.title, clip.author) == (headline, "Pablo Herrero")
    assert clip.body.startswith(SPANISH_BUSES[0])
    assert "PABLO HERRERO" not in clip.body


def test_a_kicker_in_capitals_naming_the_story_is_no_writer() -> None:
    headline = "Storm closes schools across the region for a second day"
    prose = [
        (
            "The winter storm closed schools across the whole region again on Tuesday, officials "
            "said, as the snow kept falling."
        ),
        *PROSE,
    ]
    clip = clean_text(page(*MENU, headline, "WINTER STORM", "Denver", "November 5, 2025", *prose))
    assert clip.author is None


# --- names of other shapes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "name", "stamp", "prose"),
    [
        # A first name's initial and the surname, over a time ago ("3 hours ago").
        ("Градско веће одобрило четири нове аутобуске линије за северна насеља", "Д. Стевановић",
         "пре 3 сата", SERBIAN_BUSES),
        # A surname with a particle in capitals.
        ("Le conseil municipal approuve quatre nouvelles lignes de bus pour le nord",
         "Maëlle Le Goff", "Publié le 5 novembre 2025 à 18h02", FRENCH),
    ],
)  # fmt: skip
def test_a_name_of_an_initial_or_with_a_particle_in_capitals_is_the_writer(
    headline: str, name: str, stamp: str, prose: list[str]
) -> None:
    clip = clean_text(page(*MENU, headline, name, stamp, "Facebook", *prose))
    assert (clip.title, clip.author) == (headline, name)
    assert clip.body.startswith(prose[0])


def test_a_name_over_a_date_parted_by_bars_is_the_writer_and_the_date_is_read() -> None:
    headline = "Εγκρίθηκε η νέα γέφυρα στον ποταμό μετά από δέκα χρόνια διαφωνιών"
    clip = clean_text(
        page(*MENU, "ΕΛΛΑΔΑ", headline, "Νίκος Ζαχαρίου", "07|11|2025 - 11:54", *GREEK)
    )
    assert (clip.title, clip.author, clip.date) == (headline, "Νίκος Ζαχαρίου", "2025-11-07")
    assert clip.body.startswith(GREEK[0])


def test_the_agency_before_the_writers_name_is_left_out() -> None:
    headline = "City council approves new bus routes after a long debate"
    clip = clean_text(
        page(*MENU, headline, "4.11.2025 17:30", "ČTK, Kateřina Svobodová", "Share", *PROSE)
    )
    assert (clip.title, clip.author) == (headline, "Kateřina Svobodová")


def test_a_turkish_given_name_that_is_a_frequent_word_is_in_the_name() -> None:
    headline = "Belediye meclisi kuzey mahalleleri için yeni otobüs hattını onayladı"
    byline = "Ahmet Can Yılmaz   |03.11.2025 - Güncelleme : 03.11.2025"
    prose = [
        *TURKISH_BUSES,
        "Meclis üyeleri, projenin kentin ulaşım sorununa can suyu olacağını söyledi.",
    ]
    clip = clean_text(page(*MENU, headline, byline, *prose))
    assert (clip.title, clip.author) == (headline, "Ahmet Can Yılmaz")


STANDFIRST = (
    "Under a new plan, riders in the northern suburbs will get four more bus routes to the "
    "hospital and the university.",
    "Council members say the routes will help commuters, but drivers must still be hired first.",
)


def test_a_name_over_the_date_under_the_standfirst_is_the_writer() -> None:
    headline = "City council approves new bus routes after a long debate"
    clip = clean_text(
        page(*MENU, headline, *STANDFIRST, "Dana Whitfield", "Published November 7, 2025", *PROSE)
    )
    assert (clip.title, clip.author) == (headline, "Dana Whitfield")
    assert "Dana Whitfield" not in clip.body


def test_a_person_the_text_quotes_over_the_date_is_no_writer() -> None:
    headline = "City council approves new bus routes after a long debate"
    prose = [
        "Mayor Ellen Whitfield said on Tuesday that the new routes would open in the autumn, "
        "once the drivers were hired.",
        *PROSE,
    ]
    clip = clean_text(
        page(*MENU, headline, *STANDFIRST, "Ellen Whitfield", "November 7, 2025", *prose)
    )
    assert clip.author is None


def test_an_abbreviation_over_the_date_is_no_writer() -> None:
    headline = "Army engineers begin work on the new river levee this week"
    clip = clean_text(page(*MENU, headline, "U.S. Army", "November 5, 2025", *PROSE))
    assert (clip.title, clip.author) == (headline, None)


# --- writers parted by dashes --------------------------------------------------------------


def test_writers_parted_by_a_dash_before_the_place_are_all_cited() -> None:
    headline = "Belediye meclisi kuzey mahalleleri için yeni otobüs hattını onayladı"
    clip = clean_text(
        page(
            *MENU,
            headline,
            "Elif Kaya - Mert Aksoy / İZMİR",
            "Giriş: 05.11.2025 - 22:58",
            "Paylaş",
            *TURKISH_BUSES,
        )
    )
    assert (clip.title, clip.author) == (headline, "Elif Kaya and Mert Aksoy")
    assert clip.body.startswith(TURKISH_BUSES[0])


def test_a_name_and_an_office_parted_by_a_dash_are_no_two_writers() -> None:
    headline = "Belediye meclisi kuzey mahalleleri için yeni otobüs hattını onayladı"
    byline = "Elif Kaya - Ankara Büyükşehir"  # (no place after a slash: a name and an office)
    clip = clean_text(page(*MENU, headline, byline, "Giriş: 05.11.2025 - 22:58", *TURKISH_BUSES))
    assert clip.author is None


# --- Chinese writers listed under the date -------------------------------------------------

CHINESE_HEADLINE = "兩國宣布恢復貿易與安全對話 首輪會談下月登場"


@pytest.mark.parametrize(
    ("listed", "author"),
    [
        ("林怡君、王志明", "林怡君、王志明"),  # two writers' names of three characters
        ("台北、新北", None),  # places of two: a tag line, no writers
    ],
)
def test_chinese_names_listed_under_the_date_are_the_writers(
    listed: str, author: str | None
) -> None:
    clip = clean_text(
        page("首頁", "政治", CHINESE_HEADLINE, "2025/11/08 14:35", listed, "分享", *CHINESE)
    )
    assert (clip.title, clip.author) == (CHINESE_HEADLINE, author)
    assert clip.body.startswith(CHINESE[0])


# --- the other writers under the first ------------------------------------------------------


def test_writers_each_over_their_role_are_all_cited() -> None:
    headline = "City council approves new bus routes after a long debate"
    clip = clean_text(
        page(
            *MENU,
            headline,
            "Maria Lopez",
            "City Hall reporter",
            "Daniel Okafor",
            "Transportation reporter",
            "Published November 5, 2025",
            *PROSE,
        )
    )
    assert (clip.title, clip.author) == (headline, "Maria Lopez and Daniel Okafor")
    assert clip.body.startswith(PROSE[0])
    assert "Daniel Okafor" not in clip.body


def test_writers_alone_on_consecutive_lines_are_all_cited() -> None:
    headline = "Rada miasta zatwierdziła cztery nowe linie autobusowe"
    clip = clean_text(
        page(
            *MENU,
            "Publikacja: 04.11.2025 06:00",
            headline,
            "Marta Górecka",
            "Tomasz Wierzbicki",
            "Udostępnij",
            *POLISH_BUSES,
        )
    )
    assert (clip.title, clip.author) == (headline, "Marta Górecka and Tomasz Wierzbicki")
    assert clip.body.startswith(POLISH_BUSES[0])


def test_a_subheading_under_the_writer_is_no_second_writer() -> None:
    # "Bus Routes Expand" names what the text tells of: a subheading, no writer.
    headline = "City council approves new bus routes after a long debate"
    prose = ["The city's bus routes expand this autumn, officials said on Tuesday.", *PROSE]
    clip = clean_text(
        page(*MENU, "November 5, 2025", headline, "Maria Lopez", "Routes Expand", *prose)
    )
    assert clip.author == "Maria Lopez"
