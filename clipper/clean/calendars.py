"""Dates written in the calendars news pages print beside or instead of the Gregorian one: the
Hebrew calendar's ("יום רביעי, כ"א בחשוון תשפ"ו": Wednesday, 21 Heshvan 5786) and the Hijri
one's ("٢٠ جمادى الأولى ١٤٤٧ هـ": 20 Jumada al-Awwal 1447 AH).  They are recognised as date
lines (never a headline), not converted: the page's Gregorian date, where it prints one, is
the date found."""

from __future__ import annotations

import re

# The Hebrew months, in their spellings with and without the extra "ו"/"י" (and Adar's two in a
# leap year: "אדר א'", "אדר ב'"), after "ב" ("in") as a date writes them: "בחשוון".
HEBREW_MONTHS = (
    r"תשרי|חשוון|חשון|מרחשוון|כסלו|כסליו|טבת|שבט|אדר(?:\s+[אב]['׳])?|ניסן|אייר|סיוון|סיון"
    r"|תמוז|אב|אלול"
)

# A Hebrew date: the day in letters (with its geresh or gershayim: "ה'", "כ"א"), the month, the
# year in letters with its gershayim ("תשפ"ו", "ה'תשפ"ו").
HEBREW_DATE = re.compile(
    r"(?<![\w\"'״׳])[א-ת]{1,2}[\"'״׳][א-ת]?\s+ב?(?:" + HEBREW_MONTHS + r")\s+"
    r"(?:ה['׳])?[א-ת]{1,3}[\"״][א-ת](?![\w\"'״׳])"
)

# The Hijri months, as Arabic writes them ("ربيع الآخر" also "ربيع الثاني"; "ذو القعدة" also
# "ذي القعدة").
HIJRI_MONTHS = (
    r"محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى"
    r"|جمادى الآخرة|جمادى الثانية|جمادى الأول|جمادى الآخر|رجب|شعبان|رمضان|شوال"
    r"|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة"
)

# A Hijri date: day, month, a year of the 14th or 15th Hijri century (in Arabic-Indic or ASCII
# digits), and the era's "هـ" if written.
HIJRI_DATE = re.compile(
    r"(?<!\d)\d{1,2}\s+(?:" + HIJRI_MONTHS + r")\s+(?P<year>\d{4})(?!\d)\s*(?:هـ|ه\b)?"
)

# The Hijri years a page of today prints (1300-1499 AH: 1882-2077).
HIJRI_YEARS = range(1300, 1500)


def in_other_calendar(text: str) -> bool:
    """Does the text hold a Hebrew-calendar or Hijri date?"""
    if ('"' in text or "״" in text) and HEBREW_DATE.search(text):
        return True
    m = HIJRI_DATE.search(text) if "\u0645" in text or "\u0631" in text else None
    return m is not None and int(m["year"]) in HIJRI_YEARS
