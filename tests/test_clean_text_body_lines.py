"""The text cleaner keeps every line of the article and drops the furniture a page sets
between its paragraphs: a short list inside the article stays whatever its script (Hindi's
and Arabic's words have no capitals to tell them from headlines by)."""

from __future__ import annotations

import pytest
from pages import CHINESE, PROSE, page
from test_clean_text_related_links import ARABIC, HEADLINE, HINDI, SERBIAN, UKRAINIAN
from translations import POLISH_BUSES_NORTH

from clipper.clean.text import clean_text


def one_block(*lines: str) -> str:
    """Lines a dump holds with no blank line between them, as a copy-paste of some sites."""
    return "\n".join(lines)


GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz bis in die nördlichen Vororte zu "
    "erweitern, und damit einen Streit beendet, der mehr als zwei Jahre gedauert hatte.",
    "Die ersten neuen Linien sollen im Frühjahr fahren, sagte ein Sprecher der Stadt, und die "
    "Preise der Fahrkarten bleiben mindestens ein weiteres Jahr gleich.",
    "Anwohner, die sich für die Änderung eingesetzt hatten, begrüßten die Entscheidung, auch "
    "wenn einige sagen, der Plan gehe für die entlegenen Viertel nicht weit genug.",
]


@pytest.mark.parametrize(
    ("paragraphs", "notice"),
    [
        (PROSE, "This advertisement has not loaded yet, but your article continues below."),
        (PROSE, "Advertisement - Continue reading below"),
        (GERMAN, "Anzeige – Weiterlesen unten"),
        (SERBIAN, "Наставак текста испод огласа"),
        (POLISH_BUSES_NORTH, "Reszta artykułu pod reklamą"),
        (UKRAINIAN, "Продовження статті нижче"),
        (ARABIC, "تابع القراءة أسفل الإعلان"),
    ],
)
def test_a_notice_that_the_article_goes_on_below_the_advert_is_dropped(paragraphs, notice):
    ads = page(HEADLINE, paragraphs[0], "Advertisement 1", notice, *paragraphs[1:])
    assert clean_text(ads).body == "\n\n".join(paragraphs)
    # (Some dumps keep no blank line between the article's lines.)
    inline = page(HEADLINE, one_block(paragraphs[0], notice, *paragraphs[1:]))
    assert clean_text(inline).body == "\n\n".join(paragraphs)


def test_a_paragraph_saying_a_story_continues_stays():
    line = "The story continues to unfold in the capital, where police say more arrests may follow."
    got = clean_text(page(HEADLINE, PROSE[0], line, *PROSE[1:]))
    assert line in got.body.split("\n\n")


def test_a_list_of_readings_inside_a_hindi_article_stays():
    readings = [
        "कहां कितना AQI",
        "आनंद विहार: 487",
        "जहांगीरपुरी: 479",
        "वजीरपुर: 476",
        "नोएडा सेक्टर 62: 441",
    ]
    got = clean_text(page(HEADLINE, one_block(*HINDI[:2], *readings, *HINDI[2:])))
    assert got.body.split("\n\n") == [*HINDI[:2], *readings, *HINDI[2:]]


def test_a_list_of_prices_inside_an_arabic_article_stays():
    prices = ["أسعار التذاكر في المدن", "القاهرة: 35 جنيها", "الجيزة: 30 جنيها", "طنطا: 25 جنيها"]
    got = clean_text(page(HEADLINE, one_block(*ARABIC[:2], *prices, ARABIC[2])))
    assert got.body.split("\n\n") == [*ARABIC[:2], *prices, ARABIC[2]]


CONSENT = (
    "We use your sign-up to provide content in ways you've consented to and to improve our "
    "understanding of you. This may include adverts from us and 3rd parties based on our "
    "understanding. You can unsubscribe at any time. More info"
)


@pytest.mark.parametrize(
    ("paragraphs", "box"),
    [
        (PROSE, ["Get the latest news sent straight to your inbox. Sign up here.", CONSENT]),
        (
            GERMAN,
            [
                "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Sie können "
                "sich jederzeit wieder abmelden, der Versand erfolgt werktags am Morgen."
            ],
        ),
        (list(CHINESE), ["★新聞網提醒您：天氣變化大，請注意保暖，外出時留意交通安全。"]),
    ],
)
def test_a_boxs_note_to_the_reader_between_paragraphs_is_dropped(paragraphs, box):
    got = clean_text(page(HEADLINE, *paragraphs[:2], *box, *paragraphs[2:]))
    assert got.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        '"If you have seen him, write to us or call," his sister said at the vigil on Sunday.',
        "Customers can unsubscribe at any time, the company said, and most of them never do so.",
        "You may also like the new night buses, which will run every half hour from March.",
        "You might also like to know that the fares will stay the same for at least a year.",
    ],
)
def test_an_article_sentence_on_signing_up_or_writing_in_stays(line):
    got = clean_text(page(HEADLINE, *PROSE[:2], line, *PROSE[2:]))
    assert line in got.body.split("\n\n")


def test_the_editors_invitation_to_write_in_under_the_article_is_dropped():
    invitation = [
        "Masz ciekawy temat? Napisz do nas list!",
        "Chętnie poznamy Twoją opinię, historię lub przemyślenia. Wyślij do nas list na adres: "
        "listy@example.pl",
    ]
    got = clean_text(page(HEADLINE, *POLISH_BUSES_NORTH, *invitation, "© 2025 Example Media"))
    assert got.body == "\n\n".join(POLISH_BUSES_NORTH)


def test_a_you_may_also_like_box_still_goes():
    box = ["You may also like", "Bus drivers vote to strike over pay", "Fares to rise in May"]
    got = clean_text(page(HEADLINE, *PROSE, *box, "© 2025 Example Media"))
    assert got.body == "\n\n".join(PROSE)


# Articles in languages without a stopword list: Tagalog's and Hausa's short words ("na",
# "sa", "da") are Croatian stopwords too, and Amharic ends its sentences with "።".
TAGALOG = [
    "Inanunsyo ng pamahalaan nitong Martes ang plano nitong palawakin ang network ng mga bus sa "
    "Kamaynilaan upang mabawasan ang matinding trapiko sa mga pangunahing kalsada.",
    "Ayon sa kalihim ng transportasyon, magsisimula ang unang bahagi ng proyekto sa susunod na "
    "buwan at aabot ang gastos nito sa mahigit sampung bilyong piso.",
    "Ikinatuwa naman ng mga residente sa mga karatig na lungsod ang desisyon, dahil mas madali "
    "na raw silang makakarating sa kanilang trabaho araw-araw.",
    "Gayunman, nagbabala ang ilang eksperto na maaaring maantala ang proyekto dahil sa "
    "kakulangan ng pondo at mga problema sa pagbili ng lupa.",
]
HAUSA = [
    "Gwamnatin jihar Kano ta sanar da wani sabon shiri na fadada hanyoyin motocin bas a cikin "
    "birnin domin rage cunkoson ababen hawa a manyan tituna.",
    "Kwamishinan sufuri ya ce kashin farko na aikin zai fara ne a wata mai zuwa, kuma zai ci "
    "sama da naira biliyan goma sha biyar.",
    "Mazauna unguwannin da ke wajen birnin sun yaba da matakin, suna cewa yanzu za su samu "
    "saukin zuwa wuraren aikinsu kowace rana.",
    "Sai dai wasu masana sun yi gargadin cewa aikin na iya jinkirta saboda matsalolin kudi da "
    "kuma sayen filaye a wasu wurare.",
]
AMHARIC = [
    "የኢትዮጵያ መንግሥት በአዲስ አበባ ከተማ የትራፊክ መጨናነቅን ለመቀነስ የፈጣን አውቶቡስ መስመሮችን ለማስፋፋት አዲስ ዕቅድ ማውጣቱን አስታውቋል።",
    "የትራንስፖርት ሚኒስትሩ እንደተናገሩት የፕሮጀክቱ የመጀመሪያ ምዕራፍ በሚቀጥለው ወር የሚጀመር ሲሆን ከሁለት ቢሊዮን ብር በላይ ወጪ ይጠይቃል።",
    "በከተማዋ ዳርቻ የሚኖሩ ነዋሪዎች ውሳኔውን በደስታ ተቀብለው በየቀኑ ወደ ሥራ ለመሄድ ቀላል እንደሚሆንላቸው ተናግረዋል።",
]


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        ("Pamahalaan, maglalagay ng bagong ruta ng bus sa Maynila", TAGALOG),
        ("Gwamnati ta sanar da sabon shirin motocin bas a Kano", HAUSA),
        ("መንግሥት በአዲስ አበባ አዲስ የአውቶቡስ መስመሮችን ሊከፍት ነው", AMHARIC),
    ],
)
def test_an_article_in_a_language_without_a_stoplist_is_kept_whole(headline, paragraphs):
    dump = page("Labarai\nWasanni", headline, one_block(*paragraphs), "© 2025 Example Media")
    assert clean_text(dump).body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "box"),
    [
        (
            PROSE,
            [
                "Quick Read",
                "Summary is AI-generated, newsroom-reviewed",
                "The two countries will resume talks on trade and security.",
                "A first meeting could take place next month.",
            ],
        ),
        (
            GERMAN,
            [
                "Zusammenfassung",
                "Von KI erstellt, von der Redaktion geprüft",
                "Das Busnetz wird bis in die nördlichen Vororte erweitert.",
                "Die Preise bleiben ein Jahr lang gleich.",
            ],
        ),
    ],
)
def test_a_machine_written_summary_box_over_the_article_is_dropped(paragraphs, box):
    got = clean_text(page(HEADLINE, *box, *paragraphs))
    assert got.body == "\n\n".join(paragraphs)


def test_a_prompt_to_follow_the_latest_news_on_the_site_is_dropped():
    prompt = (
        "Track Latest News Live on Example.com and get news updates from India and around the world"
    )
    got = clean_text(page(HEADLINE, *PROSE, prompt, "Follow us:", "© 2025 Example Media"))
    assert got.body == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    ("paragraphs", "rules"),
    [
        (
            PROSE,
            "Example Media encourages reader discussion on our stories. User feedback, insights "
            "and back-and-forth exchanges add a rich layer of context to reporting. Please review "
            "our Community Guidelines before commenting.",
        ),
        (
            GERMAN,
            "Liebe Leserinnen und Leser, die Kommentarfunktion ist geschlossen. Wir danken für "
            "Ihre Beiträge.",
        ),
    ],
)
def test_a_comment_sections_rules_under_the_article_are_dropped(paragraphs, rules):
    tail = ["Comment Guidelines", rules, "Sign in to comment", "© 2025 Example Media"]
    got = clean_text(page(HEADLINE, *paragraphs, *tail))
    assert got.body == "\n\n".join(paragraphs)


def test_an_adverts_hide_button_between_paragraphs_is_dropped():
    got = clean_text(page(HEADLINE, *PROSE[:2], "Advertisement", "Hide Ad", *PROSE[2:]))
    assert got.body == "\n\n".join(PROSE)
