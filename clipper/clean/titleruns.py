"""Runs of lines that make one header with a headline candidate over them: the points of a
summary printed without bullets under it, and the rest of a headline that a hard-wrapped dump
broke onto a second line.  textmeta asks them while weighing the candidates."""

from __future__ import annotations

from collections.abc import Callable

from clipper.clean.linekinds import CLOCK_TIME, is_byline, is_name_line, is_stamp
from clipper.clean.lines import Line
from clipper.clean.names import marked_name
from clipper.clean.printmarks import PRINT_HEADER
from clipper.clean.titlenear import in_ticker
from clipper.clean.titleshape import FULL_STOPS, is_headline_like, is_title_shaped
from clipper.clean.unwrap import CLOSERS, continues


def summary_under(
    lines: list[Line], after: list[int], ln: Line, stamped: Callable[[int], bool]
) -> list[int]:
    """The points of a summary under the headline `ln`, as some sites print them without
    bullets: two to SUMMARY_LINES sentences in a row, each shorter than the headline, with a
    byline (maybe a name alone) or a dateline right under them (`after`: the positions under
    `ln` that say something; `stamped`: is a line a byline or a dateline).  Only under a
    headline that speaks of what the lines under the byline do: a longer teaser over another
    and the headline does not.  Empty when there is none."""
    if ln.text.endswith(FULL_STOPS):
        return []  # a sentence over shorter ones: the summary's first point
    points: list[int] = []
    for pos in after[: SUMMARY_LINES + 1]:
        if stamped(pos) or is_name_line(lines[pos]):
            text = lines[pos + 1 : pos + 1 + TOPIC_LINES]
            topic = {t for x in text for t in x.tokens if len(t) >= TOPIC_CHARS}
            shared = {t for t in ln.tokens if t in topic and t not in ln.stops}
            enough = len(points) >= MIN_SUMMARY_LINES and len(shared) >= SUMMARY_TOPIC_WORDS
            return points if enough else []
        point = lines[pos]
        if not POINT_WORDS <= point.words < ln.words or point.title_case or point.bullet:
            return []  # (bulleted lines in a row: a breadcrumb, a menu, a list of links)
        if points and says_again(lines[points[-1]], point):
            return []  # a breadcrumb's last part over the headline it repeats
        points.append(pos)
    return []


def under_a_header(
    lines: list[Line],
    near: list[int],
    k: int,
    stamped: Callable[[int], bool],
) -> bool:
    """Does the candidate at `near[k]` stand right under a whole header: a headline, its
    byline and its dateline?  Then it is no headline, but the caption of the photo under the
    header ("Tigers win in overtime" / "Detroit News wire services" / "Published 11:11 PM EST
    Nov 19, 2019" / "Quarterback Mike Glass III" / "Al Goldis, Associated Press"), or a
    subheading.  (A dateline alone may stand over the headline, under another story's
    teaser; a whole header, under the page's title that repeats the headline.)  (`near`: the
    positions that say something; `stamped`: is a line a byline or a dateline.)"""
    if not any(is_stamp(lines[p]) for p in near[max(0, k - HEADER_LINES) : k]):
        return False  # (most candidates: asked first, it spares them the name rules)
    j, dated, signed, short = k - 1, False, False, 0
    while j >= 0 and k - j <= HEADER_LINES:
        ln = lines[near[j]]
        if is_stamp(ln):
            dated = True
        elif stamped(near[j]) or is_name_line(ln):
            signed = True
        elif ln.words <= HEADER_NAME_WORDS and marked_name(ln.text):
            signed = True  # a name its role marks: "김민기 기자"
        elif ln.words <= HEADER_NAME_WORDS:
            # A short line that is no name signs a header over its dateline ("Detroit News
            # wire services"); under it, it is a section's label ("Наука и техника" over the
            # headline, the dateline over them that of the page or of another story's ticker).
            # Two of them over the dateline are a section and its subsection ("Thời sự" /
            # "Giao thông"), the dateline under them the headline's under it.
            short += bool(dated)
        elif is_headline_like(ln):
            # (Much the same headline over its header and under it: the page's title, then
            # the article's own header.)
            signed = signed or short == 1
            return dated and signed and not says_again(ln, lines[near[k]])
        j -= 1
    return False


# The most lines a header's dateline, byline and their labels take under its headline, and
# how many words a line of them that is no name nor a stamp ("Detroit News wire services") has.
HEADER_LINES = 4
HEADER_NAME_WORDS = 4


def says_again(a: Line, b: Line) -> bool:
    """Do two lines say much the same: most of the words of the shorter in the other?"""
    words_a, words_b = set(a.tokens), set(b.tokens)
    return 2 * len(words_a & words_b) >= min(len(words_a), len(words_b))


# How many of its words a headline over a summary shares with the article's opening at least.
SUMMARY_TOPIC_WORDS = 2

# A summary under a headline has this many points at least (one: a standfirst), and at most
# SUMMARY_LINES.
MIN_SUMMARY_LINES = 2
SUMMARY_LINES = 4


def wrapped_rest(lines: list[Line], title: int, width: int | None) -> int | None:
    """The position of the line on which the headline at `title` goes on, in a dump wrapped at
    `width`: right under it in the same block, starting in lower case, after a headline line
    that fills most of the width and ends without closing punctuation ("California's snowpack
    is finally above average. Water managers" / "aren't celebrating yet"); or in the next block
    (a dump that sets every line of its header apart), where the wrapper broke it: the first
    word under it would not have fitted ("…as ice forms late and tourists" / "cancel").  In any
    dump, the line under it when the page's title at the top holds both (is_told_whole); in a
    dump not wrapped, or under a headline too short for the wrapper to have broken, a line
    break the page set in its headline (broken_headline).  None if none."""
    if title + 1 >= len(lines):
        return None
    head, rest = lines[title], lines[title + 1]
    if title >= TOP_LINES and is_told_whole(lines, head, rest):
        return title + 1
    if width is None or len(head.raw) < WRAPPED_HEADLINE_SHARE * width:
        # (In a wrapped dump, a short headline's line break is the page's own: "Η Αθήνα
        # χρειάζεται σκιά, όχι άλλες πλατείες από" / "τσιμέντο".)
        return title + 1 if broken_headline(head, rest) else None
    if (
        rest.index - head.index > BLANK_LINES_BETWEEN + 1
        or len(head.raw) < WRAPPED_HEADLINE_SHARE * width
        or head.raw[-1] in CLOSERS
        or not rest.text[:1].islower()
        or head.words + rest.words > MAX_HEADLINE_WORDS
    ):
        return None
    if rest.index > head.index + 1 and not continues(head.raw.rstrip(), rest.raw, width):
        return None
    return None if is_stamp(rest) or is_byline(rest) else title + 1


def broken_headline(head: Line, rest: Line) -> bool:
    """In a dump not wrapped, does the headline `head` go on on the line right under it, which
    is no longer than it: `head` ends without closing punctuation, and `rest` starts in lower
    case ("Jihlavská zoo má poprvé po deseti letech mláďata pandy" / "červené. Jména vyberou
    lidé": a line break the page set in its headline), and is no button ("Show more")?"""
    return (
        rest.index == head.index + 1
        and rest.text[:1].islower()
        and head.raw.rstrip()[-1:] not in CLOSERS
        and len(rest.text) <= len(head.text)
        and head.words + rest.words <= MAX_HEADLINE_WORDS
        and not rest.cta_share
        and not is_stamp(rest)
        and not is_byline(rest)
    )


def is_told_whole(lines: list[Line], head: Line, rest: Line) -> bool:
    """Does one of the dump's first lines (the page's title, as a browser saves it at the top,
    or prints it after the time in a printed page's header: "3/6/25, 7:02 AM    Target to
    close … as downtown foot traffic lags") hold the two lines as one, the site's name maybe
    after them ("Karnataka High Court halts demolition of 130-year-old" / "Mysuru market,
    seeks heritage panel report")?"""
    whole = f"{head.text} {rest.text}"
    for ln in lines[:TOP_LINES]:
        printed = PRINT_HEADER.match(ln.text) if ln.text[:1].isdigit() else None
        title = " ".join(printed["title"].split()) if printed and printed["title"] else ln.text
        if title.startswith(whole) and title[len(whole) : len(whole) + 1] in ("", " "):
            return True
    return False


# How many of the dump's first lines may be the page's title.
TOP_LINES = 3


# A headline's wrapped second line may be set apart from it by a blank line (a dump whose
# header's lines are all apart), no more.
BLANK_LINES_BETWEEN = 1


# Headlines are set in bigger type than the text, so a wrapped dump breaks them sooner: a
# headline's first line fills at least this share of the text's width.
WRAPPED_HEADLINE_SHARE = 0.75

# The most words a headline has (titleshape.reads_as_title).
MAX_HEADLINE_WORDS = 30


# A point of a summary has as many words at least as a standfirst (titlenear.STANDFIRST_WORDS).
POINT_WORDS = 5

# The lines under a summary's byline whose words the headline over it speaks of: a dateline
# or two, then the text's first lines; and how long a word that tells the topic is at least
# (shorter ones are "the", "and", "de", "est").
TOPIC_LINES = 6
TOPIC_CHARS = 4


# Korean's words are short and take their particles after them ("전셋값", "전셋값이"): a word
# of this many syllables tells a topic, and its beginnings of as many are its forms.
HANGUL_CHARS = 2


def is_hangul(word: str) -> bool:
    """Does the word start with a Korean syllable?"""
    return "가" <= word[:1] <= "힣"


def is_topic_word(word: str) -> bool:
    """Is the word long enough to tell what a text is about (TOPIC_CHARS letters, or
    HANGUL_CHARS Korean syllables)?"""
    return len(word) >= (HANGUL_CHARS if is_hangul(word) else TOPIC_CHARS)


def stem_chars(word: str) -> int:
    """How long a beginning of the word is one of its forms at least."""
    return HANGUL_CHARS if is_hangul(word) else STEM_CHARS


def word_stems(words: frozenset[str]) -> frozenset[str]:
    """The words, and each one's beginnings of STEM_CHARS letters or more (HANGUL_CHARS
    syllables): what speaks_of looks a line's words up in."""
    return words | frozenset(w[:n] for w in words for n in range(stem_chars(w), len(w)))


def speaks_of(ln: Line, stems: frozenset[str]) -> int:
    """How many words the line shares with the article's opening lines (`stems`: word_stems
    of their words of TOPIC_CHARS letters or more), in any of their forms: a word may open a
    longer one (Korean's particles: "합계출산율", "합계출산율이") or part from it in its last
    two letters (Russian's endings: "неизвестные", "неизвестных").  A short stopword of the
    page's language counts not (the lists hold a country's common nouns too: "الرياض")."""
    shared = 0
    for t in set(ln.tokens):
        if not is_topic_word(t) or (len(t) < NAMING_CHARS and t in ln.stops):
            continue
        if t in stems or t[: max(stem_chars(t), len(t) - 2)] in stems:
            shared += 1
    return shared


# Two forms of a word share this many letters at least.
STEM_CHARS = 5


def is_other_story(upper: Line, lower: Line, stems: frozenset[str], apart: bool = False) -> bool:
    """Is `upper`, over the headline `lower`, another story's headline (a ticker's, a "latest"
    box's, a site's motto): it speaks of nothing the article's opening does, and `lower` does?
    (Right over a sentence or a much longer line, a standfirst, it is the article's own
    headline, however it is worded: "Opening Bell 11.18.19" / "T-Swift is beefing with …".
    With a kicker between them (`apart`), the longer line is the headline under its kicker.)"""
    return (
        (apart or lower.words < HEADLINES_ALIKE * upper.words)
        and not lower.text.endswith(FULL_STOPS + ("…",))
        and is_headline_like(lower)
        and speaks_of(upper, stems) == 0
        and speaks_of(lower, stems) >= OWN_STORY_WORDS
    )


# Two headlines one over the other are much of a length: a line under a headline that is this
# many times as long is its standfirst, however the headline is worded ("The long goodbye").
HEADLINES_ALIKE = 1.5

# The article's own headline shares this many words with its opening at least (one may be
# shared by chance: "officials", "month").
OWN_STORY_WORDS = 2


def is_deck(lines: list[Line], title: int, pos: int, stems: frozenset[str], start: int) -> bool:
    """Is the line at `pos`, right under the headline at `title` and over the article's first
    line (`start`), its deck: a second headline, shorter, that no full stop ends ("Экспорт
    пшеницы из России упал на пятую часть" / "Аграрии придерживают урожай")?  (Where the
    article's text was found to open at the headline, a header in a script whose lines end in
    no full stop, the deck stands over a "By" line: "होली के दिन शहर के 28 चौक-चौराहों …" /
    "By राजेश कुमार झा".)  Only under a
    headline that speaks of what the article's opening does (`stems`: word_stems of its
    words): under another
    story's, the shorter line is the article's own."""
    head, ln = lines[title], lines[pos]
    return (
        pos == title + 1
        and (pos < start or (title == start and pos + 1 < len(lines) and is_byline(lines[pos + 1])))
        and len(ln.text) < len(head.text)
        and is_unstopped_headline(ln)
        and not says_again(head, ln)  # (the headline again, under a breadcrumb glued to it)
        and speaks_of(head, stems) > 0
        # (Under a deck, the headline has a byline, a dateline or a standfirst; under one of
        # a list of teasers, another teaser.)
        and not (pos + 1 < len(lines) and is_unstopped_headline(lines[pos + 1]))
    )


def decks_under(
    lines: list[Line], title: int, stems: frozenset[str], start: int, signed: Callable[[int], bool]
) -> int:
    """How many decks (second headlines: much shorter, no full stop, not the headline again) stand
    right under the headline at `title`, over the article's first line (`start`), with its
    byline or dateline (`signed`) right under the last: two, as Korean sites print them
    ("외국인 5거래일 만에 순매수 전환" / "반도체 투톱 동반 강세, 2차전지는 약세" / "김정환 기자").
    Only under a headline that speaks of what the article's opening does (`stems`), as much
    as each deck does; 0 if none."""
    head = lines[title]
    topic = speaks_of(head, stems)
    if topic == 0:
        return 0
    for pos in range(title + 1, min(start, len(lines), title + 2 + MOST_DECKS)):
        ln = lines[pos]
        if signed(pos):
            return pos - title - 1
        if (
            len(ln.text) > DECK_SHARE * len(head.text)
            or not (is_unstopped_headline(ln) or is_short_deck(ln, stems))
            or says_again(head, ln)
            or speaks_of(ln, stems) > topic  # (a teaser over the article's own headline)
        ):
            return 0
    return 0


# The most decks a headline has over its byline, and the longest a deck is, as a share of the
# headline's length (a line under a tagline as long as it is a headline and its standfirst).
MOST_DECKS = 2
DECK_SHARE = 0.7


def is_short_deck(ln: Line, stems: frozenset[str]) -> bool:
    """A deck of two or three words that speaks of what the article's opening does (`stems`):
    "한국부동산원 주간 동향", shorter than a headline-like line, longer than a label."""
    return (
        ln.words >= 2
        and is_title_shaped(ln)
        and not ln.text.endswith(FULL_STOPS)
        and not is_name_line(ln)
        and speaks_of(ln, stems) > 0
    )


def is_unstopped_headline(ln: Line) -> bool:
    """A headline-like line that ends no sentence: a deck's shape, and a teaser's."""
    return is_headline_like(ln) and not ln.text.endswith(FULL_STOPS)


# A stopword this long may name what the article is about ("الرياض", "government").
NAMING_CHARS = 6


def is_caption_over_credit(lines: list[Line], pos: int, above: list[int]) -> bool:
    """Is the line at `pos` a photo's caption over its credit on the next line ("A customer
    buys food at Tiong Bahru Market." / "TODAY file photo"), under the header's headline (one
    of the lines at `above` reads like one, and is no ticker's)?  A caption between a header's
    headline and its byline or dateline looks like a headline over them; a headline over its
    photo's credit alone ("Storm hits coast" / "Photo: Reuters") stands under no other headline
    (a ticker's may stand over it: "Головне зараз: …" / "Культура" / "У Львові …")."""
    # (A lone agency's name under a headline, "AFP", is its byline, not a photo's credit.)
    return (
        pos + 1 < len(lines)
        and lines[pos].words >= CAPTION_WORDS
        and lines[pos + 1].words >= CREDIT_WORDS
        and lines[pos + 1].credit
        and not lines[pos].credit
        # (A dateline over the photo's credit, or a line that tells the time as one does.)
        and not is_stamp(lines[pos])
        and CLOCK_TIME.search(lines[pos].text) is None
        and any(is_headline_like(lines[p]) and not in_ticker(lines, p) for p in above)
    )


# The fewest words of a photo's credit under its caption ("Foto: Adobe Stock", "TODAY file photo"),
# and of the caption over it (a sentence; a shorter line over a credit may be a button: "Close
# share panel" / "Image copyright Getty Images").
CREDIT_WORDS = 2
CAPTION_WORDS = 5
