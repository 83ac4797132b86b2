"""Lines that stand where a headline does and read like one, but are something else: a label
and its value ("Source: Reuters", "Lesezeit: 3 Min."), a photo's caption ending in its credit
("… in «les Sentinelles». (Pyramide Films)", "…＝鹿児島県で、渡辺健太撮影"), a byline after the
paper's name ("聯合報／ 記者林大明／台北即時報導"), the page's furniture (titlefurniture.py:
"We value your privacy").  titleshape asks these of a line that has passed its cheaper tests.
"""

from __future__ import annotations

import re

from clipper.clean import meta
from clipper.clean.lines import Line
from clipper.clean.titlefurniture import is_furniture_heading, is_timed_item

# Labels whose value follows a colon on the same line, in the languages the cleaner reads:
# the story's source ("Source:", "Quelle:", "Fuente:", "Джерело:", "Извор:", "منبع:") and
# its reading time ("Reading time:", "Lesezeit:", "Lecture :", "زمان مطالعه:").  A headline
# may open with a word and a colon ("Budget 2026: …", "Κακοκαιρία: …"), but never with these.
VALUE_LABEL = re.compile(
    r"""(?ix)^\(?(?:sources?|quellen?|fuentes?|fontes?|źródło|kaynak|bron|источник|джерело
    |извор|izvor|източник|vir|zdroj|forrás|surs[aă]|šaltinis|lähde|källa|kilde|sumber
    |πηγή|المصدر|مصدر|منبع|מקור|स्रोत|출처|来源|來源|出典|ที่มา|nguồn
    |read(?:ing)?\s+time|lesezeit|lesedauer|lecture|temps\s+de\s+lecture|tiempo\s+de\s+lectura
    |tempo\s+de\s+leitura|tempo\s+di\s+lettura|время\s+чтения|час\s+читання|czas\s+czytania
    |okuma\s+süresi|lästid|leestijd|زمان\s+مطالعه|مدة\s+القراءة|זמן\s+קריאה)\s*[:：]"""
)

# The first letters of VALUE_LABEL's lines, lower-cased: a line that starts otherwise is
# spared the pattern (the headline finder asks about many lines).
VALUE_LABEL_STARTS = frozenset("(sqfźkbиджπامזמस출来來出ทnrltвчcozزivš")

# A photo's caption that ends in its credit: a sentence, then the credit in brackets ("…
# dans «les Sentinelles». (Pyramide Films)"), or in Japanese and Chinese the photographer
# and "took it", after the "＝" that parts a Japanese caption from its place and date, or
# after a reporter's role ("…＝鹿児島県南種子町で、渡辺健太撮影", "…记者 张伟 摄",
# "…記者林大明／攝影").  (A headline may end in the word: "新作映画、京都で撮影".)
CAPTION_TAIL = re.compile(
    r"[.!?][\"'”’»]?\s*\([^()]{2,60}\)$|[＝=].*、[^、]{2,12}撮影[)）]?$|[记記]者.{1,12}[摄攝]影?[)）]?$"
)

# A caption whose last sentence is followed by its photographer's name after the word for a
# photo, with no colon or brackets, as Dutch and German papers print it ("Een thuisbatterij in
# een woning in Utrecht. Foto Olivier Middendorp", "… in Berlin. Foto ANP"), a surname's
# particles in lower case ("Foto Pieter van Dam"), or after the word for "by" ("… jijini Dar es
# Salaam. Picha na Maktaba", "… à Paris. Photo par Jean Dupont").
PHOTOGRAPHER_TAIL = re.compile(
    r"[.!?][\"'”’»]?\s+(?:Foto|Photo|Picture|Bild|Fotó|Фото|Picha)\s+"
    r"(?:(?:by|na|par|de|di|von|av|door|od)\s+)?"
    r"(?:(?:[A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*|van|von|de|der|den|ter|ten|da|di|du|le|la)\s){0,4}"
    r"[A-ZÀ-ÖØ-ÞА-Я][\w.'’-]*$"
)
# The words for a photo PHOTOGRAPHER_TAIL looks for, one of which the line must hold.
PHOTO_WORDS = (" Foto ", " Photo ", " Picture ", " Bild ", " Fotó ", " Фото ", " Picha ")

# The separators between a paper's name and its byline ("聯合報／ 記者林大明／台北即時報導").
PAPER_SEPARATORS = ("／", "/")


def is_foil(ln: Line) -> bool:
    """Is the line a label and its value, a caption ending in its credit, a byline after the
    paper's name or a ticker's item after its time: never the headline?"""
    text = ln.text
    if (
        ("：" in text or ":" in text)
        and ln.low[:1] in VALUE_LABEL_STARTS
        and VALUE_LABEL.match(text) is not None
    ):
        return True
    if text.endswith((")", "影", "摄", "攝", "）")) and CAPTION_TAIL.search(text):
        return True
    if any(w in text for w in PHOTO_WORDS) and PHOTOGRAPHER_TAIL.search(text[-90:]):
        return True
    if ln.cjk and is_paper_byline(text):
        return True
    if is_timed_item(ln):
        return True  # a ticker's item: "17:02 Временска прогноза: …"
    return is_furniture_heading(ln)  # "We value your privacy", "Today's e-Edition"


def is_paper_byline(text: str) -> bool:
    """A byline after the name of the paper and a slash: "聯合報／ 記者林大明／台北即時報導"."""
    for sep in PAPER_SEPARATORS:
        paper, found, rest = text.partition(sep)
        if found and len(paper.strip()) <= PAPER_CHARS and rest.strip():
            return meta.author_from_byline(rest.strip()) is not None
    return False


# The longest paper's name before a byline, in characters.
PAPER_CHARS = 12
