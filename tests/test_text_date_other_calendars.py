"""Dates a page prints that are not the article's publication date to take as a headline: a
date line in the Hebrew or Hijri calendar; and the first publication's date a closing note
gives ("This story was originally published …") under an "Updated" stamp."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Leaders agree to resume talks"
MENU = ["Home", "World", "Business", "Sport"]


HEBREW_HEADLINE = "מחר בחצות: מחיר הדלק יירד ב-12 אגורות לליטר, הירידה השלישית ברציפות"
HEBREW_PROSE = [
    "מחיר הדלק יירד הלילה בפעם השלישית ברציפות, כך הודיע היום משרד האנרגיה בירושלים.",
    "לפי ההודעה, המחיר לליטר בנזין בשירות עצמי יעמוד על 7.12 שקלים, ירידה של 12 אגורות.",
    "בתחנות הדלק צופים עומס כבד בשעות הערב, לפני כניסת המחיר החדש לתוקף בחצות.",
]


@pytest.mark.parametrize(
    "stamp",
    ['יום רביעי, כ"א בחשוון תשפ"ו', "ה׳ באייר ה׳תשפ״ה"],
)
def test_a_hebrew_calendar_date_under_the_headline_is_no_headline(stamp) -> None:
    # (The page's date stamps, then the date in the Hebrew calendar, then its share bar.)
    text = page(
        *["דלג לתוכן העמוד", "נמל", "חדשות", "כלכלה", "צרכנות"],
        HEBREW_HEADLINE,
        "מחיר ליטר בנזין 95 בשירות עצמי יעמוד על 6.83 שקלים",
        "אלון פרידמן",
        "חדשות 12",
        "פורסם 12/11/25 08:15",
        "עודכן 12/11/25 10:02",
        stamp,
        *["שתפו", "וואטסאפ", "פייסבוק", "העתקת קישור"],
        "תחנת דלק (צילום: shutterstock)",
        *HEBREW_PROSE,
        "כל הזכויות שמורות © 2025",
    )
    assert clean_text(text).title == HEBREW_HEADLINE


def test_a_hijri_date_under_the_headline_is_no_headline() -> None:
    headline = "ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة على التوالي"
    prose = [
        "أعلنت وزارة الطاقة اليوم عن ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة.",
        "وقالت الوزارة في بيان إن الأسعار الجديدة ستدخل حيز التنفيذ اعتبارا من منتصف الليل.",
        "وتوقع المحللون أن يؤثر القرار على أسعار النقل والسلع الأساسية خلال الأسابيع المقبلة.",
    ]
    text = page(
        *["الرئيسية", "أخبار", "اقتصاد"],
        headline,
        "تاريخ النشر: 12/11/2025 08:15",
        "٢٠ جمادى الأولى ١٤٤٧ هـ",
        *["شارك", "فيسبوك", "واتساب"],
        *prose,
        "© 2025 جميع الحقوق محفوظة",
    )
    assert clean_text(text).title == headline


def test_a_closing_note_of_first_publication_dates_an_updated_article() -> None:
    text = page(
        *MENU,
        HEADLINE,
        "By Jane Doe",
        "Updated Nov 3, 2025",
        *PROSE,
        "This story was originally published November 2, 2025 at 4:12 PM.",
        "© 2025 Harbour Daily News",
    )
    assert clean_text(text).date == "2025-11-02"
