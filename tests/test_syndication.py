"""Syndicated copies: one wire story in several papers is linked, shown, and collapsed."""

from __future__ import annotations

import json
import re
import sqlite3

from clipper import archive_lifecycle
from clipper.archive import Archive
from clipper.migrations import schema_version
from clipper.models import Clipping
from clipper.syndication import BANDS, NUM_PERM, ROWS, THRESHOLD, band_hashes, signature, similarity

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


def shingles(body: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", body.casefold())
    return {tuple(words[i : i + 5]) for i in range(max(len(words) - 4, 1))}


def jaccard(a: str, b: str) -> float:
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y)


def test_signatures_do_not_change_between_versions():
    # Signatures stored years apart must stay comparable: a change to how they are computed
    # needs a migration that recomputes the stored ones (and a new value here).
    assert signature(WIRE)[:16].hex() == "f6f1c600dee6ff03ad8bd30199d10d03"
    assert len(signature(WIRE)) == NUM_PERM * 4
    assert signature(WIRE.upper().replace(",", " ;")) == signature(WIRE)  # case, punctuation
    assert signature("  ...  ") is None
    assert signature("word") is not None
    assert signature("Just four words here") != signature("Just four words there")


def test_similarity_estimates_the_share_of_shingles_in_common():
    paragraphs = WIRE.split("\n\n")
    for keep in range(1, len(paragraphs)):
        copy = "\n\n".join(paragraphs[:keep])
        assert abs(similarity(signature(WIRE), signature(copy)) - jaccard(WIRE, copy)) < 0.12
    assert similarity(signature(WIRE), signature(OTHER)) < 0.1
    assert similarity(signature(WIRE), signature(WIRE + "\nThe end.")) > THRESHOLD


def test_an_old_archive_gets_new_signatures_and_still_links_copies(run, db_path):
    build_archive(db_path)
    # As an archive of an earlier clipper left it: signatures of another scheme, the step
    # that recomputes them not applied.
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE clipping_minhash SET signature = randomblob(512)")
        conn.execute("UPDATE clipping_bands SET hash = hash / 2")
        conn.execute("DELETE FROM _clipper_migrations WHERE name = 'm009_word_hash_signatures'")
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    conn.close()
    with Archive(db_path) as archive:
        for cid, sig in archive.db.execute("SELECT clipping_id, signature FROM clipping_minhash"):
            body = archive.get(cid).body
            assert sig == signature(body)
            stored = archive.db.execute(
                "SELECT hash FROM clipping_bands WHERE clipping_id = ? ORDER BY band", [cid]
            ).fetchall()
            assert [h for (h,) in stored] == band_hashes(sig)
        added = archive.add(Clipping(body=WIRE + "\nDistributed by Kyodo.\n", source="Asahi"))
        assert {c.id for c in archive.copies(added.id)} == {1, 3, 4}
    assert run("show", "2", "--json").exit_code == 0


def test_the_upgrade_keeps_only_the_first_members_of_a_band_as_imports_do(db_path, monkeypatch):
    build_archive(db_path)
    members_of = (
        "SELECT band, hash, group_concat(clipping_id) FROM clipping_bands "
        "GROUP BY band, hash HAVING count(*) > 1"
    )
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DELETE FROM _clipper_migrations WHERE name = 'm009_word_hash_signatures'")
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    shared_by_all = {
        (band, value) for band, value, ids in conn.execute(members_of) if ids == "1,3,4"
    }
    conn.close()
    assert shared_by_all  # the three copies of the wire story share band hashes
    monkeypatch.setattr(archive_lifecycle, "BAND_MEMBERS_KEPT", 2)
    with Archive(db_path) as archive:
        after = {(band, value): ids for band, value, ids in archive.db.execute(members_of)}
        assert all(len(ids.split(",")) <= 2 for ids in after.values())
        assert {after[key] for key in shared_by_all} == {"1,3"}  # the first two kept
        added = archive.add(Clipping(body=WIRE + "\nDistributed by Kyodo.\n", source="Asahi"))
        assert {c.id for c in archive.copies(added.id)} == {1, 3, 4}


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
