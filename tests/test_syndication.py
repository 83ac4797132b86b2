"""Syndicated copies: one wire story in several papers is linked, shown, and collapsed."""

from __future__ import annotations

import json

from clipper.archive import Archive
from clipper.models import Clipping
from clipper.syndication import (
    BANDS,
    NUM_PERM,
    ROWS,
    SCHEME,
    SEED,
    THRESHOLD,
    shingles,
    signature,
)

WIRE = (
    "Japan and China agreed on Thursday to set up a hotline between their defense authorities "
    "to prevent accidental clashes at sea and in the air near disputed islands in the East "
    "China Sea, the two governments said in a joint statement.\n\n"
    "The agreement was reached during talks in Beijing between senior diplomats, who also "
    "discussed a possible visit to Tokyo by the Chinese premier later this year, according "
    "to officials familiar with the meeting.\n\n"
    "Relations between the two Asian neighbors have been strained for years over the "
    "uninhabited islets, which are controlled by Japan and claimed by China, and over "
    "wartime history that still divides public opinion in both countries.\n\n"
    "The hotline is expected to begin operating within months, once technical details such "
    "as the language used and the officials on duty are settled, a Japanese defense ministry "
    "official said on condition of anonymity.\n\n"
    "Business leaders in both countries welcomed the move, saying stable political ties are "
    "essential for trade, which has grown steadily despite the diplomatic chill of recent "
    "years and the slowdown of the Chinese economy.\n\n"
    "Analysts cautioned, however, that the mechanism alone would not resolve the underlying "
    "territorial dispute, and that coast guard vessels from both sides were likely to keep "
    "patrolling the waters around the islands as before.\n"
)
OTHER = (
    "A Tokyo court on Friday ordered a utility company to pay compensation to residents who "
    "were forced to leave their homes after the nuclear disaster, in a ruling lawyers for the "
    "plaintiffs called a step forward for thousands of evacuees still waiting for redress.\n\n"
    "The judge said the company had failed to take measures against a large tsunami despite "
    "warnings from government experts, and that the state shared responsibility for the "
    "damage suffered by families in the prefecture.\n\n"
    "The company said it would study the ruling carefully before deciding whether to appeal "
    "to a higher court, while the government declined to comment on the case.\n"
)


def build_archive(db_path):
    """A Kyodo story in three papers (different intro and footer), and an unrelated story."""
    with Archive(db_path, create=True) as archive:
        archive.add(
            Clipping(
                body="TOKYO (Kyodo) --\n\n" + WIRE, title="Hotline agreed", source="Japan Times"
            )
        )
        archive.add(Clipping(body=OTHER, title="Court orders compensation", source="Japan Times"))
        archive.add(
            Clipping(
                body="BEIJING, Nov. 2 (Kyodo)\n\n"
                + WIRE.replace("on Thursday", "Thursday")
                + "\nCopyright Kyodo News. All rights reserved. Read more stories at our site.\n",
                title="Japan, China agree on defense hotline",
                source="Nikkei",
            )
        )
        archive.add(
            Clipping(
                body=WIRE.replace("Analysts cautioned, however,", "Experts warned")
                + "\nThis story was provided by Kyodo News.\n",
                title="Defense hotline set up",
                source="Mainichi",
            )
        )


def test_band_layout_is_what_datasketch_chooses_for_the_threshold():
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_signatures_are_the_ones_datasketch_computes():
    # Signatures stored by earlier versions (made with datasketch) must stay comparable.
    from datasketch import MinHash

    for body in (WIRE, WIRE.upper() + " Extra line.", "Just four words here", "word"):
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        minhash.update_batch(list(shingles(body)))
        assert signature(body) == bytes(minhash.hashvalues.astype("<u4").tobytes())
    assert signature("  ...  ") is None


def test_copies_of_a_wire_story_are_linked_and_shown(run, db_path):
    build_archive(db_path)
    result = run("show", "1")
    assert result.exit_code == 0
    assert "also published as" in result.stdout
    assert "#3 (Nikkei)" in result.stdout
    assert "#4 (Mainichi)" in result.stdout


def test_an_unrelated_story_is_not_linked(run, db_path):
    build_archive(db_path)
    data = json.loads(run("show", "2", "--json").stdout)
    assert data["also_published_as"] == []
    data = json.loads(run("show", "3", "--json").stdout)
    assert {c["id"] for c in data["also_published_as"]} == {1, 4}
    assert all(c["similarity"] >= THRESHOLD for c in data["also_published_as"])


def test_search_collapse_shows_one_result_per_story(run, db_path):
    build_archive(db_path)
    plain = json.loads(run("search", "hotline", "--json").stdout)
    assert len(plain) == 3
    collapsed = run("search", "hotline OR court", "--collapse", "--json")
    ids = [hit["id"] for hit in json.loads(collapsed.stdout)]
    assert len(ids) == 2
    assert 2 in ids
    assert "2 of 2 stories" in run("search", "hotline OR court", "--collapse").stdout


def test_an_exact_duplicate_is_still_rejected(run, db_path):
    build_archive(db_path)
    with Archive(db_path) as archive:
        again = archive.add(Clipping(body=OTHER.upper(), source="Asahi"))
        assert (again.id, again.added) == (2, False)
        assert archive.copies(2) == []


def test_deleting_a_copy_removes_its_links(run, db_path):
    build_archive(db_path)
    assert run("delete", "3", "--yes").exit_code == 0
    data = json.loads(run("show", "1", "--json").stdout)
    assert [c["id"] for c in data["also_published_as"]] == [4]
