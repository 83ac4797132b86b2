"""Paywall prompts leave the article on both paths; sentences about subscriptions stay."""

from __future__ import annotations

import json

import pytest

from clipper.clean import vocab

STORY = [
    "Emergency crews evacuated more than 3,000 people from their homes overnight after the"
    " river burst its banks following three days of torrential rain across the valley.",
    "The regional government declared a state of emergency on Friday morning and asked the"
    " army to help build temporary flood defences around the hospital.",
    "The company said subscriptions rose 5% in the week of the floods, as readers in the"
    " valley looked for news of roads, schools and shelters.",
    "Netflix ended its free trial in 2020, one resident said, so the family listened to the"
    " local radio station through the night instead.",
    "Officials warned that the water level could rise further on Saturday as more rain is"
    " forecast for the hills upstream, and urged people not to return home.",
]
PROMPTS = [
    "You've read 3 of 5 free articles this month. Subscribe now for unlimited access to all"
    " our journalism.",
    "This article is for subscribers only. Start your free trial today to keep reading.",
    "To continue reading, subscribe for just £1 a week.",
]


def interleaved() -> list[str]:
    """The story's paragraphs with a prompt after each of the first three."""
    out: list[str] = []
    for i, paragraph in enumerate(STORY):
        out.append(paragraph)
        if i < len(PROMPTS):
            out.append(PROMPTS[i])
    return out


def imported_body(run, path) -> str:
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    return json.loads(run("show", "1", "--json").stdout)["body"]


def assert_prompts_gone(body: str) -> None:
    for paragraph in STORY:
        assert paragraph in body
    for prompt in PROMPTS:
        assert prompt not in body
    assert "free articles" not in body and "£1" not in body and "free trial today" not in body


def test_a_text_dump_loses_its_paywall_prompts_and_keeps_its_story(run, tmp_path):
    page = tmp_path / "floods.txt"
    page.write_text(
        "Floods force thousands from homes\n\nBy Jane Doe | October 14, 2022\n\n"
        + "\n\n".join(interleaved())
        + "\n",
        encoding="utf-8",
    )
    assert_prompts_gone(imported_body(run, page))


def test_an_html_page_loses_the_paywall_prompts_inside_its_article(run, tmp_path):
    page = tmp_path / "floods.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in interleaved())
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Floods force thousands from homes</title></head><body>"
        f"<article><h1>Floods force thousands from homes</h1>{paragraphs}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    assert_prompts_gone(imported_body(run, page))


@pytest.mark.parametrize(
    "line",
    [
        *PROMPTS,
        "Subscribe to continue reading. Already a subscriber? Log in",
        "You have 2 free articles left this month.",
        "Start a 30-day free trial.",
        "You have reached your monthly article limit.",
        "You have hit the limit. Log in to read on.",
    ],
)
def test_prompts_are_told(line):
    assert vocab.is_paywall_prompt(line.lower())


@pytest.mark.parametrize(
    "line",
    [
        *STORY,
        "Customers who start a free trial of Disney+ are charged after seven days, it said.",
        "The newspaper said its subscribers rose to 1.2 million, and free articles fell to five.",
    ],
)
def test_sentences_about_subscriptions_are_not_prompts(line):
    assert not vocab.is_paywall_prompt(line.lower())
