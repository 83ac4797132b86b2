"""The plain-text cleaner naming the writers a header gives one a line: a name under the date
over the publication's name ("Zeynep Aksoy" / "Habertürk.com"), and each writer under the
text standing for their picture ("Headshot of Sophie Garrity" / "Sophie Garrity" / "The West
Australian").  And what stands there and is no writer.  Each test is one small synthetic
page."""

from __future__ import annotations

import re

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Local")
HEADLINE = "Council approves four new bus routes after a long debate"
STAMP = "Wed, 5 November 2025 6:28PM"
STANDFIRST = (
    "The routes will link the northern districts to the hospital and the university, and "
    "officials say the first buses could run before the winter."
)


def writers(author: str | None) -> set[str]:
    """The writers a clipping's author names, however they are joined."""
    return {name for name in re.split(r",\s*|\s+and\s+", author or "") if name}


@pytest.mark.parametrize(
    ("under_date", "expected"),
    [
        (["Zeynep Aksoy", "Habertürk.com", "Share"], {"Zeynep Aksoy"}),
        (["Jane Doe", "The Daily Courier", "Share"], {"Jane Doe"}),
        # (A subheading in title case over the share bar is no writer.)
        (["Transit Plan Approved", "Share"], set()),
    ],
)
def test_a_name_under_the_date_over_the_publications_name(
    under_date: list[str], expected: set[str]
) -> None:
    clip = clean_text(page(*MENU, HEADLINE, STAMP, *under_date, *PROSE))
    assert (clip.title, writers(clip.author)) == (HEADLINE, expected)
    assert clip.body.startswith(PROSE[0])


@pytest.mark.parametrize(
    ("picture", "expected"),
    [
        ("Headshot of", {"Nathan Hollis", "Sophie Garrity"}),
        ("Author picture of", {"Nathan Hollis", "Sophie Garrity"}),
        ("Foto von", {"Nathan Hollis", "Sophie Garrity"}),
    ],
)
def test_each_writer_under_their_pictures_text(picture: str, expected: set[str]) -> None:
    byline = [
        f"{picture} Nathan Hollis",
        "Nathan Hollis",
        "Resources Reporter",
        f"{picture} Sophie Garrity",
        "Sophie Garrity",
        "The West Australian",
    ]
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, *byline, STAMP, "Share", *PROSE))
    assert (clip.title, writers(clip.author)) == (HEADLINE, expected)
    assert clip.body.startswith(PROSE[0])
