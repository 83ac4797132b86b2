"""The lines around a headline candidate, and what they are to it: its standfirst or
subtitle, the name under it, a ticker's line over it, a button between, the first line under
it that says something, a headline in the text's own script under it; and the lines that say
nothing (is_filler).  textmeta asks these while weighing the candidates; textauthor asks
is_filler."""

from __future__ import annotations

import re

from clipper.clean import sources
from clipper.clean.linekinds import TICKER_LABEL, is_dateline, is_name_line, is_stamp
from clipper.clean.lines import Line
from clipper.clean.titleshape import (
    FULL_STOPS,
    is_audio_button,
    is_headline_like,
    is_reading_time,
)

# A non-bullet line this long is a paragraph of the article (or of a standfirst).
PARAGRAPH_WORDS = 25

# A standfirst may be as long as this (two sentences, one with a quote: "The ticket will cost
# €5 on 29 days. The mayor: 'A world first'") when a byline, a name or a dateline follows it;
# a longer line is a paragraph of the article.
LONG_STANDFIRST_WORDS = 40


def next_in_header(lines: list[Line], pos: int) -> int | None:
    """The first line after `pos`, within HEADER_REACH, that is no filler; None if none."""
    after = range(pos + 1, min(len(lines), pos + HEADER_REACH + 1))
    return next((p for p in after if not is_filler(lines[p])), None)


def is_ticker(lines: list[Line], pos: int) -> bool:
    """A news ticker's line: labelled ("BREAKING: …", "【速報】…"), or under a label alone on
    its line ("Breaking News" / "Storm warning issued for the coast")."""
    if TICKER_LABEL.match(lines[pos].text):
        return True
    if pos == 0 or lines[pos - 1].words > TICKER_LABEL_WORDS:
        return False
    label = TICKER_LABEL.match(lines[pos - 1].text)
    return label is not None and label.end() >= len(lines[pos - 1].text.rstrip(" :：|–—-"))


# The most words a ticker's label alone on its line has ("Breaking News", "Just in").
TICKER_LABEL_WORDS = 3


def in_ticker(lines: list[Line], pos: int) -> bool:
    """A ticker's line (is_ticker), or one of the headlines in a row under its first ("Flash
    actu" / "Strike called off…" / "Inflation falls…"): no headline under it is its standfirst."""
    for above in range(pos, max(-1, pos - TICKER_ITEMS), -1):
        if is_ticker(lines, above):
            return True
        if not is_headline_like(lines[above]):
            return False
    return False


# A caption's label on the line above the caption ("Image caption," as BBC pages print it).
CAPTION_LABEL = re.compile(r"(?i)^(?:(?:image|photo|picture|video)\s+)?caption\s*[,:]?$")


def is_credited_caption(ln: Line) -> bool:
    """A photo's caption: a sentence with the photo's credit in brackets after its full stop
    ("12일 … 표시돼 있다. [이승환 기자]", "… at the vote. (Photo: Ann Lee)"), which a headline
    never has."""
    if ln.text[-1:] in CREDIT_CLOSERS:
        return CREDITED_CAPTION.search(ln.text) is not None
    return PHOTO_CREDIT_AFTER.search(ln.text) is not None


CREDITED_CAPTION = re.compile(r"[.。]\s*[\[(（【][^\[\]()（）【】]{2,40}[\])）】]$")
CREDIT_CLOSERS = ("]", ")", "）", "】")
# Or the word for a photo and its credit, after the sentence's end: "… på ti år. Arkivfoto:
# Thomas Borberg", "… রোগীদের ভিড়। আজ বুধবার তোলা ছবি: দীপু মালাকার".
PHOTO_CREDIT_AFTER = re.compile(
    r"(?i)[.。।۔!?]\s[^.。।۔]{0,40}(?:\b(?:photo|picture|image|foto|arkivfoto|pressefoto|bild"
    r"|kuva|zdjęcie|fotó|фото|صورة|تصویر|عکس|ảnh)|ছবি|写真|사진|图|圖)\s*[:：]\s*"
    r"[^.。।۔:：]{2,50}$"
)


def is_live_link(ln: Line) -> bool:
    """A line that opens with a live label in capitals glued to a headline, no colon between
    ("EN DIRECTO Atlético - Getafe: el derbi madrileño, en vivo", "LIVE Storm hits coast"):
    on a page that is no live blog, a ticker's link to another page's live coverage."""
    return ln.text[:2].isupper() and SHOUTED_LIVE.match(ln.text) is not None


SHOUTED_LIVE = re.compile(
    r"^(?:LIVE|DIRECT|EN DIRECTO|DIRECTO|EN VIVO|AO VIVO|IN DIRETTA|NA ŻYWO|LIVETICKER)\s+\w"
)


def is_ticker_over(lines: list[Line], pos: int, under: list[int]) -> bool:
    """A ticker's line (is_ticker) over another headline, within reach under it (past a
    section's labels: "Головне зараз: Ворог атакував …" / "Культура" / "У Львові після …"):
    the byline and dateline under that headline, or the caption of its photo, are that
    headline's, never the ticker's.  (A site may label its own headline so: "BREAKING NEWS:
    Chelsea sign …" / "August 8, 2018" / its text, the dateline first.)"""
    if not is_ticker(lines, pos):
        return False
    for p in under:
        if is_headline_like(lines[p]):
            return True
        if lines[p].words > TICKER_LABEL_WORDS or is_stamp(lines[p]):
            return False
    return False


# How many headlines a ticker shows in a row under its label.
TICKER_ITEMS = 4


def has_button(lines: list[Line], a: int, b: int) -> bool:
    """Is there a button (a line of call-to-action words: "Learn More") between positions
    a and b?"""
    return any(lines[p].cta_share >= 0.5 for p in range(a + 1, b))


# A dateline or byline marks the line above as the headline when it is this close under it
# (in lines that say something).
HEADER_REACH = 3


def names_under(ln: Line, below: list[Line], opening: frozenset[str] = frozenset()) -> bool:
    """Is there a name line (a byline without "By") right under a headline candidate `ln`, or
    one line further under a line that is no headline itself (a label) or is the candidate's
    standfirst?  A name under another headline is that one's byline."""
    if not below:
        return False
    if is_name_line(below[0]):
        return True
    return (
        len(below) > 1
        and is_name_line(below[1])
        and (
            not is_headline_like(below[0])
            or is_standfirst(below[0], ln, most_words=LONG_STANDFIRST_WORDS)
            or is_subtitle([below[0], below[1]], 0, ln, opening)
        )
    )


def is_subtitle(lines: list[Line], pos: int, title: Line, opening: frozenset[str]) -> bool:
    """Is the line at `pos`, under `title` and no longer (as long, in words, as a Russian
    deck: "Эксперты объясняют рост …" under "Спрос на вторичное жилье …"), its subtitle: a
    sentence-case line of a standfirst's words with the writer's name right under it, as
    Medium and Substack print them ("What the Geneva meeting means for trade" / "Ana Ruiz")?
    Only under a title that speaks of what the article's opening does (`opening`: its
    words): over a shorter headline, another story's teaser does not.  (Nor is a teaser's
    snippet, cut short, a subtitle: "Two people in China have been diagnosed with the
    plague,...")"""
    ln = lines[pos]
    if not (
        STANDFIRST_WORDS <= ln.words <= title.words
        and any(t in opening and t not in title.stops for t in title.tokens)
        and not ln.title_case
        and not title.sentence_end
        and not ln.text.endswith(("…", "..."))
    ):
        return False
    nxt = next_in_header(lines, pos)
    return nxt is not None and is_name_line(lines[nxt])


def is_filler(ln: Line) -> bool:
    """A line that says nothing about the article: a bare bullet, a share button or bar,
    a photo credit, a link, an audio player's button."""
    return (
        ln.words == 0
        or ln.cta_share >= 0.5
        or ln.boilerplate
        or (ln.bullet and ln.words <= 2)
        or ln.credit
        or (ln.words == 1 and sources.URL.match(ln.text) is not None)
        or is_audio_button(ln)
    )


def is_standfirst(ln: Line, title: Line, most_words: int = PARAGRAPH_WORDS) -> bool:
    """Could `ln`, right under `title`, be its standfirst: longer, but shorter than a
    paragraph (`most_words`), and a sentence rather than another headline (not in title case,
    not a dateline)."""
    longer = (
        title.words < ln.words
        or (title.title_case and ln.words >= STANDFIRST_WORDS)
        or (reads_as_standfirst(ln, title) and not title.sentence_end)
    )
    return (
        longer
        and ln.words < most_words
        and not ln.title_case
        and (ln.sentence_end or not ln.cjk)  # (Chinese and Japanese show no title case)
        and not is_dateline(ln)
        and not sources.URL.search(ln.text)
    )


def reads_as_standfirst(ln: Line, title: Line) -> bool:
    """Does `ln`, as long as the headline over it or a little shorter, read as its
    standfirst: a sentence with its full stop (which headlines rarely have), or two clauses
    joined by a semicolon ("Result came below forecasts; food got cheaper") as long as the
    line over it?  (A headline may hold a semicolon too, under a shorter label.)"""
    if ln.words < STANDFIRST_WORDS:
        return False
    if ln.text.endswith(FULL_STOPS):
        return ln.words >= SIMILAR_SHARE * title.words
    return ";" in ln.text and ln.words >= title.words


# A sentence under a headline is its standfirst when it has at least this share of the
# headline's words (a headline and its standfirst are often of a length).
SIMILAR_SHARE = 0.75

# A sentence under a headline in title case is its standfirst, though shorter, when it has
# this many words ("Officials keep deposit rate at record 4% after ten straight hikes").
STANDFIRST_WORDS = 5


# How many headline-like lines in a row under a line make it one of a list of teasers.
TEASER_RUN = 2


def is_teaser_list(ln: Line, below: list[Line]) -> bool:
    """Is `ln` the first of a list of teasers: the lines under it more headlines, neither its
    standfirst nor a dateline or byline ("More on: plague" / three linked headlines)."""
    return len(below) == TEASER_RUN and all(
        is_headline_like(x) and not is_standfirst(x, ln) and not is_stamp(x) for x in below
    )


def in_latin_script(lines: list[Line]) -> bool:
    """Are most letters of the lines (the article's first) Latin ones?  Over a text in another
    script, a line of ASCII letters alone right over a headline in that script is the article's
    address made readable ("Bhopal Metro Commercial Run Date Fare" / "भोपाल मेट्रो का
    कमर्शियल रन …"), not its headline."""
    letters = other = 0
    for ln in lines:
        if ln.text.isascii():
            letters += len(ln.text)
            continue
        for c in ln.text:
            if c.isalpha():
                letters += 1
                other += c > LATIN_END
    return 2 * other <= letters


# The last letter of the Latin script's blocks (Basic Latin to Latin Extended-B).
LATIN_END = "\u024f"


def is_headline_in_script(ln: Line) -> bool:
    """A headline-like line in a script other than Latin's (in_latin_script), that ends no
    sentence ("。" ends a Chinese paragraph)."""
    return (
        not ln.text.isascii()
        and not ln.text.endswith(SENTENCE_ENDS)
        and is_headline_like(ln)
        and not in_latin_script([ln])
    )


# What ends a sentence, in the scripts the cleaner reads.
SENTENCE_ENDS = (*FULL_STOPS, "。", "！", "？", "!", "?")


def is_sentence(ln: Line) -> bool:
    """A line of the article's text: one that ends in a full stop."""
    return ln.text.endswith(FULL_STOPS)


def is_sentences(ln: Line) -> bool:
    """A line of two sentences or more, as a standfirst is and a headline never ("Aveva 87
    anni. Per oltre mezzo secolo ha suonato …")."""
    return ". " in ln.text[:-1]


def closes_header(lines: list[Line], pos: int) -> bool:
    """Is the line at `pos` a reading time ("7 min") under a header, as a dateline is: not
    over the headline, as some sites print it ("7-minute read" / "Faker wins 4th title")?"""
    if not is_reading_time(lines[pos]):
        return False
    nxt = next_in_header(lines, pos)
    return nxt is None or not is_headline_like(lines[nxt])
