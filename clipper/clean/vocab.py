"""Word lists and patterns the text cleaner judges lines by: the vocabulary of calls to action,
boilerplate, error pages, promotions and credits, ours and kept generic (no site names).  The
page's language and its stopwords are language.py's."""

from __future__ import annotations

import re
from collections.abc import Collection

# Names of a news site's sections, which its menu rows list ("Home News Sports Opinion").
SECTION_WORDS = frozenset(
    "news sport sports opinion world business tech technology science politics lifestyle "
    "entertainment health travel culture arts money markets weather local national video "
    "videos podcasts photos style food books music film tv education environment climate "
    "economy finance media society".split()
)


# Calls to action and page furniture: a short line made mostly of these is navigation, a share
# bar, a sign-in or paywall prompt, a cookie banner, a comment form or a footer, never article
# prose.  Kept as word sets (not one big regex) because every line of a page is checked.
_CTA_WORD_LIST = """
share shares shared tweet email emails print subscribe subscriber subscribers subscription
subscriptions signin signup login logout register registration newsletter newsletters cookie
cookies privacy copyright advertisement advertising advertise sponsored related recommended
trending comment comments reply cancel menu search homepage home contact trial offer offers
download app apps facebook twitter linkedin whatsapp pinterest reddit instagram youtube rss
feedback password account accept undo close next previous prev back top more view gallery
photo photos video videos watch listen podcast podcasts loading notification notifications
show toggle section sections topics tag tags categories category archive archives careers jobs
faq sitemap premium exclusive membership member join donate upgrade unlock bookmark save saved
like likes love sad happy angry wink reaction reactions language edition weather quiz games
puzzles horoscope obituaries classifieds
"""
CTA_WORDS = frozenset(_CTA_WORD_LIST.split())
CTA_PAIRS = frozenset(
    tuple(p.split())
    for p in """
sign in|sign up|log in|log out|e mail|terms of|rights reserved|read more|continue reading
|might also|may also|most popular|most read|follow us|like us|leave a|skip to|about us
|free article|free articles|unlimited access|click here|support us|reading list|site map
""".replace("\n", "").split("|")
)

# The first words of CTA_PAIRS: a line with none of them holds no pair.
CTA_PAIR_STARTS = frozenset(first for first, _ in CTA_PAIRS)

# The words count_cta looks for: a line with none of them holds no call to action.
CTA_VOCABULARY = CTA_WORDS | CTA_PAIR_STARTS


def count_cta(words: list[str]) -> int:
    """How many call-to-action words and phrases a line's (lower-cased) words hold."""
    hits = sum(map(CTA_WORDS.__contains__, words))
    if CTA_PAIR_STARTS.isdisjoint(words):
        return hits
    return hits + sum(map(CTA_PAIRS.__contains__, zip(words, words[1:], strict=False)))


# Phrases that mark a line as boilerplate whatever its length: consent banners, paywalls,
# comment forms, "related stories" headers.  These never occur in news prose.
BOILERPLATE_SENTENCES = re.compile(
    r"""(?ix)
    \b(?:we\s+use\s+cookies|use\s+of\s+cookies|by\s+(?:using|continuing\s+to\s+use)\s+this\s+
      (?:site|website)|you\s+agree\s+to\s+(?:our|the)\s+(?:use|privacy|terms|cookie)
    |your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked
    |free\s+articles?\s+left|your\s+last\s+free\s+article|unlimited\s+(?:digital\s+)?access
    |you\s+need\s+a\s+subscription|your\s+trial\s+period|see\s+all\s+offers|already\s+a\s+subscriber
    |subscribe\s+(?:now|today|to\s+(?:our|the)\s+newsletter)|sign\s+up\s+for\s+(?:our|the)\s+
      newsletter|sign\s+in\s+to\s+your\s+account|lost\s+your\s+password|all\s+rights\s+reserved
    |skip\s+to\s+(?:main\s+)?(?:content|menu|
      navigation)|share\s+this\s+(?:article|story|page)|sharing\s+is\s+caring
    |leave\s+a\s+(?:comment|reply)
    |javascript\s+is\s+(?:disabled|required)|enable\s+javascript|this\s+site\s+is\s+protected
    |{{|}}|image\s+\d+\s+of\s*/?\s*\d+|back\s+to\s+gallery
    |this\s+content\s+was\s+commissioned|opens?\s+in\s+a\s+new\s+window|registered\s+trademarks?\s+of
    |the\s+information\s+(?:provided|contained)\s+on\s+this\s+(?:web)?site|(?:rights\s+reserved|copyright)\s*©|©
    |\(c\)\s+\d{4}|\bad\s+choices\b|privacy\s+(?:policy|notice)|terms\s+(?:of|and)\s+
      (?:use|service|conditions)
    |a\s+version\s+of\s+this\s+article\s+appears\s+in\s+print|this\s+article\s+appears\s+in\s+
      the\s+(?:\w+\s+){0,3}print\s+edition|(?:acquire|purchase)\s+licensing\s+rights)
    """
)


def for_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern made case-sensitive, to search lower-cased text with: the
    regex engine's quick tests on literal letters work only without IGNORECASE, which makes
    the search several times faster.  It finds the same when the text (before lower-casing)
    holds none of ODD_CASE."""
    source = pattern.pattern.removeprefix("(?ix)")
    letters = re.sub(r"\\.", "", source)  # escapes such as \W keep their case
    assert source != pattern.pattern and letters == letters.lower(), "an all-lower (?ix) pattern"
    return re.compile(source, re.VERBOSE)


# Letters that IGNORECASE matches with an ASCII letter they do not lower-case to ("ı", "ſ"),
# or that lower-case to two characters ("İ"): a page holding one is searched the slow way.
ODD_CASE = "ıſİ"


def has_odd_case(text: str) -> bool:
    """Does the text hold one of ODD_CASE?"""
    return not text.isascii() and any(c in text for c in ODD_CASE)


BOILERPLATE_LOWER = for_lower_case(BOILERPLATE_SENTENCES)

# An error page's message, as the whole of a short line ("Page not found", "Error 404 - Not
# Found", "Oops! The page you're looking for doesn't exist.", "The article you were looking
# for may have been moved or deleted."): such a page holds no article.  Only a line that is
# the message: an article quoting one ("…greeted by a "Page not found" message") is prose.
ERROR_PAGE = re.compile(
    r"""(?ix)
    ^(?:(?:oops|sorry|we['’]re\s+sorry|error|uh\s+oh)\b[\s!.,:-]*(?:but\s+)?)*
    (?:(?:error\s+)?404\b[\s:|.-]*)?
    (?:(?:(?:page|file)\s+)?not\s+found[\s.!]*$
      |(?:the\s+|this\s+)?(?:page|article|story|content)\s+(?:that\s+)?you(?:\s+are|\s+were|['’]re)
        \s+(?:looking\s+for|trying\s+to\s+(?:reach|view|visit|access|find))\b
      |(?:the\s+|this\s+)?(?:page|article|story)\s+you\s+requested\b
      |(?:this|the)\s+page\s+(?:is\s+no\s+longer\s+available|(?:does\s+not|doesn['’]t)\s+exist
        |(?:could\s+not|cannot|can['’]t)\s+be\s+found)
      |we\s+(?:could\s+not|couldn['’]t|cannot|can['’]t)\s+find\s+(?:that|the|this)\s+(?:page|article)
    )[^.!?:]*(?:[.!?]+\s+[^.!?:]*){0,3}[.!?]?\s*$
    """
)
# Words one of which every ERROR_PAGE message holds: lines without any skip that regex.
ERROR_KEYS = frozenset("found looking trying available exist find requested".split())
# The most words a line that is an error page's message has (a sentence or a few), and its
# first sentence.
ERROR_PAGE_WORDS = 40
ERROR_SENTENCE_WORDS = 16


def is_error_message(text: str, words: int) -> bool:
    """Is the short line an error page's message (ERROR_PAGE)?  Its first sentence is short
    too: "The article you were looking for may have been moved or deleted, visitors were told
    when…" is an article's sentence about one."""
    if words > ERROR_PAGE_WORDS or ERROR_PAGE.match(text) is None:
        return False
    return len(re.split(r"[.!?]", text, maxsplit=1)[0].split()) <= ERROR_SENTENCE_WORDS


# Icon-font and SVG garbage a dump keeps from inline images ("ArrowArtboardCreated with
# Sketch.Title ChevronIcon Facebook"): words glued in camel case, or a drawing tool's signature.
ICON_GARBAGE = re.compile(r"(?i)created\s+with\s+sketch|artboard")
# (Written to look for the capital first: capitals are rarer than small letters, so the regex
# engine skips ahead faster.  It finds as many as "[a-z][A-Z]" would.)
GLUED_WORDS = re.compile(r"[A-Z](?<=[a-z][A-Z])")

# Promotions that sit between or after paragraphs: newsletter and follow prompts, "Read more:"
# links, affiliate notes, author contact lines.  Checked on lines of up to PROMO_MAX_WORDS words,
# since news prose may mention newsletters or Twitter in passing.
PROMO_MAX_WORDS = 40
PROMO_ANYWHERE = re.compile(
    r"""(?ix)
    \binbox\b|(?:^|[.!?,:;]\s*|\byou\s+(?:can|may)\s+)unsubscribe\b|\bopt-in\b|\bnewsletters?\b|\bno\s+spam\b
    |\b(?:may|might|could)\s+(?:receive|get|earn)\s+a\s+(?:small\s+)?(?:commission|share)
    |\bthanks\s+for\s+(?:signing\s+up|subscribing)|\bclick(?:ing)?\s+here\b
    |\[(?:insight|video|reaction|pictures?|photos?|gallery|poll|latest|analysis|live|watch)\]\W*$
    |\b(?:may|can)\s+be\s+reached\s+at\b|\bactivat(?:e|ion)\s+(?:your|link)|\bsuccess?fully\s+
      subscribed|\bstay\s+up\s+to\s+date\s+with|\bat\s+your\s+fingertips
    """
)
# PROMO_START is made of three parts, so that most lines can be spared most of it: prompts in
# any letter case; "About X" notes; and author bios ("Jane Doe is a staff writer ...").
_PROMO_START_ANYCASE = r"""
    (?:subscribe|sign\s+up|join|register|download|get\s+(?:the|our)\s+app)\b
    |get\b.{0,60}\b(?:alerts|delivered|newsletters?|updates)\b
    |follow\s+(?:\S+\s+){0,5}on\s+(?:facebook|twitter|instagram|linkedin)
    |\[?(?:read\s+more|see\s+more|see\s+also|also\s+read|related(?:\s+\w+)?|more|watch|listen
      |recommended|trending)\s*:|also\s+on\s+\S+|don'?t\s+miss\b|have\s+a\s+
      (?:news\s+)?tip\b
    |(?:(?:à\s+)?lire\s+aussi|lesen\s+sie\s+auch|mehr\s+zum\s+thema|leer\s+más|lee\s+también
      |leia\s+(?:também|mais)|leggi\s+anche)\s*[:|]
"""
_PROMO_ABOUT = r"""
    (?i:about|sobre|über|à\s+propos\s+de)\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,3}$
"""
_PROMO_BIO = r"""
    [A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s+\(@\w+\))?\s+(?:is|was)\s+(?:a|an|the|\S+['’]s)\s+
      (?:[\w&.'’-]+\s+){0,6}(?:writer|reporter|editor|correspondent|journalist|columnist|contributor
      |curator|producer|author|host)\b
"""
PROMO_START = re.compile("(?x)(?i:" + _PROMO_START_ANYCASE + ")|" + _PROMO_ABOUT + "|" + _PROMO_BIO)
PROMO_START_LOWER = for_lower_case(re.compile("(?ix)" + _PROMO_START_ANYCASE))
PROMO_ABOUT = re.compile("(?x)" + _PROMO_ABOUT)
PROMO_BIO = re.compile("(?x)" + _PROMO_BIO)
# What a line must start with for PROMO_ABOUT to match it (IGNORECASE matches "ſ" with "s").
PROMO_ABOUT_STARTS = frozenset("aAsSſüÜàÀ")
# The roles a bio names: PROMO_BIO needs one of them, and "is" or "was", as words of the line.
PROMO_ROLES = frozenset(
    "writer reporter editor correspondent journalist columnist contributor curator producer "
    "author host".split()
)


# Words one of which every PROMO_ANYWHERE phrase holds: lines without any skip that regex.
_PROMO_KEY_LIST = (
    "inbox unsubscribe opt newsletter newsletters spam commission share thanks click clicking "
    "reached insight video reaction picture pictures photo photos gallery poll latest analysis "
    "live watch activate activation subscribed stay fingertips"
)
PROMO_KEYS = frozenset(_PROMO_KEY_LIST.split())
PROMO_ANYWHERE_LOWER = for_lower_case(PROMO_ANYWHERE)

# What a PROMO_ANYWHERE_LOWER phrase holds besides one of PROMO_KEYS, several of which are
# common in prose ("share", "video", "live"): one of the words opening a phrase, or an
# affiliate note's "may"/"might"/"could" with its "commission" or "share", or a tag's bracket
# ("[Video]"), or "fingertips".
PROMO_PHRASE_WORDS = frozenset(
    "inbox unsubscribe opt newsletter newsletters spam thanks click clicking reached activate "
    "activation successfully sucessfully stay".split()
)
PROMO_NOTE_VERBS = frozenset(("may", "might", "could"))
PROMO_TAGS = frozenset(
    "insight video reaction picture pictures photo photos gallery poll latest analysis live "
    "watch".split()
)


def may_hold_promo_phrase(words: Collection[str], low: str) -> bool:
    """Could PROMO_ANYWHERE_LOWER find a phrase in `low`, a lower-cased line (`words`: its
    words, or those of them in PROMO_VOCABULARY)?  Cheap tests of what every phrase holds,
    that spare most lines the search: its phrases open with a word boundary, which the
    regex engine cannot skip ahead to, so it tries every phrase at every character."""
    return (
        not PROMO_PHRASE_WORDS.isdisjoint(words)
        or (not PROMO_NOTE_VERBS.isdisjoint(words) and ("commission" in low or "share" in low))
        or ("[" in low and not PROMO_TAGS.isdisjoint(words))
        or "fingertips" in low
    )


# The words is_promo asks `words` about: it may be given just those of a line's words.
PROMO_VOCABULARY = (
    PROMO_KEYS | PROMO_ROLES | {"is", "was"} | PROMO_PHRASE_WORDS | PROMO_NOTE_VERBS | PROMO_TAGS
)


def is_promo(text: str, words: Collection[str], low: str | None = None) -> bool:
    """A newsletter/follow prompt, a "Read more:" link, an affiliate note, an author's note.
    (`words`: the text's lower-cased words, or those of them in PROMO_VOCABULARY; `low`: the
    text lower-cased, when its page holds no ODD_CASE.)"""
    if low is None:
        if PROMO_START.match(text):
            return True
        return not PROMO_KEYS.isdisjoint(words) and bool(PROMO_ANYWHERE.search(text))
    if PROMO_START_LOWER.match(low):
        return True
    if text[:1] in PROMO_ABOUT_STARTS and PROMO_ABOUT.match(text):
        return True
    if (
        not PROMO_ROLES.isdisjoint(words)
        and ("is" in words or "was" in words)
        and PROMO_BIO.match(text)
    ):
        return True
    return (
        not PROMO_KEYS.isdisjoint(words)
        and may_hold_promo_phrase(words, low)
        and bool(PROMO_ANYWHERE_LOWER.search(low))
    )


# Paywall prompts: a metered paywall's counter ("You've read 3 of 5 free articles this
# month"), subscribe-to-continue ("To continue reading, subscribe for just £1 a week"), a
# free-trial offer ("Start your free trial today").  Each speaks to the reader or names the
# article as locked: news prose mentions subscriptions and free trials ("Netflix ended its free
# trial in 2020") but not so.  Checked, on lower-cased lines of up to PROMO_MAX_WORDS words, by
# both the text cleaner and the HTML path (on trafilatura's paragraphs).
PAYWALL_PROMPT = re.compile(
    r"""(?x)
    \byou(?:'|’|\s+ha)ve\s+(?:read|used|viewed|reached)\s+(?:\d+|all|your)\s+(?:of\s+(?:your\s+)?
      (?:\d+\s+)?)?(?:monthly\s+)?free\s+(?:articles?|stories|story)
    |\b(?:\d+|one|no)\s+(?:more\s+)?free\s+(?:articles?|stories)\s+(?:left|remaining)
    |\byour\s+(?:last|final)\s+free\s+(?:article|story)|\bfree\s+articles?\s+left
    |\byou\s+have\s+(?:reached|hit)\s+(?:your|the)\s+(?:monthly\s+|free\s+)*(?:article\s+)?limit
    |\b(?:this|the)\s+(?:article|story|content|piece|page)\s+is\s+(?:only\s+)?(?:for|available\s+
      (?:only\s+)?to|exclusive\s+to|reserved\s+for)\s+(?:our\s+)?(?:paying\s+|premium\s+|digital\s+)?
      (?:subscribers|members)
    |\b(?:to|and)\s+(?:continue|keep)\s+reading\b.{0,40}\bsubscri
    |\bsubscri\w*\b.{0,40}\bto\s+(?:continue|keep)\s+reading
    |\bsubscri\w*\b.{0,40}\bunlimited\s+(?:digital\s+)?access
    |(?:^|[.!?]\s+)(?:start|begin|get|claim|try|activate)\s+(?:your|a|our)\s+(?:\d+[-\s](?:day|week
      |month)\s+)?free\s+trial|\b(?:start|begin|claim|activate)\s+your\s+free\s+trial
    |\bsubscribe\s+(?:now\s+|today\s+)?(?:for|from)\s+(?:just\s+|only\s+)?[£$€]\s?\d
    |\balready\s+a\s+(?:subscriber|member)\?|\bsubscribe\s+for\s+free\s+to\b
    |\bil\s+vous\s+reste\s+\d+(?:[.,]\d+)?\s?%\s+de\s+cet\s+article|\bréservée?s?\s+aux\s+abonnés
    |\bnur\s+für\s+abonnenten\b|\b(?:exclusivo|exclusiva)\s+para\s+(?:suscriptores|assinantes)
    |\breservat[oa]\s+agli\s+abbonati
    """
)


def is_paywall_prompt(low: str) -> bool:
    """Is a lower-cased line a paywall prompt (see PAYWALL_PROMPT)?"""
    # Every phrase holds one of these words: a line with none is spared the search.
    return (
        "subscri" in low
        or "free" in low
        or "member" in low
        or "abonn" in low
        or "exclusiv" in low
        or "abbonati" in low
        or "limit" in low
    ) and bool(PAYWALL_PROMPT.search(low))


# A line that is a photo credit, or a caption ending in one: "Sakib Ali/Hindustan Times/Getty
# Images", "... (AP Photo/Alan Diaz, File)", "... (The Associated Press)", "... © Reuters / David
# Mercado", "Credit...", "... Pic: Jane Smith", "... Foto: dpa", "... (Supplied)".
CREDIT_TAIL = re.compile(
    r"""(?ix)
    (?:getty\s+images|shutterstock|\bap\s+photo|\bafp\b|\breuters\b|\bepa\b|\bvia\b
      |\bphoto(?:graph)?\b|\bimage\b|\bcourtesy\b|\bfile\b)[^.!?]{0,40}[)\]]?\s*$
    |\((?:the\s+)?associated\s+press\)\s*$
    |\b(?:pic|picture|foto|bild|imagen|immagine|zdjęcie|fotoğraf|фото|عکس)\s*:\s*[^.!?:]{1,40}$
    |(?:[.!?]\s+|\()supplied\)?\s*$
    """
)
# (Not a byline: "By Andy Sahadeo | Fox News" names the writer, not a photographer.)
CREDIT_NAMES = re.compile(r"(?!By\s)(?:[A-Z][\w.'-]*\s?){1,4}(?:/|\s\|\s)[\w.' -]{2,40}$")
CREDIT_CUE = re.compile(
    r"(?i)©|\bcredit\s*(?:\.\.\.|:)|^above:"
    # A caption or credit a page labels as one: "Image caption …", "Media caption …",
    # "Image copyright …", "Photo: …", "Foto: …", "Фото: …", "عکس: …" (photo).
    # (Case-sensitive: IGNORECASE would also match a dotless "ı", which lower-casing keeps.)
    r"|(?-i:^(?:[Ii]mage|[Mm]edia|[Vv]ideo)\s+(?:caption|copyright|source)\b|^(?:[Pp]hoto|[Cc]aption|[Ff]oto|[Bb]ild|Фото|عکس)\s*:)"
)
# A caption's closing credit in brackets: "... Madrid, Spain. (Manu Fernandez/AP)".
CREDIT_BRACKET = re.compile(r"\((?:[A-Z][\w.'’-]*\s?){1,4}/\s?[\w.'’ -]{2,40}\)\s*$")


# A caption that says it is one ("… is seen …", "… pictured …", "… in this file photo") and
# ends in its credit in brackets after its last sentence: "A grizzly bear is seen near the
# highway in this file photo. (Parks Canada)".  (Without the caption's words, a bracketed name
# after a sentence may be the article's: a citation, "(Shahih Muslim No. 1762)".)
CAPTION_CREDIT = re.compile(
    r"(?i:\b(?:is|are|was|were)\s+(?:seen|pictured|shown|photographed)\b|\bpictured\b"
    r"|\b(?:file|handout|archive)\s+(?:photo|image|picture)\b|\bin\s+(?:this|a)\s+photo\b)"
    r"[^()]{0,200}[.!?][\"'”’]?\s+\((?:[A-Z][\w.&'’-]*\s?){1,5}\)\s*$"
)
# How a line labelled as a caption or credit starts (lower-cased), for CREDIT_CUE.
CAPTION_LABEL_STARTS = (
    "above:",
    "image ",
    "media ",
    "video ",
    "photo",
    "caption",
    "foto",
    "bild",
    "фото",
    "عکس",
)

# Words one of which every CREDIT_TAIL holds.
_CREDIT_KEY_LIST = (
    "getty shutterstock ap afp reuters epa via photo photograph image courtesy file associated "
    "pic picture foto bild imagen immagine zdjęcie fotoğraf фото عکس supplied"
)
CREDIT_KEYS = frozenset(_CREDIT_KEY_LIST.split())


def is_credit(text: str, words: Collection[str], low: str) -> bool:
    """A photo credit, or a caption that ends in one.  (`low`: the text lower-cased.)"""
    # Every CREDIT_NAMES shape holds "/" or "|"; every CREDIT_CUE holds "©", or "cred" (which
    # IGNORECASE matches with no letters but these, so lower-casing finds it) before ":" or
    # "...", or starts with one of CAPTION_LABEL_STARTS.  Cheap tests that spare most lines
    # the patterns.
    if ("/" in text or "|" in text) and CREDIT_NAMES.match(text):
        return True
    if ("©" in text or "cred" in low or low.startswith(CAPTION_LABEL_STARTS)) and CREDIT_CUE.search(
        text
    ):
        return True
    if text.endswith(")"):
        if "/" in text[-60:] and CREDIT_BRACKET.search(text[-90:]):
            return True
        if CAPTION_CREDIT.search(text[-300:]):
            return True
    if text.endswith((".", "!", "?")) or CREDIT_KEYS.isdisjoint(words):
        return False
    return bool(CREDIT_TAIL.search(text[-90:]))


# Words one of which every BOILERPLATE_SENTENCES phrase holds (besides "©" and "{{"): lines
# without any skip that regex.
_BOILERPLATE_KEY_LIST = """
cookies site website agree email published required free unlimited subscription trial offers
subscriber subscribe newsletter sign password rights skip share leave javascript
enable protected image back commissioned registered information c choices privacy terms
opens open copyright sharing version appears acquire purchase
"""
BOILERPLATE_KEYS = frozenset(_BOILERPLATE_KEY_LIST.split())

# A lone label that is an advertisement slot or a reaction counter ("Love0", "Ad", "Sad0").
FURNITURE_LINE = re.compile(r"(?i)^(?:advertisement|ad|sponsored(?:\s+content)?|\w{2,10}\d+)$")
