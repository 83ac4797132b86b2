"""An article's date a page gives relative to when it was read ("Gisteren, 21:12", "3 hours
ago", "भोपाल3 घंटे पहले"), read against the time a browser printed at the top of the dump
("12-11-2025 08:15", "5/11/25, 2:10 PM"): that is when the page was saved, so "yesterday" is
the day before it.  Without such a header the page gives no day to count from."""

from __future__ import annotations

import datetime as dt
import re

from clipper.clean import dates
from clipper.clean.lines import Line
from clipper.clean.printmarks import PRINT_HEADER, is_print_furniture

# "Yesterday" and "today" in the languages of the pages the cleaner reads.
YESTERDAY = (
    r"yesterday|gisteren|gestern|hier|ayer|ieri|ontem|вчера|вчора|wczoraj|dün|igår|i går"
    r"|i går|eilen|včera|tegnap|χθες|أمس|אתמול|昨天|昨日|어제"
)
TODAY = (
    r"today|vandaag|heute|aujourd['’]hui|hoy|oggi|hoje|сегодня|сьогодні|dzisiaj|bugün|idag"
    r"|i dag|tänään|dnes|σήμερα|اليوم|היום|आज|今天|今日|오늘"
)
# A count of minutes, hours or days before: "3 hours ago", "vor 3 Stunden", "il y a 3 heures",
# "hace 3 horas", "3 uur geleden", "3 घंटे पहले", "3小时前", "3時間前", "3시간 전", "3 saat
# önce", "3 часа назад".
UNITS = {
    "minutes": r"min(?:ute)?s?|minuten|minuti|minutos|мин(?:ут[ыа]?)?|मिनट|分钟|分|분|dakika",
    "hours": r"h|hrs?|hours?|stunden?|heures?|horas?|ore|uur|час(?:а|ов)?|घंटे|घंटा|小时|時間|시간"
    r"|saat",
    "days": r"days?|tagen?|jours?|días?|giorni|dias|dagen|дн(?:я|ей)|दिन|天|日|일|gün",
}
RELATIVE = re.compile(
    r"(?i)(?<!\w)(?:(?P<yesterday>" + YESTERDAY + r")|(?P<today>" + TODAY + r"))(?!\w)"
    r"(?=.*\d[:.]\d\d)"  # (with its clock: "Gisteren, 21:12"; "Today's paper" is a link)
    r"|(?<!\d)(?P<pre>(?:vor|il\s+y\s+a|hace|há)\s+)?(?P<n>\d{1,2})\s*(?P<unit>"
    + "|".join(f"(?P<{k}>{v})" for k, v in UNITS.items())
    + r")(?:(?P<post>\s*(?:ago|geleden|पहले|前|전|önce|назад|fa)(?!\w))|(?!\w))"
)

# The most words a relative stamp's line has ("Aangepast gisteren, 22:40", "भोपाल3 घंटे पहले").
STAMP_WORDS = 5


def saved_at(lines: list[Line], day_first: bool) -> dt.datetime | None:
    """When the page was saved: the time of the print header at the dump's top."""
    first = next((ln for ln in lines[:2] if ln.text), None)
    m = PRINT_HEADER.match(first.text) if first and first.text[:1].isdigit() else None
    if not m or first is None or not is_print_furniture(first):
        return None
    stamp = first.text[: m.start("title")] if m["title"] else first.text
    day = dates.parse_date(stamp.replace("-", "/"), day_first=day_first)
    clock = re.search(r"(\d{1,2}):(\d{2})\s*([AaPp][Mm])?", stamp)
    if not day or not clock:
        return None
    hour = int(clock[1])
    if clock[3]:
        hour = hour % 12 + (12 if clock[3].lower() == "pm" else 0)
    return dt.datetime.fromisoformat(day).replace(hour=min(hour, 23), minute=min(int(clock[2]), 59))


def relative_date(lines: list[Line], lo: int, hi: int, day_first: bool) -> tuple[str | None, str]:
    """(ISO date, evidence) of the first relative stamp among lines[lo:hi], counted back from
    the print header's time; (None, "") without either."""
    stamps = [
        m
        for pos in range(lo, hi)
        if lines[pos].words <= STAMP_WORDS
        and (m := RELATIVE.search(lines[pos].text))
        and (m["n"] is None or m["pre"] or m["post"])  # "3 hours" alone counts nothing back
    ]
    if not stamps:
        return None, ""
    saved = saved_at(lines, day_first)
    if saved is None:
        return None, ""
    m = stamps[0]
    if m["yesterday"]:
        when = saved - dt.timedelta(days=1)
    elif m["today"]:
        when = saved
    else:
        unit = "minutes" if m["minutes"] else "hours" if m["hours"] else "days"
        when = saved - dt.timedelta(**{unit: int(m["n"])})
    why = "relative date stamp by the title, counted from the print header's time"
    return when.date().isoformat(), why
