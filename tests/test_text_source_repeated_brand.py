"""The publication a page repeats, not the group its copyright line names once: a one-word
masthead credited in a photo's or a source's line ("Foto: Harbo/ Jan Kos"), or printed again
in two short lines of the footer (its logo, its app's link), over a company or "… and
affiliated companies"."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks"
MENU = ["Home", "World", "Business", "Sport"]


def dump(top: list[str], middle: list[str], footer: list[str]) -> str:
    """A page: `top`, the headline, a byline, the article with `middle` inside, `footer`."""
    return page(*top, HEADLINE, "By Jane Doe", *PROSE[:2], *middle, *PROSE[2:], *footer)


@pytest.mark.parametrize(
    "credit",
    [
        "Foto: Harbo/ Jan Kos",  # a photo's credit: the paper, then its photographer
        "Izvor: Harbo/Tanjug",  # a source line: the paper, then the agency
        "Source: Harbo/Reuters",
    ],
)
def test_a_one_word_masthead_credited_before_a_slash_beats_the_group(credit) -> None:
    clip = clean_text(dump(["Harbo", *MENU], [credit], ["© Ringo Srbija d.o.o. Sva prava."]))
    assert clip.source == "Harbo"


def test_a_one_word_masthead_named_twice_in_the_footer_beats_affiliated_companies() -> None:
    footer = [
        "Harbo",
        "About us",
        "Download the Harbo app",
        "© 2025 Quayside Online and affiliated companies. All rights reserved",
    ]
    clip = clean_text(dump(["Skip to main content", "Menu", "Harbo", *MENU], [], footer))
    assert clip.source == "Harbo"


def test_a_one_word_masthead_named_once_in_the_footer_stays_the_groups() -> None:
    # (Once is a section's link as often as the site's logo.)
    footer = ["Harbo", "About us", "© 2025 Ringo Media Group. All rights reserved"]
    clip = clean_text(dump(["Harbo", *MENU], [], footer))
    assert clip.source == "Ringo Media Group"


def test_the_masthead_under_a_consent_banners_skip_link_beats_the_group() -> None:
    top = [
        "We value your privacy",
        "We and our partners store and/or access information on a device, such as cookies.",
        "Accept All",
        "Manage Preferences",
        "Skip to content",
        "The Harbour Courier",
        "Subscribe",
        *MENU,
    ]
    footer = [
        "The Harbour Courier",
        "More from The Harbour Courier",
        "© 2025 Quayside Publishing Ltd. All rights reserved.",
    ]
    assert clean_text(dump(top, [], footer)).source == "The Harbour Courier"
