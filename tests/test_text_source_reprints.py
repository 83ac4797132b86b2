"""A portal's reprint is cited by the outlet it names by the headline (the portal's company in
the copyright line aside): the name alone under the dateline that a "Источник:" line names
again, or a Chinese newsroom's name after the dateline's time."""

from __future__ import annotations

from pages import CHINESE, page

from clipper.clean.text import clean_text

RUSSIAN = [
    "Археологи обнаружили на восточном берегу озера около сорока ранее неизвестных наскальных "
    "изображений, сообщили в пресс-службе научного центра.",
    "По предварительной оценке, рисункам около шести тысяч лет. Среди них изображения лодок, "
    "птиц и людей, а также несколько солярных знаков.",
    "Исследователи намерены продолжить работы летом следующего года, когда уровень воды в "
    "озере опустится и откроет нижние части скал.",
]
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
        *RUSSIAN,
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
