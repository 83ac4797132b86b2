"""Dates the text cleaner reads in more shapes: a year after a spaced comma in Arabic-Indic
digits, a dotted two-digit year before a bar, Hungarian's year first, and a stamp relative to
when the page was saved ("Gisteren, 21:12", "3 घंटे पहले"), counted from the browser's print
header at the top of the dump, which is no date of the article's itself; and which stamp by the
headline is the article's ("Updated on" is an update, a caption's sentence no stamp)."""

from __future__ import annotations

import pytest
from pages import HINDI, PROSE, page
from test_clean_text_dates import ARABIC, GERMAN, HEBREW, dated

from clipper.clean.text import clean_text

DUTCH = [
    "Zorgverzekeraars verhogen de premie voor de basisverzekering volgend jaar met gemiddeld "
    "acht euro per maand, zo blijkt uit de bekendmakingen van dinsdag.",
    "Een verzekerde betaalt daarmee gemiddeld zo'n 160 euro per maand. De stijging komt vooral "
    "door hogere kosten voor ziekenhuiszorg en geneesmiddelen.",
    "Het kabinet wil het eigen risico vanaf 2027 verder verlagen, maar daarvoor moet de Tweede "
    "Kamer nog een wet aannemen.",
]
HUNGARIAN = [
    "A fővárosi közgyűlés kedden jóváhagyta az új villamosvonal építését, amely a külső "
    "kerületeket köti majd össze a belvárossal és a pályaudvarokkal.",
    "A beruházás költsége meghaladja a negyvenmilliárd forintot, a munkák a tervek szerint "
    "jövő tavasszal kezdődnek és két évig tartanak.",
    "Az ellenzék bírálta a tervet, szerintük a pénzt inkább a meglévő vonalak felújítására "
    "kellene fordítani, mert sok helyen rossz a pályák állapota.",
]


@pytest.mark.parametrize(
    ("menu", "headline", "stamp", "prose", "date"),
    [
        # Arabic-Indic digits, the comma after the space: "04 نوفمبر ,2025".
        (["الرئيسية", "السعودية"], "مجلس المدينة يوافق على بناء جسر جديد فوق النهر",
         "نشر في: ٠٤ نوفمبر ,٢٠٢٥: ١٢:٤٠ م GST", ARABIC, "2025-11-04"),
        # A two-digit year with dots, a bar before the time.
        (["חדשות", "בריאות"], "מועצת העיר אישרה את בניית הגשר החדש", "04.11.25 | 14:32",
         HEBREW, "2025-11-04"),
        # Hungarian: the year first, the day last with its full stop.
        (["Belföld", "Budapest"], "Jóváhagyták az új villamosvonal építését",
         "2025. november 4. 10:33", HUNGARIAN, "2025-11-04"),
        (["Belföld", "Budapest"], "Jóváhagyták az új villamosvonal építését",
         "Frissítve: 2025. márc. 14. 08:12", HUNGARIAN, "2025-03-14"),
    ],
)  # fmt: skip
def test_more_date_shapes_by_the_headline(
    menu: list[str], headline: str, stamp: str, prose: list[str], date: str
) -> None:
    clip = clean_text(dated(menu, headline, stamp, prose))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("header", "stamp", "prose", "date"),
    [
        # "Yesterday" at 21:12, the page saved on 12 November at 08:15.
        ("12-11-2025 08:15 Premie stijgt met 8 euro | Havenjournaal", "Gisteren, 21:12", DUTCH,
         "2025-11-11"),
        # Three hours before 2:10 PM on 5 November (the day first, on a Hindi page).
        ("5/11/25, 2:10 PM बस सेवा का विस्तार | हार्बर समाचार", "भोपाल3 घंटे पहले", HINDI,
         "2025-11-05"),
        # Three hours before 01:15: the day before.
        ("12-11-2025 01:15 Premie stijgt met 8 euro | Havenjournaal", "3 uur geleden", DUTCH,
         "2025-11-11"),
    ],
)  # fmt: skip
def test_a_relative_stamp_counts_back_from_the_print_headers_time(
    header: str, stamp: str, prose: list[str], date: str
) -> None:
    headline = "Premie stijgt volgend jaar met gemiddeld 8 euro per maand"
    clip = clean_text(page(header, "Home", "Binnenland", headline, stamp, *prose))
    assert clip.date == date


def test_a_relative_stamp_without_a_print_header_gives_no_date() -> None:
    headline = "Premie stijgt volgend jaar met gemiddeld 8 euro per maand"
    clip = clean_text(page("Home", "Binnenland", headline, "Gisteren, 21:12", *DUTCH))
    assert (clip.title, clip.date) == (headline, None)


def test_a_print_header_with_a_four_digit_year_is_no_date() -> None:
    headline = "Stadtrat streitet über neue Radwege"
    clip = clean_text(page("24.02.2025, 10:33", "Die Zeitung", headline, *GERMAN))
    assert (clip.title, clip.date) == (headline, None)


def test_todays_link_is_no_relative_stamp() -> None:
    headline = "Leaders agree to resume talks"
    text = page("5/11/25, 2:10 PM Leaders agree | Harbour Post", "Today's paper", headline, *PROSE)
    assert clean_text(text).date is None


# --- which stamp by the headline is the article's ----------------------------------------------


def test_an_updated_on_line_above_the_published_on_line_is_the_update() -> None:
    headline = "Metro line sees record riders on first Monday after fare cut"
    stamps = [
        "By Jane Doe, Harbour City",
        "Updated on: Oct 21, 2025 07:12 am IST",
        "Published on: Oct 20, 2025 10:45 pm IST",
    ]
    clip = clean_text(page("Home", "Cities", headline, *stamps, *PROSE))
    assert (clip.title, clip.date) == (headline, "2025-10-20")


def test_a_captions_sentence_does_not_beat_the_date_line_under_the_byline() -> None:
    headline = "Harbour port handles record cargo as fuel shipments surge"
    header = [
        "The MV Harbour II docks at the port in this photo taken on October 20, 2025.",
        "Photo credit: Jane Roe | Harbour Media Group",
        "Business",
        "Jane Doe & John Smith",
        "Harbour Media Group",
        "Tuesday, October 28, 2025",
    ]
    clip = clean_text(page("Home", "Business", headline, *header, *PROSE))
    assert (clip.title, clip.date) == (headline, "2025-10-28")
