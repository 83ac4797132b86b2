"""Month names and calendars of the languages whose dates meta's own table lacks: Slavic month
names in the genitive a date uses, Arabic (Levantine, Egyptian and Gulf, Maghreb), Persian (the
Solar Hijri calendar's and the Gregorian's), Thai (with the Buddhist era's year), Turkish,
Greek, Hebrew, Indonesian, Swahili, the Nordic languages and Romanian; and the conversions of
the Solar Hijri and Buddhist years to the Gregorian calendar."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Each language's month names, January to December, as dates print them.  Words shared by
# two languages must name the same month in both, but for "listopada": November in Polish,
# October in Croatian (dates._month_named tells them apart).
MONTH_NAMES = (
    # Ukrainian, Czech and Polish in the genitive ("21 лютого 2025", "21. února 2025").
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    # Croatian, Slovak and Slovenian in the genitive ("5. studenoga 2025.", "5. novembra 2025").
    "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga prosinca",
    "- - - - - - - - - - studenog -",
    "januára februára - apríla mája júna júla augusta - októbra - -",
    "januarja februarja - - - junija julija - - - - -",
    # Serbian in both scripts and both cases ("21. фебруар 2025.", "21. februara 2025."),
    # Bulgarian.
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    # (and their short forms: "04. нов 2025", "04. avg 2025")
    "јан феб мар апр - - - авг сеп окт нов дец",
    "- - - - - - - avg - - - -",
    "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
    "януари февруари март април май юни юли август септември октомври ноември декември",
    # Hungarian, which puts the year first ("2025. november 4.").
    "január február március április május június július augusztus szeptember október november"
    " december",
    "- febr márc ápr máj jún júl - szept - - -",
    # Turkish, Romanian, Indonesian and Malay, the Nordic languages.
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie"
    " decembrie",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    # Malay's others, Swahili ("Novemba 05, 2025"), Tagalog, Catalan.
    "- - mac - - - julai ogos - - - disember",
    "- - machi aprili - - - agosti septemba oktoba novemba desemba",
    "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "gener febrer març - maig juny juliol agost setembre - - desembre",
    "januar februar marts april maj juni juli august september oktober november december",
    "- - - - - - - augusti - - - -",
    "- - - - - - - agt - - - -",
    # Greek in the genitive ("21 Φεβρουαρίου 2025"), and Hebrew, alone and after "ב" ("in").
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου"
    " οκτωβρίου νοεμβρίου δεκεμβρίου",
    "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "- - מרס - - - - - - - - -",
    "- - במרס - - - - - - - - -",
    # Arabic: the Egyptian and Gulf names, the Levantine and Iraqi ones, the Maghreb's.
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "- - - ابريل - يونيه يوليه اغسطس - اكتوبر - -",
    "- - - إبريل - - - - - - - -",
    "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
    "- - اذار - ايار - - اب ايلول تشرين_الاول - كانون_الاول",
    "جانفي فيفري - أفريل ماي جوان جويلية أوت - - - -",
    # Urdu's and Bengali's ("08 نومبر ، 2025", "০৫ নভেম্বর ২০২৫").
    "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    # Persian names of the Gregorian months.
    "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
    # Thai, in full and abbreviated ("21 ก.พ. 2568").
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    # Greek and Turkish abbreviations ("21 Φεβ 2025", "21 Şub 2025").
    "ιαν φεβ μαρ απρ μαΐ ιουν ιουλ αυγ σεπ οκτ νοε δεκ",
    "oca şub mar nis - haz tem ağu eyl eki kas ara",
)

# Arabic pages print the Levantine name with the Egyptian one: "شباط/فبراير", "شباط (فبراير)".
_LEVANTINE = next(n for n in MONTH_NAMES if "شباط" in n)
_EGYPTIAN = next(n for n in MONTH_NAMES if "فبراير" in n)

# The Solar Hijri calendar's months (Iran, Afghanistan), as Persian and Arabic keyboards type
# them: "۳ اسفند ۱۴۰۳" is 21 February 2025.
SOLAR_HIJRI_NAMES = (
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "فروردين ارديبهشت - تير - شهريور - - - دي - -",
)

THAI_LETTERS = re.compile(r"[\u0e00-\u0e7f]")


def _table(rows: tuple[str, ...]) -> dict[str, int]:
    names: dict[str, int] = {}
    for row in rows:
        for number, name in enumerate(row.split(), start=1):
            if name != "-":
                names[name.replace("_", " ")] = number
    return names


def _with_pairs(names: dict[str, int]) -> dict[str, int]:
    """The names, also without accents (as Greek capitals print them: "ΦΕΒΡΟΥΑΡΙΟΥ"; Arabic
    without its hamza: "ابريل"), and the Arabic pairs of a Levantine and an Egyptian name.
    (Not Thai's: its vowel marks are letters' parts.)"""
    more = dict(names)
    for name, number in names.items():
        if THAI_LETTERS.match(name):
            continue
        bare = "".join(
            c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)
        )
        more.setdefault(unicodedata.normalize("NFC", bare), number)
    for lev, egy in zip(_LEVANTINE.split(), _EGYPTIAN.split(), strict=True):
        lev = lev.replace("_", " ")
        more[f"{lev}/{egy}"] = more[f"{lev} / {egy}"] = more[f"{lev} ({egy})"] = names[egy]
    return more


MORE_MONTHS = _with_pairs(_table(MONTH_NAMES))
SOLAR_HIJRI_MONTHS = _table(SOLAR_HIJRI_NAMES)
THAI_MONTHS = frozenset(n for n in MORE_MONTHS if THAI_LETTERS.match(n))


# Thai pages often print the Buddhist year's last two digits: "21 ก.พ. 68" (2568, so 2025).
THAI_SHORT_YEAR_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*(?P<omon>"
    + "|".join(re.escape(n) for n in sorted(THAI_MONTHS, key=len, reverse=True))
    + r")\s*(?P<by>\d\d)(?![\d:.])"
)


def month_names_pattern(names: dict[str, int]) -> str:
    """An alternation of the names, longest first, escaped."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# Vietnamese writes the month as a number after "tháng": "ngày 21 tháng 2 năm 2025".
VIETNAMESE_DATE = re.compile(
    r"(?i)(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm|\s*,|\s*/)\s+(?P<y>\d{4})(?!\d)"
)


def solar_hijri_to_iso(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of a Solar Hijri date, None when there is no such day."""
    import jdatetime  # an exact conversion, and a dependency only Persian dates need

    try:
        day_ = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None
    return day_.year, day_.month, day_.day


# Solar Hijri years of the web news era: 1374 began in March 1995.
SOLAR_HIJRI_YEARS = range(1374, 1500)

# The Buddhist era's years run 543 ahead of the Gregorian ones ("พ.ศ. 2568" is 2025).
BUDDHIST_OFFSET = 543


def from_buddhist_year(year: int) -> int:
    """The Gregorian year of a Thai date's year: Buddhist when it is too far ahead to be one."""
    return year - BUDDHIST_OFFSET if year > dt.date.today().year + BUDDHIST_OFFSET // 2 else year
