"""The plain-text cleaner passing over the page's furniture that stands where a headline does:
a consent banner and its heading, a share bar's "Comment" button, the e-edition's link, a
prompt to follow the paper on a platform, a market ticker's quote, a breaking-news strip, a
writer's name over their role.  Each test is one small synthetic page, as a browser's text
dump prints it."""

from __future__ import annotations

import textwrap

from pages import PROSE, page

from clipper.clean.text import clean_text

CONSENT = (
    "We and our partners store and/or access information on a device, such as cookies and "
    "process personal data, such as unique identifiers and standard information sent by a "
    "device for personalised advertising and content, advertising and content measurement, "
    "audience research and services development."
)

# Paragraphs in Ukrainian, a city's new bus routes.
UKRAINIAN = [
    "З понеділка у Львові курсуватимуть чотири нові автобусні маршрути, які з'єднають північні "
    "райони міста з лікарнею та університетом.",
    "У міській раді пояснили, що нові маршрути запускають після завершення набору водіїв і "
    "постачання двадцяти нових автобусів, закуплених минулого року.",
    "Рішення ухвалили після короткого обговорення, проти проголосували лише двоє депутатів, "
    "які вважали, що кошти краще спрямувати на ремонт доріг.",
]

# Paragraphs in Russian, car sales.
RUSSIAN = [
    "Продажи новых легковых автомобилей в России в октябре снизились на 21% по сравнению с тем "
    "же месяцем прошлого года, сообщили в аналитическом агентстве.",
    "По словам экспертов, спрос сдерживают высокая ключевая ставка и подорожание кредитов, а "
    "также повышение утилизационного сбора с начала месяца.",
    "Дилеры ожидают, что до конца года продажи останутся на низком уровне, однако в декабре "
    "возможен небольшой рост перед очередным повышением цен.",
]

# Paragraphs in Spanish, a football squad.
SPANISH = [
    "El técnico de la selección confirmó este jueves dos novedades en la lista de convocados "
    "para el partido amistoso del próximo fin de semana en Nueva Jersey.",
    "Según explicó en la rueda de prensa, los dos jugadores llegan en buen momento tras una "
    "temporada con muchos minutos en sus respectivos clubes europeos.",
    "El equipo entrenará el viernes por la tarde en el estadio y viajará el sábado por la "
    "mañana, después de la última sesión de trabajo en el hotel de concentración.",
]

# Paragraphs in Swahili, fuel prices.
SWAHILI = [
    "Dar es Salaam. Mamlaka ya Udhibiti wa Huduma za Nishati na Maji imetangaza kushuka kwa bei "
    "za mafuta kwa mwezi huu, hatua itakayowapa nafuu watumiaji wa vyombo vya moto.",
    "Kwa mujibu wa taarifa iliyotolewa leo, bei ya rejareja ya petroli kwa jiji la Dar es Salaam "
    "itakuwa chini kuliko ya mwezi uliopita, sawa na punguzo la shilingi arobaini na saba.",
    "Wafanyabiashara wa usafirishaji wamesema punguzo hilo litawasaidia kupunguza gharama za "
    "uendeshaji, ingawa bado wanalalamikia tozo nyingine za barabarani.",
]


# A newspaper's menu.
MENU = "News Sport Business Opinion Culture Lifestyle Travel Puzzles Politics Health".split()


def wrapped(text: str) -> str:
    """The text hard-wrapped at 70 columns, as some dumps are."""
    return textwrap.fill(text, 70)


def test_a_wrapped_article_under_a_consent_banner_and_a_share_bar_is_kept() -> None:
    # The share bar's "Comment" button under the byline is no comment section's header: the
    # article starts under it, however much of the banner's prose stands above.
    headline = "Islanders furious as ferry debut is pushed back"
    standfirst = (
        "The vessel was due to enter service on the island route in December, but sea trials "
        "have uncovered problems with its fuel system that will take several months to fix."
    )
    clip = clean_text(
        page("We value your privacy", wrapped(CONSENT), "Accept All", "Manage Preferences",
             "Skip to content", "The Courier", "Subscribe", "Sign In", *MENU, "News",
             "Transport", headline, wrapped(standfirst), "By Alastair Dalton",
             "Transport Correspondent", "Published 13th Oct 2025, 17:30 BST", "Comment",
             "Share", *map(wrapped, PROSE), "Read more:",
             "Rail line to close for ten days for electrification works")
    )  # fmt: skip
    assert clip.title == headline
    assert clip.body.split("\n\n")[-len(PROSE) :] == PROSE
    assert "cookies" not in clip.body
