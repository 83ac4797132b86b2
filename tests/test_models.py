"""Clipping: hashes made where a page is cleaned must never outlive the body they were made of."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.archive import Archive
from clipper.models import Clipping, content_hash, word_count, words_of

BODY = "Tokyo and Beijing agreed on Tuesday to resume talks on the disputed islands."


def test_ready_to_store_carries_the_body_hash_and_signature():
    clipping = Clipping(body=BODY).ready_to_store()
    assert clipping.content_hash == content_hash(BODY)
    assert clipping.signature
    assert "signature" not in clipping.as_dict()


def test_a_new_body_drops_the_hashes_of_the_old_one():
    clipping = Clipping(body=BODY).ready_to_store()
    changed = clipping.replace(body="A different article about fisheries and trade in the region.")
    assert changed.content_hash is None and changed.signature is None
    assert clipping.replace(title="Talks").content_hash == clipping.content_hash


def test_an_edited_copy_of_a_stored_clipping_is_stored_as_new(db_path):
    with Archive(db_path, create=True) as archive:
        first = archive.add(Clipping(body=BODY).ready_to_store())
        stored = archive.get(first.id)
        second = archive.add(stored.replace(body=BODY + " Both sides were hopeful."))
    assert first.added and second.added and second.id != first.id


def test_chinese_and_japanese_words_are_counted_by_character() -> None:
    # Those scripts put no spaces between words: each character counts, as in word processors.
    assert word_count("政府は12日、新しい計画を発表した。") == 15
    assert word_count("短缺药品保供稳价 全力保障临床用药需求") == 18
    assert word_count("Tokyo 東京 talks") == 4
    assert word_count("The two sides met on Friday.") == 6


# Characters the hashes' word splitter must treat as the word pattern does once the body is
# case folded: ASCII word and non-word characters, non-ASCII punctuation and spaces, letters
# that fold to ASCII ("ß" to "ss", the Kelvin sign to "k", "ﬁ" to "fi") and other scripts'.
WORD_SPLIT_CHARS = st.one_of(
    st.characters(), st.sampled_from(list("aZ_9 .,'’“—…\xa0\u2028KßﬁİıΣé中"))
)


@settings(max_examples=300, deadline=None)
@given(st.text(WORD_SPLIT_CHARS))
def test_the_words_hashed_are_the_word_runs_of_the_case_folded_body(text: str) -> None:
    assert words_of(text) == re.findall(r"\w+", text.casefold())
