"""The plain-text cleaner never taking for the headline a line that stands where one does and
reads like one: a label and its value ("Джерело: …", "Source: …", a reading time), a ticker's
labelled line ("[속보] …", "Alerte : …"), a photo's caption ending in its credit, a byline
after the paper's name.  Each test is one small synthetic page, as a browser's text dump
prints it."""

from __future__ import annotations

from pages import CHINESE, HINDI, JAPANESE, KOREAN, PROSE, page
from translations import PERSIAN_BUSES_VOTE

from clipper.clean.text import clean_text

# Paragraphs in Ukrainian, a city's new bus routes.
UKRAINIAN = [
    "З понеділка у Львові курсуватимуть чотири нові автобусні маршрути, які з'єднають північні "
    "райони міста з лікарнею та університетом.",
    "У міській раді пояснили, що нові маршрути запускають після завершення набору водіїв і "
    "постачання двадцяти нових автобусів, закуплених минулого року.",
    "Рішення ухвалили після короткого обговорення, проти проголосували лише двоє депутатів, "
    "які вважали, що кошти краще спрямувати на ремонт доріг.",
    "Перевізники обіцяють, що інтервал руху в години пік не перевищуватиме десяти хвилин, а "
    "квитки можна буде придбати в застосунку або у водія.",
]

# Paragraphs in Persian, a city's new bus routes.


def test_a_source_label_under_the_first_paragraph_is_text_not_the_headline() -> None:
    # The date over the headline, the byline with the date again under it, the first
    # paragraph, then the source's label, as Ukrainian news sites print them.
    headline = "У Львові запускають чотири нові автобусні маршрути: що зміниться з понеділка"
    label = "Джерело: Львівська міська рада, ЛКП «Львівавтодор»"
    clip = clean_text(
        page("Перейти до основного вмісту", "Новини", "Публікації", "Колонки", "Відео",
             "Головне: Уряд продовжив дію програми енергетичних кредитів",
             "Середа, 5 листопада 2025, 16:48", headline,
             "Ірина Коваль — Середа, 5 листопада 2025, 16:48", UKRAINIAN[0], label,
             *UKRAINIAN[1:], "Реклама:",
             "Шановні читачі, просимо дотримуватися правил коментування")
    )  # fmt: skip
    assert clip.title == headline
    assert clip.body.split("\n\n")[:2] == [UKRAINIAN[0], label]


def test_a_reading_time_under_its_label_is_never_the_headline() -> None:
    headline = "شورای شهر چهار خط تازه اتوبوس را برای محله‌های شمالی تصویب کرد"
    clip = clean_text(
        page("همشهری آنلاین", "شهری", "حمل و نقل", "کد خبر ۸۹۵۴۱۲", "۱۴ آبان ۱۴۰۴ - ۰۹:۱۵",
             "زمان مطالعه: ۴ دقیقه", headline, *PERSIAN_BUSES_VOTE)
    )  # fmt: skip
    assert clip.title == headline


# Paragraphs in French, a city's new bus routes.
FRENCH = [
    "Le conseil municipal a approuvé mardi la création de quatre nouvelles lignes de bus qui "
    "relieront les quartiers nord de la ville à l’hôpital et à l’université.",
    "Selon la mairie, les lignes seront mises en service à l’automne, une fois le recrutement "
    "des conducteurs achevé et les nouveaux véhicules livrés aux dépôts de la ville.",
    "Le projet a été adopté à une large majorité après un court débat, seuls deux élus ayant "
    "voté contre en estimant que l’argent aurait dû servir à réparer les routes.",
]


def test_a_korean_breaking_news_line_over_the_headline_is_not_the_title() -> None:
    headline = "서울시, 북부 지역에 버스 노선 4개 신설…내달부터 운행"
    clip = clean_text(
        page("정치", "경제", "사회", "한겨레", "구독", "[속보] 한은, 기준금리 연 2.50% 동결",
             headline, "입력2025.11.03. 오후 3:12", "수정2025.11.03. 오후 5:40", "기사원문",
             *KOREAN)
    )  # fmt: skip
    assert clip.title == headline


def test_a_french_alert_over_the_headline_is_not_the_title() -> None:
    # The alert, then a live page's headline, its photo's caption, its standfirst, its byline.
    headline = (
        "EN DIRECT. Tempête Léa : 40 000 foyers privés d’électricité en Bretagne, des rafales à "
        "130 km/h sur la côte"
    )
    header = ["Vous êtes ici :", "Accueil", "Bretagne", "Finistère",
              "Alerte : Le Finistère placé en vigilance rouge vents violents jusqu’à 18 h",
              headline,
              "Les vagues frappent la digue du port, mardi 4 novembre 2025 au matin. | ARCHIVES",
              "La tempête Léa balaie la pointe bretonne ce mardi 4 novembre. Suivez notre direct.",
              "Ouest-Info", "Anne Le Goff et Paul Rivière.", "Publié le 04/11/2025 à 06h30",
              "Modifié le 04/11/2025 à 17h45", "Lecture : 4 min", "Partager"]  # fmt: skip
    clip = clean_text(page("\n".join(header), *FRENCH))
    assert clip.title == headline


def test_a_caption_ending_in_its_credit_is_never_the_headline() -> None:
    # Headline, standfirst, then the photo's caption with its credit in brackets, the byline.
    headline = "«Les Quais», une chronique portuaire qui tient toutes ses promesses"
    standfirst = (
        "Dans son deuxième long métrage, le réalisateur Marc Olivier suit trois dockers du Havre "
        "pendant la dernière année de leur équipe avant la fermeture du quai. Un film tendu, drôle "
        "et jamais misérabiliste."
    )
    caption = "Paul Martin, Hugo Lenoir et Yves Carré dans «les Quais». (Ad Vitam)"
    prose = [
        "Il y a des films qui vous prennent par la main dès le premier plan et ne vous lâchent "
        "plus jusqu’au générique, et celui-ci en fait partie sans le moindre doute, tant sa "
        "mise en scène sait se faire oublier pour laisser toute la place à ses personnages.",
        "Le réalisateur a passé deux ans sur le port avant de tourner, et cela se voit dans "
        "chaque geste des acteurs, dans chaque grue filmée à l’aube, dans chaque silence de la "
        "cantine où les dockers attendent les nouvelles de la direction.",
        "On sort de la salle avec l’envie de revoir le film, ce qui n’arrive pas si souvent "
        "avec une chronique sociale de cette ampleur et de cette durée, et l’on se prend à "
        "espérer que le public suivra malgré une sortie discrète.",
    ]
    # (The header's lines one under the other, as a browser saves them.)
    header = ["Lifestyle", "Portraits", "Direct",
              "Budget 2026 : l’Assemblée rejette la taxe en première lecture",
              "Cinéma", "Critique", headline, standfirst, caption, "par Marie Dupont",
              "publié le 5 novembre 2025 à 17h45", "Offrir l'article", "Partager",
              "Facebook", "Copier le lien", "Lire plus tard"]  # fmt: skip
    clip = clean_text(page("\n".join(header), *prose))
    assert clip.title == headline


def test_a_japanese_caption_ending_in_its_photographer_is_never_the_headline() -> None:
    headline = "市営バス、北部に４路線を新設 来月から運行"
    caption = (
        "北部の住宅地と市民病院を結ぶ新しい路線を試験走行する市営バス＝東京都北区で"
        "2025年11月5日午前9時28分、山田太郎撮影"
    )
    clip = clean_text(
        page("ニュース", "写真", "動画", "速報：衆院予算委、補正予算案を可決", "社会", headline,
             caption, "2025/11/5 10:12（最終更新 11/5 14:40） 1085文字", "X", "Facebook",
             *JAPANESE)
    )  # fmt: skip
    assert clip.title == headline


def test_a_byline_after_the_papers_name_is_never_the_headline() -> None:
    headline = "兩國恢復貿易安全會談 首輪會議下月舉行"
    clip = clean_text(
        page("要聞", "國際", headline, "聯合報／ 記者王小明／台北即時報導", "2025-11-05 12:30",
             *CHINESE)
    )  # fmt: skip
    assert clip.title == headline


def test_the_address_made_readable_over_a_hindi_headline_is_not_the_title() -> None:
    # The breadcrumb's last link spells the address's slug in English; the headline under it.
    headline = "नगर निगम ने चार नए बस मार्गों को मंजूरी दी: सर्दियों से पहले शुरू होगी सेवा"
    header = ["होम", "देश", "11:04 AM", "Hindi News", "Local", "Mp", "Bhopal",
              "City Bus New Routes Approved Winter", headline, "भोपाल3 घंटे पहले",
              "लेखक: राहुल शर्मा", "कॉपी लिंक", "शेयर"]  # fmt: skip
    address = (
        "https://www.example-news.com/local/mp/bhopal/news/"
        "city-bus-new-routes-approved-winter-136345678.html\t1/5"
    )
    clip = clean_text(page("\n".join(header), *HINDI, address))
    assert clip.title == headline


def test_a_japanese_headline_ending_in_the_word_for_filming_is_the_title() -> None:
    headline = "新作映画、京都の市電で撮影"
    clip = clean_text(
        page("ニュース", "社会", headline, "2025/11/5 10:12（最終更新 11/5 14:40） 1085文字",
             *JAPANESE)
    )  # fmt: skip
    assert clip.title == headline


def test_a_caption_over_its_credit_under_the_headline_is_not_the_headline() -> None:
    headline = "Council to cap market stall rents at $1,500 for new tenants under pilot"
    caption = "A customer buys vegetables at the Riverside Market."
    # (The header's lines one under the other, as a browser saves them: the photo between the
    # headline and its standfirst, the byline under them.)
    header = ["Skip to main content", "News", "Menu", "Local", "World", "Opinion",
              "TRENDING: Budget 2026 | Rail disruption | Markets", "Local", headline, caption,
              "City file photo",
              "Under the pilot, new tenants at five markets will pay no more than $1,500 a month.",
              "Stallholders say the move helps young traders, but costs such as produce and "
              "staff remain a bigger worry.",
              "Jane Ruiz", "Published November 7, 2025", "Updated November 7, 2025", "WhatsApp",
              "Facebook", "Copy Link"]  # fmt: skip
    clip = clean_text(page("\n".join(header), *PROSE))
    assert clip.title == headline
    assert clip.body.startswith(PROSE[0])


def test_a_caption_ending_in_foto_and_its_photographer_is_not_the_headline() -> None:
    headline = "Gemeente verdubbelt het aantal buslijnen in de noordelijke wijken"
    caption = "Nieuwe bussen in de remise in Utrecht. Foto Pieter van Dam"
    prose = [
        "De gemeenteraad heeft dinsdag ingestemd met een plan om het aantal buslijnen in de "
        "noordelijke wijken te verdubbelen, zo blijkt uit het besluit dat na een lang debat werd "
        "genomen.",
        "Volgens de wethouder moeten de nieuwe lijnen vanaf maart gaan rijden, al is nog niet "
        "duidelijk of er genoeg chauffeurs te vinden zijn om alle ritten ook echt uit te voeren.",
        "Bewoners van de wijken reageren opgelucht, omdat zij al jaren klagen over de slechte "
        "verbindingen met het centrum van de stad en met het ziekenhuis aan de rand ervan.",
    ]
    clip = clean_text(
        page("Nieuws\nEconomie\nBinnenland", headline, "Jan de Vries", caption,
             "7 november 2025\nLeestijd 3 minuten", *prose)
    )  # fmt: skip
    assert clip.title == headline
    assert clip.body.endswith(prose[-1])
