"""Score both cleaners on pages the cleaners were never tuned on: newspaper4k's test pages.

    python benchmarks/heldout.py [--data DIR] [--extbench PATH] [--list] [--lows N] [--dump DIR]

The extbench set is what the cleaners were developed against, so its score flatters them.
newspaper4k (Apache 2.0) ships, in its source distribution, real article pages
(tests/data/html/*.html) with the article text newspaper extracts from each (tests/data/txt)
and its title and publication date (tests/data/metadata).  Those texts are newspaper's output,
checked in as its expected results: a fair reference, not a perfect truth.  Only pages with all
three are used: about twenty, a third of them not in English.

Without --data the sdist is fetched once with `pip download` (the package registry is the only
network this needs) into benchmarks/out/heldout/.  Each page's HTML is rendered as a browser's
"save as text" dump (one block a line, list items as "  • item", scripts, styles and hidden
elements left out) and cleaned by the text cleaner; the HTML itself goes through the HTML path.
Bodies are scored with the extbench's score.py metric; a title agrees when one holds the other
(letters and digits only), a date on the day.  Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from extbench import find_extbench  # noqa: E402
from extbench_meta import clean_or_none, titles_agree  # noqa: E402

SDIST = "newspaper4k==0.9.6"
CACHE = REPO / "benchmarks" / "out" / "heldout"

# What a browser does not show, and what it lays out as a block of its own.
UNSEEN = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object", "select"}
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip
SPACED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "figure"}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
SPACES = re.compile(r"\s+")


def fetch(cache: Path = CACHE) -> Path:
    """newspaper4k's tests/data folder, downloaded and unpacked on first use."""
    name = SDIST.replace("==", "-")
    data = cache / name / "tests" / "data"
    if data.is_dir():
        return data
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
         "--dest", str(cache), SDIST],
        check=True,
    )  # fmt: skip
    with tarfile.open(cache / f"{name}.tar.gz") as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(f"{name}/tests/data/")]
        tar.extractall(cache, members=members, filter="data")
    return data


def render(html: bytes) -> str:
    """The page as a browser's "save as text" shows it."""
    import lxml.html

    try:  # lxml takes undeclared bytes for Latin-1; most pages are UTF-8
        root = lxml.html.document_fromstring(html.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        root = lxml.html.document_fromstring(html)
    lines: list[str] = []
    words: list[str] = []

    def flush(blank: bool = False) -> None:
        line = SPACES.sub(" ", "".join(words)).strip()
        words.clear()
        if line and line != "•":
            lines.append(f"  {line}" if line.startswith("• ") else line)
        if blank and lines and lines[-1]:
            lines.append("")

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        hidden = tag in UNSEEN or el.get("hidden") is not None
        if hidden or HIDDEN_STYLE.search(el.get("style") or ""):
            words.append(el.tail or "")
            return
        if tag in BLOCKS:
            flush(tag in SPACED)
        if tag == "li":
            words.append("  • ")
        words.append((el.text or "") if tag else "")
        for child in el:
            walk(child)
        if tag in BLOCKS:
            flush(tag in SPACED)
        words.append(el.tail or "")

    walk(root.body if root.find("body") is not None else root)
    flush()
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help="newspaper4k's tests/data folder (default: fetch)")
    ap.add_argument("--extbench", help="the extbench folder, for score.py (default ../shared)")
    ap.add_argument("--list", action="store_true", help="name the pages whose title/date differ")
    ap.add_argument("--lows", type=int, default=0, help="list the N worst pages of each path")
    ap.add_argument("--dump", type=Path, help="write each page's text rendering into this folder")
    a = ap.parse_args(argv)
    data = a.data or fetch()
    sys.path.insert(0, str(find_extbench(a.extbench)))
    import score  # the extbench's own metric

    gold, meta = {}, {}
    for page in sorted((data / "html").glob("*.html")):
        txt, md = data / "txt" / f"{page.stem}.txt", data / "metadata" / f"{page.stem}.json"
        if txt.is_file() and md.is_file():
            gold[page.stem] = {"body": txt.read_text(encoding="utf-8")}
            meta[page.stem] = json.loads(md.read_text(encoding="utf-8"))
    results = {}
    for i in gold:
        html = (data / "html" / f"{i}.html").read_bytes()
        text = render(html)
        if a.dump:
            a.dump.mkdir(parents=True, exist_ok=True)
            (a.dump / f"{i}.txt").write_text(text, encoding="utf-8")
        results[i] = (
            clean_or_none(f"{i}.txt", text.encode(), "text/plain"),
            clean_or_none(f"{i}.html", html, "text/html"),
        )
    print(f"{len(gold)} pages from {data}")
    print(f"{'path':6} {'F1':>6} {'P':>6} {'R':>6} {'titles':>7} {'dates':>6} {'no date':>8}")
    for k, path in enumerate(("text", "html")):
        preds = {i: (c.body if (c := results[i][k]) else "") for i in gold}
        m = score.evaluate(gold, preds, n_bootstrap=0)
        titles = dates = no_date = 0
        for i, md in meta.items():
            c = results[i][k]
            title, date = (c.title, c.date) if c else (None, None)
            want = (md.get("publish_date") or "")[:10]
            titles += titles_agree(title, md.get("title"))
            dates += bool(want) and (date or "")[:10] == want
            no_date += date is None
            if a.list and not titles_agree(title, md.get("title")):
                print(f"  {path} {i} title: {title!r:.70} | want {md.get('title')!r:.70}")
            if a.list and want and (date or "")[:10] != want:
                print(f"  {path} {i} date: {date} | want {want}")
        with_date = sum(bool(md.get("publish_date")) for md in meta.values())
        print(
            f"{path:6} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} "
            f"{titles:>3}/{len(gold)} {dates:>3}/{with_date} {no_date:>5}"
        )
        if a.lows:
            score.report(m, a.lows)


if __name__ == "__main__":
    main()
