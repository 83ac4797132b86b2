"""The plain-text cleaner naming an article's publication: the brand a reader knows, which the
page prints in its masthead, its notices and its bylines, over the company its copyright line
names.  Each test is one small synthetic page."""

from __future__ import annotations

from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Council approves four new bus routes after a long debate"
MENU = ("Politics", "Business", "Sport", "Culture")


def test_a_copyright_line_with_a_colon_and_two_holders_names_the_publication() -> None:
    text = page(
        "Skip to content",
        "Nordsee Rundschau",
        *MENU,
        HEADLINE,
        *PROSE,
        "Copyright: Nordsee Rundschau Digitale Medien GmbH / Nordsee Rundschau GmbH",
        "Impressum",
    )
    assert clean_text(text).source == "Nordsee Rundschau"


def test_a_holder_linking_to_its_other_publications_owns_the_masthead() -> None:
    text = page(
        "An article from",
        "Harbor Freight Dive",
        *MENU,
        HEADLINE,
        *PROSE,
        "© 2024 Coastline Dive. All rights reserved. | View our other publications",
    )
    assert clean_text(text).source == "Harbor Freight Dive"


def test_a_pictures_agency_and_pool_credit_is_no_copyright_holder() -> None:
    text = page(*MENU, HEADLINE, PROSE[0], "© REUTERS / POOL", *PROSE[1:], "© 2019 Harbour Post.")
    assert clean_text(text).source == "Harbour Post"
