"""The company a copyright line names and the publication the page is of it: whether the
holder is a company owning publications ("HT Digital Streams", "© 2024 Industry Dive | View our
other publications") or one ("Example Daily News, Inc."), and what the page tells of the title
it owns (a trademark sentence, its initials, a name line, "X is part of Y", the name its
address spells, a station's call sign)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from clipper.clean import sources
from clipper.clean.linekinds import PUBLICATION_WORDS, is_dateline
from clipper.clean.lines import Line
from clipper.clean.masthead import (
    ACRONYM_SKIPS,
    BRAND_MAX_WORDS,
    COMPANY_WORD,
    TOP_BAR_LINES,
    compact,
    is_generic,
    is_latin,
    name_spelt_by,
    under_top_bar,
)
from clipper.clean.pagetext import PageText
from clipper.clean.sitenames import SITE_SENTENCES
from clipper.clean.vocab import CTA_WORDS

# A legal form anywhere in a copyright line: "Inc.", "S.L.", "Ltd", "लिमिटेड" (not the "co" of
# a domain: "example.co.kr").
LEGAL_FORM = re.compile(
    r"(?i)(?<![\w.])(?:" + sources.LEGAL_FORMS + r")(?![\w" + sources.SCRIPT_MARKS + "])"
)

# The last words of publications' names, lower-cased ("Example Daily News, Inc." is a paper
# that is also a company).
PAPER_WORDS = frozenset(PUBLICATION_WORDS.lower().split("|"))

# A partnership's name goes on past its comma: "Bennett, Coleman & Co. Ltd." (the copyright
# line's name stops at the comma).
PARTNERSHIP = re.compile(
    r",\s+(?P<partner>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*(?:&|and)\s+Co\b"
)

# A copyright line's link to the holder's other titles: it owns several ("© 2024 Industry Dive.
# All rights reserved. | View our other publications").
OWNS_OTHERS = re.compile(
    r"(?i)\bour other (?:publications|sites|websites|brands|titles|magazines|newspapers)\b"
)


# The end of a Chinese or Japanese company's name that owns publications (a publishing house,
# a press group, a media company): "上海东方报业" owns 澎湃新闻, "北京青年报社" is the paper.
CJK_COMPANY = re.compile(
    r"(?:报业|報業|出版社?|集团|集團|传媒|傳媒|媒体|媒體|控股|ホールディングス)$"
)


@dataclass(frozen=True)
class Holder:
    """The holder a copyright line names: its name (as normalise_source writes it), the line's
    position, and whether it is a company (by a legal form or a company's word)."""

    name: str
    pos: int
    company: bool


def holder_of(lines: list[Line], name: str, pos: int) -> Holder:
    """The copyright holder found on line `pos`, with what its line says of it: a company's
    word makes it a company owning publications ("HT Digital Streams"), and so does a legal
    form unless the name is a paper's ("LY Corporation", not "Example Daily News, Inc."), or
    a link to its other titles ("View our other publications")."""
    text = lines[pos].text
    at = text.find(name + ",")
    partner = PARTNERSHIP.match(text, at + len(name)) if at >= 0 else None
    if partner:
        name = f"{name}, {partner['partner']}"
    words = name.split()
    # (A legal form after a header's label alone, "© News Pty Ltd", is a company's too.)
    legal = LEGAL_FORM.search(text) and (
        words[-1].lower() not in PAPER_WORDS or is_generic(name.lower().split())
    )
    company = any(COMPANY_WORD.fullmatch(w) for w in words) or bool(
        legal or OWNS_OTHERS.search(text) or CJK_COMPANY.search(name)
    )
    return Holder(name, pos, company)


# A company's line in an Italian footer, which the law has print the company's VAT number
# ("Partita IVA"), with or without a "©": "Esempio Editoriale S.p.A. Via Roma 1 - 10121
# Torino - P.I. 01234567890".
VAT_LINE = re.compile(
    r"^(?P<name>[A-Z][\w&'.-]*(?:\s+[\w&'.-]+){0,5}?)\s+(?:S\.p\.A\.?|S\.r\.l\.?|SpA|Srl)"
    r"(?![\w.]).{0,120}?\b(?:P\.\s?I(?:VA)?\b|Partita IVA|P\.\s?IVA)",
    re.I,
)

# What a line (lower-cased) must hold for VAT_LINE to match it.
VAT_NEEDS = ("p.i", "p. i", "partita iva")


def vat_holder(lines: list[Line], page: PageText) -> tuple[str, int] | None:
    """(name, position) of the company an Italian footer's VAT line names, for a page whose
    copyright line names none ("© Riproduzione riservata")."""
    for i in reversed(page.lines_holding(VAT_NEEDS)):
        m = VAT_LINE.match(lines[i].text)
        if m:
            return sources.normalise_source(m["name"]), i
    return None


# A Chinese copyright line without the sign: the holder's name before "版权所有" (all rights
# reserved) opening the line: "新京报社 版权所有".
CJK_RIGHTS = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,20})\s*(?:版权所有|版權所有)")
CJK_RIGHTS_NEEDS = ("版权所有", "版權所有")


def unsigned_holder(lines: list[Line], page: PageText) -> tuple[str, int] | None:
    """(name, position) of the holder a Chinese rights line names without "©"."""
    for i in page.lines_holding(CJK_RIGHTS_NEEDS):
        m = CJK_RIGHTS.match(lines[i].text)
        if m:
            return m["name"], i
    return None


def written_in_full(brand: str, holder: Holder) -> bool:
    """Is the copyright holder the masthead's name in full, the masthead its last words, and a
    company of no company's word ("Standard" over "© 2025 Evening Standard Limited"; not
    "© قناة العربية", the channel's name with its medium's word)?"""
    words = holder.name.lower().split()
    own = brand.lower().split()
    return (
        len(own) < len(words) <= BRAND_MAX_WORDS
        and words[-len(own) :] == own
        and sources.medium_named(holder.name) != brand
        and not any(COMPANY_WORD.fullmatch(w) or OWNER_WORD.fullmatch(w) for w in words)
    )


def spelt_by_site(hosts: list[str], page: PageText, holder: Holder) -> str | None:
    """The publication the page's own address spells and the page prints ("The Hindu",
    thehindu.com), rather than its owning company ("THG Publishing").  The page's own address
    is the one its links name most: others' are a few shares and credits."""
    labels = [label for h in hosts if (label := sources.site_label(h)) and label not in CTA_WORDS]
    if not labels:
        return None
    label = max(labels, key=labels.count)
    held = compact(holder.name)
    if label in held:
        return None  # "Globo Comunicação", globo.com: the holder is the site's name
    spelt = name_spelt_by(label, page, holder.pos)
    return spelt if spelt and compact(spelt) not in held else None


# A site's name written as its address, with a capital in its first letters: "derStandard.at",
# "Clarin.com" (a lower-case address is a link's, "moneycontrol.com": spelt_by_site's).
WRITTEN_ADDRESS = re.compile(
    r"(?<![\w.@/-])(?P<name>[a-z]{0,4}[A-Z][\w-]{1,30})(?:\.[a-z]{2,6}){1,2}(?![\w-]|\.\w)"
)

# The fewest letters of a company's first word that a site's name must hold.
HELD_WORD_MIN = 4

# What an address writes before the company's word: an article ("derStandard"; not
# "Sputniknews" under "Sputnik", nor "MacRumors.com" under "MacRumors.com, LLC": the company's
# name is the publication's).
ADDRESS_ARTICLES = frozenset("der die das the la le el il lo de het".split())


def address_of_holder(page: PageText, holder: Holder) -> str | None:
    """The site's name the page writes as its address, when it is an article and the first
    word of the copyright holder's name: "derStandard" ("Um derStandard.at in vollem Umfang
    nutzen zu können") under "© STANDARD Verlagsgesellschaft m.b.H.", the company named
    after it."""
    key = compact(holder.name.split()[0])
    if len(key) < HELD_WORD_MIN:
        return None
    for i in page.lines_holding((key,)):
        for m in WRITTEN_ADDRESS.finditer(page.texts[i]):
            named = compact(m["name"])
            if named.endswith(key) and named[: -len(key)] in ADDRESS_ARTICLES:
                return m["name"]
    return None


# A newspaper's company in Japanese, Chinese and Korean: the paper's name and "社" (its office):
# "神戸新聞社" publishes "神戸新聞", "新京报社" "新京报", "항구일보사" "항구일보".
PRESS_OFFICE = re.compile(r"(?<=[聞闻報报])社$|(?<=신문|일보)사$")

# A broadcaster's call sign with its band: "KSDK-TV", "WRAL-FM".
BANDED_CALL_SIGN = re.compile(r"(?P<sign>[KW][A-Z]{2,3})-(?:TV|DT|FM|AM|LD|CD)")


def station_name(holder: Holder, page: PageText) -> str:
    """The copyright holder's name as a reader cites it: a station's call sign without its
    band when the page names the station so elsewhere ("© 2023 KSDK-TV", "Watch more KSDK
    videos": "KSDK"), a newspaper's without its office's "社" ("神戸新聞社": "神戸新聞")."""
    banded = BANDED_CALL_SIGN.fullmatch(holder.name)
    if not banded:
        return PRESS_OFFICE.sub("", holder.name)
    bare = re.compile(r"(?<![\w-])" + banded["sign"] + r"(?![\w-])")
    named = (i for i in page.lines_holding((banded["sign"].lower(),)) if i != holder.pos)
    return banded["sign"] if any(bare.search(page.texts[i]) for i in named) else holder.name


# A copyright holder that is a company owning publications, not one: "NYP Holdings", "FOX News
# Network", "Express Newspapers", "Mortons Media Group".
OWNER_WORD = re.compile(
    r"(?i)(?:holdings?|network|group|\w*media|communications?|newspapers?|publishing|publications"
    r"|enterprises|broadcasting|interactive|digital|ventures|partners|industries|magazines"
    r"|services)"
)
# An address in a line, with its scheme or without ("protothema.gr").
ADDRESS = re.compile(r"(?<![\w.@-])(?:[a-z0-9-]+\.)+[a-z]{2,6}(?![\w-])")

# The last word of a German paper's name, or its end ("Stadt-Anzeiger", "Tagblatt"); not a
# word a company's name holds too ("GEDI News Network").
PAPER_ENDING = re.compile(r"(?i)(?:anzeiger|zeitung|blatt|kurier|rundschau)$")

# The words between a company's words: "Politika Newspapers and Magazines".
COMPANY_JOINERS = frozenset("and & και и и/или".split())


def publication_of_holder(
    lines: list[Line], page: PageText, holder: str, pos: int, title: int | None
) -> tuple[str, str] | None:
    """(publication, evidence) when the copyright line names a company and the page tells the
    publication it owns: the line's own trademark sentence ("©2019 Express Newspapers. "Daily
    Express" is a registered trademark"), the holder's initials as the page writes them
    ("Cable News Network": "CNN"), a name line the page prints whole more than once that
    shares a word with the company's ("FOX News Network": "Fox Business") or is what the
    company's name abbreviates ("NYP Holdings": "New York Post"), or the publication's name
    before the company's words ("Al Jazeera Media Network": "Al Jazeera", when the page names
    it elsewhere too), or after them, as its masthead ("Компанија Новости": "Новости")."""
    trademark = SITE_SENTENCES[0][0].search(lines[pos].text)
    if trademark:
        named = sources.normalise_source(trademark.group("name"))
        if named.lower() != holder.lower() and 1 <= len(named.split()) <= 6:
            return named, "trademark named by the copyright line"
    words = holder.split()
    # The initials of the name as the line writes it, "Corporation" and all ("British
    # Broadcasting Corporation": BBC), which normalise_source left out.
    full = re.search(re.escape(holder) + r"(?P<tail>(?:\s+[A-Z][a-z]+)*)", lines[pos].text)
    tail = full["tail"].split() if full else []
    named_words = [w for w in [*words, *tail] if w.lower() not in ACRONYM_SKIPS]
    if len(named_words) >= 3 and all(w[0].isupper() for w in named_words):
        initials = "".join(w[0] for w in named_words).upper()
        if lines_naming_exactly(page, initials, distinct=False) >= 2:
            return initials, "the copyright holder's initials, as the page writes them"
    owner = [bool(OWNER_WORD.fullmatch(w)) for w in words]
    company = [bool(OWNER_WORD.fullmatch(w) or COMPANY_WORD.fullmatch(w)) for w in words]
    if not any(owner):
        if not any(company):
            return None
        return holders_lead(lines, page, words, company) or holders_masthead(lines, words, company)
    own_words = {w.lower() for w in words if len(w) > 2 and not OWNER_WORD.fullmatch(w)}
    own_words -= {"news", "the"}
    counts = Counter(ln.text for ln in lines if not ln.bullet and 1 <= ln.words <= 5)
    for i, ln in enumerate(lines):
        text = ln.text
        if counts.get(text, 0) < 2 or i == title or ln.bullet or not 1 <= ln.words <= 5:
            continue
        names = text.split()
        if not all(w[0].isupper() for w in names) or is_dateline(ln) or ln.cta_share:
            continue
        initials = "".join(w[0] for w in names if w.lower() not in ACRONYM_SKIPS).lower()
        if own_words & {w.lower() for w in names} or (len(names) > 1 and initials in own_words):
            return sources.normalise_source(text), "name line the page prints more than once"
    return holders_lead(lines, page, words, company)


def holders_lead(
    lines: list[Line], page: PageText, words: list[str], owner: list[bool]
) -> tuple[str, str] | None:
    """(publication, evidence): the copyright holder's name before its company words, when
    the page names it elsewhere too ("Al Jazeera Media Network": "Al Jazeera") or, a name in
    another script, the page's address spells it in Latin letters ("Πρώτο Θέμα Εκδοτική",
    protothema.gr)."""
    lead = words[: owner.index(True)]
    tail = words[len(lead) :]
    flags = owner[len(lead) :]
    if not lead or not all(
        f or w.lower() in COMPANY_JOINERS for w, f in zip(tail, flags, strict=True)
    ):
        return None
    name = " ".join(lead)
    if len(lead) >= 2 and lines_naming_exactly(page, name) >= 2:  # the copyright line is one
        return name, "the copyright holder's name before its company words"
    # ("Kölner Stadt-Anzeiger Medien": a paper's name, a paper's word last.)
    if len(lead) >= 2 and PAPER_ENDING.search(lead[-1]):
        return name, "the copyright holder's name before its company words, a paper's name"
    # ("mid-day" over "© Mid-Day Infomedia Ltd"; not a menu's "News" over "© News
    # Communications".)
    if not is_generic(name.lower().split()) and any(
        ln.text.lower() == name.lower() for ln in lines[: TOP_BAR_LINES + 1]
    ):
        return name, "the copyright holder's name before its company words, its masthead"
    # (Only a name in another script: "Coastal Ledger Media", coastalledger.com, is the site's
    # own name, company words and all.)
    if is_latin(name):
        return None
    spelt = sources.latin_spelling(name)
    hosts = (h for i in page.lines_holding((".",)) for h in ADDRESS.findall(page.texts[i].lower()))
    if len(spelt) >= 4 and any(sources.site_label(h) == spelt for h in hosts):
        return name, "the copyright holder's name before its company words, spelt by its address"
    return None


def holders_masthead(
    lines: list[Line], words: list[str], company: list[bool]
) -> tuple[str, str] | None:
    """(publication, evidence): the copyright holder's name after its company's word when the
    page prints it as its masthead, at its top, though a header's label may be that word
    ("Новости", news, over "© Компанија Новости": the Novosti company)."""
    lead = len(company) - company[::-1].index(True)
    name = " ".join(words[lead:])
    # (Another name the masthead finder bears out itself: "EL FARO" under "© EDICIONES EL FARO".)
    if not all(company[:lead]) or not name or not is_generic(name.lower().split()):
        return None
    top = next((p for p, ln in enumerate(lines[: TOP_BAR_LINES + 1]) if ln.text == name), None)
    if top is None or not under_top_bar(lines, top):
        return None
    return (
        name,
        "masthead at the top of the page, the copyright holder's name after its company's word",
    )


def part_of_holder(lines: list[Line], page: PageText, holder: str) -> tuple[str, str] | None:
    """(publication, evidence) when the page says the publication is part of the copyright
    holder: "Gadget Bench is part of Future US Inc, an international media group"."""
    for i in page.lines_holding(("is part of",)):
        m = SITE_SENTENCES[1][0].search(lines[i].text)
        owner = lines[i].text[m.end() :].lower() if m else ""
        if m and owner.lstrip(" :").startswith(holder.lower()) and len(m["name"].split()) <= 6:
            return sources.normalise_source(m["name"]), "the publication the copyright holder owns"
    return None


def lines_naming_exactly(page: PageText, word: str, *, distinct: bool = True) -> int:
    """On how many lines a word stands, in this very case, as a word of its own; with
    `distinct`, the same line printed twice (a menu) counts once."""
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    texts = [page.texts[i] for i in page.lines_holding((word.lower(),))]
    return sum(1 for text in (set(texts) if distinct else texts) if pattern.search(text))
