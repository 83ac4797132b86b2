"""The article's first and last lines in text dumps: a wire sign-off and a newsletter's welcome
are the article's; a summary box over it, a picture's description, the writer's bio and
contacts and a broadcaster's note under it are not."""

from __future__ import annotations

import pytest
from pages import CHINESE, KOREAN, PROSE, page

from clipper.clean.text import clean_text

MENU = ["Home", "World", "Business", "Politics", "Sport"]
FOOTER = ["Most read", "Council approves budget after long debate", "© 2024 The Courier"]

# Paragraphs in German, for the pages of German publications.
GERMAN = [
    "Die Verkehrsminister der Länder haben sich am Montag auf einen neuen Preis für das "
    "Deutschlandticket geeinigt, wie mehrere Teilnehmer der Konferenz bestätigten.",
    "Ab dem kommenden Jahr soll das Ticket demnach 58 Euro im Monat kosten, neun Euro mehr als "
    "bisher, weil die Zuschüsse von Bund und Ländern nicht mehr ausreichen.",
    "Fahrgastverbände kritisierten die Erhöhung und warnten, dass viele Abonnenten ihr Ticket "
    "nun kündigen könnten, wenn der Preis in den nächsten Jahren weiter steigt.",
]


def dump(*article: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    """A page: the menu, a headline, `head`, the article's lines, `tail`, the footer."""
    return page(
        *MENU,
        "Talks on trade to resume after three years",
        *head,
        *article,
        *tail,
        *FOOTER,
    )


def paragraphs(text: str) -> list[str]:
    return clean_text(text).body.split("\n\n")


# --- what the run stops short of -------------------------------------------------------------


def test_an_unbracketed_wire_credit_ends_the_article() -> None:
    body = paragraphs(
        dump(
            *PROSE,
            "Reporting by Howard Schneider and Ann Saphir; Editing by Andrea Ricci",
            head=("By Howard Schneider and Ann Saphir",),
            tail=("Our Standards: The Thomson Reuters Trust Principles.",),
        )
    )
    assert body[-1] == "Reporting by Howard Schneider and Ann Saphir; Editing by Andrea Ricci"
    assert body[-2] == PROSE[-1]


def test_a_credit_over_two_lines_ends_the_article_with_both() -> None:
    body = paragraphs(
        dump(
            *PROSE,
            "Additional reporting by Jane Roe in Tokyo",
            "Writing by Tom Bell; Editing by Sara Lee",
            head=("By Kiyoshi Takenaka",),
        )
    )
    assert body[-2:] == [
        "Additional reporting by Jane Roe in Tokyo",
        "Writing by Tom Bell; Editing by Sara Lee",
    ]


def test_a_german_agency_credit_ends_the_article() -> None:
    body = paragraphs(
        page(*MENU, "Deutschlandticket wird teurer", *GERMAN, "Mit Material von dpa und AFP")
    )
    assert body[-1] == "Mit Material von dpa und AFP"


@pytest.mark.parametrize("credit", ["(mit dpa)", "(mit AFP)"])
def test_a_german_agency_credit_in_brackets_ends_the_article(credit: str) -> None:
    body = paragraphs(
        page(
            *MENU,
            "Deutschlandticket wird teurer",
            *GERMAN,
            credit,
            "Mehr zum Thema",
            "Zoobrücke: Sanierung soll 2026 beginnen",
            "KVB streicht Takt auf mehreren Linien",
            "Impressum",
        )
    )
    assert body == [*GERMAN, credit]


def test_a_polish_agencys_initials_end_the_article() -> None:
    # PAP's editors' initials, each after a slash and a space, under the writer's credit.
    body = paragraphs(
        dump(*PROSE, tail=("Autorka: Anna Wrzosek (PAP)", "awrz/ mhr/", "Tematy", "foki"))
    )
    assert body[-2:] == [PROSE[-1], "awrz/ mhr/"]


def test_an_indian_agencys_initials_end_the_article_and_the_feeds_note_goes() -> None:
    # PTI's editors' initials in capitals; the site's note that it did not edit the story.
    note = (
        "(This story has not been edited by Courier staff and is published from a syndicated feed.)"
    )
    body = paragraphs(dump(*PROSE, tail=("PTI KSU RS", note, "Published 04 November 2025")))
    assert body == [*PROSE, "PTI KSU RS"]


@pytest.mark.parametrize("mark", ["(完)", "（完）"])
def test_a_chinese_wire_storys_end_mark_keeps_its_last_sentence(mark: str) -> None:
    last = "目前，当地文物部门已对遗址采取保护措施，并设立了保护标志。" + mark
    text = "\n".join(
        ["考古队在内蒙古发现旧石器时代遗址", *CHINESE, last, "【编辑:李涛】", "责任编辑：张晓"]
    )
    assert paragraphs(text) == [*CHINESE, last]


def test_a_canadian_papers_files_credit_ends_the_article() -> None:
    body = paragraphs(dump(*PROSE, "With files from The Canadian Press", head=("By Jessica Ng",)))
    assert body[-2:] == [PROSE[-1], "With files from The Canadian Press"]


def test_a_newsletters_welcome_opens_the_article() -> None:
    welcome = "Welcome to BIG, a newsletter on the politics of monopoly power."
    body = paragraphs(dump(welcome, *PROSE, head=("Matt Stoller", "Mar 05, 2023", "Share")))
    assert body[0] == welcome


def test_a_german_newsletters_welcome_opens_the_article() -> None:
    welcome = "Willkommen beim Verkehrsbrief, dem Newsletter über Bahn, Bus und Rad."
    body = paragraphs(page(*MENU, "Deutschlandticket wird teurer", "Teilen", welcome, *GERMAN))
    assert body[0] == welcome


def test_a_welcome_that_asks_to_sign_up_stays_out() -> None:
    prompt = "Welcome to the Morning Brief newsletter! Sign up to get it in your inbox."
    body = paragraphs(dump(prompt, *PROSE))
    assert body[0] == PROSE[0]


@pytest.mark.parametrize("label", ["Dive Brief:", "Background:", "The facts so far:"])
def test_a_label_of_the_first_section_opens_the_article(label: str) -> None:
    credit = "Trucks wait at the port gates in the morning. Justin Sullivan via Getty Images"
    body = paragraphs(dump(label, *PROSE, head=("Published Jan. 22, 2024", "Kelly Wu", credit)))
    assert body == [label, *PROSE]


@pytest.mark.parametrize("label", ["Text by:", "Updated:", "Listen:", "分享到："])
def test_a_pages_label_over_the_first_paragraph_stays_out(label: str) -> None:
    body = paragraphs(dump(label, *PROSE, head=("Published Jan. 22, 2024", "Kelly Wu")))
    assert body == PROSE


def test_short_closing_sentences_in_japanese_end_the_article() -> None:
    # One line each, no blank line between them, as the page's dump gives them.
    article = [
        "強い冬型の気圧配置の影響で、北海道では6日未明から記録的な大雪となり、JR北海道は"
        "札幌駅を発着する全ての列車について終日運休すると発表した。",
        "道路では立ち往生する車が相次ぎ、北海道警によると、市内で少なくとも30件のスリップ事故"
        "が起きたという。",
        "気象台は「不要不急の外出は控えてほしい」と呼びかけている。",
        "大雪は7日にかけて続く見込みだ。",
    ]
    furniture = ["この記事を書いた人", "山本健一", "関連ニュース"]
    text = "\n".join(["北海道で記録的な大雪　列車が終日運休", *article, *furniture])
    assert paragraphs(text) == article


# --- what the run takes that is not the article ----------------------------------------------


def test_a_key_points_box_over_the_article_is_left_out() -> None:
    body = paragraphs(
        dump(
            *PROSE,
            head=(
                "By political reporter Tom Crowley",
                "Photo shows Treasurer Jim Chalmers, wearing a suit, speaking in the House.",
                "Key points:",
                "The changes give a bigger tax cut to people earning less than $150,000",
                "The Coalition did not oppose the legislation",
                "The cuts take effect on July 1",
            ),
        )
    )
    assert body == PROSE


WATER_STORY = [
    "The city has suspended its water cuts for the weekend, saying heavy rain and lower demand "
    "had eased pressure on its reservoirs after a dry summer.",
    "In a statement on Friday, the water board said its dams had risen to 41 percent of "
    "capacity, the highest level recorded since the start of the drought in March.",
    "The board said it had also cut its spending on emergency water tankers by half since "
    "April, as fewer suburbs needed them.",
    "It warned, however, that the cuts could return at short notice if the weather turned dry "
    "again before the end of the month.",
    "Residents in the eastern suburbs, where taps ran dry for days at a time in July, said "
    "they were relieved but would keep storing water in case.",
]


def test_an_unlabelled_box_of_points_the_article_repeats_is_left_out() -> None:
    points = [
        "The dams have risen to 41 percent of capacity.",
        "Spending on emergency water tankers has halved since April.",
        "The board warned that the cuts could return at short notice.",
    ]
    text = page(
        *MENU,
        "City suspends water cuts for the weekend as rain fills dams",
        "Ann Ruiz",
        "\n".join([*points, *WATER_STORY]),
        *FOOTER,
    )
    assert paragraphs(text) == WATER_STORY


def test_short_opening_paragraphs_the_article_goes_on_to_tell_stay() -> None:
    # A tabloid's short lede, which restates the headline, and the details it goes on to tell.
    opening = [
        "The city has suspended its water cuts for the weekend.",
        "The dams have risen to 41 percent of capacity.",
        "Spending on emergency water tankers has halved since April.",
    ]
    text = page(
        *MENU,
        "City suspends water cuts for the weekend as rain fills dams",
        "Ann Ruiz",
        "\n".join([*opening, *WATER_STORY]),
        *FOOTER,
    )
    assert paragraphs(text) == [*opening, *WATER_STORY]


def test_a_bulleted_summary_box_is_left_out() -> None:
    body = paragraphs(
        dump(
            *PROSE,
            head=(
                "Natasha Turak",
                "Key Points",
                "  • The two governments will resume talks on trade and security next month.",
                "  • Analysts see a sign that relations are slowly improving.",
            ),
        )
    )
    assert body == PROSE


def test_a_german_summary_box_is_left_out() -> None:
    body = paragraphs(
        page(
            *MENU,
            "Deutschlandticket wird teurer",
            "Das Wichtigste in Kürze",
            "  • Das Ticket kostet ab Januar 58 Euro im Monat.",
            "  • Fahrgastverbände warnen vor Kündigungen.",
            *GERMAN,
        )
    )
    assert body == GERMAN


def test_a_list_after_the_first_paragraph_stays() -> None:
    items = ["more staff in urgent treatment centres", "a new hospital in the north"]
    body = paragraphs(dump(PROSE[0], "Key points:", *items, *PROSE[1:]))
    assert body[1:4] == ["Key points:", *items]


def test_a_bylines_pieces_under_a_caption_are_no_article_text() -> None:
    caption = (
        "Women fill containers with water at a public tap in the suburbs of the capital on "
        "March 11, 2024. © Fethi Belaid, AFP"
    )
    body = paragraphs(dump(*PROSE, head=("2 min", caption, "Text by:", "NEWS WIRES")))
    assert body == PROSE


def test_a_pictures_description_is_no_article_text() -> None:
    body = paragraphs(
        dump(
            PROSE[0],
            "Image description: A crowd waits outside the ministry in the rain.",
            *PROSE[1:],
            head=("Photo shows the two foreign ministers shaking hands before the meeting.",),
        )
    )
    assert body == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Video shows the moment the bridge gave way, sending two cars into the river below.",
        "Photo shows the damage the storm did to the harbour. Fishermen said it was the worst "
        "they had seen in forty years, and several boats were lost.",
    ],
)
def test_a_paragraph_that_starts_like_a_pictures_description_stays(line: str) -> None:
    body = paragraphs(dump(PROSE[0], PROSE[1], line, *PROSE[2:]))
    assert body == [PROSE[0], PROSE[1], line, *PROSE[2:]]


def test_an_ap_bio_under_its_name_line_is_left_out() -> None:
    body = paragraphs(
        dump(
            *PROSE,
            "Associated Press writer Cathy Bussewitz in New York contributed to this report.",
            "JOSH BOAK",
            "Boak covers the White House and economic policy for The Associated Press.",
            "twitter",
            head=("By JOSH BOAK and ZEKE MILLER",),
        )
    )
    assert body[-1] == (
        "Associated Press writer Cathy Bussewitz in New York contributed to this report."
    )


def test_a_local_papers_bio_with_a_phone_number_is_left_out() -> None:
    body = paragraphs(
        dump(
            *PROSE,
            "Mike Hadley covers city government for the Courier. Reach him at 570-555-0143.",
            head=("By Mike Hadley, Staff Writer",),
            tail=("Tags", "City Council"),
        )
    )
    assert body == PROSE


def test_a_contact_line_under_the_article_is_left_out() -> None:
    body = paragraphs(
        dump(*PROSE, "Contact the author at jane.doe@courier.com.", head=("By Jane Doe",))
    )
    assert body == PROSE


def test_a_german_bio_under_the_article_is_left_out() -> None:
    body = paragraphs(
        page(
            *MENU,
            "Deutschlandticket wird teurer",
            "Von Anja Heuser, ARD-Hauptstadtstudio",
            *GERMAN,
            "Anja Heuser ist Korrespondentin im ARD-Hauptstadtstudio.",
        )
    )
    assert body == GERMAN


def test_a_last_paragraph_about_someone_else_who_covers_something_stays() -> None:
    last = "Ortiz covers the cost of the new fountain from the parks budget, she said."
    body = paragraphs(dump(*PROSE, last, head=("By Mike Hadley, Staff Writer",)))
    assert body[-1] == last


def test_a_broadcasters_note_under_the_article_is_left_out() -> None:
    body = paragraphs(
        page(
            *MENU,
            "Deutschlandticket wird teurer",
            *GERMAN,
            "Über dieses Thema berichtete tagesschau24 am 23. September 2024 um 12:00 Uhr.",
            "Mehr zum Thema",
        )
    )
    assert body == GERMAN


def test_an_english_broadcasters_note_is_left_out() -> None:
    body = paragraphs(dump(*PROSE, "This story first aired on CBS Mornings on March 3, 2024."))
    assert body == PROSE


MATCH_REPORT = [
    "Northfield beat Harbour City 3-1 on Saturday, coming from behind after conceding in the "
    "first half to move level on points with the league leaders.",
    "Harbour City took the lead in the 27th minute when their captain curled a free kick over "
    "the wall, and Northfield struggled to find a way back before the break.",
    "Two headers from the substitute striker turned the game after the interval, and a late "
    "counter-attack sealed the win in front of a crowd of more than 30,000.",
]
LINEUPS = [
    "Harbour City: Moreno, Pratt, Osei, Lindqvist, Baker, Tanaka, Duval, Greene, Kowalski, "
    "Hart, Nunez",
    "Northfield: Okafor, Reyes, Brandt, Sullivan, Marsh, Ito, Van Dijk, Costa, Ali Demir, "
    "Jonas Berg, Price",
]


@pytest.mark.parametrize("heading", [["Line-ups"], ["Startaufstellungen"], []])
def test_a_match_reports_line_ups_under_its_last_paragraph_are_its_last_lines(heading):
    text = page(
        "Home",
        "Sport",
        "Northfield come from behind to beat Harbour City",
        *MATCH_REPORT,
        "\n".join([*heading, *LINEUPS]),
        "Related stories\nLeague table after matchday 12\nCup draw pairs Northfield with rivals",
        "Contact us",
    )
    assert clean_text(text).body.split("\n\n")[-len(LINEUPS) - len(heading) :] == [
        *heading,
        *LINEUPS,
    ]


def test_a_match_reports_scorers_and_referee_after_a_box_of_links_are_its_last_lines() -> None:
    # The page's "Scorers" tab says the first line's label again; the box above is a teaser.
    scorers = [
        "Scorers – Northfield: T Okafor 1-7 (5f), D Reyes 0-4, G Brandt 0-3, C Marsh 0-2.",
        "Harbour City: P Moreno 0-9 (7f), B Pratt 0-4, D Osei 0-3, S Hart 0-1 (f).",
        "Referee: J Keenan (Wicklow).",
    ]
    text = page(
        "Home",
        "Sport",
        "Northfield come from behind to beat Harbour City",
        *MATCH_REPORT,
        "\n".join(
            [
                "Read more",
                "Cup draw pairs Northfield with their old rivals",
                "League table after matchday 12",
                "Scorers",
                *scorers,
            ]
        ),
        "Join the conversation\nComments\nMost Read\nTerms & Conditions\nContact Us",
    )
    assert clean_text(text).body.split("\n\n") == [*MATCH_REPORT, *scorers]


def test_a_match_reports_result_with_its_sets_and_best_player_are_its_last_lines() -> None:
    facts = ["Northfield – Harbour City 2:3 (25:23, 22:25, 25:19, 23:25, 14:16)", "MVP: Ali Demir"]
    text = page(
        "Home",
        "Volleyball",
        "Harbour City win the tie-break in Northfield",
        *MATCH_REPORT,
        *facts,
        "See also",
        "League table after matchday 12",
        "Contact us",
    )
    assert clean_text(text).body.split("\n\n") == [*MATCH_REPORT, *facts]


def test_a_tags_line_under_the_article_is_no_line_up() -> None:
    tags = "Tags: Football, Northfield, Harbour City, League, Transfers, Injuries, Fixtures"
    text = page("Home", "Northfield come from behind", *MATCH_REPORT, tags, "Contact us")
    assert clean_text(text).body.split("\n\n") == MATCH_REPORT


@pytest.mark.parametrize("verdict", ["Calificación: FALSO", "Verdict: Mostly false"])
def test_a_fact_checks_verdict_closes_the_article(verdict: str) -> None:
    # The verdict under the conclusion, no full stop after it, then the page's furniture.
    conclusion = (
        "The video of cars swept away by the water was not filmed this week during the storm, "
        "but in another country four years ago, as the reverse image search shows."
    )
    clip = clean_text(
        page("Fact check", "No, this video of a flood was not filmed this week", *PROSE,
             "Conclusion", conclusion, verdict, "Tags", "Floods", "Related stories",
             "Terms of use")
    )  # fmt: skip
    assert clip.body.split("\n\n")[-2:] == [conclusion, verdict]


def test_a_short_first_paragraph_under_the_pages_buttons_is_the_articles() -> None:
    # (The council passed the plan for new bus routes.)  Under the font-size button.
    lede = "시의회가 버스 노선 신설 계획을 통과시켰다."
    text = page(
        "뉴스\n정치\n사회\n로그인",
        "시의회, 버스 노선 4개 신설 계획 통과",
        "김민준 기자",
        "입력 : 2025-03-12 15:47:31",
        "공유\n글자크기 설정",
        lede,
        *KOREAN,
        "관련기사\n시내버스 요금 동결\n회사소개\n고객센터",
    )
    assert paragraphs(text) == [lede, *KOREAN]
