"""The masthead a page prints right under its link past the menus ("Skip to content",
"Przejdź do treści", "跳至主要內容", "رفتن به محتوای اصلی"): the logo's text, the publication
when nothing else on the page names it; not a log-in link in lower case ("accedi")."""

from __future__ import annotations

import pytest
from pages import CHINESE, PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks on trade and security"
FOOTER = ["About Us", "Privacy Policy", "Terms of Use"]


@pytest.mark.parametrize(
    ("top", "source"),
    [
        (["Skip to content", "नवभारत दर्पण", "NBD", "होम", "देश", "विदेश", "राज्य"], "नवभारत दर्पण"),
        (
            ["Przejdź do treści", "Portowiec", "Zaloguj się", "Kraj", "Świat", "Ekonomia"],
            "Portowiec",
        ),
        (
            ["Skip to content", "Harbour PBS News", "Home", "Politics", "Economy"],
            "Harbour PBS News",
        ),
    ],
)
def test_the_name_under_the_skip_link_is_the_publication(top, source) -> None:
    clip = clean_text(page(*top, HEADLINE, "By Jane Doe", *PROSE, *FOOTER))
    assert clip.source == source


def test_a_chinese_masthead_under_its_skip_link() -> None:
    top = ["跳至主要內容", "海港新聞網", "每日海港", "即時新聞", "首頁", "要聞", "港聞", "經濟"]
    clip = clean_text(page(*top, "兩國同意恢復貿易與安全會談", *CHINESE, "關於我們", "聯絡我們"))
    assert clip.source == "海港新聞網"


def test_a_persian_masthead_its_rights_line_names_again() -> None:
    top = ["رفتن به محتوای اصلی", "خبرگزاری بندر", "صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی"]
    rights = "کلیه حقوق این سایت متعلق به خبرگزاری بندر می‌باشد."
    clip = clean_text(page(*top, HEADLINE, *PROSE, "درباره ما", "تماس با ما", rights))
    assert clip.source == "خبرگزاری بندر"


def test_a_log_in_link_under_the_skip_link_is_no_publication() -> None:
    top = ["Skip to content", "accedi", "Home", "Cartoni", "Film", "Serie TV"]
    clip = clean_text(page(*top, HEADLINE, "By Jane Doe", *PROSE, *FOOTER))
    assert clip.source is None
