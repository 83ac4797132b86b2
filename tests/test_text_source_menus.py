"""The publication a page's menus name by the prefix of their items ("NBC 5 Investigates",
"NBC 5 Responds"; "WSJ Pro", "WSJ Video"), rather than the company its copyright line names."""

from __future__ import annotations

from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Video shows dramatic rescue of kidnapped girl in Fort Worth"
BYLINE = ["By Jane Doe", "Published Nov 19, 2019 at 5:12 PM"]


def station_page(prefix: str, copyright_line: str) -> str:
    menu = [
        "  • Home",
        "  • News",
        f"  • {prefix} Investigates",
        "  • Texas News",
        f"  • {prefix} Responds",
        "  • Weather",
        f"  • {prefix} Today at 6am",
        "  • Sports",
    ]
    footer = ["  • News", "  • Weather", "  • Contact Us", copyright_line, "AdChoices"]
    return page(*menu, HEADLINE, *BYLINE, *PROSE, *footer)


def test_the_menus_prefix_that_begins_the_copyright_holders_name() -> None:
    text = station_page("NBC 5", "© 2019 NBCUniversal Media, LLC. All rights reserved.")
    assert clean_text(text).source == "NBC 5"


def test_a_sections_prefix_is_no_brand() -> None:
    # "AUTO News", "AUTO Reviews": a word in capitals, which the company's name only begins.
    text = station_page("AUTO", "© 2019 AutoWorld Media, Inc. All Rights Reserved.")
    assert clean_text(text).source == "AutoWorld Media"


def test_the_menus_prefix_spelt_out_by_a_line_of_the_page() -> None:
    menu = ["  • WSJ Conference", "  • WSJ Pro", "  • WSJ Video", "  • Dow Jones Newswires"]
    top = ["Dow Jones, a News Corp company", "Dow Jones", *menu, "The Wall Street JournalOpinion"]
    footer = [
        "  • The Wall Street Journal",
        "English Edition",
        "  • WSJ Membership",
        "  • Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.",
    ]
    text = page(*top, "Is Football Violence a Crime?", *BYLINE, *PROSE, *footer)
    assert clean_text(text).source == "The Wall Street Journal"
