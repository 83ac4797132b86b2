"""A portal's reprint is cited by the outlet it names by the headline (the portal's company in
the copyright line aside): the name alone under the dateline that a "Источник:" line names
again, or a Chinese newsroom's name after the dateline's time; and a Korean portal's press by
the name over the headline its copyright line under the article writes its company's name on."""

from __future__ import annotations

from pages import CHINESE, KOREAN, page
from translations import RUSSIAN_DIG

from clipper.clean.text import clean_text

UKRAINIAN = [
    "З четверга у місті діятимуть нові графіки погодинних відключень електроенергії, які "
    "передбачають довші періоди з живленням для більшості споживачів.",
    "Енергетики пояснили, що зміни пов'язані з відновленням частини генеруючих потужностей "
    "після ремонтів, проведених у жовтні.",
    "Мешканців просять стежити за оновленнями графіків у застосунку та на сайті компанії.",
]


def test_a_portal_cites_the_outlet_its_source_line_names() -> None:
    text = page(
        "Рамблер", "Новости", "Наука",
        "В Карелии нашли неизвестные ранее петроглифы",
        "29 октября 2025, 14:07", "Гавань.Ru", "Анна Коваленко", "Поделиться",
        *RUSSIAN_DIG,
        "Источник: Гавань.Ru",
        "© 2025, Портал Интернет Холдинг",
    )  # fmt: skip
    assert clean_text(text).source == "Гавань.Ru"


def test_a_portal_cites_the_newsroom_after_the_datelines_time() -> None:
    text = page(
        "新浪首页", "新闻", "科技",
        "科研团队在高原发现距今约4万年的古人类活动遗址",
        "2025年11月02日 09:15 港湾新闻网", "新浪新闻客户端",
        *CHINESE,
        "Copyright © 1996-2025 PORTAL Corporation, All Rights Reserved",
    )  # fmt: skip
    assert clean_text(text).source == "港湾新闻网"


def test_a_source_line_listing_the_storys_sources_names_no_outlet() -> None:
    # The article's sources of information, not the outlet it was reprinted from.
    text = page(
        "Новини", "Київ",
        "У Києві запроваджують нові графіки відключень",
        "5 листопада 2025, 18:20", "ДТЕК", "Олена Гребенюк",
        *UKRAINIAN,
        "Джерело: ДТЕК, Київська міська військова адміністрація",
        "© 2025 Портал Медіа Холдинг",
    )  # fmt: skip
    assert clean_text(text).source != "ДТЕК"


def test_a_korean_portal_cites_the_press_its_copyright_line_under_the_article_names() -> None:
    text = page(
        "본문 바로가기", "PORTAL 뉴스", "뉴스홈", "정치", "경제",
        "항구", "구독", "[속보] 한은, 기준금리 연 2.50% 동결",
        "시의회, 버스 노선 4개 신설 계획 통과",
        "입력2025.11.03. 오후 3:12", "기사원문", "박서윤 기자",
        *KOREAN,
        "Copyright ⓒ 항구신문사. All rights reserved. 무단 전재 및 재배포 금지.",
        "ⓒ PORTAL Corp.",
    )  # fmt: skip
    assert clean_text(text).source == "항구"
