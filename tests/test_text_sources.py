"""The publication of a text dump: the brand it prints at its top or after its headline beats the
company its copyright line names; names in any script; and what is no publication (a section,
a ticker, an advertising label, a person) stays out of the source."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks"


def dump(top: list[str], footer: list[str], *, under: list[str] | None = None) -> str:
    """A page: `top` (masthead, menus), the headline, `under` it (byline, dateline), the
    article, then `footer`."""
    return page(*top, HEADLINE, *(under or ["By Jane Doe"]), *PROSE, *footer)


MENU = ["Home", "World", "Business", "Sport"]


# --- the copyright line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        # The signs twice over, and an address after the name.
        ("© Copyright 2023 The Dunmore Courier, 123 Main St. Dunmore, PA", "The Dunmore Courier"),
        # Hindi: "Copyright © 2024 Amar Ujala Limited" without its legal form.
        ("कॉपीराइट © 2024 अमर उजाला लिमिटेड", "अमर उजाला"),
        # A partnership's name, past its comma.
        ("Copyright © 2024 Bennett, Harbour & Co. Ltd. All rights reserved.", "Bennett, Harbour"),
        # Russian, Arabic: names in scripts with no Latin capital to start them.
        ("© 2023 МИА «Россия сегодня»", "МИА «Россия сегодня»"),
        ("حقوق النشر © الفجر نت", "الفجر نت"),
    ],
)
def test_a_copyright_line_names_its_holder_in_any_script(notice: str, source: str) -> None:
    clip = clean_text(dump(MENU, [notice]))
    assert clip.source == source
    assert clip.evidence["source"] == "copyright line"


# --- the masthead beats the company that owns it -------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "notice"),
    [
        # The company's name holds the paper's, in any script.
        ("EL FARO", "© EDICIONES EL FARO S.L."),
        ("Independent", "© 2023 Independent Digital News & Media Ltd"),
        ("الفجر نت", "حقوق النشر © 2024 شبكة الفجر الإعلامية"),
        # The company is named by the paper's initials ("HT": Harbour Times).
        ("Harbour Times", "Copyright © HT Digital Streams Ltd. All rights reserved."),
    ],
)
def test_a_masthead_the_copyright_holder_names_beats_the_holder(masthead, notice) -> None:
    clip = clean_text(dump([masthead, *MENU], [notice]))
    assert clip.source == masthead
    assert (
        clip.evidence["source"] == "masthead at the top of the page, named by the copyright holder"
    )


@pytest.mark.parametrize(
    ("masthead", "notice"),
    [
        ("Gazzetta del Porto", "Copyright 2023 © PDG Editoriale S.p.a. Tutti i diritti riservati"),
        ("दैनिक समाचार", "कॉपीराइट © 2024 डीएस कॉर्प लिमिटेड. सर्वाधिकार सुरक्षित."),
    ],
)
def test_the_first_line_of_the_page_is_the_paper_a_company_owns(masthead, notice) -> None:
    # Nothing on the page ties the two names; the name first on the page is the paper's, a
    # company's is no publication's.
    clip = clean_text(dump([masthead, *MENU], [notice]))
    assert clip.source == masthead
    # Not when the copyright line names a paper: "Example Daily News, Inc." is one.
    notice = "© 2024 Example Daily News, Inc. All rights reserved."
    assert clean_text(dump(["Harbour Weekend", *MENU], [notice])).source == "Example Daily News"


@pytest.mark.parametrize(
    "first",
    [
        "Breaking News",  # a ticker
        "Latest News",  # a header's label
        "Top Stories",
        "Anzeige",  # an advertising label
        "72°F Partly Cloudy",  # the weather
        "Sign In",
        "Menu",
        "ताज़ा ख़बर",  # Hindi: "latest news"
        # A topic's name, shaped like a person's or a place's.
        "Jane Doe",
        "New York",
    ],
)
def test_a_label_or_a_topic_at_the_top_is_no_masthead(first: str) -> None:
    notice = "© 2024 Meridian Media Group, Inc."
    assert clean_text(dump([first, *MENU], [notice])).source == "Meridian Media Group"


def test_a_kicker_right_over_the_headline_is_no_masthead() -> None:
    notice = "© 2024 Meridian Media Group, Inc."
    assert clean_text(dump(["Climate Crisis"], [notice])).source == "Meridian Media Group"


def test_a_masthead_holding_a_word_of_a_publications_own_copyright_is_a_section() -> None:
    # "© 2024 Harbour Ledger" names the paper itself: "Harbour Ledger Sport" over the headline
    # is its section's.
    clip = clean_text(dump(["Harbour Ledger Sport", *MENU], ["© 2024 Harbour Ledger"]))
    assert clip.source == "Harbour Ledger"


def test_a_masthead_spelt_by_the_pages_address_may_be_in_lower_case() -> None:
    top = ["Direkt zum Inhalt", "hafenschau", *MENU]
    clip = clean_text(dump(top, ["© Hafen-Rundfunk / hafenschau.de"]))
    assert clip.source == "hafenschau"
    assert clip.evidence["source"] == "masthead at the top of the page, spelt by its address"
    # A line in lower case that no address spells is no name.
    assert clean_text(dump(["accedi", *MENU], ["© 2024 Meridian Media Group"])).source == (
        "Meridian Media Group"
    )


def test_a_masthead_a_credit_names_is_the_publication() -> None:
    caption = "Harbour officials at the meeting. (Coast News: Jane Doe)"
    clip = clean_text(dump(["Skip to main content", "Coast News", *MENU], [caption]))
    assert clip.source == "Coast News"
    assert clip.evidence["source"] == "masthead at the top of the page, named in a credit"


def test_a_masthead_a_dateline_names_is_the_publication_in_any_script() -> None:
    lead = "МОСКВА, 30 авг — Вести Порта. Власти города одобрили новый мост через гавань."
    text = page("Вести Порта", "Новости", "Политика", HEADLINE, lead, *PROSE)
    assert clean_text(text).source == "Вести Порта"


def test_a_name_at_the_top_that_only_prose_mentions_is_no_masthead() -> None:
    # A city's name in sentences is no credit.
    prose = [p.replace("capitals", "capitals, New York and Tokyo, said") for p in PROSE]
    text = page("New York", *MENU, HEADLINE, "By Jane Doe", *prose)
    assert clean_text(text).source is None


def test_a_masthead_the_navigation_names_beats_the_owners_copyright_line() -> None:
    clip = clean_text(dump(["Harbourside", *MENU], ["More from Harbourside", "© 2019 Rogue Media"]))
    assert clip.source == "Harbourside"


def test_a_follow_link_and_the_sites_bare_domain_name_the_site() -> None:
    # "Follow RT on" (its networks' icons lost in the dump); "Also on rt.com" spells the name.
    footer = ["Follow Harbourside on", "Also on harbourside.com: Storm hits coast"]
    clip = clean_text(dump(MENU, [*footer, "© 2019 Autonomous Nonprofit Organization"]))
    assert clip.source == "Harbourside"
    assert clip.evidence["source"] == "the site's own name in its navigation and notices"


# --- the headline's suffix -----------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["Corriere della Sera", "The Harbour Ledger", "Harbour News 24"])
def test_the_name_after_a_copy_of_the_headline_is_the_publication(suffix: str) -> None:
    top = [f"{HEADLINE} - {suffix}", *MENU]
    clip = clean_text(dump(top, ["© 2019 Meridian Media Group, Inc."]))
    assert clip.source == suffix
    assert clip.evidence["source"] == "the site's name after the headline"


@pytest.mark.parametrize("suffix", ["Opinion", "Live Updates", "Jane Doe", "what we know"])
def test_a_section_or_a_person_after_the_headline_is_no_publication(suffix: str) -> None:
    top = [f"{HEADLINE} | {suffix}", *MENU]
    clip = clean_text(dump(top, ["© 2019 Meridian Media Group, Inc."]))
    assert clip.source == "Meridian Media Group"


# --- a syndicated story ----------------------------------------------------------------------


def test_an_aggregators_byline_in_capitals_names_the_original_publication() -> None:
    clip = clean_text(
        dump(
            ["Example News", *MENU],
            ["Example is part of the Example family of brands."],
            under=["Jane Doe, HARBOUR TODAY", "Wed, April 3, 2024 at 11:52 AM EDT"],
        )
    )
    assert clip.source == "Harbour Today"
    assert clip.evidence["source"] == "byline"


@pytest.mark.parametrize("credit", ["Jane Doe, ASSOCIATED PRESS", "BREAKING NEWS | April 3, 2024"])
def test_an_agency_or_a_ticker_in_capitals_is_no_publication(credit: str) -> None:
    notice = "© 2024 Example Daily News, Inc."
    clip = clean_text(dump(MENU, [notice], under=[credit]))
    assert clip.source == "Example Daily News"
