"""A match report's facts under its last paragraph: the teams' line-ups (a team's name, a colon
and its players: "Ajax: Jaros, Rosa, Sutalo, Baas, …"), its scorers ("Scorers – Limerick: A
Gilleece 1-7 (5f), D Reidy 0-4, …"), the result with its sets' or periods' scores ("Jastrzębski
Węgiel – Kalisz 2:3 (25:23, 22:25, …)") and its officials, best player and crowd under a
label ("Referee: J Keenan (Wicklow).", "MVP: Szymon Kaczmarczyk"), one line each, under a
short heading of their own or none ("Maçın 11'leri", "Line-ups", "Aufstellungen"), maybe
after a box of links to other reports ("Read more" over two headlines).  They are the
article's: its last lines, which the prose run stops short of as it does of any list of
names."""

from __future__ import annotations

import re

from clipper.clean.lines import Line
from clipper.clean.region import SOFT_END_MARKER

# The fewest players a line-up names (a team fields eleven; a report may leave some out, or
# give a smaller team's), and the most words one player's name has ("Barış Alper Yılmaz").
LINEUP_MIN_PLAYERS = 7
PLAYER_MAX_WORDS = 4
# The fewest scorers a line names when each has a score ("Kane 23, Saka 67").
SCORERS_MIN = 2
# The most words of a team's name before the colon, and of the facts' heading.
TEAM_MAX_WORDS = 5
HEADING_MAX_WORDS = 5
# A report gives both teams' line-ups (and may add their substitutes and coaches), or the
# result and a fact or two: at least two lines of facts.
LINEUPS_MIN = 2
LINEUPS_MAX = 8
# A box of links between the last paragraph and the facts: its label and up to this many
# headlines.
BOX_LINKS_MAX = 3
HEADLINE_MAX_WORDS = 20

# A player's score after the name ("1-7", "0-4", "23'", "45+2'"), and notes in brackets ("(5f)").
PLAYER_SCORE = re.compile(r"\s+\d[\d'’:+-]*$")
NOTE_IN_BRACKETS = re.compile(r"\s*\([^)]*\)?")
# A label of a match's official, best player or crowd, in the languages sport is most read in.
FACT_LABEL = re.compile(
    r"""(?ix)^(?:referee|umpires?|officials?|mvp|man\s+of\s+the\s+match|player\s+of\s+the\s+match
    |attendance|crowd|venue|schiedsrichter(?:in)?|zuschauer|spieler\s+des\s+spiels|arbitre
    |spectateurs|homme\s+du\s+match|árbitro|espectadores|arbitro|spettatori|scheidsrechter
    |toeschouwers|sędzia|sędziowie|widzów|widzowie|hakem|seyirci|rozhodčí|diváci|судья|зрители)\s*[:–—-]\s*\S"""
)
# The most words of a labelled fact, and characters of a result.
FACT_MAX_WORDS = 12
RESULT_MAX_CHARS = 120
# A result: two teams' names and the score, maybe with the sets' or periods' scores in brackets
# ("Jastrzębski Węgiel – Kalisz 2:3 (25:23, …)", "Limerick 1-22 Cork 0-23").
_TEAM = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
_SCORE = r"\d{1,3}(?:\s*[:–-]\s*\d{1,3})?"
RESULT = re.compile(
    rf"^{_TEAM}\s+[–—-]\s+{_TEAM},?\s+\d{{1,3}}\s*[:–-]\s*\d{{1,3}}(?:\s*\([^)]*\))?\.?$"
    rf"|^{_TEAM}\s+{_SCORE}\s*[,–—-]?\s+{_TEAM}\s+{_SCORE}\.?$"
)


def is_lineup(ln: Line) -> bool:
    """Is the line a team's line-up: its name, a colon and LINEUP_MIN_PLAYERS or more names
    each in capitals, split by commas or semicolons ("Ajax: Jaros, Rosa, Sutalo, …"), or its
    scorers, each name with a score (SCORERS_MIN or more: "Cork: P Horan 0-9 (7f), …")?"""
    if ln.boilerplate or ln.promo or ln.sentence_end and not ln.text.endswith("."):
        return False
    team, colon, players = ln.text.partition(":")
    if not colon or not team[:1].isupper() or len(team.split()) > TEAM_MAX_WORDS:
        return False
    names = [NOTE_IN_BRACKETS.sub("", p).strip(" .") for p in players.replace(";", ",").split(",")]
    scored = [PLAYER_SCORE.sub("", name) for name in names]
    each_scored = all(PLAYER_SCORE.search(name) for name in names)
    least = SCORERS_MIN if each_scored else LINEUP_MIN_PLAYERS
    return len(names) >= least and all(
        name[:1].isupper() and len(name.split()) <= PLAYER_MAX_WORDS for name in scored
    )


def is_match_fact(ln: Line) -> bool:
    """Is the line one of a match's facts: a line-up or the scorers (is_lineup), the result
    (RESULT) or a labelled fact (FACT_LABEL)?"""
    if ln.boilerplate or ln.promo:
        return False
    if len(ln.text) <= RESULT_MAX_CHARS and RESULT.match(ln.text):
        return True
    return (ln.words <= FACT_MAX_WORDS and FACT_LABEL.match(ln.text) is not None) or is_lineup(ln)


def is_lineups_heading(ln: Line) -> bool:
    """Could the line head the facts: a few words, no sentence, no furniture?"""
    return (
        0 < ln.words <= HEADING_MAX_WORDS
        and not ln.sentence_end
        and not ln.text.endswith((":", "!", "?"))
        and not ln.boilerplate
        and not ln.promo
    )


def lineup_lines(lines: list[Line], at: int) -> list[Line]:
    """The match's facts (LINEUPS_MIN or more lines, is_match_fact) from position `at` on,
    under a heading there or none, or after a box of links there ("Read more" over a few
    headlines, left out); [] when none start there.  (A heading the first fact opens with is
    a tab's label said again, "Scorers" over "Scorers – Limerick: …": left out too.)"""
    if at < len(lines) and SOFT_END_MARKER.match(lines[at].text) and lines[at].words <= 3:
        for start in range(at + 1, min(len(lines), at + 2 + BOX_LINKS_MAX)):
            facts = facts_at(lines, start)
            if facts or lines[start].sentence_end or lines[start].words > HEADLINE_MAX_WORDS:
                return facts
        return []
    return facts_at(lines, at)


def facts_at(lines: list[Line], at: int) -> list[Line]:
    """The facts from position `at` on, under a heading there or none (see lineup_lines)."""
    start = at + 1 if at < len(lines) and is_lineups_heading(lines[at]) else at
    end = start
    while end < len(lines) and end - start < LINEUPS_MAX and is_match_fact(lines[end]):
        end += 1
    if end - start < LINEUPS_MIN:
        return []
    if start > at and lines[start].text.startswith(lines[at].text):
        return lines[start:end]
    return lines[at:end]
