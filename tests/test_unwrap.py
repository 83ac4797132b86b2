"""Hard-wrapped text dumps (Firefox's "save as text", lynx, e-mail): their paragraphs are put
back together before cleaning, and text that is not wrapped is left as it is."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from clipper.clean.text import clean_text
from clipper.clean.unwrap import unwrap

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

PARAGRAPH = (
    "The Sino-Japanese talks resumed on Friday after a pause of almost three years, officials "
    "in both capitals said, and the two delegations agreed to meet again in Beijing next month "
    "to discuss fishing rights around the disputed islands."
)


def hard_wrap(text: str, width: int, *, hyphens: bool = False) -> str:
    """The text as a wrapping dump gives it: every line cut to `width` columns, the
    continuation lines of an indented list item indented under it."""
    out = []
    for line in text.splitlines():
        indent = line[: len(line) - len(line.lstrip())]
        pieces = textwrap.wrap(
            line,
            width,
            subsequent_indent=indent + "  " if indent else "",
            break_long_words=False,
            break_on_hyphens=hyphens,
        )
        out += pieces or [""]
    return "\n".join(out)


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_a_seed_page_wrapped_at_any_width_cleans_as_the_page_itself(path, width):
    text = path.read_text(encoding="utf-8")
    wrapped = hard_wrap(text, width)
    assert wrapped != text
    assert clean_text(wrapped) == clean_text(text)


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_a_page_that_is_not_wrapped_is_left_as_it_is(path):
    text = path.read_text(encoding="utf-8")
    assert unwrap(text) == text


def test_a_column_of_short_headlines_is_not_taken_for_a_wrapped_paragraph():
    # Headlines of about the same length, one a line: what a list of related stories looks
    # like, and no sentence runs on from one line into the next.
    headlines = [
        "China and Japan agree to resume talks on disputed islands",
        "Tokyo stocks close higher as the yen weakens against dollar",
        "Beijing says maritime patrols will continue near the isles",
        "Japanese carmakers report record sales in the Chinese market",
        "Abe and Xi shake hands at the summit in Beijing on Monday",
        "Fishing boats return to port as the typhoon season begins",
        "Analysts expect closer trade ties between the two economies",
        "Foreign ministers to meet in Seoul for the trilateral talks",
    ]
    text = "\n\n".join([PARAGRAPH, "\n".join(headlines), PARAGRAPH.replace("Friday", "Monday")])
    assert unwrap(text) == text


def test_a_word_broken_at_its_hyphen_is_joined_without_a_space():
    text = "\n\n".join(["Officials in Tokyo said that the" + PARAGRAPH[3:]] * 4)
    wrapped = hard_wrap(text, 44, hyphens=True)
    assert "Sino-\nJapanese" in wrapped
    assert unwrap(wrapped) == text


def test_list_items_of_a_wrapped_page_stay_items_of_their_own():
    items = [
        "  • Officials said the first meeting could take place next month, although no date "
        "has been set yet.",
        "  • Both sides warned that many difficult issues remain between them and that the "
        "talks would take time.",
    ]
    text = "\n\n".join([PARAGRAPH, PARAGRAPH, "\n".join(items), PARAGRAPH])
    assert unwrap(hard_wrap(text, 72)) == text


def test_phrases_broken_over_two_lines_of_a_wrapped_dump_are_found(run, tmp_path):
    page = tmp_path / "wrapped.txt"
    page.write_text(hard_wrap(SEEDS[2].read_text(encoding="utf-8"), 72), encoding="utf-8")
    assert "now\nthat" in page.read_text(encoding="utf-8")
    assert run("import", str(page)).exit_code == 0
    result = run("search", '"congress now that Xi"', "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert len(hits) == 1


def test_a_very_long_wrapped_paragraph_is_joined_whole():
    # One paragraph of 30,000 lines (a wrapped book chapter, a log): joined into one line.
    # (Built up by adding to one string, it took minutes; a test of speed would not belong
    # here, but a correct answer at this size does.)
    words = [f"word{i % 97}" for i in range(150_000)]
    paragraph = " ".join(words)
    wrapped = hard_wrap(paragraph, 40)
    assert len(wrapped.splitlines()) > 25_000
    assert unwrap(wrapped) == paragraph


# Paragraphs of two lines each at 72 columns, the last line of each long enough to end near
# the width, as news paragraphs often are ...
LONG_ENDS = [
    "The harbour council voted on Tuesday to rebuild the old stone pier before the first "
    "winter storms arrive, after a survey found cracks.",
    "Engineers said the wooden piles under the pier had rotted far faster than anyone "
    "expected when the pier was last repaired in 1998.",
    "The work will close the harbour road for three weeks, the council said in a statement "
    "on Tuesday evening, and buses will be diverted.",
    "Fishermen who use the pier every morning said they had been warning the council about "
    "the damage for several years without any answer.",
    "The council said the repairs would cost about 2.4 million euros, most of it from a "
    "regional fund for small harbours and fishing ports.",
    "A temporary landing stage will be built on the north side of the harbour while the old "
    "pier is closed, so the boats can still unload.",
    "Ferry services to the islands will run from the temporary stage from the first of "
    "December, the ferry company said in a short notice.",
    "The mayor said she was confident that the work would be finished well before the "
    "tourist season begins, and thanked the fishermen.",
]
# ... or all of them some 20 columns short of it.
SHORT_ENDS = [
    "The harbour council voted on Tuesday to rebuild the old stone pier before the first "
    "winter storms arrive on the coast.",
    "Engineers said the wooden piles under the pier had rotted far faster than anyone "
    "expected when it was last repaired.",
    "The work will close the harbour road for three weeks, the council said in a statement "
    "on Tuesday evening after the vote.",
    "Fishermen who use the pier every morning said they had been warning the council about "
    "the damage for several years.",
    "The council said the repairs would cost about 2.4 million euros, most of it from a "
    "regional fund for small harbours.",
    "A temporary landing stage will be built on the north side of the harbour while the old "
    "pier is closed to the boats.",
    "Ferry services to the islands will run from the temporary stage from the first of "
    "December, the ferry company said.",
    "The mayor said she was confident that the work would be finished well before the "
    "tourist season begins in spring.",
]


@pytest.mark.parametrize("paragraphs", [LONG_ENDS, SHORT_ENDS], ids=["long", "short"])
def test_a_wrapped_dump_without_blank_lines_between_paragraphs_is_joined(paragraphs):
    # A paragraph's last line ends early.  Where it ends within reach of the width, the next
    # paragraph's first word would have fitted after it, as inside a paragraph it never
    # would; where all of them are short, they pile up in a band of their own, under the
    # width the dump was wrapped at.  (Where the next word would not have fitted, the two
    # paragraphs are joined: the break cannot be told from a wrap.)
    assert all(len(textwrap.wrap(p, 72)) == 2 for p in paragraphs)
    page = "\n".join(
        ["Harbour pier to be rebuilt before winter", "By Ann Lee"]
        + [hard_wrap(p, 72) for p in paragraphs]
        + ["Share this article", "© 2025 Harbour Gazette"]
    )
    body = clean_text(page).body.split("\n\n")
    assert " ".join(body) == " ".join(paragraphs)
    assert all(any(p in line for line in body) for p in paragraphs)


def test_a_wrapped_dump_with_a_footer_line_a_little_over_its_width_is_joined():
    # A "save as text" dump wrapped at 72 columns, whose footer keeps two notices of 74 and
    # 75 characters as they were: the wider width they suggest breaks the paragraphs where a
    # wrapper never would, so the width under it is the dump's, and its paragraphs are joined.
    footer = [
        "Our journalism is free for everyone. Become a member and keep it that way.",
        "Please review three comments from other readers before your comment is posted",
    ]
    assert [len(x) for x in footer] == [74, 77]
    page = "\n\n".join(
        ["Harbour Gazette", "Harbour pier to be rebuilt before winter", "By Ann Lee"]
        + [hard_wrap(p, 72) for p in LONG_ENDS]
        + footer
        + ["© 2025 Harbour Gazette"]
    )
    body = clean_text(page).body.split("\n\n")
    assert body[: len(LONG_ENDS)] == LONG_ENDS


def test_a_wrapped_dump_with_notes_well_over_its_width_is_joined():
    # A dump wrapped at 76 columns without blank lines, whose writers' notes after the
    # article (80 and 83 characters) and print header (98) were left as they were: a wider
    # width, at the notes, outscores the true one, but breaks almost no sentence; the true
    # width is found under it, and the paragraphs are joined rather than left as a column of
    # fragments, most of which were lost as furniture.
    notes = [
        "Ann Lee covers the harbour, the ferries and the islands for the Harbour Gazette.",
        "Tom Berg covers the council, its budget and the island communities for the Gazette.",
    ]
    header = (
        "3/6/25, 7:02 AM    Harbour pier to be rebuilt before winter, council decides"
        " | The Harbour Gazette"
    )
    assert [len(x) for x in notes + [header]] == [80, 83, 98]
    paragraphs = LONG_ENDS + SHORT_ENDS
    page = "\n".join(
        [header, "Harbour Gazette", "Harbour pier to be rebuilt before winter", "By Ann Lee"]
        + [hard_wrap(p, 76) for p in paragraphs]
        + notes
        + ["© 2025 Harbour Gazette"]
    )
    # (Paragraphs whose last line ends near the width are joined: see the test above.)
    body = clean_text(page).body.split("\n\n")
    assert " ".join(paragraphs) in " ".join(body)
    assert all(any(p in b for b in body) for p in paragraphs)


def test_a_wrapped_dump_with_its_furniture_left_unwrapped_is_joined():
    # A dump whose paragraphs are wrapped at 72 columns, but whose cookie notice, ticker,
    # embedded post and prompt (75 to 79 characters) were left as they were: a wider width
    # fits those lines but breaks no sentence where a wrapper would, and four lines a little
    # over 72 are outweighed by the many sentences broken right at it.  The paragraphs are
    # joined, and the article is all of them.
    unwrapped = [
        "We use our own and third-party cookies. You may accept them or set them up.",
        "Breaking: more than 200 litres per square metre of rain fall on the east coast",
        "This is the harbour right now! Nobody should leave home pic.twitter.com/xK29fLq",
        "Have you seen a dubious post? Send it to us by WhatsApp on +34 682 12 34 56",
    ]
    assert [len(x) for x in unwrapped] == [75, 78, 79, 75]
    page = "\n\n".join(
        ["Harbour Gazette", "Home", "World", "Sport", unwrapped[0], "Accept all", unwrapped[1]]
        + ["Harbour pier to be rebuilt before winter", "By Ann Lee", "Share"]
        + [hard_wrap(p, 72) for p in LONG_ENDS]
        + [unwrapped[2]]
        + [hard_wrap(p, 72) for p in SHORT_ENDS]
        + [unwrapped[3], "Tags", "Harbour", "© 2025 Harbour Gazette"]
    )
    clipping = clean_text(page)
    assert clipping.title == "Harbour pier to be rebuilt before winter"
    for paragraph in LONG_ENDS + SHORT_ENDS:
        assert paragraph in clipping.body.split("\n\n")
