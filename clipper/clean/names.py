"""What a person's name looks like on a line of its own, as a byline without its "By" prints
it: "Juan Pérez", "Helena Horton Environment reporter", "Bailey Schulz, USA TODAY", "राहुल शर्मा".
The line tests (linekinds) and the author finder (textauthor) ask these of a few header lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from clipper.clean.meta import AFFILIATION, NAME_JOIN_WORDS, OTHER_JOIN_WORDS

# Lower-case words a name holds between its capitalised ones: "Ana de la Torre", "Ursula von
# der Leyen", "Omar bin Laden".
NAME_PARTICLES = frozenset(
    "van von der den de del della di da das do dos du des le la bin ibn al".split()
)

# Words no name holds: the function words of the languages whose pages we read most, which
# start a label or a headline in title case ("The Startup", "Our Team", "How It Works", "Sign
# In", "Customize Your Weather").  (The pages' stoplists are lists of frequent words, which
# hold first names too: "john", "juan", "hans".)
NOT_IN_NAMES = frozenset(
    """
    the a an of to in on at for from with by about into over after before under between through
    without this that these those there here what which who whom whose why how when where is
    are was were be been has have had do does did not no all any some more most other such only
    so than too very can could should would must shall our ours your yours my mine his her hers
    their theirs its we you they he she it me us them him if or but as up out off just also now
    new get see read sign log
    der die das ein eine und mit von zu im vom zum zur für auf aus bei nach über unter wie was
    wer wo ist sind war ihr ihre unser unsere mein meine sie wir es
    le la un une des du au aux et en pour par sur avec sans dans ce cette ces qui que quoi
    où est sont votre vos notre nos mon ma mes
    el los las una unos unas y con sin por para sobre como qué quién es son su sus tu tus
    nuestro nuestra mi mis
    il gli di da dei della delle nel nella per tra fra che chi è sono
    o os as um uma do dos das no na nos nas em com sem por pelo pela seu sua seus suas você
    het een en van voor met op uit bij naar over onder wat wie waar hoe
    ο η οι το τα του της των τον την τους και από
    av af door oleh
    """.split()
)

# Words joining two writers' names on one line: "Lisa Kaczke and Trevor J. Mitchell", "Иван
# Петров и Олег Сидоров" (those the byline pattern reads, and "&").
NAME_JOINS = frozenset(["&", *NAME_JOIN_WORDS, *OTHER_JOIN_WORDS])

# A name has two to this many capitalised words (particles and initials aside): more are a
# headline in title case ("Miguel Bernal North Diving").
MAX_NAME_WORDS = 3

# The word a reporter's role ends in, after their name: "Helena Horton Environment reporter",
# "Tom Krisher, AP Auto Writer", "Anja Heuser, Korrespondentin".
ROLE_WORDS = frozenset(
    "reporter correspondent editor writer columnist contributor journalist staff critic"
    " redakteur redakteurin korrespondent korrespondentin journaliste correspondant"
    " redactor redactora corresponsal periodista giornalista inviato inviata repórter"
    " jornalista colunista dziennikarz dziennikarka redaktorka reporterka korespondentka"
    " muhabir muhabiri verslaggever redacteur корреспондент корреспондентка журналист"
    " журналистка обозреватель редактор кореспондент кореспондентка журналіст журналістка"
    " оглядач δημοσιογράφος ανταποκριτής συντάκτης".split()
)

# Words of the signatures that name no one: "Staff Report", "Editorial Board", "News Desk".
BYLINE_WORDS = frozenset("report reports editorial board desk team newsroom bureau wire".split())

# A capitalised word before a capitalised role that is a rank or a desk, no part of the name:
# "Jane Doe Senior Writer" (but "Adam Clark Estes Writer": the name has three words).
ROLE_RANKS = frozenset(
    "staff senior special chief contributing deputy associate managing executive political"
    " foreign business sports science health education environment technology tech economics"
    " auto".split()
)

# News agencies a byline names after its writer without a comma: "Tom Davies Associated Press".
AGENCIES = (
    r"(?:(?:The\s)?Associated\sPress|Press\sAssociation|Reuters|AFP|AP|Bloomberg|dpa|EFE|ANSA"
    r"|Kyodo(?:\sNews)?|Xinhua|Yonhap|PTI|IANS|ANI|TNN)"
)
AGENCY_TAIL = re.compile(r"\s" + AGENCIES + "$")

# A publication in capitals after a name and a comma: "Bailey Schulz, USA TODAY".
CAPITALS_TAIL = re.compile(r"^[A-Z][A-Z.&-]+(?:\s+[A-Z][A-Z.&-]+){0,2}$")

# A broadcaster's desk after a name and a comma: "ARD-Hauptstadtstudio", "WDR-Studio Köln".
# (Not any single word: "Baton Rouge, La." is a place.)
DESK_TAIL = re.compile(r"^[A-Z]{2,}-\w[\w-]*(?:\s+\w+)?$")

AGE_TAIL = re.compile(r"^\d{1,3}$")

# A nickname in quotes between a first name and a surname: 'Robert "Bud" Kline'.
NICKNAME = re.compile(r"^[\"“'‘][^\W\d_][\w'’-]*[\"”'’]$")


def person_name(text: str, stops: Collection[str] = ()) -> tuple[str, str] | None:
    """(the name or names, what follows them: "", "role" or "age") when the line holds only
    people's names in a cased script ("Marta Quintana, Ian O'Brien and Ana Ruiz"), maybe with
    their role, agency or publication after them ("Helena Horton Environment reporter":
    "Helena Horton"); else None.  A word after a name's first that is one of the page
    language's frequent words (`stops`, lower-case) makes it no name: "Defensive Line".  (The
    first may be: those lists hold first names, "john", "juan".)  Names in capitals are
    given in their own case (see shouted_name)."""
    if SHOUTED_WORD.match(text) and text.split()[0].isupper():
        return shouted_name(text, stops)
    return cased_person_name(text, stops)


# A line's first word in capitals, as some bylines print their writers: "JOSH BOAK".
SHOUTED_WORD = re.compile(r"^[^\W\d_]{2,}(?:['’-][^\W\d_]+)*\s")


def shouted_name(text: str, stops: Collection[str]) -> tuple[str, str] | None:
    """person_name of a line in capitals, its names in their own case: "JOSH BOAK and ZEKE
    MILLER", "VICTOR TANGERMANN, FUTURISM" ("Victor Tangermann", the publication left out).
    Only with a second name or a publication after it: one name in capitals alone is as
    likely a label in capitals ("TODAY'S PAPER", "CHINA TOPIX")."""
    head, comma, tail = text.rpartition(",")
    if comma and head.isupper():
        found = cased_person_name(f"{own_case(head)}, {tail.strip()}", stops)
        if found and found[1] == "role":
            return found
    if not text.isupper() and not any(w in NAME_JOINS for w in text.split()):
        return None  # (a line in title case after a first word in capitals: "USA Today")
    found = cased_person_name(own_case(text), stops)
    several = found and ("," in found[0] or any(w in NAME_JOINS for w in found[0].split()))
    return found if several else None


def own_case(names: str) -> str:
    """Names printed in capitals in their own case: "JOSH BOAK and ZEKE MILLER" -> "Josh Boak
    and Zeke Miller", "IAN O'BRIEN" -> "Ian O'Brien", "ANA DE LA TORRE" -> "Ana de la Torre",
    "Jean DUPONT" -> "Jean Dupont".  A name of one word stays as printed: "AFP" is an agency.
    What capitals hide is guessed the commonest way: a particle inside a name is in lower
    case, and "Mc" takes a capital after it ("McDonald": nearly every Mc- name does), "Mac"
    does not ("MACDONALD" -> "Macdonald": Macdonald and MacDonald are both spelt, and Mack,
    Macy and Machado are no Mac- names); a reader can fix the one, not undo capitals."""
    out = []
    for part in re.split(r"(\s*,\s*|\s+(?:and|AND|&|und|UND|et|ET|y|Y|e|E)\s+)", names):
        words = part.split()
        if len(words) < 2 or any(c.isdigit() for c in part):
            out.append(part.lower() if part.strip().lower() in NAME_JOINS else part)
            continue
        out.append(" ".join(own_case_word(w, i > 0) for i, w in enumerate(words)))
    return "".join(out)


def own_case_word(word: str, inside: bool) -> str:
    """A word of a name in its own case if it is in capitals (initials kept: "J.R.")."""
    if not word.isupper() or is_initial(word) or len(word) < 2:
        return word
    if inside and word.lower() in NAME_PARTICLES:
        return word.lower()
    cased = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)
    if cased.startswith("Mc") and len(cased) > 3:
        cased = "Mc" + cased[2:].capitalize()
    return cased


def cased_person_name(text: str, stops: Collection[str] = ()) -> tuple[str, str] | None:
    """person_name of a line in a cased script written as names are, not in capitals."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) > MAX_NAMES + 1:
        return None
    kind = ""
    # (An agency's name is shaped as a person's: "Tom Davies, Associated Press".)
    if len(parts) > 1 and (not are_names(parts[-1], stops) or AFFILIATION.match(parts[-1])):
        kind = comma_tail(parts.pop()) or ""
        if not kind:
            return None
    elif len(parts) == 1:
        words = parts[0].split()
        cut = role_start(parts[0], words)
        if cut < len(words):
            kind, parts = "role", [" ".join(words[:cut])]
    if not all(are_names(part, stops) for part in parts):
        return None
    return ", ".join(parts), kind


# A line names at most this many writers.
MAX_NAMES = 4


def are_names(text: str, stops: Collection[str]) -> bool:
    """Is the text one person's name, or two joined by "and" ("Lisa Kaczke and Trevor J.
    Mitchell")?"""
    names: list[list[str]] = [[]]
    for word in text.split():
        # (Another language's join in small letters only: "Dan", "Ja" and "I" begin names.)
        if (word in NAME_JOINS or word.lower() in NAME_JOIN_WORDS) and names[-1]:
            names.append([])
        else:
            names[-1].append(word)
    return all(is_names_words(name, stops) for name in names)


def comma_tail(tail: str) -> str | None:
    """What a line's words after a name and a comma are, if a byline's: "age" ("Helen M.
    Garrity, 91", in a list of obituaries), "role" (a role, an agency, a publication)."""
    if AGE_TAIL.match(tail):
        return "age"
    words = tail.split()
    if not words or len(words) > MAX_NAME_WORDS + 1:
        return None
    if words[-1].lower() in ROLE_WORDS or AFFILIATION.match(tail) or CAPITALS_TAIL.match(tail):
        return "role"
    return "role" if DESK_TAIL.match(tail) else None


def role_start(head: str, words: list[str]) -> int:
    """Where a role or an agency after a name begins, without a comma between them (the
    words' count when there is none): "Helena Horton Environment reporter" (a desk in
    capitals, then lower case), "Jane Doe Senior Writer", "Tom Davies Associated Press"."""
    agency = AGENCY_TAIL.search(head)
    if agency:
        return len(head[: agency.start()].split())
    if len(words) < 3 or words[-1].lower() not in ROLE_WORDS:
        return len(words)
    if words[-1].islower():
        # The role starts at its last capitalised word: "… Horton Environment reporter".
        first = max(i for i, w in enumerate(words) if not w.islower())
        return first if all(w.islower() for w in words[first + 1 :]) else len(words)
    return len(words) - 2 if words[-2].lower() in ROLE_RANKS else len(words) - 1


def is_names_words(words: list[str], stops: Collection[str] = ()) -> bool:
    """Are these the words of one person's name: two or three capitalised words, with initials,
    particles or a nickname between them?"""
    if not words or not is_name_word(words[-1]):
        return False
    if not is_name_word(words[0]) and not (len(words[0]) == 2 and is_initial(words[0])):
        return False  # (a first name's initial may start it: "L. Frank Baum", "Н. Матић")
    capitalised = 0
    # (A name with Latin letters beyond Western Europe's is of a language whose names those
    # function words may be: Vietnamese "Nguyễn Văn An".)
    function_words: Collection[str] = () if any(map(EXTENDED_LATIN.search, words)) else NOT_IN_NAMES
    # (Turkish "Can" is a given name, though a frequent word too: inside a name, or in one
    # with letters beyond ASCII, "Mehmet Can Öztürk", "Can Dündar".)
    if "Can" in words and (words[0] != "Can" or not all(map(str.isascii, words))):
        function_words = set(function_words) - {"can"}
        stops = set(stops) - {"can"}
    for at, word in enumerate(words):
        if 0 < at < len(words) - 1 and word.lower() in NAME_PARTICLES:
            continue  # a particle in capitals inside a name: "Gwenaëlle Le Bihan", "Ana De Luca"
        if is_name_word(word):
            low = word.lower()
            if low in function_words or low in ROLE_WORDS or low in BYLINE_WORDS:
                return False  # ("Staff Writer", "Editorial Board" name nobody)
            if low.endswith(("'s", "’s")):
                return False  # a possessive: "Editor's Picks", "Women's Health"
            if capitalised and low in stops:
                return False
            capitalised += 1
        elif not (is_initial(word) or word in NAME_PARTICLES or NICKNAME.match(word)):
            return False
    # (Or a first name's initial and the surname, as papers sign: Serbian "Н. Матић".)
    return 2 <= capitalised <= MAX_NAME_WORDS or (
        capitalised == 1 and len(words) == 2 and len(words[0]) == 2 and is_initial(words[0])
    )


# Latin letters beyond Latin-1: Vietnamese "ễ", "ă", "ư", "đ", Polish "ł", Turkish "ğ".
EXTENDED_LATIN = re.compile("[\u0100-\u024f\u1e00-\u1eff]")


def is_name_word(word: str) -> bool:
    """A capitalised word in a cased script, not in capitals: "Pérez", "O'Brien", "McDonald",
    "Jean-Luc"; not "AddThis" or "Self-Indicting"."""
    return (
        len(word) >= 2
        and word[0].isupper()
        and any(c.islower() for c in word)
        and all(c.isalpha() or c in "'’-" for c in word)
        and all(inner_capital_fits(word, i) for i, c in enumerate(word) if i and c.isupper())
        and (word.isascii() or one_script(word))
    )


# Where a name has a capital inside it: after these starts ("McDonald", "DeArdo", "LeBron").
INNER_CAPITAL_STARTS = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz")

# Words before a hyphen that make a compound word, not a double name: "Self-Indicting".
HYPHEN_PREFIXES = frozenset(
    "self anti non pro post pre ex co re mid semi multi well all half cross counter ultra"
    " super over under out one two three".split()
)


def inner_capital_fits(word: str, at: int) -> bool:
    """May a name have a capital at `at` inside it: after an apostrophe ("O'Brien"), a hyphen
    ("Jean-Luc", but not "Self-Indicting"), or a prefix of INNER_CAPITAL_STARTS?"""
    before = word[:at]
    if before[-1] in "'’":
        return True
    if before[-1] == "-":
        return before[:-1].rsplit("-", 1)[-1].lower() not in HYPHEN_PREFIXES
    return before in INNER_CAPITAL_STARTS


def one_script(word: str) -> bool:
    """Are the word's letters of one script?  A name's are; a word with a Greek or Turkish
    letter among Latin ones ("Cςity") is garbled text."""
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in word if c.isalpha()}
    return len(scripts) == 1


def is_initial(word: str) -> bool:
    """A name's initial: "L.", "J.R."."""
    return len(word) >= 2 and all(
        c.isupper() if i % 2 == 0 else c == "." for i, c in enumerate(word)
    )


# Words of the labels a header prints by its date in Arabic, Persian, Hebrew and Hindi: "last
# updated", "published", "minutes' read", "share", "source", and a column's kind under the
# writer's name: "opinion", "article", "column", "note", "blog" (Hebrew "טור דעה", an opinion
# column, is no name).
UNCASED_LABEL_WORDS = frozenset(
    """
    آخر تحديث نشر تاريخ منذ دقيقة دقائق قراءة شارك مشاركة حفظ اقرأ المصدر بتوقيت رأي مقال
    انتشار بروزرسانی زمان مطالعه دقیقه منبع یادداشت
    עודכן פורסם עדכון דקות קריאה שתף טור דעה
    अपडेटेड अपडेट प्रकाशित पढ़ें मिनट समय तारीख शेयर स्रोत राय ब्लॉग
    """.split()
)


def uncased_name(text: str) -> str | None:
    """The name in a line of a script without capitals that holds only two or three words, or
    a place, a dash and such a name ("القاهرة – محمد عبد الله"), or one word that a reporter's
    role or a byline's label marks ("김민수 기자", "记者：张伟": see marked_name); None for any
    other line, and for a date stamp's label ("آخر تحديث", last updated).  Nothing else in the
    words tells a name from a place or a label: the caller must know the line stands where a
    byline does."""
    marked = marked_name(text)
    if marked:
        return marked
    parts = re.split(r"\s+[–—-]\s+", text)
    if len(parts) > 2 or (len(parts) == 2 and len(parts[0].split()) > 3):
        return None
    words = parts[-1].split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    for word in words:
        if word in UNCASED_LABEL_WORDS or any(c.isdigit() or c.upper() != c.lower() for c in word):
            return None
        # (A vowel sign or mark written on a letter, Devanagari's "ा" or "्", is part of it; a
        # hyphen joins a double surname: "לנדאו-כהן".)
        letters = word[:1] + word[1:-1].replace("-", "") + word[-1:]
        if not all(c.isalpha() or unicodedata.category(c).startswith("M") for c in letters):
            return None
    return parts[-1]


# A reporter's role by the name in Chinese, Japanese and Korean, which write a name without
# spaces: "记者 张伟" (reporter), "山本健一 編集委員" (senior staff writer), "김민수 기자".  (Not
# "编辑", the editor: "责任编辑：李明" signs the page, not the story.)
UNCASED_ROLES = (
    "本报记者|特约记者|记者|記者|編集委員|論説委員|特派員|特派员|通讯员|기자|특파원|논설위원"
)
UNCASED_ROLE = re.compile(r"^(?:" + UNCASED_ROLES + r")$")
GLUED_ROLE = re.compile(r"^(?P<name>[\u3400-\u9fff]{2,4})(?:" + UNCASED_ROLES + r")$")

# A byline's label before the name, with a colon or a slash: "记者：张伟", "文／张伟" (text),
# "作者：张伟" (author), "執筆：山本健一", "글/김민수" (writing).
UNCASED_LABEL = re.compile(
    r"^(?:" + UNCASED_ROLES + r"|文|作者|撰文|撰稿|執筆|글)\s*[：:／/]\s*(?P<name>\S+)$"
)

# What such a byline holds around the name: brackets ("[한빛일보 김민수 기자]"), the writer's
# address ("김민수 기자 kim@hanbit.co.kr").
AROUND_NAME = re.compile(r"[\[\]【】（）()]|\S+@\S+")

# Such a name has at most this many characters: "欧阳明华", "남궁민수".
UNCASED_NAME_CHARS = 5


def marked_name(text: str) -> str | None:
    """A name of one word that a reporter's role or a byline's label marks: "记者 张伟",
    "김민수 기자", "山本健一記者", "记者：张伟", "[한빛일보 김민수 기자]" (the paper's name
    before it), "김민수 기자 kim@hanbit.co.kr"."""
    words = AROUND_NAME.sub(" ", text).split()
    name = None
    if len(words) == 1:
        found = GLUED_ROLE.match(words[0]) or UNCASED_LABEL.match(words[0])
        name = found["name"] if found else None
    elif len(words) == 2 and (UNCASED_LABEL.match(" ".join(words)) or UNCASED_ROLE.match(words[0])):
        name = words[1]
    elif 2 <= len(words) <= 3 and UNCASED_ROLE.match(words[-1]):
        name = words[-2]
    if not name or len(name) > UNCASED_NAME_CHARS or UNCASED_ROLE.match(name):
        return None
    return name if all(c.isalpha() and c.upper() == c.lower() for c in name) else None
