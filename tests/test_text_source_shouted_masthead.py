"""A masthead that is a word of the language, shouted ("TODAY"), is the publication when the
page credits it as one ("TODAY/Ooi Boon Keong" under a picture) and its copyright line names
a company ("© Mediacorp Pte Ltd"); a header's label in capitals that nothing credits is not."""

from __future__ import annotations

from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Hawkers at new food centre say automated stalls are eating into their business"
MENU = ["Singapore", "World", "Big Read", "Voices", "Lifestyle", "Commentary", "Podcasts"]
NOTICE = "Copyright© Harbourcorp 2025. Harbourcorp Pte Ltd. All rights reserved."


def dump(credit: str) -> str:
    caption = "A robotic wok stall at the hawker centre on Oct 30, 2025."
    top = ["Skip to main content", "TODAY", *MENU]
    article = [HEADLINE, caption, credit, "By Nabilah Awang", "Published November 1, 2025"]
    return page(*top, *article, *PROSE, "About Us", "Privacy Policy", NOTICE)


def test_a_shouted_masthead_its_pictures_credit_is_the_publication() -> None:
    assert clean_text(dump("TODAY/Ooi Boon Keong")).source == "TODAY"


def test_a_shouted_label_nothing_credits_is_not() -> None:
    assert clean_text(dump("Ooi Boon Keong")).source == "Harbourcorp"
