"""Could a line of a text dump be a headline at all: the shape of a title (not a label, a
date, a menu row, a byline, a note in brackets).  textmeta asks it of every line around the
article's start before weighing the candidates."""

from __future__ import annotations

import re

from clipper.clean import meta, sources
from clipper.clean.linekinds import (
    CLOCK_TIME,
    PUBLICATION_WORD,
    PUBLICATION_WORDS,
    PUBLISHED_ELSEWHERE,
    UPDATED_ELSEWHERE,
    is_byline,
    is_dateline,
    is_name_line,
    is_yearless_stamp,
)
from clipper.clean.lines import Line
from clipper.clean.names import marked_name
from clipper.clean.printmarks import SAVED_STAMP, is_print_furniture
from clipper.clean.titlefoils import is_foil
from clipper.clean.vocab import CTA_WORDS, SECTION_WORDS, count_cta

# A dateline in a language whose month names meta does not know: a day, a word, a year at the
# end of a short line, maybe after a place ("नई दिल्ली, 3 मार्च 2021", "3 березня 2021").
FOREIGN_DATELINE = re.compile(r"(?:^|,\s*)\d{1,2}\.?\s+\S+\s+(?:19|20)\d\d\.?$")

FOREIGN_DATELINE_WORDS = 6


# What ends a line that is a sentence: a full stop, or the Devanagari danda.
FULL_STOPS = (".", "।")

# A writer's role, after the name in a byline ("Jane Doe, Washington correspondent").
WRITER_ROLE = (
    r"(?:staff\s+)?(?:writer|reporter|correspondent|editor|columnist|contributor|photographer)s?"
)

# Lines that open like a byline, a date stamp or a label are never the headline; nor is a
# label that ends in its colon ("What you need to know:", "Що відомо про графіки:").
NOT_A_HEADLINE = re.compile(
    r"(?i)^(?:by|updated|posted|published|filed|image|photo|photograph|caption|credit|tags?"
    r"|topics?|click|tap|you\s+are\s+(?:signed|logged)\s+in|"
    + PUBLISHED_ELSEWHERE
    + "|"
    + UPDATED_ELSEWHERE
    + r")\b|^[^:]{1,40}:\s*$"
    # An icon font's ligature name, which a dump keeps as text: "chevron_left", "expand_more".
    r"|^[a-z]+(?:_[a-z]+)+\b"
    # A writer's name with a role after it: "ANA RUIZ, Nikkei staff writer", "Jane Doe,
    # Washington correspondent"; two of them ("Charles Hymas, Home Affairs Editor and Nick
    # Gutteridge, Political Correspondent"), the second's role perhaps cut off by the line's
    # end ("…and Nick Gutteridge, Political" / "Correspondent").
    r"|^(?:[^,]{3,40},\s+(?:[\w.'’-]+\s+){0,3}" + WRITER_ROLE + r"\s+(?:and|&)\s+)?"
    r"[^,]{3,40},\s+(?:[\w.'’-]+\s+){0,3}" + WRITER_ROLE + "$"
    r"|^[^,]{3,40},\s+(?:[\w.'’-]+\s+){0,3}" + WRITER_ROLE + r"\s+(?:and|&)\s+[^,]{3,40},"
    r"(?:\s+[\w.'’-]+){0,3}$"
    # A label over an old article's headline: "This article is more than 1 year old", "This
    # was published 3 months ago".
    r"|^this\s+(?:article|story|page|content)\s+is\s+(?:more|over)\s+than\s+\w+\s+"
    r"(?:years?|months?)\s+old\b|^this\s+(?:(?:article|story|page|content)\s+)?was\s+(?:first\s+)?"
    r"published\s+(?:more\s+than\s+|over\s+)?\w+\s+(?:years?|months?|weeks?|days?)\s+ago\b"
    # A button that shares the article: "Gift this article free", "Share this story", "Save
    # this article".
    r"|^(?:gift|give|share|save|send|email|print)\s+(?:this|the)\s+(?:article|story|page)\b"
)


# A label over a headline saying what kind of story it is ("Analysis", "Exclusive", "LIVE",
# "Explainer", "Special report", "Meinung", "Análisis"), or where it comes from ("From our
# correspondent in Geneva", "De notre envoyé spécial à Kyiv", "Von unserem Korrespondenten in
# Genf"): alone on its line it is never the headline, nor is the headline under it its
# standfirst.  ("Analysis: the budget explained" is a headline.)
STORY_LABEL = re.compile(
    r"(?i)^(?:(?:news|special|exclusive|in-depth|political|economic|live|breaking)\s+)?"
    r"(?:analysis|opinion|exclusive|explainer|live(?:\s+updates?)?|comment(?:ary)?|editorial"
    r"|review|interview|fact[\s-]?check|special\s+report|investigation|feature|obituary"
    r"|perspective|essay|column|breaking(?:\s+news)?|first\s+person|the\s+big\s+read"
    r"|analyse|meinung|kommentar|exklusiv|tribune|éditorial|enquête|décryptage"
    r"|entretien|exclusif|opinión|análisis|exclusiva|entrevista|opinião|análise|opinione"
    r"|commento|intervista|esclusiva|inchiesta|analisi)[\s:.!|]*$"
    r"|^(?:from|by)\s+(?:our|a)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}correspondents?\b"
    r"|^de\s+(?:notre|nos)\s+(?:[\w-]+\s+){0,2}(?:correspondante?s?|envoyée?s?\s+spéciale?s?)\b"
    r"|^von\s+unser(?:em|er)\s+(?:[\w-]+\s+){0,2}korrespondent(?:en|in)?\b"
    r"|^dal(?:la)?\s+nostr[ao]\s+(?:[\w-]+\s+){0,2}(?:corrispondente|inviat[ao])\b"
    r"|^de\s+nuestr[ao]\s+(?:[\w-]+\s+){0,2}(?:corresponsal|enviad[ao]\s+especial)\b"
    r"|^d[oa]\s+noss[ao]\s+(?:[\w-]+\s+){0,2}(?:correspondente|enviad[ao]\s+especial)\b"
)

# The most words a story's label has.
STORY_LABEL_WORDS = 8


# An audio player's or an app's button, kept as text by a dump: "Listen to this article",
# "Listen · 5 min", "6 min listen", "Play audio", "Hear this story read aloud", "Read in app",
# "Écouter cet article (3 min)", "Artikel anhören", "Escuchar artículo", "Ouvir o texto".
# It stands where a headline or a kicker would and says nothing of the article: never a
# headline, and no line between a headline and its byline.
AUDIO_BUTTON = re.compile(
    r"(?i)^(?:(?:listen|hear|play)(?:\s+(?:to\s+)?(?:this|the)\s+(?:article|story|episode))?"
    r"|listen\s+now|play\s+(?:audio|podcast)|audio\s+(?:version|article)"
    r"|\d+(?!\d)[\s-]*min[a-z]*\.?\s+listen"
    r"|(?:read|open|continue)\s+(?:it\s+)?in\s+(?:the\s+)?app|get\s+the\s+app"
    r"|écouter(?:\s+(?:cet|l['’])\s*article)?|(?:artikel\s+)?(?:anhören|vorlesen(?:\s+lassen)?)"
    r"|escuchar(?:\s+(?:este\s+|el\s+)?(?:artículo|noticia))?|ouvir(?:\s+(?:o\s+)?(?:texto|artigo))?"
    r"|ascolta(?:\s+l['’]\s*articolo)?)"
    # What may follow: a duration ("(4 min)", "· 6:32"), "now", "read aloud", "version".
    r"(?:\s*(?:[·|:(),•–-]|\d+(?!\d)(?::\d\d)?(?:\s*min[a-z]*\.?)?|now|read\s+aloud"
    r"|version|of\s+(?:this|the)\s+(?:article|story)))*\s*$"
)

# What a photo, video or audio button shows or plays, in the languages of MEDIA_BUTTON.
MEDIA_NOUNS = (
    r"(?:photo|picture|image|gallery|galería|galeria|galerie|galleria|(?:bilder|foto)galerie"
    r"|fotostrecke|slideshow|video|vídeo|vidéo|foto|fotó|audio|áudio|podcast|notícia|noticia"
    r"|artigo|story|видео|фото|фотографии|фотогалерею|галерею|аудио)s?"
)

# A media player's or a gallery's button, kept as text by a dump beside the headline: a verb
# and what it shows ("Watch video", "Lihat Foto", "Ver galería", "Zum Video", "Смотреть видео",
# "Ouvir notícia", "Voir les photos (12)"), or the noun first ("Video abspielen", "Fotos
# ansehen").  Never a headline, and no line between a headline and its byline.
MEDIA_BUTTON = re.compile(
    r"(?i)^(?:(?:watch|view|see|play|open|show|lihat|tonton|putar|dengarkan|ver|mirar|escuchar"
    r"|assistir|ouvir|voir|regarder|guarda|vedi|zum|zur|zu\s+den|смотреть|посмотреть|слушать"
    r"|открыть|zobacz|bekijk|izle)"
    r"(?:\s+(?:the|all|more|la|el|las|los|o|a|os|as|le|les|il|das|die|den|mais|más|plus|все))?"
    r"\s+"
    + MEDIA_NOUNS
    + r"|"
    + MEDIA_NOUNS
    + r"\s+(?:ansehen|anzeigen|abspielen|anschauen|anhören))"
    # What may follow: a count or a duration ("(12)", "· 2:31", "1/12").
    r"(?:\s*(?:[·|:(),•–/-]|\d+(?!\d)(?::\d\d)?))*\s*$"
)

# A note that the story was a radio or TV programme's ("Heard on Morning Edition", "As seen
# on Good Morning America"): the programme's name in capitals, and nothing else.
PROGRAMME_NOTE = re.compile(
    r"(?i)^(?:as\s+)?(?:heard|seen|featured|aired)\s+on\s+"
    r"(?-i:(?:[A-Z0-9][\w'’&.-]*|of|the|and)(?:\s+(?:[A-Z0-9][\w'’&.-]*|of|the|and)){0,5})$"
)

# An app's prompt: "Enjoy more audio and podcasts on iOS or Android.", "Download our app for
# iPhone and Android", "Get it on Google Play".
APP_PROMPT = re.compile(
    r"(?i)^(?:enjoy|get|download|listen|read|install|try|follow|find)\b[^.!?]{0,80}"
    r"\b(?:on|in|for|from)\s+(?:the\s+)?(?:ios|iphone|ipad|android|app\s+store|google\s+play)"
    r"(?:\s*(?:,|or|and|&)\s*(?:ios|iphone|ipad|android|app\s+store|google\s+play))*[.!]?$"
)

# The most words an audio or app button has, and an app's prompt.
BUTTON_WORDS = 8
APP_PROMPT_WORDS = 14

# How MEDIA_BUTTON, PROGRAMME_NOTE and APP_PROMPT lines start (lower-cased): a line that
# starts otherwise is spared the patterns (the headline finder asks about a line many times).
APP_PROMPT_STARTS = ("enjoy", "get", "download", "listen", "read", "install", "try", "follow",
                     "find")  # fmt: skip
BUTTON_STARTS = APP_PROMPT_STARTS + (
    "watch", "view", "see", "play", "open", "show", "lihat", "tonton", "putar", "dengarkan",
    "ver", "mirar", "escuchar", "assistir", "ouvir", "voir", "regarder", "guarda", "vedi", "zu",
    "смотреть", "посмотреть", "слушать", "открыть", "zobacz", "bekijk", "izle", "as", "heard",
    "seen", "featured", "aired", "photo", "picture", "image", "galer", "bildergalerie",
    "fotogalerie", "fotostrecke", "slideshow", "video", "vídeo", "vidéo", "foto", "audio",
    "áudio", "podcast", "notícia", "noticia", "artigo", "story", "видео", "фото", "галерею",
    "аудио",
)  # fmt: skip


def is_audio_button(ln: Line) -> bool:
    """An audio or media player's button, a gallery's, an app's or its prompt ("Listen to
    this article · 6 min", "Ver galería", "Heard on Morning Edition", "Enjoy more audio and
    podcasts on iOS or Android.")."""
    if ln.words > APP_PROMPT_WORDS:
        return False
    if ln.words > BUTTON_WORDS:
        return ln.low.startswith(APP_PROMPT_STARTS) and APP_PROMPT.match(ln.text) is not None
    if AUDIO_BUTTON.match(ln.text) is not None:
        return True
    return ln.low.startswith(BUTTON_STARTS) and (
        MEDIA_BUTTON.match(ln.text) is not None
        or PROGRAMME_NOTE.match(ln.text) is not None
        or APP_PROMPT.match(ln.text) is not None
    )


# The article's reading time, where a header stamps the article: "7 min", "5 min read", "Read
# Time: 3 mins", "Tempo de leitura: 1 minuto", "Lesezeit: 3 Min.".  No headline; under one,
# it marks the header as a dateline does.
READING_TIME = re.compile(
    r"(?i)^(?:(?:read(?:ing)?\s+time|tempo\s+de\s+leitura|tiempo\s+de\s+lectura"
    r"|temps\s+de\s+lecture|lesezeit|tempo\s+di\s+lettura)\s*:?\s*)?"
    r"\d{1,3}(?!\d)[\s-]*min[a-z]*\.?(?:\s+read)?$"
)


def is_reading_time(ln: Line) -> bool:
    """The article's reading time ("5 min read")."""
    return ln.words <= BUTTON_WORDS and READING_TIME.match(ln.text) is not None


# A headline, a separator and a name after it, as a page's <title> reads ("Talks resume -
# Example Daily", "Talks resume | Example Daily"): the last separator parts them.
SITE_SUFFIX = re.compile(r"^(?P<head>.*\S)\s+[-|–—·•]\s+(?P<name>[^|–—·•]{2,40})$")


# The most words a site's name after a headline has ("The Sydney Morning Herald").
SITE_NAME_WORDS = 5


def is_site_titled(text: str) -> bool:
    """A headline with a site's name after it, parted by a breadcrumb's separator ("Talks
    resume | Example Daily"): a page's title line, not a breadcrumb ("News | World")."""
    m = SITE_SUFFIX.match(text)
    return (
        m is not None
        and len(m["head"].split()) >= SITE_TITLED_WORDS
        and len(m["name"].split()) <= SITE_NAME_WORDS
        and not meta.has_breadcrumb_sep(m["head"])
    )


# A title line's headline has at least this many words (fewer: a breadcrumb's labels).
SITE_TITLED_WORDS = 4


BRACKETS = {"(": ")", "[": "]", "（": "）", "［": "］", "【": "】", "〔": "〕", "「": "」"}


def is_bracketed(text: str) -> bool:
    """A line wholly inside one pair of brackets: a note ("(Photo)", "（1/3ページ）"), never a
    headline.  ("(LEAD) Talks resume (update)" is two notes around a headline.)"""
    close = BRACKETS.get(text[0])
    return close is not None and text[-1] == close and close not in text[1:-1]


def is_label_row(ln: Line) -> bool:
    """Chinese or Japanese labels in a row ("ニュース 戦争・紛争 Video": a breadcrumb, tags):
    three or more parts between spaces, none longer than a label.  A headline's parts are
    phrases ("短缺药品保供稳价 全力保障临床用药需求")."""
    parts = ln.text.split()
    return ln.cjk and len(parts) >= 3 and max(map(len, parts)) <= LABEL_CHARS


# The longest Chinese or Japanese label, in characters.
LABEL_CHARS = 6


def is_title_shaped(ln: Line) -> bool:
    """Could this line be a headline?  Worked out once a line: the headline finder asks it of
    a line for itself and again for the candidates above and below it."""
    if ln.known_title_shaped is None:
        ln.known_title_shaped = reads_as_title(ln)
    return ln.known_title_shaped


def reads_as_title(ln: Line) -> bool:
    """is_title_shaped, worked out."""
    if ln.boilerplate or ln.bullet or ln.promo or ln.credit or is_mostly_buttons(ln):
        return False
    if not 2 <= ln.words <= 30 or NOT_A_HEADLINE.match(ln.text) or SAVED_STAMP.match(ln.text):
        return False
    if is_print_furniture(ln) or is_audio_button(ln) or is_reading_time(ln):
        return False
    if ln.words <= STORY_LABEL_WORDS and STORY_LABEL.match(ln.text):
        return False
    if ln.words <= FOREIGN_DATELINE_WORDS and FOREIGN_DATELINE.search(ln.text):
        return False
    if is_yearless_stamp(ln) and CLOCK_TIME.search(ln.text):
        return False  # "Sat, Aug 23 · 11:52 AM": a stamp without its year
    if is_menu_row(ln):
        return False
    if is_bracketed(ln.text) or is_label_row(ln):
        return False
    if meta.has_breadcrumb_sep(ln.text) and not is_site_titled(ln.text):
        return False
    if sources.URL.search(ln.text) or is_dateline(ln):
        return False
    if "@" in ln.text and EMAIL.search(ln.text):
        return False  # a writer's address: "김민준 기자 mjkim@yna.co.kr", "Contact: …"
    if ln.words <= UNCASED_BYLINE_WORDS and not ln.text.isascii() and marked_name(ln.text):
        return False  # a name its role marks: "김민준 기자", "记者 张伟"
    if ln.text.endswith(FULL_STOPS) and ln.words > 20:
        return False
    if is_mostly_numbers(ln.text) or is_foil(ln):
        return False  # (a label and its value, a caption and its credit, a paper's byline)
    return not is_byline(ln)  # "Analysis by Joan Biskupic, CNN"


# A line this much of whose words are calls to action is a button, a menu or a prompt ...
BUTTON_SHARE = 0.3
# ... but for words headlines use as often as buttons do, in a line of a headline's length
# (this many words at least): a company's shares, "Home Depot", "Home Office".
HEADLINE_CTA_WORDS = frozenset({"shares", "home"})
HEADLINE_CTA_MIN_WORDS = 5


def is_mostly_buttons(ln: Line) -> bool:
    """Are BUTTON_SHARE of the line's words calls to action, not counting HEADLINE_CTA_WORDS
    in a line of a headline's length ("Home Depot sales miss, shares plunge")?"""
    if ln.cta_share < BUTTON_SHARE:
        return False
    if ln.words < HEADLINE_CTA_MIN_WORDS or HEADLINE_CTA_WORDS.isdisjoint(ln.tokens):
        return True
    others = [t for t in ln.tokens if t not in HEADLINE_CTA_WORDS]
    return count_cta(others) >= BUTTON_SHARE * len(ln.tokens)


# An e-mail address, which a byline or a contact line holds and a headline never does.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# The most words a byline of a name its role marks has: "[한빛일보 김민수 기자]".
UNCASED_BYLINE_WORDS = 4


def is_mostly_numbers(text: str) -> bool:
    """A line of at least as many digits as letters: a date or a time in a format no pattern
    knows ("8/23(金) 11:52配信", "11.jun.2024 às 9h05"), a share price, a score; no headline."""
    digits = count_digits(text)
    return digits >= MOSTLY_NUMBERS_DIGITS and digits >= sum(map(str.isalpha, text))


# A line needs this many digits to be more number than words ("F1" and "G7" are names).
MOSTLY_NUMBERS_DIGITS = 4

ASCII_DIGITS = b"0123456789"


def count_digits(text: str) -> int:
    """How many characters of the text are digits (str.isdigit); in an ASCII text (most
    lines), counted in C: the digits deleted from its bytes, the length lost."""
    if text.isascii():
        ascii_text = text.encode("ascii")
        return len(ascii_text) - len(ascii_text.translate(None, ASCII_DIGITS))
    return sum(map(str.isdigit, text))


def is_menu_row(ln: Line) -> bool:
    """A row of a site's menu ("Home News Sports Opinion", "Politics Business Tech Science"):
    three words or more, each a capitalised word alone, most of them a section's name or a
    button's ("Home", "More")."""
    words = ln.text.split()
    return (
        len(words) >= 3
        and len(words) == ln.words
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and 2 * sum(t in SECTION_WORDS or t in CTA_WORDS for t in ln.tokens) >= len(words)
    )


def is_headline_like(ln: Line) -> bool:
    """Title-shaped, and longer than a label or a name (a person's, a publication's)."""
    return (
        ln.words > 3
        and is_title_shaped(ln)
        and not is_name_line(ln)
        and not is_publication_name(ln)
    )


def is_over_byline(ln: Line, byline: Line) -> bool:
    """Could `ln` be the headline over the short line `byline` (a byline or a place, over a
    dateline): a line longer than a label, or, over a person's name, a short headline of its
    own ("Senate passes bill" / "Ana Ruiz" / "March 3, 2024")?"""
    if is_headline_like(ln):
        return True
    return is_name_line(byline) and is_title_shaped(ln) and not is_name_line(ln)


def is_publication_name(ln: Line) -> bool:
    """A publication's name alone on its line, a masthead: "Kyodo News", "The Times of
    India" (a newsy word and where the paper is from)."""
    return PUBLICATION_WORD.match(ln.text) is not None or PUBLICATION_OF.match(ln.text) is not None


# A paper named by its newsy word and its place: "The Times of India", "The Times of Israel",
# "The Herald of Scotland".
PUBLICATION_OF = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&'-]*\s+){0,2}(?:" + PUBLICATION_WORDS + r")\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?$"
)
