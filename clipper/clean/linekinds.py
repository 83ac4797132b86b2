"""What a line of a text dump is, as the metadata finders ask: a dateline, a date stamp, a byline,
a name, a ticker's label.  Shared by the headline (textmeta), date (textdate), author
(textauthor) and source (textsource) finders."""

from __future__ import annotations

import re

from clipper.clean import dates, meta
from clipper.clean.calendars import in_other_calendar
from clipper.clean.lines import Line
from clipper.clean.names import person_name
from clipper.clean.printmarks import SAVED_STAMP, is_print_furniture
from clipper.clean.relativedates import TODAY, YESTERDAY

# A date or byline belongs to the article when it sits this close after the headline.
DATELINE_REACH = 6


# A clock a page prints when it is rendered: a date with a time to the second and nothing else.
CLOCK = re.compile(r"^\W*[\d/.-]{8,10},?\s+\d{1,2}:\d{2}:\d{2}(?:\s*[ap]\.?m\.?)?\W*$", re.I)

# "Published" and "Updated" in the other languages whose month names meta knows (in Arabic and
# Persian only as stamps word them: "نشر" alone is also "deployment", a headline's word).
PUBLISHED_ELSEWHERE = (
    "publiée?s?|veröffentlicht|erschienen|publicad[oa]|pubblicat[oa]|gepubliceerd|publiceret"
    "|publisert|publicera[dt]|udgivet|опубликован[оа]?|опубліковано|публикувано|објављено"
    "|objavljeno|publikováno|opublikowano|publicat|yayınlanma|yayın tarihi|yayınlandı"
    "|δημοσίευση|δημοσιεύθηκε|δημοσιεύτηκε|פורסם|פורסמה|نشر في|نشر بتاريخ|تاريخ النشر"
    "|نُشر في|تاریخ انتشار|منتشر شده|diterbitkan|dipublikasikan|diposting|ngày đăng|xuất bản"
)

UPDATED_ELSEWHERE = (
    "mise? à jour|modifiée?|aktualisiert|actualizad[oa]|aggiornat[oa]|atualizad[oa]|bijgewerkt"
    "|stand(?=:)|opdateret|oppdatert|uppdatera[dt]|обновлен[оа]?|оновлено|актуализирано"
    "|ажурирано|ažurirano|aktualizováno|zaktualizowano|aktualizacja|actualizat|güncelleme"
    "|güncellendi|güncellenme|ενημέρωση|ενημερώθηκε|עודכן|עודכנה|آخر تحديث|تم التحديث"
    "|به‌روزرسانی|بروزرسانی|diperbarui|cập nhật"
)

# Their Korean, Chinese, Japanese and Thai words, which a dump may glue to the date
# ("송고2025-02-21 14:03", "기사입력 2025.02.21"); not a newspaper's registration
# ("등록번호", "등록년월일": its licence's number and date, in its footer).
PUBLISHED_GLUED = "송고|입력|등록(?!번호|년월일|일자)|發布|發佈|发布|發表|发表|公開|配信|เผยแพร่"
UPDATED_GLUED = "수정|업데이트|更新|แก้ไข|อัปเดต"

PUBLISHED_CUE = re.compile(
    r"(?i)\b(?:published|posted|(?:first|originally) published|dateline|on|"
    + PUBLISHED_ELSEWHERE
    + r")\b|"
    + PUBLISHED_GLUED
)

UPDATED_CUE = re.compile(
    r"(?i)\b(?:updated|modified|last updated|" + UPDATED_ELSEWHERE + r")\b|" + UPDATED_GLUED
)

COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b")

NAME_BEFORE_CUE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:[Pp]ublished|[Pp]osted)\b"
)


# A photo caption's closing credit: "… on June 7, 2019. (The Associated Press)", "… (AP
# Photo/Jacquelyn Martin)", "(Photo by Win McNamee/Getty Images)".  Its date is the picture's.
CAPTION_CREDIT = re.compile(
    r"(?:\.\s*\([^()]{2,60}\)|\([^()]*\b(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture)s?\b[^()]*\))$"
)


# A news ticker's label: "BREAKING: Storm warning issued…", "Eilmeldung: …", "Alerte : …",
# "JUST NU: …", "Son Dakika: …", "Pilne: …", "ΕΚΤΑΚΤΟ: …", "速報：…", "[속보] …", "Latest: …"
# (with its colon: "Latest" alone is a section's label), "En direct : …", "Головне зараз: …",
# "Последние новости", "НАЈНОВИЈЕ", "滚动新闻：…", "即時：…".  Its line may be another story's
# headline over the article's (some sites label the article's own headline so too).
_TICKER_WORDS = (
    r"(?:breaking(?:\s+news)?|just\s+in|developing(?:\s+story)?|news\s+alert|eilmeldung"
    r"|última\s+hora|ultim(?:a\s+|['’])ora|en\s+continu|alerte\s+info|flash\s+(?:info|actu)"
    r"|derni[eè]re\s+minute|alerte|just\s+nu|son\s+dakika|срочно|عاجل|pilne|[εέ]κτακτο"
    r"|latest(?=\s*:)|en\s+direct(?=\s*:)|головне\s+зараз|последние\s+новости|најновије|najnovije"
    r"|seneste\s+nyt|siste\s+nytt|senaste\s+nytt|laatste\s+nieuws|najnowsze|legfrissebb"
    r"|بریکنگ\s+نیوز|تازہ\s+ترین|সর্বশেষ|ব্রেকিং(?:\s+নিউজ)?|ताज़ा\s+ख़बरें?|ताजा\s+खबरें?"
    r"|滚动新闻|滾動新聞|即時(?=\s*[:：])"
    r"|ब्रेकिंग(?:\s+न्यूज़?)?|速報|快讯|快訊|突发|突發|속보)"
)

# (A label in Chinese, Japanese or Korean needs no colon: "속보 한은 총재 …", "速報 …"; "Breaking"
# followed by a word may be a headline's: "Breaking Bad star …".)
TICKER_LABEL = re.compile(
    r"(?i)^(?:[【\[]\s*" + _TICKER_WORDS + r"\s*[】\]]|" + _TICKER_WORDS + r"(?:\s*[:：|–—-]|$)"
    r"|(?:速報|快讯|快訊|突发|突發|속보)\s)"
)


def is_clock_under(ln: Line) -> bool:
    """A date with a time to the second, alone on its line (CLOCK): asked of the line under a
    headline, where it is the article's dateline ("2024-06-12 10:05:21"), not the page's clock."""
    return CLOCK.match(ln.raw) is not None and bool(dates.find_dates(ln.raw))


# A line with more words than this (numbers aside) is a sentence, not a date stamp.
STAMP_WORDS = 12

# A time stamp without a full date: "Published 22 hours ago", "Updated Nov 19, 6:55 AM",
# "November 20" (its year on the next line), a time ago alone ("3h ago", "vor 2 Stunden",
# "il y a 5 heures", "hace 3 horas", "há 2 horas", Serbian "пре 3 сата", Russian "3 часа
# назад", Ukrainian "2 години тому", Polish "3 godziny temu"), today or yesterday at a time
# ("Today at 18:30", "Gisteren, 21:12", "Heute, 08:15 Uhr").
STAMP = re.compile(
    r"(?i)^(?:published|updated|posted|last updated|first published|"
    + PUBLISHED_ELSEWHERE
    + "|"
    + UPDATED_ELSEWHERE
    + r")\b"
    r"|^(?:\d{1,2}\s+)?" + dates.MONTH_NAME + r"(?:\s+\d{1,2})?,?$"
    r"|^(?:\d{1,3}|an?)\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago$"
    r"|^(?:vor|il\s+y\s+a|hace|há)\s+(?:\d{1,3}|einer?|une?)\s+(?:stunden?|minuten?|tagen?"
    r"|heures?|minutes?|jours?|horas?|minutos?|d[ií]as?)$"
    r"|^(?:пре|pre|prije)\s+\d{1,3}\s+(?:сат[аи]?|минут[аи]?|дана?|sat[ai]?|minut[ai]?|dana?)$"
    r"|^\d{1,3}\s+(?:час(?:а|ов)?|минут[аы]?|дн(?:я|ей)|день|годин[иу]?|хвилин[иу]?|godzin[ya]?"
    r"|minut[ay]?|dni)\s+(?:назад|тому|temu)$"
    r"|^(?:" + TODAY + "|" + YESTERDAY + r")(?!\w),?\s+(?:\w{1,5}\s+){0,2}\d{1,2}[:.h]\d\d\b"
)


def is_stamp(ln: Line) -> bool:
    """A dateline, or a line stamping the article's time without a full date (a cue, a
    month and day alone, a day and month with a time: "Aug 23, 11:52 AM")."""
    return (
        is_dateline(ln)
        or (ln.words <= STAMP_WORDS and STAMP.match(ln.text) is not None)
        or (is_yearless_stamp(ln) and CLOCK_TIME.search(ln.text) is not None)
    )


# A stamp that opens with a day and month and no year, maybe a time after it: "Aug 23, 11:52
# AM", "23 Aug, 11:52", "Tue 30 Dec 18:05", "8/23(金) 11:52配信", "8月23日 11:52", and in
# the other languages meta knows the months of, "Le 3 mars à 17h32", "3 de marzo, 17:32",
# "Am 3. März, 17:32 Uhr".
YEARLESS_START = re.compile(
    r"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|(?:le|el|am|il|em|op)\s+)?(?:"
    + dates.MONTH_NAME
    + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\.?\s+"
    + dates.MONTH_NAME
    + r"(?![a-z])|\d{1,2}(?:er|º|°)?\.?\s+(?:de\s+)?(?:"
    + dates.OTHER_MONTH_NAMES
    + r")(?!\w)|\d{1,2}/\d{1,2}\s*[(（]|\d{1,2}\s*月)"
)

# The most words such a stamp has: a headline may open with a date too ("Aug 23 vote set to
# decide the city's budget for the next five years").
YEARLESS_WORDS = 6


def is_yearless_stamp(ln: Line) -> bool:
    """A stamp a date without a year may date: a "Posted"/"Updated" line, a month and day
    alone, or a short line opening with a day and month."""
    if ln.words <= STAMP_WORDS and STAMP.match(ln.text):
        return True
    return ln.words <= YEARLESS_WORDS and YEARLESS_START.match(ln.text) is not None


# A time of day: "11:52", "11.52", "11h52".
CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)")


def is_byline(ln: Line) -> bool:
    """A "By ..." line, or "By" alone above the name."""
    return ln.low in ("by", "by:") or meta.author_from_byline(ln.text) is not None


# A line with more words than this is no name, even with a role or publication after it.
NAME_LINE_WORDS = 8


def is_name_line(ln: Line) -> bool:
    """A line holding only a person's name, as a byline without its "By" (names.person_name:
    maybe with a role, an agency or an age after it)."""
    return name_on_line(ln) is not None


def name_on_line(ln: Line) -> tuple[str, str] | None:
    """(name, what follows it) of a line holding only a person's name: names.person_name."""
    if ln.words > NAME_LINE_WORDS or not ln.text[:1].isupper() or PUBLICATION_WORD.match(ln.text):
        return None
    return person_name(ln.text, ln.stops)


# Every date dates.find_dates knows has four digits in a row (its year) or a two-digit year
# after a slash or a dot ("11/18/19", "21.02.25", Thai "21 ก.พ. 68").
YEAR_DIGITS = re.compile(r"\d{4}|\d[/.]\d\d\b|\.\s?\d\d\b")


def is_dateline(ln: Line) -> bool:
    """A short line holding a date (not a clock, not a copyright line).  Worked out once a
    line: the title, date and author finders all ask about the same few lines."""
    if ln.known_dateline is None:
        ln.known_dateline = ln.words <= 25 and (
            bool(YEAR_DIGITS.search(ln.raw))
            and not COPYRIGHT.search(ln.raw)
            and not CLOCK.match(ln.raw)
            and not SAVED_STAMP.match(ln.raw)
            and not is_print_furniture(ln)
            and bool(dates.find_dates(ln.raw))
            # (Or a date in the Hebrew or Hijri calendar: "יום רביעי, כ"א בחשוון תשפ"ו".)
            or in_other_calendar(ln.raw)
        )
    return ln.known_dateline


# The newsy last words of publications' and agencies' names.
PUBLICATION_WORDS = (
    "News|Times|Post|Herald|Journal|Tribune|Review|Daily|Press|Gazette|Agency|Telegraph"
    "|Chronicle|Observer|Mail|Today|Wire|Shimbun"
)

# A byline fragment naming a publication or agency by its newsy last word (", Kyodo News ,").
PUBLICATION_WORD = re.compile(r"^(?P<name>(?:[A-Z][\w&'-]*\s+){0,3}(?:" + PUBLICATION_WORDS + "))$")

# The same in capitals, as a byline may print it ("Bailey Schulz, USA TODAY").
SHOUTED_PUBLICATION = re.compile(
    r"^(?P<name>(?:[A-Z][A-Z&'.-]*\s+){0,3}(?:" + PUBLICATION_WORDS.upper() + "))$"
)
