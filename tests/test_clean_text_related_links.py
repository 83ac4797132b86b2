"""The text cleaner drops the box of links to other articles a page sets inside or after the
article, in the languages news is written in: its label ("Read more", "Le puede interesar",
"Kapcsolódó cikkek", "Прочитајте још", "إقرأ أيضاً", "相關文章"), alone or with a headline on
its line, and the headlines under it; a paragraph that merely opens with a label's words stays."""

from __future__ import annotations

import textwrap

import pytest
from pages import CHINESE, PROSE, page
from translations import POLISH_BUSES_NORTH, RUSSIAN_BUSES_NORTH

from clipper.clean.text import clean_text

SPANISH = [
    "El concejo municipal aprobó el martes la ampliación de la red de autobuses hacia los "
    "barrios del norte, con lo que puso fin a un debate que duraba más de dos años.",
    "Las primeras líneas nuevas empezarán a funcionar en primavera, según un portavoz de la "
    "alcaldía, y las tarifas se mantendrán iguales durante al menos un año más.",
    "Los vecinos que hicieron campaña por el cambio celebraron la decisión, aunque algunos "
    "dijeron que el plan no llega lo bastante lejos para los barrios más alejados.",
]
HUNGARIAN = [
    "A fővárosi közgyűlés kedden megszavazta, hogy a buszhálózatot kiterjesszék az északi "
    "külvárosokra, ezzel lezárva egy több mint két éve tartó vitát.",
    "A város szóvivője szerint az első új járatok tavasszal indulnak, a jegyárak pedig "
    "legalább még egy évig nem változnak a fővárosban.",
    "A változásért kampányoló lakók üdvözölték a döntést, bár néhányan azt mondták, hogy a "
    "terv nem megy elég messzire a távolabbi kerületek számára.",
]
SERBIAN = [
    "Градско веће је у уторак изгласало проширење аутобуске мреже на северна предграђа и "
    "тиме окончало расправу која је трајала више од две године.",
    "Према речима портпарола града, прве нове линије почеће да саобраћају на пролеће, а цене "
    "карата остаће исте најмање још годину дана.",
    "Становници који су се залагали за ову промену поздравили су одлуку, иако неки кажу да "
    "план не иде довољно далеко за удаљена насеља.",
]
ARABIC = [
    "وافق مجلس المدينة يوم الثلاثاء على توسيع شبكة الحافلات لتشمل الضواحي الشمالية، منهيا "
    "بذلك جدلا استمر أكثر من عامين بين السكان والمسؤولين.",
    "وقال متحدث باسم البلدية إن الخطوط الجديدة الأولى ستبدأ العمل في الربيع، وإن أسعار "
    "التذاكر ستبقى كما هي لمدة عام آخر على الأقل.",
    "ورحب السكان الذين طالبوا بهذا التغيير بالقرار، رغم أن بعضهم قال إن الخطة لا تذهب بعيدا "
    "بما يكفي بالنسبة للأحياء البعيدة.",
]
UKRAINIAN = [
    "Міська рада у вівторок проголосувала за розширення автобусної мережі до північних "
    "передмість і завершила суперечку, яка тривала понад два роки.",
    "За словами речника міської ради, перші нові маршрути запрацюють навесні, а ціни на "
    "квитки залишаться незмінними щонайменше ще рік.",
    "Мешканці, які домагалися цих змін, привітали рішення, хоча деякі вважають, що план "
    "недостатньо широкий для віддалених районів.",
]
THAI = [
    "สภาเมืองลงมติเมื่อวันอังคารให้ขยายเครือข่ายรถประจำทางไปยังชานเมืองทางตอนเหนือ "
    "ซึ่งเป็นการยุติการถกเถียงที่ยืดเยื้อมานานกว่าสองปีระหว่างประชาชนและเจ้าหน้าที่ของเมือง",
    "โฆษกของเทศบาลกล่าวว่า เส้นทางใหม่สายแรกจะเริ่มให้บริการในช่วงฤดูใบไม้ผลิ "
    "และราคาตั๋วจะยังคงเท่าเดิมไปอีกอย่างน้อยหนึ่งปีสำหรับผู้โดยสารทุกกลุ่ม",
    "ชาวบ้านที่รณรงค์เรียกร้องการเปลี่ยนแปลงนี้ต่างยินดีกับการตัดสินใจดังกล่าว "
    "แม้บางคนจะบอกว่าแผนนี้ยังไม่ครอบคลุมพื้นที่ห่างไกลมากพอ",
]
HINDI = [
    "नगर परिषद ने मंगलवार को उत्तरी उपनगरों तक बस नेटवर्क के विस्तार को मंजूरी दे दी और दो "
    "साल से अधिक समय से चल रही बहस को खत्म कर दिया।",
    "नगर निगम के प्रवक्ता के अनुसार पहली नई लाइनें वसंत में शुरू होंगी और टिकट की कीमतें कम "
    "से कम एक साल तक वही रहेंगी।",
    "इस बदलाव के लिए अभियान चलाने वाले निवासियों ने फैसले का स्वागत किया, हालांकि कुछ लोगों "
    "का कहना है कि योजना काफी नहीं है।",
    "यात्रियों की सुविधा के लिए सभी नए स्टेशनों पर लिफ्ट, एस्केलेटर और फीडर बस सेवा की "
    "व्यवस्था की गई है, और पहले महीने में किराए में छूट भी दी जाएगी।",
]
HEADLINE = "City extends its bus network to the northern suburbs"
THAI_HEADLINE = "สภาเมืองอนุมัติขยายเครือข่ายรถประจำทางไปยังชานเมืองทางตอนเหนือ"


@pytest.mark.parametrize(
    ("headline", "paragraphs", "box"),
    [
        (
            HEADLINE,
            SPANISH,
            [
                "Le puede interesar",
                "Así quedó la tabla de la Liga BetPlay tras la fecha 15",
                "¿Dónde ver el partido Colombia vs. Estados Unidos? Horario y canal",
            ],
        ),
        (
            HEADLINE,
            SERBIAN,
            [
                "Прочитајте још",
                "Београд: Нове линије ноћног превоза од 1. новембра",
                "Почела изградња брзе пруге Нови Сад - Суботица - Келебија",
            ],
        ),
        (
            HEADLINE,
            ARABIC,
            [
                "إقرأ أيضاً",
                "وزير السياحة والآثار يتفقد أعمال ترميم هرم زوسر",
                "افتتاح المتحف المصري الكبير: كل ما تريد معرفته",
            ],
        ),
        (
            HEADLINE,
            UKRAINIAN,
            ["Вас також можуть зацікавити новини:\nЦіни на генератори злетіли: скільки коштують"],
        ),
        (
            HEADLINE,
            POLISH_BUSES_NORTH,
            ["Czytaj więcej\nFrankowicze. Ile spraw wciąż w sądach?\nUstawa frankowa. Projekt"],
        ),
        (HEADLINE, list(CHINESE), ["相關文章", "港鐵屯馬綫周日早上一度延誤　約20分鐘"]),
        (HEADLINE, PROSE, ["Related stories", "Bus drivers vote to strike over pay"]),
        (
            HEADLINE,
            PROSE,
            [
                "More:",
                "Afghan woman politician sees Taliban talks as only hope",
                "Young people, including Taliban youth, must be heard: UN envoy",
            ],
        ),
        (
            HEADLINE,
            SERBIAN,
            ["Vezane vijesti", "Beograd: Nove linije noćnog prevoza od 1. novembra"],
        ),
    ],
)
def test_a_related_box_between_paragraphs_goes_with_its_label(headline, paragraphs, box):
    got = clean_text(page(headline, paragraphs[0], *box, *paragraphs[1:]))
    assert got.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("headline", "paragraphs", "box"),
    [
        (
            HEADLINE,
            HUNGARIAN,
            [
                "Kapcsolódó cikkek",
                "Karácsony Gergely: A főváros a csőd szélén áll",
                "Drágul a BKV-bérlet januártól",
            ],
        ),
        (THAI_HEADLINE, THAI, ["อ่านข่าวอื่นๆ :", "ผู้ว่าฯ กทม.สั่งเตรียมพร้อมรับน้ำเหนือไหลบ่า"]),
        (HEADLINE, POLISH_BUSES_NORTH, ["Polecamy", "Kierowcy autobusów zapowiadają strajk"]),
    ],
)
def test_a_related_box_ending_the_article_goes_with_its_label(headline, paragraphs, box):
    got = clean_text(page(headline, *paragraphs, *box, "© 2025 Városi Hírek"))
    assert got.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("headline", "paragraphs", "link"),
    [
        (THAI_HEADLINE, THAI, 'อ่านข่าวเพิ่ม : กรมชลฯ เร่งระบายน้ำ "เขื่อนสิริกิติ์" รับมือฝนปลายฤดู'),
        (HEADLINE, SPANISH, "Te recomendamos: Así quedó la tabla tras la fecha 15"),
        (HEADLINE, PROSE, "DON'T MISS | Bus drivers vote to strike over pay"),
        (
            HEADLINE,
            SPANISH,
            "👉 Lee también: Así quedó la tabla de la Liga BetPlay tras la fecha 15",
        ),
        (HEADLINE, POLISH_BUSES_NORTH, "► Czytaj także: Kierowcy autobusów zapowiadają strajk"),
        (HEADLINE, PROSE, "MORE: Bus drivers vote to strike over pay"),
    ],
)
def test_a_label_with_its_headline_on_one_line_is_dropped(headline, paragraphs, link):
    got = clean_text(page(headline, paragraphs[0], link, *paragraphs[1:]))
    assert got.body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "line"),
    [
        (SPANISH, "Le puede interesar saber que el plan costará 20 millones, dijo el alcalde."),
        (SERBIAN, "Прочитајте још детаља у извештају градског већа, рекао је портпарол."),
        (PROSE, "Related to the plan, the council also voted to extend night bus services."),
        (HUNGARIAN, "Kapcsolódó cikkek sora jelent meg a tervről a helyi lapokban is tavaly."),
    ],
)
def test_a_paragraph_opening_with_a_labels_words_is_the_articles(paragraphs, line):
    got = clean_text(page(HEADLINE, paragraphs[0], line, *paragraphs[1:]))
    assert line in got.body.split("\n\n")


WRAPPED = [
    "Frogs in the northern Western Ghats are calling and spawning up to three weeks later than "
    "they did a decade ago, a study by researchers in Pune has found, after eight years of "
    "surveys at more than twenty sites along the hills.",
    "The shift closely tracks the delayed and more erratic onset of the monsoon rains over the "
    "region, the researchers said. In six of the eight years studied, heavy rain arrived in "
    "short bursts after long dry spells in June, conditions in which tadpoles in temporary "
    "pools often died before they could develop into frogs.",
    '"A pool that fills on June 10 and dries out by June 20 is a trap," said the study\'s lead '
    'author. "The frogs respond to the first rain, lay their eggs, and then the water is gone."',
    "The team has now set up acoustic recorders at ten sites to monitor calls through the year "
    "and plans to involve local schools in counting frogs during the next monsoon season.",
]


def test_a_label_with_its_headline_between_paragraphs_of_a_hard_wrapped_dump_is_dropped():
    # The label's line comes under a paragraph whose last line ends near the width, and is
    # as long as a wrapped line itself: it is neither joined to the paragraph above it nor
    # to the one under it.
    link = "ALSO READ | Pune civic body to map 300 heritage trees before metro work begins"
    wrapped = [textwrap.fill(p, 80, break_on_hyphens=False) for p in WRAPPED]
    above = wrapped[1].splitlines()[-1]
    assert len(above) + len(" ALSO") > 79 and len(link) > 70
    text = "\n".join(
        ["Frogs are breeding weeks later as monsoon onset shifts", "Anuradha Rao"]
        + wrapped[:2]
        + [link]
        + wrapped[2:]
        + ["© 2025 The Valley Courier"]
    )
    assert clean_text(text).body.split("\n\n") == WRAPPED


def test_a_related_box_the_writers_note_and_a_support_plea_after_the_article_are_dropped():
    text = page(
        HEADLINE,
        "By Kwanele Sosibo",
        *PROSE,
        "Read more",
        "Obituary: Hugh Masekela’s trumpet still echoes across the continent",
        "The forgotten women of South African jazz",
        "Kwanele Sosibo is the M&G’s arts editor.",
        "Subscribe to the M&G",
        "These are unprecedented times, and the role of independent media as the Fourth Estate "
        "is more important than ever. Support the M&G and become a subscriber today.",
        "Subscribe",
    )
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_a_plea_for_support_after_a_related_box_is_dropped():
    text = page(
        HEADLINE,
        *HUNGARIAN,
        "Kapcsolódó cikkek",
        "Karácsony Gergely: A főváros a csőd szélén áll",
        "Drágul a BKV-bérlet januártól",
        "Támogasd a Telexet!",
        "A Telex független és ingyenes, de csak az olvasók támogatásából tud így működni.",
        "Támogatom",
        "Címkék",
    )
    assert clean_text(text).body == "\n\n".join(HUNGARIAN)


def test_an_authors_box_under_its_heading_after_the_article_is_dropped():
    text = page(
        "नगर परिषद ने उत्तरी उपनगरों तक बस नेटवर्क बढ़ाया",
        *HINDI,
        "लेखक के बारे में",
        "प्रियांशु झा",
        "प्रियांशु झा नवभारत टाइम्स डिजिटल में सीनियर डिजिटल कंटेंट प्रड्यूसर हैं। दिल्ली-एनसीआर "
        "की खबरों पर नजर रखते हैं।...और पढ़ें",
        "कॉमेंट लिखें",
    )
    assert clean_text(text).body == "\n\n".join(HINDI)


@pytest.mark.parametrize(
    ("paragraphs", "prompt"),
    [
        (RUSSIAN_BUSES_NORTH, "Читайте РБК в Telegram"),
        (PROSE, "Read The Valley Courier on WhatsApp"),
    ],
)
def test_a_prompt_to_read_the_publication_on_a_messenger_is_dropped(paragraphs, prompt):
    got = clean_text(page(HEADLINE, paragraphs[0], prompt, *paragraphs[1:]))
    assert got.body == "\n\n".join(paragraphs)


def test_a_sentence_on_reading_a_statement_on_a_messenger_is_the_articles():
    line = "Read the statement the ministry posted on Telegram."
    got = clean_text(page(HEADLINE, PROSE[0], line, *PROSE[1:]))
    assert line in got.body.split("\n\n")
