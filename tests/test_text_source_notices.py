"""The publication a page's notices name: a Russian page's registration notice ("Сетевое
издание «…». Свидетельство о регистрации СМИ …"), which beats the company its copyright line
names; a copyright line written with a Cyrillic "(с)"; a portal's note on a story it runs from
a syndicated feed ("… not been edited by DH staff …")."""

from __future__ import annotations

from pages import PROSE, page
from translations import RUSSIAN_DIG

from clipper.clean.text import clean_text

MENU = ["  • Новости", "  • Общество", "  • Наука", "  • Культура", "  • Спорт"]
HEADLINE = "На берегу озера нашли сорок древних наскальных рисунков"


def footer_page(*footer: str) -> str:
    return page(*MENU, "Наука", HEADLINE, "14:20 12.11.2025", *RUSSIAN_DIG, *MENU, *footer)


def test_the_registration_notice_names_the_publication_not_its_founder() -> None:
    text = footer_page(
        "Подписка на рассылку",
        "«Сетевое издание «Гавань.ру (Гавань.ру)» Свидетельство о регистрации СМИ "
        "ЭЛ №ФС77-67790, выдано Роскомнадзором 17.11.2016",
        "Учредитель: общество с ограниченной ответственностью «Северный Медиа Паблишинг»",
        "Copyright (с) ООО «Северный Медиа Паблишинг», 2025.",
        "Любое воспроизведение материалов сайта без разрешения редакции воспрещается.",
    )
    assert clean_text(text).source == "Гавань.ру"


def test_a_sentence_naming_another_outlet_so_is_no_notice() -> None:
    quoted = "Сетевое издание «Северные вести» первым сообщило о находке в понедельник."
    text = footer_page(quoted, "© 2025 Вечерний Город")
    assert clean_text(text).source == "Вечерний Город"


def test_a_copyright_line_with_a_cyrillic_c_in_brackets() -> None:
    text = footer_page("Контакты", "(с) 2025 Вечерний Город. Все права защищены.")
    assert clean_text(text).source == "Вечерний Город"


def wire_story_page(note: str) -> str:
    """A portal's page of a wire story: its logo's initials at the top, no copyright line
    naming it, and the note on the story from the feed under the article."""
    top = ["Skip to content", "HN", "Subscribe", "e-Paper", "Home", "India", "World", "Sports"]
    header = ["Harbour market to be restored, says court", "PTI", "Last Updated : 04 November 2025"]
    footer = ["Latest News", "About", "Contact", "Copyright 2025 The Printers (Harbour) Pvt Ltd."]
    return page(*top, *header, *PROSE, "PTI KSU RS", note, *footer)


def test_the_note_on_a_story_from_a_feed_names_the_portal() -> None:
    note = "(This story has not been edited by HN staff and is published from a syndicated feed.)"
    assert clean_text(wire_story_page(note)).source == "HN"


def test_the_note_that_the_portal_reworked_the_headline_names_it() -> None:
    note = (
        "(Only the headline and picture of this report may have been reworked by the Harbour "
        "News staff; the rest of the content is auto-generated from a syndicated feed.)"
    )
    assert clean_text(wire_story_page(note)).source == "Harbour News"
