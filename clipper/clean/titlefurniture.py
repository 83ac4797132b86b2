"""The page's furniture that stands where a headline does, short and unpunctuated as one is:
a consent banner's heading ("We value your privacy"), the link to the paper's e-edition
("Today's e-Edition"), a prompt to follow the paper on a platform ("Читайте УНІАН в Google
News"), a market ticker's quote ("Нефть Brent 63,18"), a note of the article's age ("This was
published 15 hours ago"), a ticker's item after its time ("17:02 Временска прогноза: …"), a
writer's picture named by its alternative text ("Author picture
of Nomvula Khumalo").  titlefoils asks these of a line."""

from __future__ import annotations

import re

from clipper.clean.lines import Line
from clipper.clean.names import is_names_words
from clipper.clean.relativedates import RELATIVE

# The most words such furniture has: a headline may say the same words in a sentence.
FURNITURE_WORDS = 8

# A consent banner's heading, the whole line: "We value your privacy", "Your privacy choices",
# "Cookie settings", "Nous respectons votre vie privée", "Wir respektieren Ihre Privatsphäre",
# "Valoramos tu privacidad", "La tua privacy", "Cenimy Twoją prywatność", "Gizliliğiniz bizim
# için önemli", "Мы используем файлы cookie".
CONSENT_HEADING = re.compile(
    r"""(?ix)^(?:we\s+(?:value|respect|care\s+about)\s+your\s+privacy
    |your\s+privacy(?:\s+(?:choices|settings|options|matters|is\s+important(?:\s+to\s+us)?))?
    |(?:privacy|cookie|consent)\s+(?:settings|preferences|choices|cent(?:er|re)|notice|consent)
    |(?:manage|about)\s+(?:cookies|consent|your\s+privacy|cookie\s+(?:settings|preferences))
    |this\s+(?:site|website)\s+uses\s+cookies|we\s+use\s+cookies
    |nous\s+(?:respectons|nous\s+soucions\s+de)\s+votre\s+vie\s+privée|votre\s+vie\s+privée
    |(?:gestion|paramètres)\s+des\s+cookies|wir\s+(?:respektieren|schützen)\s+ihre\s+privatsphäre
    |ihre\s+privatsphäre|datenschutz-?einstellungen|cookie-?einstellungen|wir\s+verwenden\s+cookies
    |(?:valoramos|respetamos)\s+tu\s+privacidad|tu\s+privacidad|configuración\s+de\s+(?:cookies
      |privacidad)|utilizamos\s+cookies|(?:valorizamos|respeitamos)\s+a\s+sua\s+privacidade
    |a\s+sua\s+privacidade|(?:rispettiamo\s+)?la\s+tua\s+privacy|(?:gestione|impostazioni)\s+(?:dei
      \s+)?cookie|utilizziamo\s+i\s+cookie|wij\s+respecteren\s+uw\s+privacy|uw\s+privacy
    |cookie-?instellingen|(?:cenimy|szanujemy)\s+twoją\s+prywatność|twoja\s+prywatność
    |ustawienia\s+prywatności|gizliliğiniz(?:\s+bizim\s+için\s+önemli)?|çerez\s+(?:ayarları
      |politikası|tercihleri)|vi\s+värnar\s+om\s+din\s+integritet|vážíme\s+si\s+vašeho\s+soukromí
    |мы\s+используем\s+(?:файлы\s+)?cookies?|ми\s+використовуємо\s+(?:файли\s+)?cookies?
    |σεβόμαστε\s+το\s+απόρρητό\s+σας)[.!]?$"""
)
# One of which a line must hold to be asked CONSENT_HEADING (in lower case).
CONSENT_WORDS = (
    *("priva", "privé", "prywatn", "cookie", "çerez", "gizlili", "integritet", "soukrom"),
    *("απόρρητ", "datenschutz"),
)

# The link to the paper's printed pages: "Today's e-Edition", "ePaper", "E-Paper lesen",
# "Digital edition", "Edición impresa", "Édition numérique", "ई-पेपर", "紙面ビューアー", "전자신문".
E_EDITION = re.compile(
    r"""(?ix)\be-?(?:edition|paper|zeitung)\b|\b(?:digital|print|today'?s)\s+(?:print\s+)?edition\b
    |edici[oó]n\s+(?:impresa|digital)|[ée]dition\s+(?:num[ée]rique|du\s+jour|papier)
    |edizione\s+digitale|digitale\s+ausgabe|ई-?\s?पेपर|紙面ビューアー|전자신문|电子报|電子報"""
)

# A platform news is followed on, and the verbs of a prompt to follow, read or join the paper
# there, first on the line: "Читайте УНІАН в Google News", "Follow us on WhatsApp",
# "Suivez-nous sur Telegram", "Síguenos en Google Discover".
PLATFORMS = re.compile(
    r"(?i)google\s+(?:news|discover)|telegram|whatsapp|viber|youtube|instagram|tiktok|facebook"
    r"|дзен|dzen|apple\s+news|flipboard|line\b|kakao"
)
PROMPT_VERB = re.compile(
    r"""(?ix)^(?:read|follow|subscribe|join|get|find|add|watch|читайте|следите|подпишитесь
    |подписывайтесь|присоединяйтесь|стежте|слідкуйте|підписуйтесь|приєднуйтесь|suivez|retrouvez
    |rejoignez|abonnez|lisez|folgen|folge|abonniere|abonnieren|lesen|síguenos|sigue|sígue|únete
    |suscríbete|lee|segui|seguici|iscriviti|unisciti|leggi|siga|acompanhe|inscreva|leia|obserwuj
    |śledź|dołącz|czytaj|subskrybuj|takip|abone|volg|lees|abonneer|fuata|jiunge|soma|ikuti
    |baca|bergabung)\b"""
)

# A market ticker's quote: an index, a currency or a commodity and its price, maybe its change
# ("Нефть Brent 63,18", "DAX 24.102,35 +0,4%", "USD/RUB 81,25").
QUOTE = re.compile(
    r"\s[+-−]?\d{1,3}(?:[.,\s ]\d{3})*[.,]\d{1,4}(?:\s*[+-−]?\d+(?:[.,]\d+)?\s*%|\s*[▲▼↑↓])?$"
)
QUOTE_WORDS = 4
QUOTE_ENDS = ("%", "▲", "▼", "↑", "↓")

# A note of when the article was published or updated, counted back from now: "This was
# published 15 hours ago", "Article was updated 1 day ago", "Aktualisiert vor 3 Stunden".
AGE_NOTE = re.compile(
    r"""(?ix)\b(?:published|updated|posted|modified|veröffentlicht|aktualisiert|publié|modifié
    |mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato|opublikowano
    |zaktualizowano|опубликовано|обновлено|yayınlandı|güncellendi|gepubliceerd|bijgewerkt)\b"""
)


# What an image's alternative text says of a writer's picture, before their name: "Author
# picture of Nomvula Khumalo", "Profile photo of …", "Headshot of …", "Foto de …", "Photo de
# l'auteur …", "Bild von …", "Foto di …", "Zdjęcie …", "Фото …", "Avatar …".
PICTURE_OF = re.compile(
    r"""(?ix)^(?:(?:author|profile|writer'?s?|reporter|journalist|staff)\s+)?(?:picture|photo
    |image|avatar|headshot|thumbnail|mugshot)s?\s+(?:of|for)\s+
    |^(?:foto|photo|imagen|imagem|image|bild|immagine|avatar)\s+(?:de|del|da|do|di|von|des)\s+
    (?:l['’]\s*)?(?:(?:auteur|autor|autore|autora|author)\s+)?
    |^(?:foto|zdjęcie|фото|фотография|avatar)\s+"""
)


def is_picture_of(ln: Line) -> bool:
    """Is the line an image's alternative text naming the person in it: "Author picture of
    Nomvula Khumalo" (an image's description, then a name and no more)?"""
    if not ln.text[:1].isalpha():
        return False
    found = PICTURE_OF.match(ln.text)
    if found is None:
        return False
    return is_names_words(ln.text[found.end() :].split(), ln.stops)


# A ticker's or a "latest" box's item after the time it came in: "17:02 Временска прогноза:
# …", "09h45 Grève à la SNCF", "8:05 PM Storm warning issued".  (A headline never opens with a
# clock; a score opens none: "3:1 win".)
TIMED_ITEM = re.compile(
    r"(?i)^(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|ч\.?))?\s*[|•·–—-]?\s+\w"
)


def is_timed_item(ln: Line) -> bool:
    """Is the line an item of a ticker or a list of the latest news, after its time?"""
    return ln.text[:1].isdigit() and TIMED_ITEM.match(ln.text) is not None


def is_age_note(ln: Line) -> bool:
    """Does the line say how long ago the article was published or updated?"""
    if not any(c.isdigit() for c in ln.text) or AGE_NOTE.search(ln.text) is None:
        return False
    found = RELATIVE.search(ln.text)
    return found is not None and bool(found.group("pre") or found.group("post"))


def is_furniture_heading(ln: Line) -> bool:
    """Is the line a consent banner's heading, the e-edition's link, a prompt to follow the
    paper on a platform, a note of the article's age, a writer's picture or a market ticker's
    quote: never the headline?"""
    if ln.words > FURNITURE_WORDS:
        return False
    text = ln.text
    if any(w in ln.low for w in CONSENT_WORDS) and CONSENT_HEADING.match(text):
        return True
    if E_EDITION.search(text):
        return True
    if PLATFORMS.search(text) and PROMPT_VERB.match(text):
        return True
    if is_age_note(ln) or is_picture_of(ln):
        return True
    return (
        ln.words <= QUOTE_WORDS
        and (text[-1:].isdigit() or text.endswith(QUOTE_ENDS))
        and QUOTE.search(text) is not None
    )
