"""The text cleaner drops the furniture a page sets between or right after the article's
paragraphs, in the languages news is written in: an advert's label, a promoted link (its
label and its headline), the publisher's prompts; and keeps the article's own short lines."""

from __future__ import annotations

import pytest
from pages import CHINESE, PROSE, page
from translations import (
    GERMAN_BUSES_NORTH,
    PERSIAN_BUSES_NORTH,
    POLISH_BUSES_NORTH,
    RUSSIAN_BUSES_NORTH,
    TURKISH_BUSES_NORTH,
)

from clipper.clean.text import clean_text

FRENCH = [
    "Le conseil municipal a voté mardi l'extension du réseau de bus vers les banlieues du "
    "nord, mettant fin à un débat qui durait depuis plus de deux ans.",
    "Les premières lignes devraient ouvrir au printemps, selon un porte-parole de la ville, et "
    "les tarifs resteront les mêmes pendant au moins une année.",
    "Les habitants qui avaient fait campagne pour ce changement ont salué la décision, même si "
    "certains estiment que le projet ne va pas assez loin.",
]
PORTUGUESE = [
    "A câmara municipal aprovou na terça-feira a ampliação da rede de ônibus para os bairros "
    "do norte, encerrando um debate que durava mais de dois anos.",
    "As primeiras linhas devem começar a funcionar na primavera, segundo a prefeitura, e as "
    "tarifas vão continuar as mesmas por pelo menos mais um ano.",
    "Os moradores que fizeram campanha pela mudança comemoraram a decisão, embora alguns "
    "tenham dito que o plano não vai longe o suficiente.",
]
CZECH = [
    "Městské zastupitelstvo v úterý schválilo rozšíření autobusové sítě do severních "
    "předměstí a ukončilo tak debatu, která trvala déle než dva roky.",
    "První nové linky by podle mluvčího města měly vyjet na jaře a ceny jízdenek zůstanou "
    "nejméně další rok stejné.",
    "Obyvatelé, kteří za změnu bojovali, rozhodnutí uvítali, i když někteří tvrdí, že plán "
    "nejde dost daleko.",
]
HINDI = [
    "नगर परिषद ने मंगलवार को उत्तरी उपनगरों तक बस नेटवर्क के विस्तार को मंजूरी दे दी और दो "
    "साल से अधिक समय से चल रही बहस को खत्म कर दिया।",
    "नगर निगम के प्रवक्ता के अनुसार पहली नई लाइनें वसंत में शुरू होंगी और टिकट की कीमतें कम "
    "से कम एक साल तक वही रहेंगी।",
    "इस बदलाव के लिए अभियान चलाने वाले निवासियों ने फैसले का स्वागत किया, हालांकि कुछ लोगों "
    "का कहना है कि योजना काफी नहीं है।",
]
HEADLINE = "City extends its bus network to the northern suburbs"


def between(paragraphs: list[str], *furniture: str) -> str:
    """A page: the headline, then the paragraphs with the furniture lines after each but
    the last."""
    parts = [HEADLINE]
    for p in paragraphs[:-1]:
        parts += [p, *furniture]
    return page(*parts, paragraphs[-1])


@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        (PROSE, "Story continues below"),
        (PROSE, "Story continues"),
        (PROSE, "Article content"),  # repeated between every paragraph
        (PROSE, "Advertisement - Scroll to continue"),
        (GERMAN_BUSES_NORTH, "Anzeige"),
        (GERMAN_BUSES_NORTH, "WERBUNG"),
        (FRENCH, "Publicité"),
        (PORTUGUESE, "Publicidade"),
        (PORTUGUESE, "» Publicidade"),
        (PORTUGUESE, "Compartilhe"),  # share (a button), as the imperative
        (FRENCH, "Partagez"),
        (POLISH_BUSES_NORTH, "Reklama"),
        (TURKISH_BUSES_NORTH, "Reklam"),
        (RUSSIAN_BUSES_NORTH, "Реклама"),
        (list(CHINESE), "广告"),
    ],
)
def test_an_adverts_label_between_paragraphs_is_dropped(paragraphs, label):
    got = clean_text(between(paragraphs, label))
    assert got.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "promo"),
    [
        (PROSE, ["See also", "Why the northern suburbs keep on growing"]),
        (PROSE, ["Read more", "Bus drivers vote to strike over pay"]),
        (PROSE, ["Read moreBus drivers in the north vote to strike over pay"]),
        (FRENCH, ["À lire aussi", "Canicule : les villes se préparent à l'été"]),
        (FRENCH, ["À lire aussiCanicule : les villes se préparent à l'été"]),
        (GERMAN_BUSES_NORTH, ["Lesen Sie mehr zum Thema", "Neue Straßenbahn soll 2030 kommen"]),
        (PORTUGUESE, ["Leia também", "Motoristas de ônibus entram em greve"]),
        (POLISH_BUSES_NORTH, ["Zobacz też", "Kierowcy autobusów zapowiadają strajk"]),
        (TURKISH_BUSES_NORTH, ["İlgili haber", "Otobüs şoförleri greve gidiyor"]),
        (PROSE, ["Read: Bus drivers vote to strike over pay"]),
        (CZECH, ["Mohlo by vás zajímat:", "Řidiči autobusů chystají stávku"]),
        (CZECH, ["Čtěte také: Řidiči autobusů chystají stávku"]),
        (RUSSIAN_BUSES_NORTH, ["Смотрите также:", "Водители автобусов объявили забастовку"]),
        (PERSIAN_BUSES_NORTH, ["بیشتر بخوانید:", "رانندگان اتوبوس اعتصاب کردند"]),
        (HINDI, ["यह भी पढ़ें- बस चालकों ने हड़ताल की घोषणा की"]),
        (HINDI, ["ये भी पढ़ें:", "बस चालकों ने हड़ताल की घोषणा की"]),
    ],
)
def test_a_promoted_link_between_paragraphs_goes_with_its_label(paragraphs, promo):
    got = clean_text(between(paragraphs, *promo))
    assert got.body == "\n\n".join(paragraphs)


def test_a_promoted_link_glued_to_a_colon_is_neither_headline_nor_body():
    got = clean_text(
        between(POLISH_BUSES_NORTH, "Czytaj też: Kierowcy autobusów zapowiadają strajk")
    )
    assert got.title == HEADLINE
    assert got.body == "\n\n".join(POLISH_BUSES_NORTH)


@pytest.mark.parametrize(
    ("paragraphs", "prompt"),
    [
        (PROSE, "Why you can trust The Morning Courier"),
        (PROSE, "Follow The Daily Courier on WhatsApp for real-time updates and breaking news."),
        (PORTUGUESE, "Entre no canal do Jornal da Cidade no Telegram"),
        (PORTUGUESE, "📲 Participe do canal do Jornal da Cidade no WhatsApp"),
        (PORTUGUESE, "VÍDEOS: mais assistidos do Jornal da Cidade"),
        (PORTUGUESE, "Veja mais notícias da região no Jornal da Cidade"),
        (
            GERMAN_BUSES_NORTH,
            "Bestens informiert mit Tagblatt Plus – 14 Tage kostenlos zur Probe lesen",
        ),
        (FRENCH, "Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité"),
        (
            PROSE,
            "Stay informed and ahead of the curve! Follow The Daily Courier on WhatsApp for "
            "real-time updates and breaking news. Don't miss a headline – join now!",
        ),
        (PROSE, "Enjoyed this article? Share it with your friends!"),
        (
            PROSE,
            "Hear the whole interview on Morning Live from 9am weekdays - or watch again here.",
        ),
    ],
)
def test_a_publishers_prompt_between_paragraphs_is_dropped(paragraphs, prompt):
    got = clean_text(between(paragraphs, prompt))
    assert got.body == "\n\n".join(paragraphs)
    assert clean_text(page(HEADLINE, *paragraphs, prompt)).body == "\n\n".join(paragraphs)


def test_the_articles_own_short_lines_stay_beside_the_labels():
    # A subheading after a label's promoted headline, a one-line quote.
    text = page(
        HEADLINE,
        PROSE[0],
        "Read more",
        "Bus drivers vote to strike over pay",
        PROSE[1],
        "A long road ahead for the suburbs",
        PROSE[2],
        "“We will be watching closely.”",
        PROSE[3],
    )
    body = clean_text(text).body.split("\n\n")
    assert "Bus drivers vote to strike over pay" not in body
    assert "A long road ahead for the suburbs" in body
    assert "“We will be watching closely.”" in body


def test_a_line_opening_with_a_labels_words_is_the_articles():
    text = between(PROSE, "Read more about the plan, and the vote, in the council's own report.")
    assert "Read more about the plan" in clean_text(text).body


@pytest.mark.parametrize("wish", ["Happy riding!", "Love it."])
def test_a_short_sentence_with_a_reaction_buttons_word_is_the_articles(wish):
    # "Happy" and "Love" label reaction buttons too, but those end no sentence.
    at_end = clean_text(page(HEADLINE, *PROSE, wish)).body.split("\n\n")
    inside = clean_text(page(HEADLINE, *PROSE[:2], wish, *PROSE[2:])).body.split("\n\n")
    assert at_end == [*PROSE, wish]
    assert inside == [*PROSE[:2], wish, *PROSE[2:]]


def test_a_reaction_bar_stays_out():
    got = clean_text(page(HEADLINE, *PROSE[:2], "Like", "Happy 3", *PROSE[2:]))
    assert got.body == "\n\n".join(PROSE)


SITE_BLURB = (
    "The Valley Courier is an independent newspaper that has served the valley since 1921, "
    "and our reporters cover the council, the courts and the schools every day of the week."
)


@pytest.mark.parametrize(
    "tags",
    [
        ["Filed Under:", "Congress,", "Elections,", "Public transport"],
        ["Filed Under: Congress, Elections, Public transport"],
        ["Schlagwörter: Verkehr, Stadtrat"],
    ],
)
def test_the_articles_tags_and_their_label_are_dropped(tags):
    got = clean_text(page(HEADLINE, *PROSE, *tags, SITE_BLURB))
    for line in tags:
        assert line not in got.body.split("\n\n")
    assert got.body.startswith("\n\n".join(PROSE))


# The site's note on itself, under the article, in its language.
BLURBS = {
    "de": "Die Zeitung berichtet seit mehr als siebzig Jahren über die Stadt und die Region, "
    "und unsere Redaktion ist jeden Tag für Sie da, wenn etwas passiert.",
    "pt": "O jornal cobre a cidade e a região há mais de setenta anos, e a nossa redação está "
    "com você todos os dias, quando algo acontece.",
    "en": SITE_BLURB,
}


@pytest.mark.parametrize(
    ("paragraphs", "credits", "blurb"),
    [
        (
            GERMAN_BUSES_NORTH,
            ["Quelle: SZ", "Copyright: Rheinische Zeitung Digitale Medien GmbH"],
            "de",
        ),
        (
            GERMAN_BUSES_NORTH,
            ["Quelle: SZ\nCopyright: Rheinische Zeitung Digitale Medien GmbH"],
            "de",
        ),
        (PORTUGUESE, ["Fonte: Agência Brasil"], "pt"),
        (PROSE, ["Copyright 2024 The Valley Courier"], "en"),
    ],
)
def test_a_source_credit_and_copyright_under_the_article_are_dropped(paragraphs, credits, blurb):
    got = clean_text(page(HEADLINE, *paragraphs, *credits, BLURBS[blurb]))
    assert got.body.startswith("\n\n".join(paragraphs))
    for line in "\n".join(credits).splitlines():
        assert line not in got.body


def test_a_source_credit_between_paragraphs_is_dropped():
    got = clean_text(
        page(HEADLINE, *GERMAN_BUSES_NORTH[:2], "(Quelle: dpa)", GERMAN_BUSES_NORTH[2])
    )
    assert got.body == "\n\n".join(GERMAN_BUSES_NORTH)


@pytest.mark.parametrize(
    ("paragraphs", "notice"),
    [
        (PROSE, "Article continues below this ad"),
        (PROSE, "Continue reading the main story"),
        (GERMAN_BUSES_NORTH, "Weiterlesen nach der Anzeige"),
        (FRENCH, "La suite après cette publicité"),
        (PORTUGUESE, "Publicidade - continue a ler a seguir"),
        (POLISH_BUSES_NORTH, "Dalsza część artykułu pod materiałem wideo"),
    ],
)
def test_a_notice_that_the_article_goes_on_after_an_advert_is_dropped(paragraphs, notice):
    got = clean_text(between(paragraphs, notice))
    assert got.body == "\n\n".join(paragraphs)


def test_a_sentence_saying_what_follows_is_the_articles():
    line = "The story continues below a photo of the mayor, who called the vote historic."
    assert line in clean_text(between(PROSE, line)).body


@pytest.mark.parametrize(
    ("paragraphs", "promo"),
    [
        (PROSE, ["Read more:", "• Bus drivers vote to strike over pay", "• Mayor promises a tram"]),
        (PROSE, ["Read more:\nBus drivers vote to strike over pay\nMayor promises a tram line"]),
        (PORTUGUESE, ["Leia também:", "- Motoristas entram em greve", "- Prefeito promete metrô"]),
    ],
)
def test_a_labels_list_of_promoted_links_goes_with_it(paragraphs, promo):
    got = clean_text(page(HEADLINE, paragraphs[0], *promo, *paragraphs[1:]))
    assert got.body == "\n\n".join(paragraphs)


def test_a_labels_second_headline_as_long_as_its_first_goes_with_it():
    # Two other stories' headlines under "Read more", a paragraph each, the article going on
    # under them: the second is as long as the first, as a subheading never is.
    promo = [
        "Read more",
        "Ancient shipwreck off Turkey yields 'world's oldest' glass cargo",
        "Greek divers recover bronze statue from Antikythera wreck",
    ]
    got = clean_text(page(HEADLINE, PROSE[0], PROSE[1], *promo, *PROSE[2:]))
    assert got.body == "\n\n".join(PROSE)


def test_a_subheading_after_a_promoted_link_is_the_articles():
    subheading = "A long road ahead for the suburbs"
    got = clean_text(
        page(HEADLINE, PROSE[0], "Read more", "Bus drivers vote", subheading, *PROSE[1:])
    )
    assert got.body == "\n\n".join([PROSE[0], subheading, *PROSE[1:]])


@pytest.mark.parametrize(
    ("paragraphs", "prompt"),
    [
        (PORTUGUESE, "Siga o Jornal da Cidade no Instagram"),
        (PORTUGUESE, "Receba as notícias do Jornal da Cidade no WhatsApp"),
        (PROSE, "Get the latest headlines on WhatsApp"),
        (PORTUGUESE, "VÍDEOS: veja tudo sobre a região"),
        (GERMAN_BUSES_NORTH, "Jetzt testen Sie Tagblatt Plus einen Monat kostenlos"),
    ],
)
def test_a_prompt_to_follow_or_try_the_publisher_is_dropped(paragraphs, prompt):
    got = clean_text(between(paragraphs, prompt))
    assert got.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Misinformation spread on WhatsApp groups, and officials said they would get it to act.",
        "Follow-up talks are planned on Telegram and in person, the organisers said on Friday.",
    ],
)
def test_a_sentence_about_a_messenger_is_the_articles(line):
    assert line in clean_text(between(PROSE, line)).body


ARABIC = [
    "وافق المجلس البلدي يوم الثلاثاء على توسيع شبكة الحافلات إلى الضواحي الشمالية، منهيا بذلك "
    "نقاشا استمر أكثر من عامين في المدينة.",
    "وقال متحدث باسم البلدية إن الخطوط الجديدة الأولى ستفتح في فصل الربيع، وإن أسعار التذاكر "
    "ستبقى كما هي لمدة عام آخر على الأقل.",
    "ورحب السكان الذين قاموا بحملة من أجل هذا التغيير بالقرار، رغم أن بعضهم قال إن الخطة لا "
    "تذهب بعيدا بما يكفي.",
]


@pytest.mark.parametrize(
    ("paragraphs", "promo"),
    [
        (list(CHINESE), ["相关阅读", "北京地铁新线路年底开通"]),
        (list(CHINESE), ["【延伸阅读】北京地铁新线路年底开通"]),
        (ARABIC, ["اقرأ أيضا", "سائقو الحافلات يضربون عن العمل"]),
        (ARABIC, ["اقرأ أيضا: سائقو الحافلات يضربون عن العمل"]),
    ],
)
def test_a_promoted_link_in_a_script_without_capitals_goes_with_its_label(paragraphs, promo):
    got = clean_text(between(paragraphs, *promo))
    assert got.body == "\n\n".join(paragraphs)


def test_a_paragraph_under_a_label_in_chinese_is_the_articles():
    got = clean_text(between(list(CHINESE), "相关阅读", "北京地铁新线路年底开通"))
    assert got.body == "\n\n".join(CHINESE)
    text = page(HEADLINE, CHINESE[0], "相关阅读", *CHINESE[1:])
    assert clean_text(text).body == "\n\n".join(CHINESE)


@pytest.mark.parametrize(
    ("paragraphs", "message"),
    [
        (PROSE, "Your browser does not support the audio element."),
        (PROSE, "Your browser does not support the video tag."),
        (PROSE, "This video can not be played"),
        (PROSE, "Video Player is loading."),
        (PROSE, "Play Video"),
        (PROSE, "Media playback is unsupported on your device"),
        (GERMAN_BUSES_NORTH, "Ihr Browser unterstützt kein HTML5-Video."),
        (FRENCH, "Votre navigateur ne supporte pas la lecture de vidéos."),
        (PROSE, "Listen to this article • 4 min"),
        (GERMAN_BUSES_NORTH, "Artikel anhören"),
        (PROSE, "Mute\nCurrent Time 0:00\nDuration 3:12\nLoaded: 0%\nPlayback Rate\nFullscreen"),
    ],
)
def test_a_media_players_message_is_never_the_articles(paragraphs, message):
    # Over the first paragraph, between paragraphs, and under the last.
    got = clean_text(page(HEADLINE, message, *paragraphs[:2], message, *paragraphs[2:], message))
    assert got.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Your browser does not support the new standard yet, the company warned its users.",
        "Listen to the story of the bridge, told by the men who built it.",
        "Mute swans nest on the river",
    ],
)
def test_a_sentence_about_a_browser_or_listening_is_the_articles(line):
    assert line in clean_text(between(PROSE, line)).body


def test_a_label_naming_the_site_goes_with_its_headlines():
    promo = "Read more from The Valley Courier:\nBus drivers vote to strike\nIs the tram worth it?"
    got = clean_text(page(HEADLINE, PROSE[0], promo, *PROSE[1:]))
    assert got.body == "\n\n".join(PROSE)


def test_a_labels_headlines_one_a_paragraph_at_the_articles_end_go_with_it():
    text = page(
        HEADLINE,
        *PROSE,
        "Read More",
        "Pat Byrne: The bus network is the issue that will decide the next election",
        "Commuters: Where can you still rent a home near a tram stop?",
        "Sign up for our newsletter and have the best news delivered to your inbox",
    )
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_a_video_player_between_paragraphs_neither_stays_nor_cuts_the_article():
    player = [
        "Video Player is loading.",
        "Play Video",
        "Mute",
        "Current Time 0:00",
        "Duration 3:12",
        "Loaded: 0%",
        "Stream Type LIVE",
        "Remaining Time -0:00",
        "Playback Rate",
        "Fullscreen",
    ]
    got = clean_text(page(HEADLINE, *PROSE[:2], *player, *PROSE[2:]))
    assert got.body == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    ("paragraphs", "above", "credit"),
    [
        (
            PROSE,
            "View this post on Instagram",
            "A post shared by Northside Buses (@northside.buses)",
        ),
        (
            FRENCH,
            "Voir cette publication sur Instagram",
            "Une publication partagée par Bus du Nord (@busdunord)",
        ),
        (
            PORTUGUESE,
            "Ver essa foto no Instagram",
            "Uma publicação compartilhada por Ônibus do Norte (@onibusdonorte)",
        ),
    ],
)
def test_an_embedded_posts_frame_is_dropped_and_its_words_kept(paragraphs, above, credit):
    # The post's own words are quoted by the article; what the embed prints around them goes.
    post = "New routes to the north start in spring! 🚌"
    text = page(HEADLINE, paragraphs[0], above, post, credit, *paragraphs[1:])
    body = clean_text(text).body
    assert body == "\n\n".join([paragraphs[0], post, *paragraphs[1:]])


def test_a_sentence_about_a_post_shared_on_instagram_is_the_articles():
    line = "A post shared by the mayor on Instagram drew more than 3,000 comments by Friday."
    assert line in clean_text(between(PROSE, line)).body


@pytest.mark.parametrize(
    ("paragraphs", "box"),
    [
        (
            FRENCH,
            [
                "Newsletter Bretagne",
                "Chaque matin, recevez l’essentiel de l’actualité de votre région.",
                "Votre adresse e-mail",
                "Je m’inscris",
            ],
        ),
        (
            PROSE,
            [
                "Get our local newsletter, delivered free each Thursday",
                "Your information is being handled in accordance with our Privacy Statement.",
                "Email address",
                "Subscribe",
            ],
        ),
        (
            GERMAN_BUSES_NORTH,
            [
                "Newsletter abonnieren",
                "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.",
                "Ihre E-Mail-Adresse",
                "Anmelden",
            ],
        ),
    ],
)
@pytest.mark.parametrize("where", ["between", "after"])
def test_a_newsletters_sign_up_box_is_dropped_whole(paragraphs, box, where):
    # The sentence on what it sends reads as text: the box is told by its e-mail field.
    if where == "between":
        text = page(HEADLINE, *paragraphs[:2], *box, *paragraphs[2:])
    else:
        text = page(HEADLINE, *paragraphs, *box, "© 2025 The Courier")
    assert clean_text(text).body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "poll"),
    [
        (
            CZECH,
            ["Anketa", "Pojedete novým autobusem?", "Ano, určitě", "Možná", "Ne", "Hlasovat"],
        ),
        (
            PROSE,
            ["Poll", "Will you use the new bus routes?", "Yes", "No", "Not sure", "Vote"],
        ),
        (
            GERMAN_BUSES_NORTH,
            ["Umfrage", "Fahren Sie mit den neuen Linien?", "Ja", "Nein", "Abstimmen"],
        ),
    ],
)
def test_a_reader_poll_in_the_article_is_dropped(paragraphs, poll):
    text = page(HEADLINE, *paragraphs[:2], *poll, *paragraphs[2:])
    assert clean_text(text).body == "\n\n".join(paragraphs)


def test_a_subheading_named_poll_is_the_articles():
    # No answers and no button under it: a section of the article.
    text = page(HEADLINE, *PROSE[:2], "Poll", *PROSE[2:])
    assert clean_text(text).body == "\n\n".join([*PROSE[:2], "Poll", *PROSE[2:]])
