"""Authors and titles, shared by the text and HTML cleaners: bylines, breadcrumbs and
"Reading:" lines.  (Dates are dates.py's, publications sources.py's.)

Every function is pure and works on strings; the text cleaner decides which lines to ask about.
"""

from __future__ import annotations

import re

from clipper.clean.scriptbylines import labelled_names

# --- authors -------------------------------------------------------------------------------

# A capital letter of any cased script: names are written in many ("Álvaro", "Özlem", "Ерофеева").
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper()) + "]"

# A name's words: capitalised ones, the particles between them ("Lauren del Valle", "Ursula von
# der Leyen") and a nickname in quotes ('Amanda "Tania Mae" Tan').
_NAME = (
    UPPER
    + r"[\w'’.-]*(?:\s+(?:"
    + UPPER
    + r"[\w'’.-]*|(?:van|von|de|del|della|der|den|da|das|dos|du|di|le|la|bin|ibn|al)(?!\w)"
    + r"|[\"“]"
    + UPPER
    + r"[\w'’. -]{0,30}[\"”]))*"
)
# What joins two writers' names: "and" in the languages whose bylines BYLINE reads (Russian
# "и", Ukrainian "і" and "та", Greek "και"); names.NAME_JOINS holds them too.
NAME_JOIN_WORDS = "and und et y e и і та και".split()
# "And" in the other languages news is written in, which a byline prints between two names
# (Swedish "och", Norwegian and Danish "og", Finnish "ja", Hungarian "és", Turkish "ve",
# Indonesian and Malay "dan", Vietnamese "và", Polish "oraz" and "i", Croatian and Catalan
# "i", Romanian "și"): read as "and" ("Jenny Lind och Lotta Berg": "Jenny Lind and Lotta
# Berg").  (Not Dutch "en", Czech "a", Swahili "na": "in", "to", "on" elsewhere, before a
# place: "Por Juan Pérez en Madrid".)
OTHER_JOIN_WORDS = "och og ja és ve dan và oraz i și".split()
_JOIN = r"(?:\s*[,&]\s*|\s+(?:" + "|".join(NAME_JOIN_WORDS + OTHER_JOIN_WORDS) + r")\s+)"
# (Public for the patterns of coauthors.py.)
NAME, JOIN = _NAME, _JOIN
_NAMES = r"(?P<name>" + _NAME + r"(?:" + _JOIN + _NAME + r")*)"
BYLINE = re.compile(
    r"^(?:(?i:(?:(?:written|posted|story|words|text|reporting|reported|analysis|opinion|commentary"
    r"|review|column)"
    r"\s+)?by|von|par|por)\s*:?\s+"
    # Italian "di Andrea Arzilli" (in lower case only: "Di Maio ha detto" is a sentence), and
    # an author's label: "Author: Jane Doe", "Texto: Ana Gómez", "Текст: Венера Ерофеева",
    # "Yazar: Ahmet Yılmaz", "Penulis: Budi Santoso", "Tác giả: Nguyễn Văn An", Polish
    # "Autorka: Marta Górecka", Serbian "Аутор: Мирјана Сретеновић".
    r"|di\s+|(?i:author|autor|autorka|autora|auteur|autore|text|texto|testo|текст|автор|авторка|аутор"
    r"|reporter|yazar|szerző|penulis|pewarta|wartawan|oleh|kirjoittaja|forfatter|författare"
    r"|tác\s+giả|autorius|συντάκτης)\s*:\s*)"
    # "By political reporter Tom Crowley", "By chief business correspondent Ian Verrender"
    r"(?:(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer)\s+)?" + _NAMES
)
# A byline whose label is a frequent word, the whole line and the name of two words or more:
# Greek "Του Γιώργου Παπαδόπουλου" (of, the name in the genitive; "Του Αγίου Πνεύματος η
# εορτή" is a sentence), "Γράφει ο Νίκος Ζαχαρίου" (writes), "Από τον Νίκο Ζαχαρίου" (by);
# Vietnamese "Theo Nguyễn Văn An" (by, and "according to": "Theo Reuters" cites a source, and
# Theo is a first name: there a name with a letter outside ASCII only); "by" in Indonesian,
# Dutch, Swedish and Danish: "Oleh Budi Santoso", "Door Jan de Vries", "Av Lars Holm"; Swahili
# "Na Bakari Kiango" ("on" in Polish and Czech, before a place of one word: "Na Morawach").  The
# date may follow: "Door Jan de Vries | 4 maart 2024".
LABEL_BYLINE = re.compile(
    r"^(?P<label>Theo|Oleh|Door|Av|Af|Na|Του|Της|Των|Γράφ(?:ει|ουν)(?:\s+(?:ο|η|οι))?"
    r"|Από\s+τ(?:ον|ην|ους))\s+" + _NAMES + r"(?:\s*[|·•–—-]\s.*|\s+\d.*)?$"
)

# A blog's "Posted on July 14, 2021 by Jenny Alcott": the byline after the date.
POSTED_BYLINE = re.compile(
    r"^(?i:posted|published|written)\s+(?:(?i:on)\s+)?[\w ,./:-]{4,40}?\s+(?i:by)\s+" + _NAMES
)

# Words that end a name in a byline: what follows is a date, a role or a time.  A month only
# before a number: "Mark", "June", "Jana" and "Novak" are names ("By Ann Lee and Mark Ray").
NAME_STOP = re.compile(
    r"(?i)\s+(?:\||[-–—]|published|updated|posted|on|at|in|for|staff|senior|special|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?=\.?\s*\d)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$"
)


# "Jane Doe By Jane Doe": a byline after the name a picture or a link gave first.
ECHOED_BYLINE = re.compile(r"^(?P<name>" + _NAME + r")\s+(?i:by):?\s+(?P=name)(?!\w)")


# A role glued to the name by a dump that joined two elements: "Meg JamesStaff Writer".
GLUED_ROLE = re.compile(
    r"(?<=[a-z])(?:Staff|Senior|Special|Contributing|Contributor|Correspondent|Reporter|Editor"
    r"|Columnist)\b.*$"
)

# A publication's name glued to the writer's by a dump that joined two elements: "Jonathan
# GarberFOXBusiness" (capitals run on after a small letter; not "McDonald", "DeShawn").
GLUED_BRAND = re.compile(r"(?<=[a-z])[A-Z]{2,}[A-Za-z]*$")

# A join of another language between two names, read as "and" (see OTHER_JOIN_WORDS).
OTHER_JOIN = re.compile(r"\s+(?:" + "|".join(OTHER_JOIN_WORDS) + r")\s+(?=" + UPPER + ")")

# A join left at a name's end when what followed it was cut off.
DANGLING_JOIN = re.compile(r"(?:\s*,|\s+and|\s*&)+$")

# What a byline names after its writers, and is no writer: their publication or agency
# ("Troy L. Smith, Cleveland.com", "Eric Song, IGN", "Jane Doe, Associated Press"), its code
# in capitals of any script ("ČTK", "ТАСС").
AFFILIATION = re.compile(
    r"^(?:The\s.+|[0-9" + UPPER[1:] + r"{2,5}|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}"
    r"|.+\s(?:News|Times|Press|Wire|Agency|Service|Network|Media|Magazine|Journal|Tribune"
    r"|Herald|Gazette|Chronicle)|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax)$"
)


# "by" glued to the name by a dump that joined two elements: "byChinedu Okafor".
GLUED_BY = re.compile(r"^[Bb]y(?=" + UPPER + r"[a-z]+\s+" + UPPER + ")")


def author_from_byline(line: str) -> str | None:
    """The name(s) in a "By X" byline, or None.  Roles and the publication or agency after
    the names are left out ("By Jane Doe, Associated Press": "Jane Doe")."""
    text = GLUED_BY.sub("by ", line.strip())
    m = BYLINE.match(text) or ECHOED_BYLINE.match(text) or POSTED_BYLINE.match(text)
    if not m:
        label = LABEL_BYLINE.match(text)
        if label and " " in label["name"]:
            name = OTHER_JOIN.sub(" and ", label["name"])
            return None if label["label"] == "Theo" and name.isascii() else name
        return labelled_names(text)
    # (Looked for in the rest of the line: a month stops a name only before a day or year.)
    stop = NAME_STOP.search(m.string, m.start("name"))
    name = m.group("name")[: stop.start() - m.start("name") if stop else None].strip(" ,.")
    name = GLUED_BRAND.sub("", GLUED_ROLE.sub("", name)).strip(" ,.")
    name = DANGLING_JOIN.sub("", name)  # "By Ann Lee and March 4, 2024": the month cut off
    name = OTHER_JOIN.sub(" and ", name)
    first, *more = re.split(r"\s*,\s*", name)
    # (The first is the byline's own name, even an agency's: "By Reuters".)  A single word
    # after it is a desk or a publication, no writer: "Von Anja Heuser, ARD-Hauptstadtstudio".
    writers = (part for part in more if " " in part and not AFFILIATION.match(part))
    name = ", ".join([first, *writers])
    if name.lower() in SITE_ACCOUNTS:
        return None  # "Posted on March 30, 2015 by Admin": the blog's account, nobody's name
    if DESK_WORDS.issuperset(name.lower().split()):
        return None  # "By News Desk", "Autor: Redakcja": a desk, no writer
    return name if 2 <= len(name) <= 80 else None


# The accounts a blog's software posts under when nobody signs.
SITE_ACCOUNTS = frozenset("admin administrator webmaster root user guest".split())

# The words of a desk's name, which a byline prints when no writer signs: "News Desk",
# "Newsroom", Polish "Redakcja", German "Redaktion", French "La rédaction", Spanish
# "Redacción", Italian "Redazione", Russian "Редакция".  (Not "Staff": a paper's "Staff"
# byline is kept, as clipper always has.)
DESK_WORDS = frozenset(
    "news desk newsroom web online digital team editorial redakcja redaktion la rédaction"
    " redacción redazione redactie redação редакция".split()
)


# --- titles --------------------------------------------------------------------------------

BREADCRUMB_SEP = re.compile(r"\s+(?:>|»|›|/|\|)\s+")

# A quotation between guillemets, its closing mark spaced as in French ("« Il est là » : …"):
# that mark closes a quote, it parts no breadcrumb's steps.
GUILLEMET_QUOTE = re.compile(r"«[^«»]*»|‹[^‹›]*›")


def has_breadcrumb_sep(text: str) -> bool:
    """Does `text` hold a breadcrumb's separator ("News › World"), not counting the closing
    guillemet of a quote ("« Le moustique est là » : …")?"""
    if "«" in text or "‹" in text:
        text = GUILLEMET_QUOTE.sub("«»", text)
    return BREADCRUMB_SEP.search(text) is not None


READING_PREFIX = re.compile(r"^(?:reading|now reading|you are reading|print)\s*:\s*(.+)$", re.I)


def title_from_breadcrumb(line: str) -> str | None:
    """The last part of a breadcrumb "Home > Section > Title", when there are two or more parts."""
    parts = BREADCRUMB_SEP.split(line.strip())
    if len(parts) < 2:
        return None
    return parts[-1].strip() or None


def title_from_reading_line(line: str) -> str | None:
    """The title in a "Reading: Title" line, or None."""
    m = READING_PREFIX.match(line.strip())
    return m.group(1).strip() if m else None


def clean_title(title: str) -> str:
    """A title without surrounding whitespace or a trailing " | Site" / " - Site" tail."""
    title = re.sub(r"\s+", " ", title).strip()
    return re.split(r"\s+[|–—]\s+(?=[^|–—]{2,40}$)", title)[0].strip()
