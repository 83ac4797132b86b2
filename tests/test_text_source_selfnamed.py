"""The publication a reader cites, third round: pages that name themselves where the cleaner
did not look (a masthead written as its address in Cyrillic capitals, ...)."""

from __future__ import annotations

from pages import page

from clipper.clean.text import clean_text

UKRAINIAN = [
    "Міська рада у вівторок ухвалила рішення про розширення мережі автобусних маршрутів: "
    "чотири нові лінії з'єднають північні райони з лікарнею та університетом.",
    "За словами заступника міського голови, нові маршрути запрацюють восени, щойно місто "
    "найме потрібну кількість водіїв і отримає нові автобуси від виробника.",
    "Опозиція розкритикувала вартість проєкту та закликала спершу відремонтувати дороги й "
    "тротуари в історичному центрі, які перебувають у поганому стані.",
]


def test_a_masthead_written_as_its_address_in_cyrillic_capitals() -> None:
    # "ХВИЛЯ.ua": the site's name as its address, with capitals no URL has.
    top = ["ХВИЛЯ.ua", "Новини", "Україна", "Світ", "Економіка", "Спорт"]
    footer = [
        "Останні новини",
        "Про нас",
        "Контакти",
        "© 2012–2025 Дніпро Медіа Груп. Усі права захищені.",
    ]
    headline = "Місто запускає чотири нові автобусні маршрути до північних районів"
    text = page(*top, headline, "4 листопада 2025, 18:30", *UKRAINIAN, *footer)
    assert clean_text(text).source == "ХВИЛЯ.ua"
