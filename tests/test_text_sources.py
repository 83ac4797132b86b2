"""The publication of a text dump: names in any script."""

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
        # Russian, Arabic: names in scripts with no Latin capital to start them.
        ("© 2023 МИА «Россия сегодня»", "МИА «Россия сегодня»"),
        ("حقوق النشر © الفجر نت", "الفجر نت"),
    ],
)
def test_a_copyright_line_names_its_holder_in_any_script(notice: str, source: str) -> None:
    clip = clean_text(dump(MENU, [notice]))
    assert clip.source == source
    assert clip.evidence["source"] == "copyright line"
