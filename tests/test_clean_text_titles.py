"""The plain-text cleaner taking the article's own headline, never a line that stands beside it:
a player's, a gallery's or an app's button, a photo's caption, a skip link, a byline with its
writer's address.  Each test is one small synthetic page, as a browser's text dump prints it."""

from __future__ import annotations

import pytest
from pages import CHINESE, HINDI, KOREAN, PROSE, page
from translations import PERSIAN_BUSES_VOTE

from clipper.clean.text import clean_text

HEADLINE = "Senate passes stopgap bill to avert government shutdown"

# Paragraphs in Persian, a city council story.


@pytest.mark.parametrize(
    "button",
    ["Heard on Morning Edition", "Enjoy more audio and podcasts on iOS or Android.", "Lihat Foto",
     "Ver galería", "Смотреть видео", "Ouvir notícia", "Voir les photos (12)"],
)  # fmt: skip
def test_a_player_gallery_or_app_button_is_never_the_headline(button: str) -> None:
    # Over a short headline, and between a headline's standfirst and its photo's caption.
    short = "Senate passes bill"
    clip = clean_text(page("World", button, short, "Ana Ruiz", "March 3, 2024", *PROSE))
    assert clip.title == short
    standfirst = "Lawmakers approved the measure late Friday, hours before the deadline"
    caption = "Senators leave the Capitol after the vote in Washington on Friday"
    clip = clean_text(
        page("World", HEADLINE, standfirst, button, caption, "By Ana Ruiz", "March 3, 2024", *PROSE)
    )
    assert (clip.title, clip.date, clip.author) == (HEADLINE, "2024-03-03", "Ana Ruiz")


@pytest.mark.parametrize(
    "headline",
    ["Watch video: rescuers pull a girl from the river", "Seen on TV and sold out: the air fryer",
     "Heard on the street: traders brace for a rate cut"],
)  # fmt: skip
def test_a_headline_that_opens_like_a_media_button_is_still_the_headline(headline: str) -> None:
    clip = clean_text(page("Home", "World", headline, "By Ana Ruiz", "March 3, 2024", *PROSE))
    assert clip.title == headline


def test_a_persian_photo_caption_over_the_headline_is_neither_title_nor_text() -> None:
    headline = "شورای شهر چهار خط تازه اتوبوس را تصویب کرد"
    caption = "عکس: اتوبوس در ایستگاه مقابل ساختمان شورای شهر"  # "Photo: a bus at a stop …"
    clip = clean_text(page("خانه", "جامعه", caption, headline, *PERSIAN_BUSES_VOTE))
    assert clip.title == headline
    clip = clean_text(
        page("خانه", "جامعه", headline, PERSIAN_BUSES_VOTE[0], caption, *PERSIAN_BUSES_VOTE[1:])
    )
    assert caption not in clip.body


def test_a_caption_ending_in_a_russian_photo_credit_is_no_text_of_the_article() -> None:
    russian = [
        "Городской совет во вторник проголосовал за расширение автобусной сети, и в ближайшие "
        "месяцы в северных районах города появятся четыре новых маршрута до больницы.",
        "По словам чиновников, новые маршруты начнут работать осенью, когда будет завершён набор "
        "и обучение водителей, а новые автобусы поступят в городские парки.",
    ]
    headline = "Совет одобрил четыре новых автобусных маршрута"
    caption = "Автобус на остановке у здания городского совета. Фото: РИА Новости"
    clip = clean_text(
        page("Главная", headline, "3 марта 2024, 10:15", russian[0], caption, russian[1])
    )
    assert (clip.title, clip.date) == (headline, "2024-03-03")
    assert caption not in clip.body
    assert russian[1] in clip.body


@pytest.mark.parametrize(
    "skip", ["Ir para o conteúdo", "Ir para o conteúdo principal", "Pular para o conteúdo"]
)
def test_a_skip_link_is_never_the_headline(skip: str) -> None:
    clip = clean_text(page(skip, "Ana Ruiz", "March 3, 2024", HEADLINE, *PROSE))
    assert clip.title == HEADLINE
    assert skip not in clip.body


def test_a_skip_link_in_a_sentence_is_text() -> None:
    line = "Zum Inhalt des Vertrags wollte sich der Minister am Dienstag nicht äußern."
    clip = clean_text(page("Home", HEADLINE, "By Ana Ruiz", PROSE[0], line, *PROSE[1:]))
    assert line in clip.body


@pytest.mark.parametrize(
    "byline", ["김민준 기자 mjkim@yna.co.kr", "(서울=연합뉴스) 김민준 기자 mjkim@yna.co.kr"]
)
@pytest.mark.parametrize("under", [True, False])
def test_a_korean_byline_with_the_writers_address_is_never_the_headline(
    byline: str, under: bool
) -> None:
    headline = "국회, 내년도 정부 예산안 처리 시한 앞두고 막판 협상 돌입"
    header = [headline, byline] if under else [byline, headline]
    clip = clean_text(page("연합뉴스", "정치", *header, "2024-03-03 10:15", *KOREAN))
    assert (clip.title, clip.date) == (headline, "2024-03-03")


def test_a_line_with_an_email_address_is_never_the_headline() -> None:
    short = "Senate passes bill"
    clip = clean_text(
        page("World", "Contact: ana.ruiz@example.com", short, "March 3, 2024", *PROSE)
    )
    assert (clip.title, clip.date) == (short, "2024-03-03")


def test_a_caption_under_the_whole_header_is_not_the_headline() -> None:
    # The headline, its byline and dateline, then the photo's caption and its credit.
    headline = "Tuesday's college football: Eastern Michigan routs Northern Illinois"
    clip = clean_text(
        page("Learn More", headline, "Detroit News wire services",
             "Published 11:11 PM EST Nov 19, 2019", "Eastern Michigan quarterback Mike Glass III",
             "Al Goldis, Associated Press", *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2019-11-19")


def test_a_headline_under_another_storys_teaser_and_its_date_is_the_title() -> None:
    # A dateline alone under a teaser, over the headline and its writer: no whole header.
    clip = clean_text(
        page("City Talk", "Initial public offerings: Is there still a pulse?",
             "Wednesday 20 November 2019 9:22 am", HEADLINE, "Anna Menin", *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.author) == (HEADLINE, "Anna Menin")


@pytest.mark.parametrize(
    ("first", "rest"),
    [("Jihlavská zoo má poprvé po deseti letech mláďata pandy", "červené. Jména vyberou lidé"),
     ("Harbour council votes to rebuild the old stone pier", "before winter. Work starts in May")],
)  # fmt: skip
def test_a_headline_the_page_breaks_onto_a_second_line_is_the_whole_title(
    first: str, rest: str
) -> None:
    # A dump not wrapped (its paragraphs are one line each), whose headline the page itself
    # breaks: the line under it, no blank line between, goes on in lower case.
    clip = clean_text(
        page("Zprávy", f"{first}\n{rest}", "4.11.2025 17:30", "Kateřina Svobodová", *PROSE)
    )
    assert clip.title == f"{first} {rest}"
    assert rest not in clip.body


def test_a_byline_in_lower_case_under_the_headline_is_not_part_of_it() -> None:
    clip = clean_text(page("World", f"{HEADLINE}\nby Ann Lee", "March 3, 2024", *PROSE))
    assert (clip.title, clip.author) == (HEADLINE, "Ann Lee")


@pytest.mark.parametrize(
    "button", ["Gift this article free", "Share this story", "Save this article"]
)
def test_a_button_sharing_the_article_under_its_header_is_never_the_headline(button: str) -> None:
    # Under the header (its byline names two writers with their roles), over the photo's
    # caption: the button stands where a headline under its dateline would.
    standfirst = "Lawmakers approved the measure late Friday, hours before the deadline"
    byline = "Ana Ruiz, Political Editor and Tom Hale, Washington Correspondent"
    clip = clean_text(
        page("World", "Politics latest: Senate leaders meet", HEADLINE, standfirst, byline,
             "March 3, 2024 6:00pm", "Related Topics", "Senate, Budget", button,
             "Senators leave the Capitol after the vote", *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.date) == (HEADLINE, "2024-03-03")


def test_a_byline_of_two_writers_with_their_roles_is_never_the_headline() -> None:
    byline = "Ana Ruiz, Political Editor and Tom Hale, Washington Correspondent"
    clip = clean_text(
        page("World", "Subscribe", "Senators leave the Capitol after the vote", byline,
             "March 3, 2024 6:00pm", *PROSE)
    )  # fmt: skip
    assert clip.title == "Senators leave the Capitol after the vote"


def test_a_ticker_headline_over_the_section_labels_and_dateline_is_not_the_title() -> None:
    # Another story's headline, unlabelled, over the article's section and subsection and its
    # dateline: the labels open the article's header, and the headline under it is the title.
    standfirst = (
        "From July next year, petrol motorbikes will no longer be allowed inside the first ring "
        "road, under a plan the city government issued on Thursday afternoon."
    )
    clip = clean_text(
        page("Home", "World", "Business", "Gold price today jumps past a record high",
             "News", "Traffic", "Thursday, 6/11/2025, 14:20 (GMT+7)", HEADLINE, standfirst,
             "Motorbikes on a street in the old quarter. Photo: Giang Huy", *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.date) == (HEADLINE, "2025-11-06")


def test_two_writers_marked_by_their_role_over_the_dateline_still_sign_the_header() -> None:
    # A Korean header: the headline, two writers each marked "기자", the dateline; the
    # photo's caption under it is no headline.
    headline = "시의회, 버스 노선 4개 신설 계획 통과…가을부터 운행"
    clip = clean_text(
        page("사회", "교통", headline,
             "김민기 기자", "박진성 기자", "입력 2025.11.06. 00:40", "공유",
             "시내버스가 5일 시청 앞 정류장을 지나고 있다. /장련성 기자",
             *KOREAN)
    )  # fmt: skip
    assert clip.title == headline


# Paragraphs in Hebrew, a column on housing.
HEBREW = [
    "בשבוע שעבר פרסמה הלשכה המרכזית לסטטיסטיקה את מדד מחירי הדירות האחרון, ולפיו מחיר דירה "
    "ממוצעת בישראל עומד כעת על כ-2.3 מיליון שקל, ובתל אביב על יותר מ-4 מיליון.",
    "כמו בכל פעם, לא עברו יותר מכמה שעות עד שהתחילו ההסברים ברשתות: הצעירים של היום רוצים "
    'הכול מיד, טסים לחו"ל פעמיים בשנה וקונים קפה יקר כל בוקר.',
    "הבעיה היא שבמשך יותר מעשור, ממשלות ישראל הבטיחו לשבור את מחירי הדיור ולא עשו את הדבר "
    "היחיד שבאמת משנה: לבנות מספיק, מהר, ובמקומות שבהם אנשים רוצים לגור.",
]

# A standfirst as long as a short paragraph: two sentences, the last without its full stop
# (no paragraph of the article: a writer's name and a dateline follow it).
LONG_STANDFIRST = (
    "The Senate passed the stopgap bill by 68 votes to 31 late on Friday. The House is "
    "expected to vote on the measure on Saturday morning at the latest"
)


def test_a_headline_over_a_long_standfirst_and_a_name_alone_is_the_title() -> None:
    assert 25 < len(LONG_STANDFIRST.split()) < 30
    clip = clean_text(
        page("Politics", "Senate", HEADLINE, LONG_STANDFIRST, "N. Matić", "3 hours ago",
             "Comments (14)", "Share", *PROSE)
    )  # fmt: skip
    assert clip.title == HEADLINE


def test_a_hebrew_headline_over_a_long_standfirst_a_name_and_a_label_is_the_title() -> None:
    # The writer's name (no capitals tell it) and the column's label stand between the
    # standfirst and the dateline.
    headline = "הדור שלי לא יקנה דירה, וזה לא בגלל הקפה"
    standfirst = (
        "כל פעם שמתפרסם נתון חדש על מחירי הדירות, מישהו ממהר להסביר לצעירים שהם פשוט מבזבזים "
        "יותר מדי. הבעיה היא לא הקפה בבוקר, אלא מדיניות שנכשלה במשך עשור"
    )
    clip = clean_text(
        page("חדשות", "דעות", headline, standfirst, "נועה לנדאו-כהן", "טור דעה",
             "10/11/2025, 07:30", "שיתוף בפייסבוק", *HEBREW)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2025-11-10")


@pytest.mark.parametrize(
    "headline", ["Home Depot sales miss, shares plunge", "Home Office shares asylum plan"]
)
def test_a_headline_of_a_companys_shares_or_home_is_still_the_headline(headline: str) -> None:
    # Under its section and dateline, over its standfirst and byline; a video's title and
    # caption between the byline and the text.
    standfirst = "The home-improvement retailer earned $2.8 billion in the third quarter."
    clip = clean_text(
        page("Earnings", "Published 1 day ago", headline, standfirst, "Facebook", "Twitter",
             "By Jonathan Garber", "video",
             "Ken Langone is 'proud' of Home Depot employees living out their American dream",
             *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.author) == (headline, "Jonathan Garber")


def test_a_two_writer_byline_cut_by_the_lines_end_is_never_the_headline() -> None:
    # The second writer's role runs onto the next line: "…and Tom Hale, Washington" /
    # "Correspondent".
    byline = "Ana Ruiz, Political Editor and Tom Hale, Washington\nCorrespondent"
    clip = clean_text(
        page("World", "Subscribe", "Senators leave the Capitol after the vote", byline,
             "March 3, 2024 6:00pm", *PROSE)
    )  # fmt: skip
    assert clip.title == "Senators leave the Capitol after the vote"


def test_a_ticker_with_a_live_label_glued_to_it_is_not_the_title() -> None:
    # Another page's live coverage, its label in capitals without a colon, over the article's
    # section labels; the header's photo caption under the standfirst, then two writers.
    standfirst = (
        "Ministers from both countries met for the first time in almost three years and agreed "
        "to a second round"
    )
    clip = clean_text(
        page("Sport", "Football", "Tennis", "Log in",
             "LIVE Arsenal - Chelsea: the London derby, as it happens", "Football",
             "Primera División", "Real Betis", HEADLINE, standfirst,
             "The two delegations before the meeting.", "Talks",
             "Laura Finch", "Peter Gould", "London", "Updated Sunday, 9 March 2025 - 23:14",
             "Share on Facebook", *PROSE)
    )  # fmt: skip
    assert (clip.title, clip.body.split("\n\n")[0]) == (HEADLINE, PROSE[0])


def test_a_headline_over_two_decks_and_writers_marked_by_their_role_is_the_title() -> None:
    # A Korean header: a ticker's line, the section, the headline, its two decks (second
    # headlines, shorter), two writers each marked "기자", the dateline, the photo's caption.
    headline = "시의회, 버스 노선 4개 신설 계획 통과…북부 주거지 가을부터 운행"
    clip = clean_text(
        page("[속보] 한은, 기준금리 연 2.75% 동결", "사회", headline,
             "시민병원·대학 잇는 새 노선", "운행 비용 약 120억원 예상",
             "김민기 기자", "박진성 기자", "입력 : 2025-11-06 15:47:31",
             "시내버스가 5일 시청 앞 정류장을 지나고 있다. [장련성 기자]", "공유",
             *KOREAN)
    )  # fmt: skip
    assert clip.title == headline


@pytest.mark.parametrize("credit", ["[장련성 기자]", "[사진=연합뉴스]"])
def test_a_caption_with_its_credit_in_brackets_under_the_dateline_is_not_the_headline(
    credit: str,
) -> None:
    # A Korean header: the section, the headline, the dateline, then the photo's caption,
    # its credit in brackets after the sentence's full stop.
    headline = "시의회, 버스 노선 4개 신설 계획 통과…북부 주거지 가을부터 운행"
    caption = f"시내버스가 5일 시청 앞 정류장을 지나고 있다. {credit}"
    clip = clean_text(
        page("사회", headline, "입력 : 2025-11-06 15:47:31", caption, "공유", "글자크기 설정",
             *KOREAN)
    )  # fmt: skip
    assert clip.title == headline


def test_a_headline_over_its_deck_without_full_stops_and_a_by_line_is_the_title() -> None:
    # A Hindi header whose lines end in no full stop (read as the text's first lines): a
    # ticker, the breadcrumb, the headline, its deck, then "By" and the dateline.
    headline = "नगर निगम ने बस सेवा के विस्तार को दी मंजूरी, उत्तरी इलाकों में चलेंगी चार नई बसें सर्दियों से"
    deck = "अस्पताल और विश्वविद्यालय तक सीधी बस सेवा शुरू होगी, बहस के बाद भारी बहुमत से पास"
    clip = clean_text(
        page("होम", "देश", "विदेश", "ब्रेकिंग : शहर में होली को लेकर सुरक्षा कड़ी, 2500 जवान तैनात",
             "Home", "शहर", headline, deck, "By राजेश कुमार झा",
             "Updated at : 12 Mar 2025 6:45 PM (IST)", "Share Via :", *HINDI)
    )  # fmt: skip
    assert clip.title == headline


@pytest.mark.parametrize(
    "ticker",
    [("BREAKING: Storm cuts power to 40,000 homes across the north of the region",),
     ("Головне зараз: Ворог атакував енергетику Харківщини, частина області без світла",),
     ("НАЈНОВИЈЕ", "Вучић: Србија ће наставити европски пут, али не по сваку цену"),
     ("Последние новости", "В Подмосковье ввели режим повышенной готовности из-за снегопада")],
)  # fmt: skip
def test_a_ticker_over_the_section_labels_and_the_headline_is_not_the_title(
    ticker: tuple[str, ...],
) -> None:
    # The ticker's line (under its label alone, or with its label), the desk's name (two
    # words in capitals, like a name) and the section, the headline, the photo's caption with
    # its credit, the dateline: the dateline is the headline's, not the ticker's.
    caption = "The Senate chamber after the vote, 12 October 2025. Photo: Capitol News"
    clip = clean_text(
        page("Home", "News", "Politics", *ticker, "Capitol Desk", "Politics", HEADLINE,
             caption, "12 October 2025, 16:48", "Share", *PROSE)
    )  # fmt: skip
    assert clip.title == HEADLINE
    clip = clean_text(
        page("Home", "News", "Politics", *ticker, "Politics", HEADLINE, "Photo: Capitol News",
             "Author: Ana Ruiz", "11.10.2025. 13:27", "Share", *PROSE)
    )  # fmt: skip
    assert clip.title == HEADLINE


def test_a_subtitle_as_long_as_the_headline_over_the_writers_is_not_the_title() -> None:
    # A ticker's line, the section, the headline, its subtitle of as many words (sentence
    # case, no full stop: it reads like a headline too), two writers, the dateline.
    headline = "Governments agree to resume trade and security talks after a pause of three years"
    subtitle = "Officials in both capitals say the first meeting could take place early next month"
    assert len(headline.split()) == len(subtitle.split())
    clip = clean_text(
        page("Politics", "Economy", "Latest news", "Storm warning issued for the coast",
             "World", headline, subtitle, "Laura Finch", "Peter Gould",
             "13 October 2025, 00:01", "Share", *PROSE)
    )  # fmt: skip
    assert clip.title == headline


def test_a_headline_over_its_photos_caption_and_a_byline_marked_by_its_label_is_the_title() -> None:
    # A Hong Kong header: a ticker's line, two section labels, the headline, the photo's
    # caption with its credit in brackets, the writer marked "撰文：" (no "By"), a second
    # writer, the dateline: the caption stands nearer the dateline than the headline does.
    headline = "兩國宣布恢復貿易及安全會談 首輪會議最快下月舉行"
    caption = "兩國官員周五在首都會面後向傳媒講話。（資料圖片）"
    clip = clean_text(
        page("港聞", "國際", "即時：天文台：明日最高氣溫31度　下周有冷空氣南下", "國際",
             "外交", headline, caption, "撰文：陳家明", "林子健",
             "發佈日期：2025-10-11 23:48", "分享：", *CHINESE)
    )  # fmt: skip
    assert clip.title == headline
