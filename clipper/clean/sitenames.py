"""How a site names itself in a text dump: its navigation ("The Verge homepage", "More From
WIRED"), its footer and its notices ("Live Science is supported by its audience", "a reporter
for NBC News")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from clipper.clean import sources
from clipper.clean.lines import Line
from clipper.clean.masthead import (
    MASTHEAD_LINES,
    TOP_BAR_LINES,
    compact,
    is_generic,
    is_spelt_by_host,
)
from clipper.clean.pagetext import PageText
from clipper.clean.vocab import CTA_WORDS

# A site's name as its own pages print it: capitalised words (digits, "&" and "." allowed:
# "VG247", "Space.com"), with the small words of a name between them ("Times of India", "Dawgs
# By Nature", "Corriere della Sera").
_SITE = (
    r"(?P<name>[A-Z0-9][\w&'’.+-]*(?:\s+(?:[A-Z0-9&][\w&'’.+-]*|of|the|and|on|in|for|de|da|do"
    r"|la|le|el|di|del|della|des|du|und|der|die|von|van))*?)"
)

# How a site names itself in its navigation ("The Verge homepage", "Back to IndieWire", "Next
# on Sky News"), its footer ("About SFGATE", "More From WIRED", "Why you can trust TechRadar")
# and its notices ("Live Science is supported by its audience", "a reporter for NBC News"),
# each with its weight: a section has newsletters, podcasts and a shop of its own ("Pick Six
# Podcast"), so those count half.
SITE_NAMING = (
    (
        re.compile(
            r"^(?:About|Contact|Follow|Subscribe to|Advertise with|Popular on|More [Ff]rom"
            r"|Back to|Continue to|Return to|Welcome to|Why you can trust|Next on)\s+(?:the\s+)?"
            + _SITE
            + r"(?:\s+(?:online|on(?:\s+\w+)?|SKIP AD))?:?$"
        ),
        1.0,
    ),
    (re.compile("^" + _SITE + r"\s+(?:[Hh]omepage|home page|main menu|- Back to home)$"), 1.0),
    # "Follow X on Instagram" in the other languages: "Siga o Diário do Povo no Instagram",
    # "Segui il Post su Facebook", "Folgen Sie der Rheinpfalz auf Instagram".
    (
        re.compile(
            r"^(?:Siga|Segui|Suivez|Folgen Sie|Sigue a|Obserwuj)\s+"
            r"(?:(?:o|a|il|la|le|l'|der|dem|den|die|el)\s+)?"
            + _SITE
            + r"\s+(?:no|na|su|sur|auf|bei|en|w)\s+\S+(?:\s+\S+)?$"
        ),
        1.0,
    ),
    (re.compile(r"^(?:Originally published on|Source:)\s+" + _SITE + r"\.?$"), 1.0),
    # "Download the Harbour Post app", "Download de Volkskrant app".
    (
        re.compile(
            r"^(?:Download|Get|Install|Try)\s+(?:the\s+|our\s+)?(?P<name>(?:(?:de|het|la|le|il"
            r"|el|der|die|das)\s+)?[A-Z0-9][\w&'’.+-]*(?:\s+[A-Z0-9&][\w&'’.+-]*){0,3})"
            r"\s+(?:app|App)(?:\s+(?:now|today|for free|here))?[.!]?$"
        ),
        0.5,
    ),
    (
        re.compile(
            "^" + _SITE + r"\s+(?:[Nn]ewsletters?|Staff|Apps?|app|Store|Shop|[Pp]odcasts?"
            r"|Customer Support)!?$"
        ),
        0.5,
    ),
)

# "Subscribe to" in the languages the cleaner reads, as a call to subscribe to the site says it.
SUBSCRIBE_TO = (
    r"Subscribe to|Abbonati (?:a|al)|Abonnez-vous à|Suscríbete a|Assine (?:o|a)|Abonniere"
    r"|Abonnieren Sie|Abone ol"
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
    # A call to subscribe closing a paragraph: "Il nostro giornalismo è fatto di inchieste.
    # Abbonati a Repubblica."
    (
        re.compile(
            r"(?:^|[.!?]\s+)(?:"
            + SUBSCRIBE_TO
            + r")\s+(?:(?i:the|la|le|il|el|der|die)\s+)?"
            + _SITE
            + r"[.!]?$"
        ),
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
    "originally source why next siga segui suivez folgen sigue obserwuj download get install "
    "try".split()
)

SITE_NAMING_LAST = frozenset(
    "homepage page menu home newsletter newsletters staff app apps store shop fanshop podcast "
    "podcasts support".split()
)

# What a line (lower-cased) must hold for SITE_SENTENCES to match it.
SITE_SENTENCE_NEEDS = (
    *("is supported by", "is part of", "trademark", "reporter", "writer", "editor"),
    *("correspondent", "contributor", "columnist"),
    *("subscribe to", "abbonati a", "abonnez-vous", "suscríbete", "assine ", "abonniere"),
    "abone ol",
)

# Lines longer than this are not navigation.
SITE_NAMING_WORDS = 16

# A name on this many different lines of the page, once one of them names the site, is the
# site's.
SITE_MENTIONS = 5

# Words of footer links that follow "Copyright" without naming anyone ("Copyright Policy").
NOT_A_NAME = frozenset({"policy", "notice", "information", "info", "statement", "terms", "rss"})


# Words that a navigation line names instead of a site ("About Us", "Back to Top").
NOT_A_SITE = frozenset(
    "us our we me my you your this top all it them here home site page website menu section "
    "sections navigation mobile".split()
)


@dataclass
class SiteNaming:
    """How a page names one site in its navigation, footer and notices: the lines' weight,
    whether one names it in full weight, and how each line spells it."""

    weight: float = 0.0
    strong: bool = False
    forms: Counter[str] = field(default_factory=Counter)
    positions: list[int] = field(default_factory=list)


def site_namings(lines: list[Line], page: PageText) -> dict[str, SiteNaming]:
    """The names (lower-cased) the page's navigation and notices give the site.  Each
    different line counts once (menus are often printed twice)."""
    namings: dict[str, SiteNaming] = {}
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
        naming = namings.setdefault(" ".join(name.lower().split()), SiteNaming())
        naming.weight += weight
        naming.strong = naming.strong or weight >= 1
        naming.forms[name] += 1
        naming.positions.append(i)
    return namings


def find_site_name(namings: dict[str, SiteNaming], hosts: list[str], page: PageText) -> str | None:
    """The name the site calls itself by in its own navigation, footer and notices.

    Taken when at least one line names the site in full weight and the lines weigh 2, or
    weigh 1 and either an address in the page is the name written as a host ("The Verge",
    theverge.com) or the page names it on SITE_MENTIONS lines or more.  Stronger evidence
    than a copyright line, which often names the owning company ("Vox Media", "Hearst
    Communications").
    """
    if not namings:
        return None
    labels = {compact(label) for h in hosts if (label := sources.site_label(h))}
    # Each name ranked once (counting its mentions costs a search of the page).
    ranks = {
        key: (n.strong, n.weight, is_spelt_by_host(key, page, labels), _lines_naming(page, key))
        for key, n in namings.items()
    }
    best = max(ranks, key=ranks.__getitem__)
    has_strong, weight, as_host, mentions = ranks[best]
    if not has_strong or (weight < 2 and not (as_host or mentions >= SITE_MENTIONS)):
        return None
    fuller = in_full(best, namings, page)
    if fuller not in namings:  # (the masthead's own spelling: "Toronto Star")
        return fuller
    forms = namings[fuller].forms
    # "SFGate" rather than "SFGATE": a site shouts its name in menus, not in its text.
    return sources.normalise_source(max(forms, key=lambda f: (f != f.upper(), forms[f])))


def in_full(best: str, namings: dict[str, SiteNaming], page: PageText) -> str:
    """The name the navigation gives the site in full, when the one it names most is a short
    form of it, "The" and its last word ("Toronto Star Homepage" over "About The Star"); or,
    when the navigation gives none, the masthead at the page's top ("Toronto Star" over
    "About The Star"), as the page writes it."""
    words = best.split()
    if len(words) != 2 or words[0] != "the":
        return best
    fuller = [
        key
        for key, naming in namings.items()
        if naming.strong and len(key.split()) == 2 and key.endswith(" " + words[1]) and key != best
    ]
    if not fuller:
        tail = " " + words[1]
        fuller = sorted(
            {
                text
                for i in page.lines_holding((tail,))
                if i < MASTHEAD_LINES
                and len((text := page.texts[i].strip()).split()) == 2
                and text.lower().endswith(tail)
                and text[0].isupper()
                and text.lower() not in ("the" + tail, best)
                and not is_generic(text.lower().split())
            }
        )
    return fuller[0] if len(fuller) == 1 else best


# The verbs of a call to get the site's app, which name nothing alone ("Get App").
APP_VERBS = frozenset("get download install try".split())

# The verbs of a button or a prompt in the other languages the cleaner reads, which start no
# publication's name: "Assinar newsletter" (subscribe), "Descarga la app" (download the app).
CALL_VERBS = frozenset(
    (
        "assinar assine baixe baixar descarga descargue descargar suscríbete suscribirse "
        "scarica scaricare abbonati iscriviti télécharger téléchargez abonnez-vous abonnieren "
        "abonniere herunterladen pobierz subskrybuj zapisz indir abone"
    ).split()
)


def named_weakly(
    namings: dict[str, SiteNaming], near: Callable[[int], bool], page: PageText
) -> str | None:
    """The one name the page's header or footer (`near` tells a line's position is there)
    gives the site at half weight only ("The Hill Apps", "VG247 newsletter!", "Download the
    TODAY app" under the masthead "TODAY"): too little alone, but the brand rather than the
    company its copyright line names.  None when the
    page names several so (a section's podcasts and newsletters), or none."""
    found = [
        key
        for key, naming in namings.items()
        if not naming.strong
        and any(map(near, naming.positions))
        and key.split()[0] not in APP_VERBS
        and (not is_generic(key.split()) or shouted_masthead(naming, page))
    ]
    if len(found) != 1:
        return None
    forms = namings[found[0]].forms
    return sources.normalise_source(max(forms, key=lambda f: (f != f.upper(), forms[f])))


def shouted_masthead(naming: SiteNaming, page: PageText) -> bool:
    """Does the page print the name, as the naming writes it in capitals, as its masthead at the
    very top ("TODAY" over "Download the TODAY app")?  A word that is a header's label
    otherwise ("today") is the site's name then."""
    top = page.texts[: TOP_BAR_LINES + 1]
    return any(len(form) > 2 and form.isupper() and form in top for form in naming.forms)


# A writer's note under the article: "Kate Burke is a property reporter at The Harbour
# Herald, covering housing", "Jane Doe is a politics reporter for Example News based in
# Washington."
WRITER_NOTE = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:reporter|writer|editor|correspondent|columnist)\s+(?:at|for)\s+"
    + _SITE
    + r"(?:[.,]|\s+based\b|$)"
)


# The same note in an author box, the role first and no name: "Senior editor at Gizmodo.",
# "Science writer at Example News and pug aficionado elsewhere" (not a former one's: "Former
# editor at ...", a note on someone else).
WRITER_ROLE_NOTE = re.compile(
    r"^(?!(?i:former|ex)\b)[A-Z][\w-]*(?:\s+[\w-]+){0,2}?\s+"
    r"(?:reporter|writer|editor|correspondent|columnist)\s+(?:at|for)\s+"
    + _SITE
    + r"(?:\.?$|\s+and\s)"
)


def writers_publication(page: PageText) -> str | None:
    """The one publication the notes on the article's writers say they write for, or None
    (none, or several: a guest's note names another paper)."""
    found = set()
    for i in page.lines_holding((" reporter ", " writer ", " editor ", " correspondent ")):
        m = WRITER_NOTE.match(page.texts[i]) or WRITER_ROLE_NOTE.match(page.texts[i])
        if m and not any(w in NOT_A_SITE for w in m["name"].lower().split()):
            found.add(sources.normalise_source(m["name"]))
    return found.pop() if len(found) == 1 else None


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
    if all(w in CTA_WORDS or w in NOT_A_NAME for w in words) or words[0] in CALL_VERBS:
        return None
    return name, weight


def _lines_naming(page: PageText, name: str) -> int:
    """On how many different lines the name stands as words of its own (any case)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    texts = {page.texts[i] for i in page.lines_holding((name,))}
    return sum(1 for text in texts if pattern.search(text.lower()))
