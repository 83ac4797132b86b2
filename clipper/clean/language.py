"""The language a page is written in, told by its stopwords (jusText's stoplists, the field's
standard lists for paragraph classification) or, for Chinese and Japanese, by its script; and
the word pattern the text cleaner reads words with."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import justext

from clipper.models import HAN_RANGES, KANA_RANGES

# Languages we guess between, as (jusText stoplist name, ISO 639-1 code that dateparser
# knows too): the languages most news is written in that jusText has a stoplist for.  Each
# stoplist is read once, on first use.  A page in none of them (or written without spaces
# between words) gets language None: see guess_language.
LANGUAGES = (
    ("English", "en"),
    ("German", "de"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Italian", "it"),
    ("Portuguese", "pt"),
    ("Dutch", "nl"),
    ("Russian", "ru"),
    ("Indonesian", "id"),
    ("Korean", "ko"),
    ("Polish", "pl"),
    ("Turkish", "tr"),
    ("Swedish", "sv"),
    ("Czech", "cs"),
    ("Ukrainian", "uk"),
    ("Vietnamese", "vi"),
    ("Arabic", "ar"),
    ("Persian", "fa"),
    ("Urdu", "ur"),
    ("Hebrew", "he"),
    ("Greek", "el"),
    ("Romanian", "ro"),
    ("Hungarian", "hu"),
    ("Danish", "da"),
    ("Norwegian_Bokmal", "nb"),
    ("Finnish", "fi"),
    ("Estonian", "et"),
    ("Lithuanian", "lt"),
    ("Latvian", "lv"),
    ("Bulgarian", "bg"),
    ("Serbian", "sr"),
    ("Croatian", "hr"),
    ("Slovak", "sk"),
    ("Slovenian", "sl"),
    ("Catalan", "ca"),
    ("Malay", "ms"),
    ("Hindi", "hi"),
    ("Bengali", "bn"),
    ("Tamil", "ta"),
)

# How much of a page the language guess reads: enough words for a stable vote, few enough to
# stay fast on huge dumps.
LANGUAGE_SAMPLE_WORDS = 3000
# How much of a text (characters) the language is guessed from when it is read as a whole.
LANGUAGE_SAMPLE_CHARS = 40_000

# A guess needs this share of sample words to be stopwords of the winning language; below it
# (garbage, word lists, a language we do not know) we say None rather than guess.
MIN_LANGUAGE_STOPWORD_SHARE = 0.12

# Below this share of English stopwords as well, the page is in a language we have no list
# for (or written without spaces), and lines are judged by their shape alone.
UNKNOWN_LANGUAGE_ENGLISH_SHARE = 0.04

# The stopwords of a language we have no list for: none (lines are judged by shape alone).
NO_STOPWORDS: frozenset[str] = frozenset()

# A word: letters and digits, with the vowel signs and other marks of the Indic scripts, which
# Python's \w leaves out (Devanagari's "में" would be "म" alone: no Hindi stopword would match).
# Not their full stops "।" and "॥".  (Other scripts' combining marks stay out: a dump's accents
# are precomposed letters, and Arabic's vowel points are rare in news text.)
WORD = re.compile("[\\w\u0900-\u0963\u0966-\u0dff]+")


def read_stoplist(name: str) -> frozenset[str]:
    """jusText's stopwords for one language (lower case)."""
    return frozenset(w.lower() for w in justext.get_stoplist(name))


@cache
def load_stoplist(name: str) -> frozenset[str]:
    """read_stoplist, read once: the lists of the languages pages turn out to be in."""
    return read_stoplist(name)


@cache
def telling_languages() -> dict[str, int]:
    """For every stopword of the LANGUAGES, the languages it tells, as a bit mask of their
    positions in LANGUAGES: those whose list holds it, English's aside, only when English's
    does not.  (The lists come from Wikipedia, where English titles and names abound:
    Finnish's holds "the", "and" and "album", which must not make an English page Finnish.)
    Only English's list is kept as well: the others are read again (load_stoplist) for the
    languages pages turn out to be in."""
    english = load_stoplist("English")
    index = dict.fromkeys(english, 1)
    for position, (name, _) in enumerate(LANGUAGES[1:], start=1):
        for word in read_stoplist(name) - english:
            index[word] = index.get(word, 0) | 1 << position
    return index


# Chinese characters, and Japanese kana: scripts no stoplist of words between spaces can tell.
HAN = re.compile(f"[{HAN_RANGES}]")
KANA = re.compile(f"[{KANA_RANGES}]")
ASCII_LETTER = re.compile(r"[A-Za-z]")
# How much of a text its script is judged on, and the fewest such characters that tell it.
SCRIPT_SAMPLE_CHARS = 4000
SCRIPT_MIN_CHARS = 50
# Japanese writes its grammar in kana: a Chinese text holds none, a Japanese one a good share.
KANA_SHARE = 0.05


def unspaced_language(text: str) -> str | None:
    """ "ja" or "zh" for a text written mostly in Chinese characters (and kana, for Japanese),
    which guess_language cannot tell from stopwords; None for any other."""
    sample = text[:SCRIPT_SAMPLE_CHARS]
    if sample.isascii():
        return None
    han, kana = len(HAN.findall(sample)), len(KANA.findall(sample))
    if han + kana < SCRIPT_MIN_CHARS or han + kana < len(ASCII_LETTER.findall(sample)):
        return None
    return "ja" if kana >= KANA_SHARE * (han + kana) else "zh"


def language_of(text: str) -> tuple[str | None, str | None]:
    """(ISO code, how it was found) of an article's text taken whole (one stored as given,
    not cleaned: a JSON Lines article, clipper's Markdown export), as the text cleaner finds a
    page's; (None, None) when it cannot tell."""
    language, _ = guess_language(WORD.findall(text[:LANGUAGE_SAMPLE_CHARS].lower()))
    if language:
        return language, "stopwords of the text"
    language = unspaced_language(text)
    if language:
        return language, "the article's script (Chinese characters, kana)"
    return None, None


# A guess of a language other than English, made from short words that several languages
# share (Tagalog's and Hausa's "na", "sa", "da" are Croatian stopwords too), is checked
# against the page's sentences (English's, on recipes and lists, may hold few): when fewer
# than half of its long ones (FIT_MIN_WORDS words or more, FIT_LINES of them at least) hold the
# share of stopwords that prose in the guessed language holds, the page is in another
# language, whose lines are judged by their shape alone.
FIT_MIN_WORDS = 12
FIT_LINES = 3
FIT_STOP_SHARE = 0.22


def stoplist_fits(sentences: list[list[str]], stops: frozenset[str]) -> bool:
    """Do at least half of the long sentences (lists of lower-cased words) hold
    FIT_STOP_SHARE of the stopwords `stops`?"""
    long = [words for words in sentences if len(words) >= FIT_MIN_WORDS]
    if len(long) < FIT_LINES:
        return True
    fit = sum(sum(map(stops.__contains__, words)) >= FIT_STOP_SHARE * len(words) for words in long)
    return 2 * fit >= len(long)


def guess_language(words: list[str]) -> tuple[str | None, frozenset[str]]:
    """(ISO code or None, stopword set to judge lines by) from a sample of lower-cased words:
    the language with the largest share of its telling stopwords (telling_languages).
    With no guess, the set is English's when the sample holds some English stopwords (poor
    or garbled English), and NO_STOPWORDS when it holds almost none (another language)."""
    words = words[:LANGUAGE_SAMPLE_WORDS]
    total = len(words)
    english = load_stoplist("English")
    if not total:
        return None, english
    index = telling_languages()
    counts = [0] * len(LANGUAGES)
    for word, n in Counter(filter(index.__contains__, words)).items():
        languages = index[word]
        while languages:
            lowest = languages & -languages
            counts[lowest.bit_length() - 1] += n
            languages ^= lowest
    top = max(counts)
    best_share, english_share = top / total, counts[0] / total  # (English is LANGUAGES[0])
    if best_share < MIN_LANGUAGE_STOPWORD_SHARE:
        return None, english if english_share >= UNKNOWN_LANGUAGE_ENGLISH_SHARE else NO_STOPWORDS
    name, code = LANGUAGES[counts.index(top)]  # (on a tie, the language listed first)
    return code, load_stoplist(name)
