"""Finding the article in a list of judged lines: score each line and take the densest run of
prose (a maximum-sum stretch of line scores); and the tests of what a line is that the scores
and article.py (which widens the run and keeps the lines of it that belong to the article)
share: end markers, time stamps, credits, print furniture, lines that stay in an article."""

from __future__ import annotations

import re
from collections.abc import Collection

from clipper.clean.bodymarks import is_breadcrumb, is_writer_mark
from clipper.clean.labels import (
    AD_LABEL_MAX_WORDS,
    CONTROL_WORDS,
    is_ad_label,
    is_ad_notice,
    is_player_control,
    is_social_embed,
)
from clipper.clean.lines import Line
from clipper.clean.printmarks import ADDRESS, SAVED_STAMP, is_print_furniture
from clipper.clean.sharebar import opens_article
from clipper.clean.shortlines import closes_with_more, is_feeling, is_subheading_question
from clipper.clean.vocab import for_lower_case

# A line "reads like prose" with at least this many words and this share of stopwords; the
# share is jusText's low threshold (0.30) eased a little because captions and quotes in news
# copy are denser in names than jusText's general web text.
PROSE_MIN_WORDS = 8
PROSE_MIN_STOP_SHARE = 0.22

# A line in Chinese or Japanese (its words counted as two characters each) reads like prose
# from this many words, when it ends a sentence.
CJK_PROSE_WORDS = 15

# Up to this many words, a line is "short": a heading, a label, a nav item, a one-line answer.
SHORT_WORDS = 7

# Longer than this, a line is prose by its bulk even without sentence punctuation.
LONG_WORDS = 18

# Lines that hold only a URL, a credit or a counter: never article text.
# An address, as a dump prints one.
URL_ONLY = re.compile(r"^" + ADDRESS + "$", re.I)
CREDIT_LINE = re.compile(
    r"(?i)^(?:image|photo|picture|credit|source|photograph|illustration|video)s?\s*(?:credit)?\s*:"
    r".{0,80}$"
    r"|^\((?:image|photo|picture|credit|photograph)s?\s*:[^)]{0,80}\)"
    r"|\((?:image|photo|picture|credit|photograph)s?\s*:[^)]{0,80}\)$"
)

# A picture's description for readers who cannot see it, which a dump prints as a line over
# the caption ("Photo shows Treasurer Jim Chalmers, wearing a suit, speaking …"): the article
# is the caption's no more than the picture's.  One sentence: an article's own paragraph may
# start so ("Video shows the moment the bridge gave way, …" is prose; "video" and "graphic"
# are not taken).
IMAGE_DESCRIPTION = re.compile(
    r"(?i)^(?:photo|picture|image)\s+shows\b(?!.*[.!?]\s+\S)|^(?:image|photo)\s+description\s*:"
    r"|^alt(?:ernative)?\s+text\s*:|^bildbeschreibung\s*:"
)

# Who reported, wrote and edited a wire story, in brackets or not ("Reporting by Will Dunham;
# Editing by Tom Brown", "Additional reporting by ...", "Compiled by ..."), and the agencies'
# material credited as Canadian papers and other languages do it ("With files from The Canadian
# Press", "With a report from Dustin Cook", "Mit Material von dpa", "(mit dpa)", "Con información
# de EFE", "Avec AFP"), and who contributed ("Contributing: Natalie Neysa Alund, USA TODAY"):
# the story's last line.
WIRE_CREDIT = re.compile(
    r"^\(?(?:(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|compilation|written"
    r"|edited|research)\s+by)\s+[A-Z\w][^()]{0,300}"
    r"|(?i:with\s+files\s+from|with\s+(?:a\s+)?(?:reports?|reporting)\s+(?:from|by)"
    r"|mit\s+(?:material\s+(?:von|der|des)|dpa|afp|ap|reuters|kna|epd|sid)\b"
    r"|con\s+informaci[oó]n\s+de|com\s+informa[cç][oõ]es"
    r"\s+d[aeo]s?|avec\s+(?:l'|l’)?(?:afp|reuters|ap)\b)[^()]{0,120}"
    r"|(?i:contributing|contributors?|additional\s+reporting)\s*:\s*[A-Z][^()]{0,200})\)?$"
)

# A wire-service sign-off after the last paragraph: editors' initials and/or agency names in
# brackets ("tj/kms (Reuters, AFP, dpa, AP)", PAP's "awrz/ mhr/", PTI's "PTI KSU RS", "-- AP").
SIGN_OFF = re.compile(
    r"^(?:[a-z]{1,4}(?:/ ?[a-z]{1,4})+\b.*|\((?:[A-Z][\w.&' -]*,?\s*){1,8}\)|[—–-]{1,2}\s*[A-Z]"
    r"[\w ]{1,30}|(?:PTI|IANS|ANI|UNI)(?:\s+[A-Z]{2,4}){1,4})$|" + WIRE_CREDIT.pattern
)


# A host name standing in a short line: link labels and teasers' sources, not text.
BARE_DOMAIN = re.compile(r"(?i)\b[a-z0-9-]+\.(?:com|org|net|co|io|uk|de|fr|ru|in|info|tv|me)\b")

# Comment furniture and story tickers: "2 days ago at 07:52 am", "15:23", "Rating: 36 Votes",
# and "ago" as other languages say it ("hace 28 minutos", "il y a 3 heures", "vor 2 Stunden",
# "há 5 dias", "2 ore fa", "3 uur geleden").
TIMESTAMP = re.compile(
    r"(?i)\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdw])"
    r"\s+ago\b|^\W*(?:\w+\W+){0,5}\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\W*$"
    r"|^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b.{0,20}$|^rating:|\b\d+\s+(?:votes?|replies)$"
    r"|\b(?:hace|há|il\s+y\s+a|vor)\s+\d+\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses"
    r"|mes|años?|anos?|secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|sekunden?|minuten?"
    r"|stunden?|tagen?|wochen?|monaten?|jahren?)\b"
    r"|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni|seconden|minuten|uur|dagen|weken"
    r"|maanden|jaar)\s+(?:fa|geleden)\b"
)

# Headers that close an article: what follows is comments, related stories or promotion, so
# prose after them counts for much less (it may be a big comment thread or teaser list).
END_MARKER = re.compile(
    r"""(?ix)^(?:\d+\s+)?(?:comments?|responses?|discussion|conversation|replies)(?:\s*\(\d+\))?$
    |^(?:show|view|load|read|post|add|leave|join)\b.{0,20}\b(?:comments?|conversation|discussion)
    |^related(?:\s+\w+){0,3}\s*(?::.*)?$|^(?:you\s+(?:might|may)\s+also\s+like|recommended|more\s+
      (?:from|stories|on|in|news|to\s+read)|most\s+(?:popular|read|viewed|shared)|trending|popular
    |what\s+do\s+you\s+think|want\s+more\b|about\s+the\s+author|latest\s+(?:news|stories)|top\s+stories
    |editor'?s\s+picks|further\s+reading|recent\s+posts)
    # the same headers in the other languages news is most read in
    |^(?:\d+\s+)?(?:comentar(?:ios?)?|comentários?|commentaires?|kommentare?|commenti|reacties
      |reacciones|komentarze?|yorumlar)(?:\s*\(\d+\))?$
    |^(?:noticias|artículos|notícias|artigos|matérias|articles|articoli|notizie)\s+
      (?:relacionad[oa]s|similaires|liés|correlat[ie]|simili)
    |^(?:lo\s+más\s+(?:leído|visto)|más\s+(?:leíd[oa]s|vist[oa]s)|mais\s+(?:lid[oa]s|vist[oa]s)
      |les\s+plus\s+(?:lus|populaires)|meistgelesen|i\s+più\s+letti|le\s+più\s+lette
      |meest\s+gelezen|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren
      |sur\s+le\s+même\s+sujet|(?:también\s+)?te\s+puede\s+interesar|você\s+(?:pode|também)
      |potrebbe\s+interessarti|ti\s+potrebbe\s+interessare|weitere\s+artikel)
    # an author's box ("about the author"), in them
    |^(?:über\s+(?:den\s+autor|die\s+autorin)|sobre\s+(?:el|la|o|a)\s+autora?|à\s+propos\s+de\s+l['’]auteur
      |o\s+autorze|об\s+авторе|про\s+автора|yazar\s+hakkında|over\s+de\s+auteur|om\s+(?:forfatteren
      |skribenten)|tentang\s+penulis|عن\s+الكاتب|درباره\s+نویسنده|על\s+הכותב|लेखक\s+के\s+बारे\s+में|作者简介|關於作者|关于作者)\s*:?$"""
)

END_MARKER_LOWER = for_lower_case(END_MARKER)


def is_end_marker(line: Line) -> bool:
    """END_MARKER.match(line.text); on an ASCII line, which IGNORECASE can match only as its
    lower case does, END_MARKER_LOWER on that is several times faster."""
    if line.text.isascii():
        return bool(END_MARKER_LOWER.match(line.low))
    return bool(END_MARKER.match(line.text))


# Weaker closers: often after the article, but also around an inline teaser or advert.
SOFT_END_MARKER = re.compile(
    r"(?i)^(?:read\s+(?:more|next)|sponsored|promoted|share\s+this|see\s+(?:more|also))\b"
)

# The letters END_MARKER and SOFT_END_MARKER lines start with, in either case ("ſ" is a long
# "s", which IGNORECASE matches with "s"); END_MARKER lines may start with a count too.
END_STARTS = frozenset("crdsvlpajymtwefkniCRDSVLPAJYMTWEFKNIſüÜàÀoOоОпПعدעल作關关")
SOFT_END_STARTS = frozenset("rspRSPſ")


def is_end_start(first: str) -> bool:
    """Could a line starting with `first` be an END_MARKER?  (A cheap test first.)"""
    return first in END_STARTS or first.isdecimal()


# Closing headers that also label boxes inside an article ("Related articles", "More on this").
INLINE_BOX = re.compile(r"(?i)^(?:related|more\s+(?:on|in|from))\b")

# How much prose (in words) must come before an end marker for it to close the article, and
# how much later prose still counts once it has.
ARTICLE_BEFORE_END = 80
AFTER_END_WEIGHT = 0.25


DIGIT = re.compile(r"\d")


def has_timestamp(line: Line) -> bool:
    """Does the line hold a comment/ticker time stamp?  (Each TIMESTAMP shape holds "ago",
    "vote", "repl", "ng:" (rating), another language's word for "ago" or a clock: cheap tests
    first.)"""
    text, low = line.text, line.low
    cued = (
        "ago" in low
        or "vote" in low
        or "repl" in low
        or "ng:" in low
        # "ago" in other languages
        or "hace " in low
        or "há " in low
        or "il y a " in low
        or "vor " in low
        or " fa" in low
        or "geleden" in low
    )
    if not cued and (":" not in text or not CLOCK_DIGITS.search(text)):
        return False
    return bool(DIGIT.search(text) and TIMESTAMP.search(text))


# What the clock shapes of TIMESTAMP hold ("7:52", "15:23").
CLOCK_DIGITS = re.compile(r"\d:\d\d")


def is_url_only(text: str) -> bool:
    """Is the line just a URL?  (A line with a space never is: a cheap test first.)"""
    return " " not in text and bool(URL_ONLY.match(text))


def names_domain(text: str) -> bool:
    """Does the line name a host ("aeon.co")?  (Not without a dot: a cheap test first.)"""
    return "." in text and bool(BARE_DOMAIN.search(text))


def is_credit_line(text: str) -> bool:
    """Is the line a credit ("Photo: ...")?  (Every CREDIT_LINE shape holds a colon, and
    starts with a bracket or one of CREDIT_LINE_STARTS or ends with a bracket.)"""
    return (
        ":" in text
        and (text[:1] in CREDIT_LINE_STARTS or text.endswith(")"))
        and bool(CREDIT_LINE.search(text))
    )


# The first letters of CREDIT_LINE's words, as IGNORECASE matches them (a dotless "ı" and a
# long "ſ" match "i" and "s" too), and its opening bracket.
CREDIT_LINE_STARTS = frozenset("(IiıİPpCcSsſVv")


def is_prose(line: Line) -> bool:
    """Does the line read like a sentence of running text?"""
    if line.cjk:
        return line.words >= CJK_PROSE_WORDS and line.sentence_end
    if line.words < PROSE_MIN_WORDS:
        return False
    if line.stops and line.stop_share < PROSE_MIN_STOP_SHARE:
        return False  # (a page in a language without a stoplist is judged by shape alone)
    return line.sentence_end or line.words >= LONG_WORDS


# A video player's controls ("Mute", "Current Time 0:00": labels.PLAYER_CONTROL) score as a
# paragraph break does: a player set between paragraphs prints a dozen of them, which must not
# cut the article in two there.
PLAYER_CONTROL_SCORE = -0.3


# An advert's label ("Advertisement", "โฆษณา") or notice stands between two paragraphs as
# often as after the last: it scores as a short line of its own does, no more against.
AD_LABEL_SCORE = -2.0


def score_line(line: Line) -> float:
    """How strongly the line argues for being inside the article (negative: against)."""
    if line.boilerplate:
        if line.words <= AD_LABEL_MAX_WORDS and is_ad_label(line.tokens):
            return AD_LABEL_SCORE  # an advert's slot between two paragraphs
        if is_ad_notice(line.text, line.tokens):
            return AD_LABEL_SCORE
        return -4.0 if line.words <= 40 else -1.0
    if line.promo:
        return -3.0
    if is_url_only(line.text):
        return -1.0
    if is_social_embed(line.text, line.low):
        return PLAYER_CONTROL_SCORE  # an embedded post's frame: the article goes on round it
    if is_prose(line):
        bonus = 1.0 if line.sentence_end else 0.0
        penalty = 2.0 if line.repeats > 1 else 0.0
        return min(line.words, 60) / 5 + bonus - penalty - 3 * line.cta_share
    if line.words <= CONTROL_WORDS and is_player_control(line.text, line.tokens):
        return PLAYER_CONTROL_SCORE
    if has_timestamp(line):
        return -2.5
    if line.words <= SHORT_WORDS and names_domain(line.text):
        return -2.0  # "aeon.co Science": a teaser's source label
    score = -0.5
    if line.words <= SHORT_WORDS:
        score -= 0.5
    if line.alone and not line.bullet:
        score += 0.7  # a paragraph of its own: a subhead, a one-line paragraph
    if not line.sentence_end and line.title_case:
        score -= 1.0  # headline-like: menus, other stories' titles
    if line.sentence_end and line.words >= 4:
        score += 0.5  # punctuated like text: a table row, a short sentence
    if line.bullet:
        score -= 1.0
    if line.cta_share >= 0.3:
        score -= 2.0
    if line.repeats > 1:
        score -= 1.0
    return score


# A live blog's entry furniture (its stamps, the names beside them, the share bars between
# entries) scores as a paragraph break does: a little against, so that entries join into one
# run as an article's paragraphs do.
ENTRY_MARK_SCORE = -0.3


def score_lines(lines: list[Line], marks: Collection[int] = ()) -> list[float]:
    """Each line's score, with prose after an article-closing header discounted (`marks`:
    positions of a live blog's entry furniture, see liveblog.py)."""
    raw = [score_line(ln) for ln in lines]
    scores, prose_words, closed = [], 0, False
    for i, ln in enumerate(lines):
        s = raw[i]
        short, first = ln.words <= SHORT_WORDS, ln.text[:1]
        if i in marks and not closed:
            s = ENTRY_MARK_SCORE
        elif short and is_end_start(first) and is_end_marker(ln):
            inline = (
                resumes(lines, raw, i)
                if INLINE_BOX.match(ln.text)
                else resumes_after_box(lines, raw, i)
            ) or opens_article(lines, raw, i, RESUME_SCORE)
            if prose_words >= ARTICLE_BEFORE_END and not inline:
                closed = True
            s = min(s, -3.0)
        elif short and first in SOFT_END_STARTS and SOFT_END_MARKER.match(ln.text):
            s = min(s, -3.0)
        elif ln.boilerplate and "rights reserved" in ln.low:
            closed = closed or prose_words >= ARTICLE_BEFORE_END  # the page's footer
        elif s > 0:
            prose_words += ln.words
            if closed:
                s *= AFTER_END_WEIGHT
        scores.append(s)
    return scores


# An inline "Related" box is followed by the article again within a few lines; a real end by
# lists, comment headers and timestamps.
RESUME_WITHIN = 8
RESUME_SCORE = 3.0
RESUME_LINES = 2


def resumes(lines: list[Line], raw: list[float], at: int) -> bool:
    """Does strong prose follow the header at `at` soon, with no comment timestamp before it?"""
    strong = 0
    for j in range(at + 1, min(len(lines), at + 1 + RESUME_WITHIN)):
        if has_timestamp(lines[j]):
            return False
        strong += raw[j] >= RESUME_SCORE
        if strong >= RESUME_LINES:
            return True
    return False


# Any closing header ("Most popular") may also head a box of links set inside the article:
# then a few short lines (the links) follow it, and after them the article resumes with
# paragraphs one after another.  Teasers straight under the header, a teaser list (short
# lines and prose taking turns) and a comment thread (time stamps) are no such box.
BOX_WITHIN = 20
BOX_MIN_LINKS = 3


def resumes_after_box(lines: list[Line], raw: list[float], at: int) -> bool:
    """Do BOX_MIN_LINKS or more weak lines, then two strong paragraphs in a row, follow the
    header at `at` within BOX_WITHIN lines, with no comment timestamp among them?"""
    run = links = 0
    for j in range(at + 1, min(len(lines), at + 1 + BOX_WITHIN)):
        if has_timestamp(lines[j]):
            return False
        if raw[j] >= RESUME_SCORE:
            run += 1
            if links < BOX_MIN_LINKS:
                return False
            if run >= RESUME_LINES:
                return True
        else:
            run = 0
            links += 1
    return False


def densest_run(scores: list[float]) -> tuple[int, int]:
    """(first, last) positions of the stretch with the largest sum (Kadane); (0, -1) if none."""
    best, best_span = 0.0, (0, -1)
    running, start = 0.0, 0
    for i, s in enumerate(scores):
        if running <= 0:
            running, start = s, i
        else:
            running += s
        if running > best:
            best, best_span = running, (start, i)
    return best_span


def keeps_in_article(line: Line) -> bool:
    """Is a line inside the article run part of the article (not furniture caught in it)?"""
    if line.boilerplate or line.promo or is_url_only(line.text) or is_credit_line(line.text):
        return False
    if is_print_furniture(line) or (line.words <= SHORT_WORDS and SAVED_STAMP.match(line.text)):
        return False
    if line.credit and not SIGN_OFF.match(line.text):
        return False
    if line.text[:1] in IMAGE_DESCRIPTION_STARTS and IMAGE_DESCRIPTION.match(line.text):
        return False
    if line.words <= CONTROL_WORDS and is_player_control(line.text, line.tokens):
        return False
    if is_social_embed(line.text, line.low):
        return False
    if ("/" in line.text or "›" in line.text or "»" in line.text) and is_breadcrumb(
        line.text, line.words
    ):
        return False
    if is_writer_mark(line.text, line.words):
        return False
    if not any(c.isalnum() for c in line.text):
        return False
    if line.words <= SHORT_WORDS and (line.cta_share >= 0.3 or names_domain(line.text)):
        return is_subheading_question(line) or closes_with_more(line) or is_feeling(line)
    return not (line.bullet and line.words <= 3 and line.cta_share > 0)


# The first letters of IMAGE_DESCRIPTION's lines, in either case.
IMAGE_DESCRIPTION_STARTS = frozenset("pPiIaAbB")
