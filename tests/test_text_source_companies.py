"""The paper a page prints at its top, not the company its copyright line names: a masthead
that opens with an article ("Het Havenblad", "il Corriere del Porto"), a masthead of one word
its footer names again, a company named after its paper ("… Stadt-Anzeiger Medien", "Mid-Day
Infomedia"), and the place of a dateline, which names no publication."""

from __future__ import annotations

import pytest
from pages import CHINESE, PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks on trade and security"
MENU = ["Home", "World", "Business", "Sport", "Culture", "Opinion"]


def dump(top: list[str], footer: list[str]) -> str:
    """A page: `top` (masthead, menus), the headline, a byline, the article, then `footer`."""
    return page(*top, HEADLINE, "By Jane Doe", *PROSE, *footer)


@pytest.mark.parametrize(
    ("top", "notice", "source"),
    [
        # A masthead that opens with an article is no person's name ("Het Havenblad" is shaped
        # as "Jane Doe" is).
        (["Naar de hoofdinhoud", "Het Havenblad"], "© 2025 Kustmedia B.V.", "Het Havenblad"),
        # Italian mastheads may open with the article in lower case.
        (["il Corriere del Porto", "Abbonati"], "Copyright © 2025 Portonet S.r.l.", None),
        # A Ukrainian joint-stock company ("АТ"), under a Ukrainian skip link.
        (
            ["Перейти до основного вмісту", "Гавань Новини"],
            "© 2025 АТ «ГАВАНЬ». Усі права захищені.",
            "Гавань Новини",
        ),
    ],
)
def test_the_masthead_at_the_top_beats_the_company(top, notice, source) -> None:
    clip = clean_text(dump([*top, *MENU], [notice]))
    assert clip.source == (source or top[0])


def test_the_masthead_beats_a_sister_title_the_footer_names() -> None:
    # "The Harbour Times" opens with an article: no person's name; "The Portside Post" in the
    # footer is the company's other paper.
    top = ["The Harbour Times", "Tuesday, January 21, 2025", *MENU]
    footer = [
        "About us",
        "Contact us",
        "Careers",
        "The Portside Post",
        "© 2025 Portside Media Ltd.",
    ]
    clip = clean_text(page(*top, HEADLINE, "By Jane Doe", *PROSE, *PROSE, *PROSE, *footer))
    assert clip.source == "The Harbour Times"


@pytest.mark.parametrize(
    ("masthead", "echo", "notice"),
    [
        # The footer names the masthead again in a line of its links or notices.
        ("PUERTO", "Puerto en otros idiomas", "© 2025 Unidad Editorial Deportiva, S.L.U."),
        ("GPH", "GPH faz parte do The Trust Project", "© 2025 Grupo Portuário."),
    ],
)
def test_a_one_word_masthead_its_footer_names_again_beats_the_company(
    masthead, echo, notice
) -> None:
    clip = clean_text(dump(["Skip to content", masthead, *MENU], ["Contact", echo, notice]))
    assert clip.source.lower() == masthead.lower()


def test_a_related_headline_opening_with_the_first_word_does_not_echo_it() -> None:
    # A city's name first under the top bar is no masthead for a footer's related headline.
    footer = ["Harbourtown Metro Line 3: Full stretch to open by June", "© 2025 Portonet S.r.l."]
    clip = clean_text(dump(["Harbourtown", *MENU], footer))
    assert clip.source == "Portonet"


@pytest.mark.parametrize(
    ("top", "notice", "source"),
    [
        # A company named after its paper, a paper's word last ("Anzeiger").
        (
            ["zum Inhalt"],
            "© Kölnischer Hafen-Anzeiger Medien GmbH & Co. KG",
            "Kölnischer Hafen-Anzeiger",
        ),
        # ... or after the masthead at the top of the page, in any case.
        (["mid-week", "E-paper"], "Copyright © 2025 Mid-Week Infomedia Ltd.", "Mid-Week"),
    ],
)
def test_a_company_named_after_its_paper_is_the_paper(top, notice, source) -> None:
    assert clean_text(dump([*top, *MENU], [notice])).source == source


def test_a_datelines_place_names_no_publication() -> None:
    # "Harbourtown" under the masthead in lower case, then named in the dateline and in a
    # related headline's place: the company's paper is the masthead, not the city.
    top = ["mid-week", "E-paper", "Subscribe", "Harbourtown", *MENU]
    body = [HEADLINE, "Updated on: 04 March,2025 07:10 AM IST | Harbourtown", *PROSE]
    footer = [
        "Harbourtown: Budget for 2025-26 set at Rs 74,427 crore",
        "© 2025 Mid-Week Infomedia Ltd.",
    ]
    assert clean_text(page(*top, *body, *footer)).source == "Mid-Week"


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        # A newspaper's office ("社") is its company: the reader cites the paper.
        ("Copyright(C) 2025 港湾新聞社 All Rights Reserved.", "港湾新聞"),
        # A Chinese rights line without "©": the holder's name before "版权所有".
        ("港湾报社 版权所有", "港湾报"),
        # A Korean holder and its address: "& mk.co.kr" is no part of the name.
        ("ⓒ 항구일보 & hg.co.kr, 무단 전재 및 재배포 금지", "항구일보"),
        ("Copyright ⓒ 항구일보사. All rights reserved.", "항구일보"),
        ("Copyright ⓒ 항구신문사. All rights reserved.", "항구신문"),
    ],
)
def test_a_newspapers_office_and_address_are_left_out(notice, source) -> None:
    assert clean_text(dump(MENU, ["关于我们", notice])).source == source


def test_a_chinese_rights_line_without_the_sign_names_the_paper() -> None:
    top = ["港湾报网", "首页", "时事", "经济"]
    text = page(
        *top,
        "两国同意恢复贸易和安全会谈",
        "来源：港湾报",
        *CHINESE,
        "版权声明",
        "港湾报社 版权所有",
    )
    assert clean_text(text).source == "港湾报"


def test_a_holder_writing_the_mastheads_name_in_full_is_the_paper() -> None:
    # The logo says "Harbour"; the copyright line, a company of no company's word, the name.
    top = ["Skip to main content", "Harbour logo", *MENU]
    clip = clean_text(
        dump(top, ["Harbour", "© 2025 Evening Harbour Limited. All rights reserved."])
    )
    assert clip.source == "Evening Harbour"


def test_a_holder_named_as_a_label_is_a_company() -> None:
    # "News Pty Ltd" owns the paper whose app the footer offers.
    footer = ["The Harbour Mail App", "© Copyright 2025 News Pty Ltd. All times AEST (GMT +10)."]
    assert clean_text(dump(["Skip to content", *MENU], footer)).source == "The Harbour Mail"


def test_the_navigations_full_name_beats_its_short_form() -> None:
    # "About The Beacon" and the address shorten what the home link names in full.
    top = ["Skip to Main Content", "Harbour Beacon Homepage", "Search", "Sign In", *MENU]
    footer = [
        "Share: https://www.thebeacon.ca/news/leaders-agree-to-resume-talks",
        "About The Beacon",
        "Contact The Beacon",
        "© Copyright Beacon Newspapers Ltd. 1996 - 2024",
    ]
    assert clean_text(dump(top, footer)).source == "Harbour Beacon"


def test_a_companys_name_may_hold_a_calls_word() -> None:
    # "Premium" is a button's word, but not in a company's name with its legal form; its
    # "Services" are a company's word, and the page names the paper before them again.
    top = ["Skip to content", "Premium Beacon Nigeria", "Thursday, February 27, 2025", *MENU]
    footer = [
        "At Premium Beacon, we firmly believe in the importance of high-quality journalism.",
        "All rights reserved. © 2025 Premium Beacon Services Limited",
    ]
    assert clean_text(dump(top, footer)).source == "Premium Beacon"
