"""The plain-text cleaner naming every writer of a byline that has several: joined by "and"
in the language of the page ("och", "ve", "dan", Hebrew's glued "ו"), parted by Arabic's
comma, each a byline of its own one a line ("Na Bakari Kiango" / "Na Mary Mwita"), a name in
capitals under a "By" byline in capitals, a comma at the end of the first name's line, each
writer over their role and the place they work from, a Chinese writer's name under the first
its label marked.  And what stands there and is no writer: a place in capitals under the
byline, a place after Arabic's comma, a tag box's heading under the text.  Each test is one
small synthetic page."""

from __future__ import annotations

import re

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

MENU = ("Home", "News", "Local")
HEADLINE = "Council approves four new bus routes after a long debate"
STAMP = "05 November 2025 6:00pm GMT"
CAPTION = "A bus waits at the depot on Monday. (Jane Roe/The Courier)"


def writers(author: str | None) -> set[str]:
    """The writers a clipping's author names, however they are joined."""
    return {name for name in re.split(r",\s*|\s+and\s+", author or "") if name}


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Av Jenny Lind och Lotta Berg", {"Jenny Lind", "Lotta Berg"}),
        ("Oleh Budi Santoso dan Siti Rahma", {"Budi Santoso", "Siti Rahma"}),
        ("Yazar: Ahmet Yılmaz ve Elif Kaya", {"Ahmet Yılmaz", "Elif Kaya"}),
        ("By Anna Kovács és Péter Nagy", {"Anna Kovács", "Péter Nagy"}),
        # (One writer and the place: "en" is Spanish "in", no join.)
        ("Por Juan Pérez en Madrid", {"Juan Pérez"}),
    ],
)
def test_writers_joined_by_and_in_the_pages_language(byline: str, expected: set[str]) -> None:
    clip = clean_text(page(*MENU, HEADLINE, byline, STAMP, *PROSE))
    assert (clip.title, writers(clip.author)) == (HEADLINE, expected)
    assert clip.body.startswith(PROSE[0])


ARABIC_HEADLINE = "المجلس البلدي يوافق على أربعة خطوط حافلات جديدة"
ARABIC = [
    "وافق المجلس البلدي يوم الثلاثاء على إنشاء أربعة خطوط جديدة للحافلات تربط الأحياء الشمالية "
    "بالمستشفى والجامعة، بعد نقاش طويل استمر عدة ساعات بين الأعضاء.",
    "وقال رئيس المجلس إن الحافلات الأولى قد تبدأ العمل قبل الشتاء، وإن الخطوط ستخدم آلاف "
    "السكان الذين يعتمدون على النقل العام للوصول إلى أعمالهم ومدارسهم كل يوم.",
]
HEBREW_HEADLINE = "מועצת העיר אישרה ארבעה קווי אוטובוס חדשים"
HEBREW = [
    "מועצת העיר אישרה ביום שלישי ארבעה קווי אוטובוס חדשים שיחברו את השכונות הצפוניות לבית "
    "החולים ולאוניברסיטה, לאחר דיון ארוך שנמשך כמה שעות.",
    "לדברי ראש העירייה, האוטובוסים הראשונים עשויים לצאת לדרך לפני החורף, והקווים ישרתו "
    "אלפי תושבים שנוסעים מדי יום לעבודה וללימודים.",
]


@pytest.mark.parametrize(
    ("headline", "byline", "prose", "expected"),
    [
        (HEBREW_HEADLINE, "מאת: שני אשכנזי ואסף גלעד", HEBREW, {"שני אשכנזי", "אסף גלעד"}),
        (ARABIC_HEADLINE, "كتب: محمد السيد، إيمان مبروك", ARABIC, {"محمد السيد", "إيمان مبروك"}),
        # (A place after the comma, of one word or two: no writer.)
        (ARABIC_HEADLINE, "كتب: محمد السيد، القاهرة", ARABIC, {"محمد السيد"}),
        (ARABIC_HEADLINE, "كتب: محمد السيد، شرم الشيخ", ARABIC, {"محمد السيد"}),
    ],
)
def test_writers_of_a_byline_in_a_script_without_capitals(
    headline: str, byline: str, prose: list[str], expected: set[str]
) -> None:
    clip = clean_text(page(*MENU, headline, byline, "04.03.2024", *prose))
    assert (clip.title, writers(clip.author)) == (headline, expected)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (("Na Bakari Kiango", "Na Mary Mwita"), {"Bakari Kiango", "Mary Mwita"}),
        (("By Ann Lee", "By Tom Ray"), {"Ann Lee", "Tom Ray"}),
        (("By CHRIS TAN", "LO TERN CHERN"), {"Chris Tan", "Lo Tern Chern"}),
        # (A place in capitals under the byline, a publication: no writer.)
        (("By JANE DOE", "KUALA LUMPUR"), {"Jane Doe"}),
        (("By JANE DOE", "ASSOCIATED PRESS"), {"Jane Doe"}),
        # A comma ends the first name's line.
        (("Jenni Allén,", "Tuomas Hakala"), {"Jenni Allén", "Tuomas Hakala"}),
        # Each writer over their role, the first's place under it.
        (
            ("Mark Rendell", "Economics reporter", "Ottawa", "Matt Lundy", "Economics reporter"),
            {"Mark Rendell", "Matt Lundy"},
        ),
    ],
)
def test_writers_one_a_line(byline: tuple[str, ...], expected: set[str]) -> None:
    clip = clean_text(page(*MENU, HEADLINE, CAPTION, *byline, STAMP, *PROSE))
    assert (clip.title, writers(clip.author)) == (HEADLINE, expected)
    assert clip.body.startswith(PROSE[0])


CHINESE_HEADLINE = "演唱會散場人潮逼爆港鐵站 港鐵加開班次仍排隊逾一小時"
CHINESE = [
    "大批觀眾昨晚在演唱會散場後湧往港鐵站，人龍一度伸延至附近大街，不少市民表示排隊超過一小時才能入閘，"
    "港鐵公司其後宣布加開班次疏導人潮。",
    "運輸署發言人表示，會與港鐵公司及主辦單位檢討當晚的人流安排，並呼籲市民在大型活動後預早規劃行程，"
    "避免在同一時間離場。",
]


def test_a_chinese_writers_name_under_the_first_its_label_marked() -> None:
    byline = ("撰文：陳凱琪", "林子健", "發佈日期：2025-10-11 23:48")
    clip = clean_text(page(*MENU, CHINESE_HEADLINE, *byline, *CHINESE))
    assert (clip.title, writers(clip.author)) == (CHINESE_HEADLINE, {"陳凱琪", "林子健"})


TURKISH_HEADLINE = "İstanbul'da kira artışı yavaşladı ama davalar rekor kırdı"
TURKISH = [
    "İstanbul'da kira artışları son üç ayda yavaşlarken, ev sahibi ile kiracı arasındaki davaların "
    "sayısı geçen yılın aynı dönemine göre yüzde kırk arttı ve rekor düzeye ulaştı.",
    "Emlak sektörü temsilcileri, önümüzdeki aylarda kira artışlarının enflasyonun altında kalmaya "
    "devam edeceğini, ancak yeni konut arzı artmadıkça kalıcı bir rahatlama beklenmemesi "
    "gerektiğini söylüyor.",
]


def test_a_tag_boxs_heading_under_the_text_is_no_writer() -> None:
    tags = ("İlgili Konular", "kira", "İstanbul", "konut", "Kiracı")
    clip = clean_text(page(*MENU, TURKISH_HEADLINE, "12.10.2025 10:14", *TURKISH, *tags))
    assert (clip.title, clip.author) == (TURKISH_HEADLINE, None)
    assert clip.body.endswith(TURKISH[-1])
