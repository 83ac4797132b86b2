"""The last resorts for a page's publication, when nothing else names it: the masthead its
footer names again, or a name printed at the very top.  The footer's witness: "ynet"
at the top and "ynet - אתר החדשות של ישראל" (Israel's news site) at the foot; "همشهری آنلاین"
over "همه حقوق ... متعلق به همشهری آنلاین است" (all rights belong to Hamshahri Online)."""

from __future__ import annotations

import re

from clipper.clean import sources
from clipper.clean.labels import SKIP_LINK_WORDS, is_skip_link
from clipper.clean.linekinds import is_dateline
from clipper.clean.lines import Line
from clipper.clean.masthead import (
    BRAND_MAX_CHARS,
    BRAND_MAX_WORDS,
    BRAND_TEXT,
    MASTHEAD_LINES,
    MENU_LINES,
    NAME_SHAPED,
    SKIP_LINK,
    distinctive_words,
    is_generic,
    under_top_bar,
    undoubled,
)
from clipper.clean.pagetext import PageText
from clipper.clean.printmarks import is_print_furniture

# How far up from the page's end its footer reaches.
FOOTER_LINES = 25

# A rights notice, in the languages of the pages the cleaner reads: "© 2025 …", "همه حقوق …
# متعلق به همشهری آنلاین است" (all rights belong to Hamshahri Online).
RIGHTS = re.compile(
    r"(?i)©|\(c\)|copyright|rights|droits|rechte|derechos|direitos|diritti|права|حقوق|זכויות"
    r"|अधिकार|สิทธิ์|版权|版權|著作権|저작권|hakkı|hakları"
)

# A site written as its address with its capital, in a rights notice: "Cumhuriyet.com.tr'de
# yayımlanan yazı, haber ve fotoğrafların her türlü hakkı … aittir" (every right to what is
# published on Cumhuriyet.com.tr belongs to …), "Todo el contenido de Example.com".
CAPITAL_DOMAIN = re.compile(
    r"(?<![\w.@/-])(?P<name>[A-Z][\w-]{2,30})(?:\.[a-z]{2,6}){1,2}(?![\w-]|\.\w)"
)

# The share of a line's words a prompt's ("Follow", "Subscribe") must reach to make it one.
PROMPT_SHARE = 0.3

# A name's words, in any script.
WORD = re.compile(r"[\w" + sources.SCRIPT_MARKS + "]+")


def footer_named_masthead(lines: list[Line], title: int | None) -> tuple[str, str] | None:
    """(publication, evidence): the page's first name line, under its top bar, when a longer
    line of its footer (a rights notice, the site's tagline) holds a word of it that tells it
    from others.  A line that is the name alone there is a menu's again, no witness."""
    top = min(len(lines), MASTHEAD_LINES if title is None else min(title, MASTHEAD_LINES))
    pos = next((p for p in range(top) if masthead_shaped(lines[p])), None)
    if pos is None or not (under_top_bar(lines, pos) or under_print_header(lines, pos)):
        return None
    name = undoubled(lines[pos].text)
    own = distinctive_words(name)
    if not own:
        return None
    # (Its words as the masthead writes them: "house" in a sentence is no "House".)
    own = {w for w in WORD.findall(name) if w.lower() in own}
    tagline = re.compile(re.escape(name) + r"\s+[-–—|:]\s+\S")
    for ln in lines[max(pos + 1, len(lines) - FOOTER_LINES) :]:
        # (A prompt's words, a few of them only: "All rights reserved" holds one.)
        if ln.bullet or ln.words <= len(name.split()) or ln.cta_share >= PROMPT_SHARE:
            continue
        if tagline.match(ln.text) or (RIGHTS.search(ln.text) and holds_word(own, ln.text)):
            why = "masthead at the top of the page, named again in its footer"
            return sources.normalise_source(name), why
    return None


def under_print_header(lines: list[Line], pos: int) -> bool:
    """Is the line at `pos` under a top bar once a printed page's header, the browser's date
    and time and the page's title, is left out ("5/11/68 16:20  …", then "ข้ามไปยังเนื้อหา")?"""
    return pos > 0 and is_print_furniture(lines[0]) and under_top_bar(lines[1:], pos - 1)


# The shortest word of a script without capitals found inside another: a Hebrew name with
# the preposition written onto it ("לוואלה!": to Walla!), a Thai company's name inside the
# masthead it runs on with ("มติชน" in "มติชนออนไลน์": Matichon Online).
INNER_WORD_MIN = 4


def holds_word(own: set[str], text: str) -> bool:
    """Does the text hold a word of the masthead (`own`, as it writes them): the same, or, in
    a script without capitals, one inside the other?"""
    words = set(WORD.findall(text))
    if own & words:
        return True
    return any(
        min(len(w), len(f)) >= INNER_WORD_MIN and (w in f or f in w)
        for w in own
        if w.lower() == w.upper()
        for f in words
        if f.lower() == f.upper()
    )


def masthead_shaped(ln: Line) -> bool:
    """Could the line be a masthead's name, in any case ("ynet"): short, a name's characters,
    no header's label, skip link, date, person's or place's name."""
    text = undoubled(ln.text)
    if not 1 <= ln.words <= BRAND_MAX_WORDS or len(text) > BRAND_MAX_CHARS or ln.bullet:
        return False
    if ln.cta_share or ln.boilerplate or ln.promo or SKIP_LINK.search(text) or is_dateline(ln):
        return False
    return (
        bool(BRAND_TEXT.match(text))
        and not is_generic(text.lower().split())
        and not NAME_SHAPED.match(text)
    )


def rights_named_site(lines: list[Line], page: PageText) -> str | None:
    """The site a rights notice of the footer writes as its address with a capital
    ("Cumhuriyet.com.tr'de yayımlanan …"), when another line names it as a word of its own
    ("… | Cumhuriyet")."""
    for ln in lines[-FOOTER_LINES:]:
        if "." not in ln.text or not RIGHTS.search(ln.text):
            continue
        for m in CAPITAL_DOMAIN.finditer(ln.text):
            word = re.compile(r"(?<![\w.@/-])" + re.escape(m["name"]) + r"(?![\w-]|\.\w)")
            if any(
                page.texts[i] != ln.text and word.search(page.texts[i])
                for i in page.lines_holding((m["name"].lower(),))
            ):
                return m["name"]
    return None


# How far down the page its skip link may stand: after a printed page's header and a line of
# the top bar ("Zaloguj się").
SKIP_LINK_LINES = 3


def masthead_under_skip_link(lines: list[Line], title: int | None) -> str | None:
    """The name line right under the page's link past its menus ("Skip to content",
    "Przejdź do treści", "رفتن به محتوای اصلی", "跳至主要內容"): the logo's text, which a dump
    prints first of the header ("नवभारत टाइम्स", "Thai PBS News"), when nothing else names
    the publication.  Not a line over the headline's kicker (a section's label)."""
    under = next(
        (
            pos + 1
            for pos, ln in enumerate(lines[:SKIP_LINK_LINES])
            if ln.words <= SKIP_LINK_WORDS
            and (is_skip_link(ln.text, ln.tokens) or SKIP_LINK.search(ln.text))
        ),
        None,
    )
    if under is None or under >= len(lines) or (title is not None and title <= under + MENU_LINES):
        return None
    # (Capitalised, or in a script without capitals: "accedi" is a log-in link.)
    name = undoubled(lines[under].text)
    if name[:1].islower() or not masthead_shaped(lines[under]):
        return None
    return sources.normalise_source(name)


def printed_masthead(lines: list[Line]) -> str | None:
    """A site name printed at the very top: a short capitalised line, often doubled by the dump."""
    for ln in lines[:12]:
        once = undoubled(ln.text)
        if once != ln.text and 1 <= len(once.split()) <= 5:
            return sources.normalise_source(once)
    first = lines[0] if lines else None
    if (
        first
        and first.words <= 4
        and first.text.isupper()
        and not is_dateline(first)
        and not first.cta_share
    ):
        return sources.normalise_source(first.text)
    return None
