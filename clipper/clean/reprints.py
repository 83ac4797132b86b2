"""The outlet a portal's reprint names: a portal (a company's site, "© Рамблер Интернет
Холдинг", "© SINA Corporation") prints the story of a paper or an agency under its own
headline, with the outlet's name by the headline, alone on a line or after the dateline's
time; a reader cites the outlet.  The page bears the name out by a source line ("Источник:
Газета.Ru") or by the name itself, a newsroom's in Chinese, Japanese or Korean ("中国新闻网")."""

from __future__ import annotations

import re

from clipper.clean import sources
from clipper.clean.linekinds import DATELINE_REACH, is_dateline
from clipper.clean.lines import Line
from clipper.clean.masthead import BRAND_MAX_CHARS, BRAND_TEXT, is_generic
from clipper.clean.pagetext import PageText

# "Source:" in the languages of the pages the cleaner reads: a reprint's line naming its outlet.
SOURCE_LINE = re.compile(
    r"(?i)^(?:источник|джерело|来源|來源|출처|quelle|fuente|fonte|source|źródło|zdroj|kaynak"
    r"|πηγή|المصدر|מקור)\s*[:：]\s*(?P<name>[^,，;、]+?)\s*$"
)
SOURCE_KEYS = (
    "источник", "джерело", "来源", "來源", "출처", "quelle", "fuente", "fonte", "source",
    "źródło", "zdroj", "kaynak", "πηγή", "المصدر", "מקור",
)  # fmt: skip

# A newsroom's name in Chinese, Japanese or Korean, by its last characters: "中国新闻网",
# "北京日报", "朝日新聞", "한겨레신문", "연합뉴스".
CJK_NEWSROOM = re.compile(
    r"(?:新闻网|新闻|新聞|日报|日報|晚报|晚報|时报|時報|通讯社|通訊社|신문|일보|뉴스)$"
)

# A dateline's time and what follows it: "2025年11月02日 09:15 中国新闻网".
AFTER_CLOCK = re.compile(r"\d{1,2}:\d{2}\s+(?P<name>\S+)$")


def reprint_outlet(
    lines: list[Line], title: int | None, page: PageText, holder: str
) -> tuple[str, str] | None:
    """(outlet, evidence) a portal's page names by its headline, other than the portal
    (`holder`, the company its copyright line names), when the page bears it out."""
    if title is None:
        return None
    said = {
        m["name"]
        for i in page.lines_holding(SOURCE_KEYS)
        if (m := SOURCE_LINE.match(lines[i].text))
    }
    for ln in lines[title + 1 : title + DATELINE_REACH + 1]:
        clock = AFTER_CLOCK.search(ln.text) if is_dateline(ln) else None
        name = clock["name"] if clock else ln.text
        if not BRAND_TEXT.match(name) or len(name) > BRAND_MAX_CHARS or ln.bullet:
            continue
        if name.lower() in holder.lower() or is_generic(name.lower().split()):
            continue
        if name in said:
            return sources.normalise_source(
                name
            ), "the outlet by the headline its source line names"
        if CJK_NEWSROOM.search(name) and (clock or ln.words <= 2):
            return name, "the newsroom named by the headline of a portal's page"
    return None


# How far above the headline a portal prints the press's name (its logo, "Subscribe", a ticker
# between).
PRESS_REACH = 3


def press_by_headline(lines: list[Line], title: int | None, holder: str) -> tuple[str, str] | None:
    """(press, evidence): the name a portal prints alone just above the headline (the press's
    logo) when the copyright line under the article is the press's, the name and its company's
    ending written on to it ("한겨레" over "Copyright ⓒ 한겨레신문사")."""
    if title is None:
        return None
    for ln in lines[max(0, title - PRESS_REACH) : title]:
        name = ln.text
        if ln.bullet or not BRAND_TEXT.match(name) or name == holder or " " in holder:
            continue
        if len(name) >= 2 and holder.startswith(name) and len(holder) - len(name) <= 3:
            return name, "the press's name over the headline, its copyright holder's"
    return None
