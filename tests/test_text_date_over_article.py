"""The date of a page whose headline the title finder misses: the stamp over the article's
first line, a date and a clock ("05 November 2025 6:00pm GMT"), not a teaser's date."""

from __future__ import annotations

from pages import PROSE, page

from clipper.clean.text import clean_text


def missed_headline_page(stamp: str) -> str:
    """A page whose headline wraps onto a second line and whose byline runs over two, with a
    topics row, a gift button and a caption between its stamp and the article."""
    sections = ["See all News", "UK news", "Politics", "World news", "Royals", "Health news"]
    header = [
        "Skip to content\nThe Harbour Herald logo\nNews Sport Business Money Opinion Travel"
        "\nLifestyle Culture Puzzles Podcasts Herald Tickets",
        "\n".join(sections),
        "Subscribe now Free for one month\nLog in",
        "Politics latest: Treasury refuses to rule out income tax rise in Budget",
        "Migrants to be housed in military barracks within weeks as hotel bill\npasses £5bn",
        "Home Secretary says two sites in Essex and Wiltshire will be ready\nbefore Christmas, "
        "with thousands more places to follow",
        "Charles Hymas, Home Affairs Editor and Nick Gutteridge, Political\nCorrespondent\n"
        + stamp,
        "Related Topics\nMigrant crisis, Home Office, Shabana Mahmood, Asylum",
        "Gift this article free",
        "Cameron Barracks in Inverness was among the sites considered by the\nHome Office "
        "Credit: Andrew Milligan/PA",
    ]
    return page(*header, *PROSE)


def test_the_stamp_over_the_article_dates_it() -> None:
    assert clean_text(missed_headline_page("05 November 2025 6:00pm GMT")).date == "2025-11-05"


def test_a_line_of_headline_words_over_a_date_is_no_stamp() -> None:
    teaser = "Budget row deepens as Treasury warns - 05 November 2025 6:00pm"
    assert clean_text(missed_headline_page(teaser)).date is None
