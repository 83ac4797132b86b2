"""The plain-text cleaner finding an article's author in its header: bylines with "By" and
without it (a name alone by the date, before it on one line, with a role or a publication after
it, in scripts with capitals and without), and the lines it must not take for one: places,
labels, photo credits, names in the text.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import ARABIC, CHINESE, HINDI, JAPANESE, KOREAN, PROSE, page
from translations import SPANISH_BUSES, TURKISH_BUSES

from clipper.clean.text import clean_text

HEADLINE = "Council approves four new bus routes after a long debate"
STANDFIRST = "The routes will link the northern districts to the hospital and the university."
MENU = ("Home", "News", "Local")

ITALIAN = [
    "Il consiglio comunale ha approvato martedì l'ampliamento della rete degli autobus, con "
    "quattro nuove linee che collegheranno i quartieri a nord con l'ospedale e l'università.",
    "Secondo l'assessore alla Mobilità, le nuove linee entreranno in servizio in autunno, quando "
    "sarà completata l'assunzione degli autisti e arriveranno i nuovi mezzi.",
    "Il piano è passato con un'ampia maggioranza dopo un breve dibattito, e soltanto due "
    "consiglieri hanno votato contro, chiedendo di spendere i soldi per le strade.",
]


def header(*lines: str, prose: list[str] = PROSE) -> str:
    return page(*MENU, HEADLINE, *lines, *prose)


# --- a name alone by the date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["Marta Quintana", "March 4, 2024"], "Marta Quintana"),  # over the date
        ([STANDFIRST, "Óscar Núñez", "04/03/2024 18:05"], "Óscar Núñez"),  # accented
        (["Tomás Herrera", "Sevilla - 4 mar 2024 - 13:25 CET"], "Tomás Herrera"),
        (["Marta Quintana", "Follow", "Published in", "City Matters", "4 min read"],
         "Marta Quintana"),  # a follow button and a reading time next to it
        (["Marta Quintana", "6 min read"], "Marta Quintana"),
    ],
)  # fmt: skip
def test_a_name_alone_next_to_the_date_is_the_author(lines: list[str], author: str) -> None:
    clip = clean_text(header(*lines))
    assert clip.author == author
    assert author not in clip.body  # the byline left the text with the rest of the header


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Marta Quintana Transport reporter", "Marta Quintana"),  # a desk and a role after it
        ("Marta Quintana, Transport correspondent", "Marta Quintana"),
        ("Marta Quintana Senior Writer", "Marta Quintana"),
        ("Marta Quintana, THE RIVERTON LEDGER", "Marta Quintana"),  # a publication in capitals
        ("Marta Quintana, WDR-Studio Köln", "Marta Quintana"),  # a broadcaster's desk
        ("Marta Quintana Associated Press", "Marta Quintana"),
        ("Marta Quintana, Associated Press", "Marta Quintana"),  # shaped as a person's name
        ("Marta Quintana and Ian O'Brien", "Marta Quintana and Ian O'Brien"),
        (
            "Marta Quintana, Ian O'Brien and Ana Ruiz, The Ledger",
            "Marta Quintana, Ian O'Brien and Ana Ruiz",
        ),
    ],
)
def test_a_role_or_publication_after_the_name_is_not_part_of_it(byline: str, author: str) -> None:
    clip = clean_text(header(STANDFIRST, byline, "Published 4 March 2024, 10:12"))
    assert clip.author == author


def test_the_name_over_a_place_over_the_date_is_the_author() -> None:
    clip = clean_text(header(STANDFIRST, "Marta Quintana", "Rio de Janeiro", "4.mar.2024 às 9h05"))
    assert clip.author == "Marta Quintana"


@pytest.mark.parametrize(
    ("lines", "prose", "author"),
    [
        (["الإسكندرية – سارة حسن", "4/3/2024"], ARABIC, "سارة حسن"),
        (["अनिल वर्मा", "4 मार्च 2024, 10:15 AM IST"], HINDI, "अनिल वर्मा"),
        (["آخر تحديث", "4/3/2024"], ARABIC, None),  # "last updated": a stamp's label
        # A place over the name: the text tells of the city ("नगर निगम" of a story set there).
        (["जयपुर शहर", "अनिल वर्मा", "4 मार्च 2024, 10:15 AM IST"],
         [HINDI[0].replace("नगर निगम", "जयपुर शहर के नगर निगम"), *HINDI[1:]], "अनिल वर्मा"),
    ],
)  # fmt: skip
def test_a_name_in_a_script_without_capitals_over_the_date_is_the_author(
    lines: list[str], prose: list[str], author: str | None
) -> None:
    assert clean_text(header(*lines, prose=prose)).author == author


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["By MARTA QUINTANA", "March 4, 2024"], "Marta Quintana"),
        (["By MARTA QUINTANA and IAN O'BRIEN", "Updated 10:12 AM EST, March 4, 2024"],
         "Marta Quintana and Ian O'Brien"),
        (["MARTA QUINTANA and IAN O'BRIEN", "Updated 10:12 AM EST, March 4, 2024"],
         "Marta Quintana and Ian O'Brien"),
        (["MARTA QUINTANA, RIVERTON LEDGER", "4 MAR 2024"], "Marta Quintana"),
        (["By SEAN MCDONALD and ANA DE LA TORRE", "March 4, 2024"],
         "Sean McDonald and Ana de la Torre"),
        (["Por Óscar NÚÑEZ", "March 4, 2024"], "Óscar Núñez"),
        (["By AFP", "March 4, 2024"], "AFP"),  # an agency's name stays in capitals
        # One name in capitals alone is as likely a label: "TODAY'S PAPER", "CHINA TOPIX".
        (["RIVERTON TOPIX", "March 4, 2024"], None),
    ],
)  # fmt: skip
def test_a_byline_in_capitals_gives_the_names_in_their_own_case(
    lines: list[str], author: str | None
) -> None:
    clip = clean_text(header(*lines))
    assert (clip.title, clip.author) == (HEADLINE, author)


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["Marta Quintana, Reuters", "March 4, 2024"], "Marta Quintana"),
        (["Marta Quintana | AFP", "March 4, 2024"], "Marta Quintana"),
        (["March 4, 2024", "Share", "Marta Quintana, Reuters"], "Marta Quintana"),
        # Under a photo's caption the same line is the photo's credit.
        (["March 4, 2024", "Firefighters at the scene in the north. (Photo: fire service)",
          "Marta Quintana, Reuters"], None),
        (["Marta Quintana/Reuters", "March 4, 2024"], None),
    ],
)  # fmt: skip
def test_a_name_and_an_agency_by_the_date_is_the_byline_not_a_credit(
    lines: list[str], author: str | None
) -> None:
    clip = clean_text(header(*lines))
    assert (clip.title, clip.author) == (HEADLINE, author)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Marta Quintana", "Marta Quintana"),
        ("Marta Quintana, Transport correspondent", "Marta Quintana"),
        # Under the headline a photo's credit stands too.
        ("Marta Quintana, Associated Press", None),
        ("Trade Talks Resume", None),  # a subheading in title case, its words the text's
    ],
)
def test_a_name_under_the_headline_is_the_byline_when_the_date_is_over_it(
    byline: str, author: str | None
) -> None:
    clip = clean_text(page(*MENU, "March 4, 2024", HEADLINE, byline, *PROSE))
    assert (clip.title, clip.date, clip.author) == (HEADLINE, "2024-03-04", author)


DELHI_HINDI = [HINDI[0].replace("नगर निगम", "नई दिल्ली के नगर निगम"), *HINDI[1:]]


@pytest.mark.parametrize(
    ("lines", "prose", "author"),
    [
        (["नई दिल्ली", "अनिल वर्मा", "शेयर करें"], DELHI_HINDI, "अनिल वर्मा"),
        (["Palma de Mallorca", "Marta Quintana", "Share"], PROSE, "Marta Quintana"),
        # The place under the name: nothing tells which is which.
        (["अनिल वर्मा", "नई दिल्ली", "शेयर करें"], DELHI_HINDI, None),
        # Nor when the line over the name is no place the page knows.
        (["अनिल वर्मा", "सुनील कुमार", "शेयर करें"], HINDI, None),
    ],
)  # fmt: skip
def test_a_name_between_the_place_and_the_share_buttons_is_the_author(
    lines: list[str], prose: list[str], author: str | None
) -> None:
    assert clean_text(header(*lines, prose=prose)).author == author


# --- bylines on one line with the date, or over several lines ------------------------------


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Marta Quintana / PTI / Updated: Mar 4, 2024, 08:41 IST", "Marta Quintana"),
        ("Marta Quintana - Mar 4, 2024, 10:31 pm CST", "Marta Quintana"),
        ("Monday March 4, 2024 7:45 am PST by Marta Quintana", "Marta Quintana"),
        ("Marta Quintana @martaq / 2 days", "Marta Quintana"),  # with the writer's handle
        ("Marta Quintana@MartaQuintana", "Marta Quintana"),
        ("Marta Quintana | Palma de Mallorca | 04/03/2024", "Marta Quintana"),  # and a place
    ],
)
def test_a_name_on_one_line_with_the_date_or_a_handle_is_the_author(
    byline: str, author: str
) -> None:
    clip = clean_text(header(byline))
    assert clip.author == author
    assert "Quintana" not in clip.body


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["By Marta Quintana", "and", "Ian O'Brien", "March 4, 2024"],
         "Marta Quintana and Ian O'Brien"),
        (["By", "Marta Quintana", "March 4, 2024"], "Marta Quintana"),
        (["By Marta Quintana and", "Ian O'Brien", "March 4, 2024"],
         "Marta Quintana and Ian O'Brien"),
        (["Marta Quintana", "and", "Ian O'Brien", "March 4, 2024"],
         "Marta Quintana and Ian O'Brien"),
        # What follows "By" or "and" is no writer when it is the date.
        (["By Marta Quintana and", "March 4, 2024"], "Marta Quintana"),
        (["By", "March 4, 2024"], None),
    ],
)  # fmt: skip
def test_a_byline_over_several_lines_names_every_writer(
    lines: list[str], author: str | None
) -> None:
    clip = clean_text(header(*lines))
    assert clip.author == author
    assert "O'Brien" not in clip.body and "Quintana" not in clip.body


@pytest.mark.parametrize(
    ("byline", "prose", "author"),
    [
        ("di Marta Quintana", ITALIAN, "Marta Quintana"),
        ("Von Marta Quintana, Hauptstadtstudio", PROSE, "Marta Quintana"),
        ("Por Óscar Núñez", SPANISH_BUSES, "Óscar Núñez"),
        ("Texto: Óscar Núñez", SPANISH_BUSES, "Óscar Núñez"),
        ("By Marta Quintana, Ian O'Brien, Radio-Newsroom", PROSE, "Marta Quintana, Ian O'Brien"),
        # Particles and a nickname inside a name.
        (
            "By Ian O'Brien, Lucía del Valle and Ana de la Torre, CNN",
            PROSE,
            "Ian O'Brien, Lucía del Valle and Ana de la Torre",
        ),
        ("By Ursula von der Brandt", PROSE, "Ursula von der Brandt"),
        ('By Marta "Tita" Quintana 4.3.2024', PROSE, 'Marta "Tita" Quintana'),
    ],
)
def test_bylines_in_other_languages_and_with_a_desk(
    byline: str, prose: list[str], author: str
) -> None:
    assert clean_text(header(byline, "4.3.2024 10:12", prose=prose)).author == author


# --- what is no byline -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["New Haven", "March 4, 2024"],  # a place over the date
        ["Baton Rouge, La.", "March 4, 2024"],
        ["Buenos Aires - 4 mar 2024 - 13:25"],  # a place before the date
        # Places whose names look like a person's, over the date or before it.
        ["Palma de Mallorca", "March 4, 2024"],
        ["Den Haag", "March 4, 2024"],
        ["Kansas City", "March 4, 2024"],
        ["Addis Ababa - 4 mar 2024 - 13:25"],
        ["Riverton Council | Local | March 4, 2024"],  # a breadcrumb
        ["Climate Crisis", "March 4, 2024"],  # a section's label
        ["Marta Quintana/Getty Images", "March 4, 2024"],  # a photo credit
        ["Helen M. Garrity, 91", "March 4, 2024"],  # a name in a list of obituaries
        ["Business Insider | March 4, 2024"],  # a publication
        ["Riverton Ledger", "March 4, 2024"],
        ["Miguel Bernal North Diving", "March 4, 2024"],  # a headline in title case
        ["Home / Local / March 4, 2024"],  # a breadcrumb
        ["Staff Writer", "March 4, 2024"],  # a signature that names nobody
        ["Editorial Board", "March 4, 2024"],
        # Under the date, a subheading in title case, a country, a tag look like a name.
        ["March 4, 2024", "Transit Plan Approved"],
        ["4 March 2024 10:12 GMT", "United Kingdom"],
    ],
)
def test_a_place_label_credit_or_publication_by_the_date_is_no_author(lines: list[str]) -> None:
    assert clean_text(header(*lines)).author is None


@pytest.mark.parametrize(
    "lines", [["Marta Quintana", "March 4, 2024"], ["Marta Quintana - March 4, 2024"]]
)
def test_the_person_the_article_is_about_is_not_its_author(lines: list[str]) -> None:
    # A name by the date whose surname the opening paragraph holds: the subject, shown as a
    # kicker, not the writer.
    prose = [PROSE[0].replace("The two governments", "Marta Quintana and the two governments"),
             *PROSE[1:]]  # fmt: skip
    assert clean_text(header(*lines, prose=prose)).author is None


@pytest.mark.parametrize(
    "lines", [["Marta Quintana", "March 4, 2024"], ["Marta Quintana - March 4, 2024"]]
)
def test_a_writer_who_tells_of_herself_keeps_her_byline_when_her_box_names_her(
    lines: list[str],
) -> None:
    # A blogger names herself in her opening ("Marta Quintana looks at ..."); the box under
    # the post introducing her says she is the writer, not the subject.
    opening = "Marta Quintana looks at why the two governments said on Friday that they would"
    first = PROSE[0].replace("The two governments said on Friday that they would", opening)
    prose = [first, *PROSE[1:], "About Marta Quintana", "Marta writes on trade and diplomacy."]
    assert clean_text(header(*lines, prose=prose)).author == "Marta Quintana"


def test_a_press_releases_issuer_is_not_its_author_though_its_about_box_names_it() -> None:
    text = page(
        *MENU,
        "Riverton Transit Opens Four New Bus Routes to the Northern Districts",
        "News provided by",
        "Riverton Transit",
        "04 Mar, 2024, 08:00 ET",
        "RIVERTON, March 4, 2024 /PRNewswire/ -- Riverton Transit, the city's bus operator, "
        "today opened four new routes linking the northern districts to the hospital.",
        *PROSE,
        "About Riverton Transit",
        "Riverton Transit runs 40 bus routes in the city and its suburbs.",
    )
    assert clean_text(text).author is None


def test_a_name_by_a_date_in_the_text_is_not_the_author() -> None:
    # A live blog's posts are signed ("Marta Quintana" / "2 hours ago"); the header is not.
    text = header("March 4, 2024", PROSE[0], PROSE[1], "Marta Quintana", "2 hours ago", PROSE[2],
                  prose=PROSE[3:])  # fmt: skip
    assert clean_text(text).author is None


def test_a_name_over_the_headline_is_another_storys_byline() -> None:
    text = page(*MENU, "Marta Quintana", "March 1, 2024", HEADLINE, "March 4, 2024", *PROSE)
    clip = clean_text(text)
    assert (clip.title, clip.author) == (HEADLINE, None)


# --- a byline as evidence for the headline ---------------------------------------------------


def test_a_name_under_the_standfirst_marks_the_headline_over_it() -> None:
    # Headline, standfirst, writer, place, date: the date is too far under the headline to
    # mark it, and the standfirst, nearer, would win; the writer's name under the standfirst
    # belongs to the headline over both.
    standfirst = (
        "The routes will link the northern districts to the hospital and the university, "
        "officials said"
    )
    text = header(standfirst, "Marta Quintana", "Rio de Janeiro", "4.mar.2024 às 9h05")
    assert clean_text(text).title == HEADLINE


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Harriet Cole, Transport Correspondent", "Harriet Cole"),
        ("By Kelly Wu, Senior Reporter", "Kelly Wu"),
        ("By Jane Doe, Tom Lee", "Jane Doe, Tom Lee"),
    ],
)
def test_a_role_after_a_comma_is_no_second_writer(byline: str, author: str) -> None:
    assert clean_text(header(byline, "4 March 2024 • 6:00pm")).author == author


def test_a_name_and_its_publication_before_the_date_on_one_line() -> None:
    line = "Jessica Ng · CBC News · Posted: Jul 18, 2024 4:00 AM MDT | Last Updated: July 18"
    clipping = clean_text(header(line, "Social Sharing"))
    assert (clipping.author, clipping.date) == ("Jessica Ng", "2024-07-18")


@pytest.mark.parametrize("stamp", ["3h ago", "2 hours ago", "vor 2 Stunden", "il y a 5 heures"])
def test_a_name_over_a_time_ago_is_the_byline_and_gives_no_date(stamp: str) -> None:
    clipping = clean_text(header("Thandeka Mokoena", stamp, "Share"))
    assert (clipping.author, clipping.date) == ("Thandeka Mokoena", None)
    assert clipping.title == HEADLINE


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["Published Jan. 22, 2024", "Kelly Wu", "Senior Reporter"], "Kelly Wu"),
        (["March 4, 2024", "Anja Heuser", "Korrespondentin"], "Anja Heuser"),
        (["Published Jan. 22, 2024", "Transit Plan Approved", "Share"], None),
        (["Published Jan. 22, 2024", "Transit Plan Approved"], None),
    ],
)
def test_a_name_under_the_date_is_the_byline_with_the_writers_role_under_it(
    lines: list[str], author: str | None
) -> None:
    assert clean_text(header(*lines)).author == author


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["Katarzyna Nowicka", "Dziennikarka Wiatraka", "Data utworzenia: 4 marca 2024, 10:15"],
         "Katarzyna Nowicka"),  # the role's word first, over a date the finder cannot read
        (["Kelly Wu", "Senior Reporter", "Share"], "Kelly Wu"),
        (["Transit Plan Approved", "Share"], None),
    ],
)  # fmt: skip
def test_a_name_over_the_writers_role_is_the_byline_wherever_the_date_stands(
    lines: list[str], author: str | None
) -> None:
    assert clean_text(header(*lines)).author == author


# --- a name the page introduces as its writer's ----------------------------------------------

NOTE = "Nadia Kersh is a senior writer at Harbour covering energy. She was a reporter at Grist."


@pytest.mark.parametrize(
    ("top", "closing", "author"),
    [
        (["Nadia Kersh", "Business", "Jun 4, 2024 7:00 AM"], [NOTE], "Nadia Kersh"),
        (["Nadia Kersh", "Business", "Jun 4, 2024 7:00 AM"], [], None),  # another story's?
        (["Nadia Kersh", "Business", "Jun 4, 2024 7:00 AM"],
         [NOTE.replace("Nadia Kersh", "Tom Lee")], None),
        (["Business", "Jun 4, 2024 7:00 AM"], ["About the author", "Nadia Kersh"], None),
    ],
)  # fmt: skip
def test_a_name_over_the_headline_is_the_byline_when_a_writers_note_introduces_it(
    top: list[str], closing: list[str], author: str | None
) -> None:
    assert clean_text(page(*MENU, *top, HEADLINE, *PROSE, *closing)).author == author


@pytest.mark.parametrize(
    ("box", "author"),
    [(["この記事を書いた人", "山本健一", "北海道報道センター"], "山本健一"), ([], None)],
)
def test_a_name_without_spaces_over_the_date_is_the_byline_when_an_authors_box_names_it(
    box: list[str], author: str | None
) -> None:
    headline = "市議会、バス路線の拡充計画を可決　秋から運行へ"
    text = page("政治", "経済", headline, "山本健一", "2024年2月6日 10時45分", *JAPANESE, *box)
    assert clean_text(text).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [("Elif Demir", "Elif Demir"), ("Elif Demir, muhabir", "Elif Demir"), ("Yeni Hat", None)],
)
def test_a_surname_that_is_a_frequent_word_the_page_never_writes_so(
    line: str, author: str | None
) -> None:
    # Turkish "demir" (iron) is one of the language's frequent words; this page writes it
    # only as a name.  "Yeni Hat" (new line) it writes in lower case too: a label's words.
    headline = "Otobüs ağına dört yeni hat eklendi"
    text = page(
        "Gündem", "Ekonomi", headline, line, "Giriş Tarihi: 14.03.2024 10:30", *TURKISH_BUSES
    )
    assert clean_text(text).author == author


@pytest.mark.parametrize(
    ("headline", "byline", "prose", "author"),
    [
        ("시의회, 버스 노선 4개 신설 계획 통과", "김민수 기자", KOREAN, "김민수"),
        ("市议会通过公交线路扩充计划 秋季起运营", "记者 张伟", CHINESE, "张伟"),
        (
            "市議会、バス路線の拡充計画を可決　秋から運行へ",
            "山本健一 編集委員",
            JAPANESE,
            "山本健一",
        ),
        ("市議会、バス路線の拡充計画を可決　秋から運行へ", "山本健一記者", JAPANESE, "山本健一"),
    ],
)
def test_a_name_without_spaces_and_a_reporters_role_over_the_date_is_the_byline(
    headline: str, byline: str, prose: list[str], author: str
) -> None:
    text = page("政治", "経済", headline, byline, "2024-03-05 10:45", *prose)
    assert clean_text(text).author == author


@pytest.mark.parametrize("label", ["Editor's Picks", "Women's Health", "Today’s Paper"])
def test_a_possessive_label_over_the_date_is_no_name(label: str) -> None:
    assert clean_text(header(label, "March 4, 2024")).author is None


def test_a_note_on_someone_who_was_a_writer_introduces_no_writer() -> None:
    note = "Dan Ortiz is a former editor at the Tribune and now runs a consultancy."
    text = page(*MENU, "Dan Ortiz", "Politics", "March 4, 2024", HEADLINE, *PROSE, note)
    assert clean_text(text).author is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("记者：张伟", "张伟"),  # a byline's label and a colon
        ("文／张伟", "张伟"),  # "text /"
        ("（记者 张伟）", "张伟"),
        ("责任编辑：李明", None),  # the editor in charge signs the page, not the story
    ],
)
def test_a_chinese_bylines_label_marks_a_name_without_spaces(byline: str, author: str) -> None:
    headline = "市议会通过公交线路扩充计划 秋季起运营"
    text = page("要闻", "国内", headline, byline, "2024-03-05 10:45", *CHINESE)
    assert clean_text(text).author == author


@pytest.mark.parametrize("byline", ["[한빛일보 김민수 기자]", "한빛일보 김민수 기자"])
def test_a_korean_byline_with_the_papers_name_gives_the_writers(byline: str) -> None:
    headline = "시의회, 버스 노선 4개 신설 계획 통과"
    text = page("정치", "경제", headline, byline, "입력 2024.03.05 10:45", *KOREAN)
    assert clean_text(text).author == "김민수"
