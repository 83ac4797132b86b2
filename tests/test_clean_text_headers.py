"""The plain-text cleaner picking an article's own headline and date out of the lines around
its start, on page shapes from many sites: captions, standfirsts, kickers, tickers, bylines
and date stamps in other languages and formats.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest

from clipper.clean.text import clean_text

PROSE = [
    "The two governments said on Friday that they would resume talks on trade and security "
    "after a pause of almost three years, according to officials in both capitals.",
    "Officials said the first meeting could take place next month, although no date has been "
    "set and both sides warned that many difficult issues remain between them.",
    "Analysts said the move was a sign that relations, which had been strained by a dispute over "
    "a group of islands, were slowly improving as both leaders faced pressure at home.",
    "Business groups in both countries welcomed the announcement and said that closer ties "
    "would help companies that depend on trade between the two large economies.",
]
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


def page(*parts: str) -> str:
    return "\n\n".join(parts)


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
