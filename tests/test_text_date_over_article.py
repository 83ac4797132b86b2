"""The date of a page whose headline the title finder misses: the stamp over the article's
first line, a date and a clock ("05 November 2025 6:00pm GMT"), not a teaser's date."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("05 November 2025 6:00pm GMT", "2025-11-05"),
        ("Budget row deepens as Treasury warns - 05 November 2025 6:00pm", None),
        ("05 November 2025", None),  # no clock: a teaser's date as well
    ],
)
def test_only_a_stamp_over_the_article_dates_it(stamp: str, date: str | None) -> None:
    # The fallback itself, over the article's first line (a page whose headline was missed,
    # whatever the title finder now makes of the page above): a line of headline words over a
    # date is a teaser's, not the article's stamp.
    from clipper.clean.lines import build_lines
    from clipper.clean.textdate import date_over_article

    lines = build_lines(page("Related Topics", stamp, "Gift this article free", *PROSE))
    assert date_over_article(lines, 3)[0] == date
