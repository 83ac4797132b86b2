"""Notes a page's boxes print for the reader between or under the article's paragraphs, in the
languages news is written in: a sign-up box's consent note ("You can unsubscribe at any
time"), a comment section's rules ("Please review our Community Guidelines before
commenting."), the editors' invitation to write to them ("Masz ciekawy temat? Napisz do nas
list!"), a publisher's reminder under a star ("★三立新聞網提醒您：…").  Each speaks to the reader of
the site's service, as no article's sentence does; lines.py marks them as boilerplate, at any
length (a consent note runs to fifty words)."""

from __future__ import annotations

import re
from collections.abc import Collection

# A sign-up box's consent note: the reader told they may unsubscribe at any time, or that
# signing up is agreeing to the site's terms ("By signing up, you agree to …", "Mit Ihrer
# Anmeldung stimmen Sie … zu", "En vous inscrivant, vous acceptez …"), or that the sign-up
# serves content "in ways you've consented to".  Spoken to "you": an article says that
# customers "can unsubscribe at any time".
CONSENT = re.compile(
    r"""(?x)
    \byou\s+(?:can|may)\s+(?:unsubscribe|opt\s+out)\s+at\s+any\s+time
    |\bin\s+ways\s+you(?:['’]ve|\s+have)\s+consented\b
    |\bby\s+(?:signing\s+up|subscribing|registering|clicking\s+(?:\S+\s+){1,2}?)\s*,?\s*you\s+
      (?:agree|consent|accept|acknowledge)\b
    |\bsie\s+können\s+sich\s+jederzeit\s+(?:wieder\s+)?(?:abmelden|austragen)
    |\bkönnen\s+sie\s+jederzeit\s+(?:abbestellen|widerrufen|kündigen)
    |\bmit\s+(?:ihrer|der)\s+anmeldung\s+(?:stimmen|akzeptieren|erklären)\s+sie\b
    |\bvous\s+pouvez\s+vous\s+(?:désinscrire|désabonner)\s+à\s+tout\s+moment
    |\ben\s+vous\s+inscrivant,?\s+vous\s+(?:acceptez|consentez)\b
    |\b(?:puedes\s+darte|puede\s+darse)\s+de\s+baja\s+en\s+cualquier\s+momento
    |\bal\s+(?:suscribirte|registrarte|suscribirse|registrarse),?\s+(?:aceptas|acepta)\b
    |\b(?:você\s+)?pode\s+cancelar\s+(?:a\s+(?:sua\s+)?)?(?:inscrição|assinatura)\s+a\s+qualquer\s+momento
    |\bao\s+se\s+(?:inscrever|cadastrar),?\s+você\s+(?:concorda|aceita)\b
    |\bpuoi\s+(?:disiscriverti|cancellarti|annullare\s+l['’]iscrizione)\s+in\s+qualsiasi\s+momento
    |\biscrivendoti,?\s+accetti\b
    |\b(?:je|u)\s+(?:kunt|kan)\s+(?:je|zich|u)\s+(?:op\s+elk\s+moment|altijd)\s+(?:weer\s+)?
      (?:afmelden|uitschrijven)
    |\bmożesz\s+(?:się\s+)?(?:wypisać|zrezygnować|wyrejestrować)\s+(?:się\s+)?w\s+(?:każdej|dowolnej)\s+chwili
    """
)
# Words one of which every CONSENT note holds (a line without any skips the search).
CONSENT_KEYS = frozenset(
    "unsubscribe opt consented agree consent accept acknowledge abmelden austragen abbestellen "
    "widerrufen kündigen anmeldung désinscrire désabonner inscrivant baja suscribirte "
    "registrarte suscribirse registrarse cancelar inscrever cadastrar disiscriverti cancellarti "
    "annullare iscrivendoti afmelden uitschrijven wypisać zrezygnować wyrejestrować".split()
)

# A comment section's rules, over or under its form: "Please review our Community Guidelines
# before commenting.", "Comments are moderated", "la pubblicazione dei commenti è sospesa dalle
# 20 alle 9", "Die Kommentarfunktion ist geschlossen", "Les commentaires sont fermés", "Los
# comentarios están cerrados", "Komentarze są moderowane".
COMMENT_RULES = re.compile(
    r"""(?x)
    \b(?:please\s+)?(?:read|review|see|follow)\s+our\s+(?:community|commenting|comment|house)\s+
      (?:guidelines|policy|rules|standards)\b
    |\bbefore\s+(?:commenting|posting\s+(?:a\s+)?comments?)\b
    |^\W*comments?\s+(?:are|is)\s+(?:now\s+)?(?:moderated|closed|disabled|reviewed)\b
    |\bcomments?\s+(?:are|is)\s+(?:now\s+)?closed\s+(?:for|on)\s+this\s+(?:article|story)
    |\bla\s+pubblicazione\s+dei\s+commenti\b|\bi\s+commenti\s+(?:sono|saranno)\s+(?:chiusi|moderati|sospesi)
    |\bkommentarfunktion\s+(?:ist\s+)?(?:geschlossen|deaktiviert)|\bkommentare\s+(?:werden|sind)\s+
      (?:moderiert|geschlossen)
    |\bles\s+commentaires\s+sont\s+(?:fermés|modérés|clos)|\bcharte\s+de\s+modération\b
    |\blos\s+comentarios\s+(?:están|son)\s+(?:cerrados|moderados)
    |\bos\s+comentários\s+(?:são|estão)\s+(?:moderados|fechados)
    |\bkomentarze\s+(?:są|zostały)\s+(?:moderowane|zamknięte|wyłączone)
    """
)
# Words one of which a COMMENT_RULES sentence holds, but for "comment" (prose's "declined to
# comment") and "policy" or "rules" (politics'): a line with none skips the search.
COMMENT_KEYS = frozenset(
    "guidelines standards commenting comments commenti kommentarfunktion kommentare "
    "commentaires modération comentarios comentários komentarze".split()
)

# The editors' invitation to write to them: "to us" after the reader's question ("Got a
# story? Email us", "Masz ciekawy temat? Napisz do nas list!", "Haben Sie Hinweise? Schreiben
# Sie uns"), or before the address to write to ("Wyślij do nas list na adres: listy@fakt.pl").
_WRITE_TO_US = r"""(?:
    write\s+to\s+us|e-?mail\s+us|send\s+us|drop\s+us\s+a\s+line|get\s+in\s+touch\s+with\s+us
    |napisz\s+do\s+nas|wyślij\s+do\s+nas|napisz\s+nam|schreiben\s+sie\s+uns|schreib\s+uns
    |senden\s+sie\s+uns|écrivez-nous|envoyez-nous|escríbenos|escríbanos|envíanos|scrivici
    |inviaci|escreva-nos|escreva\s+para\s+nós|envie-nos|schrijf\s+ons|mail\s+ons|stuur\s+ons
    |napište\s+nám|napíšte\s+nám|pošlete\s+nám|напишите\s+нам|пишите\s+нам|напишіть\s+нам
    |пишіть\s+нам|írjon\s+nekünk|írj\s+nekünk|bize\s+yazın|skriv\s+till\s+oss|skriv\s+til\s+os
    |skriv\s+til\s+oss)\b"""
INVITATION = re.compile(
    r"(?x)\?\W*" + _WRITE_TO_US + "|" + _WRITE_TO_US + r".{0,80}?[\w.+-]+@[\w-]+\.\w"
)
# The word for "us" (or the verb holding it) of every INVITATION.
INVITATION_KEYS = frozenset(
    "us nas nam uns nous escríbenos escríbanos envíanos scrivici inviaci nos nós ons nám нам "
    "nekünk yazın oss os".split()
)
# The most words an invitation has.
INVITATION_MAX_WORDS = 40

# A publisher's reminder under a star, as Taiwan's and Hong Kong's sites print one under
# their articles: "★三立新聞網提醒您：…", "◎ETtoday提醒您：…", "※中時新聞網關心您：…".
REMINDER_MARKS = "★☆◎※◆■▲"
REMINDER = re.compile(r"^[★☆◎※◆■▲]\s*\S{1,16}?(?:提醒您|提醒你|關心您|关心您|关心你)\s*[:：]")


# The words is_reader_note asks a line's words about: it may be given just those of them.
READER_NOTE_KEYS = CONSENT_KEYS | COMMENT_KEYS | INVITATION_KEYS


def is_reader_note(text: str, count: int, words: Collection[str], low: str) -> bool:
    """Is the line a note to the reader from one of the page's boxes (a sign-up's consent
    note, a comment section's rules, an invitation to write to the editors, a reminder under
    a star)?  (`count`: how many words it has; `words`: its lower-cased words, or those of
    them in READER_NOTE_KEYS; `low`: the text lower-cased.)"""
    if text[:1] in REMINDER_MARKS:
        return REMINDER.match(text) is not None
    if not words:
        return False
    if not CONSENT_KEYS.isdisjoint(words) and CONSENT.search(low):
        return True
    if not COMMENT_KEYS.isdisjoint(words) and COMMENT_RULES.search(low):
        return True
    return (
        count <= INVITATION_MAX_WORDS
        and ("?" in text or "@" in text)
        and not INVITATION_KEYS.isdisjoint(words)
        and INVITATION.search(low) is not None
    )
