"""The plain-text cleaner taking the article's own headline over the lines of its header that
look like one: a headline quoting someone between French guillemets (whose closing mark is no
breadcrumb's separator), a writer's name and role on one line, the alternative text of the
writer's picture, the header photo's caption between the headline and its byline, a ticker's
item after its time, a "Source:" label in Serbian, a Korean headline's short decks.  Each test
is one small synthetic page, as a browser's text dump prints it."""

from __future__ import annotations

from pages import KOREAN, PROSE, page

from clipper.clean.text import clean_text

# Paragraphs in French, tiger mosquitoes in November.
FRENCH = [
    "Début novembre, et toujours des piqûres. Dans le Sud, mais aussi à Lyon ou à Strasbourg, "
    "de nombreux lecteurs nous ont signalé avoir été piqués ces derniers jours par des "
    "moustiques tigres.",
    "Le moustique tigre a besoin de chaleur. Tant que les températures restent au-dessus de "
    "quinze degrés en journée, les femelles continuent de piquer et de pondre, explique "
    "l'entomologiste.",
    "Il y a vingt ans, on le considérait comme un moustique méditerranéen. Aujourd'hui, il est "
    "installé presque partout en France métropolitaine, y compris dans le Nord et l'Est.",
]

# Paragraphs in Serbian, the Danube running low.
SERBIAN = [
    "Водостај Дунава код Новог Сада спустио се на најнижи ниво у последњих двадесет година, а "
    "бродари упозоравају на велике губитке због обуставе теретног саобраћаја.",
    "Стручњаци кажу да без обилнијих падавина ситуација неће бити боља ни наредних недеља, јер "
    "се ниво реке и даље спушта за неколико центиметара дневно.",
    "Лучка управа саопштила је да ће пристаниште остати отворено за мање бродове, али да ће "
    "велики конвоји морати да сачекају пораст водостаја.",
]


def test_a_headline_quoting_someone_between_guillemets_is_the_headline() -> None:
    # "» :" closes the quote: it parts no breadcrumb's steps, and the standfirst under the
    # headline is not taken for it.
    headline = (
        "« Le moustique tigre est là pour de bon » : un entomologiste explique pourquoi il "
        "pique encore en novembre"
    )
    clip = clean_text(
        page("Aller au contenu principal", "Le Quotidien", "Actualité", "Société", "Politique",
             "Monde", "Économie", "Sport", "Planète", "Santé", "EN DIRECT",
             "Budget 2026 : les députés rejettent la taxe sur les hauts patrimoines", "Santé",
             "Interview", headline,
             "Avec un automne particulièrement doux, de nombreux Français se font encore "
             "piquer. L'entomologiste Frédéric Jourdain fait le point",
             "Propos recueillis par Marion Lebrun",
             "Publié le 07/11/2025 à 06h45 • Mis à jour le 07/11/2025 à 10h12",
             "Partager", "Facebook", "WhatsApp", "Copier le lien", *FRENCH)
    )  # fmt: skip
    assert clip.title == headline


def test_a_writers_name_and_role_on_one_line_are_not_the_headline() -> None:
    headline = (
        "Stockport family's 'lifeline' community café saved after neighbours raise £48,000 "
        "in a fortnight"
    )
    clip = clean_text(
        page("Manchester Evening News", "News", "Sport", "Traffic & Travel", "BREAKING",
             "M60 closed between J1 and J27 after crash - live updates",
             "Greater Manchester News", headline,
             "The Heaton Chapel café had been days away from closing its doors for good - but "
             "locals had other ideas",
             "Share", "Comments", "News", "Ellie Brannigan Community Reporter",
             "10:42, 14 Oct 2025", "Updated 13:05, 14 Oct 2025", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


def test_the_writers_picture_and_the_photos_caption_are_not_the_headline() -> None:
    # The picture's alternative text names the writer: it stands in the byline, under the
    # header photo's caption and credit, which stand under the headline.
    headline = "City of Cape Town approves R1.2 billion plan to stop sewage spills into False Bay"
    clip = clean_text(
        page("IOL", "News", "South Africa", "Business", "Sport", "Opinion", "LATEST NEWS",
             "Load shedding: Eskom says no outages expected this weekend",
             "Pretoria man sentenced to life for murder of ex-girlfriend", "News",
             "Western Cape", headline,
             "Residents and surfers protested at Muizenberg beach in September after repeated "
             "closures due to sewage pollution.",
             "Photo: Ayanda Ndamane/Independent Newspapers",
             "Author picture of Nomvula Khumalo", "Nomvula Khumalo", "Published 4 hours ago",
             "12 Nov 2025", "Share this article:", "Facebook", "WhatsApp", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


def test_a_tickers_item_after_its_time_is_not_the_headline() -> None:
    # The ticker's last item stands right over the header's section, dateline and source; the
    # headline under them opens no sentence's paragraph.
    headline = "Низак водостај Дунава, обустављен теретни саобраћај код Новог Сада"
    clip = clean_text(
        page("РТС", "Вести", "Србија", "Свет", "Култура", "Спорт", "Најновије",
             "17:14 Вучић: Одлука о изложби ће бити донета до краја месеца",
             "17:02 Временска прогноза: Хладније, на планинама снег", "Друштво",
             "уторак, 04. нов 2025, 14:23 -> 17:05", "Извор: РТС, Танјуг", headline,
             *SERBIAN)
    )  # fmt: skip
    assert clip.title == headline


def test_a_korean_headline_over_its_short_decks_is_the_headline() -> None:
    # Korean words are short ("버스", "노선"): the decks speak of what the article's opening
    # does, the first a label's length; the headline is over them, not the last deck.
    headline = '시내 버스 노선 4개 늘린다…"북부 주거지 숨통 트일 것"'
    clip = clean_text(
        page("본문 바로가기", "한국경제", "회원가입", "경제", "사회", "속보",
             "코스피, 외국인 순매수에 2% 넘게 상승 마감", "사회", headline,
             "시의회 교통 계획", "시민병원·대학 잇는 노선 가을 운행", "박지윤 기자",
             "입력2025.11.20 17:31", "글자크기 조절", "기사 스크랩", *KOREAN)
    )  # fmt: skip
    assert clip.title == headline
