"""The site's name as the page writes its address, an article and the company's first word
("derStandard.at" under "© STANDARD Verlagsgesellschaft m.b.H."), rather than the company; not
an address that adds a word to the company's name ("Sputniknews.com" under "© Sputnik")."""

from __future__ import annotations

from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks on trade and security"
MENU = ["Inland", "International", "Wirtschaft", "Web", "Sport", "Kultur"]


def dump(site: str, notice: str) -> str:
    banner = [
        f"Willkommen bei {site}",
        f"Um {site}.at in vollem Umfang nutzen zu können, stimmen Sie bitte der Verwendung von "
        "Cookies und der Verarbeitung Ihrer Daten zu – oder lesen Sie werbefrei mit einem Abo.",
        "Mit Werbung weiterlesen",
        "Zum Inhalt springen",
    ]
    return page(*banner, *MENU, HEADLINE, *PROSE, "Impressum", "Datenschutz", notice)


def test_the_address_an_article_and_the_companys_name_spell() -> None:
    clip = clean_text(dump("dieAlpenpost", "© ALPENPOST Verlagsgesellschaft m.b.H. 2025"))
    assert clip.source == "dieAlpenpost"


def test_an_address_that_adds_a_word_is_not_taken() -> None:
    clip = clean_text(dump("Alpenpostnews", "© ALPENPOST Verlagsgesellschaft m.b.H. 2025"))
    assert clip.source != "Alpenpostnews"
