"""Which charset a page is in when it does not say: UTF-8 with a few bad bytes, the Windows
code page of a European language written in Latin letters (Western, Central European, Turkish,
Baltic), or whatever charset-normalizer finds most plausible.

readers.decode() tries a BOM, a declared charset and strict UTF-8 first; this is what comes
after, for the pages none of those settles.
"""

from __future__ import annotations

# A page is taken for UTF-8 with a few bad bytes (a stray Windows-1252 quote pasted into it, a
# download with a damaged byte) when its valid multi-byte characters outnumber its invalid
# bytes this many times.  Legacy-encoded pages are nowhere near: Western European ones hold no
# valid multi-byte sequence at all (two bytes of theirs seldom make one), Chinese, Japanese,
# Korean, Cyrillic, Greek, Arabic and Hebrew ones at most one for every two bad bytes, even in
# their first ten bytes.  A short article with five curly quotes and one stray byte is UTF-8.
UTF8_VALID_PER_BAD = 2

# The accented letters of the European languages written in Latin letters (lower case), by
# the code page their legacy pages use.  Text that, read in a code page, uses the letters of
# one of its languages is in that code page: read in a neighbouring one it would mix the
# alphabets of several languages, "ą … č … ē … ō" (Windows-1257) for French's "à … è … ę … ô",
# "ý … þ … Ý" (Windows-1252) for Turkish's "ı … ş … İ", "³ … ¹" for Polish's "ł … ą".
# Icelandic's ð, þ and ý are left out: they are what Turkish's ğ, ş and ı read as in
# Windows-1252.  The code pages are tried in this order, so a page that reads the same in
# several (German is "äöüß" in Windows-1252 and in Windows-1250) is Windows-1252.
ALPHABETS = {
    "cp1252": {
        "French": "àâæçéèêëîïôœùûüÿ",
        "German": "äöüß",
        "Spanish": "áéíñóúü",
        "Portuguese": "áâãàçéêíóôõú",
        "Italian": "àèéìíîòóù",
        "Catalan": "àçèéíïòóúü",
        "Dutch": "áäéèëïíóöüú",
        "Danish and Norwegian": "æøåéó",
        "Swedish and Finnish": "åäöé",
        "Estonian": "äöõüšž",
    },
    "cp1250": {
        "Polish": "ąćęłńóśźż",
        "Czech": "áčďéěíňóřšťúůýž",
        "Slovak": "áäčďéíĺľňóôŕšťúýž",
        "Hungarian": "áéíóöőúüű",
        "Romanian": "ăâîşţ",
        "Croatian, Bosnian and Slovene": "čćđšž",
    },
    # ISO 8859-2, which Central European pages used as often: it puts "ą", "ś", "ź", "š" and
    # "ž" where Windows-1250 has other letters.
    "iso8859_2": {
        "Polish": "ąćęłńóśźż",
        "Czech": "áčďéěíňóřšťúůýž",
        "Slovak": "áäčďéíĺľňóôŕšťúýž",
        "Croatian, Bosnian and Slovene": "čćđšž",
    },
    "cp1254": {"Turkish": "çğıöşüâîû"},
    "cp1257": {"Lithuanian": "ąčęėįšųūž", "Latvian": "āčēģīķļņšūž"},
}
# Letters of other alphabets a page may hold (a foreign name): at most one in this many of its
# accented letters.
FOREIGN_LETTERS_ONE_IN = 20
# In European languages written in Latin letters most letters are plain ASCII (accented ones
# are a few in a hundred even in Portuguese, a dozen in Czech); text read into accented Latin
# letters throughout is another script.
MAX_ACCENTED_SHARE = 0.25
# Signs other than letters that European pages use: no-break space, quotes, dashes, the
# ellipsis, bullets, currency and a few common symbols.  The superscripts, fractions and
# ordinal indicators are left out: they are what Polish's ą and ł, Slovak's ľ and Romanian's
# ş read as in Windows-1252.
SIGNS = frozenset("\xa0«»“”‘’„–—…•·€£¢¥©®™°§¶¡¿´")


def mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few invalid ones, each read as a replacement character;
    None when the invalid bytes are too many for the page to be UTF-8."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    valid = non_ascii - text.count("\ufffd")
    return text if valid >= UTF8_VALID_PER_BAD * bad else None


def reads_as_one_language(text: str, alphabets: dict[str, str]) -> bool:
    """Does the text read as one of these languages: its accented letters those of one
    language (a few foreign ones aside), few against plain ones, and no other signs?"""
    from collections import Counter

    counts: dict[str, int] = {}
    ascii_letters = 0
    # ("İ" is Turkish's capital dotted i, whose lower case is two characters.)
    for ch, n in Counter(text.replace("İ", "i").lower()).items():  # counted in C
        if ch < "\x80":
            ascii_letters += n if ch.isalpha() else 0
        elif ch.isalpha():
            counts[ch] = n
        elif ch not in SIGNS:
            return False
    accented = sum(counts.values())
    if accented > MAX_ACCENTED_SHARE * (accented + ascii_letters):
        return False
    own = max(sum(n for ch, n in counts.items() if ch in letters) for letters in alphabets.values())
    return (accented - own) * FOREIGN_LETTERS_ONE_IN <= accented


def latin_code_page(sample: bytes) -> str | None:
    """The first code page (of ALPHABETS') in which the bytes read as one European language
    written in Latin letters; None when none does."""
    for codec, alphabets in ALPHABETS.items():
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue  # bytes this code page leaves undefined
        if reads_as_one_language(text, alphabets):
            return codec
    return None


def detect_charset(sample: bytes) -> str:
    """The charset of bytes that are neither declared nor UTF-8."""
    latin = latin_code_page(sample)
    if latin:
        return latin
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return "cp1252"
    # Western pages without a declaration are usually Windows-1252 (a superset of Latin-1);
    # on short pages detection often finds a neighbour (cp1250, even DOS's cp775) equally
    # plausible, so Windows-1252 wins ties, asked about on its own when detection left it out.
    least = min(m.chaos for m in matches)
    candidates = [m for m in matches if m.encoding == "cp1252"] or list(
        from_bytes(sample, cp_isolation=["cp1252"])
    )
    if any(m.chaos <= least + 0.01 for m in candidates):
        return "cp1252"
    return str(min(matches, key=lambda m: (m.chaos, -m.coherence)).encoding)
