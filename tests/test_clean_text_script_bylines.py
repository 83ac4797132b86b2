"""The plain-text cleaner finding the author in bylines of every script: a byline's label in
Arabic, Hebrew, Persian and Hindi, Greek's "Του" and "Γράφει ο", Cyrillic names with a role or
joined by "и", Vietnamese names, the Korean agency's and Taiwanese papers' bylines that open
the text; a publication printed after the names, several writers, a role under or after the
name; and a publication's name where a byline stands, which is no author.  Each test is one
small synthetic page."""

from __future__ import annotations

import pytest
from pages import ARABIC, CHINESE, HINDI, JAPANESE, KOREAN, PROSE, page
from translations import HEBREW_BUSES, PERSIAN_BUSES

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Local")
HEADLINE = "Council approves four new bus routes after a long debate"
STANDFIRST = "The routes will link the northern districts to the hospital and the university."

RUSSIAN = [
    "Городской совет во вторник одобрил расширение сети автобусных маршрутов: четыре новые "
    "линии свяжут северные районы с больницей и университетом.",
    "По словам чиновников, новые маршруты начнут работать осенью, когда будут наняты водители "
    "и поступят новые автобусы.",
    "План был принят подавляющим большинством после короткого обсуждения, против проголосовали "
    "лишь два депутата.",
]
GREEK = [
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την επέκταση του δικτύου λεωφορείων με τέσσερις "
    "νέες γραμμές που θα συνδέουν τις βόρειες συνοικίες με το νοσοκομείο.",
    "Σύμφωνα με αξιωματούχους, οι νέες γραμμές θα ξεκινήσουν το φθινόπωρο, όταν ολοκληρωθούν οι "
    "προσλήψεις οδηγών και παραδοθούν τα νέα οχήματα.",
    "Το σχέδιο εγκρίθηκε με μεγάλη πλειοψηφία μετά από σύντομη συζήτηση, ενώ μόνο δύο σύμβουλοι "
    "καταψήφισαν.",
]
VIETNAMESE = [
    "Hội đồng thành phố hôm thứ Ba đã thông qua kế hoạch mở rộng mạng lưới xe buýt với bốn "
    "tuyến mới nối các khu phía bắc với bệnh viện và trường đại học.",
    "Theo các quan chức, các tuyến mới sẽ bắt đầu hoạt động vào mùa thu, khi việc tuyển dụng "
    "tài xế hoàn tất và xe mới được giao.",
    "Kế hoạch được thông qua với đa số phiếu sau một cuộc thảo luận ngắn, chỉ có hai đại biểu "
    "phản đối.",
]

ARABIC_HEADLINE = "المجلس البلدي يوافق على أربعة خطوط حافلات جديدة"
HINDI_HEADLINE = "नगर निगम ने चार नए बस मार्गों को मंजूरी दी"


# --- a byline's label in a script without capitals -------------------------------------------


@pytest.mark.parametrize(
    ("headline", "byline", "date", "prose", "author"),
    [
        (ARABIC_HEADLINE, "بقلم: محمد علي", "4/3/2024", ARABIC, "محمد علي"),
        (ARABIC_HEADLINE, "كتب: أحمد حسن", "4/3/2024", ARABIC, "أحمد حسن"),
        # Two writers, "و" (and) glued to the second: parted by a comma, each name whole.
        (ARABIC_HEADLINE, "كتب: أحمد حسن ومحمد علي", "4/3/2024", ARABIC, "أحمد حسن, محمد علي"),
        ("מועצת העיר אישרה ארבעה קווי אוטובוס חדשים", "מאת: דני כהן", "04.03.2024", HEBREW_BUSES,
         "דני כהן"),
        ("شورای شهر چهار خط اتوبوس جدید را تصویب کرد", "نویسنده: علی رضایی", "۱۴ اسفند ۱۴۰۲",
         PERSIAN_BUSES, "علی رضایی"),
        (HINDI_HEADLINE, "लेखक: राहुल शर्मा", "4 मार्च 2024, 10:15 AM IST", HINDI, "राहुल शर्मा"),
        (HINDI_HEADLINE, "रिपोर्ट: राहुल शर्मा", "4 मार्च 2024, 10:15 AM IST", HINDI,
         "राहुल शर्मा"),
    ],
)  # fmt: skip
def test_a_bylines_label_in_a_script_without_capitals_gives_the_writer(
    headline: str, byline: str, date: str, prose: list[str], author: str
) -> None:
    clip = clean_text(page("الرئيسية", "أخبار", headline, byline, date, *prose))
    assert (clip.title, clip.author) == (headline, author)
    assert author not in clip.body  # the byline left the text with the header


THAI = [
    "สภาเทศบาลอนุมัติแผนขยายเส้นทางรถประจำทางสี่สายใหม่ เพื่อเชื่อมย่านทางเหนือกับโรงพยาบาล "
    "และมหาวิทยาลัย หลังจากการอภิปรายเป็นเวลานาน",
    "เจ้าหน้าที่ระบุว่าเส้นทางใหม่จะเริ่มให้บริการในฤดูฝน เมื่อการรับสมัครคนขับและการส่งมอบ รถคันใหม่เสร็จสิ้น",
    "แผนดังกล่าวผ่านความเห็นชอบด้วยเสียงข้างมาก มีสมาชิกเพียงสองคนที่คัดค้าน",
]


@pytest.mark.parametrize(
    ("byline", "prose", "author"),
    [
        ("كتب:أحمد حسن", ARABIC, "أحمد حسن"),  # no space after the colon
        ("โดย สมชาย ใจดี", THAI, "สมชาย ใจดี"),  # Thai "by"
        # A place or the date after the name.
        ("रिपोर्ट: राहुल शर्मा, नई दिल्ली", HINDI, "राहुल शर्मा"),
        ("بقلم: محمد علي - القاهرة", ARABIC, "محمد علي"),
        ("מאת: דני כהן | 04.03.2024", HEBREW_BUSES, "דני כהן"),
    ],
)
def test_more_bylines_labels_in_scripts_without_capitals(
    byline: str, prose: list[str], author: str
) -> None:
    clip = clean_text(page("หน้าแรก", "ข่าว", "สภาเทศบาลอนุมัติรถประจำทางสี่สายใหม่", byline,
                           "4/3/2024", *prose))  # fmt: skip
    assert clip.author == author


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Oleh Budi Santoso", "Budi Santoso"),  # Indonesian "by"
        ("Oleh: Budi Santoso", "Budi Santoso"),
        ("Penulis: Budi Santoso", "Budi Santoso"),  # "writer"
        ("Door Jan de Vries | 4 maart 2024", "Jan de Vries"),  # Dutch "by", and the date
        ("Av Lars Holm", "Lars Holm"),  # Swedish
        ("Af Lars Holm", "Lars Holm"),  # Danish
        ("Yazar: Ahmet Yılmaz", "Ahmet Yılmaz"),  # Turkish "writer"
        ("Szerző: Kovács Anna", "Kovács Anna"),  # Hungarian "author"
        ("Tác giả: Nguyễn Văn An", "Nguyễn Văn An"),  # Vietnamese "author"
        ("Kirjoittaja: Matti Virtanen", "Matti Virtanen"),  # Finnish "writer"
    ],
)
def test_bylines_labels_in_more_languages(byline: str, author: str) -> None:
    clip = clean_text(page(*MENU, HEADLINE, byline, "4.3.2024 10:15", *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, author)


def test_a_sentence_after_a_bylines_word_is_no_byline() -> None:
    # "Ahmed Hassan wrote in the paper that ...": the label's word, then a sentence.
    sentence = "كتب أحمد حسن في صحيفة الأهرام أن الخطة ستكلف الكثير"
    clip = clean_text(page("أخبار", ARABIC_HEADLINE, "4/3/2024", sentence, *ARABIC))
    assert clip.author is None


@pytest.mark.parametrize(
    ("headline", "prose"),
    [
        ("تقرير: الحكومة تخطط لضريبة", ARABIC),  # "Report: the government plans a tax"
        ("Του Αγίου Πνεύματος η εορτή", GREEK),  # "of the Holy Spirit, the feast"
    ],
)
def test_a_headline_after_a_bylines_word_is_no_byline(headline: str, prose: list[str]) -> None:
    clip = clean_text(page("أخبار", headline, "04.03.2024 10:15", *prose))
    assert (clip.title, clip.author) == (headline, None)


# --- Cyrillic and Greek ----------------------------------------------------------------------

RUSSIAN_HEADLINE = "Совет одобрил четыре новых автобусных маршрута"
GREEK_HEADLINE = "Τέσσερις νέες γραμμές λεωφορείων εγκρίθηκαν"


@pytest.mark.parametrize(
    ("headline", "byline", "prose", "author"),
    [
        (RUSSIAN_HEADLINE, "Иван Петров, корреспондент", RUSSIAN, "Иван Петров"),
        (RUSSIAN_HEADLINE, "Иван Петров и Олег Сидоров", RUSSIAN, "Иван Петров и Олег Сидоров"),
        (RUSSIAN_HEADLINE, "Автор: Иван Петров и Олег Сидоров", RUSSIAN,
         "Иван Петров и Олег Сидоров"),
        ("Рада схвалила чотири нові автобусні маршрути", "Олена Коваль та Ігор Мельник", RUSSIAN,
         "Олена Коваль та Ігор Мельник"),
        # Greek "of" and the name in the genitive, as printed; "writes" and the name.
        (GREEK_HEADLINE, "Του Γιώργου Παπαδόπουλου", GREEK, "Γιώργου Παπαδόπουλου"),
        (GREEK_HEADLINE, "Της Μαρίας Νικολάου", GREEK, "Μαρίας Νικολάου"),
        (GREEK_HEADLINE, "Γράφει ο Νίκος Ζαχαρίου", GREEK, "Νίκος Ζαχαρίου"),
    ],
)  # fmt: skip
def test_bylines_in_cyrillic_and_greek(
    headline: str, byline: str, prose: list[str], author: str
) -> None:
    clip = clean_text(page(*MENU, headline, byline, "04.03.2024 10:15", *prose))
    assert (clip.title, clip.author) == (headline, author)


def test_a_name_the_text_tells_of_is_not_the_author() -> None:
    prose = [RUSSIAN[0], "«Это важное решение», — сказал Иван Петров, глава совета.", *RUSSIAN[1:]]
    clip = clean_text(page(*MENU, RUSSIAN_HEADLINE, "04.03.2024 10:15", *prose))
    assert clip.author is None


# --- Vietnamese ------------------------------------------------------------------------------

VIETNAMESE_HEADLINE = "Thành phố thông qua bốn tuyến xe buýt mới"


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["Nguyễn Văn An"], "Nguyễn Văn An"),  # alone under a headline in sentence case
        (["Nguyễn Văn An", "04/03/2024 10:15"], "Nguyễn Văn An"),
        (["Theo Nguyễn Văn An", "04/03/2024 10:15"], "Nguyễn Văn An"),  # "by"
        (["Theo Reuters", "04/03/2024 10:15"], None),  # "according to": a source cited
    ],
)
def test_a_vietnamese_name_under_the_headline_is_the_author(
    lines: list[str], author: str | None
) -> None:
    clip = clean_text(page(*MENU, VIETNAMESE_HEADLINE, *lines, *VIETNAMESE))
    assert (clip.title, clip.author) == (VIETNAMESE_HEADLINE, author)
    assert clip.body.startswith(VIETNAMESE[0])


# The story told of Moscow ("в Москве", in Moscow).
RUSSIAN_IN_MOSCOW = [RUSSIAN[0].replace("Городской", "В Москве городской"), *RUSSIAN[1:]]


@pytest.mark.parametrize(
    ("top", "prose"),
    [
        (["Новости Москвы", *MENU], RUSSIAN),  # the menu's label ("Moscow news")
        (list(MENU), RUSSIAN_IN_MOSCOW),  # its place the text names, in another case
    ],
)
def test_a_label_under_a_sentence_case_headline_is_no_byline(
    top: list[str], prose: list[str]
) -> None:
    clip = clean_text(page(*top, RUSSIAN_HEADLINE, "Новости Москвы", *prose))
    assert (clip.title, clip.author) == (RUSSIAN_HEADLINE, None)


def test_a_name_under_a_sentence_case_headline_that_the_text_holds_is_no_byline() -> None:
    # A photo's caption: the champion the table under it names too.
    table = ["1 Kyle Busch 5040 5 1 17 27", "2 Martin Truex Jr. 5035 7 0 15 24"]
    clip = clean_text(page(*MENU, HEADLINE, "Kyle Busch", *PROSE, *table))
    assert clip.author is None


# --- bylines opening the text ----------------------------------------------------------------

KOREAN_HEADLINE = "시의회, 버스 노선 4개 신설 계획 통과"


@pytest.mark.parametrize(
    ("headline", "lead", "prose", "author"),
    [
        (KOREAN_HEADLINE, "(서울=연합뉴스) 김민준 기자 = ", KOREAN, "김민준"),
        (KOREAN_HEADLINE, "(서울=연합뉴스) 김민준 이수진 기자 = ", KOREAN, "김민준, 이수진"),
        ("市議會通過公車路線擴充計畫 秋季起營運", "〔記者林怡君／台北報導〕", CHINESE, "林怡君"),
        # Xinhua's dispatch, its reporters in brackets; a Japanese paper's correspondent.
        ("市议会通过公交线路扩充计划 秋季起运营", "新华社北京3月5日电（记者张伟、李明）", CHINESE,
         "张伟、李明"),
        ("市議会、バス路線の拡充計画を可決 秋から運行へ", "【札幌＝山田太郎】", JAPANESE,
         "山田太郎"),
        ("市議会、バス路線の拡充計画を可決 秋から運行へ", "【札幌共同】", JAPANESE, None),
    ],
)  # fmt: skip
def test_a_byline_opening_the_first_line_gives_the_author_and_stays_in_the_text(
    headline: str, lead: str, prose: list[str], author: str | None
) -> None:
    first = lead + prose[0]
    clip = clean_text(page("정치", "경제", headline, "2024-03-05 10:45", first, *prose[1:]))
    assert (clip.title, clip.author) == (headline, author)
    assert clip.body.startswith(first)


def test_a_taiwanese_byline_on_its_own_line_gives_the_reporter() -> None:
    headline = "市議會通過公車路線擴充計畫 秋季起營運"
    text = page("要聞", "政治", headline, "記者林怡君／台北報導", "2024/03/05 10:45", *CHINESE)
    clip = clean_text(text)
    assert (clip.title, clip.author) == (headline, "林怡君")
    assert clip.body.startswith(CHINESE[0])


# --- publications, writers and roles ---------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Joel Marsh Fox News", "Joel Marsh"),
        ("By Jane Doe CNBC", "Jane Doe"),
        ("By Ann Lee and Bob Ray Fox News", "Ann Lee and Bob Ray"),
        ("By Mary A. Smith Fox News", "Mary A. Smith"),
        ("By Jane Doe New York Times", "Jane Doe"),
        ("By Óscar NÚÑEZ", "Óscar Núñez"),  # a surname in capitals is no publication
    ],
)
def test_a_publication_after_the_bylines_names_is_left_out(byline: str, author: str) -> None:
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, byline, "March 4, 2024", *PROSE))
    assert clip.author == author


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["Kaitlyn Parker, Reporter"], "Kaitlyn Parker"),
        (["Kaitlyn Parker, Senior Contributor"], "Kaitlyn Parker"),
        (["Kaitlyn Parker", "Political reporter"], "Kaitlyn Parker"),
    ],
)
def test_a_name_with_the_writers_role_under_the_standfirst_is_the_author(
    lines: list[str], author: str
) -> None:
    clip = clean_text(page(*MENU, HEADLINE, STANDFIRST, *lines, *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, author)
    assert clip.body.startswith(PROSE[0])


OBITUARY = [
    "John Edward Doe, 84, of Riverton, passed away peacefully on March 1, 2024, surrounded by "
    "his family after a long illness.",
    "He was born in Riverton in 1939 and worked for more than forty years at the county's water "
    "department before he retired.",
    "He is survived by his wife of sixty years, three children and seven grandchildren, who "
    "will remember his kindness always.",
]
OBITUARY_HEADLINE = "John Edward Doe obituary: longtime water department worker dies at 84"


@pytest.mark.parametrize(
    ("top", "name", "bottom", "author"),
    [
        # The source's last word: "The Tennessean".
        ([], "Nashville Tennessean", ["© 2024 The Tennessean. All rights reserved."], None),
        (["Nashville Tennessean"], "Nashville Tennessean",
         ["© 2024 Nashville Tennessean. All rights reserved."], None),
        # The address's name.
        (["https://www.tennessean.com/obituaries/john-doe"], "Nashville Tennessean", [], None),
        ([], "Tallahassee Democrat", [], None),  # a newspaper's word last
        ([], "Nashville Tennessean", [], "Nashville Tennessean"),  # nothing tells it apart
    ],
)  # fmt: skip
def test_a_publications_name_where_a_byline_stands_is_no_author(
    top: list[str], name: str, bottom: list[str], author: str | None
) -> None:
    text = page(*top, *MENU, OBITUARY_HEADLINE, name, "March 4, 2024", *OBITUARY, *bottom)
    assert clean_text(text).author == author


@pytest.mark.parametrize(
    ("url", "byline", "closing", "author"),
    [
        ("", "By Regan", "© 2024 Regan", "Regan"),  # a blogger's site is named for her
        ("https://www.janesmith.com/posts/bus-routes", "Jane Smith", "", "Jane Smith"),
    ],
)
def test_a_bloggers_name_that_is_the_sites_stays_the_author(
    url: str, byline: str, closing: str, author: str
) -> None:
    parts = [url, *MENU, HEADLINE, byline, "March 4, 2024", *PROSE, closing]
    assert clean_text(page(*(p for p in parts if p))).author == author
