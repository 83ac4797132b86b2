"""The plain-text cleaner finding the writers of bylines a dump or a paper marks in its own
way: "by" glued to the name ("byChinedu Okafor"); an agency's code in capitals outside ASCII
after the writers ("…, ČTK").  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Business")
HEADLINE = "Refinery cuts petrol gantry price as price war deepens"
STANDFIRST = "The refinery said the reduction would take effect immediately at its loading gantry."


@pytest.mark.parametrize(
    ("byline", "author"), [("byChinedu Okafor", "Chinedu Okafor"), ("ByAnn Lee", "Ann Lee")]
)
def test_by_glued_to_the_writers_name(byline: str, author: str) -> None:
    stamp = "February 27, 2025"
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, byline, stamp, "3 min read", *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, author)
    assert clip.body.startswith(PROSE[0])


CZECH_HEADLINE = "Kalamita na D1: Kamiony zablokovaly dálnici u Humpolce"
CZECH = [
    "Sněhová nadílka ve čtvrtek odpoledne zaskočila řidiče na Vysočině. Kamiony, které "
    "nedokázaly vyjet stoupání, zablokovaly oba pruhy dálnice ve směru na Brno.",
    "Hasiči podle mluvčího rozváželi lidem v koloně teplý čaj a deky, silničáři mezitím "
    "sypali vozovku a odtahovali uvízlá nákladní auta.",
    "Provoz se podle policie začal uvolňovat až po deváté hodině večer, kdy se podařilo "
    "odstranit poslední kamion.",
]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Tereza Křížková, Michal Dvořák, ČTK", "Tereza Křížková, Michal Dvořák"),
        ("Tereza Křížková, ČTK", "Tereza Křížková"),
    ],
)
def test_writers_and_an_agencys_code_in_capitals_outside_ascii(byline: str, author: str) -> None:
    standfirst = "Husté sněžení a náledí ve čtvrtek ochromily provoz na dálnici D1 na Vysočině."
    stamp = "9. 1. 2025 18:32"
    clip = clean_text(page("Zprávy", "Domácí", CZECH_HEADLINE, standfirst, byline, stamp, *CZECH))
    assert (clip.title, clip.author) == (CZECH_HEADLINE, author)
    assert clip.body.startswith(CZECH[0])
