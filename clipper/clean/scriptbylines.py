"""Bylines in scripts without capitals, which the "By" pattern (meta.BYLINE) cannot read: a
byline's label before the names ("بقلم: محمد علي", "מאת: דני כהן", "लेखक: राहुल शर्मा", "โดย
สมชาย ใจดี"), a Taiwanese paper's "記者林怡君／台北報導", and the bylines that open the
article's first line, which stays the article's: Yonhap's "(서울=연합뉴스) 김민준 기자 = …" and
"〔記者林怡君／台北報導〕…".  No clipper module imported here: meta asks these of every
header line."""

from __future__ import annotations

import re
import unicodedata

# A byline's label in Arabic, Persian, Hebrew, Hindi and Thai, before the writer's name: "by
# the pen of", "(he, she) wrote", "writing", "prepared by", "writer", "reporter", "from"
# (Hebrew's "by"), "report", "by"; English "By", "Written by" before such a name ("Written by
# विशाल कुमार | नवभारतटाइम्स.कॉम").  (Not Arabic "تقرير" nor Persian "گزارش", report: a
# headline's label too, "تقرير: الحكومة تخطط", a report: the government plans.)
SCRIPT_LABEL = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتابة|إعداد|به\s+قلم|نویسنده|نوشته|گزارشگر|خبرنگار"
    r"|מאת|כתב|כתבה|लेखक|लेखिका|रिपोर्ट|संवाददाता|โดย|ผู้เขียน"
    r"|(?i:(?:reported|written|posted)\s+by|by))"
    r"(?:\s*[:：/|–-]\s*|\s+)(?P<names>.+)$"
)

# Words joining two writers' names, alone between them: Arabic and Persian "و", Hindi "और",
# Hebrew "ו".  Arabic and Hebrew also write it glued to the second name: "ومحمد".
SCRIPT_JOINS = frozenset(("و", "और", "एवं", "ו"))
GLUED_JOINS = ("و", "ו")

# A desk's name where a byline stands: Thai "ทีมข่าว" (news team), Arabic "فريق التحرير"
# (the editorial team), Persian "گروه خبر" (news group).
DESKS = ("ทีมข่าว", "กองบรรณาธิการ", "فريق التحرير", "گروه ")

# A writer's name in such a script has two to this many words ("محمد عبد الله"); a byline
# names at most MAX_NAMES writers.
NAME_WORDS = 3
MAX_NAMES = 3


# A writer's name and their role after a bar: Persian "مریم رحیمی | خبرنگار" (reporter),
# Arabic "محمد علي | مراسل", Hebrew "דני כהן | כתב".
ROLE_AFTER = re.compile(
    r"^(?P<names>[^|]+?)\s*\|\s*(?:خبرنگار|نویسنده|مراسل|محرر|כתב|כתבת|संवाददाता)$"
)


def labelled_names(text: str) -> str | None:
    """The names after a byline's label in a script without capitals, parted by commas ("كتب:
    أحمد حسن ومحمد علي" -> "أحمد حسن, محمد علي"), without a place or a date after a comma or a dash
    ("रिपोर्ट: राहुल शर्मा, नई दिल्ली" -> "राहुल शर्मा"), before the writer's role ("مریم
    رحیمی | خبرنگار" -> "مریم رحیمی"), or a Taiwanese paper's reporter
    ("記者林怡君／台北報導" -> "林怡君"); None for any other line."""
    if text.isascii():
        return None  # (no name in a script without capitals: asked of every byline, quickly)
    found = SCRIPT_LABEL.match(text) or ROLE_AFTER.match(text)
    if not found:
        return reporter_names(text)
    names, *after = AFTER_NAMES.split(found["names"].strip(" .،,"), maxsplit=1)
    if names.startswith(DESKS):
        return None  # Thai "ทีมข่าวภูมิภาค ไทยรัฐออนไลน์": the regional news team, no writer
    writers = uncased_names(names.split())
    if writers and after:
        writers += arabic_comma_names(found["names"], len(writers))
    # (Parted by commas, as the agencies print them: "שני אשכנזי ואסף גלעד": "שני אשכנזי,
    # אסף גלעד".)
    return ", ".join(writers) if writers else None


# What Arabic script parts two writers' names with: its comma, "محمد السيد، إيمان مبروك".
ARABIC_COMMA = re.compile(r"\s*،\s*")

# The first word of a place of two words in Arabic script, which a byline may print after a
# comma: "شرم الشيخ", "أبو ظبي", "الدار البيضاء" (the article "ال" begins most places' names,
# few persons' first names), "بور سعيد", "كفر الشيخ", "بني سويف", "رأس الخيمة".
PLACE_FIRST = ("ال", "شرم", "أبو", "ابو", "بور", "كفر", "بني", "رأس", "راس", "عين", "تل", "دير")


def arabic_comma_names(text: str, have: int) -> list[str]:
    """The other writers' names after the first's in a byline parting them by the Arabic
    comma, each of two or three words and no place's ("كتب: محمد السيد، إيمان مبروك"); none
    when any part is no such name (a place, a date)."""
    parts = ARABIC_COMMA.split(text.strip(" .،"))[1:]
    if not parts or have + len(parts) > MAX_NAMES:
        return []
    more: list[str] = []
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= NAME_WORDS or words[0].startswith(PLACE_FIRST):
            return []
        if uncased_names(words) != [part]:
            return []
        more.append(part)
    return more


# What parts the names from a place or a date after them: a comma, a dash, a bar, a number.
AFTER_NAMES = re.compile(r"\s*[,،|]\s*|\s+[–—-]\s+|\s+(?=\d)")


def are_uncased_names(words: list[str]) -> bool:
    """Are the words one to MAX_NAMES writers' names of two to NAME_WORDS words each, in a
    script without capitals, joined by "و" ("أحمد حسن ومحمد علي")?  Not a sentence: "كتب
    أحمد حسن في صحيفة …" (Ahmed Hassan wrote in a paper …) is one name too long.  (Not joined
    by a comma: after one a byline prints the place, "राहुल शर्मा, नई दिल्ली", which nothing
    tells from a second name.)"""
    return uncased_names(words) is not None


def uncased_names(words: list[str]) -> list[str] | None:
    """The writers' names of are_uncased_names, each as printed, the "و" joining them left
    out ("أحمد حسن ومحمد علي": "أحمد حسن", "محمد علي"); None when the words are no such
    names."""
    names: list[list[str]] = [[]]
    for word in words:
        if not uncased_word(word):
            return None
        if word in SCRIPT_JOINS:
            names.append([])
        elif len(names[-1]) >= 2 and word.startswith(GLUED_JOINS) and len(word) > 3:
            names.append([word[1:]])
        else:
            names[-1].append(word)
    if len(names) > MAX_NAMES or not all(2 <= len(name) <= NAME_WORDS for name in names):
        return None
    return [" ".join(name) for name in names]


def joined_uncased_names(text: str) -> str | None:
    """Two or three writers' names alone on a line in a script without capitals, joined by
    "و" ("נועה שפירא ועמית כהן": "נועה שפירא, עמית כהן", parted by commas as the agencies
    print them); None for any other line, one name included.  Like uncased_name, the caller
    must know the line stands where a byline does."""
    names = None if text.isascii() else uncased_names(text.split())
    return ", ".join(names) if names and len(names) > 1 else None


def uncased_word(word: str) -> bool:
    """A word of letters of a script without capitals, their marks written on them included
    (Devanagari's "ा", Arabic's vowel signs), and no number."""
    return all(
        (c.isalpha() and c.upper() == c.lower()) or unicodedata.category(c).startswith("M")
        for c in word.strip("،,")
    )


# A Taiwanese or Hong Kong paper's byline: the reporter's role, their names, a slash and the
# place they report from ("記者林怡君／台北報導", "記者林怡君、王小明／台北報導", "記者林怡君／
# 綜合報導").
_CJK_NAME = r"[\u3400-\u9fff]{2,4}"
REPORTER_BYLINE = re.compile(
    r"^[〔［\[【（(]?\s*(?:記者|记者)\s*(?P<names>" + _CJK_NAME + r"(?:[、,，]" + _CJK_NAME + r")*)"
    r"\s*[／/]\s*[\u3400-\u9fff]{1,8}(?:報導|报道|電|电)\s*(?P<close>[〕］\]】）)])?"
)


# The paper's name may come first: "聯合報／ 記者林大明／台北即時報導".
PAPER_FIRST = re.compile(r"^[\u3400-\u9fff]{2,6}\s*[／/]\s*(?=記者|记者)")

# A mainland paper's byline: its name, "reporter" and the names after spaces ("澎湃新闻记者 王欣
# 陈思远").  (A photo's credit ends with "图" or "摄": "澎湃新闻记者 陈思远 图".)
PAPER_REPORTERS = re.compile(
    r"^[\u3400-\u9fff]{2,8}?(?:記者|记者)\s+(?P<names>"
    + _CJK_NAME
    + r"(?:\s+"
    + _CJK_NAME
    + r"){0,3})$"
)

# An agency's dispatch: "中央社記者林怡君台北5日電", the reporter's name run on with the place it
# was sent from (a name of three characters is read first: most are).
DISPATCH_BYLINE = re.compile(
    r"^[（(]?\s*[\u3400-\u9fff]{0,6}?(?:記者|记者)(?P<names>[\u3400-\u9fff]{3}|[\u3400-\u9fff]{2})"
    r"[\u3400-\u9fff]{2,4}\d{1,2}日(?:電|电)\s*(?P<close>[）)])?"
)


def reporter_names(text: str) -> str | None:
    """The names of a Chinese-language paper's byline that is the whole line ("記者林怡君／台北
    報導", "聯合報／ 記者林大明／台北即時報導", "澎湃新闻记者 王欣 陈思远", "中央社記者林怡君台北
    5日電")."""
    text = PAPER_FIRST.sub("", text.strip())
    found = REPORTER_BYLINE.match(text) or DISPATCH_BYLINE.match(text)
    if found and found.end() == len(text):
        return found["names"]
    found = PAPER_REPORTERS.match(text)
    return "、".join(found["names"].split()) if found else None


# Yonhap's byline opening the text: the place and the agency in brackets, the reporters'
# names and their role, an equals sign: "(서울=연합뉴스) 김민준 기자 = …", "(서울=연합뉴스)
# 김민준 이수진 기자 = …".  Other Korean agencies and papers print the same.
AGENCY_LEAD = re.compile(
    r"^[(\[（【]\s*[^()\[\]（）【】=]{1,12}=\s*[^()\[\]（）【】=]{1,16}[)\]）】]\s*"
    r"(?P<names>[가-힣]{2,4}(?:[ ,·]\s*[가-힣]{2,4}){0,3})\s*(?:기자|특파원)\s*="
)


# Xinhua's dispatch opening the text, the reporters in brackets after it: "新华社北京3月5日电
# （记者张伟、李明）…".
DISPATCH_LEAD = re.compile(
    r"^\S{2,24}电\s*[（(]\s*记者\s*(?P<names>" + _CJK_NAME + r"(?:[、,，\s]\s*" + _CJK_NAME + r")*)"
    r"\s*[）)]"
)

# A Japanese paper's correspondent opening the text: "【ワシントン＝山田太郎】…" (the place, an
# equals sign, the name).
CORRESPONDENT_LEAD = re.compile(r"^【[^【】=＝]{1,12}[=＝](?P<names>[\u3400-\u9fff]{2,5})】")


def lead_names(text: str) -> str | None:
    """The writers a byline opening the article's first line names, the line staying the
    article's: "(서울=연합뉴스) 김민준 기자 = 본문…" -> "김민준", "〔記者林怡君／台北報導〕本文…"
    -> "林怡君", "新华社北京3月5日电（记者张伟、李明）…" -> "张伟、李明", "【ワシントン＝山田
    太郎】…" -> "山田太郎"."""
    found = AGENCY_LEAD.match(text)
    if found:
        return ", ".join(re.split(r"\s*[ ,·]\s*", found["names"].strip()))
    reporter = REPORTER_BYLINE.match(text)
    if reporter and reporter["close"]:
        return "、".join(re.split(r"[、,，]", reporter["names"]))
    agency = DISPATCH_BYLINE.match(text)
    if agency and agency["close"]:
        return agency["names"]
    dispatch = DISPATCH_LEAD.match(text) or CORRESPONDENT_LEAD.match(text)
    return "、".join(re.split(r"[、,，\s]+", dispatch["names"])) if dispatch else None


# Chinese writers' names listed alone on a line, parted by "、", as Taiwanese papers print
# them under the date ("陳人齊、張穎齊"): names of three characters, as most are (a list of
# places, "台北、新北", has names of two).
LISTED_NAMES = re.compile(r"^[\u4e00-\u9fff]{3}(?:、[\u4e00-\u9fff]{3}){1,3}$")


def listed_names(text: str) -> str | None:
    """The names of a line that lists only two to four Chinese writers' names ("陳人齊、張穎齊"),
    as printed; None otherwise.  The caller must know the line stands where a byline does."""
    return text if LISTED_NAMES.match(text) else None
