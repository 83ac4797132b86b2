"""The text cleaner drops the furniture a page sets inside or right under the article in the
languages news is written in (an advert's label, a gallery's or share bar's button, a
read-also box, the publisher's prompts, a breadcrumb, the writer's name with their role), and
keeps the article's closing lines: an agency's mark ("© dpa") and who contributed."""

from __future__ import annotations

import textwrap

import pytest
from pages import HINDI, PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "City extends its bus network to the northern suburbs"
GREEK = [
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την επέκταση του δικτύου λεωφορείων στα βόρεια "
    "προάστια, βάζοντας τέλος σε μια συζήτηση που κράτησε περισσότερο από δύο χρόνια.",
    "Οι πρώτες νέες γραμμές θα λειτουργήσουν την άνοιξη, σύμφωνα με τον εκπρόσωπο του δήμου, "
    "και οι τιμές των εισιτηρίων θα μείνουν ίδιες για τουλάχιστον έναν ακόμη χρόνο.",
    "Οι κάτοικοι που είχαν αγωνιστεί για την αλλαγή χαιρέτισαν την απόφαση, αν και ορισμένοι "
    "λένε ότι το σχέδιο δεν φτάνει αρκετά μακριά.",
]
THAI = [
    "สภากรุงเทพมหานครมีมติเมื่อวันอังคารให้ขยายเส้นทางรถโดยสารประจำทางไปยังชานเมืองด้านเหนือ "
    "หลังจากที่มีการถกเถียงกันมานานกว่าสองปี โดยสมาชิกส่วนใหญ่ลงมติเห็นชอบกับแผนดังกล่าว",
    "โฆษกของกรุงเทพมหานครกล่าวว่า เส้นทางใหม่ชุดแรกจะเริ่มให้บริการในช่วงฤดูร้อนปีหน้า "
    "และค่าโดยสารจะยังคงเท่าเดิมไปอีกอย่างน้อยหนึ่งปี เพื่อไม่ให้เป็นภาระแก่ประชาชน "
    "ที่ต้องเดินทางเข้าเมืองทุกวัน ทั้งนี้ กรุงเทพมหานครจะจัดรถเพิ่มในชั่วโมงเร่งด่วนด้วย",
    "ชาวบ้านที่รณรงค์เรียกร้องให้มีการเปลี่ยนแปลงต่างยินดีกับการตัดสินใจครั้งนี้ "
    "แม้ว่าบางส่วนจะมองว่าแผนนี้ยังไม่ครอบคลุมพื้นที่รอบนอกมากพอ และขอให้เพิ่มเส้นทางอีก",
]
TURKISH = [
    "Belediye meclisi salı günü otobüs ağının kuzeydeki mahallelere genişletilmesini onayladı "
    "ve iki yıldan fazla süren bir tartışmayı sona erdirdi.",
    "Belediye sözcüsünün açıklamasına göre ilk yeni hatlar ilkbaharda açılacak ve bilet "
    "fiyatları en az bir yıl daha aynı kalacak.",
    "Değişiklik için kampanya yürüten mahalle sakinleri kararı memnuniyetle karşıladı, ancak "
    "bazıları planın yeterli olmadığını söyledi.",
]
GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in die nördlichen Vororte "
    "auszubauen, und damit eine Debatte beendet, die mehr als zwei Jahre gedauert hatte.",
    "Die ersten neuen Linien sollen im Frühjahr fahren, sagte ein Sprecher der Stadt, und die "
    "Preise sollen mindestens ein weiteres Jahr gleich bleiben.",
    "Die Anwohner, die sich für die Änderung eingesetzt hatten, begrüßten die Entscheidung, "
    "auch wenn einige sagten, dass der Plan nicht weit genug gehe.",
]
PERSIAN = [
    "شورای شهر روز سه‌شنبه گسترش شبکه اتوبوسرانی به حومه‌های شمالی را تصویب کرد و به بحثی "
    "که بیش از دو سال طول کشیده بود پایان داد.",
    "به گفته سخنگوی شهرداری، نخستین خطوط جدید در بهار راه‌اندازی می‌شوند و قیمت بلیت دست‌کم "
    "تا یک سال دیگر تغییر نمی‌کند.",
    "ساکنانی که برای این تغییر تلاش کرده بودند از این تصمیم استقبال کردند، هرچند برخی "
    "می‌گویند این طرح به اندازه کافی گسترده نیست.",
]
MENU = ["Home", "World", "Business", "Politics", "Sport"]
# The menu, headline and footer of a page in Thai and in Hindi.
HEADINGS = {
    THAI[0]: (
        ["หน้าแรก", "ข่าว", "กีฬา"],
        "กทม. ขยายเส้นทางรถเมล์ไปชานเมืองด้านเหนือ\n\n4 พ.ย. 2568 18:32 น.",  # and its date line
        ["ติดต่อเรา"],
    ),
    HINDI[0]: (["होम", "देश", "खेल"], "शहर में उत्तरी उपनगरों तक बस सेवा का विस्तार", ["संपर्क करें"]),
}
FOOTER = ["Most read", "Council approves budget after long debate", "Contact us"]


def between(paragraphs: list[str], *furniture: str, each: bool = True) -> str:
    """A page: the menu and headline, the paragraphs with the furniture lines after each but
    the last (after the first only, unless `each`), the footer; the headline and menu in the
    paragraphs' language, as its pages give them."""
    menu, headline, footer = HEADINGS.get(paragraphs[0], (MENU, HEADLINE, FOOTER))
    parts = [*menu, headline]
    for i, p in enumerate(paragraphs[:-1]):
        parts += [p, *furniture] if each or not i else [p]
    return page(*parts, paragraphs[-1], *footer)


def body_of(text: str) -> list[str]:
    return clean_text(text).body.split("\n\n")


@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        (GREEK, "ΔΙΑΦΗΜΙΣΗ"),  # Greek capitals drop the accent: "διαφημιση"
        (THAI, "โฆษณา"),
        (TURKISH, "Haberin Devamı"),  # the story goes on (under the advert)
        (GERMAN, "Teilen"),  # share
        (GERMAN, "Weitere News"),
        (PROSE, "Hide Caption"),
    ],
)
def test_an_adverts_label_or_a_button_between_paragraphs_is_dropped(paragraphs, label):
    assert body_of(between(paragraphs, label)) == paragraphs


@pytest.mark.parametrize(
    ("paragraphs", "promo"),
    [
        (HINDI, ["ये खबर भी पढ़ें...", "इंदौर मेट्रो में एक महीने में 1 लाख यात्री"]),
        (THAI, ["อ่านข่าวที่เกี่ยวข้อง", "ลอยกระทง 2568 ตรงกับวันไหน เปิดประวัติและกิจกรรมทั่วไทย"]),
        (GREEK, ["Ακολουθήστε το example.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις"]),
        (
            GREEK,
            [
                "Δείτε όλες τις τελευταίες Ειδήσεις από την Ελλάδα και τον Κόσμο, τη στιγμή που "
                "συμβαίνουν, στο example.gr"
            ],
        ),
        (
            PROSE,
            [
                "Get Latest India News along with Latest News and Top Headlines from India and "
                "around the world."
            ],
        ),
    ],
)
def test_a_read_also_box_or_a_prompt_between_paragraphs_is_dropped(paragraphs, promo):
    assert body_of(between(paragraphs, *promo, each=False)) == paragraphs


def test_the_note_on_an_ai_voice_over_the_article_is_dropped() -> None:
    text = page(
        *MENU,
        HEADLINE,
        "Listen to this article",
        "This audio is generated by an AI tool.",
        *PROSE,
        *FOOTER,
    )
    assert body_of(text) == PROSE


def test_a_breadcrumb_and_a_see_less_button_under_the_article_are_dropped() -> None:
    headline = "Council votes to extend the northern bus network after two years of debate on fares"
    tail = [
        "See Less",
        f"News / Cities / Bengaluru News / {headline}",  # as long as a paragraph
        "Trending Topics\nBihar Election Results\nGold Rate Today\nIND vs AUS",
    ]
    text = page(*MENU, headline, *PROSE[:-1], PROSE[-1] + "\n" + "\n".join(tail), *FOOTER)
    assert body_of(text) == PROSE


def test_a_writers_name_with_their_role_is_no_article_line() -> None:
    text = page(
        *MENU,
        "مدارس تهران فردا غیرحضوری شد",
        *PERSIAN[:2],
        # (Right under the first paragraph it would end the header: that paragraph would be
        # the standfirst, as on the pages that print one over the writer's name.)
        "مریم رحیمی | خبرنگار",  # reporter
        *PERSIAN[2:],
        *FOOTER,
    )
    assert body_of(text) == PERSIAN


def test_a_desks_byline_under_the_article_is_no_article_line() -> None:
    menu, headline, footer = HEADINGS[THAI[0]]
    text = page(*menu, headline, *THAI, "ผู้เขียน: ทีมข่าวภูมิภาค", "ข่าวเชียงใหม่", *footer)
    assert body_of(text) == THAI


def test_an_agencys_mark_closes_a_wire_story() -> None:
    text = page(
        *MENU,
        "Neue Buslinien für die nördlichen Vororte",
        *GERMAN,
        "© dpa",
        "Dieser Text wurde automatisiert von der dpa übernommen und nicht redaktionell bearbeitet.",
        "Teilen",
        "Mehr News aus Niedersachsen",
    )
    assert "© dpa" in body_of(text)


def test_a_contributors_line_closes_the_article() -> None:
    contributing = "Contributing: Natalie Neysa Alund, USA TODAY"
    text = page(
        *MENU,
        HEADLINE,
        *PROSE,
        contributing,
        "Jordan Mendoza is a trending news reporter for USA TODAY.",
        *FOOTER,
    )
    assert body_of(text)[-1] == contributing


def test_a_summary_box_of_short_sentences_under_its_own_headings_is_left_out() -> None:
    box = "\n".join(
        [
            "In short:",
            "The bureau says the south faces a hotter and drier summer than usual.",
            "Grain growers are cutting back on planting.",
            "What's next?",
            "Farmers want the next round of drought funding released before Christmas.",
        ]
    )
    text = page(*MENU, HEADLINE, box, *PROSE, *FOOTER)
    assert body_of(text) == PROSE


def test_a_promoted_headline_in_a_wrapped_dump_is_not_joined_to_the_next_paragraph() -> None:
    # A "save as text" dump wraps at 72 columns and keeps no blank lines; the headline under
    # "Also Read" ends close to the width, as a wrapped paragraph's line does.
    headline = "Bus drivers in the northern suburbs vote to strike over pay and hours"
    wrapped = [textwrap.fill(p, 72) for p in PROSE]
    text = "\n".join([*MENU, HEADLINE, *wrapped[:2], "Also Read", headline, *wrapped[2:]])
    assert body_of(text) == PROSE


DUTCH = [
    "De gemeenteraad heeft dinsdag ingestemd met de uitbreiding van het busnet naar de "
    "noordelijke wijken, na een discussie die meer dan twee jaar heeft geduurd.",
    "De eerste nieuwe lijnen gaan in het voorjaar rijden, zei een woordvoerder van de gemeente, "
    "en de prijzen blijven nog minstens een jaar gelijk.",
    "Bewoners die voor de verandering campagne hadden gevoerd, waren blij met het besluit, al "
    "zeiden sommigen dat het plan niet ver genoeg gaat.",
]


@pytest.mark.parametrize(
    ("paragraphs", "pitch"),
    [
        (
            PROSE,
            [
                "Stay updated with the latest news on Example Daily. Don't miss daily games "
                "Crossword, Sudoku and Mini Sudoku."
            ],
        ),
        (
            PROSE,
            [
                "Get the Morning Briefing newsletter",
                "Begin each morning with analysis of the news of the day, "
                "from the Courier's editors.",
            ],
        ),
        (
            PROSE,
            [
                "Support Northern Courier",
                "The Northern Courier's journalism is free for everyone. Become a Courier Insider\n"
                "and help keep our journalism free and independent.",
            ],
        ),
        (
            PROSE,
            [
                "Support NORTHERN COURIER'S journalism of integrity and credibility",
                "At the Northern Courier, we firmly believe in the importance of high-quality "
                "journalism. Recognizing that not everyone can afford costly news subscriptions, "
                "we are dedicated to delivering fact-checked news that remains free to all.",
            ],
        ),
        (
            PROSE,
            [
                "This story has been sourced from a third party syndicated feed, agencies. The "
                "Courier accepts no responsibility or liability for its reliability.",
            ],
        ),
        (
            PROSE,
            ["This article appeared in the print edition of the Northern Courier."],
        ),
        (PROSE, ["Courier View: A bus network is no substitute for a transport policy"]),
        (DUTCH, ["Een versie van dit artikel verscheen ook in de krant van 8 november 2025."]),
        (GERMAN, ["Dieser Artikel erschien in der Printausgabe vom 8. November 2025."]),
        (GERMAN, ["Bleiben Sie informiert mit unserem täglichen Überblick aus der Region."]),
    ],
)
def test_the_publishers_pitch_or_print_note_under_the_article_is_dropped(paragraphs, pitch):
    text = page(*MENU, HEADLINE, *paragraphs, *pitch, *FOOTER)
    assert body_of(text) == paragraphs


def test_a_report_credit_closes_the_article() -> None:
    credit = "With a report from Dana Whitfield"
    text = page(*MENU, HEADLINE, *PROSE, credit, "Report an editorial error", *FOOTER)
    assert body_of(text)[-1] == credit


def test_a_subheading_that_starts_with_support_stays_in_the_article() -> None:
    # ("Support" over a publication's name opens a membership box; over a subheading's words
    # it is the article's own.)
    article = [*PROSE[:2], "Support Grows Across Party Lines", *PROSE[2:]]
    text = page(*MENU, HEADLINE, *article, *FOOTER)
    assert body_of(text) == article
