"""Metadata helpers shared by the text and HTML cleaners: dates, sources, authors, titles.

Every function is pure and works on strings; the text cleaner decides which lines to ask about.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from clipper.clean import datewords
from clipper.clean.scriptbylines import labelled_names

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

# The date shapes news pages print, most specific first.  Numeric day-month order is
# ambiguous: day-first with dots ("12.03.2021", as every language writing dates so means) or
# on a page in another language than English; else month-first, as US pages print them,
# unless the first number cannot be a month.
DATE_PATTERNS = (
    # (Its label may be glued to it in a script other than Latin: "송고2025-02-21 14:03".)
    re.compile(r"(?<![\dA-Za-z])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:\b|(?=T\d))"),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _YEAR_END, re.I),
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
        + _MONTH
        + r",?\s+(?P<y>\d{4})"
        + _YEAR_END,
        re.I,
    ),
    # The other languages' day, month name and year ("1er mars 2021", "12 de marzo de 2021",
    # Thai "21 ก.พ. พ.ศ. 2568" in the Buddhist era).
    re.compile(
        r"\b(?P<d>\d{1,2})(?:er|º|°)?\.?\s+(?:de\s+)?"
        + _OTHER_MONTH
        + r",?\s+(?:de\s+|พ\.\s?ศ\.\s*)?(?P<y>\d{4})"
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
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})[/.-](?P<y>\d{4})" + _YEAR_END),
    # US bylines print a two-digit year: "11/18/19 11:04 PM EST", "On 11/13/19 at 4:00 PM".
    # Only with a time after it: alone, "3/4/19" may as well be a score or a ratio.
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?=,?\s+(?:at\s+)?\d{1,2}:\d{2}\b)"),
    # And with dots, day first: "21.02.25, 14:03".
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>\.)(?P<b>\d{1,2})\.(?P<yy>\d{2})(?=,?\s+\d{1,2}:\d{2}\b)"),
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
        return OTHER_MONTHS[str(parts["omon"]).lower()]
    return MONTHS[str(parts["mon"]).lower()[:3]]


def parse_date_any(text: str, language: str | None) -> str | None:
    """A date in any language dateparser knows ("7. März 2019"), as ISO; None when it finds
    no full, plausible date.  Slow: meant for a few candidate lines, not for every line."""
    try:
        from dateparser.search import search_dates

        found = search_dates(
            text[:200],
            languages=[language] if language else None,
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
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
        if a > 12 or (b <= 12 and (day_first or parts.get("sep") == ".")):
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


# --- sources -------------------------------------------------------------------------------

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')]+", re.I)
HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.I)


# A user's own additions and corrections to the shipped host map; their lines win.
USER_SOURCES_ENV = "CLIPPER_SOURCES"
USER_SOURCES_FILE = "~/.config/clipper/sources.tsv"


def load_sources() -> dict[str, str]:
    """host -> publication name: clipper/data/sources.tsv, then the user's own file."""
    user = os.environ.get(USER_SOURCES_ENV) or os.path.expanduser(USER_SOURCES_FILE)
    return _load_sources(user)


@cache
def _load_sources(user_path: str) -> dict[str, str]:
    shipped = resources.files("clipper").joinpath("data/sources.tsv").read_text(encoding="utf-8")
    table = _parse_sources(shipped)
    # No user file is the usual case; one we cannot read leaves the shipped map working.
    with contextlib.suppress(OSError, UnicodeDecodeError):
        table.update(_parse_sources(Path(user_path).read_text(encoding="utf-8")))
    return table


def _parse_sources(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#") and "\t" in line:
            host, name = line.split("\t", 1)
            host = host.strip().lower().removeprefix("www.")
            if host and name.strip():
                table[host] = name.strip()
    return table


def host_of(url: str) -> str | None:
    """The host of a URL (without www.), or None."""
    if not re.match(r"(?i)^https?://", url):
        url = "http://" + url
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host if HOST.match(host) else None


def source_from_host(host: str) -> str | None:
    """A readable publication name for a host, from the sources table; None when unknown.

    Sub-domains fall back to their parents (p.dw.com -> dw.com)."""
    table = load_sources()
    parts = host.lower().removeprefix("www.").split(".")
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return None


# Labels under a country's code that say what kind of site it is, not which (express.co.uk,
# abc.net.au, folha.com.br): the site's own label is the one before them.
GENERIC_SECOND_LEVEL = frozenset("co com net org ac gov edu ne or go gob nic".split())


def site_label(host: str) -> str | None:
    """The label of a host that spells the site's name (theverge.com: "theverge",
    www.express.co.uk: "express"); None for a host without a dot."""
    parts = host.lower().split(".")
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in GENERIC_SECOND_LEVEL:
        return parts[-3]
    return parts[-2]


# The legal forms a company's name ends in, in the languages of the pages the cleaner reads
# (Hindi writes "Limited" and "Corp" out in its own script: "लिमिटेड", "कॉर्प"): Polish "sp. z
# o.o.", Spanish and French "SA", "S.A.S.", Irish "DAC", Italian "SpA", "S.r.l.", Brazilian
# "Ltda", Turkish "A.Ş.", German "KG", Japanese "K.K.", Dutch "B.V.", Nordic "Oy", Czech and
# Slovak "s.r.o.", "a.s.", Hungarian "Kft.", "Zrt.", Balkan "d.o.o.", Malaysian "Sdn Bhd",
# Indonesian "Tbk", Greek "Α.Ε." ("Μονοπρόσωπη Α.Ε.": a company of one shareholder), Russian
# "ООО", "АО".  ("sp" alone is what is left of "sp. z o.o." where a name stops at a full stop;
# in lower case only, as "SP" is São Paulo's; "AS", "AB", "PT", "SIA" in capitals only, as
# "as" is a word.)
LEGAL_FORMS = (
    r"inc|llc|ltda|ltd|limited|pty|pvt|plc|gmbh|kgaa|kg|corp|corporation|co|company"
    r"|sp\.\s*z\s*o\.\s*o|sp\.\s*k|sp\.\s*j|(?-i:sp)"
    r"|s\.a\.s|s\.a\.u|s\.l\.u|s\.a|s\.l|s\.r\.l|s\.p\.a|s\.r\.o|spol\.\s*s\s*r\.\s*o"
    r"|sa|sas|sarl|spa|srl|dac|b\.v|bv|n\.v|nv|ag|a\.ş|a\.s|k\.k|oy|oyj|kft|zrt|nyrt|d\.o\.o"
    r"|sdn\.?\s*bhd|bhd|tbk|(?-i:AS|ASA|AB|PT|SIA|UAB|JSC|PJSC)"
    r"|μονοπρόσωπη\s+α\.ε|α\.ε|ε\.π\.ε|ι\.κ\.ε|(?-i:ООО|ОАО|ЗАО|ПАО|АО|АНО)"
    r"|लिमिटेड|प्राइवेट|कॉर्प|कंपनी"
)

# Company-form suffixes and leftovers of a copyright line (its years, "2011-2019" too): a reader
# says "CNBC", not "CNBC LLC".
CORPORATE_TAIL = re.compile(
    r"(?i)(?:[\s,]+(?:(?:&|and)\s+)?(?:" + LEGAL_FORMS + r"|all\s+rights\s+reserved"
    r"|\d{4}(?:\s*[-–]\s*\d{4})?)\.?)+$"
)
# The domain a name may be written with ("MacRumors.com", "POLYGRAPH.info"): a reader says
# "MacRumors".  ("S.Paulo" is no domain: a domain is lower-case.)
DOMAIN_TAIL = re.compile(r"(?<=\w)(?:\.[a-z]{2,6})+$")
# Where a copyright holder's name may start, in a pattern that ignores case: a capital in its
# first letters ("Kyodo", "e-Eighteen", "iHeartMedia"); "… is copyright and cannot be
# reproduced" names nobody.  In scripts without case (Hebrew, Arabic, the Indian scripts, Thai,
# kana, Chinese characters, Hangul) any letter; in Greek and Cyrillic a capital.
HOLDER_START = (
    r"(?=(?-i:[A-Z0-9\u00c0-\u00de\u0386-\u03ab\u0400-\u042f]|[a-z]{1,3}-?[A-Z]"
    r"|[\u05d0-\u05ea\u0620-\u064a\u0904-\u0d7f\u0e01-\u0e30\u3040-\u30ff\u3400-\u9fff"
    r"\uac00-\ud7a3]))"
)
# The vowel signs and other marks of those scripts, which \w leaves out: a name's characters
# are \w and these ("अमर उजाला" holds the sign "ा").
SCRIPT_MARKS = r"\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f"
COPYRIGHT_HEAD = re.compile(r"(?i)^(?:©|\(c\)|copyright|\s|\d{4}|[-–,])+")
# Argentine and Spanish holders may write their legal form first: "SA LA NACION", "S.A. El
# Comercio" (only before a name of two words or more: "SA Breaking" is South Africa's); so do
# Indonesian, Latvian, Lithuanian and Russian ones ("PT Kompas Media", "SIA «Medusa»", "ООО
# «Газета»"), and Japanese, Korean and Chinese ones, before or after the name, without a space
# ("株式会社朝日新聞社", "(주)한겨레", "南华早报出版有限公司").
LEGAL_FORM_HEAD = re.compile(
    r"^(?:S\.?A\.?\s+(?=\S+\s+\S)|(?:PT|SIA|UAB|ООО|ОАО|ЗАО|ПАО|АО|АНО)\.?\s+(?=\S))"
)
CJK_LEGAL_FORM = re.compile(r"株式会社|有限会社|股份有限公司|有限公司|\(주\)|㈜|주식회사")
# What is left of a holder's name in quotes once its legal form is gone: "«Medusa Project»".
QUOTED_NAME = re.compile(r"^[«\"“„](?P<name>[^«»\"“”„]+)[»\"”]$")


# The short words of shouted names that are no acronyms, articles and publications' words:
# once a name's other words are written as words, so are they ("LA NACION" is "La Nacion",
# "DAILY MAIL" "Daily Mail"; "EL PAÍS" and "NEW YORK POST" stay, as "PAÍS" and "NEW" may be
# acronyms for all we know).
SHOUTED_WORDS = frozenset(
    "the la le el il lo les los las der die das news post mail star sun time week day".split()
)
# A broadcaster's call sign stays in capitals: "KSDK-TV", "WRAL-FM"; so does an acronym with a
# number: "VG247".
CALL_SIGN = re.compile(r"^[A-Z]{3,4}-[A-Z]{2}$|^[A-Z]{1,3}\d+$")


def normalise_source(name: str) -> str:
    """A publication name as a reader writes it: trimmed, without "Inc."/"LLC"/years, SHOUTED
    names in title case (short all-capital words are kept: they are acronyms)."""
    name = re.sub(r"\s+", " ", name).strip(" .,;:-–—|")
    name = LEGAL_FORM_HEAD.sub("", COPYRIGHT_HEAD.sub("", name))
    name = CORPORATE_TAIL.sub("", name).strip(" .,;:-–—|")
    if CJK_LEGAL_FORM.search(name):
        name = CJK_LEGAL_FORM.sub("", name).strip(" .,;:-–—|")
    quoted = QUOTED_NAME.match(name)
    if quoted and name != quoted["name"]:
        name = quoted["name"].strip()
    if name.isupper() and len(name) > 4:
        words = [
            w.capitalize() if len(w) > 4 and not CALL_SIGN.match(w) else w for w in name.split()
        ]
        if all(w.lower() in SHOUTED_WORDS for w in words if w.isupper()):
            words = [w.capitalize() for w in words]
        name = " ".join(words)
    return name


# --- authors -------------------------------------------------------------------------------

# A capital letter of any cased script: names are written in many ("Álvaro", "Özlem", "Ерофеева").
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper()) + "]"

# A name's words: capitalised ones, the particles between them ("Lauren del Valle", "Ursula von
# der Leyen") and a nickname in quotes ('Amanda "Tania Mae" Tan').
_NAME = (
    UPPER
    + r"[\w'’.-]*(?:\s+(?:"
    + UPPER
    + r"[\w'’.-]*|(?:van|von|de|del|della|der|den|da|das|dos|du|di|le|la|bin|ibn|al)(?!\w)"
    + r"|[\"“]"
    + UPPER
    + r"[\w'’. -]{0,30}[\"”]))*"
)
# What joins two writers' names: "and" in the languages whose bylines BYLINE reads (Russian
# "и", Ukrainian "і" and "та", Greek "και"); names.NAME_JOINS holds them too.
NAME_JOIN_WORDS = "and und et y e и і та και".split()
_JOIN = r"(?:\s*[,&]\s*|\s+(?:" + "|".join(NAME_JOIN_WORDS) + r")\s+)"
_NAMES = r"(?P<name>" + _NAME + r"(?:" + _JOIN + _NAME + r")*)"
BYLINE = re.compile(
    r"^(?:(?i:(?:(?:written|posted|story|words|text|reporting|analysis|opinion|commentary"
    r"|review|column)"
    r"\s+)?by|von|par|por)\s*:?\s+"
    # Italian "di Andrea Arzilli" (in lower case only: "Di Maio ha detto" is a sentence), and
    # an author's label: "Author: Jane Doe", "Texto: Ana Gómez", "Текст: Венера Ерофеева",
    # "Yazar: Ahmet Yılmaz", "Penulis: Budi Santoso", "Tác giả: Nguyễn Văn An".
    r"|di\s+|(?i:author|autor|autora|auteur|autore|text|texto|testo|текст|автор|авторка"
    r"|reporter|yazar|szerző|penulis|pewarta|wartawan|oleh|kirjoittaja|forfatter|författare"
    r"|tác\s+giả|autorius|συντάκτης)\s*:\s*)"
    # "By political reporter Tom Crowley", "By chief business correspondent Ian Verrender"
    r"(?:(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer)\s+)?" + _NAMES
)
# A byline whose label is a frequent word, the whole line and the name of two words or more:
# Greek "Του Γιώργου Παπαδόπουλου" (of, the name in the genitive; "Του Αγίου Πνεύματος η
# εορτή" is a sentence), "Γράφει ο Νίκος Ζαχαρίου" (writes), "Από τον Νίκο Ζαχαρίου" (by);
# Vietnamese "Theo Nguyễn Văn An" (by, and "according to": "Theo Reuters" cites a source, and
# Theo is a first name: there a name with a letter outside ASCII only); "by" in Indonesian,
# Dutch, Swedish and Danish: "Oleh Budi Santoso", "Door Jan de Vries", "Av Lars Holm".  The
# date may follow: "Door Jan de Vries | 4 maart 2024".
LABEL_BYLINE = re.compile(
    r"^(?P<label>Theo|Oleh|Door|Av|Af|Του|Της|Των|Γράφ(?:ει|ουν)(?:\s+(?:ο|η|οι))?"
    r"|Από\s+τ(?:ον|ην|ους))\s+" + _NAMES + r"(?:\s*[|·•–—-]\s.*|\s+\d.*)?$"
)

# A blog's "Posted on July 14, 2021 by Jenny Alcott": the byline after the date.
POSTED_BYLINE = re.compile(
    r"^(?i:posted|published|written)\s+(?:(?i:on)\s+)?[\w ,./:-]{4,40}?\s+(?i:by)\s+" + _NAMES
)

# Words that end a name in a byline: what follows is a date, a role or a time.  A month only
# before a number: "Mark", "June", "Jana" and "Novak" are names ("By Ann Lee and Mark Ray").
NAME_STOP = re.compile(
    r"(?i)\s+(?:\||[-–—]|published|updated|posted|on|at|in|for|staff|senior|special|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?=\.?\s*\d)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$"
)


# "Jane Doe By Jane Doe": a byline after the name a picture or a link gave first.
ECHOED_BYLINE = re.compile(r"^(?P<name>" + _NAME + r")\s+(?i:by):?\s+(?P=name)(?!\w)")


# A role glued to the name by a dump that joined two elements: "Meg JamesStaff Writer".
GLUED_ROLE = re.compile(
    r"(?<=[a-z])(?:Staff|Senior|Special|Contributing|Contributor|Correspondent|Reporter|Editor"
    r"|Columnist)\b.*$"
)

# A join left at a name's end when what followed it was cut off.
DANGLING_JOIN = re.compile(r"(?:\s*,|\s+and|\s*&)+$")

# What a byline names after its writers, and is no writer: their publication or agency
# ("Troy L. Smith, Cleveland.com", "Eric Song, IGN", "Jane Doe, Associated Press").
AFFILIATION = re.compile(
    r"^(?:The\s.+|[A-Z0-9]{2,5}|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}"
    r"|.+\s(?:News|Times|Press|Wire|Agency|Service|Network|Media|Magazine|Journal|Tribune"
    r"|Herald|Gazette|Chronicle)|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax)$"
)


def author_from_byline(line: str) -> str | None:
    """The name(s) in a "By X" byline, or None.  Roles and the publication or agency after
    the names are left out ("By Jane Doe, Associated Press": "Jane Doe")."""
    text = line.strip()
    m = BYLINE.match(text) or ECHOED_BYLINE.match(text) or POSTED_BYLINE.match(text)
    if not m:
        label = LABEL_BYLINE.match(text)
        if label and " " in label["name"]:
            return None if label["label"] == "Theo" and label["name"].isascii() else label["name"]
        return labelled_names(text)
    # (Looked for in the rest of the line: a month stops a name only before a day or year.)
    stop = NAME_STOP.search(m.string, m.start("name"))
    name = m.group("name")[: stop.start() - m.start("name") if stop else None].strip(" ,.")
    name = GLUED_ROLE.sub("", name).strip(" ,.")
    name = DANGLING_JOIN.sub("", name)  # "By Ann Lee and March 4, 2024": the month cut off
    first, *more = re.split(r"\s*,\s*", name)
    # (The first is the byline's own name, even an agency's: "By Reuters".)  A single word
    # after it is a desk or a publication, no writer: "Von Anja Heuser, ARD-Hauptstadtstudio".
    writers = (part for part in more if " " in part and not AFFILIATION.match(part))
    name = ", ".join([first, *writers])
    if name.lower() in SITE_ACCOUNTS:
        return None  # "Posted on March 30, 2015 by Admin": the blog's account, nobody's name
    return name if 2 <= len(name) <= 80 else None


# The accounts a blog's software posts under when nobody signs.
SITE_ACCOUNTS = frozenset("admin administrator webmaster root user guest".split())


# --- titles --------------------------------------------------------------------------------

BREADCRUMB_SEP = re.compile(r"\s+(?:>|»|›|/|\|)\s+")
READING_PREFIX = re.compile(r"^(?:reading|now reading|you are reading|print)\s*:\s*(.+)$", re.I)


def title_from_breadcrumb(line: str) -> str | None:
    """The last part of a breadcrumb "Home > Section > Title", when there are two or more parts."""
    parts = BREADCRUMB_SEP.split(line.strip())
    if len(parts) < 2:
        return None
    return parts[-1].strip() or None


def title_from_reading_line(line: str) -> str | None:
    """The title in a "Reading: Title" line, or None."""
    m = READING_PREFIX.match(line.strip())
    return m.group(1).strip() if m else None


def clean_title(title: str) -> str:
    """A title without surrounding whitespace or a trailing " | Site" / " - Site" tail."""
    title = re.sub(r"\s+", " ", title).strip()
    return re.split(r"\s+[|–—]\s+(?=[^|–—]{2,40}$)", title)[0].strip()
