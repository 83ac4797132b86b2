"""The plain-text cleaner taking the article's own headline, never a line that stands beside it:
a player's, a gallery's or an app's button, a photo's caption, a skip link, a byline with its
writer's address.  Each test is one small synthetic page, as a browser's text dump prints it."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Senate passes stopgap bill to avert government shutdown"


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
