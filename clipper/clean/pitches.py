"""The publisher's pitches and notes a page sets under (or between) the article's paragraphs:
a prompt to stay updated with its news, a newsletter's pitch, its membership box, the note
that the article also ran in print or came from a syndicated feed, a teaser for its own
opinion piece.  Each speaks of the publication, its journalism or its edition, as no
article's sentence does; lines.py marks them as promotions."""

from __future__ import annotations

import re

# "Stay updated with the latest news on …", "Stay informed: …", "Bleiben Sie informiert",
# "Restez informé", "Mantente informado", "Blijf op de hoogte van …", "Fique por dentro", and
# the site's own address after the news: "Track Latest News Live on Example.com and …".
_STAY_UPDATED = r"""
    \W*(?:stay|keep)\s+(?:updated|informed|up\s+to\s+date|in\s+the\s+know)\s+(?:with|on|about
      |from|via)\s+(?:\S+\s+){0,3}(?:latest|news|updates|headlines|stories)\b
    |\W*(?:bleiben\s+sie|bleib)\s+(?:immer\s+)?(?:informiert|auf\s+dem\s+laufenden)\b
    |\W*restez\s+informée?s?\b|\W*(?:mantente|manténgase|mantenete)\s+informad[oa]s?\b
    |\W*(?:blijf|blijft)\s+(?:altijd\s+)?(?:op\s+de\s+hoogte|geïnformeerd)\b|\W*fique\s+por\s+dentro\b
    |\W*resta\s+(?:sempre\s+)?aggiornat[oi]\b|\W*bądź\s+na\s+bieżąco\b|\W*güncel\s+kalın\b
    |\W*(?:track|follow|get|catch|read)\s+(?:all\s+)?(?:the\s+)?(?:latest|live|breaking)\s+
      (?:news|updates|headlines)\b.{0,30}?\bon\s+[\w-]+\.(?:com|in|co|net|org|news)\b
"""
# A newsletter's pitch: "Start your day with context and insight …, from the Globe's editors.",
# "Starten Sie Ihren Tag mit …", "Commencez votre journée avec …", "Begin je dag met …".
_DAY_START = r"""
    \W*(?:start|begin)\s+(?:your|every|each)\s+(?:day|morning|week)\s+with\b
    |\W*(?:starten|beginnen)\s+sie\s+(?:ihren|den)\s+(?:tag|morgen)\s+mit\b
    |\W*commencez\s+(?:votre|la)\s+journée\s+(?:avec|par)\b
    |\W*(?:empieza|comienza|empiece|comience)\s+(?:tu|su|el)\s+día\s+con\b
    |\W*(?:begin|start)\s+(?:je|uw|de)\s+dag\s+met\b|\W*comece\s+(?:o\s+seu|seu)\s+dia\s+com\b
    |\W*inizia\s+(?:la\s+tua\s+)?giornata\s+con\b
"""
# A membership box: "Support Daily Maverick" (alone on its line), "Support PREMIUM TIMES'
# journalism of integrity and credibility", "X's journalism is free for
# everyone. Become a Maverick Insider", "and help keep our journalism free and independent.",
# "Unterstützen Sie unabhängigen Journalismus", "Soutenez le journalisme indépendant".
_SUPPORT_NAME = r"""
    \W*(?i:support)\s+(?:(?i:our|independent|quality|local)\s+|(?:[A-Z][\w'’&.-]*\s+){1,3})?
    (?i:journalism)\b
"""
# A plea for the reader's support, as the heading of its box: the verb, the publication's name
# and nothing else ("Támogasd a Telexet!", "Support The Conversation", "Soutenez Mediapart",
# "Unterstützen Sie die taz", "Wesprzyj OKO.press", "Поддержите «Медузу»"), or "us" for it.
_SUPPORT_PLEA = r"""
    \W*(?i:support|támogasd|támogassa|unterstützen\s+sie|unterstütze|soutenez|apoya|apoye|apoie
      |apoia|sostieni|steun|wesprzyj|podpořte|podporte|поддержите|підтримайте|подржите|podržite
      |podprite|destekleyin|υποστηρίξτε|sprijină|sprijiniți|støtt|stöd|tue|dukung)
    \s+(?:(?:a|az|the|le|la|el|il|de|die|den|das|het|o)\s+)?[«"„“]?
      (?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄΑ-Ω][\w&.'’-]*[»"“”]?\s*){1,3}!?\s*$
    |\W*(?i:support\s+us|soutenez-nous|unterstützen\s+sie\s+uns|apóyanos|apoie-nos|sostienici
      |steun\s+ons|wesprzyj\s+nas|podpořte\s+nás|поддержите\s+нас|підтримайте\s+нас
      |támogass\s+minket)\W*$
"""
_BECOME = r"""
    \W*become\s+an?\s+(?:[\w'’-]+\s+){0,3}(?:insider|member|supporter|patron|subscriber)\W*$
"""
_JOURNALISM = r"""
    \bjournalism\s+(?:is\s+)?(?:free|open|available)\s+(?:for|to)\s+(?:everyone|all)\b
    |\bkeep\s+(?:our|\w+['’]s)\s+journalism\s+(?:free|open|independent)\b
    |\bsupport\s+(?:our|independent|quality)\s+journalism\b
    |\b(?:unterstützen\s+sie|soutenez|apoya|apoye|apoie|sostieni|steun|wesprzyj|destek\s+olun)\s+
      (?:\S+\s+){0,3}(?:journalismus|journalisme|periodismo|jornalismo|giornalismo|journalistiek
      |dziennikarstwo|gazetecili[ğg][ei])\b
"""
# The note that the article (or a version of it) also ran in print: "A version of this article
# appears in print on …", "This article appeared in the print edition of …", "Dieser Artikel
# erschien in der Printausgabe …", "Cet article est paru dans …", "Een versie van dit artikel
# verscheen ook in NRC op …", "Este artículo se publicó en la edición impresa …"; and the
# note of its first publication's day under it ("This story was originally published November
# 2, 2025 at 4:12 PM.", which textdate reads for the article's date).
_IN_PRINT = r"""
    \W*(?:a\s+version\s+of\s+)?this\s+(?:article|story|piece|column|report)\s+(?:\w+\s+){0,2}
      (?:appears?|appeared|was\s+(?:first\s+|originally\s+)?published|ran)\s+(?:\w+\s+){0,3}in\s+
      (?:print|the\s+print|the\s+[\w'’]+\s+(?:edition|issue)|our\s+\w+\s+(?:edition|issue))\b
    |\W*(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:\w+\s+){0,2}(?:erschien|ist\s+(?:\w+\s+){0,3}
      erschienen)\s+(?:\w+\s+){0,4}(?:\w*ausgabe|print|zuerst|ursprünglich)\b
    |\W*this\s+(?:article|story)\s+was\s+(?:originally|first)\s+published\s+(?:on\s+)?
      [a-z]{3,9}\.?\s+\d{1,2},\s+\d{4}\b
    |\W*cet\s+article\s+(?:\w+\s+){0,2}(?:est\s+paru|a\s+été\s+publié|a\s+paru|paraît)\b
    |\W*(?:een\s+versie\s+van\s+)?dit\s+(?:artikel|stuk|verhaal)\s+(?:\w+\s+){0,2}(?:verscheen|is\s+(?:ook\s+)?
      verschenen)\b
    |\W*(?:una\s+versión\s+de\s+)?este\s+(?:artículo|texto)\s+(?:\w+\s+){0,2}(?:se\s+publicó|fue\s+
      publicado|apareció)\s+(?:\w+\s+){0,3}(?:en\s+la\s+edición|impres[oa])
    |\W*(?:uma\s+versão\s+d)?este\s+(?:artigo|texto)\s+(?:\w+\s+){0,2}(?:foi\s+publicado|saiu)\s+
      (?:\w+\s+){0,3}(?:na\s+edição|impress[oa])
    |\W*questo\s+articolo\s+(?:\w+\s+){0,2}(?:è\s+(?:stato\s+)?(?:pubblicato|uscito)|apparso)\s+
      (?:\w+\s+){0,3}(?:sull['’]edizione|in\s+edicola|cartace[oa])
"""
# A teaser for the publication's own opinion piece, its name before "View" as a label:
# "Telegraph View: Barracks are no substitute …".  (Not "The Guardian view on Hong Kong: a
# city on the brink": an editorial's own headline.)
_OWN_VIEW = r"""
    (?:[A-Z][\w&'’.-]*\s+){1,2}View\s*:\s*\S
"""
# The pitches that open their line, in any letter case but a name's.
PITCH_START = re.compile(
    "(?x)(?i:"
    + _STAY_UPDATED
    + "|"
    + _DAY_START
    + "|"
    + _IN_PRINT
    + "|"
    + _BECOME
    + ")|"
    + _SUPPORT_NAME
    + "|"
    + _SUPPORT_PLEA
    + "|"
    + _OWN_VIEW
)
# The first words of PITCH_START's lines (lower-cased), but _OWN_VIEW's, which hold "view".
PITCH_FIRST_WORDS = frozenset(
    "stay keep track follow get catch read bleiben bleib restez mantente manténgase mantenete "
    "blijf blijft fique resta "
    "bądź güncel start begin starten beginnen commencez empieza comienza empiece comience "
    "comece inizia support become a this dieser der cet een dit una este "
    "uma questo támogasd támogassa támogass unterstützen unterstütze soutenez apoya apoye "
    "apoie apoia apóyanos sostieni sostienici steun wesprzyj podpořte podporte поддержите "
    "підтримайте подржите podržite podprite destekleyin υποστηρίξτε sprijină sprijiniți "
    "støtt stöd tue dukung".split()
)
# The note that the story came from a syndicated feed, which the site did not edit ("This
# story has been sourced from a third party syndicated feed, agencies. … accepts no
# responsibility …", "(This story has not been edited by … staff and is auto-generated from a
# syndicated feed.)").
_SYNDICATED = r"""
    \b(?:this|the)\s+(?:story|article|report|content|news)\b.{0,80}\bsyndicated\s+(?:news\s+)?feeds?\b
"""
# The pitches anywhere in their line, each with one of PITCH_KEYS.
PITCH_ANYWHERE = re.compile(
    "(?ix)"
    + _JOURNALISM
    + "|"
    + _SYNDICATED
    + r"|\bfrom\s+(?:the\s+|our\s+)?(?:\w+['’]s?\s+)?editors\W*$"
)
PITCH_KEYS = frozenset(
    "journalism journalismus journalisme periodismo jornalismo giornalismo journalistiek "
    "dziennikarstwo gazeteciliğe gazeteciliği editors syndicated".split()
)
# The most words a pitch has.
PITCH_MAX_WORDS = 40


def is_pitch(text: str, words: list[str]) -> bool:
    """Is the line one of the publisher's pitches or notes (PITCH)?  (`words`: its lower-cased
    words.)"""
    if not words or len(words) > PITCH_MAX_WORDS:
        return False
    if (words[0] in PITCH_FIRST_WORDS or ("view" in words and ":" in text)) and PITCH_START.match(
        text
    ):
        return True
    return not PITCH_KEYS.isdisjoint(words) and PITCH_ANYWHERE.search(text) is not None
