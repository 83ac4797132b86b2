"""The publication, not the company that owns it: a company's legal form and words in the
languages news is written in ("Média Kft.", "д.о.о.", "Verlagsgesellschaft m.b.H.", "& Cie
S.A."), the masthead's full name for the short one the navigation gives ("About The Star" under
"Toronto Star"), and a photographer's credit closing a caption, which names no
publication ("… on Monday. © Pierre Dupont.")."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks on trade and security"
MENU = ["Home", "World", "Business", "Sport", "Culture", "Opinion"]


def dump(top: list[str], footer: list[str], caption: str = "") -> str:
    """A page: `top` (masthead, menus), the headline, a byline, the article (a caption in it),
    then `footer`."""
    body = [PROSE[0], caption, *PROSE[1:]] if caption else PROSE
    return page(*top, *MENU, HEADLINE, "By Jane Doe", *body, *footer)


@pytest.mark.parametrize(
    ("top", "notice", "source"),
    [
        # A Hungarian company ("Média Kft.") named after its site, whose masthead is in lower
        # case.
        (
            ["Ugrás a tartalomra", "hírvivő"],
            "© 2025 Hírvivő Média Kft. Minden jog fenntartva.",
            "Hírvivő",
        ),
        # A Serbian limited company in Cyrillic ("д.о.о.").
        (["Вестник"], "Сва права задржана © 2025 Вестник Тачно д.о.о.", "Вестник"),
        # A Bulgarian one ("ЕООД").
        (["Вестникар"], "© 2025 Вестникар Медия ЕООД. Всички права запазени.", "Вестникар"),
    ],
)
def test_a_company_of_another_language_is_not_the_publication(top, notice, source) -> None:
    clip = clean_text(dump(top, [f"Read more news from {source}", notice]))
    assert clip.source == source


def test_an_austrian_companys_legal_form_goes() -> None:
    clip = clean_text(dump(["Alpenpost"], ["© ALPENPOST Verlagsgesellschaft m.b.H. 2025"]))
    assert clip.source is not None
    assert "m.b.H" not in clip.source
    assert "Verlagsgesellschaft" not in clip.source


def test_the_masthead_names_in_full_what_the_navigation_shortens() -> None:
    top = ["Skip to content", "Subscribe", "Toronto Star", "Sign In"]
    footer = [
        "Jane Doe is a reporter covering city hall for the Star.",
        "About The Star",
        "More from The Star & partners",
        "Contact The Star",
        "© Copyright Toronto Star Newspapers Ltd. 1996 - 2025",
    ]
    clip = clean_text(dump(top, footer))
    assert clip.source == "Toronto Star"


def test_a_photographers_credit_closing_a_caption_is_no_publication() -> None:
    caption = "Les travaux sous la gare du Nord sont à l'arrêt depuis lundi. © Pierre-Yves Dupont."
    footer = ["Le Phare sur iPhone et Android", "© Marée & Cie S.A. – LE PHARE, Bruxelles, 2025"]
    clip = clean_text(dump(["Le Phare", "S'abonner"], footer, caption))
    assert clip.source == "Le Phare"
