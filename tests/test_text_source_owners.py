"""The publication of a text dump, not the company owning it: copyright lines with the legal
forms of many countries."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks"
MENU = ["Home", "World", "Business", "Sport"]


def dump(top: list[str], footer: list[str]) -> str:
    """A page: `top` (masthead, menus), the headline, a byline, the article, then `footer`."""
    return page(*top, HEADLINE, "By Jane Doe", *PROSE, *footer)


# --- legal forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        # Indonesian "PT." before the name, with its full stop: not "PT".
        ("© 2025 PT. Harbour Media Nusantara", "Harbour Media Nusantara"),
        # Latvian "SIA" before a name in quotes.
        ("© 2025 SIA «Harbour Project»", "Harbour Project"),
        # Russian "ООО", Japanese "株式会社", Korean "(주)" written onto the name.
        ("© 2025 ООО «Гавань Медиа»", "Гавань Медиа"),
        ("Copyright © 株式会社港湾新聞社 All rights reserved.", "港湾新聞社"),
        ("Copyright © (주)항구일보 All rights reserved", "항구일보"),
        # Greek "Μονοπρόσωπη Α.Ε." (a company of one shareholder) after the name.
        ("© 2025 ΛΙΜΑΝΙ Μονοπρόσωπη Α.Ε.", "Λιμανι"),
    ],
)
def test_a_legal_form_before_or_after_the_holders_name_is_left_out(notice, source) -> None:
    assert clean_text(dump(MENU, [notice])).source == source


@pytest.mark.parametrize(
    ("masthead", "notice"),
    [
        # Greek, Arabic: the legal form or the group's word makes the holder a company, so
        # the paper's name first on the page is the publication.
        ("Η ΠΡΩΙΝΗ", "© 2025 ΠΡΩΙΝΕΣ ΕΚΔΟΣΕΙΣ Μονοπρόσωπη Α.Ε."),
        ("صحيفة الميناء", "© 2025 المجموعة العربية للأبحاث والإعلام"),
    ],
)
def test_the_first_line_of_the_page_is_the_paper_a_company_owns(masthead, notice) -> None:
    assert clean_text(dump([masthead, *MENU], [notice])).source.lower() == masthead.lower()


def test_a_newspaper_company_is_the_paper_the_page_names() -> None:
    # "The Harbour Newspaper Limited" owns the paper the page calls "The Harbour".
    footer = [
        "Subscribe to The Harbour",
        "© The Harbour Newspaper Limited 2025. All rights reserved.",
    ]
    assert clean_text(dump(MENU, footer)).source == "The Harbour"
