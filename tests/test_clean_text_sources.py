"""The plain-text cleaner naming an article's publication: the brand a reader knows, which the
page prints in its masthead, its notices and its bylines, over the company its copyright line
names.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import JAPANESE, KOREAN, PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Council approves four new bus routes after a long debate"
MENU = ("Politics", "Business", "Sport", "Culture")


def test_a_copyright_line_with_a_colon_and_two_holders_names_the_publication() -> None:
    text = page(
        "Skip to content",
        "Nordsee Rundschau",
        *MENU,
        HEADLINE,
        *PROSE,
        "Copyright: Nordsee Rundschau Digitale Medien GmbH / Nordsee Rundschau GmbH",
        "Impressum",
    )
    assert clean_text(text).source == "Nordsee Rundschau"


def test_a_holder_linking_to_its_other_publications_owns_the_masthead() -> None:
    text = page(
        "An article from",
        "Harbor Freight Dive",
        *MENU,
        HEADLINE,
        *PROSE,
        "© 2024 Coastline Dive. All rights reserved. | View our other publications",
    )
    assert clean_text(text).source == "Harbor Freight Dive"


def test_a_pictures_agency_and_pool_credit_is_no_copyright_holder() -> None:
    text = page(*MENU, HEADLINE, PROSE[0], "© REUTERS / POOL", *PROSE[1:], "© 2019 Harbour Post.")
    assert clean_text(text).source == "Harbour Post"


def test_a_masthead_under_a_bar_of_short_links_beats_the_company_owning_it() -> None:
    text = page(
        "e-Paper",
        "Subscribe",
        "Login",
        "THE DECCAN LEDGER",
        *MENU,
        HEADLINE,
        *PROSE,
        "Copyright© 2024, DLG PUBLISHING PVT LTD. or its affiliated companies.",
    )
    assert clean_text(text).source == "The Deccan Ledger"


def test_a_masthead_in_the_pages_script_beats_the_english_name_in_its_footer() -> None:
    text = page(
        "メインコンテンツへスキップ",
        "北海タイムズ",
        "ログイン",
        "政治",
        "経済",
        "社会",
        "スポーツ",
        "市議会、バス路線の拡充計画を可決　秋から運行へ",
        *JAPANESE,
        "Copyright © The Hokkai Times Company. All rights reserved.",
    )
    assert clean_text(text).source == "北海タイムズ"
    # A footer naming the site's address names the site as its address spells it.
    footer = "Copyright (C) HokkaiTimes.co.jp. All rights reserved."
    assert clean_text(text.replace(text.splitlines()[-1], footer)).source == "HokkaiTimes"


def test_the_publication_a_byline_writes_for_beats_the_company_owning_it() -> None:
    text = page(
        *MENU,
        HEADLINE,
        "By JANE DOE FOR HARBOURONLINE",
        "Published: 10:12 EDT, 4 June 2024",
        *PROSE,
        "The views expressed in the contents above are those of our users and do not "
        "necessarily reflect the views of HarbourOnline.",
        "© Harbour Newspapers Ltd",
    )
    clip = clean_text(text)
    assert (clip.source, clip.author) == ("HarbourOnline", "Jane Doe")


def test_the_publication_the_byline_names_beats_the_company_owning_it() -> None:
    footer = "Copyright ©2019 Harbour Jones & Company, Inc. All Rights Reserved."
    text = page(*MENU, HEADLINE, "Jane Doe", "The Harbour Journal", "Nov. 19, 2019", *PROSE, footer)
    assert clean_text(text).source == "The Harbour Journal"


def test_a_one_word_masthead_credited_in_the_footer_beats_the_company_owning_it() -> None:
    footer = ["Wiatrak: Regulamin", "Polityka prywatności", "© 2024 Mazury Media sp. z o.o."]
    text = page("Przejdź do treści", "Wiatrak", *MENU, HEADLINE, *PROSE, *footer)
    assert clean_text(text).source == "Wiatrak"
    # Not credited anywhere, one word at the top may be a section's or a city's name.
    assert clean_text(text.replace("Wiatrak: ", "")).source == "Mazury Media"


def test_a_call_to_subscribe_to_the_masthead_names_the_publication() -> None:
    closing = "Il nostro giornalismo è fatto di inchieste e reportage. Abbonati a Voce."
    text = page("Vai al contenuto", "la Voce", "Abbonati", "Accedi", *MENU, HEADLINE, *PROSE)
    assert clean_text(page(text, "© Riproduzione riservata", closing)).source == "la Voce"


def test_a_stations_call_sign_loses_its_band_where_the_page_names_it_so() -> None:
    footer = ["Watch more WXYZ videos", "Contact Us", "© 2023 WXYZ-TV. All Rights Reserved."]
    assert clean_text(page(*MENU, HEADLINE, *PROSE, *footer)).source == "WXYZ"
    # Named with its band alone, the station keeps it.
    assert clean_text(page(*MENU, HEADLINE, *PROSE, *footer[1:])).source == "WXYZ-TV"


def test_a_masthead_in_capitals_is_written_as_the_page_writes_the_name_elsewhere() -> None:
    footer = ["Follow Northern Echo on Facebook", "© 2024 Newsquest Media Group Ltd."]
    text = page("Menu", "Search", "NORTHERN ECHO", *MENU, HEADLINE, *PROSE, *footer)
    assert clean_text(text).source == "Northern Echo"


def test_a_skip_link_in_another_script_is_no_masthead() -> None:
    top = ["본문 바로가기", "한빛일보", "로그인", "정치", "경제", "사회"]
    headline = "시의회, 버스 노선 4개 신설 계획 통과"
    text = page(*top, headline, "입력 2024.03.05 10:45", *KOREAN, "Copyright © Hanbit Ilbo.")
    assert clean_text(text).source == "한빛일보"


def test_a_byline_written_for_another_publication_leaves_the_sites_own_name() -> None:
    byline = "By Jane Doe for The Conversation"
    text = page(*MENU, HEADLINE, byline, "March 4, 2024", *PROSE, "© 2024 The Harbour Post")
    assert clean_text(text).source == "The Harbour Post"


def test_why_you_can_trust_the_site_and_its_owners_notice_name_the_publication() -> None:
    trust = "Why you can trust Gadget Bench"
    notice = "Gadget Bench is part of Future Harbour Inc, an international media group."
    footer = "© Future Harbour, Inc. Full 7th Floor, 130 West 42nd Street, New York."
    text = page(*MENU, HEADLINE, "Tom Reed", "Last updated 4 March 2024", trust, *PROSE)
    assert clean_text(page(text, notice, footer)).source == "Gadget Bench"


def test_a_publication_the_page_says_is_part_of_the_copyright_holder_is_its() -> None:
    notice = "Gadget Bench is part of Future Harbour Inc, an international media group."
    footer = "© Future Harbour, Inc. Full 7th Floor, 130 West 42nd Street, New York."
    text = page(*MENU, HEADLINE, "Tom Reed", "Last updated 4 March 2024", *PROSE)
    assert clean_text(page(text, notice, footer)).source == "Gadget Bench"
    # Part of another company, it is a sister title, not the page's.
    other = notice.replace("Future Harbour Inc", "Coastal Media Group")
    assert clean_text(page(text, other, footer)).source == "Future Harbour"


@pytest.mark.parametrize(
    "follow",
    [
        "Segui Il Faro su Instagram",
        "Siga o Il Faro no Instagram",
        "Folgen Sie Il Faro auf Instagram",
        "Suivez Il Faro sur Facebook",
    ],
)
def test_follow_the_site_in_other_languages_bears_out_its_masthead(follow: str) -> None:
    text = page("Vai al contenuto", "Il Faro", "Abbonati", *MENU, HEADLINE, *PROSE, follow)
    assert clean_text(text).source == "Il Faro"


def test_a_name_on_the_skipped_line_is_not_counted_after_lines_lower_casing_lengthens():
    # "İ" lower-cases to two characters: the skipped line must still be found where the page
    # writes it, not where the lower-cased text has it.
    from clipper.clean.lines import build_lines
    from clipper.clean.masthead import name_spelt_by
    from clipper.clean.pagetext import PageText

    lines = build_lines("İSTANBUL İZMİR İNGİLTERE\n\nGündem\n\nKUZEY HABER\n\nSon dakika haberleri")
    page = PageText(lines)
    assert name_spelt_by("kuzeyhaber", page, 2) is None
    assert name_spelt_by("kuzeyhaber", page, 1) == "Kuzey Haber"
    for i, ln in enumerate(lines):
        assert page.text[page.text_starts[i] :].startswith(ln.text)
