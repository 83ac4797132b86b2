"""The text cleaner keeps every line of the article and drops the furniture a page sets
between its paragraphs: a short list inside the article stays whatever its script (Hindi's
and Arabic's words have no capitals to tell them from headlines by)."""

from __future__ import annotations

from pages import page
from test_clean_text_related_links import ARABIC, HEADLINE, HINDI

from clipper.clean.text import clean_text


def one_block(*lines: str) -> str:
    """Lines a dump holds with no blank line between them, as a copy-paste of some sites."""
    return "\n".join(lines)


def test_a_list_of_readings_inside_a_hindi_article_stays():
    readings = [
        "कहां कितना AQI",
        "आनंद विहार: 487",
        "जहांगीरपुरी: 479",
        "वजीरपुर: 476",
        "नोएडा सेक्टर 62: 441",
    ]
    got = clean_text(page(HEADLINE, one_block(*HINDI[:2], *readings, *HINDI[2:])))
    assert got.body.split("\n\n") == [*HINDI[:2], *readings, *HINDI[2:]]


def test_a_list_of_prices_inside_an_arabic_article_stays():
    prices = ["أسعار التذاكر في المدن", "القاهرة: 35 جنيها", "الجيزة: 30 جنيها", "طنطا: 25 جنيها"]
    got = clean_text(page(HEADLINE, one_block(*ARABIC[:2], *prices, ARABIC[2])))
    assert got.body.split("\n\n") == [*ARABIC[:2], *prices, ARABIC[2]]
