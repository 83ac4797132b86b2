"""Dates as pages print them, in many languages and calendars, read as ISO days.

Every function is pure and works on strings; the cleaners decide which lines to ask about.
"""

from __future__ import annotations

import datetime as dt
import re

from clipper.clean import datewords
from clipper.clean.sources import URL, host_of

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH = f"(?P<mon>{MONTH_NAME})"

# Month names of the other languages whose pages the text cleaner reads most (French, German,
# Spanish, Italian, Portuguese, Dutch, Russian in the genitive a date uses, Hindi in both its
# spellings), and their usual abbreviations; English ones are MONTHS'.  Those languages put the
# day first ("12 mars 2021", "12. März 2021", "12 de marzo de 2021", "30 августа 2023", "28 जून
# 2024").
OTHER_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "janvier janv januar jänner jän enero gennaio genn janeiro januari января янв जनवरी",
            "février févr fevrier fevr februar febrero febbraio fevereiro februari fev"
            " февраля фев फ़रवरी फ़रवरी फरवरी",
            "mars märz mär maerz marzo março maart mrt марта मार्च",
            "avril avr abril aprile abr апреля апр अप्रैल",
            "mai mayo maggio maio mei мая मई",
            "juin juni junio giugno junho июня июн जून",
            "juillet juil juli julio luglio julho июля июл जुलाई",
            "août aout augustus agosto ago августа авг अगस्त",
            "septembre setiembre septiembre settembre setembro set сентября сент сен सितंबर सितम्बर",
            "octobre okt oktober octubre ottobre outubro out октября окт अक्टूबर अक्तूबर",
            "novembre noviembre novembro ноября нояб ноя नवंबर नवम्बर",
            "décembre déc decembre dezember dez diciembre dicembre dezembro декабря дек दिसंबर"
            " दिसम्बर",
        ),
        start=1,
    )
    for name in names.split()
} | datewords.MORE_MONTHS  # and those of more languages and scripts: datewords
OTHER_MONTH_NAMES = datewords.month_names_pattern(OTHER_MONTHS)
_OTHER_MONTH = "(?P<omon>" + OTHER_MONTH_NAMES + r")\.?"

# A year ends where digits end, or where a time glued to it begins: a dump joins the text of
# side-by-side elements, so "Nov 20 2019" and "4:29 AM" can come out as "Nov 20 20194:29 AM",
# and "18.11.2019" and "Get short URL" as "18.11.2019Get short URL".
# A page's visible date and its copy for screen readers come out glued the same way: "27 Jan
# 202427 Jan 2024".
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d{2})|(?=\d{1,2}\s+(?i:" + MONTH_NAME + r")))"

# The other languages' month first, as English does, with the comma, as Latin American and
# East African pages print them ("Noviembre 05, 2025", "Jumatano, Novemba 05, 2025"): looked
# for only in a text holding "05, 2025" (MONTH_FIRST_HINT), as trying every month name at
# every word costs a tenth of the search.
MONTH_FIRST = re.compile(
    r"(?<!\w)" + _OTHER_MONTH + r"\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})" + _YEAR_END, re.I
)
MONTH_FIRST_HINT = re.compile(r"\s\d{1,2},\s*\d{4}")

# The date shapes news pages print, most specific first.  Numeric day-month order is
# ambiguous: day-first with dots ("12.03.2021", as every language writing dates so means) or
# on a page in another language than English; else month-first, as US pages print them,
# unless the first number cannot be a month.
DATE_PATTERNS = (
    # (Its label may be glued to it in a script other than Latin: "송고2025-02-21 14:03".)
    re.compile(r"(?<![\dA-Za-z])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:\b|(?=T\d))"),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _YEAR_END, re.I),
    # (Indian pages may leave out the space after the comma: "04 March,2025 07:10 AM IST".)
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
        + _MONTH
        + r"(?:,\s*|\s+)(?P<y>\d{4})"
        + _YEAR_END,
        re.I,
    ),
    # The other languages' day, month name and year ("1er mars 2021", "12 de marzo de 2021",
    # Thai "21 ก.พ. พ.ศ. 2568" in the Buddhist era).
    re.compile(
        r"\b(?P<d>\d{1,2})(?:er|º|°)?(?P<dot>\.)?\s+(?:de\s+)?"
        + _OTHER_MONTH
        # (Arabic pages may put the comma after the space: "04 نوفمبر ,2025", Urdu ones
        # Arabic's comma: "08 نومبر ، 2025".)
        + r"(?:[,،]?\s+|\s+[,،]\s*)(?:de\s+|พ\.\s?ศ\.\s*)?(?P<y>\d{4})"
        + _YEAR_END,
        re.I,
    ),
    # The Solar Hijri calendar's: "۳ اسفند ۱۴۰۳".
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})\s+(?P<jmon>"
        + datewords.month_names_pattern(datewords.SOLAR_HIJRI_MONTHS)
        + r")\s+(?P<y>\d{4})(?!\d)"
    ),
    datewords.VIETNAMESE_DATE,
    datewords.THAI_SHORT_YEAR_DATE,
    # A month's short name between dots: "11.jun.2024", "11.out.2024".
    re.compile(
        r"\b(?P<d>\d{1,2})[.-](?:" + _MONTH + "|" + _OTHER_MONTH + r")[.-](?P<y>\d{4})" + _YEAR_END,
        re.I,
    ),
    # (Or bars, day first, as Greek pages print them: "07|11|2025 - 11:54"; Czech and Slovak
    # pages put a space after each dot: "9. 1. 2025 18:32".)
    re.compile(
        r"\b(?P<a>\d{1,2})(?P<sep>[/.|-])(?:(?<=\.) )?(?P<b>\d{1,2})[/.|-](?:(?<=\.) )?(?P<y>\d{4})"
        + _YEAR_END
    ),
    # US bylines print a two-digit year: "11/18/19 11:04 PM EST", "On 11/13/19 at 4:00 PM".
    # Only with a time after it: alone, "3/4/19" may as well be a score or a ratio.
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?=,?\s+(?:at\s+)?\d{1,2}:\d{2}\b)"),
    # And with dots, day first: "21.02.25, 14:03", "21.02.25 | 14:03"; or after the time:
    # "16:20, 04.11.25".
    re.compile(
        r"\b(?P<a>\d{1,2})(?P<sep>\.)(?P<b>\d{1,2})\.(?P<yy>\d{2})(?=\s*[,|]?\s+\d{1,2}:\d{2}\b)"
    ),
    re.compile(
        r"(?<=\d:\d\d)\s*[,|]?\s*(?P<a>\d{1,2})(?P<sep>\.)(?P<b>\d{1,2})\.(?P<yy>\d{2})(?![\w.])"
    ),
    # Hungarian, year first: "2025. november 4.", "2025. nov. 4. 10:33".
    re.compile(
        r"(?<!\d)(?P<y>\d{4})\.\s+(?:"
        + _MONTH
        + "|"
        + _OTHER_MONTH
        + r")\s+(?P<d>\d{1,2})\.(?!\d)",
        re.I,
    ),
    MONTH_FIRST,
    # Chinese and Japanese "2018年6月18日", Korean "2018년 6월 18일".
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
)


# Dates before the web news era or after "next year" are misreadings (a product number, a
# price), not publication dates.
EARLIEST_YEAR = 1995


def parse_date(text: str, *, day_first: bool = False) -> str | None:
    """The first plausible calendar date in the text as ISO YYYY-MM-DD; None, never a default.
    (`day_first`: read "12/03/2021" as 12 March, as pages in most languages but English do.)"""
    for _, iso in find_dates(text, day_first=day_first):
        return iso
    return None


def find_dates(text: str, *, day_first: bool = False) -> list[tuple[int, str]]:
    """(offset, ISO date) for every plausible date in the text, in order of appearance."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        if pattern is MONTH_FIRST and not MONTH_FIRST_HINT.search(text, 0, 5000):
            continue
        for m in pattern.finditer(text[:5000]):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            iso = _iso_from_match(m, day_first)
            if iso:
                found.append((m.start(), iso))
                taken.append((m.start(), m.end()))
    return sorted(found)


# How a page orders a numeric date's day and month ("12/03/2024"), told by its clocks: a time
# zone of countries writing the day first, or a 24-hour clock past noon ("14:32"), which US
# pages do not print; a US zone or the AP style's "a.m."/"p.m." for the month first.
DAY_FIRST_CLOCK = re.compile(
    r"(?<![\d:])(?:1[3-9]|2[0-3])[:h]\d\d(?![\d:]|\s*[ap]\.?m\b)"
    r"|\d[:.h]\d\d\s*\(?(?:GMT|BST|CET|CEST|EET|EEST|WET|WEST|IST|AEST|AEDT|ACST|AWST|NZST"
    r"|NZDT|SAST|MSK|WIB|HKT|SGT|PKT|Uhr)\b",
    re.I,
)
MONTH_FIRST_CLOCK = re.compile(
    r"\d(?::\d\d)?\s*(?:[ap]\.m\.|(?:[ap]m\s*)?\(?(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST"
    r"|AKDT|HST|ET|PT|CT|MT)\b)",
    re.I,
)
# The country codes of addresses whose sites write the day first (not .co or .ca: American
# start-ups use the one and Canadian pages print both orders), and US-only domains.
DAY_FIRST_TLDS = frozenset(
    "uk ie fr de in au nz za it es pt br ar mx cl pe nl be ch at pl ru tr gr se no dk fi cz sk"
    " hu ro bg hr rs si ng ke gh pk bd lk ae sa eg ma id my sg hk il eu".split()
)
MONTH_FIRST_TLDS = frozenset("us gov mil".split())
# Link shorteners' hosts, whose country codes tell nothing of the site ("youtu.be").
SHORTENER_HOSTS = frozenset("youtu.be t.co bit.ly goo.gl ow.ly buff.ly dlvr.it amzn.to".split())


def numeric_order(stamps: str, text: str) -> bool | None:
    """Does the page write "12/03/2024" for 12 March (True) or for 3 December (False), by the
    clocks of its date stamps and the host its text links most; None when they tell nothing
    or contradict each other.  (Only the stamps' clocks: elsewhere "14:32" may be a video's
    length.)"""
    hosts = [h for url in URL.findall(text) if (h := host_of(url)) and h not in SHORTENER_HOSTS]
    top = max(set(hosts), key=hosts.count) if hosts else ""
    tld = top.rsplit(".", 1)[-1]
    day_first = bool(DAY_FIRST_CLOCK.search(stamps)) or tld in DAY_FIRST_TLDS
    month_first = bool(MONTH_FIRST_CLOCK.search(stamps)) or tld in MONTH_FIRST_TLDS
    return day_first if day_first != month_first else None


def unambiguous_dates(text: str) -> set[str]:
    """The dates in the text that read the same in either numeric order."""
    either = set(find_dates(text)) & set(find_dates(text, day_first=True))
    return {iso for _, iso in either}


# A day and month without a year, as date stamps print dates of the current year: "Nov 19",
# "19 November" (not followed by a year: those are DATE_PATTERNS').
YEARLESS_PATTERNS = (
    re.compile(
        r"(?<![\w-])" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?!,?\s*\d{4})", re.I
    ),
    re.compile(
        r"(?<![\w-])(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
        + _MONTH
        + r"(?!\w)(?!,?\s*\d{4})",
        re.I,
    ),
    # "Publié le 12 mars à 14h32", "am 3. Februar, 14:32 Uhr", "el 7 de noviembre".
    re.compile(
        r"(?<![\w-])(?P<d>\d{1,2})(?:er|º|°)?\.?\s+(?:de\s+)?"
        + _OTHER_MONTH
        + r"(?!\w)(?!,?\s*(?:de\s+)?\d{4})",
        re.I,
    ),
    # Japanese "8/23(金)" (month, day, the day of the week in brackets) and Chinese or
    # Japanese "8月23日" (no year before it).
    re.compile(r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})\s*[(（][月火水木金土日][)）]"),
    re.compile(r"(?<![\d年])(?<!年\s)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
)


def find_yearless(text: str) -> list[tuple[int, int, int]]:
    """(offset, month, day) for every day-and-month without a year in the text, in order."""
    found = []
    for pattern in YEARLESS_PATTERNS:
        for m in pattern.finditer(text[:500]):
            day = int(m["d"])
            if 1 <= day <= 31:
                found.append((m.start(), _month_named(m.groupdict()), day))
    return sorted(found)


def _month_named(parts: dict[str, str | None]) -> int:
    """The number of the month a match names, in English (`mon`) or another language (`omon`),
    or writes in digits (`m`)."""
    if parts.get("m"):
        return int(str(parts["m"]))
    if parts.get("omon"):
        name = str(parts["omon"]).lower()
        if name == "listopada" and parts.get("dot"):
            return 10  # Croatian writes "5. listopada 2025." (October), Polish "5 listopada"
        return OTHER_MONTHS[name]
    return MONTHS[str(parts["mon"]).lower()[:3]]


def parse_date_any(text: str, language: str | None) -> str | None:
    """A date in any language dateparser knows ("7. März 2019"), as ISO; None when it finds
    no full, plausible date.  Slow: meant for a few candidate lines, not for every line.
    A numeric date is read day first but on an English page ("9/1/2025" is 9 January on a
    Czech one): dateparser's search reads it month first, whatever the language."""
    try:
        from dateparser.search import search_dates

        found = search_dates(
            text[:200],
            languages=[language] if language else None,
            settings={
                "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "DATE_ORDER": "MDY" if language in (None, "en") else "DMY",
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input; a date is optional
        return None
    for said, when in found or []:
        iso = make_iso(when.year, when.month, when.day) if states_date(said, when) else None
        if iso:
            return iso
    return None


# A word that may name a month in any script ("März", "августа", "जून"); shorter words are
# not ("un" is Spanish for one, which dateparser takes for January).
MONTH_WORD = re.compile(r"[^\W\d_]{3,}")


def states_date(said: str, when: dt.date) -> bool:
    """Does the text dateparser read a date from write that date out: its year and day in
    digits, its month in digits or as a word?  Not "heute", "आज" or "2 hours ago" (the day
    they are read on), nor "un 3% en 2024" ("un" taken for January)."""
    numbers = [int(n) for n in re.findall(r"\d+", said)]
    if when.year not in numbers:
        return False
    numbers.remove(when.year)
    if when.day not in numbers:
        return False
    numbers.remove(when.day)
    return when.month in numbers or MONTH_WORD.search(said) is not None


def _iso_from_match(m: re.Match[str], day_first: bool = False) -> str | None:
    parts = m.groupdict()
    if parts.get("by"):  # the Buddhist era's year, its last two digits
        year = datewords.from_buddhist_year(2500 + int(str(parts["by"])))
    else:
        year = int(parts["y"]) if parts.get("y") else 2000 + int(parts["yy"])
    if parts.get("jmon"):
        return _solar_hijri_iso(year, datewords.SOLAR_HIJRI_MONTHS[str(parts["jmon"])], parts)
    if parts.get("mon") or parts.get("omon"):
        month, day = _month_named(parts), int(parts["d"])
        if (parts.get("omon") or "").lower() in datewords.THAI_MONTHS:
            year = datewords.from_buddhist_year(year)
    elif parts.get("a"):
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 or (b <= 12 and (day_first or parts.get("sep") in (".", "|"))):
            month, day = b, a
        else:
            month, day = a, b
    elif year in datewords.SOLAR_HIJRI_YEARS:  # "۱۴۰۳/۱۲/۰۳"
        return _solar_hijri_iso(year, int(parts["m"]), parts)
    else:
        month, day = int(parts["m"]), int(parts["d"])
    return make_iso(year, month, day)


def _solar_hijri_iso(year: int, month: int, parts: dict[str, str | None]) -> str | None:
    """ISO date of a Solar Hijri year and month and the match's day."""
    found = datewords.solar_hijri_to_iso(year, month, int(str(parts["d"])))
    return make_iso(*found) if found else None


def make_iso(year: int, month: int, day: int) -> str | None:
    """ISO date if it is a real, plausible calendar day, else None."""
    if not EARLIEST_YEAR <= year <= dt.date.today().year + 1:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
