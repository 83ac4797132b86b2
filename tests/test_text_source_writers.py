"""The publication a reader cites, from what the page says of its writer: an author box's note
that gives the role first ("Senior editor at Example News."), a freelance byline's "Special to
the Harbour Herald" under a share bar and a caption, a blog's name run together as its post's
byline ("LinkNaija October 06, 2018")."""

from __future__ import annotations

from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "City council backs plan for four new bus routes to the hospital"


def author_box_page(note: str) -> str:
    """A blog network's page: a menu of its sister sites, no copyright line, and an author box
    under the article whose note names the site the writer works for."""
    sisters = ["  • The Daily Lens", "  • Harbour Tech", "  • Motorhead", "  • Kitchen Table"]
    related = ["You may also like", "Harbour Tech", "Chip makers race to build new plants"]
    box = ["About the author", "Adam Clark", "Adam Clark", note, "EmailTwitterPosts"]
    return page(*sisters, *related, HEADLINE, "Adam Clark", *PROSE, *box, "Share", "Tweet")


def test_an_author_boxs_note_with_the_role_first_names_the_publication() -> None:
    assert clean_text(author_box_page("Senior editor at Harbour Tech.")).source == "Harbour Tech"


def test_an_author_boxs_note_that_goes_on_past_the_publication() -> None:
    note = "Science writer at Harbour Tech and pug aficionado elsewhere"
    assert clean_text(author_box_page(note)).source == "Harbour Tech"


def test_a_former_editors_note_names_no_publication() -> None:
    note = "Former editor at Harbour Tech."
    assert clean_text(author_box_page(note)).source is None


def test_a_byline_special_to_a_paper_names_it_not_the_company_owning_it() -> None:
    # The byline stands under a share bar and a picture's caption, far from the headline; the
    # copyright line names the group owning the paper.
    top = ["SUBSCRIBE NOW", "Today’s Paper", "Home", "News", "Sports", "Opinion"]
    share = [
        "Share this:",
        "  • Click to share on Facebook (Opens in new window)",
        "  • Click to share on Reddit (Opens in new window)",
        "  • Click to share on Twitter (Opens in new window)",
        "  • Click to print (Opens in new window)",
        "  • Click to email this to a friend (Opens in new window)",
        "  • More",
        "Council members vote on the bus plan on Tuesday, Nov. 19, 2019. (AP Photo/Jeffrey Barnes)",
    ]
    byline = [
        "By Bill Hoppe | Special to the Harbour Herald",
        "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
    ]
    footer = ["  • Contact Us", "  • Copyright © 2019 Coastal News Group, Inc.", "  • Privacy"]
    text = page(*top, HEADLINE, *share, *byline, *PROSE, *footer)
    assert clean_text(text).source == "Harbour Herald"


def blog_post_page(signature: str) -> str:
    """A blog's post: a menu, the headline, the post's signature line (its byline and date),
    no copyright line, a template's credit at the foot."""
    menu = ["  • Home", "  • Latest", "  • Politics", "  • Entertainment", "  • Sports"]
    crumbs = "HomeLatest NewsCity council backs plan for four new bus routes"
    footer = ["Tags:", "Entertainment Latest News", "Crafted with by TemplatesYard"]
    return page(*menu, crumbs, HEADLINE, signature, *PROSE, *footer)


def test_a_blogs_name_run_together_signs_its_post() -> None:
    assert clean_text(blog_post_page("HarbourNaija October 06, 2018")).source == "HarbourNaija"


def test_a_persons_name_with_a_capital_inside_is_no_site() -> None:
    assert clean_text(blog_post_page("DeShawn October 06, 2018")).source is None
