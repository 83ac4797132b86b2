"""The article's edges in a text dump, where the prose run errs: what it stops short of that is
the article's (a wire sign-off, a match's facts; over its start: openings.py), and
what it takes that is not (a summary box over the first paragraph, the writer's bio and
contacts, a broadcaster's note under the last).  article.pick_article asks; the words of each
kind are here."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from operator import attrgetter

from clipper.clean.bodymarks import is_agency_mark
from clipper.clean.lines import Line
from clipper.clean.lineups import lineup_lines
from clipper.clean.region import (
    CJK_PROSE_WORDS,
    SHORT_WORDS,
    SIGN_OFF,
    WIRE_CREDIT,
    has_timestamp,
    is_prose,
    keeps_in_article,
    score_line,
)
from clipper.clean.shortlines import closes_with_more, is_feeling, is_verdict

# A sign-off may take a few lines ("Reporting by …" over "Editing by …"); it starts within
# this many lines of the run's last paragraph.
SIGN_OFF_REACH = 2
SIGN_OFF_LINES = 3


def sign_off_lines(lines: list[Line], last: int) -> list[Line]:
    """The wire sign-off (SIGN_OFF) within SIGN_OFF_REACH lines after the run's last line
    `last`, with the sign-off lines right under it."""
    for at in range(last + 1, min(len(lines), last + 1 + SIGN_OFF_REACH)):
        if is_sign_off(lines[at]):
            taken = [lines[at]]
            for ln in lines[at + 1 : at + SIGN_OFF_LINES]:
                if not is_sign_off(ln):
                    break
                taken.append(ln)
            return taken
    return []


def is_sign_off(ln: Line) -> bool:
    """Is the line a wire sign-off (SIGN_OFF) or the agency's mark ("© dpa")?  (Not a pitch
    in brackets: "(This story … is published from a syndicated feed.)")"""
    if ln.promo:
        return False
    return (not ln.boilerplate and SIGN_OFF.match(ln.text) is not None) or is_agency_mark(ln.text)


def agency_mark_after(lines: list[Line], final: Line) -> list[Line]:
    """The agency's mark ("© dpa") right under the article's last line `final`, when the run
    went on past it (over the agency's note, "Dieser Text wurde automatisiert …"); else none."""
    at = bisect_right(lines, final.index, key=attrgetter("index"))
    return [lines[at]] if at < len(lines) and is_agency_mark(lines[at].text) else []


def end_at_wire_credit(chosen: list[Line]) -> list[Line]:
    """The article's lines up to its wire credit (WIRE_CREDIT), when only short lines, no
    paragraph, follow it ("Our Standards: The Thomson Reuters Trust Principles.")."""
    for at in range(len(chosen) - 1, 0, -1):
        ln = chosen[at]
        if WIRE_CREDIT.match(ln.text):
            return chosen[: at + 1]
        if is_prose(ln):
            break
    return chosen


# The most short closing lines taken after the run's last paragraph.
CLOSING_LINES = 2


def closing_lines(lines: list[Line], last: int, marks: Collection[int] = ()) -> list[Line]:
    """The article's last short sentences, which the prose run stops short of ("Stay safe.",
    "Why?"): up to CLOSING_LINES lines right after its last paragraph, each a sentence of a
    few words that keeps_in_article keeps, when what follows them is no more text (the page's
    furniture, or its end).  None is a live blog's entry furniture (`marks`: "Link copied!").
    A match report's line-ups there are its last lines too (lineups.py)."""
    lineups = lineup_lines(lines, last + 1)
    if lineups:
        return lineups
    taken: list[Line] = []
    for at, ln in enumerate(lines[last + 1 : last + 2 + CLOSING_LINES], start=last + 1):
        if len(taken) < CLOSING_LINES and at not in marks and is_closing_line(ln):
            taken.append(ln)
        else:
            return [] if score_line(ln) > 0 else taken
    return taken


def is_closing_line(ln: Line) -> bool:
    """A sentence of a few words that may close an article: no button, link, credit or stamp.
    (In Chinese or Japanese, a sentence too short to read as prose: "大雪は7日にかけて続く
    見込みだ。")"""
    return (
        0 < ln.words <= (CJK_PROSE_WORDS - 1 if ln.cjk else SHORT_WORDS)
        and any(c.isalpha() for c in ln.text)
        and (
            ln.text.rstrip("\"'”’»)」』")[-1:] in (".", "!", "?", "。", "！", "？")
            or is_verdict(ln)  # "Calificación: FALSO"
        )
        and not ln.text.endswith("...")
        and not ln.bullet
        and (ln.cta_share == 0 or closes_with_more(ln) or is_feeling(ln))
        and not ln.credit
        and not has_timestamp(ln)
        and not YEAR_IN.search(ln.text)  # "Retrieved March 9, 2024.": a stamp, not a sentence
        and keeps_in_article(ln)
    )


# A year standing in a line.
YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A box of the story's main points over its first paragraph ("Key points:", "Das Wichtigste
# in Kürze"): it repeats the article, and the extraction benchmark's truth leaves it out.
SUMMARY_LABEL = re.compile(
    r"(?i)^(?:key\s+(?:points|takeaways|facts)|highlights|at\s+a\s+glance|in\s+brief|in\s+short"
    r"|the\s+big\s+picture|das\s+wichtigste(?:\s+in\s+kürze)?|auf\s+einen\s+blick|in\s+kürze"
    r"|l['’]essentiel|en\s+bref|ce\s+qu['’]il\s+faut\s+retenir|lo\s+(?:más\s+)?importante"
    r"|claves|en\s+resumen|in\s+sintesi|i\s+punti\s+chiave|em\s+resumo|pontos[-\s]chave"
    r"|quick\s+read|(?:ai\s+|article\s+|story\s+)?summary|tl;\s*dr|zusammenfassung|résumé|resumen"
    r"|riassunto|resumo|samenvatting|podsumowanie|shrnutí|özet|коротко|ملخص|सारांश)\s*:?$"
)
# A note that the box's summary was written by a machine: "Summary is AI-generated,
# newsroom-reviewed", "This summary was generated by AI", "AI-generated summary",
# "Zusammenfassung von KI erstellt", "Résumé généré par l'IA", "Resumen generado por IA".  Its
# points may be sentences: those of up to AI_POINT_WORDS words under it are the box's.
AI_NOTE = re.compile(
    r"""(?ix)^\W*(?:
    (?:this\s+)?(?:summary|overview|key\s+points|highlights)\s+(?:is|was|has\s+been|are|were)\s+
      (?:ai[-\s]generated|generated\s+(?:by|with|using)\s+(?:an?\s+)?(?:ai|artificial\s+intelligence))
    |ai[-\s]generated\s+(?:summary|highlights|key\s+points)
    |(?:zusammenfassung\s+)?(?:ki-generiert|(?:von|mit)\s+(?:einer\s+)?ki\s+(?:erstellt|generiert))
    |(?:résumé\s+)?généré\s+(?:par|avec)\s+(?:l['’]\s*)?ia
    |(?:resumen\s+)?generado\s+(?:por|con)\s+(?:la\s+)?ia
    |(?:riassunto\s+)?generato\s+(?:dall['’]\s*|con\s+l['’]\s*|da\s+)ia
    |(?:resumo\s+)?gerado\s+(?:por|com|pela)\s+(?:a\s+)?ia
    |(?:samenvatting\s+)?gegenereerd\s+(?:door|met)\s+ai
    |(?:podsumowanie\s+)?wygenerowane\s+(?:przez|przy\s+pomocy)\s+(?:ai|sztuczn)
    )\b.{0,60}$"""
)
AI_POINT_WORDS = 20
AI_MAX_POINTS = 5
# The box's label sits within this many lines over or under the run's first line, and holds
# up to this many points (each a bullet, or a line of up to SUMMARY_ITEM_WORDS words without
# a full stop, as a copy-paste gives a list).
SUMMARY_REACH = 8
SUMMARY_MAX_ITEMS = 8
SUMMARY_ITEM_WORDS = 40


def after_summary_box(lines: list[Line], first: int, last: int) -> int:
    """Where the article starts when a summary box (SUMMARY_LABEL) opens the run (`first`,
    `last`): under the box's last point; else `first`.  Only furniture may stand between the
    run's first line and the label, and a paragraph must follow the points."""
    first = after_ai_summary(lines, first, last)
    start = max(0, first - SUMMARY_REACH)
    for at in range(start, min(last, first + SUMMARY_REACH)):
        ln = lines[at]
        if at >= first and is_prose(ln) and ln.sentence_end and keeps_in_article(ln):
            return first  # the article began before any label (a caption ends in a credit)
        if ln.words > 6 or not SUMMARY_LABEL.match(ln.text):
            continue
        end = boxed_points_end(lines, at, last)
        if end is None:
            end = at + 1
            while end <= last and end - at <= SUMMARY_MAX_ITEMS and is_summary_point(lines[end]):
                end += 1
        if end == at + 1 or end > last or not is_prose(lines[end]):
            return first
        return max(first, end)  # (a box over the run's start moves it no higher)
    return first


AI_NOTE_WORDS = 14


def ai_points_end(lines: list[Line], at: int, last: int) -> int:
    """Where the points under a machine-written summary's note at `at` end: at the first
    paragraph longer than a point, after one to AI_MAX_POINTS of them; `at` + 1 (no points)
    when more, or no paragraph up to `last`, follow."""
    end = at + 1
    while end <= last and end - at <= AI_MAX_POINTS + 1 and lines[end].words <= AI_POINT_WORDS:
        end += 1
    if end <= last and end - at <= AI_MAX_POINTS + 1 and is_prose(lines[end]):
        return end
    return at + 1


# The words for a machine's intelligence one of which every AI_NOTE holds.
AI_WORDS = frozenset("ai ki ia intelligence sztuczną sztucznej sztuczna".split())


def is_ai_note(ln: Line) -> bool:
    """Is the line a note that a summary was written by a machine (AI_NOTE)?"""
    return (
        ln.words <= AI_NOTE_WORDS
        and not AI_WORDS.isdisjoint(ln.tokens)
        and AI_NOTE.match(ln.text) is not None
    )


def ai_summary_box(run: list[Line]) -> set[int]:
    """Positions (within the run) of a machine-written summary's box: its note (AI_NOTE), the
    label over it and the points under it (ai_points_end)."""
    out: set[int] = set()
    for at, ln in enumerate(run):
        if is_ai_note(ln):
            out.update(range(at, ai_points_end(run, at, len(run) - 1)))
            if at and run[at - 1].words <= 6 and SUMMARY_LABEL.match(run[at - 1].text):
                out.add(at - 1)
    return out


def after_ai_summary(lines: list[Line], first: int, last: int) -> int:
    """Where the article starts when the run (`first`, `last`) starts inside the points of a
    machine-written summary whose note stands over it: under the points; else `first`."""
    for at in range(max(0, first - SUMMARY_REACH), first):
        if is_ai_note(lines[at]):
            return max(first, ai_points_end(lines, at, last))
    return first


def boxed_points_end(lines: list[Line], at: int, last: int) -> int | None:
    """Where the box under the label at `at` ends when the box is a block of its own: its
    points short sentences, maybe under headings of their own ("What's next?"), up to a
    blank line; None when the label's block goes on past SUMMARY_MAX_ITEMS lines or `last`."""
    block = lines[at].block
    for end in range(at + 1, min(last + 1, at + 2 + SUMMARY_MAX_ITEMS)):
        if lines[end].block != block:
            return end if end > at + 1 else None
        if lines[end].words > SUMMARY_ITEM_WORDS:
            return None
    return None


def is_summary_point(ln: Line) -> bool:
    return ln.bullet or (not ln.sentence_end and 2 <= ln.words <= SUMMARY_ITEM_WORDS)


# A box of the story's main points without a label, as a copy of the page gives it: a few
# short sentences over the first paragraph, each said again by the article below ("Diesel
# spending at open-cycle gas turbines has halved since April." over "… cut spending on diesel
# for its open-cycle gas turbines by half since April.").  An article may open with short
# paragraphs too, which the rest goes on to tell; so the box is taken only when it holds at
# least REPEATED_POINTS_MIN points of up to REPEATED_POINT_WORDS words, each a sentence whose
# words (REPEATED_SHARE of them, stopwords aside) the article repeats, under which come
# at least REPEATED_REST_WORDS words of the article, and whose first paragraph under the box
# shares more of its words with the headline than any point does (a short lede restates the
# headline; a box's points are details).
REPEATED_POINTS_MIN = 3
REPEATED_POINT_WORDS = 15
REPEATED_SHARE = 0.5
REPEATED_REST_WORDS = 100
# A sentence inside a line: a full stop, then a capital or a quote.
INNER_SENTENCE = re.compile(r"[.!?]\s+[\"“‘'(]?[A-Z]")


def after_repeated_points(lines: list[Line], first: int, last: int, headline: str | None) -> int:
    """Where the article starts when a box of points the article repeats, unlabelled (see
    REPEATED_POINTS_MIN), opens the run (`first`, `last`): under its last point; else
    `first`.  (`headline`: the article's, for telling a short lede from a box.)"""
    end = first
    while end <= last and end - first < SUMMARY_MAX_ITEMS and is_point_sentence(lines[end]):
        end += 1
    if end - first < REPEATED_POINTS_MIN or end > last or not lines[first].stops:
        return first
    rest = lines[end : last + 1]
    if sum(ln.words for ln in rest) < REPEATED_REST_WORDS or not is_prose(rest[0]):
        return first
    told = {t for ln in rest for t in ln.tokens}
    points = lines[first:end]
    for ln in points:
        words = content_words(ln)
        if not words or sum(w in told for w in words) < REPEATED_SHARE * len(words):
            return first
    titled = set(re.findall(r"\w+", (headline or "").lower()))
    lede = headline_share(rest[0], titled)
    return end if all(headline_share(ln, titled) < lede for ln in points) else first


def is_point_sentence(ln: Line) -> bool:
    """Could the line be a summary box's point: one short sentence of the article's?"""
    return (
        ln.words <= REPEATED_POINT_WORDS
        and not ln.cjk
        and ln.text.rstrip("\"'”’»)")[-1:] in (".", "!", "?")
        and INNER_SENTENCE.search(ln.text) is None
        and keeps_in_article(ln)
    )


def content_words(ln: Line) -> list[str]:
    """The line's words but its language's stopwords."""
    return [t for t in ln.tokens if t not in ln.stops and (len(t) > 2 or t.isdigit())]


def headline_share(ln: Line, titled: set[str]) -> float:
    """The share of the line's content words that the headline (`titled`: its words) holds."""
    words = content_words(ln)
    return sum(w in titled for w in words) / len(words) if words else 0.0


# A note on the writer under the article, in place of an "About the author" box: who they are
# and what they cover ("Boak covers the White House and economic policy for The Associated
# Press.", "Mike Hadley covers city government for the Courier.", "Miller is the White House
# news director for AP.", "Anja Heuser ist Korrespondentin im ARD-Hauptstadtstudio.").  It
# starts with the person's name; the verb and role say it is a bio.
_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|di|del|la|le)){0,3})"
_ROLE = (
    r"(?i:writer|reporter|editor|correspondent|journalist|columnist|contributor|producer"
    r"|critic|photographer|photojournalist|director|chief|anchor|host|blogger|author"
    r"|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|reporter(?:in)?|autor(?:in)?"
    r"|journaliste|correspondante?|rédact(?:eur|rice)|chroniqueu(?:r|se)|periodista"
    r"|corresponsal|redactora?|reporter[oa]|columnista|giornalista|corrispondente"
    r"|redatt(?:ore|rice)|jornalista|correspondente|repórter|colunista)\b"
)
BIO = re.compile(
    _NAME + r"\s+(?:"
    r"covers\b|has\s+covered\b|reports\s+on\b|writes\s+(?:about|on|for)\b|is\s+based\s+in\b"
    r"|(?:is|was|ist|war|est|es|è|é)\s+(?:a|an|the|ein|eine|un|une|una|uno|il|la|le|el|o|\S+['’]s)?"
    r"\s*(?:[\w'’-]+\s+){0,6}?" + _ROLE + r"|(?:ist|est|es|è|é)\s+" + _ROLE + r")"
)
# A line that says how to reach the writer ("Contact the author at …", "Reach him at 570-…",
# "Email her at …", "Kontakt zur Autorin: …").
CONTACT = re.compile(
    r"(?i)^(?:contact|reach|email|e-mail|write\s+to|follow)\s+(?:the\s+(?:author|writer|reporter)s?"
    r"|him|her|them|me|us)\b|^\w+(?:\s+\w+)?\s+(?:can|may)\s+be\s+reached\b"
    r"|^kontakt\s+zu[mr]\s+autor(?:in)?\b"
)
# A broadcaster's note that a programme covered the story ("Über dieses Thema berichtete
# tagesschau24 am 23. September 2024 um 12:00 Uhr.", "This story aired on CBS Mornings.").
BROADCAST_NOTE = re.compile(
    r"(?i)^(?:über\s+dieses\s+thema\s+berichtete|dieses\s+thema\s+im\s+programm\b"
    r"|this\s+(?:story|report|segment|interview|piece)\s+(?:was\s+|first\s+)*"
    r"(?:aired|broadcast|featured)\s+on\b|a\s+version\s+of\s+this\s+(?:story|report)\s+"
    r"(?:first\s+)?(?:aired|was\s+broadcast)\b)"
)
# A bio is short.
BIO_MAX_WORDS = 45
# A name line over a bio ("JOSH BOAK") holds up to this many words.
NAME_LINE_WORDS = 4


def drop_writer_notes(chosen: list[Line], writers: str | None) -> list[Line]:
    """The article's lines without what follows its wire credit, nor the notes on its writers
    and the broadcaster's note at its end: each a bio (BIO) about a name of the byline
    (`writers`) or of the line over it, with that name line; a contact line (CONTACT); a
    BROADCAST_NOTE.  A line that is none of
    these ends the search: the article's own last paragraph stays, whoever it names."""
    chosen = end_at_wire_credit(chosen)
    known = name_words(writers or "")
    end = len(chosen)
    while end > 1:
        ln = chosen[end - 1]
        if CONTACT.match(ln.text) or BROADCAST_NOTE.match(ln.text):
            end -= 1
            continue
        m = BIO.match(ln.text) if ln.words <= BIO_MAX_WORDS else None
        if m is None:
            break
        named = name_words(m["name"])
        over = chosen[end - 2]
        if end > 2 and is_name_line(over) and named & name_words(over.text):
            end -= 2  # the bio and the name line over it
        elif named & known:
            end -= 1
        else:
            break
    return chosen[:end]


def name_words(text: str) -> set[str]:
    """The lower-cased words of a name or names, of three letters or more."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.lower())}


def is_name_line(ln: Line) -> bool:
    """A line that is a person's name alone, as "JOSH BOAK" over a bio."""
    words = ln.text.split()
    return (
        0 < len(words) <= NAME_LINE_WORDS
        and not ln.sentence_end
        and all(w[:1].isupper() for w in words)
    )
