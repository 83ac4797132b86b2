"""The plain-text cleaner finding all the writers of an article whose header prints their names
one a line away from the headline: under the header photo's credit line, each maybe over its
role, over the date under a standfirst of prose, and under a headline dated over its section's
labels.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Politics", "Business", "Sport")
HEADLINE = "Government plans to raise the minimum wage to a record level next year"
STANDFIRST = "Employers warn that small firms in the regions may have to cut jobs."
CAPTION = "A cashier at a supermarket checkout in the city centre"
LONG_STANDFIRST = (
    "The ministry proposed on Tuesday that the lowest wage should rise by eight per cent from "
    "January, and employers' groups warned of job cuts in small firms."
)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        (["Anna Kowalska", "Peter Lindqvist", "Listen to this article"],
         "Anna Kowalska and Peter Lindqvist"),
        (["Anna Kowalska", "Staff Writer", "Peter Lindqvist", "Staff Writer",
          "Published: 06.11.25 17:45"],
         "Anna Kowalska and Peter Lindqvist"),  # each writer over their role
        (["Anna Kowalska", "Political Correspondent", "Share"], "Anna Kowalska"),
    ],
)  # fmt: skip
def test_writers_under_the_header_photos_credit_are_the_authors(
    byline: list[str], author: str
) -> None:
    # Headline, standfirst, date, the photo's caption and credit, then the writers.
    clip = clean_text(
        page(*MENU, HEADLINE, STANDFIRST, "Published: 04.11.2025 06:00", CAPTION,
             "Photo: Jane Porter / Reuters", *byline, *PROSE)
    )  # fmt: skip
    assert clip.author == author
    assert clip.title == HEADLINE
    assert "Anna Kowalska" not in clip.body  # the byline left the text with the header


def test_a_name_under_the_photos_credit_with_no_byline_sign_is_no_author() -> None:
    # A name alone under the credit, the text under it: a caption's subject as likely.
    clip = clean_text(
        page(*MENU, HEADLINE, STANDFIRST, "Published: 04.11.2025 06:00", CAPTION,
             "Photo: Jane Porter / Reuters", "Anna Kowalska", *PROSE)
    )  # fmt: skip
    assert clip.author is None


def test_all_writers_over_the_date_under_a_standfirst_are_the_authors() -> None:
    # Headline, a column's label, a standfirst of prose, the two writers one a line, the date.
    clip = clean_text(
        page(*MENU, HEADLINE, "Analysis", LONG_STANDFIRST, "Anna Kowalska", "Peter Lindqvist",
             "7 November 2025", *PROSE)
    )  # fmt: skip
    assert clip.author == "Anna Kowalska and Peter Lindqvist"
    assert clip.title == HEADLINE
    assert "Peter Lindqvist" not in clip.body


def test_a_name_under_a_headline_dated_over_its_section_labels_is_the_author() -> None:
    # The dateline, the section's labels, the headline, the writer, the photo's credit.
    clip = clean_text(
        page(*MENU, "Wage talks resume next week", "14:52, 21 November 2025",
             "Business and Economy", "Labour", HEADLINE, "Anna Kowalska", "Photo: Pixabay",
             *PROSE)
    )  # fmt: skip
    assert clip.author == "Anna Kowalska"
    assert clip.title == HEADLINE
    assert "Anna Kowalska" not in clip.body
