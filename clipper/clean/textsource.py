"""The publication a text dump comes from and the article's own URL: the names a page gives
itself (copyright lines, "Skip to more X sites", a masthead, its own address).  Each finder
returns (value, evidence)."""

from __future__ import annotations

import re
from collections import Counter

from clipper.clean import meta
from clipper.clean.linekinds import DATELINE_REACH, PUBLICATION_WORD, is_dateline
from clipper.clean.lines import Line
from clipper.clean.pagetext import PageText
from clipper.clean.vocab import CTA_WORDS, SECTION_WORDS


def copyright_lines(lines: list[Line], page: PageText) -> list[int]:
    """Positions of the lines that may be the page's copyright notice: those holding "©",
    "(c)" or "copyr", but not a picture's ("Photo © 2015 Example Images")."""
    return [
        i
        for i in page.lines_holding(SELF_NAMING_NEEDS[2])
        if not PICTURE_COPYRIGHT.search(lines[i].text)
    ]


# Sentences in which pages name themselves: "Skip to more DW sites", "Your full access to the
# Nikkei Asian Review has expired", "© 2022 Times of Japan. All Rights Reserved.".
# "All rights reserved" in the languages a copyright line is written in.
RIGHTS_RESERVED = (
    r"riproduzione riservata|tutti i diritti|alle rechte|tous droits|todos los derechos"
    r"|todos os direitos|alle rechten|wszelkie prawa|все права|सर्वाधिकार|جميع الحقوق"
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
            # ("© Copyright 2023 ...": the signs may come twice.)
            r"(?:(?:©|\([cC]\)|[Cc]opyright)\s*)+(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*,?\s*"
            r"(?:by\s+)?(?!"
            + RIGHTS_RESERVED
            + ")"
            + meta.HOLDER_START
            # ("S.Paulo" goes on past its full stop.)
            + r"(?P<name>\w[\w"
            + meta.SCRIPT_MARKS
            + r"&'.\u2013 «»-]{1,50}?)"
            r"\s*(?:\.(?!\w)|,|\||all rights"
            r"|$|(?:19|20)\d\d\b|" + RIGHTS_RESERVED + ")",
            re.I,
        ),
        "copyright line",
    ),
)

# What a line (lower-cased) must hold for each SELF_NAMING pattern to match it: tested first,
# since most lines hold none of it.  ("copyr", not "copyright": under re.I an "i" also
# matches a dotless "ı", which lower-casing keeps.)
SELF_NAMING_NEEDS = (("more ",), ("access to ", "subscription to "), ("©", "(c)", "copyr"))


# Names of news agencies and wires: their stories run in many papers, so a byline naming one
# credits the story, not the page's publication.
AGENCY_WORD = re.compile(r"(?i)\b(?:press|agency|wire|reuters|afp|kyodo|xinhua|news service)\b")


def find_source(
    lines: list[Line], title: int | None, url: str | None, page: PageText | None = None
) -> tuple[str | None, str]:
    """(publication, evidence), by the strength of the evidence: the page naming itself, the
    article's own address, the copyright line, a byline fragment, the masthead, other URLs."""
    page = page or PageText(lines)
    for (pattern, why), needs in zip(SELF_NAMING[:2], SELF_NAMING_NEEDS, strict=False):
        found = first_name_match(lines, pattern, among=page.lines_holding(needs))
        if found:
            return found, why
    own = meta.host_of(url) if url else None
    if own and meta.source_from_host(own):
        return meta.source_from_host(own), f"the article's address ({own})"
    urls = page.lines_holding(("://", "www."))  # meta.URL needs "://" or "www."
    hosts = [h for i in urls for h in hosts_in(lines[i].text)] + ([own] if own else [])
    found = find_site_name(lines, hosts, page)
    if found:
        return found, "the site's own name in its navigation and notices"
    anchor = title if title is not None else 0
    credited: tuple[str, bool] | None = None
    # Two lines above the headline too, as a dateline may stand over it, but only in a line of
    # several parts: a name alone there is a section's label or a breadcrumb ("World News").
    for pos in range(max(0, anchor - 2), min(len(lines), anchor + DATELINE_REACH)):
        parts = re.split(r"\s*(?:[,|·•]|\s/)\s*", lines[pos].text)
        if pos < anchor and (len(parts) < 2 or not is_dateline(lines[pos])):
            continue  # above the headline, only a dateline's parts: not a breadcrumb's
        for part in parts:
            if PUBLICATION_WORD.match(part.strip()) and not is_section_label(part):
                credited = credited or (meta.normalise_source(part), len(parts) > 1)
    # A name in a byline or a dateline ("November 20, 2019 / 1:07 AM / CBS News") credits the
    # article's publication, unless it is an agency's; a line that is only a name may be a
    # section's label ("Trending News"), and a copyright line beats it.
    if (
        credited
        and credited[1]
        and len(credited[0].split()) > 1  # "News" alone is a section
        and not AGENCY_WORD.search(credited[0])
    ):
        return credited[0], "byline"
    holder = name_match_at(lines, SELF_NAMING[2][0], copyright_lines(lines, page))
    if holder:
        return publication_of_holder(lines, page, *holder, title) or (
            holder[0],
            SELF_NAMING[2][1],
        )
    if credited:
        return credited[0], "byline"
    masthead = find_masthead(lines)
    if masthead:
        return masthead, "masthead at the top of the page"
    for host in hosts:
        name = meta.source_from_host(host)
        if name:
            return name, f"address {host} in the text"
    return (own, "the article's address") if own else (None, "")


# A site's name as its own pages print it: capitalised words (digits, "&" and "." allowed:
# "VG247", "Space.com"), with the small words of a name between them ("Times of India", "Dawgs
# By Nature", "Corriere della Sera").
_SITE = (
    r"(?P<name>[A-Z0-9][\w&'’.+-]*(?:\s+(?:[A-Z0-9&][\w&'’.+-]*|of|the|and|on|in|for|de|da|do"
    r"|la|le|el|di|del|della|des|du|und|der|die|von|van))*?)"
)

# How a site names itself in its navigation ("The Verge homepage", "Back to IndieWire"), its
# footer ("About SFGATE", "More From WIRED") and its notices ("Live Science is supported by its
# audience", "a reporter for NBC News"), each with its weight: a section has newsletters,
# podcasts and a shop of its own ("Pick Six Podcast"), so those count half.
SITE_NAMING = (
    (
        re.compile(
            r"^(?:About|Contact|Follow|Subscribe to|Advertise with|Popular on|More [Ff]rom"
            r"|Back to|Continue to|Return to|Welcome to)\s+(?:the\s+)?"
            + _SITE
            + r"(?:\s+(?:online|on\s+\w+|SKIP AD))?:?$"
        ),
        1.0,
    ),
    (re.compile("^" + _SITE + r"\s+(?:homepage|home page|main menu|- Back to home)$"), 1.0),
    (re.compile(r"^(?:Originally published on|Source:)\s+" + _SITE + r"\.?$"), 1.0),
    (
        re.compile(
            "^" + _SITE + r"\s+(?:[Nn]ewsletters?|Staff|Apps?|app|Store|Shop|[Pp]odcasts?"
            r"|Customer Support)$"
        ),
        0.5,
    ),
)

# Sentences in which the site names itself, anywhere in a line: "Live Science is supported by
# its audience", "IGN® is among the federally registered trademarks of…", or credits itself:
# "Phil Helsel is a reporter for NBC News."
SITE_SENTENCES = (
    # Not decisive alone: a page may name others' trademarks ("Roku is a registered trademark
    # of Roku, Inc.").
    (
        re.compile(
            r"(?:^|[.!?]\s+)[\"“]?" + _SITE + r"[\"”]?®?\s+is\s+(?:a registered trademark"
            r"|among the (?:federally )?registered trademarks|a trademark)\b"
        ),
        1.0,
    ),
    (
        re.compile(r"(?:^|[.!?]\s+)" + _SITE + r"\s+is\s+(?:supported by its audience|part of)\b"),
        1.0,
    ),
    (
        re.compile(
            r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:reporter|writer|editor|correspondent|contributor"
            r"|columnist)\s+(?:for|at)\s+" + _SITE + r"\.?$"
        ),
        1.0,
    ),
)

# The first or last word of every line SITE_NAMING matches: most lines have neither.
SITE_NAMING_FIRST = frozenset(
    "about contact follow subscribe advertise popular more back continue return welcome "
    "originally source".split()
)

SITE_NAMING_LAST = frozenset(
    "homepage page menu home newsletter newsletters staff app apps store shop fanshop podcast "
    "podcasts support".split()
)

# What a line (lower-cased) must hold for SITE_SENTENCES to match it.
SITE_SENTENCE_NEEDS = (
    *("is supported by", "is part of", "trademark", "reporter", "writer", "editor"),
    *("correspondent", "contributor", "columnist"),
)

# Lines longer than this are not navigation.
SITE_NAMING_WORDS = 16

# A name on this many different lines of the page, once one of them names the site, is the
# site's.
SITE_MENTIONS = 5

# Words that a navigation line names instead of a site ("About Us", "Back to Top").
NOT_A_SITE = frozenset(
    "us our we me my you your this top all it them here home site page website menu section "
    "sections navigation".split()
)


def is_section_label(text: str) -> bool:
    """Is the text a section's label, all its words sections' ("Local News", "World News")?"""
    return all(word in SECTION_WORDS for word in text.lower().split())


def find_site_name(lines: list[Line], hosts: list[str], page: PageText) -> str | None:
    """The name the site calls itself by in its own navigation, footer and notices.

    Each different line counts once (menus are often printed twice).  Taken when at least one
    line names the site in full weight and the lines weigh 2, or weigh 1 and either an
    address in the page is the name written as a host ("The Verge", theverge.com) or the page
    names it on SITE_MENTIONS lines or more.  Stronger evidence than a copyright line, which
    often names the owning company ("Vox Media", "Hearst Communications").
    """
    weights: dict[str, float] = {}
    strong: set[str] = set()  # the names a line names in full weight
    spelt: dict[str, dict[str, int]] = {}
    seen: set[str] = set()
    navigation = {
        i
        for i, ln in enumerate(lines)
        if ln.tokens
        and ln.words <= SITE_NAMING_WORDS
        and (ln.tokens[0] in SITE_NAMING_FIRST or ln.tokens[-1] in SITE_NAMING_LAST)
    }
    sentences = set(page.lines_holding(SITE_SENTENCE_NEEDS))
    for i in sorted(navigation | sentences):
        ln = lines[i]
        if ln.text in seen:
            continue
        seen.add(ln.text)
        found = _site_named(ln, navigation=i in navigation, sentence=i in sentences)
        if found is None:
            continue
        name, weight = found
        key = " ".join(name.lower().split())
        weights[key] = weights.get(key, 0.0) + weight
        if weight >= 1:
            strong.add(key)
        forms = spelt.setdefault(key, {})
        forms[name] = forms.get(name, 0) + 1
    labels = {_compact(label) for h in hosts if (label := meta.site_label(h))}

    if not weights:
        return None
    # Each name ranked once (counting its mentions costs a search of the page).
    ranks = {
        key: (key in strong, weight, _compact(key) in labels, _lines_naming(page, key))
        for key, weight in weights.items()
    }
    best = max(ranks, key=ranks.__getitem__)
    has_strong, weight, as_host, mentions = ranks[best]
    if not has_strong or (weight < 2 and not (as_host or mentions >= SITE_MENTIONS)):
        return None
    forms = spelt[best]
    # "SFGate" rather than "SFGATE": a site shouts its name in menus, not in its text.
    return meta.normalise_source(max(forms, key=lambda f: (f != f.upper(), forms[f])))


def _site_named(ln: Line, *, navigation: bool, sentence: bool) -> tuple[str, float] | None:
    """The site's name (as written) in a line where a site names itself, and how much that
    line counts.  `navigation` and `sentence`: whether to try the patterns of each kind (the
    caller knows which the line may match)."""
    m, weight = None, 1.0
    if navigation:
        m, weight = next(
            ((found, w) for p, w in SITE_NAMING if (found := p.match(ln.text))), (None, 1.0)
        )
    if m is None and sentence:
        m, weight = next(
            ((found, w) for p, w in SITE_SENTENCES if (found := p.search(ln.text))), (None, 1.0)
        )
    if m is None:
        return None
    name = m.group("name").strip(" .,;:-–—|")
    words = name.lower().split()
    if not words or len(words) > 6 or any(w in NOT_A_SITE for w in words):
        return None
    if all(w in CTA_WORDS or w in NOT_A_NAME for w in words):
        return None
    return name, weight


def _lines_naming(page: PageText, name: str) -> int:
    """On how many different lines the name stands as words of its own (any case)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    texts = {page.texts[i] for i in page.lines_holding((name,))}
    return sum(1 for text in texts if pattern.search(text.lower()))


def _compact(name: str) -> str:
    """A name as a host writes it: letters and digits only, lower-cased ("The Verge": theverge)."""
    return re.sub(r"[\W_]+", "", name.lower())


# "Image copyright Getty Images", "Photo © AFP": the copyright of a picture, not of the page.
PICTURE_COPYRIGHT = re.compile(
    r"(?i)\b(?:image|photo|picture|photograph|video)s?\b.{0,12}(?:©|copyright)"
)


# Words of footer links that follow "Copyright" without naming anyone ("Copyright Policy").
NOT_A_NAME = frozenset({"policy", "notice", "information", "info", "statement", "terms", "rss"})


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
        # ("e-Eighteen.com Ltd": its domain is left once its company suffix is gone.)
        name = meta.normalise_source(meta.DOMAIN_TAIL.sub("", meta.normalise_source(m["name"])))
        words = name.split()
        if 1 <= len(words) <= 6 and not any(
            w.lower() in CTA_WORDS or w.lower() in NOT_A_NAME for w in words
        ):
            return name, i
    return None


# A copyright holder that is a company owning publications, not one: "NYP Holdings", "FOX News
# Network", "Express Newspapers", "Mortons Media Group".
OWNER_WORD = re.compile(
    r"(?i)(?:holdings?|network|group|media|communications?|newspapers|publishing|publications"
    r"|enterprises|broadcasting|interactive|digital|ventures|partners|industries)"
)

# Words an acronym leaves out ("National Public Radio": NPR; "Corporation for Public
# Broadcasting": CPB).
ACRONYM_SKIPS = frozenset("of and the for & a".split())


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
    it elsewhere too)."""
    trademark = SITE_SENTENCES[0][0].search(lines[pos].text)
    if trademark:
        named = meta.normalise_source(trademark.group("name"))
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
        if _lines_naming_exactly(page, initials, distinct=False) >= 2:
            return initials, "the copyright holder's initials, as the page writes them"
    owner = [bool(OWNER_WORD.fullmatch(w)) for w in words]
    if not any(owner):
        return None
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
            return meta.normalise_source(text), "name line the page prints more than once"
    lead = words[: owner.index(True)]
    if len(lead) >= 2 and all(owner[len(lead) :]):
        name = " ".join(lead)
        if _lines_naming_exactly(page, name) >= 2:  # the copyright line is one
            return name, "the copyright holder's name before its company words"
    return None


def _lines_naming_exactly(page: PageText, word: str, *, distinct: bool = True) -> int:
    """On how many lines a word stands, in this very case, as a word of its own; with
    `distinct`, the same line printed twice (a menu) counts once."""
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    texts = [page.texts[i] for i in page.lines_holding((word.lower(),))]
    return sum(1 for text in (set(texts) if distinct else texts) if pattern.search(text))


def find_masthead(lines: list[Line]) -> str | None:
    """A site name printed at the very top: a short capitalised line, often doubled by the dump."""
    for ln in lines[:12]:
        text = ln.text
        half = len(text) // 2
        if len(text) % 2 == 0 and text[:half] == text[half:] and 1 <= len(text[:half].split()) <= 5:
            return meta.normalise_source(text[:half])
    first = lines[0] if lines else None
    if (
        first
        and first.words <= 4
        and first.text.isupper()
        and not is_dateline(first)
        and not first.cta_share
    ):
        return meta.normalise_source(first.text)
    return None


def hosts_in(text: str) -> list[str]:
    """Every host named in the URLs of a line (a proxied URL names two)."""
    out = []
    for url in meta.URL.findall(text):
        for piece in re.split(r"/(?=https?[:/])", url):
            host = meta.host_of(re.sub(r"^(https?)/+", r"\1://", piece))
            if host:
                out.append(host)
    return out


def find_url(lines: list[Line], title: int | None, start: int) -> str | None:
    """The article's own address, when a line near its start is just a URL."""
    anchor = title if title is not None else start
    for ln in lines[max(0, anchor - 4) : start + 3]:
        if meta.URL.fullmatch(ln.text) and not ln.bullet:
            pieces = re.split(r"/(?=https?[:/])", ln.text)
            return re.sub(r"^(https?)/+", r"\1://", pieces[-1])
    return None
