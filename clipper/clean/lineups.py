"""A match report's line-ups under its last paragraph: a team's name, a colon and its players
("Ajax: Jaros, Rosa, Sutalo, Baas, …"), one line a team, under a short heading of their own or
none ("Maçın 11'leri", "Line-ups", "Aufstellungen").  They are the article's: its last lines,
which the prose run stops short of as it does of any list of names."""

from __future__ import annotations

from clipper.clean.lines import Line

# The fewest players a line-up names (a team fields eleven; a report may leave some out, or
# give a smaller team's), and the most words one player's name has ("Barış Alper Yılmaz").
LINEUP_MIN_PLAYERS = 7
PLAYER_MAX_WORDS = 4
# The most words of a team's name before the colon, and of the line-ups' heading.
TEAM_MAX_WORDS = 5
HEADING_MAX_WORDS = 5
# A report gives both teams' line-ups (and may add their substitutes and coaches).
LINEUPS_MIN = 2
LINEUPS_MAX = 6


def is_lineup(ln: Line) -> bool:
    """Is the line a team's line-up: its name, a colon and LINEUP_MIN_PLAYERS or more names
    each in capitals, split by commas or semicolons ("Ajax: Jaros, Rosa, Sutalo, …")?"""
    if ln.boilerplate or ln.promo or ln.sentence_end and not ln.text.endswith("."):
        return False
    team, colon, players = ln.text.partition(":")
    if not colon or not team[:1].isupper() or len(team.split()) > TEAM_MAX_WORDS:
        return False
    names = [p.strip(" .()") for p in players.replace(";", ",").split(",")]
    return len(names) >= LINEUP_MIN_PLAYERS and all(
        name[:1].isupper() and len(name.split()) <= PLAYER_MAX_WORDS for name in names
    )


def is_lineups_heading(ln: Line) -> bool:
    """Could the line head the line-ups: a few words, no sentence, no furniture?"""
    return (
        0 < ln.words <= HEADING_MAX_WORDS
        and not ln.sentence_end
        and not ln.text.endswith((":", "!", "?"))
        and not ln.boilerplate
        and not ln.promo
    )


def lineup_lines(lines: list[Line], at: int) -> list[Line]:
    """The line-ups (LINEUPS_MIN or more lines, is_lineup) from position `at` on, under a
    heading there or none; [] when none start there."""
    start = at + 1 if at < len(lines) and is_lineups_heading(lines[at]) else at
    end = start
    while end < len(lines) and end - start < LINEUPS_MAX and is_lineup(lines[end]):
        end += 1
    return lines[at:end] if end - start >= LINEUPS_MIN else []
