"""The publication a text dump comes from and the article's own URL: the names a page gives
itself (copyright lines, "Skip to more X sites", a masthead, its own address).  Each finder
returns (value, evidence)."""

from __future__ import annotations

import re

from clipper.clean import sources
from clipper.clean.bylinesource import AGENCY_WORD, credited_name
from clipper.clean.footername import (
    footer_named_masthead,
    masthead_under_skip_link,
    printed_masthead,
    rights_named_site,
)
from clipper.clean.linekinds import PUBLICATION_WORD, SHOUTED_PUBLICATION
from clipper.clean.lines import Line
from clipper.clean.masthead import (
    MASTHEAD_LINES,
    Witnesses,
    compact,
    find_brand,
    is_generic,
)
from clipper.clean.menubrand import menu_brand
from clipper.clean.owners import (
    LEGAL_FORM,
    Holder,
    address_of_holder,
    holder_of,
    part_of_holder,
    publication_of_holder,
    spelt_by_site,
    station_name,
    unsigned_holder,
    vat_holder,
    written_in_full,
)
from clipper.clean.pagetext import PageText
from clipper.clean.photocredits import PHOTOGRAPHER_CREDIT, PICTURE_COPYRIGHT
from clipper.clean.reprints import press_by_headline, reprint_outlet
from clipper.clean.shoutedbrand import shouted_brand
from clipper.clean.sitenames import (
    NOT_A_NAME,
    SiteNaming,
    find_site_name,
    named_weakly,
    site_namings,
    writers_publication,
)
from clipper.clean.titlesuffix import suffix_brand
from clipper.clean.vocab import CTA_WORDS


def copyright_lines(lines: list[Line], page: PageText) -> list[int]:
    """Positions of the lines that may be the page's copyright notice: those holding "©",
    "(c)" or "copyr", but not a picture's ("Photo © 2015 Example Images")."""
    return [
        i
        for i in page.lines_holding(SELF_NAMING_NEEDS[2])
        if not PICTURE_COPYRIGHT.search(lines[i].text)
        and not PHOTOGRAPHER_CREDIT.search(lines[i].text)
    ]


# Sentences in which pages name themselves: "Skip to more DW sites", "Your full access to the
# Nikkei Asian Review has expired", "© 2022 Times of Japan. All Rights Reserved.".
# "All rights reserved" in the languages a copyright line is written in (Japanese pages
# forbid reproduction instead: "無断転載を禁じます").
RIGHTS_RESERVED = (
    r"riproduzione riservata|tutti i diritti|alle rechte|tous droits|tous les droits"
    r"|todos los derechos|derechos reservados|todos os direitos|alle rechten|wszelkie prawa"
    r"|все права|всі права|tüm hakları|her hakkı|alle rettigheder|alle rettigheter"
    r"|alla rättigheter|kaikki oikeudet|všechna práva|všetky práva|minden jog|toate drepturile"
    r"|όλα τα δικαιώματα|כל הזכויות|सर्वाधिकार|جميع الحقوق|無断転載|無断複製|版权所有|版權所有"
    r"|저작권|สงวนลิขสิทธิ์"
)

SELF_NAMING = (
    (
        re.compile(r"\bmore (?P<name>[A-Z][\w&' -]{0,30}?) (?:sites|websites|newsletters)\b"),
        "'more ... sites' link",
    ),
    (
        re.compile(
            r"\b(?:access|subscription) to (?:the )?(?P<name>[A-Z][\w&' -]{1,40}?) "
            r"(?:has|is|will)\b"
        ),
        "subscription notice",
    ),
    (
        re.compile(
            # ("© Copyright 2023 ...": the signs may come twice; "Copyright: Example GmbH";
            # Korean pages print a circled letter, "Copyright ⓒ 한겨레신문사".)
            r"(?:(?:©|ⓒ|\([cCсС]\)|[Cc]opyright)\s*:?\s*)+(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*,?\s*"
            r"(?:by\s+)?(?!"
            + RIGHTS_RESERVED
            + ")"
            # (A legal form before the name, with its full stop or in brackets: "© 2025 PT.
            # Kompas Media", "© (주)한겨레".)
            + r"(?:(?-i:PT|CV)\.\s*|\(주\)\s*|㈜\s*)?"
            + sources.HOLDER_START
            # ("S.Paulo" goes on past its full stop.)
            + r"(?P<name>\w[\w"
            + sources.SCRIPT_MARKS
            + r"&'.\u2013 «»-]{1,50}?)"
            # (" / " between two companies, "Example Digital GmbH / Example GmbH"; not a
            # picture's credit, "© REUTERS / POOL".)
            r"\s*(?:\.(?!\w)|,|\||\s/\s(?=[^/]*\b(?:" + sources.LEGAL_FORMS + r")\b)|all rights"
            r"|$|(?:19|20)\d\d\b|" + RIGHTS_RESERVED + ")",
            re.I,
        ),
        "copyright line",
    ),
)

# What a line (lower-cased) must hold for each SELF_NAMING pattern to match it: tested first,
# since most lines hold none of it.  ("copyr", not "copyright": under re.I an "i" also
# matches a dotless "ı", which lower-casing keeps.)
SELF_NAMING_NEEDS = (
    ("more ",),
    ("access to ", "subscription to "),
    ("©", "ⓒ", "(c)", "(с)", "copyr"),  # (and "(с)", a Cyrillic letter: "Copyright (с) ООО …")
)

# The registration notice a Russian publication's footer must print, which gives its name in
# guillemets: "Сетевое издание «Лента.ру». Свидетельство о регистрации СМИ …", "«Сетевое
# издание «Woman'sDay.ru (ВумансДей.ру)» …" (the name without its spelling in Cyrillic).  A
# notice that starts a line or a sentence and says it is registered: an article's sentence may
# name another paper so ("как сообщило сетевое издание «…»").
REGISTERED_AS = re.compile(
    r"(?:^|[:.!?]\s+)«?(?i:сетевое издание|электронное периодическое издание)\s*"
    r"«(?P<name>[^«»()]{2,40}?)\s*[»(].*(?i:регистр)"
)

# The note under a wire story that a portal runs from its feed, which names the portal: "(This
# story has not been edited by DH staff and is published from a syndicated feed.)", "(Only the
# headline and picture of this report may have been reworked by the Business Standard staff;
# the rest of the content is auto-generated from a syndicated feed.)".
FEED_NOTE = re.compile(
    r"(?i:not been edited|reworked) by (?:(?i:the)\s+)?(?P<name>[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*){0,3})\s+staff\b(?=.*(?i:syndicated|feed|agency|wire))"
)

# The notices in which a page names itself, with what a line (lower-cased) must hold for each,
# and the evidence each gives.
NOTICES = (
    (REGISTERED_AS, ("издание",), "the publication's registration notice"),
    (FEED_NOTE, (" staff",), "the note on a story from a syndicated feed"),
)


def find_source(
    lines: list[Line], title: int | None, url: str | None, page: PageText | None = None
) -> tuple[str | None, str]:
    """(publication, evidence), by the strength of the evidence: the page naming itself, the
    article's own address, its navigation, a byline, the brand it prints (masthead, the
    headline's suffix), the copyright line, the masthead alone, other URLs."""
    page = page or PageText(lines)
    for (pattern, why), needs in zip(SELF_NAMING[:2], SELF_NAMING_NEEDS, strict=False):
        found = first_name_match(lines, pattern, among=page.lines_holding(needs))
        if found:
            return found, why
    for pattern, needs, why in NOTICES:
        found = first_name_match(lines, pattern, page.lines_holding(needs))
        if found:
            return found, why
    own = sources.host_of(url) if url else None
    if own and sources.source_from_host(own):
        return sources.source_from_host(own), f"the article's address ({own})"
    urls = page.lines_holding(("://", "www."))  # sources.URL needs "://" or "www."
    hosts = [h for i in urls for h in hosts_in(lines[i].text)] + ([own] if own else [])
    namings = site_namings(lines, page)
    found = find_site_name(namings, hosts, page)
    if found:
        return found, "the site's own name in its navigation and notices"
    credited = credited_name(lines, title, page)
    # A name in a byline or a dateline ("November 20, 2019 / 1:07 AM / CBS News") credits the
    # article's publication, unless it is an agency's; a line that is only a name may be a
    # section's label ("Trending News"), and a copyright line beats it.
    if (
        credited
        and credited[1]
        and len(credited[0].split()) > 1  # "News" alone is a section
        and not credited[2]
    ):
        return credited[0], "byline"
    byline = credited[0] if credited and not credited[2] else None
    branded = brand_or_holder(lines, page, title, hosts, namings, byline)
    if branded:
        return branded
    if credited:
        return credited[0], "byline"
    footer_named = footer_named_masthead(lines, title)
    if footer_named:
        return footer_named
    in_rights = rights_named_site(lines, page)
    if in_rights:
        return in_rights, "the site's address in its rights notice"
    skipped_to = masthead_under_skip_link(lines, title)
    if skipped_to:
        return skipped_to, "masthead at the top of the page, under its skip link"
    printed = printed_masthead(lines)
    if printed:
        return printed, "masthead at the top of the page"
    for host in hosts:
        name = sources.source_from_host(host)
        if name:
            return name, f"address {host} in the text"
    written_for = writers_publication(page)
    if written_for:
        return written_for, "the publication its writer's note names"
    return (own, "the article's address") if own else (None, "")


# How far above the copyright line a page's footer reaches.
FOOTER_LINES = 25

# What evidence adds when the copyright line names a company, not a publication.
COMPANYS = " (the copyright line names its company)"


def brand_or_holder(
    lines: list[Line],
    page: PageText,
    title: int | None,
    hosts: list[str],
    namings: dict[str, SiteNaming],
    byline: str | None,
) -> tuple[str, str] | None:
    """(publication, evidence) from the brand the page prints (masthead.find_brand) and its
    copyright line.  The brand beats the company owning it; what the page tells of the
    company's publication (publication_of_holder) beats a brand that only the masthead's place
    at the top bears out; and, when the page tells of none, the publication its byline names
    (`byline`), then the name its navigation gives the site at any weight ("The Hill Apps"),
    then the name the address spells (in a link, or bare in the copyright line: "without
    permission of moneycontrol.com") beat the company."""
    notices = copyright_lines(lines, page)
    found = (
        name_match_at(lines, SELF_NAMING[2][0], notices)
        or vat_holder(lines, page)
        or unsigned_holder(lines, page)
    )
    holder = holder_of(lines, *found) if found else None
    reprinted = (
        reprint_outlet(lines, title, page, holder.name) if holder and holder.company else None
    )
    if reprinted:
        return reprinted
    labels = {compact(label) for h in hosts if (label := sources.site_label(h))}
    strong = {key for key, naming in namings.items() if naming.strong}
    seen = Witnesses(page, labels, holder, strong)
    brand = (
        suffix_brand(lines, title, seen)
        or find_brand(lines, title, seen)
        or shouted_brand(lines, title, seen)
    )
    owned = (
        publication_of_holder(lines, page, holder.name, holder.pos, title)
        or part_of_holder(lines, page, holder.name)
        if holder
        else None
    )
    # (A brand that is the holder's name, or the publication it owns, keeps that evidence.)
    said = {name.lower() for name in (holder.name if holder else "", owned[0] if owned else "")}
    if brand and brand.name.lower() not in said and (brand.sure or not owned):
        if holder and written_in_full(brand.name, holder):
            return holder.name, brand.why + ", its name in full"
        return brand.name, brand.why
    if holder and holder.company and not owned and byline:
        return byline, "byline (the copyright line names its company)"
    if holder and holder.company and not owned:
        named = company_brand(lines, namings, notices, holder, page)
        if named:
            return named
    if holder and not owned:
        spelt = spelt_by_site(
            hosts + bare_domains(lines[holder.pos].text), page, holder
        ) or address_of_holder(page, holder)
        if spelt:
            return spelt, "the name its address spells (the copyright line names its company)"
    prefixed = menu_brand(lines, holder) if holder and holder.company and not owned else None
    if prefixed:
        return prefixed
    press = press_by_headline(lines, title, holder.name) if holder and not owned else None
    if press:
        return press
    if holder:
        return owned or (station_name(holder, page), SELF_NAMING[2][1])
    return None


def company_brand(
    lines: list[Line],
    namings: dict[str, SiteNaming],
    notices: list[int],
    holder: Holder,
    page: PageText,
) -> tuple[str, str] | None:
    """(publication, evidence) the page's header or footer names when its copyright line
    names a company and nothing else tells its publication: the one name the navigation gives
    the site at half weight ("The Hill Apps", "VG247 newsletter!"), else the one publication's
    name standing alone on a line of the footer ("The Straits Times" over "© SPH Media")."""
    # (Not when the copyright line writes the holder as an address, "© AutoIndustriya.com,
    # Inc.": the company is the site.)
    domain = re.compile(r"(?i)" + re.escape(holder.name) + r"\.[a-z]{2,6}\b")
    if "." in holder.name or domain.search(lines[holder.pos].text):
        return None
    footer = notices[-1] - FOOTER_LINES

    def near(i: int) -> bool:
        return i < MASTHEAD_LINES or i >= footer

    held = compact(holder.name)
    named = named_weakly(namings, near, page)
    if named and compact(named) != held:
        return named, "the site's own name in its navigation" + COMPANYS
    found = {
        ln.text
        for ln in lines[max(0, footer) : notices[-1] + FOOTER_LINES]
        if 2 <= ln.words <= 4
        and not ln.bullet
        and (PUBLICATION_WORD.match(ln.text) or SHOUTED_PUBLICATION.match(ln.text))
        and not AGENCY_WORD.search(ln.text)
        and not is_generic(ln.tokens)
    }
    # (Not a section's, which a menu lists, in any case: "• Auto News", "AUTO NEWS".)
    if found:
        found -= {text for text in found for ln in lines if ln.bullet and ln.low == text.lower()}
    names = {sources.normalise_source(text) for text in found} - {holder.name}
    if len(names) == 1:
        return names.pop(), "the publication's name in the footer" + COMPANYS
    return None


def first_name_match(lines: list[Line], pattern: re.Pattern[str], among: list[int]) -> str | None:
    """The first plausible publication name the pattern finds on a line, of those at the
    positions `among` (the only ones the pattern can match)."""
    found = name_match_at(lines, pattern, among)
    return found[0] if found else None


def name_match_at(
    lines: list[Line], pattern: re.Pattern[str], among: list[int]
) -> tuple[str, int] | None:
    """first_name_match's name, and the position of its line."""
    for i in among:
        m = pattern.search(lines[i].text)
        if not m:
            continue
        # ("e-Eighteen.com Ltd": its domain is left once its company suffix is gone; "ⓒ 매일경제
        # & mk.co.kr": the paper and its address.)
        name = sources.AND_ADDRESS.sub("", sources.normalise_source(m["name"]))
        name = sources.normalise_source(sources.DOMAIN_TAIL.sub("", name))
        words = name.split()
        # (A call's word in a company's name: "© 2025 Premium Times Services Limited".)
        company = LEGAL_FORM.search(m["name"]) is not None
        if 1 <= len(words) <= 6 and not any(
            (w.lower() in CTA_WORDS and not company) or w.lower() in NOT_A_NAME for w in words
        ):
            return name, i
    return None


# An address written without its scheme in a line: "permission of moneycontrol.com" (in
# lower case: "e-Eighteen.com" is a company's name).
BARE_DOMAIN = re.compile(r"(?<![\w.@/-])[a-z0-9][a-z0-9-]*(?:\.[a-z]{2,6}){1,2}(?![\w.-]|\.\w)")


def bare_domains(text: str) -> list[str]:
    """The hosts a line writes without a scheme ("moneycontrol.com")."""
    return [m.group() for m in BARE_DOMAIN.finditer(text)] if "." in text else []


def hosts_in(text: str) -> list[str]:
    """Every host named in the URLs of a line (a proxied URL names two)."""
    out = []
    for url in sources.URL.findall(text):
        for piece in re.split(r"/(?=https?[:/])", url):
            host = sources.host_of(re.sub(r"^(https?)/+", r"\1://", piece))
            if host:
                out.append(host)
    return out


def find_url(lines: list[Line], title: int | None, start: int) -> str | None:
    """The article's own address, when a line near its start is just a URL."""
    anchor = title if title is not None else start
    for ln in lines[max(0, anchor - 4) : start + 3]:
        if sources.URL.fullmatch(ln.text) and not ln.bullet:
            pieces = re.split(r"/(?=https?[:/])", ln.text)
            return re.sub(r"^(https?)/+", r"\1://", pieces[-1])
    return None
