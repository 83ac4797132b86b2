"""Press releases keep the issuer's "About" note and the media contacts that close them; a news
article drops the same note about its writer or publication."""

from pages import PROSE

from clipper.clean.text import clean_text

ABOUT = (
    "Northwind Robotics builds autonomous mobile robots and software for warehouses with 20 "
    "to 200 employees. Founded in 2019, the company is headquartered in San Francisco."
)


def release(dateline: str, *tail: str) -> str:
    """A release's page: the wire's menu, the headline, PROSE with `dateline` before its first
    paragraph, the issuer's note, then `tail`."""
    return "\n".join([
        "PR Newswire", "News", "Send a Release", "Search",
        "Northwind Robotics Raises $42 Million to Expand Warehouse Automation",
        f"{dateline} {PROSE[0]}", *PROSE[1:], "About Northwind Robotics", ABOUT, *tail,
    ])  # fmt: skip


def test_pr_newswire_release_keeps_its_about_note_and_media_contact() -> None:
    text = release(
        "SAN FRANCISCO, March 12, 2024 /PRNewswire/ --",
        "Media Contact:", "Alex Chen", "press@northwindrobotics.com", "+1 415-555-0100",
        "SOURCE Northwind Robotics",
        "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?", "GET STARTED",
        "Also from this source", "Northwind Robotics Named to Most Innovative Companies",
        "Terms of Use", "Copyright © 2024 Cision US Inc.",
    )  # fmt: skip
    assert clean_text(text).body.split("\n\n")[len(PROSE) :] == [
        "About Northwind Robotics", ABOUT,
        "Media Contact:", "Alex Chen", "press@northwindrobotics.com", "+1 415-555-0100",
    ]  # fmt: skip


def test_business_wire_release_keeps_its_disclaimer_and_every_contact() -> None:
    disclaimer = (
        "This press release contains forward-looking statements within the meaning of the "
        "Private Securities Litigation Reform Act of 1995, which involve risks and uncertainties."
    )
    contacts = [
        "Contacts", "Investors:", "Mark Feld", "ir@northwind.example", "(617) 555-0199",
        "Media:", "Dana Lee", "Northwind Robotics, Inc.",
    ]  # fmt: skip
    text = release(
        "SAN FRANCISCO--(BUSINESS WIRE)--",
        "Forward-Looking Statements", disclaimer, *contacts,
        "More News From Northwind Robotics, Inc.", "Northwind Robotics to Present at Summit",
        "Back to Newsroom",
    )  # fmt: skip
    assert clean_text(text).body.split("\n\n")[len(PROSE) :] == [
        "About Northwind Robotics", ABOUT, "Forward-Looking Statements", disclaimer, *contacts,
    ]  # fmt: skip


def test_contact_after_its_label_on_one_line_is_kept() -> None:
    contact = ["Media Contact: Maria Lopez, Northwind Robotics", "Email: mlopez@northwind.example"]
    text = release(
        "HOUSTON, April 2, 2024 /PRNewswire/ --",
        *contact, "SOURCE Northwind Robotics", "Related Links", "http://www.northwind.example",
    )  # fmt: skip
    assert clean_text(text).body.split("\n\n")[len(PROSE) :] == [
        "About Northwind Robotics", ABOUT, *contact,
    ]  # fmt: skip


def test_issuers_own_release_ends_at_its_end_mark() -> None:
    text = "\n".join([
        "Acme Corp", "Products", "Newsroom", "FOR IMMEDIATE RELEASE",
        "Acme Corp Names Priya Nair Chief Technology Officer",
        *PROSE, "About Acme Corp.", ABOUT.replace("Northwind Robotics", "Acme Corp."),
        "Press Contact", "Jordan Blake", "press@acme.example", "###",
        "Share", "Twitter", "Subscribe to our newsletter", "© 2024 Acme Corp.",
    ])  # fmt: skip
    assert clean_text(text).body.split("\n\n")[len(PROSE) :] == [
        "About Acme Corp.", ABOUT.replace("Northwind Robotics", "Acme Corp."),
        "Press Contact", "Jordan Blake", "press@acme.example",
    ]  # fmt: skip


def test_news_articles_note_on_its_writer_is_furniture() -> None:
    # The same box closing a news article is about its writer (or its publication): the
    # article's text does not need it, and there are no media contacts to take.
    text = "\n".join([
        "The Example Daily", "News", "Talks to resume after three-year pause", "By Jane Doe",
        *PROSE, "About Jane Doe",
        "Jane Doe has covered trade and diplomacy for the Example Daily since 2015, and "
        "before that reported from Tokyo and Seoul for ten years.",
        "Contact:", "Jane Doe", "jane@example.com", "Most read", "Council approves budget",
    ])  # fmt: skip
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_subheading_about_something_inside_a_news_article_stays() -> None:
    # "About the study" is a subheading, not a note on a person or a company: the article's
    # last paragraph under it stays.
    study = (
        "The researchers followed more than two thousand patients for five years, and the "
        "results were published on Tuesday in a peer-reviewed journal."
    )
    text = "\n".join(["The Example Daily", "Talks to resume", *PROSE, "About the study", study])
    assert clean_text(text).body.split("\n\n") == [*PROSE, "About the study", study]
