"""Publications: a host's name from the sources table, and a publication's name as a reader
writes it (without its legal form, copyright years or domain).

Every function is pure and works on strings; the cleaners decide which lines to ask about.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

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
# "ООО", "АО", Ukrainian "АТ", "ТОВ", Austrian and German "m.b.H.", "GesmbH", Singaporean "Pte",
# Serbian, Croatian and Slovene "d.d.", "д.о.о.", "а.д.", Bulgarian and Macedonian "ЕООД",
# "ООД", "АД", "ДООЕЛ", Estonian "OÜ", Danish "ApS", Thai "จำกัด" (limited), French "& Cie".
# ("sp" alone is what is left of "sp. z o.o." where a name stops at a full stop; in lower case
# only, as "SP" is São Paulo's; "AS", "AB", "PT", "SIA" in capitals only, as "as" is a word.)
LEGAL_FORMS = (
    r"inc|llc|ltda|ltd|limited|pty|pvt|plc|gmbh|kgaa|kg|corp|corporation|co|company"
    r"|sp\.\s*z\s*o\.\s*o|sp\.\s*k|sp\.\s*j|(?-i:sp)"
    r"|s\.a\.s|s\.a\.u|s\.l\.u|s\.a|s\.l|s\.r\.l|s\.p\.a|s\.r\.o|spol\.\s*s\s*r\.\s*o"
    r"|sa|sas|sarl|spa|srl|dac|b\.v|bv|n\.v|nv|ag|a\.ş|a\.s|k\.k|oy|oyj|kft|zrt|nyrt|d\.o\.o"
    r"|cie|d\.d|ges\.?\s*m\.?\s*b\.?\s*h|m\.\s*b\.\s*h|mbh|pte|aps|oü"
    r"|sdn\.?\s*bhd|bhd|tbk|(?-i:AS|ASA|AB|PT|SIA|UAB|JSC|PJSC)"
    r"|μονοπρόσωπη\s+α\.ε|α\.ε|ε\.π\.ε|ι\.κ\.ε|(?-i:ООО|ОАО|ЗАО|ПАО|АО|АНО|АТ|ПАТ|ПрАТ|ТОВ)"
    r"|д\.о\.о|а\.д|(?-i:ЕООД|ООД|ЕАД|АД|ДООЕЛ|ДОО)"
    r"|लिमिटेड|प्राइवेट|कॉर्प|कंपनी|จำกัด"
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
# A holder's address after its name: "매일경제 & mk.co.kr".
AND_ADDRESS = re.compile(r"\s+&\s+[a-z0-9-]+(?:\.[a-z]{2,6}){1,2}$")
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
# Indonesian, Latvian, Lithuanian, Russian and Ukrainian ones ("PT Kompas Media", "SIA
# «Medusa»", "ООО «Газета»", "АТ «НСТУ»"), and Japanese, Korean and Chinese ones, before or
# after the name, without a space ("株式会社朝日新聞社", "(주)한겨레", "南华早报出版有限公司").
LEGAL_FORM_HEAD = re.compile(
    r"^(?:S\.?A\.?\s+(?=\S+\s+\S)"
    r"|(?:PT|SIA|UAB|ООО|ОАО|ЗАО|ПАО|АО|АНО|АТ|ПАТ|ПрАТ|ТОВ)\.?\s+(?=\S))"
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
            capitalized(w) if len(w.strip(QUOTES)) > 4 and not CALL_SIGN.match(w) else w
            for w in name.split()
        ]
        if all(w.lower() in SHOUTED_WORDS for w in words if w.isupper()):
            words = [capitalized(w) for w in words]
        name = " ".join(words)
    return name


# Quotes around a word of a name: «НСТУ», „Rzeczpospolita”, "Time".
QUOTES = "«»„“”\"'‘’"


def capitalized(word: str) -> str:
    """The word with its first letter a capital and the rest small, as str.capitalize writes
    it but for quotes before it: "«ЗВЕЗДА»" is "«Звезда»", not "«звезда»"."""
    lead = len(word) - len(word.lstrip(QUOTES))
    return word[:lead] + word[lead:].capitalize()


# A logo's text as a dump prints it, its alt text: "BILD Logo", "Logo Le Monde", "Логотип
# РБК".  A reader cites the name.
LOGO_WORD = re.compile(r"(?i)^(?:logo(?:tipo|type)?|логотип)\s+(?=\S)|\s+(?:logo|логотип)$")


def without_logo(name: str) -> str:
    """The name a logo's alt text gives, without its "Logo"."""
    return LOGO_WORD.sub("", name) if "logo" in name.lower() or "логотип" in name.lower() else name


# The medium's word a name may carry before it: "قناة العربية" (the Al Arabiya channel),
# "صحيفة الرياض" (the newspaper Al Riyadh), "Телеканал Дождь".  The page's masthead tells
# whether the brand is the name alone ("Газета" is a word of "Газета.Ru" itself).
MEDIUM_WORD = re.compile(
    r"(?i)^(?:قناة|صحيفة|جريدة|مجلة|موقع|شبكة|телеканал|радиостанция|газета|журнал)"
    r"\s+(?P<name>\S.*)$"
)


def medium_named(name: str) -> str | None:
    """The name after a medium's word ("العربية" for "قناة العربية"), or None."""
    m = MEDIUM_WORD.match(name)
    return m["name"] if m else None


# Greek and Cyrillic letters as an address spells them in Latin ones: "Πρώτο Θέμα" is
# protothema.gr, "ПОЛИТИКА" politika.rs.  (Accents go first: "ώ" is "ω".)
_GREEK_CYRILLIC = "αβγδεζηικλμνξοπρσςτυφωабвгдезийклмнопрстуфыэіјћђґ"
LATIN_SPELLING = str.maketrans(
    {
        **dict(
            zip(_GREEK_CYRILLIC, "abgdeziiklmnxoprsstyfoabvgdeziyklmnoprstufyeijcdg", strict=True)
        ),
        **{"θ": "th", "χ": "ch", "ψ": "ps", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"},
        **{"щ": "sch", "ю": "yu", "я": "ya", "ё": "e", "ї": "i", "є": "ye", "љ": "lj", "њ": "nj"},
        **{"џ": "dz", "ъ": "", "ь": ""},
    }
)


def latin_spelling(name: str) -> str:
    """A name's letters and digits as a Latin address spells them: "Πρώτο Θέμα": "protothema"."""
    bare = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if c.isalnum())
    return bare.translate(LATIN_SPELLING)
