"""The plain-text cleaner passing over the page's furniture that stands where a headline does:
a consent banner and its heading, a share bar's "Comment" button, the e-edition's link, a
prompt to follow the paper on a platform, a market ticker's quote, a breaking-news strip, a
writer's name over their role.  Each test is one small synthetic page, as a browser's text
dump prints it."""

from __future__ import annotations

import textwrap

from pages import KOREAN, PROSE, page

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


def test_a_consent_banners_heading_is_never_the_headline() -> None:
    clip = clean_text(
        page("Nous respectons votre vie privée", "Accepter", "Paramétrer", "Le Quotidien",
             "Politique", "Monde", "Economie", "Le Quotidien", *PROSE)
    )  # fmt: skip
    assert clip.title != "Nous respectons votre vie privée"


def test_the_e_editions_link_is_never_the_headline() -> None:
    # The link sits under the page's date; the headline, under the share bar, has no
    # byline right under it (a photo's caption stands between).
    headline = "Tortilla maker to move production out of the city, taking 180 jobs with it"
    clip = clean_text(
        page("Skip to content", "All Sections", "Subscribe Now", "52°F",
             "Sunday, October 12th, 2025", "Today's e-Edition", "Log In", "Breaking News",
             "Bears", "Sports", "Opinion", "Obituaries", "The Daily Tribune", "Trending:",
             "City Marathon 2025", "Migrant crisis", "Bears-Commanders", "State budget",
             "Business", headline, "Share this:",
             "Click to share on Facebook (Opens in new window)",
             "Click to share on X (Opens in new window)",
             "Click to print (Opens in new window)",
             "Workers package tortillas at the factory on Oct. 9, 2025. (Eileen Meslar)",
             "By Ally Marotti | Chicago Tribune",
             "PUBLISHED: October 11, 2025 at 5:00 AM CDT", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


def test_a_prompt_to_follow_the_paper_on_a_platform_is_never_the_headline() -> None:
    headline = "У Львові запускають чотири нові автобусні маршрути: що зміниться з понеділка"
    clip = clean_text(
        page("УНІАН", "Новини", "Економіка", "Спорт", "Погода", "Головне за день",
             "16:52 Ворог атакував Харків дронами: є постраждалі",
             "16:41 Президент провів розмову з прем'єром Данії",
             "16:30 У Києві оголошено повітряну тривогу", "Новини України", "Транспорт",
             headline, "Нові маршрути з'єднають північні райони міста з лікарнею.",
             "16:20, 04.11.25", "Ірина Коваль", "Новий автобус / фото УНІАН, Віктор Ковальчук",
             "Facebook", "Telegram", "Viber", "X", "Скопіювати посилання",
             "Читайте УНІАН в Google News", *UKRAINIAN)
    )  # fmt: skip
    assert clip.title == headline


def test_a_market_tickers_quote_is_never_the_headline() -> None:
    headline = "Продажи новых легковых автомобилей в России в октябре упали на 21%"
    clip = clean_text(
        page("РБК", "Новости", "Экономика", "РБК Тренды", "РБК Life", "Курс доллара  81,45",
             "Курс евро  93,72", "Нефть Brent  63,18",
             "Сейчас: Путин подписал закон о бюджете на 2026 год",
             "Бизнес ,  05 ноя 2025, 11:47", " 8 459", "Поделиться", headline,
             "Рынок сокращается десятый месяц подряд, но спад замедлился. Эксперты ждут "
             "оживления спроса в декабре перед очередной индексацией утильсбора",
             "Фото: Антон Новодережкин / ТАСС", *RUSSIAN)
    )  # fmt: skip
    assert clip.title == headline


def test_a_korean_breaking_strip_without_brackets_is_not_the_headline() -> None:
    # (A headline as long as the strip's standfirst would be, under it.)
    headline = "시내버스 노선 4개 신설, 북부 주거지와 시민병원·대학 연결…배차 간격 10분"
    clip = clean_text(
        # (The page's lines one under another, with no blank lines between.)
        "\n".join(("본문 바로가기", "중앙일보", "로그인", "구독", "정치", "경제", "사회",
                   "국제", "문화", "사회", "교육", '속보 한은 총재 "추가 금리 인하 신중히 판단"',
                   headline, "", "중앙일보", "입력 2025.11.04 10:32",
                   "업데이트 2025.11.04 14:05", "김민욱 기자", "이후연 기자", "구독", "공유",
                   "글씨크기",
                   "지난해 시내의 한 정류장에서 시민들이 버스를 기다리고 있다. 연합뉴스", *KOREAN))
    )  # fmt: skip
    assert clip.title == headline


def test_a_writers_name_over_their_role_is_not_the_headline() -> None:
    # The name has four words, as many Spanish names do; the role under it names the desk.
    headline = "Selección: el técnico confirma dos novedades para el amistoso ante Estados Unidos"
    clip = clean_text(
        page("EL DIARIO", "Deportes", "Fútbol", headline,
             "El técnico habló en la rueda de prensa previa al partido en Nueva Jersey.",
             "El técnico de la selección, en la rueda de prensa. Foto: Federación de Fútbol",
             "Andrés Felipe Ruiz Garzón", "Periodista de Deportes",
             "Actualizado: 10 de octubre 2025, 08:15 a. m.", *SPANISH)
    )  # fmt: skip
    assert clip.title == headline


def test_a_role_line_under_a_name_is_not_the_headline() -> None:
    headline = "Transit agency to pilot overnight subway service on weekends starting in spring"
    clip = clean_text(
        page("The Daily Star", "Breaking News: Police close highway after multi-vehicle crash",
             "GTA", "Transportation", headline,
             "The six-month trial would run trains every 15 minutes on Friday and Saturday "
             "nights.",
             "The chief executive said overnight service was the top request. Steve Russell / "
             "The Daily Star",
             "Ben Spurr", "Transportation Reporter", "Francine Kopun", "City Hall Bureau Chief",
             "Updated Oct. 10, 2025 at 7:42 a.m.", "Listen to this article",
             "Article was updated 1 day ago", "Share this story", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


def test_a_swahili_date_line_and_photo_credit_are_not_the_headline() -> None:
    # The date prints the month before the day ("Novemba 05, 2025"), the caption its credit
    # after the word for a photo and "by" ("Picha na Maktaba").
    headline = "Bei ya petroli, dizeli yashuka Novemba; EWURA yataja sababu"
    clip = clean_text(
        page("Mwananchi", "Habari", "Biashara", "Michezo", headline,
             "Bei ya rejareja ya petroli jijini Dar es Salaam imeshuka kwa Sh47 kwa lita.",
             "Na Bakari Kiango", "Dar es Salaam", "Jumatano, Novemba 05, 2025",
             "Mhudumu wa kituo cha mafuta akijaza mafuta kwenye gari. Picha na Maktaba",
             "Shiriki", "Facebook", *SWAHILI)
    )  # fmt: skip
    assert clip.title == headline
    assert clip.date == "2025-11-05"


# Paragraphs in French, a transit fare rise, hard-wrapped as some dumps are.
FRENCH = [
    "C'est désormais officiel. Le ticket mensuel coûtera 62 euros à partir du 1er janvier, "
    "contre 59 euros aujourd'hui. Le conseil d'administration de la régie, présidé par le "
    "maire, a voté ce lundi une hausse moyenne de 4 % de l'ensemble des tarifs.",
    "Le ticket à l'unité, vendu 1,90 euro depuis la réforme tarifaire de janvier, passera à "
    "2 euros. L'abonnement hebdomadaire augmentera de 18,40 à 19,20 euros, a précisé la régie.",
    "Les associations d'usagers dénoncent une « double peine » pour les habitants des "
    "quartiers périphériques, déjà touchés par la suppression de plusieurs lignes de bus.",
]


def test_a_headline_the_page_broke_in_two_is_not_passed_over_for_its_standfirst() -> None:
    # The headline's end on the line under it, the standfirst hard-wrapped, then the byline.
    clip = clean_text(
        page("Aller au contenu principal", "Le Quotidien", "Mon compte", "S'abonner",
             "Faits divers", "Politique", "Économie", "Société", "Sports", "Culture",
             "À la une : Mort d'un adolescent à Sevran : ce que l'on sait", "Lyon  Transports",
             "Ticket mensuel : le prix de l'abonnement va passer la barre\ndes 60 euros",
             "La régie a voté ce lundi une hausse de 4 % des tarifs, justifiée\npar l'arrivée "
             "de nouvelles lignes et l'inflation. Les usagers dénoncent\nune « double peine ».",
             "Par Marie Gairaud et Vincent Gautron",
             "Le 3 novembre 2025 à 18h47, modifié le 4 novembre 2025 à 07h12",
             "Le ticket mensuel coûtera 62 euros à partir du 1er janvier. LP/Olivier Aran",
             "Partager", "Facebook", "Copier le lien", "Commenter", "Écouter cet article",
             *(textwrap.fill(p, 78) for p in FRENCH))
    )  # fmt: skip
    assert clip.title == "Ticket mensuel : le prix de l'abonnement va passer la barre des 60 euros"


def test_a_note_of_the_articles_age_is_never_the_headline() -> None:
    headline = "City faces first water restrictions in six years as dams drop below 80 per cent"
    clip = clean_text(
        page("Skip to content", "Advertisement", "The Morning Herald", "City", "Politics",
             "Business", "World", "Opinion", "Our network", "Environment", "Water",
             "This was published 15 hours ago", headline, "Angus Thomson and Nigel Glad",
             "November 4, 2025 — 5.00am", "Save",
             "Log in, register or subscribe to save articles for later.",
             "Gift this article", "Normal text size", "Larger text size",
             *(textwrap.fill(p, 74) for p in PROSE))
    )  # fmt: skip
    assert clip.title == headline


def test_a_headline_the_pages_title_holds_is_not_joined_to_its_wrapped_standfirst() -> None:
    # The headline ends near the width the dump was wrapped at, so the standfirst's first word
    # would not have fitted after it; but the page's title on the first line holds it whole.
    headline = "Rent rises slow in the city but disputes between landlords and tenants soar"
    standfirst = (
        "Rents in the city rose by 38 per cent in the year to September, down from 60 per "
        "cent a year earlier. But the number of eviction cases filed this year has already "
        "passed the total for the whole of last year."
    )
    clip = clean_text(
        page(f"{headline} - Latest Business News | The Courier", "Home", "Politics",
             "Business", "World", "Sport", "Culture", "Subscribe", "Business",
             headline + "\n" + textwrap.fill(standfirst, 78), "News Desk",
             "Published: 12.10.2025 14:25", *(textwrap.fill(p, 78) for p in PROSE))
    )  # fmt: skip
    assert clip.title == headline
