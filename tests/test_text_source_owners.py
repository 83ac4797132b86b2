"""The publication of a text dump, not the company owning it: copyright lines with the legal
forms of many countries, and the brand the page shows elsewhere (its masthead written as its
address, an app or a newsletter of its own, its name alone in the footer, the address its
copyright line names)."""

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
        # Russian "ООО", Japanese "株式会社", Korean "(주)" written onto the name (and a
        # newspaper office's "社": the paper is "港湾新聞").
        ("© 2025 ООО «Гавань Медиа»", "Гавань Медиа"),
        ("Copyright © 株式会社港湾新聞社 All rights reserved.", "港湾新聞"),
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


# --- the brand the page shows elsewhere ---------------------------------------------------------


def test_a_masthead_written_as_its_address_beats_the_company() -> None:
    notice = "© 1999–2025 PRISTAV, a.s., a dodavatelé obsahu. Všechna práva vyhrazena."
    clip = clean_text(dump(["iPRISTAV.cz", *MENU], [notice]))
    assert clip.source == "iPRISTAV.cz"
    assert clip.evidence["source"] == "masthead at the top of the page, written as its address"


def test_a_broadcasters_masthead_its_address_spells_the_first_word_of() -> None:
    top = ["Hoppa till innehåll", "HRT Nyheter", "Lokalt", "Väder", *MENU]
    footer = ["Dela artikeln: https://www.hrt.se/nyheter/inrikes/leaders-agree"]
    assert clean_text(dump(top, footer)).source == "HRT Nyheter"


@pytest.mark.parametrize(
    ("top", "footer", "source"),
    [
        # The site's app, its newsletter, at the top or in the footer.
        ([], ["Download the Harbour Post app", "© 2025 SIA «Harbour Project»"], "Harbour Post"),
        ([], ["Download de Havenkrant app", "© 2025 DPG Harbour B.V."], "de Havenkrant"),
        (["Subscribe to the", "HB247 newsletter!"], ["© 2018 Gamer Network."], "HB247"),
        ([], ["  • The Harbour Apps", "© 1996-2019 News Communication"], "The Harbour"),
    ],
)
def test_the_sites_own_app_or_newsletter_beats_the_company(top, footer, source) -> None:
    clip = clean_text(dump([*top, *MENU], footer))
    assert clip.source == source
    assert clip.evidence["source"] == (
        "the site's own name in its navigation (the copyright line names its company)"
    )


def test_a_sections_newsletters_in_the_menus_leave_the_company() -> None:
    # Several half-weight names in the menus are sections', none the site's.
    top = ["  • Morning Report Newsletter", "  • Best of the Week Newsletter", *MENU]
    notice = "© 2019 Harbour Holdings, Inc. All Rights Reserved."
    assert clean_text(dump(top, [notice])).source == "Harbour Holdings"


def test_the_publications_name_alone_in_the_footer_beats_the_company() -> None:
    footer = [
        *PROSE,  # the footer well past the byline
        "The Harbour Times",
        "Terms & Conditions",
        "Copyright © 2025 HTM Media Limited. Co. Regn. No. 202120748H. All rights reserved.",
    ]
    assert clean_text(dump(MENU, footer)).source == "The Harbour Times"
    # Not a section's name that a menu lists.
    footer[-3] = "Harbour News"
    assert clean_text(dump(["  • Harbour News", *MENU], footer)).source == "HTM Media"


def test_the_address_a_copyright_line_names_spells_the_publication() -> None:
    footer = [
        "Harbourcontrol Pro gives you the market's best ideas.",
        "Copyright © e-Harbour.com Ltd. All rights reserved. Reproduction without express "
        "written permission of harbourcontrol.com is prohibited.",
    ]
    clip = clean_text(dump(MENU, footer))
    assert clip.source == "Harbourcontrol"
    assert clip.evidence["source"] == (
        "the name its address spells (the copyright line names its company)"
    )
