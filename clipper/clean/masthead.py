"""The name a text dump prints as its own brand: the masthead at the top of the page and the
suffix of its headline ("Headline - Corriere della Sera"), each taken only when the page bears
it out (owners.py tells whether a copyright line names a company owning publications).

A copyright line often names the owner ("Ediciones EL PAÍS", "HT Digital Streams", "RCS
Mediagroup"); the reader cites the paper, which the page prints at its top."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from clipper.clean import sources
from clipper.clean.echoednames import is_credited, named_in_footer
from clipper.clean.labels import is_skip_link
from clipper.clean.linekinds import TICKER_LABEL, is_dateline
from clipper.clean.lines import Line
from clipper.clean.pagetext import PageText
from clipper.clean.quotednames import is_quoted
from clipper.clean.vocab import CTA_WORDS, SECTION_WORDS

if TYPE_CHECKING:  # (owners reads the masthead's helpers: no import at run time)
    from clipper.clean.owners import Holder

# A line shaped like a person's name or a place's: two or three capitalised words ("Jane Doe",
# "New York"), maybe with a role, an agency, a publication in capitals or an age after them
# ("Tom Krisher, AP Auto Writer", "Helen M. Garrity, 91").  No brand, unless the page bears it
# out.  (The byline finder's names.person_name is stricter: it refuses "New York".)  A name
# that an article opens is a title's, no person's: "The Business Times", "Het Parool".
NAME_SHAPED = re.compile(
    r"^(?!(?:The|Het|De|Der|Die|Das|La|Le|Les|El|Il|Lo|Los|Las|Os|As)\s)"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[\"“][A-Z][a-z'’-]+[\"”])?(?:\s+[A-Z][a-z'’-]+){1,2}"
    r"(?:(?:,\s*|\s+)(?:[A-Z][\w.]*\s+){0,3}(?:Writer|Reporter|Correspondent|Editor|Press"
    r"|Reuters|AFP|AP|Staff|Contributor|Columnist)|,\s*[A-Z][A-Z.&-]+(?:\s+[A-Z][A-Z.&-]+){0,2}"
    r"|,\s*\d{1,3})?$"
)

# How far down a dump the masthead stands: after skip links, the sign-in bar and the weather.
MASTHEAD_LINES = 15

# Lines between a masthead and the headline at least (a menu's): a name line right above the
# headline may be its kicker or section ("Climate Crisis").
MENU_LINES = 2

# A brand is a short name: "The Dunmore Courier", "Frankfurter Allgemeine Zeitung".
BRAND_MAX_WORDS = 5
BRAND_MAX_CHARS = 40

# What a brand is written with: letters and digits of any script, and inside it & ' . ! + -
# ("The A.V. Club", "Yahoo!ニュース", "Canal+").  A colon, a comma, brackets or a slash make a
# label, a credit or a breadcrumb.
BRAND_TEXT = re.compile(r"^[\w" + sources.SCRIPT_MARKS + r"&'’.!+ -]+$")

# A time or a temperature: a header's clock or its weather ("72°F Partly Cloudy").
CLOCK_OR_WEATHER = re.compile(r"\d:\d\d|°")

# Words of the labels a page's header prints, which name no publication alone or together
# with SECTION_WORDS ("Latest News", "Top Stories", "Live"), and its advertising labels, in the
# languages the cleaner reads ("Anzeige", "Iklan", "विज्ञापन"), and a few words of headers in
# other scripts: "Главная" (home), "ताज़ा ख़बर" (latest news), "أخبار" (news), "ニュース".
NOT_A_BRAND = frozenset(
    (
        "latest top breaking live stories story headlines popular read most today today's "
        "edition paper e-paper epaper explore discover analysis opinion review blog update "
        "updates more new all main front page home anzeige werbung publicidad publicité "
        "pubblicità iklan реклама विज्ञापन إعلان главная новости होम ताज़ा ताजा ख़बर खबर "
        "ख़बरें खबरें الرئيسية أخبار عاجل ニュース ホーム トップ 広告 新闻 首页 广告 뉴스 홈 광고"
    ).split()
)

# The small words a brand holds between its capitalised ones ("Times of India", "Corriere
# della Sera", "Frankfurter Allgemeine Zeitung für Deutschland").
BRAND_JOINERS = frozenset(
    "of the and on in for de da do la le el il di del della des du und der die das für von van y "
    "e et al".split()
)

# A copyright holder's words that make it a company owning publications ("Vox Media",
# "Ediciones EL PAÍS", "RCS Mediagroup", "شبكة الجزيرة الإعلامية": the Al Jazeera Media
# Network, "ΚΑΘΗΜΕΡΙΝΕΣ ΕΚΔΟΣΕΙΣ": Kathimerini Publications, "Unidad Editorial": a publisher,
# "مؤسسة اليوم السابع للنشر والتوزيع": a foundation "for publishing" and distribution,
# "Компанија ...": a company, in Serbian; "… and affiliated companies"; "Telex Média",
# "STANDARD Verlagsgesellschaft", "Hürriyet Gazetecilik ve Matbaacılık", "Wydawnictwo ...":
# the same words in other languages).
COMPANY_WORD = re.compile(
    r"(?i)holdings?|network|group|gruppe|gruppo|grupo|groupe|media|medien|mediagroup"
    r"|mediengruppe|verlagsgruppe|communications?|newspapers|publishing|publications|publishers"
    r"|enterprises|broadcasting|interactive|digital|ventures|partners|industries|ediciones"
    r"|edizioni|éditions|editora|editorial|editoriale|editrice|\w*verlag|\w*gesellschaft|streams"
    r"|média|médias|mídia|medya|medier|mediehus|wydawnictwo|vydavatelství|kiadó|yayıncılık"
    r"|gazetecilik|uitgeverij|uitgevers|förlag|forlag|للنشر|شبكة|مجموعة"
    r"|شركة|مؤسسة|الشبكة|المجموعة|الشركة"
    r"|المؤسسة|εκδόσεις|εκδοσεις|εκδοτικός|εκδοτικη|εκδοτική|издательство|холдинг|медиагруппа"
    r"|компанија|компания|компанія|companies|affiliates"
)

# Words an acronym leaves out ("National Public Radio": NPR; "Corporation for Public
# Broadcasting": CPB).
ACRONYM_SKIPS = frozenset("of and the for & a".split())


def compact(name: str) -> str:
    """A name as a host writes it: letters and digits only, lower-cased ("The Verge": theverge)."""
    return re.sub(r"[\W_]+", "", name.lower())


def is_generic(words: list[str]) -> bool:
    """Are the (lower-cased) words a header's label's, none a name's ("Latest News", "Live")?"""
    return all(w in SECTION_WORDS or w in NOT_A_BRAND or w in CTA_WORDS for w in words)


@dataclass(frozen=True)
class Witnesses:
    """What else a page says of the names it prints: the labels of its addresses (compacted:
    "theverge"), its copyright holder, and the names (lower-cased) its navigation gives the
    site in full weight ("More from Sportsnet")."""

    page: PageText
    labels: set[str]
    holder: Holder | None
    site_names: set[str]


class Brand(NamedTuple):
    """A name the page prints as its brand, why it is taken for one, and whether the page
    bears it out (`sure`) or only its place at the very top does."""

    name: str
    why: str
    sure: bool


def find_brand(lines: list[Line], title: int | None, seen: Witnesses) -> Brand | None:
    """The brand the page prints as its masthead, the first name line at its top (above the
    headline), when the page bears it out (masthead_support).  Only the first: further down
    the menus, names are sections' and sister sites'.  (titlesuffix.suffix_brand reads the
    headline's suffix, which beats it.)"""
    top = min(len(lines), MASTHEAD_LINES if title is None else min(title, MASTHEAD_LINES))
    pos = next((p for p in range(top) if is_brand_shaped(lines[p], seen)), None)
    found = masthead_support(lines, pos, title, seen) if pos is not None else None
    # (A consent banner's button over the skip link is no name, "Manage Preferences": the
    # first name line under "Skip to content" may be the masthead.)
    skip = next((p for p in range(top) if is_skip_link(lines[p].text, lines[p].tokens)), None)
    if found is None and pos is not None and skip is not None and pos < skip:
        pos = next((p for p in range(skip + 1, top) if is_brand_shaped(lines[p], seen)), None)
        found = masthead_support(lines, pos, title, seen) if pos is not None else None
    if pos is None or found is None:
        return None
    name = undoubled(lines[pos].text)
    # A masthead in capitals as the page writes the name elsewhere: "NORTHERN ECHO", "Follow
    # Northern Echo on Facebook".
    spelt = name_spelt_by(compact(name), seen.page, pos) if name.isupper() else None
    return Brand(spelt or sources.normalise_source(name), *found)


def is_brand_shaped(ln: Line, seen: Witnesses) -> bool:
    """Could the line be a publication's name: short, only a name's characters, no label,
    call to action, date or clock, and named as names are (see is_name)?"""
    text = ln.text
    if not 1 <= ln.words <= BRAND_MAX_WORDS or len(text) > BRAND_MAX_CHARS or ln.bullet:
        return False
    if ln.cta_share or ln.boilerplate or ln.promo or is_dateline(ln) or SKIP_LINK.search(text):
        return False
    return is_name(undoubled(text), seen)


# A link past the page's header to its text, in scripts whose words the vocabularies do not
# hold: "メインコンテンツへスキップ", "本文へ", "跳到主要内容", "본문 바로가기",
# "Перейти к содержанию", "Перейти до основного вмісту", "ข้ามไปยังเนื้อหาหลัก", "דלג לתוכן",
# "پرش به محتوا", "رفتن به محتوای اصلی", "跳至主要內容", "मुख्य सामग्री पर जाएं", and the
# languages in Latin letters the boilerplate vocabulary leaves out: "Ugrás a tartalomra",
# "İçeriğe geç", "Hoppa till innehållet", "Spring til indhold", "Hopp til hovedinnhold",
# "Siirry sisältöön", "Sari la conținut", "Preskoči na sadržaj", "Прескочи на садржај",
# "Chuyển đến nội dung".
SKIP_LINK = re.compile(
    r"(?i)スキップ|本文へ|跳到|跳转|跳過|跳至|바로가기|перейти к|перейти до|انتقل إلى|تخطي إلى"
    r"|ข้ามไป|דלג ל|پرش به|رفتن به محتوا|μετάβαση στο|सामग्री पर जाएं|ugrás a tartalomra"
    r"|içeriğe (?:geç|atla)|hoppa till (?:huvud)?innehåll|spring til (?:hoved)?indhold"
    r"|hopp til (?:hoved)?innhold|siirry (?:pää)?sisältöön|sari la conținut"
    r"|preskoči na (?:glavni )?sadržaj|прескочи на (?:главни )?садржај|chuyển đến nội dung"
)


def is_name(text: str, seen: Witnesses) -> bool:
    """Is the text written as a publication's name: a name's characters, no header's label,
    ticker or clock, each word capitalised or in a script without case; in lower case only
    when an address of the page spells it ("tagesschau")."""
    if not BRAND_TEXT.match(text) or CLOCK_OR_WEATHER.search(text) or TICKER_LABEL.match(text):
        return False
    if is_generic(text.lower().split()):
        return False
    words = [w for w in text.split() if w.lower() not in BRAND_JOINERS]
    cased = all(not w[0].islower() or INNER_CAPITAL.match(w) for w in words)
    return bool(words) and (cased or is_spelt_by_host(text, seen.page, seen.labels))


# A brand's word whose capital comes after a few small letters: "iDNES", "eKathimerini".
INNER_CAPITAL = re.compile(r"[a-z]{1,3}[A-Z]")

# A brand written as its address, with a capital a URL would not have, in any script:
# "iDNES.cz", "Haaretz.com", "ТСН.ua".
WRITTEN_AS_DOMAIN = re.compile(r"^[\w-]+(?:\.[a-z]{2,6}){1,2}$")


def is_spelt_by_host(name: str, page: PageText, labels: set[str]) -> bool:
    """Is the name what an address of the page spells ("The Guardian": theguardian.com), in a
    URL (`labels`, compacted) or as a bare domain in the text ("morebikes.co.uk features…")?"""
    forms = {compact(name), compact(re.sub(r"(?i)^the\s+", "", name))} - {""}
    if forms & labels:
        return True
    for form in forms:
        domain = re.compile(r"(?<![\w.-])" + re.escape(form) + r"(?:\.[a-z]{2,6})+(?![\w-])")
        holding = page.lines_holding((form + ".",))
        if any(domain.search(page.texts[i].lower()) for i in holding):
            return True
    return False


# The shortest label of an address spelt out on its own: shorter ones ("bt", "rt", "g1") are
# found inside too many words and initials.
SPELT_LABEL_MIN = 4


def name_spelt_by(label: str, page: PageText, skip: int) -> str | None:
    """The name the page prints, outside line `skip`, that an address's label spells, the
    words apart or not, in capitals or not ("The Hindu", "DAILY MAIL", "Onet" for "thehindu",
    "dailymail", "onet"); not as a domain ("onet.pl") nor in lower case ("onet" in a word)."""
    if len(label) < SPELT_LABEL_MIN or label in CTA_WORDS:
        return None
    letters = [re.escape(c) for c in label if c.isalnum()]
    spelt = re.compile(r"(?<![\w./@-])" + r"[ .-]?".join(letters) + r"(?![\w-]|\.\w)", re.I)
    text, starts = page.text, page.text_starts
    lo = starts[skip]
    hi = starts[skip + 1] if skip + 1 < len(starts) else len(text)
    forms = [
        m.group()
        for m in spelt.finditer(text)
        if not lo <= m.start() < hi and m.group()[0].isupper()
    ]
    if not forms:
        return None
    # A site shouts its name in its menus, not in its text: "Daily Mail" over "DAILY MAIL".
    return sources.normalise_source(max(forms, key=lambda f: (f != f.upper(), forms.count(f))))


def borne_out(name: str, seen: Witnesses) -> str | None:
    """What of the page, if anything, says a name printed on it is the site's: an address
    spells it ("MoreBikes", morebikes.co.uk), the copyright holder, a company, holds it or
    its initials ("Ediciones EL PAÍS", "HT Digital Streams" for "Hindustan Times"), or the
    page's navigation names it ("More from Sportsnet")."""
    if is_spelt_by_host(name, seen.page, seen.labels):
        return "spelt by its address"
    if WRITTEN_AS_DOMAIN.match(name) and any(c.isupper() for c in name):
        return "written as its address"
    # ("SVT Nyheter" as svt.se spells its first word, in capitals: the broadcaster's news.)
    first, *rest = name.split()
    labels = seen.labels
    if 1 <= len(rest) <= 2 and len(first) >= 3 and first.isupper() and compact(first) in labels:
        return "spelt by its address"
    # (A holder that is no company is a publication's own name: a masthead holding a word of it
    # is a section's or a sister title's, "BBC Sport" on a page "© BBC".)
    if seen.holder and seen.holder.company and owned_by(name, seen.holder.name):
        return "named by the copyright holder"
    # ("العربية" under "© قناة العربية": the channel's name without its medium's word.)
    if seen.holder and sources.medium_named(seen.holder.name) == name:
        return "named by the copyright holder"
    # ("la Repubblica" as "Abbonati a Repubblica" names it.)
    words = name.lower().split()
    if {" ".join(words), " ".join(words[1:] if words[0] in BRAND_JOINERS else words)} & (
        seen.site_names
    ):
        return "named by its navigation"
    return None


def masthead_support(
    lines: list[Line], pos: int, title: int | None, seen: Witnesses
) -> tuple[str, bool] | None:
    """What bears out the name line at `pos` as the page's masthead, and whether the page
    does (not only the line's place), or None.

    What the page says of the name (borne_out); else, for a name of two words or more, a
    credit or a dateline naming it ("(ABC News: Jane Doe)", "МОСКВА — РИА Новости."), or its
    place as the page's very first line, menus between it and the headline, when the
    copyright line names a company: then the masthead is the paper it owns (a line right over
    the headline is its kicker).  A name of one word needs the stronger evidence: alone, it
    may be a section's or a city's."""
    text = undoubled(lines[pos].text)
    why = borne_out(text, seen)
    if why:
        return "masthead at the top of the page, " + why, True
    if lines[pos].words < 2:
        # (Not a dateline's place: "Updated on: 04 March,2025 07:10 AM IST | Mumbai".)
        credited = is_credited(lines, seen.page, pos, text, strict=True)
        # (A credit of one word, "Onet: Regulamin", bears out the page's first name line when
        # the copyright line names a company owning it, not the publication.)
        company = seen.holder if seen.holder is not None and seen.holder.company else None
        owner = company is not None
        if credited and owner and under_top_bar(lines, pos):
            return "masthead at the top of the page, named in a credit", False
        if owner and under_top_bar(lines, pos) and is_quoted(text, seen.page, pos):
            return "masthead at the top of the page, quoted as a paper's name", False
        # ("MARCA" over "Marca en otros idiomas" and "© Unidad Editorial Información Deportiva".)
        if company and under_top_bar(lines, pos) and named_in_footer(lines, text, pos, company.pos):
            return "masthead at the top of the page, named again in its footer", False
        return None
    if is_credited(lines, seen.page, pos, text):
        return "masthead at the top of the page, named in a credit", True
    # (Not a name shaped like a person's or a place's, "Jane Doe", "New York": a topic's.)
    first = (
        under_top_bar(lines, pos)
        and (title is None or title > pos + MENU_LINES)
        and not NAME_SHAPED.match(text)
    )
    if first and seen.holder and seen.holder.company:
        return "masthead at the top of the page (the copyright line names its company)", False
    if first and seen.holder and in_other_script(text, seen):
        return "masthead at the top of the page, in the page's own script", False
    return None


def in_other_script(name: str, seen: Witnesses) -> bool:
    """Is the masthead in a script without Latin letters, the copyright holder in Latin ones
    and no address of the page ("朝日新聞デジタル" over "© The Asahi Shimbun Company")?  The
    footer gives the paper's English name; the reader of the page knows the masthead.  (Not
    over "© EnterMedia.co.kr": that is the name the site's address spells.)"""
    holder = seen.holder
    return (
        holder is not None
        and is_latin(holder.name)
        and not is_latin(name)
        and not is_spelt_by_host(holder.name, seen.page, seen.labels)
    )


def is_latin(text: str) -> bool:
    """Are the text's letters, all of them, in the Latin script ("Süddeutsche", "Onet")?"""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


# What a page may print over its masthead: a bar of a few short links ("e-Paper", "Subscribe",
# "Login"), each of a few words.
TOP_BAR_LINES = 3
TOP_BAR_WORDS = 3


# ... or, in a script without spaces, of a few characters ("メインコンテンツへスキップ").
TOP_BAR_CHARS = 16


def under_top_bar(lines: list[Line], pos: int) -> bool:
    """Is the line at `pos` the page's first, or under a bar of short links (or a skip link:
    "ข้ามไปยังเนื้อหาหลัก") only?"""
    return (
        pos <= TOP_BAR_LINES
        and all(
            ln.words <= TOP_BAR_WORDS
            or len(ln.text) <= TOP_BAR_CHARS
            or ln.boilerplate  # ("Ir al contenido principal": a skip link the vocabularies know)
            or SKIP_LINK.search(ln.text)
            for ln in lines[:pos]
        )
    )


def owned_by(name: str, holder: str) -> bool:
    """Does the copyright holder's name hold the publication's: a distinctive word of it
    ("Independent Digital News & Media": "The Independent"), or its initials as a word of
    its own ("HT Digital Streams": "Hindustan Times"); or is the name the holder's initials
    ("Coastal Broadcasting Network": "CBN")?  Case matters for initials ("Cbn" is no CBN)."""
    own = distinctive_words(name)
    held_words = distinctive_words(holder)
    if own & held_words:
        return True
    # (In another script: "ПОЛИТИКА" over "© Politika Newspapers and Magazines".)
    if {sources.latin_spelling(w) for w in own} & {sources.latin_spelling(w) for w in held_words}:
        return True
    named = [w for w in name.split() if w.lower() not in ACRONYM_SKIPS]
    initials = "".join(w[0] for w in named)
    if len(named) >= 2 and initials.isupper() and initials in holder.split():
        return True
    held = [w for w in holder.split() if w.lower() not in ACRONYM_SKIPS]
    return len(held) >= 2 and name == "".join(w[0] for w in held).upper()


def distinctive_words(name: str) -> set[str]:
    """The (lower-cased) words of a name that tell it from others: not "the", "news", "media"."""
    return {
        w
        for w in re.findall(r"[\w" + sources.SCRIPT_MARKS + "]+", name.lower())
        if len(w) > 2
        and w not in BRAND_JOINERS
        and not is_generic([w])
        and not COMPANY_WORD.fullmatch(w)
    }


def undoubled(text: str) -> str:
    """A line's text once, when a dump printed it twice running ("Times of JapanTimes of Japan":
    a logo's text and its copy for screen readers), and without a logo's word ("BILD Logo")."""
    half = len(text) // 2
    once = text[:half] if len(text) % 2 == 0 and text[:half] == text[half:] else text
    return sources.without_logo(once)
