"""The plain-text cleaner picking an article's own headline and date out of the lines around
its start, on page shapes from many sites: captions, standfirsts, kickers, tickers, bylines
and date stamps in other languages and formats.  Each test is one small synthetic page."""

from __future__ import annotations

import textwrap

import pytest
from pages import PARAGRAPHS, PROSE, page

from clipper.clean.text import clean_text

HINDI = [
    "नगर परिषद ने मंगलवार को बस नेटवर्क का विस्तार करने के लिए मतदान किया, जिसमें चार नए मार्ग "
    "जोड़े जाएंगे जो उत्तरी इलाकों को अस्पताल और विश्वविद्यालय से जोड़ेंगे।",
    "अधिकारियों ने कहा कि नए मार्ग शरद ऋतु में शुरू होंगे, जब चालकों की भर्ती और प्रशिक्षण पूरा हो "
    "जाएगा और नई बसें शहर के डिपो में पहुंच जाएंगी।",
    "योजना को एक छोटी बहस के बाद भारी बहुमत से मंजूरी दी गई, जिसमें केवल दो सदस्यों ने इसका "
    "विरोध किया और कहा कि यह पैसा सड़कों पर खर्च होना चाहिए था।",
]
RUSSIAN = [
    "Городской совет во вторник проголосовал за расширение автобусной сети, и в ближайшие месяцы "
    "в северных районах города появятся четыре новых маршрута до больницы и университета.",
    "По словам чиновников, новые маршруты начнут работать осенью, когда будет завершён набор и "
    "обучение водителей, а новые автобусы поступят в городские парки.",
    "План был одобрен подавляющим большинством после короткого обсуждения, и только два "
    "депутата выступили против, заявив, что деньги лучше потратить на ремонт дорог.",
]
DUTCH = [
    "De gemeenteraad heeft dinsdag ingestemd met een uitbreiding van het busnetwerk, waardoor er "
    "vier nieuwe lijnen komen die de noordelijke wijken met het ziekenhuis verbinden.",
    "Volgens de wethouder gaan de nieuwe lijnen in het najaar rijden, wanneer de werving en de "
    "opleiding van de chauffeurs zijn afgerond en de nieuwe bussen zijn geleverd.",
    "Het plan werd na een kort debat met een ruime meerderheid aangenomen; alleen twee "
    "raadsleden stemden tegen omdat zij het geld liever aan de wegen besteden.",
]
PORTUGUESE = [
    "A inflação oficial do Brasil desacelerou para 0,38% em maio, informou nesta terça-feira o "
    "instituto, num resultado que ficou abaixo do esperado pela maioria dos analistas.",
    "Os alimentos ficaram mais baratos pelo segundo mês seguido, enquanto os preços dos serviços "
    "continuaram a subir de forma moderada em quase todas as regiões do país.",
    "Com o resultado, a inflação acumulada em doze meses chegou a 3,93%, dentro da meta definida "
    "pelo conselho monetário para este ano, segundo os dados divulgados.",
]


# --- dates in the formats other sites print -----------------------------------------------


@pytest.mark.parametrize(
    ("headline", "stamp", "prose", "date"),
    [
        ("नगर परिषद ने चार नए बस मार्गों को मंजूरी दी", "28 जून 2024, 10:15 AM IST", HINDI,
         "2024-06-28"),
        ("Совет одобрил четыре новых автобусных маршрута", "30 августа 2023, 14:32", RUSSIAN,
         "2023-08-30"),
        ("Gemeenteraad keurt vier nieuwe buslijnen goed", "wo 3 mrt 2021 14:32", DUTCH,
         "2021-03-03"),
        ("Inflação desacelera e fica em 0,38% em maio, diz IBGE", "11.jun.2024 às 9h05",
         PORTUGUESE, "2024-06-11"),
        # A date and its copy for screen readers, run together.
        ("Leaders agree to resume talks after a long pause",
         "Published On 27 Jan 202427 Jan 2024", PROSE, "2024-01-27"),
    ],
)  # fmt: skip
def test_a_dateline_in_another_format_dates_the_article_and_is_not_its_headline(
    headline: str, stamp: str, prose: list[str], date: str
) -> None:
    clip = clean_text(page("Home", "News", headline, stamp, *prose))
    assert (clip.title, clip.date) == (headline, date)


# --- which line is the headline -----------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        # Two clauses joined by a semicolon, as long as the headline.
        ("El Gobierno aprueba la subida del salario mínimo hasta los 1.184 euros",
         "La medida beneficiará a 2,5 millones de trabajadores; la patronal se opone"),
        # A sentence with its full stop, a little shorter than the headline.
        ("City council approves four new bus routes to the hospital and university",
         "Drivers still have to be hired and trained first."),
    ],
)  # fmt: skip
def test_a_headline_over_a_standfirst_as_long_as_itself_is_the_title(
    headline: str, standfirst: str
) -> None:
    # The standfirst stands right over the writer's name and the date, closer than the
    # headline; it reads as a sentence, the headline does not.
    clip = clean_text(
        page("Home", "Politics", headline, standfirst, "Ana Ruiz", "Madrid",
             "14/02/2024 10:32", "Share", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


def test_a_caption_under_its_label_is_not_the_headline_even_right_above_the_byline() -> None:
    headline = "Rail strikes: Commuters face fresh disruption as talks collapse"
    clip = clean_text(
        page(
            "BBC News", "Business", headline, "Published", "24 November 2022", "Share",
            "IMAGE SOURCE,", "GETTY IMAGES", "Image caption,",
            "Picket lines were set up outside major stations during the last walkout",
            "By Katy Austin", *PROSE,
        )
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2022-11-24")


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        # A headline in title case over two summary lines, then the byline.
        (["ECB Holds Rates as Lagarde Warns Inflation Fight Isn’t Over",
          "Officials keep deposit rate at record 4% after ten straight hikes",
          "Lagarde says it’s ‘totally premature’ to discuss rate cuts",
          "By Alexander Weber and Jana Randow", "October 26, 2023 at 1:15 PM GMT+1"],
         "ECB Holds Rates as Lagarde Warns Inflation Fight Isn’t Over"),
        # A title-case headline ending in a full stop, its shorter standfirst, the writer.
        (["I Replaced My Laptop With an iPad for 30 Days. Here’s What Happened.",
          "Spoiler: I bought the laptop back.", "Dana Whitfield", "Follow", "Published in",
          "The Startup", "7 min read", "Jan 14, 2024"],
         "I Replaced My Laptop With an iPad for 30 Days. Here’s What Happened."),
        # A press release's subtitle, and the date four lines under the headline.
        (["Northwind Robotics Raises $42 Million Series B to Expand Warehouse Automation "
          "Platform", "Round led by Granite Peak Ventures brings total funding to $61 million",
          "NEWS PROVIDED BY", "Northwind Robotics", "12 Mar, 2024, 08:00 ET"],
         "Northwind Robotics Raises $42 Million Series B to Expand Warehouse Automation "
         "Platform"),
        # A byline naming the publication in capitals.
        (["Costco is changing its membership card policy. Here's what to know",
          "Bailey Schulz, USA TODAY", "Wed, April 3, 2024 at 11:52 AM EDT·2 min read"],
         "Costco is changing its membership card policy. Here's what to know"),
    ],
)  # fmt: skip
def test_the_headline_is_not_its_standfirst_nor_the_byline_under_it(
    header: list[str], headline: str
) -> None:
    clip = clean_text(page("Home", "Markets", "Economics", *header, *PROSE))
    assert clip.title == headline


def test_a_subheading_after_the_byline_is_not_the_headline() -> None:
    clip = clean_text(
        "\n".join([
            "tagesschau", "Startseite", "Inland", "Wirtschaft", "Verkehrsministerkonferenz",
            "Wie teuer wird das Deutschlandticket?", "Stand: 23.09.2024 15:12 Uhr",
            "Die Verkehrsminister der Länder beraten über den Preis des Deutschlandtickets. Eine "
            "Erhöhung gilt als sicher. Offen ist, wie stark.",
            "Von Anja Heuser, ARD-Hauptstadtstudio",
            "Seit Mai 2023 kostet das Deutschlandticket 49 Euro im Monat.",
            "Damit dürfte bald Schluss sein.",
            "Die Verkehrsminister der Länder wollen heute in einer Sonderkonferenz über den "
            "künftigen Preis entscheiden.",
            "Im Gespräch sind 58 bis 64 Euro.",
            "Warum wird es teurer?",
            "Bund und Länder zahlen jedes Jahr drei Milliarden Euro, um die Einnahmeausfälle der "
            "Verkehrsunternehmen auszugleichen. Das reicht nach Angaben der Branche nicht mehr.",
            "Fahrgastverbände warnen, ein höherer Preis könnte viele Abonnenten vertreiben.",
            "Über dieses Thema berichtete tagesschau24 am 23. September 2024 um 12:00 Uhr.",
            "Mehr zum Thema",
            "Deutschlandticket: Nutzerzahlen steigen weiter",
        ])
    )  # fmt: skip
    assert (clip.title, clip.date) == ("Wie teuer wird das Deutschlandticket?", "2024-09-23")


def test_kickers_over_the_headline_and_a_teaser_after_the_article_are_not_the_headline() -> None:
    clip = clean_text(
        "\n".join([
            "DER SPIEGEL", "Startseite", "Wirtschaft", "Tarifstreit bei der Bahn",
            "GDL kündigt neuen Ausstand an",
            "Bahnstreik: GDL kündigt neuen Ausstand im Personenverkehr an",
            "Die Lokführergewerkschaft legt den Bahnverkehr erneut lahm – diesmal mit nur einem "
            "Tag Vorlauf. Fahrgäste müssen sich ab Donnerstag auf massive Einschränkungen "
            "einstellen.",
            "Von Claus Hecking", "04.03.2024, 14.32 Uhr", "Zur Merkliste hinzufügen",
            "Link kopieren", "Foto: Hannes P. Albert / dpa",
            "Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat erneut zu einem Streik bei der "
            "Deutschen Bahn aufgerufen.",
            "Im Personenverkehr soll ab Donnerstag um 2 Uhr für 35 Stunden gestreikt werden.",
            "Das teilte GDL-Chef Claus Weselsky am Montag in Frankfurt mit.",
            "»Wir haben keine andere Wahl«, sagte er.",
            "Die Bahn kritisierte die kurze Vorwarnzeit scharf.",
            "Was bedeutet das für Reisende?",
            "Die Bahn will einen Notfahrplan anbieten. Im Fernverkehr soll etwa jeder fünfte Zug "
            "fahren.",
            "Fahrgäste, die ihre Reise verschieben, können ihr Ticket flexibel nutzen.",
            "Es ist bereits der sechste Streik in dieser Tarifrunde.",
            "Mehr zum Thema", "Streik bei der Bahn: Was Fahrgäste jetzt wissen müssen",
            "Von Claus Hecking", "Kommentare", "Impressum", "Datenschutz",
        ])
    )  # fmt: skip
    assert (clip.title, clip.date) == (
        "Bahnstreik: GDL kündigt neuen Ausstand im Personenverkehr an",
        "2024-03-04",
    )


def test_a_hindi_first_paragraph_is_the_text_not_the_headline() -> None:
    # (Its sentences end in a danda, "।", as a full stop ends an English one.)
    headline = "नगर परिषद ने चार नए बस मार्गों को मंजूरी दी"
    clip = clean_text("\n".join(["अमर उजाला", "होम", "शहर", "देश", headline, *HINDI]))
    assert clip.title == headline
    assert clip.body.startswith(HINDI[0])


@pytest.mark.parametrize(
    ("ticker", "headline", "stamp", "prose", "date"),
    [
        ("ब्रेकिंग न्यूज़\nलोकसभा चुनाव 2024: नतीजे आज",
         "दिल्ली में बारिश से जलभराव, कई इलाकों में ट्रैफिक जाम", "नई दिल्ली", HINDI, None),
        ("【速報】関東で震度4の地震 津波の心配なし 2024年8月10日 6時12分",
         "東京都 最低賃金を時給1163円に引き上げ 10月から", "2024年8月9日 15時42分",
         ["東京都の最低賃金について、東京労働局は、ことし10月から時給1163円に引き上げることを決めました。",
          "現在より50円の引き上げで、過去最大の上げ幅となります。物価の上昇が続く中、労働者の生活を支えるためだとしています。",
          "一方、中小企業からは「人件費の負担が重くなる」と懸念の声も出ています。"],
         "2024-08-09"),
    ],
)  # fmt: skip
def test_a_ticker_over_the_headline_is_neither_its_title_nor_its_date(
    ticker: str, headline: str, stamp: str, prose: list[str], date: str | None
) -> None:
    clip = clean_text(page("Home", ticker, headline, stamp, *prose))
    assert clip.title == headline
    if date:
        assert clip.date == date


@pytest.mark.parametrize("stamp", ["8/23(金) 11:52配信", "11.06. às 9h05", "20.11. 14:32 Uhr"])
def test_a_line_mostly_of_a_date_or_time_is_never_the_headline(stamp: str) -> None:
    headline = "Leaders agree to resume talks after a long pause"
    clip = clean_text(page("Home", "World", headline, stamp, "Share", *PROSE))
    assert clip.title == headline


def test_a_place_and_name_between_the_headline_and_its_date_is_not_the_headline() -> None:
    headline = "مصر ترفع أسعار الوقود للمرة الثانية هذا العام"
    prose = [
        "رفعت الحكومة المصرية أسعار البنزين والسولار بنسب تصل إلى 15%، في ثاني زيادة منذ بداية "
        "العام الجاري، ضمن خطة لخفض دعم الوقود تدريجيا كما أعلنت لجنة التسعير.",
        "وقالت لجنة تسعير المنتجات البترولية إن سعر لتر البنزين ارتفع إلى خمسة عشر جنيها، وهو "
        "أعلى مستوى يسجله منذ سنوات طويلة بحسب البيانات الرسمية المنشورة.",
        "ويأتي القرار بعد أشهر من اتفاق مصر مع صندوق النقد الدولي على قرض جديد، وقال مواطنون إن "
        "الزيادة ستنعكس على أسعار المواصلات والسلع الأساسية في الأسواق.",
    ]
    clip = clean_text(page("الرئيسية", "اقتصاد", headline, "القاهرة – محمد عبد الله", "25/7/2024",
                           *prose))  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2024-07-25")


def test_a_clock_under_the_headline_is_its_dateline() -> None:
    headline = "国家统计局：5月份居民消费价格同比上涨0.3%"
    prose = [
        "新华社北京6月12日电 国家统计局12日发布数据，"
        "5月份，全国居民消费价格同比上涨0.3%，涨幅与上月相同。",
        "从环比看，CPI下降0.1%。其中，食品价格下降0.6%，非食品价格持平，服务价格保持稳定。",
        "国家统计局城市司首席统计师表示，5月份，消费市场总体平稳运行，居民消费需求继续恢复。",
    ]
    clip = clean_text(
        page("新华网", "首页", "要闻", "习近平会见外国领导人", headline, "2024-06-12 10:05:21",
             "来源：新华网", *prose)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2024-06-12")


@pytest.mark.parametrize(
    "button",
    ["Listen to this article · 6 min", "Listen to the story (4:12)", "Hear this article read aloud",
     "Audio version of this article", "Read it in the app", "Écouter cet article (3 min)",
     "Artikel anhören"],
)  # fmt: skip
@pytest.mark.parametrize("standfirst", [True, False])
def test_an_audio_or_app_button_by_the_byline_is_never_the_headline(
    button: str, standfirst: bool
) -> None:
    # The button stands between the headline (and its standfirst) and the byline, nearer
    # the byline than the headline is.
    headline = "Leaders agree to resume talks after a long pause"
    summary = ["Officials from both capitals will meet next month in Geneva"] if standfirst else []
    clip = clean_text(
        page("Home", "World", headline, *summary, button, "Ana Ruiz", "March 3, 2024", *PROSE)
    )
    assert (clip.title, clip.date) == (headline, "2024-03-03")
    assert button not in clip.body


@pytest.mark.parametrize(
    "headline", ["Listen to the whales singing off the coast of Maui", "Play Station sales fall 8%"]
)
def test_a_headline_that_opens_like_an_audio_button_is_still_the_headline(headline: str) -> None:
    clip = clean_text(page("Home", "World", headline, "By Ana Ruiz", "March 3, 2024", *PROSE))
    assert clip.title == headline


@pytest.mark.parametrize(
    ("top", "headline", "title"),
    [
        # The publication's name after the headline, as the page's <title> prints it.
        (["Home", "World"], "Leaders agree to resume talks after a long pause - Example Daily",
         "Leaders agree to resume talks after a long pause"),
        (["Example Daily", "World"],
         "Mayor unveils plan to pedestrianise the old town | EXAMPLE DAILY",
         "Mayor unveils plan to pedestrianise the old town"),
        (["https://www.exampledaily.com/world/talks", "World"],
         "Leaders agree to resume talks after a long pause – ExampleDaily",
         "Leaders agree to resume talks after a long pause"),
        # The masthead's name, written shorter than in the title line.
        (["CNB", "World"], "Leaders agree to resume talks after a long pause - CNB News",
         "Leaders agree to resume talks after a long pause"),
        # A suffix that is part of the headline stays, a section's name in the menu too.
        (["Home", "Live", "Sport"], "Liverpool 2-1 Man City - live",
         "Liverpool 2-1 Man City - live"),
        (["Home", "Opinion", "World"], "Why the talks matter - Opinion",
         "Why the talks matter - Opinion"),
        (["Home", "World"], "Budget questions answered - Part 2",
         "Budget questions answered - Part 2"),
    ],
)  # fmt: skip
def test_a_title_line_loses_the_site_name_after_it(
    top: list[str], headline: str, title: str
) -> None:
    series = ["In this series", "Part 1", "Part 2", "Part 3"]
    clip = clean_text(
        page(*top, headline, "By Ana Ruiz", "March 3, 2024", *PROSE, *PARAGRAPHS, *series,
             "© 2024 Example Daily Ltd")
    )  # fmt: skip
    assert clip.title == title


def test_the_page_title_line_at_the_top_names_the_headline() -> None:
    # The dump opens with the browser's title line; under the headline, a standfirst as short
    # as the headline and without a full stop stands nearer the byline.
    headline = "Mayor bans cars downtown"
    clip = clean_text(
        page(f"{headline} | Example Daily", "Example Daily", "Home", "Local", headline,
             "Shops fear losing trade", "By Ana Ruiz",
             "March 3, 2024", *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2024-03-03")


@pytest.mark.parametrize(
    ("address", "headline", "standfirst"),
    [
        ("https://www.example.com/local/2024/03/03/mayor-bans-cars-downtown-a1234",
         "Mayor bans cars downtown", "Shops fear losing trade"),
        ("URL: https://www.example.com.br/mercado/2024/06/desemprego-cai-para-69-no-trimestre"
         "-diz-ibge.shtml", "Desemprego cai para 6,9% no trimestre, diz IBGE",
         "Taxa é a menor desde 2014 para o período"),
    ],
)  # fmt: skip
def test_the_address_slug_names_the_headline(address: str, headline: str, standfirst: str) -> None:
    # A standfirst as short as the headline, without a full stop, stands nearer the byline;
    # the article's address spells the headline.
    clip = clean_text(
        page(address, "Home", "Local", headline, standfirst, "By Ana Ruiz", "March 3, 2024",
             *PROSE)
    )  # fmt: skip
    assert clip.title == headline


def test_an_address_in_a_line_of_text_names_no_headline() -> None:
    # A related story's address in a line of text: its slug spells that story's headline.
    related = "Officials meet in Geneva for second round"
    clip = clean_text(
        page("Home", "World", related,
             "Our report from the first round: https://example.com/world/officials-meet-in-"
             "geneva-for-second-round",
             "Leaders agree to resume talks after a long pause", "By Ana Ruiz", "March 3, 2024",
             *PROSE)
    )  # fmt: skip
    assert clip.title == "Leaders agree to resume talks after a long pause"


@pytest.mark.parametrize(
    "headline",
    ["Leaders agree to resume talks; doubts remain",
     "Leaders agree to resume talks; doubts remain over the islands"],
)  # fmt: skip
def test_an_old_articles_label_is_not_the_headline_over_it(headline: str) -> None:
    # The headline holds a semicolon, as a standfirst may, under the age label.
    clip = clean_text(
        page("Home", "World", "This article is more than 1 year old", headline, "Ana Ruiz",
             "Sun 3 Mar 2024 17.32 GMT", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


@pytest.mark.parametrize(
    "label", ["This was published 3 months ago", "This story was first published 2 years ago"]
)
def test_a_label_saying_when_the_article_was_published_is_not_its_headline(label: str) -> None:
    headline = "Light rail extension shelved as costs blow out"
    clip = clean_text(
        page("Home", "NSW", "Transport", label, headline, "By Lucy Carmody and Tom Rabe",
             "Updated March 14, 2024 — 6.36pm, first published at 5.15pm", "Save", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


@pytest.mark.parametrize(
    "stamp", ["Sat, Aug 23 · 11:52 AM", "Aug 23, 11:52 AM ET", "Sat 23 Aug 11.52 BST"]
)
def test_a_stamp_without_its_year_is_never_the_headline(stamp: str) -> None:
    headline = "Leaders agree to resume talks after a long pause"
    clip = clean_text(page("Home", "World", headline, stamp, *PROSE, *PARAGRAPHS,
                           "Updated Aug 24, 2024 at 9:10 AM"))  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2024-08-23")
    assert stamp not in clip.body


def test_a_first_paragraph_is_not_the_headline_of_the_sentence_under_it() -> None:
    # The first paragraph (two sentences, no full stop at its end) stands right under the
    # dateline; the next line, a sentence with its full stop, is no standfirst of it.
    headline = "Brazilian band brings its musical games to schools"
    opening = (
        "Never heard the band from Belo Horizonte before? Watch a short clip of their songs "
        "right here!"
    )
    clip = clean_text(
        page("Home", "Music", headline, "Ana Ruiz 27/09/2018 Comment! Music, Brazil", opening,
             "Carlos: I am here with Eugenio, an old friend of the blog and its readers.",
             *PROSE)
    )  # fmt: skip
    assert clip.title == headline
    assert clip.body.startswith(opening)


@pytest.mark.parametrize(
    "header",
    [
        # A reading time between the standfirst and the byline.
        ["The meeting in Geneva was the first in almost three years", "7 min", "Gift Article",
         "Share", "By Ana Ruiz", "March 3, 2024 at 5:32 p.m. EST"],
        # A reading time between the byline and the date, and one over the text.
        ["Reported by Ana Ruiz", "Read Time: 3 mins", "Updated: March 03, 2024 5:32 pm IST"],
        ["Ana Ruiz 03/03/2024 Comment! Politics, World", "•", "Reading time: 2 min"],
        ["Ana Ruiz", "Mar 3, 2024", "Tempo de leitura: 1 minuto"],
    ],
)  # fmt: skip
def test_a_reading_time_is_never_the_headline(header: list[str]) -> None:
    headline = "Leaders agree to resume talks after a long pause"
    clip = clean_text(page("Home", "World", headline, *header, *PROSE))
    assert (clip.title, clip.date) == (headline, "2024-03-03")


@pytest.mark.parametrize("masthead", ["The Times of Israel", "The Herald of Scotland"])
def test_a_masthead_over_the_headline_is_not_the_headline(masthead: str) -> None:
    # The masthead stands within reach of the dateline; the headline under it reads, to a
    # line in title case, like its standfirst.
    headline = "Leaders agree to resume talks after a long pause"
    clip = clean_text(
        page(masthead, "News", headline, "Staff Writer / Updated: Mar 3, 2024, 17:32", "Share",
             *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2024-03-03")


@pytest.mark.parametrize("byline", ["ANA RUIZ, Nikkei staff writer", "Ana Ruiz, Senior Editor"])
def test_a_writers_name_with_a_role_is_never_the_headline(byline: str) -> None:
    headline = "Leaders agree to resume talks after a long pause"
    clip = clean_text(
        page("Home", "Politics", headline, byline, "March 3, 2024 17:32 JST", "Share", *PROSE)
    )
    assert clip.title == headline


def test_a_reading_time_over_the_headline_stamps_no_line_above_it() -> None:
    # The site prints the reading time over the headline: the breadcrumb over it is no
    # headline of a header the reading time would close.
    headline = "Leaders agree to resume talks after a long pause in Geneva, to everyone's relief!"
    clip = clean_text(
        page("Home Rest of World", "5-minute read", headline, "Old foes, new hopes.",
             "By Ana Ruiz March 3, 2024 7:18 pm", "Share", *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2024-03-03")


@pytest.mark.parametrize(
    "under",
    [
        # Medium: the writer, a follow button, the reading time and the date.
        ["Ana Ruiz", "Follow", "5 min read", "·", "Mar 3, 2024", "Listen", "Share"],
        # Substack: the writer and the date.
        ["Ana Ruiz", "Mar 03, 2024", "∙ Paid", "12", "Share"],
    ],
)  # fmt: skip
def test_a_headline_over_a_shorter_subtitle_and_its_writer_is_the_title(under: list[str]) -> None:
    headline = "Leaders agree to resume talks after a long pause"
    clip = clean_text(
        page("Sign in", "Subscribe", headline, "What the Geneva meeting means for trade", *under,
             *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2024-03-03")


def test_another_storys_teaser_over_a_shorter_headline_is_not_the_title() -> None:
    # The same shape, but the line above speaks of nothing the article's opening does.
    headline = "Leaders agree to resume talks after pause"
    clip = clean_text(
        page("Home", "World", "Storm hits the coast as thousands lose power across the region",
             headline, "Ana Ruiz", "March 3, 2024", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


TREES = "City to plant 20,000 trees to cool its hottest streets by 2030"


@pytest.mark.parametrize("label", ["Most read", "Flash actu", "Latest"])
def test_a_headline_over_a_standfirst_as_long_as_a_paragraph_and_its_byline_is_the_title(
    label: str,
) -> None:
    standfirst = (
        "The council wants to raise the share of the city shaded by trees from 18 to 25 per "
        "cent by the end of the decade, starting with the districts that suffered most in "
        "last summer's heatwave."
    )
    teasers = [
        "Rail strike called off after last-minute deal on pay",
        "Inflation falls for the third month in a row",
    ]
    header = [label, *teasers, "Environment", TREES, standfirst, "By Claire Dubois"]
    clip = clean_text(page("Home", "World", *header, "March 5, 2024", *PROSE))
    assert (clip.title, clip.author, clip.date) == (TREES, "Claire Dubois", "2024-03-05")


@pytest.mark.parametrize("ticker", ["Breaking News", "Ultim'ora", "Dernière minute"])
def test_a_headline_under_a_tickers_headlines_over_a_long_standfirst_is_the_title(
    ticker: str,
) -> None:
    headline = "Venice entry fee returns in 2024: the dates and who is exempt"
    standfirst = (
        "The €5 charge for day-trippers will apply on 29 days between April and July, mostly "
        'at weekends. The mayor: "An experiment unique in the world"'
    )
    items = ["Government calls confidence vote in the Senate", "Red alert extended in Tuscany"]
    header = [ticker, *items, "News", headline, standfirst, "By Marco Ferretti"]
    clip = clean_text(page("Home", *header, "12 November 2023", *PROSE))
    assert (clip.title, clip.author) == (headline, "Marco Ferretti")


@pytest.mark.parametrize("ticker", ["Flash actu", "Ultim'ora", "Dernière minute"])
def test_a_tickers_item_under_its_label_is_not_the_title_over_a_longer_headline(
    ticker: str,
) -> None:
    headline = (
        "Trade talks resume after a pause of almost three years, officials in both capitals say"
    )
    clip = clean_text(
        page("Home", ticker, "Rail strike called off", headline, "March 3, 2021", *PROSE)
    )
    assert clip.title == headline


def test_a_headline_over_a_summary_of_short_sentences_without_bullets_is_the_title() -> None:
    headline = "Pensioner's 'dream garden' must go after council rules his fence is 20cm too high"
    summary = [
        "Keith Morley spent £9,000 on the oak fence around his garden",
        "Planners say it breaks the rules for the conservation area",
        "He has been given three months to cut it down or remove it",
    ]
    byline = ["By ANNA WELLS FOR MAILONLINE", "Published: 09:30 EDT, 4 June 2024"]
    text = [
        "A pensioner who spent his savings on a fence around his dream garden has been told to "
        "cut it down because it stands 20cm higher than the planning rules allow.",
        "Keith Morley, 72, put up the oak fence last spring to keep deer out of the vegetable "
        "beds he has tended for thirty years in the village of Ashby St Ledgers.",
        "But council planners say the fence breaks the rules for the conservation area and "
        "have ordered him to lower it or take it down within three months.",
    ]
    clip = clean_text(page("Home", "News", "Most read", headline, *summary, *byline, *text))
    assert (clip.title, clip.date) == (headline, "2024-06-04")


@pytest.mark.parametrize("writer", ["Ana Ruiz", "By Ana Ruiz"])
def test_a_headline_over_a_summary_and_its_writers_name_is_the_title(writer: str) -> None:
    headline = "Trade talks between the two governments will resume after a pause of three years"
    summary = [
        "Officials said the first meeting could take place next month",
        "Business groups welcomed the announcement on Friday",
    ]
    clip = clean_text(page("Home", "World", headline, *summary, writer, *PROSE))
    assert clip.title == headline


def test_a_longer_teaser_over_another_and_the_headline_is_not_the_title() -> None:
    teasers = [
        "Inflation falls for the third month in a row as food and energy prices ease again",
        "Rail strike called off after a last-minute deal on pay",
    ]
    headline = "Trade talks to resume after three years"
    clip = clean_text(page("More stories", *teasers, headline, "By Ana Ruiz", *PROSE))
    assert clip.title == headline


@pytest.mark.parametrize("width", [72, 76])
def test_a_headline_wrapped_onto_a_second_line_in_a_wrapped_dump_is_the_whole_title(
    width: int,
) -> None:
    first = "Trade talks between the two governments will resume next month after"
    rest = "a pause of three years"
    wrapped = [textwrap.fill(p, width) for p in PROSE]
    header = ["World News", f"{first}\n{rest}", "By Ana Ruiz\nStaff Writer", "March 3, 2024"]
    clip = clean_text(page("The Daily Example", *header, *wrapped))
    assert (clip.title, clip.author) == (f"{first} {rest}", "Ana Ruiz")
    assert clip.body.split("\n\n")[0] == PROSE[0]


@pytest.mark.parametrize(
    "label",
    [
        "From our correspondent in Geneva",
        "From our own correspondent",
        "De notre envoyé spécial à Genève",
        "Von unserem Korrespondenten in Genf",
        "Dal nostro inviato a Ginevra",
    ],
)
def test_where_a_story_comes_from_over_its_headline_is_not_the_title(label: str) -> None:
    headline = "Trade talks to resume after three years"
    clip = clean_text(page("World", label, headline, "By Ana Ruiz", "March 3, 2021", *PROSE))
    assert clip.title == headline


@pytest.mark.parametrize("label", ["News analysis", "Special report", "Fact check", "EXCLUSIVE"])
def test_a_storys_kind_over_its_byline_is_never_the_title(label: str) -> None:
    clip = clean_text(page("World", label, "By Ana Ruiz", "March 3, 2021", *PROSE))
    assert clip.title is None


def test_a_printed_pages_header_names_the_headline_it_prints_after_the_time() -> None:
    headline = "Trade talks to resume after three years"
    printed = f"3/5/24, 9:14 AM  {headline} - The Daily Example"
    teasers = ["Inflation falls for the third month in a row", "Rail strike called off after deal"]
    header = [printed, "The Daily Example", "Most read", *teasers, headline, "Updated 2 hours ago"]
    clip = clean_text(page(*header, *PROSE))
    assert clip.title == headline
