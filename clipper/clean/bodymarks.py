"""Short lines a page sets inside or right under the article that are about it, not of it: the
path to it (a breadcrumb, "News / Cities / Bengaluru News / …"), its writer's name with their
role ("مریم رحیمی | خبرنگار", reporter) or under a writer's label ("ผู้เขียน: ทีมข่าวภูมิภาค",
author: the regional desk), and the agency's mark that closes a wire story ("© dpa"), which
is the story's, as its "Reporting by …" is.  region.keeps_in_article and closing.py ask.
"""

from __future__ import annotations

import re

from clipper.clean.names import ROLE_WORDS

# What separates a breadcrumb's steps; a breadcrumb has at least BREADCRUMB_STEPS of them, each
# but the last (the headline, maybe) of up to BREADCRUMB_STEP_WORDS words, a name's or a
# section's (a capital, or a script without capitals: not "5% / 3% / 2%").
BREADCRUMB_SEPARATORS = (" / ", " > ", " › ", " » ")
BREADCRUMB_STEPS = 3
BREADCRUMB_STEP_WORDS = 4
# The most words a breadcrumb has, its last step included.
BREADCRUMB_WORDS = 40


def is_breadcrumb(text: str, words: int) -> bool:
    """Is the line a breadcrumb: the page's path, step by step ("News / Cities / Bengaluru
    News / Bengaluru Metro's Yellow Line sees record …")?  (`words`: how many it has.)"""
    if words > BREADCRUMB_WORDS:
        return False
    for separator in BREADCRUMB_SEPARATORS:
        if separator in text:
            steps = text.split(separator)
            if len(steps) >= BREADCRUMB_STEPS and all(map(is_step, steps[:-1])):
                return True
    return False


def is_step(step: str) -> bool:
    """Could `step` be a breadcrumb's step: a few words, the first a capital's or a word of a
    script without capitals?"""
    first = step[:1]
    return (
        0 < len(step.split()) <= BREADCRUMB_STEP_WORDS
        and first.isalpha()
        and (first.isupper() or first == first.lower() == first.upper())
    )


# A reporter's role in the languages whose pages print it after the name, as one word: Persian,
# Arabic, Hebrew, Hindi, Thai, Chinese, Japanese, Korean, Turkish (the cased languages' are
# names.ROLE_WORDS).
UNCASED_ROLE_WORDS = frozenset(
    "خبرنگار روزنامه‌نگار دبیر گزارشگر مراسل مراسلة محرر محررة صحفي صحفية כתב כתבת "
    "עורך עורכת संवाददाता रिपोर्टर पत्रकार ผู้สื่อข่าว นักข่าว 记者 記者 기자 특파원 muhabir".split()
)
# The most words a side of a "name | role" line has.
NAME_ROLE_WORDS = 4

# A writer's label over a name or a desk, the whole of a short line: "Author: …", "ผู้เขียน: …"
# ("Text:" and "Fotos:" are left to the credits).
WRITER_LABEL = re.compile(
    r"""(?i)^(?:author|written\s+by|autor|autora|auteur|autore|auteurs|yazar|автор|αρθρογράφος
    |نویسنده|الكاتب|כותב|כותבת|लेखक|ผู้เขียน|作者|글쓴이|tác\s+giả|penulis)\s*[:：]\s*\S""",
    re.X,
)
# The most words a WRITER_LABEL line has.
WRITER_LABEL_WORDS = 10


def is_writer_mark(text: str, words: int) -> bool:
    """Is the short line a writer's name with their role ("Name | reporter") or under a
    writer's label (WRITER_LABEL), not a line of the article?"""
    if words > WRITER_LABEL_WORDS:
        return False
    if " | " in text:
        sides = text.split(" | ")
        if len(sides) == 2 and all(0 < len(s.split()) <= NAME_ROLE_WORDS for s in sides):
            roles = ROLE_WORDS | UNCASED_ROLE_WORDS
            return any(s.split()[-1].lower() in roles for s in sides)
    return (":" in text or "：" in text) and WRITER_LABEL.match(text) is not None


# The agency's mark closing a wire story: "© dpa", "© AFP", "© APA/dpa", an agency's short
# name in small letters or capitals ("© 2025 Example Media" is the site's, and "© Regan" a
# blogger's).
AGENCY_MARK = re.compile(r"^©\s?(?:[a-z]{2,6}|[A-Z]{2,6})(?:[/-](?:[a-z]{2,9}|[A-Z]{2,6}))*$")


def is_agency_mark(text: str) -> bool:
    """Is the line an agency's mark closing a wire story (AGENCY_MARK)?"""
    return text[:1] == "©" and AGENCY_MARK.match(text) is not None
