"""Links to other articles that a page sets inside the article's run: the box of links under a
"Related" or "More on" header, the headlines a label promotes ("Read more", "À lire aussi"),
and the article's tags under their label ("Filed Under:"); and a newsletter's sign-up box, a
reader poll and the publisher's plea for support.
article.pick_article drops them.
"""

from __future__ import annotations

import re

from clipper.clean.labels import is_bare_tags_label, is_tag
from clipper.clean.lines import Line
from clipper.clean.pitches import PITCH_KEYS
from clipper.clean.readalso import is_promoted_headline, read_also
from clipper.clean.region import INLINE_BOX, SHORT_WORDS, is_end_marker, is_prose, keeps_in_article


def boxed_links(run: list[Line]) -> set[int]:
    """Positions of the links under a "Related"/"More on" header inside the run, up to the
    next paragraph."""
    out: set[int] = set()
    in_box = False
    for i, ln in enumerate(run):
        if ln.words <= SHORT_WORDS and (is_end_marker(ln) or INLINE_BOX.match(ln.text)):
            in_box = True
        elif is_prose(ln) and not ln.bullet:
            in_box = False
        if in_box:
            out.add(i)
    return out


def promoted_links(run: list[Line]) -> set[int]:
    """Positions of the headlines promoted under a label of their own ("Read more",
    "À lire aussi") inside the run (readalso.is_promoted_headline): the line under it, and
    those in its block or bulleted after that, or after it with no paragraph of the article
    under them (see more_headlines); and of the tags under a label of their own ("Filed
    Under:", one a line: labels.is_tag)."""
    out: set[int] = set()
    label = -1  # the position of the label whose headlines the lines are
    tags = False  # in the tags under a label
    for i in range(1, len(run)):
        above, ln = run[i - 1], run[i]
        if above.promo and read_also(above.text) == "label":
            label = i - 1
        if (
            label >= 0
            and not ln.promo
            and is_promoted_headline(ln.text)
            and (
                i == label + 1
                or ln.bullet
                or ln.block == run[label].block
                or (i - 1 in out and (more_headlines(run, i) or is_like(run[i - 1], ln)))
            )
        ):
            out.add(i)
        else:
            label = -1
        tags = is_tag(ln.text) and (tags or is_bare_tags_label(above.text))
        if tags:
            out.add(i)
    return out


# A line under a promoted headline, both of at least this many words and each with this share
# of the other's words, is another of the label's headlines, though the article goes on under
# it: a subheading of the article is shorter than a headline ("Mixed signals"), or than the
# line above it.
LIKE_WORDS = 6
LIKE_SHARE = 0.75


def is_like(headline: Line, ln: Line) -> bool:
    """Is the line under a promoted headline (itself one in shape, and no paragraph) as long
    as it: another of the label's headlines ("Ancient shipwreck off Turkey yields 'world's
    oldest' glass cargo" / "Greek divers recover bronze statue from Antikythera wreck")?"""
    shorter, longer = sorted((headline.words, ln.words))
    return shorter >= LIKE_WORDS and shorter >= LIKE_SHARE * longer and not is_prose(ln)


# The most headlines a label promotes, one a paragraph, that more_headlines looks over.
PROMOTED_MAX = 6


def more_headlines(run: list[Line], at: int) -> bool:
    """Are the run's lines from `at` on, each a paragraph of its own under a label's first
    promoted headline, more of its headlines: a few lines of headline length, after which
    comes no paragraph of the article (the page's furniture, or the run's end)?  A subheading
    there is followed by its section's paragraphs."""
    end = at
    while end < len(run) and end - at < PROMOTED_MAX and is_promoted_headline(run[end].text):
        if run[end].promo:
            return False
        end += 1
    return end == len(run) or not (is_prose(run[end]) and keeps_in_article(run[end]))


# The e-mail field of a sign-up form, as a dump prints its label or placeholder, in the
# languages news is most read in: "Email address", "Enter your email", "Votre adresse e-mail",
# "Ihre E-Mail-Adresse", "Tu correo electrónico", "Seu e-mail", "Adres e-mail".
EMAIL_FIELD = re.compile(
    r"""(?ix)^\W*(?:
    (?:enter\s+)?(?:your\s+)?e-?mail(?:\s+address)?(?:\s+here)?
    |(?:votre\s+)?(?:adresse\s+)?e-?mail|(?:ihre\s+)?e-?mail(?:-adresse)?
    |(?:tu\s+)?(?:dirección\s+de\s+)?correo(?:\s+electrónico)?|(?:seu\s+)?(?:endereço\s+de\s+)?e-?mail
    |(?:il\s+tuo\s+|la\s+tua\s+)?(?:indirizzo\s+)?e-?mail|(?:twój\s+)?adres\s+e-?mail
    |(?:je\s+)?e-?mailadres|(?:ваш\s+)?(?:e-?mail|электронная\s+почта)|e-posta(?:\s+adresiniz)?
    |(?:din\s+)?e-?postadress|(?:váš\s+)?e-?mail(?:ová\s+adresa)?
    )\W*$"""
)
# The most lines between a newsletter's prompt and its e-mail field (a sentence on what it
# sends, a privacy note), and the most words each has.
SIGNUP_PITCH_LINES = 2
SIGNUP_PITCH_WORDS = 30
# The most words of the form's button under the field ("Subscribe", "Je m'inscris").
SIGNUP_BUTTON_WORDS = 3


def is_email_field(ln: Line) -> bool:
    """Is the line a sign-up form's e-mail field (EMAIL_FIELD)?  ("Email" alone is a share
    bar's button.)"""
    low = ln.low
    return (
        ln.words <= 4
        and ("mail" in low or "почта" in low or "posta" in low)
        and low.strip(" :.-*").replace("-", "") not in ("email", "mail", "eposta", "epost")
        and EMAIL_FIELD.match(ln.text) is not None
    )


def signup_boxes(run: list[Line]) -> set[int]:
    """Positions of a newsletter's sign-up box inside the run: the lines from the prompt
    above it ("Newsletter Bretagne", "Get our local newsletter") to its e-mail field, a
    sentence on what it sends or a privacy note among them, which read as text ("Chaque
    matin, recevez l'essentiel de l'actualité de votre région."), and the button under the
    field."""
    out: set[int] = set()
    for i, ln in enumerate(run):
        if not is_email_field(ln):
            continue
        for k in range(i - 1, max(i - SIGNUP_PITCH_LINES - 2, -1), -1):
            if run[k].promo:
                out.update(range(k + 1, i + 1))
                after = run[i + 1] if i + 1 < len(run) else None
                if after and after.words <= SIGNUP_BUTTON_WORDS and not after.sentence_end:
                    out.add(i + 1)
                break
            if run[k].words > SIGNUP_PITCH_WORDS:
                break
    return out


# A reader poll set in the article: its label, its question, the answers to pick and the
# button, in the languages news is most read in ("Anketa" … "Hlasovat", "Umfrage" …
# "Abstimmen").
POLL_LABEL = re.compile(
    r"(?i)^\W*(?:(?:reader\s+)?poll|umfrage|sondage|encuesta|enquete|sondaggio|ankieta|anketa"
    r"|опрос|анкета|опитування|peiling|omröstning|afstemning|avstemning|kysely|szavazás|anket"
    r"|sondaj|δημοσκόπηση)\W*$"
)
VOTE_BUTTON = re.compile(
    r"(?i)^\W*(?:vote(?:\s+now)?|abstimmen|voter|votar|vota|votare|głosuj|hlasovat|hlasuj"
    r"|голосовать|проголосовать|голосувати|stem|rösta|äänestä|szavazok|oy\s+ver|votează"
    r"|ψηφίστε)\W*$"
)
# The most lines from a poll's label to its button, and the most words of each between.
POLL_MAX_LINES = 10
POLL_LINE_WORDS = 30


def poll_boxes(run: list[Line]) -> set[int]:
    """Positions of a reader poll inside the run: from its label (POLL_LABEL) to its button
    (VOTE_BUTTON), with its question and answers between them."""
    out: set[int] = set()
    for i, ln in enumerate(run):
        if ln.words > 3 or not POLL_LABEL.match(ln.text):
            continue
        for j in range(i + 1, min(len(run), i + POLL_MAX_LINES)):
            if run[j].words > POLL_LINE_WORDS:
                break
            if run[j].words <= 3 and VOTE_BUTTON.match(run[j].text):
                out.update(range(i, j + 1))
                break
    return out


# A box asking readers to support the publication: its heading, a pitch (lines.py marks it:
# "Support PREMIUM TIMES' journalism of integrity and credibility"), over a paragraph in
# which the publication speaks of its journalism as "we" ("At Premium Times, we firmly
# believe in the importance of high-quality journalism. …"), read as text.  The first person
# plural's words, in the languages news is most read in.
WE_WORDS = frozenset(
    "we our us wir unser unsere unseren nous notre nos nosotros nuestro nuestra nuestros "
    "nós nosso nossa noi nostro nostra wij onze ons".split()
)
# The most words the box's heading has.
PITCH_HEADING_WORDS = 15


def pitch_boxes(run: list[Line]) -> set[int]:
    """Positions of the paragraphs under a pitch's heading inside the run (see WE_WORDS)."""
    out: set[int] = set()
    for i, ln in enumerate(run[:-1]):
        if not ln.promo or ln.sentence_end or ln.words > PITCH_HEADING_WORDS:
            continue
        if PITCH_KEYS.isdisjoint(ln.tokens):
            continue
        after = run[i + 1]
        if not PITCH_KEYS.isdisjoint(after.tokens) and not WE_WORDS.isdisjoint(after.tokens):
            out.add(i + 1)
    return out
