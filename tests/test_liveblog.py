"""Live blogs: every entry's text is kept, the stamps, names and buttons around the entries and
the page's furniture (key-events list, pagination, comments) are dropped."""

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

# Three entries of a live blog, newest first: each a headline and its text.
ENTRIES = [
    ("Cameron says he disagreed with some individual decisions",
     "In a statement on social media, Cameron said that while he might have disagreed with "
     "some individual decisions, Sunak was a strong and capable prime minister."),
    ("Labour says the reshuffle shows a government in chaos",
     "Pat McFadden, Labour's campaign coordinator, said the return of a former prime minister "
     "showed that the party had run out of ideas."),
    ("Braverman sacked as home secretary",
     "Downing Street has confirmed that Suella Braverman has left the government."),
    ("Sunak starts reshuffle",
     "Good afternoon. Rishi Sunak has begun a reshuffle of his cabinet this morning."),
]  # fmt: skip
ENTRY_LINES = [line for entry in ENTRIES for line in entry]


def test_guardian_live_blog_keeps_every_entry_and_drops_its_furniture() -> None:
    # Copy-pasted: no blank lines.  The key-events list repeats two entries' headlines under
    # their stamps; the entries carry labels, clock stamps, "Updated at" and share buttons;
    # a comment thread (its header unrecognised, its comments with reply buttons) follows.
    text = "\n".join([
        "The Guardian", "Politics", "Live",
        "Cameron returns as foreign secretary after Sunak sacks Braverman – as it happened",
        "Andrew Sparrow", "Mon 13 Nov 2023 19.05 GMT",
        "Key events", "2h ago", ENTRIES[0][0], "4h ago", ENTRIES[2][0],
        "Show key events only",
        "Key event", "17.21 GMT", *ENTRIES[0], "Share", "Updated at 17.30 GMT",
        "16.40 GMT", *ENTRIES[1], "Share",
        "Key event", "15.05 GMT", *ENTRIES[2], "Share",
        "14.32 GMT", *ENTRIES[3], "Share",
        "Newest", "Newer", "Older", "Oldest", "Reuse this content",
        "Comments (1,204)", "Mallowman", "2h ago",
        "Extraordinary day. I never thought I would see a former prime minister come back as "
        "foreign secretary, and I remain unsure it is a good idea.",
        "Reply", "Report", "Thistledown", "3h ago",
        "Braverman has been on borrowed time for months and everyone in Westminster knew it, "
        "whatever the prime minister said about her in public.",
        "Reply", "Report", "Most viewed",
    ])  # fmt: skip
    clip = clean_text(text)
    assert clip.body.split("\n\n") == ENTRY_LINES
    assert clip.date == "2023-11-13"


BBC_STAMPS = ("14:32", "14:15", "13:58", "13:40")


def test_bbc_live_page_keeps_its_summary_and_every_entry() -> None:
    # Saved as text: blank lines between blocks.  Each entry under "14:32 20 Oct" and over a
    # share button; the summary's items lack their full stops.
    summary = [
        "A rare red weather warning for rain is in place for parts of eastern Scotland",
        "People in Brechin have been told to leave their homes as the river rises",
    ]
    text = page(
        "BBC Homepage\nSkip to content\nHome\nNews\nSport",
        "Live",
        "Storm Babet: Rail disruption and flooding as red warning issued for Scotland",
        "Summary\n" + "\n".join(summary),
        "Live Reporting\nEdited by Jennifer Meierhans\nAll times stated are UK",
        *(f"{stamp} 20 Oct\n{head}\n{body}\nShare"
          for stamp, (head, body) in zip(BBC_STAMPS, ENTRIES, strict=True)),
        "Previous page\nPage 1 of 12\nNext page",
        "Top Stories\nIsrael strikes Gaza as aid convoy waits at border",
        "Copyright © 2023 BBC. The BBC is not responsible for the content of external sites.",
    )  # fmt: skip
    assert clean_text(text).body.split("\n\n") == summary + ENTRY_LINES


def test_cnn_live_updates_drop_stamps_and_copied_link_buttons() -> None:
    stamps = [f"{t} p.m. ET, August 30, 2023" for t in ("4:58", "4:41", "4:20", "4:02")]
    text = "\n".join([
        "Menu", "Edition", "Search", "Live Updates",
        "Hurricane Idalia makes landfall in Florida's Big Bend region",
        "By Eric Levenson and Elise Hammond, CNN", "Updated 6:12 p.m. ET, August 30, 2023",
        "Link Copied!",
        *(line for stamp, (head, body) in zip(stamps, ENTRIES, strict=True)
          for line in (stamp, head, "From CNN's Kevin Liptak", body, "Link Copied!")),
        "Load more", "Paid Content",
        "© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
    ])  # fmt: skip
    clip = clean_text(text)
    assert clip.body.split("\n\n") == [
        line for head, body in ENTRIES for line in (head, "From CNN's Kevin Liptak", body)
    ]
    assert clip.author == "Eric Levenson and Elise Hammond"


def test_independent_live_blog_stamps_are_dropped_with_their_names() -> None:
    # The Independent's copy-paste: an early "Comments" button, the key points over the
    # first entry, hidden epoch stamps, and the reporter's name glued to each entry's time.
    points = ["Power cut to 150,000 homes in the southwest", "Schools closed across Cornwall"]
    text = "\n".join([
        "Independent", "Subscribe now", "News", "Sport",
        "Storm Ciarán live: 100mph winds batter Cornwall as thousands lose power",
        "Tara Cobham", "Thursday 02 November 2023 09:14 GMT", "Comments",
        "Key points", *points,
        *(line for n, (head, body) in enumerate(ENTRIES)
          for line in (f"169895{n}000", head, body, f"Tara Cobham2 November 2023 0{9 - n}:05")),
        "Join our commenting forum", "Comments", "Most popular",
        "© 2023 Independent Digital News & Media Ltd",
    ])  # fmt: skip
    assert clean_text(text).body.split("\n\n") == points + ENTRY_LINES


def test_french_live_blog_drops_its_share_buttons() -> None:
    entries = [
        ("Quarante camions d'aide humanitaire sont entrés à Gaza",
         "Selon le Croissant-Rouge égyptien, une quarantaine de camions chargés de nourriture "
         "et de médicaments sont entrés mardi matin dans la bande de Gaza."),
        ("Les négociations ont repris au Caire",
         "Les médiateurs égyptiens et qataris ont repris les discussions avec les deux "
         "parties, selon des responsables informés des échanges."),
        ("Bonjour et bienvenue dans ce direct",
         "Bonjour à tous, et bienvenue dans ce direct consacré à la guerre au Proche-Orient, "
         "dont nous suivons pour vous les dernières informations."),
    ]  # fmt: skip
    text = "\n".join([
        "Le Monde", "Se connecter", "International", "En direct",
        "Guerre au Proche-Orient : les négociations reprennent au Caire",
        "Le Monde avec AFP", "Publié aujourd'hui à 06h12, modifié à 11h42", "Partager",
        *(line for stamp, entry in zip(("11:42", "11:05", "10:30"), entries, strict=True)
          for line in (stamp, *entry, "Partager")),
        "Charger plus de contributions", "Contributions", "Réagir", "Mentions légales",
    ])  # fmt: skip
    clip = clean_text(text)
    assert (clip.language, clip.body.split("\n\n")) == (
        "fr",
        [line for entry in entries for line in entry],
    )


@pytest.mark.parametrize("buttons", ["Reply", "Like · 12 · Reply", "Helpful (4)"])
def test_comment_thread_without_a_header_is_no_live_blog(buttons: str) -> None:
    # Stamped comments (or readers' reviews) under an article, more words than the article,
    # with their buttons but no "Comments" header: they are no live blog's entries.
    comment = (
        "I think this is a very interesting development and I hope that the talks go well "
        "for everyone involved in them this time, whatever happens."
    )
    comments = [
        line
        for n in range(6)
        for line in (f"reader{n}", f"{n + 2} hours ago", comment.replace("I", f"We {n}"), buttons)
    ]
    text = "\n".join(["Example Daily", "Talks to resume", *PROSE, "Share", *comments])
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_teasers_with_stamps_over_an_article_are_no_live_blog() -> None:
    # A "Latest" box of stamped teasers, each with a short sentence, above an article: the
    # article under the last stamp is bigger than all the teasers, so it is no live blog's
    # last entry, and the teasers no entries of it.
    teasers = [
        line
        for n in range(3)
        for line in (f"Story {n} from elsewhere", f"Read all about story {n}.", f"{n + 1}h ago")
    ]
    text = "\n".join(["Example Daily", "Latest", *teasers, "Talks to resume", *PROSE])
    assert clean_text(text).body == "\n\n".join(PROSE)


def test_nyt_live_page_drops_the_day_name_and_place_beside_each_stamp() -> None:
    # Each entry's stamp comes with the day, the reporter's name and where they report from;
    # the summary opens the first entry, under the stamp that dates the page.
    covering = [
        "Secretary of State Antony J. Blinken landed in Istanbul on Friday at the start of his "
        "fourth trip to the region since the war began.",
        "Israel's defense minister said the military would move to more targeted operations.",
    ]
    reporters = [("Vivian Yee", "Cairo"), ("Aaron Boxerman", "Jerusalem")] * 2
    text = "\n".join([
        "Skip to content", "World", "LIVE", "Updated Jan. 5, 2024, 6:40 p.m. ET",
        "Here's what we're covering", *covering,
        *(line for n, ((name, place), entry) in enumerate(zip(reporters, ENTRIES, strict=True))
          for line in (f"Jan. 5, 2024, {6 - n}:12 p.m. ET", "Jan. 5, 2024", name,
                       f"Reporting from {place}", *entry)),
        "Share full article", "Site Index", "© 2024 The New York Times Company",
    ])  # fmt: skip
    assert clean_text(text).body.split("\n\n") == covering + ENTRY_LINES


def test_headline_found_among_the_entries_stays_in_the_body() -> None:
    # Sky News: the first entry's headline under "Breaking" reads as the page's headline to
    # the headline finder; it is still the entry's, and the body keeps it.
    points = ["Tory rebels meet to decide whether to back the bill", "Sunak insists it will work"]
    text = "\n".join([
        "Sky News - Home", "UK", "Politics", "Live",
        "Politics latest: Sunak faces questions as Tory rebels meet", "Watch live",
        "Key points", *points, "Live reporting by Tim Baker",
        *(line for n, entry in enumerate(ENTRIES)
          for line in (*(("Breaking",) if n == 0 else ()), f"12:{45 - 10 * n}:01", *entry)),
        "Be the first to get Breaking News", "Install the Sky News app for free",
    ])  # fmt: skip
    assert clean_text(text).body.split("\n\n") == points + ENTRY_LINES


def test_names_signing_each_entry_over_its_share_button_are_dropped() -> None:
    names = ["Tara Cobham", "Jon Smith"] * 2
    text = "\n".join([
        "Example Times", "Live", "Storm live: Power cuts across the region as winds reach 90mph",
        *(line for n, (entry, name) in enumerate(zip(ENTRIES, names, strict=True))
          for line in (f"12:{50 - 10 * n}", *entry, name, "Share")),
        "Load more", "Most popular",
    ])  # fmt: skip
    assert clean_text(text).body.split("\n\n") == ENTRY_LINES


def test_key_events_list_whose_headlines_end_in_full_stops_is_no_entry() -> None:
    # The key-events list copies the entries' headlines, here written as sentences: copies
    # of lines further down make no entries, so the list stays out of the body.
    entries = [(f"{head}.", body) for head, body in ENTRIES]
    text = "\n".join([
        "The Guardian", "Politics", "Live", "Cameron returns as foreign secretary – as it happened",
        "Key events",
        *(line for n, (head, _) in enumerate(entries[:3]) for line in (f"{n + 2}h ago", head)),
        "Show key events only",
        *(line for n, entry in enumerate(entries)
          for line in (f"1{7 - n}.21 GMT", *entry, "Share")),
        "Most viewed",
    ])  # fmt: skip
    assert clean_text(text).body.split("\n\n") == [line for entry in entries for line in entry]


@pytest.mark.parametrize(
    "stamp",
    ["{h}:45", "{h}.45 GMT", "{h}.45pm BST", "Updated at {h}.05 GMT", "{h}:42 a.m. ET",
     "Jan 9, {h}:45 PM", "8 Jan 2024 - {h}:45 GMT", "{h}:50 (IST)", "{h}:32 Uhr", "{h}h32",
     "{n}h ago", "Posted {n}m ago", "{n} hours ago", "vor {n} Minuten", "16999{n}0000"],
)  # fmt: skip
def test_entry_stamps_in_the_shapes_sites_print_are_dropped(stamp: str) -> None:
    # (A label under the last entry, "Follow Example News:", is no entry's text.)
    text = "\n".join([
        "Example News", "World", "Live", "Storm live: Power cuts across the region",
        *(line for n, entry in enumerate(ENTRIES, start=1)
          for line in (stamp.format(h=12 - n, n=n), *entry)),
        "Follow Example News:", "Most popular", "© 2024 Example News",
    ])  # fmt: skip
    assert clean_text(text).body.split("\n\n") == ENTRY_LINES


def test_article_over_a_long_list_of_stamped_teasers_is_kept() -> None:
    # Ten stamped teasers, each with a sentence, hold more words than the article above them:
    # read as a live blog, its entries must not push the article out.
    teasers = [
        line
        for n in range(10)
        for line in (
            f"{n + 1} hours ago",
            f"Story number {n} from elsewhere on the site",
            f"A standfirst of another story, which reads like prose for a while, number {n}.",
        )
    ]
    text = "\n".join(
        ["Example Daily", "Talks to resume", "By Jane Doe", *PROSE, "Latest", *teasers]
    )
    assert clean_text(text).body.split("\n\n")[: len(PROSE)] == PROSE


def short_article_with_comments(*header: str) -> str:
    """A two-paragraph article, then `header`, then four stamped comments without buttons."""
    comment = (
        "I think this is a very interesting development and I hope that the talks go well "
        "for everyone involved in them this time."
    )
    comments = [
        line
        for n in range(4)
        for line in (f"reader{n}", f"{n + 2} hours ago", comment.replace("I", f"We {n}"))
    ]
    return "\n".join(
        ["Example Daily", "Talks to resume", "By Jane Doe", *PROSE[:2], *header, *comments]
    )


def test_comments_under_a_short_article_are_no_live_blog() -> None:
    # Two paragraphs and a "Comments" header: the comments (more words, no reply buttons)
    # are the thread under the article, not a live blog's entries.
    assert clean_text(short_article_with_comments("Comments")).body == "\n\n".join(PROSE[:2])


def test_short_article_above_headerless_comments_is_kept() -> None:
    body = clean_text(short_article_with_comments()).body.split("\n\n")
    assert body[:2] == PROSE[:2]


def test_last_entry_ends_where_the_page_furniture_begins() -> None:
    # Every line a paragraph of its own (some "save as text" dumps): the question under "More
    # on this story", past the pagination, is a teaser, not the last entry's text.
    text = page(
        "BBC Homepage", "Live", "Storm Babet: Rail disruption as red warning issued",
        *(line for stamp, entry in zip(BBC_STAMPS, ENTRIES, strict=True)
          for line in (f"{stamp} 20 Oct", *entry, "Share")),
        "Previous page", "Page 1 of 12", "Next page",
        "More on this story", "What is a red weather warning?", "Published", "18 October",
    )  # fmt: skip
    assert clean_text(text).body.split("\n\n") == ENTRY_LINES


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        ("Heatwave live: Spain issues red alerts as temperatures hit 44C",
         "Firefighters tackle wildfires near Valencia and Seville"),
        ("Election 2024 latest: polls close in key swing states",
         "Voters queued for hours in Atlanta and Philadelphia"),
        ("Flooding in Valencia – as it happened",
         "Rescue teams searched cars and garages overnight"),
        ("Champions League final: Real Madrid v Dortmund – live updates",
         "Kick-off at Wembley is at 8pm"),
        ("DIRECT. Inondations dans le Var : les secours mobilisés toute la nuit",
         "Plus de 300 pompiers sont engagés dans le département"),
        ("Última hora de la DANA en Valencia, en directo",
         "Los equipos de rescate buscan a los desaparecidos"),
    ],
)  # fmt: skip
def test_live_blog_headline_wins_over_its_standfirst(headline: str, standfirst: str) -> None:
    # The headline says the page is live ("live", "latest", "as it happened"); the standfirst
    # under it, as long or shorter, stands as close to the reporter's name and the date.
    text = "\n".join([
        "Evening Courier", "Subscribe", "News", "Sport", headline, standfirst,
        "Marta Ruiz", "Tuesday 16 July 2024 10:02 BST", "Comments",
        *(line for n, entry in enumerate(ENTRIES)
          for line in (f"{n + 1} hours ago", *entry, "Marta Ruiz")),
        "Most popular", "© 2024 Evening Courier Ltd",
    ])  # fmt: skip
    clip = clean_text(text)
    assert clip.title == headline
    assert clip.body.split("\n\n") == ENTRY_LINES


@pytest.mark.parametrize("byline", [["Andrew Sparrow", "Mon 13 Nov 2023 19.05 GMT"], []])
def test_an_entrys_headline_under_its_stamp_is_not_the_pages_headline(byline: list[str]) -> None:
    # The page's headline does not say it is live; the first entry's headline stands right
    # under a stamp, as a headline under its dateline would.
    headline = "Cameron returns as foreign secretary after Sunak sacks Braverman"
    points = ["Braverman leaves the government", "Cameron takes a seat in the Lords"]
    text = "\n".join([
        "The Guardian", "Politics", headline, *byline, "Key points", *points,
        *(line for n, entry in enumerate(ENTRIES) for line in (f"1{7 - n}.21 GMT", *entry)),
        "Most viewed",
    ])  # fmt: skip
    clip = clean_text(text)
    assert clip.title == headline
    assert clip.body.split("\n\n") == points + ENTRY_LINES


def test_a_standfirst_that_says_latest_is_not_the_live_blogs_headline() -> None:
    # "latest" in the standfirst's sentence is no headline's "Storm latest:".
    headline = "Storm Ciarán: 100mph winds batter the coast"
    text = "\n".join([
        "The Guardian", "World", headline,
        "Follow the latest updates as the storm moves east across the country",
        "By Tara Cobham", "Thursday 02 November 2023 09:14 GMT",
        *(line for n, entry in enumerate(ENTRIES)
          for line in (f"{n + 1} hours ago", *entry, "Tara Cobham")),
        "Most popular",
    ])  # fmt: skip
    assert clean_text(text).title == headline
