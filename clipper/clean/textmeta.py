"""The headline of a text dump: which line, around the article's first, is the article's own
title (not a ticker's, a teaser's, a caption's or a section label).  find_title returns
(position, evidence); the date, author, source and URL finders live in textdate, textauthor
and textsource."""

from __future__ import annotations

import re
from itertools import islice

from clipper.clean.linekinds import (
    is_byline,
    is_clock_under,
    is_name_line,
    is_stamp,
)
from clipper.clean.lines import Line
from clipper.clean.liveblog import LiveBlog
from clipper.clean.names import marked_name
from clipper.clean.pagetext import PageText
from clipper.clean.sectionlabels import KICKER_WORDS, over_sections
from clipper.clean.titleechoes import title_echoes
from clipper.clean.titlefurniture import is_picture_of
from clipper.clean.titlenear import (
    CAPTION_LABEL,
    HEADER_REACH,
    LONG_STANDFIRST_WORDS,
    PARAGRAPH_WORDS,
    TEASER_RUN,
    closes_header,
    has_button,
    in_latin_script,
    in_ticker,
    is_credited_caption,
    is_filler,
    is_headline_in_script,
    is_live_link,
    is_sentence,
    is_sentences,
    is_standfirst,
    is_subtitle,
    is_teaser_list,
    is_ticker,
    is_ticker_over,
    names_under,
    next_in_header,
)
from clipper.clean.titleruns import (
    decks_under,
    is_caption_over_credit,
    is_deck,
    is_other_story,
    is_topic_word,
    summary_under,
    under_a_header,
    word_stems,
    wrapped_rest,
)
from clipper.clean.titleshape import (
    FULL_STOPS,
    is_headline_like,
    is_over_byline,
    is_publication_name,
    is_title_shaped,
)
from clipper.clean.titlesignature import in_signature

# How far before the article's first line the headline may sit (in non-blank lines), and how
# far into the article run (a headline with many stopwords can be taken for prose).
TITLE_LOOKBACK = 60

TITLE_LOOKAHEAD = 12

# Headlines rarely end in a full stop; a line this long that does is a sentence of the text.
SENTENCE_WORDS = 10


# What a live blog's headline says of it, where a headline says it: before its colon ("Storm
# live: …", "Election latest: …", "Budget LIVE Updates: …"), after its dash ("… – as it
# happened", "… – live updates"), at its start ("LIVE: …", "DIRECT. …", "Última hora de …")
# or its end ("…, en directo", "… ao vivo"); "Liveticker", "live blog" anywhere.  Not in a
# standfirst's sentence ("Follow the latest updates as the storm moves east").  Only above the
# first entry of a page found to be a live blog: elsewhere "live" is a word.
LIVE_HEADLINE = re.compile(
    r"(?i)^[^:]{1,80}\b(?:live|latest)(?:\s+updates)?\s*:"
    r"|[–—-]\s*(?:live(?:\s+updates)?|latest(?:\s+updates)?|as\s+it\s+happened)\s*$"
    r"|^(?:live|direct|en\s+directo?|última\s+hora|ultim['’]ora)\b"
    r"|\b(?:en\s+directo?|en\s+vivo|ao\s+vivo|in\s+diretta)\s*$"
    r"|\blive-?ticker\b|\blive\s*blog\b"
)

# What saying so adds to a line's score: more than a standfirst as close to the byline has.
LIVE_CUE = 1.5

# What standing among a live blog's entries (or in its summary) takes off a line's score:
# an entry's headline under its stamp looks like a headline under its dateline (+1.5).
IN_ENTRIES = 2.0


class Header:
    """What the lines around the article's start say about it."""

    title: int | None = None  # position in the line list
    meta_end: int | None = None  # last dateline/byline position right after the title


def find_title(
    lines: list[Line],
    start: int,
    page: PageText | None = None,
    end: int | None = None,
    live: LiveBlog | None = None,
    width: int | None = None,
) -> tuple[int | None, str]:
    """(position, evidence) of the headline, looking around the article's first line.
    (`page`: the lines as a PageText, when the caller has made one; `end`: the article's
    last line, after which no headline stands: a related story's teaser does; `live`: the
    page's live blog, if it is one; `width`: what the dump was hard-wrapped at, if it was.)

    Distances are counted in lines that say something: share buttons, bare bullets and photo
    credits often stand between a headline and its text, and must not push it away."""
    page = page or PageText(lines)
    echoes = title_echoes(lines, page)
    hi = min(len(lines), start + TITLE_LOOKAHEAD, len(lines) if end is None else end + 1)
    for pos in range(start, hi):
        if lines[pos].words >= PARAGRAPH_WORDS and not lines[pos].bullet:
            hi = pos + 1  # a headline never comes after the article's first real paragraph
            break
        if pos > start and is_byline(lines[pos]):
            hi = pos  # nor after the article's byline: what follows is its text
            break
    # The lines that say something, TITLE_LOOKBACK of them before the start, and up to `hi`.
    back = range(start - 1, max(-1, start - TITLE_SCAN_BACK), -1)
    before = list(islice((p for p in back if not is_filler(lines[p])), TITLE_LOOKBACK))
    near = before[::-1] + [p for p in range(start, hi) if not is_filler(lines[p])]
    # What stands under the last candidates, looked at for a byline or a dateline but never a
    # headline itself: a standfirst as long as a short paragraph may part a headline from its
    # byline.  (Under a longer one, a dateline is a quote's source, or the article's.)
    seen = near
    if hi > 0 and lines[hi - 1].words < LONG_STANDFIRST_WORDS:
        after = (p for p in range(hi, len(lines)) if not is_filler(lines[p]))
        seen = near + list(islice(after, HEADER_REACH))
    # A headline's second line, where the page or the wrapper broke it, is part of it: the
    # lines under the headline (its standfirst, its byline) are counted from under that line.
    rests = {p for p in seen if p > 0 and wrapped_rest(lines, p - 1, width) == p}
    rests = {p for p in rests if is_title_shaped(lines[p - 1])}  # (not a byline's end)
    near, seen = [p for p in near if p not in rests], [p for p in seen if p not in rests]
    start_at = len([p for p in before if p not in rests])
    # The words of the article's opening lines that may tell what it is about.
    opening = frozenset(
        t for x in lines[start : start + OPENING_LINES] for t in x.tokens if is_topic_word(t)
    )
    stems = word_stems(opening)  # (and their forms: titleruns.speaks_of)
    latin = in_latin_script(lines[start : start + OPENING_LINES])
    # Whether a line stamps a header (a dateline, a byline, a reading time that closes one):
    # asked of a line for each of the candidates above it, so kept once worked out.
    stamps: dict[int, bool] = {}

    def stamped(pos: int) -> bool:
        if pos not in stamps:
            ln = lines[pos]
            # (A byline its label marks, no "By": "撰文：陳凱琪".)
            marked = ln.words <= BYLINE_WORDS and marked_name(ln.text) is not None
            marked = marked or in_signature(lines, pos)  # a name over its role: "… / Reporter"
            marked = marked or is_picture_of(ln)  # the writer's picture: "Author picture of …"
            stamps[pos] = is_stamp(ln) or is_byline(ln) or closes_header(lines, pos) or marked
        return stamps[pos]

    def standfirst(pos: int, title: Line) -> bool:
        """Is the line at `pos` the standfirst of `title` over it: one as long as a short
        paragraph too, when a byline, a name alone or a dateline follows it, maybe under a
        writer's name and a label ("נועה לנדאו-כהן" / "טור דעה"; a first paragraph has none)."""
        if is_standfirst(lines[pos], title):
            return True
        return is_standfirst(lines[pos], title, most_words=LONG_STANDFIRST_WORDS) and (
            header_follows(pos)
        )

    def signed(pos: int) -> bool:
        """Is the line at `pos` a byline, a dateline or a name alone (one its role marks too:
        "김정환 기자")?"""
        return stamped(pos) or is_name_line(lines[pos])  # (stamped: a name its role marks)

    def header_follows(pos: int) -> bool:
        """Does a byline, a name alone or a dateline follow the line at `pos`, maybe under
        short lines (a name no capitals tell, a label) or the header photo's caption over its
        credit ("Prédio com vários alojamentos …" / "Foto: …")?"""
        nxt = next_in_header(lines, pos)
        for _ in range(HEADER_REACH):
            if nxt is None:
                return False
            if signed(nxt):
                return True
            if is_caption_over_credit(lines, nxt, list(range(max(0, pos - 2), pos))):
                nxt = next_in_header(lines, nxt + 1)  # (past the caption and its credit)
                continue
            if is_credited_caption(lines[nxt]):  # (its credit after it: "… Foto: …")
                nxt = next_in_header(lines, nxt)
                continue
            if lines[nxt].words > BYLINE_WORDS:
                return False
            nxt = next_in_header(lines, nxt)
        return False

    summaries: set[int] = set()  # the points of the summaries under the candidates so far
    best: tuple[float, int | None, str] = (0.0, None, "")
    for k, pos in enumerate(near):
        ln = lines[pos]
        if not is_title_shaped(ln) or (pos > 0 and CAPTION_LABEL.match(lines[pos - 1].text)):
            continue  # (a caption under its label: "Image caption," / "Picket lines were…")
        if in_signature(lines, pos):
            continue  # a writer's name and role: "Francine Kopun" / "City Hall Bureau Chief"
        if pos > 0 and wrapped_rest(lines, pos - 1, width) == pos:
            continue  # the end of a line wrapped onto a second line
        under = seen[k + 1 : k + 1 + HEADER_REACH]
        if not latin and ln.text.isascii() and under and is_headline_in_script(lines[under[0]]):
            continue  # the address made readable, over the headline in the text's script
        if (
            ln.words >= SENTENCE_WORDS
            and ln.text.endswith(FULL_STOPS)
            and not ln.title_case  # "I Replaced My Laptop. Here's What Happened."
            and ln.text not in echoes
            and not (under and is_stamp(lines[under[0]]))
        ):
            # A full sentence: a paragraph of the article, not its headline (unless a
            # dateline follows it at once: "…They just might be." / "Updated Nov 19").
            continue
        # The dateline or byline may stand under the standfirst (one line or two) of a
        # headline in title case, or under a standfirst of sentences, or under the photo's
        # caption.  (Under a line in sentence case, a longer line may as well be the headline
        # under a label: "This article is more than 1 year old".)
        skip = k + 1
        while (
            skip < min(len(seen), k + 3)
            and not stamped(seen[skip])
            and (
                ((ln.title_case or is_sentences(lines[seen[skip]])) and standfirst(seen[skip], ln))
                # (or the header photo's caption over its credit: "Residents protested …" /
                # "Photo: …" / "Nomvula Khumalo")
                or is_caption_over_credit(lines, seen[skip], [pos])
            )
        ):
            skip += 1
        decks = decks_under(lines, pos, stems, start, signed) if skip == k + 1 else 0
        if decks and seen[k + 1 : k + 1 + decks] == list(range(pos + 1, pos + 1 + decks)):
            skip += decks  # (under its decks, over its byline: "외국인 …" / "김정환 기자")
            summaries.update(seen[k + 1 : skip])  # (its byline is the headline's, as a summary's)
        elif skip == k + 1 and under and is_deck(lines, pos, under[0], stems, start):
            skip += 1  # (and under its deck: "Экспорт пшеницы …" / "Аграрии придерживают …")
        reach = seen[skip : skip + HEADER_REACH] if skip > k + 1 else under
        below = [lines[p] for p in reach]
        # (A name without "By" is weaker evidence: it counts only one line closer.)
        summary = summary_under(lines, seen[k + 1 :], ln, stamped)
        summaries.update(summary)
        above_byline = not is_ticker_over(lines, pos, under) and (
            bool(summary)
            or any(map(stamped, over_sections(lines, reach, stamped)))
            or names_under(ln, below, opening)
            # A clock right under a headline is its dateline ("2024-06-12 10:05:21"); under
            # a masthead, it is the page's clock.
            or (bool(under) and is_headline_like(ln) and is_clock_under(lines[under[0]]))
        )
        distance = min(0.08 * abs(k - start_at), FARTHEST)
        score, why = 1.0 - distance, "headline line before the article"
        if ln.text in echoes:
            score, why = score + 5, echoes[ln.text]
        above = [lines[p] for p in near[max(0, k - 2) : k]]
        if not summary and not any(map(stamped, reach)) and under_a_header(lines, near, k, stamped):
            score -= UNDER_HEADER  # a caption under the header's photo, with its credit
        elif is_caption_over_credit(lines, pos, near[max(0, k - CAPTION_REACH) : k]):
            score -= CAPTION  # the header photo's caption over its credit, under the headline
        elif above_byline:
            score += 2.5
            if is_byline(below[0]):
                score += BYLINE_UNDER  # "By ..." right under it: the surest sign
            why = why if ln.text in echoes else "headline above the dateline/byline"
        elif any(is_stamp(x) for x in above):
            score += 1.5
            why = why if ln.text in echoes else "headline under the dateline"
        if ln.words >= 5 and page.low.count(ln.low) > 1:
            score += 1.0  # the page repeats it: in a share prompt, an "Up next", a list
        if ln.words <= 3 or is_name_line(ln) or is_publication_name(ln):
            score -= 3  # section labels ("Politics"), author and publication names, kickers
        if is_credited_caption(ln):
            score -= 1 + CAPTION  # a photo's caption, its credit after it: "… 있다. [이승환 기자]"
        elif ln.text.endswith(FULL_STOPS) and not ln.text.endswith(".."):
            score -= 1  # headlines rarely end in a full stop; captions and teasers do
        elif ln.text.endswith(("…", "...")):
            score -= 1  # a headline cut short, in a teaser or a share prompt
        # A headline and its standfirst may have a kicker between them ("Editorial").
        # A button between two lines ("Learn More" under a banner) parts them.
        nxt = next((p for p in under if lines[p].words > KICKER_WORDS), None)
        last = next(
            (p for p in reversed(near[max(0, k - 2) : k]) if lines[p].words > KICKER_WORDS), None
        )
        # (A ticker's line, "BREAKING: …", may stand over any headline: none is its standfirst.)
        ticker = is_ticker(lines, pos)
        if (
            nxt is not None
            and not ticker
            and (
                standfirst(nxt, ln)
                or is_subtitle(lines, nxt, ln, opening)
                or (pos not in summaries and is_deck(lines, pos, nxt, stems, start))
            )
            and not has_button(lines, pos, nxt)
            and not is_other_story(ln, lines[nxt], stems, apart=nxt != under[0])
        ):
            score += 1.0  # a standfirst (or a deck) follows its headline
        if (
            last is not None
            and is_headline_like(lines[last])
            and not in_ticker(lines, last)
            and (
                standfirst(pos, lines[last])
                or is_subtitle(lines, pos, lines[last], opening)
                or (last not in summaries and is_deck(lines, last, pos, stems, start))
            )
            and not has_button(lines, last, pos)
            and not is_other_story(lines[last], ln, stems, apart=last != near[k - 1])
        ):
            score -= 1.0  # the standfirst (or the deck) of the line above
        if (
            ln.words <= BYLINE_WORDS
            and k > 0
            and under
            and stamped(under[0])
            and lines[near[k - 1]].words > ln.words
            and is_over_byline(lines[near[k - 1]], ln)
            and not is_ticker(lines, near[k - 1])
        ):
            score -= 1.5  # a byline or a place between the headline and its dateline
        if live and pos < live.starts[0] and LIVE_HEADLINE.search(ln.text):
            score += LIVE_CUE  # "Storm Ciarán live: …" over its standfirst, on a live blog
        if not live and is_live_link(ln):
            score -= LIVE_CUE  # another page's live coverage, in a ticker: "EN DIRECTO …"
        if (
            k >= 2
            and ln.text.endswith(FULL_STOPS)
            and is_headline_like(lines[near[k - 2]])
            and standfirst(near[k - 1], lines[near[k - 2]])
        ):
            score -= CAPTION  # the header photo's caption, under the headline and standfirst
        if live and (pos >= live.starts[0] or pos in live.summary):
            score -= IN_ENTRIES  # an entry's headline, under its stamp; a summary's item
        if pos > start and ln.text.isupper() and any(map(is_sentence, lines[start:pos])):
            score -= SHOUTED_SUBHEADING  # a subheading in the text ("EN FAZLA ARTIŞ KONUTTA")
        if pos in summaries:
            score -= IN_SUMMARY  # a point of the summary under the headline
        elif not summary and not decks and is_teaser_list(ln, below[:TEASER_RUN]):
            score -= 1.5  # the first of a list of linked headlines
        if score > best[0]:
            best = (score, pos, why)
    return best[1], best[2]


# What standing under a whole header (a headline, its byline and dateline) takes off a score.
UNDER_HEADER = 2.5

# What being the caption of the header's photo, over its credit, takes off a line's score (it
# gets no credit for the header's byline or dateline around it), and how far above it (in lines
# that say something) the header's headline may stand: over a standfirst, two bylines, a
# dateline and a reading time.
CAPTION = 1.0
CAPTION_REACH = 8

# What shouting under a sentence of the article takes off a line's score: it is a subheading.
SHOUTED_SUBHEADING = 2.0


# What standing in the summary under a headline takes off a point's score: the byline under
# the summary is the headline's.
IN_SUMMARY = 2.5


# A line this short between a longer headline and the dateline under it is a byline or a
# place ("القاهرة – محمد عبد الله", in a script whose names no capitals tell).
BYLINE_WORDS = 4


# How far back from the article's first line the headline is looked for: in lines that say
# something (TITLE_LOOKBACK), and in lines of any kind (TITLE_SCAN_BACK).
TITLE_SCAN_BACK = 120

# How many of the article's first lines say what it is about (in words titleruns.is_topic_word
# tells: not "the", "and", "de", "est").
OPENING_LINES = 3

# The most a candidate's distance from the article's start counts against it: a video
# playlist or gallery may stand between a stamped headline and its article.
FARTHEST = 1.5

# What a "By ..." line right under a headline adds to a dateline or byline within reach.
BYLINE_UNDER = 0.5
