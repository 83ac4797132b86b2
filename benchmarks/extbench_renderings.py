"""Score clipper's text cleaner on other renderings of the extbench pages.

    python benchmarks/extbench_renderings.py [--extbench PATH] [--lows N] [RENDERING ...]

The extbench text dumps are one renderer's output.  Users' dumps come from others: a browser
that hard-wraps lines ("save as text" in Firefox), lynx-like dumps that also break words at
their hyphens, copy-pastes without blank lines, layout-aware renderers (inscriptis) and
Markdown converters (html2text; clipping tools save pages as Markdown).  This renders every
page in each of those ways, cleans it with clipper.clean.text.clean_text and scores it with
the set's own score.py, so a rule that only works for one renderer shows up.  Prints F1/P/R
per rendering and how many pages the cleaner took as hard-wrapped.  The HTML renderers need
the `bench` extra (pip install ".[bench]").  Not part of the tests.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from extbench import find_extbench  # noqa: E402

from clipper.clean.text import clean_text  # noqa: E402
from clipper.clean.unwrap import wrap_width  # noqa: E402
from clipper.errors import UnreadablePage  # noqa: E402


def hard_wrap(text: str, width: int, *, hyphens: bool = False) -> str:
    """The text with every line wrapped at `width` columns; an indented line's continuation
    lines indented two more."""
    out = []
    for line in text.splitlines():
        indent = line[: len(line) - len(line.lstrip())]
        out += textwrap.wrap(
            line,
            width,
            subsequent_indent=indent + "  " if indent else "",
            break_long_words=False,
            break_on_hyphens=hyphens,
        ) or [""]
    return "\n".join(out)


def inscriptis_text(html: str) -> str:
    from inscriptis import get_text

    return str(get_text(html))


def html2text_text(html: str, width: int = 0, *, links: bool = False) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = width
    converter.ignore_images = converter.ignore_links = not links
    return str(converter.handle(html))


# name: (what it stands for, made from "text" or "html", the rendering)
RENDERINGS: dict[str, tuple[str, str, Callable[[str], str]]] = {
    "dump": ("the extbench text dump as it is", "text", lambda t: t),
    "wrapped-72": ("the dump wrapped at 72 columns (Firefox)", "text", lambda t: hard_wrap(t, 72)),
    "wrapped-80": (
        "wrapped at 80, words broken at hyphens (lynx-like)",
        "text",
        lambda t: hard_wrap(t, 80, hyphens=True),
    ),
    "no-blanks": (
        "the dump without blank lines (a copy-paste)",
        "text",
        lambda t: "\n".join(line for line in t.splitlines() if line.strip()),
    ),
    "inscriptis": ("the HTML rendered by inscriptis", "html", inscriptis_text),
    "markdown": (
        "the HTML as Markdown, links and images kept (html2text)",
        "html",
        lambda h: html2text_text(h, links=True),
    ),
    "html2text": ("the same without links and images", "html", html2text_text),
    "html2text-78": (
        "html2text wrapping at 78 columns",
        "html",
        lambda h: html2text_text(h, 78),
    ),
}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("renderings", nargs="*", choices=[[], *RENDERINGS], metavar="RENDERING")
    ap.add_argument("--extbench", help="the extbench folder (default ../shared/extbench)")
    ap.add_argument("--lows", type=int, default=0, help="list the N worst pages of each")
    a = ap.parse_args(argv)
    bench = find_extbench(a.extbench)
    sys.path.insert(0, str(bench))
    import score  # the set's own metric

    gold = score.load_gold(bench / "truth.json")
    ids = sorted(gold)
    clean_text("warm up: the stoplists are read on first use.")
    rows = []
    for name in a.renderings or RENDERINGS:
        what, kind, render = RENDERINGS[name]
        preds, wrapped = {}, 0
        for i in ids:
            path = bench / kind / f"{i}.{'txt' if kind == 'text' else 'html'}"
            text = render(path.read_text(encoding="utf-8", errors="replace"))
            wrapped += wrap_width(text.splitlines()) is not None
            try:
                preds[i] = clean_text(text).body
            except UnreadablePage:
                preds[i] = ""
        m = score.evaluate(gold, preds, n_bootstrap=0)
        rows.append((name, what, m, wrapped))
        if a.lows:
            print(f"== {name}")
            score.report(m, a.lows)
    print(f"{'rendering':14} {'F1':>6} {'P':>6} {'R':>6} {'wrapped':>8}  what")
    for name, what, m, wrapped in rows:
        print(
            f"{name:14} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} "
            f"{wrapped:>5}/{len(ids)}  {what}"
        )


if __name__ == "__main__":
    main()
