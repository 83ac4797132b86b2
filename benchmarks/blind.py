"""Score the text cleaner on a set of text dumps with their true fields: a blind set.

    python benchmarks/blind.py SET [--list] [--dump OUT.json] [--compare OLD.json]

A set is a folder with `pages/*.txt` (browser "save as text" or copy-paste dumps of news pages)
and `truth.json`, a list of one object a page:

    {"file": "01-site.txt", "language": "en", "title": "…", "source": "…",
     "source_alternatives": ["…"], "date": "YYYY-MM-DD" or null, "authors": ["…"],
     "body": ["every article line, as in the dump"], "optional": ["lines kept or not"]}

Each set was written by a helper that never saw clipper's code, modelled on real sites' layouts
(benchmarks/blind/README.md).  A page is right when its title, source, date and authors agree
and its body keeps every article line and no other line of the page (the optional ones aside:
standfirsts, captions).  Titles, sources and authors agree on their letters and digits, case
aside; a source may be any of its spellings; authors as a set, however they are joined.
Prints the count of pages wrong in each field and of pages fully right; --list names what is
wrong on each page; --dump/--compare keep a run's fields to list what a change moved.
Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clipper.clean import clean_page  # noqa: E402
from clipper.errors import UnreadablePage  # noqa: E402
from clipper.readers import RawPage  # noqa: E402

FIELDS = ("title", "source", "date", "author", "lost", "furniture")
# A furniture line this long counts when it is anywhere in the body (a paragraph may have been
# joined from hard-wrapped lines); a shorter one only as a whole line.
LONG_LINE = 30
_BULLET = re.compile(r"^[\s•·*\-–—▪►»]+")
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:,|;|&|、|，|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bи\b)\s*"
)


def letters(text: str | None) -> str:
    """Letters and digits only, case-folded."""
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def line_key(line: str) -> str:
    """A line as compared: no bullet, spaces collapsed."""
    line = unicodedata.normalize("NFKC", line)
    return " ".join(_BULLET.sub("", line).split())


def authors_of(text: str | None) -> set[str]:
    return {letters(name) for name in _AUTHOR_SPLIT.split(text or "") if letters(name)}


def clean_fields(path: Path) -> dict[str, Any]:
    """What clipper makes of one page."""
    try:
        clip = clean_page(RawPage(origin=str(path), data=path.read_bytes()))
    except UnreadablePage as exc:
        return {"error": str(exc)}
    return {
        "title": clip.title,
        "source": clip.source,
        "date": clip.date[:10] if clip.date else None,
        "author": clip.author,
        "body": clip.body,
    }


def judge(truth: dict[str, Any], got: dict[str, Any], dump: str) -> dict[str, Any]:
    """What is wrong on one page: each field's (expected, got), lost and furniture lines."""
    wrong: dict[str, Any] = {}
    if "error" in got:
        return {"error": got["error"]}
    if letters(truth["title"]) != letters(got["title"]):
        wrong["title"] = (truth["title"], got["title"])
    sources = [truth.get("source")] + list(truth.get("source_alternatives") or [])
    if letters(got["source"]) not in {letters(s) for s in sources if s} and (
        truth.get("source") or got["source"]
    ):
        wrong["source"] = (truth.get("source"), got["source"])
    if (truth.get("date") or None) != got["date"]:
        wrong["date"] = (truth.get("date"), got["date"])
    if authors_of(", ".join(truth.get("authors") or [])) != authors_of(got["author"]):
        wrong["author"] = (truth.get("authors"), got["author"])
    body_lines = [line_key(x) for x in got["body"].split("\n")]
    body_set = set(body_lines)
    joined = " ".join(body_lines)
    article = {line_key(x) for x in truth["body"]}
    optional = {line_key(x) for x in truth.get("optional") or []}
    lost = [x for x in truth["body"] if line_key(x) and line_key(x) not in joined]
    furniture = []
    for raw in dict.fromkeys(dump.split("\n")):
        key = line_key(raw)
        if not key or key in article or key in optional:
            continue
        if key in body_set or (len(key) >= LONG_LINE and key in joined):
            furniture.append(raw.strip())
    if lost:
        wrong["lost"] = lost
    if furniture:
        wrong["furniture"] = furniture
    return wrong


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", help="a folder with pages/ and truth.json")
    ap.add_argument("--list", action="store_true", help="name what is wrong on each page")
    ap.add_argument("--dump", help="write every page's fields as JSON")
    ap.add_argument("--compare", help="list the pages whose fields differ from such a dump")
    a = ap.parse_args(argv)
    folder = Path(a.set)
    truths = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    counts = dict.fromkeys((*FIELDS, "error"), 0)
    right = 0
    outputs: dict[str, Any] = {}
    for truth in truths:
        path = folder / "pages" / truth["file"]
        got = outputs[truth["file"]] = clean_fields(path)
        wrong = judge(truth, got, path.read_text(encoding="utf-8", errors="replace"))
        for name in wrong:
            counts[name] += 1
        right += not wrong
        if a.list and wrong:
            print(f"== {truth['file']} ({truth.get('language')})")
            for name, value in wrong.items():
                if name in ("lost", "furniture"):
                    for line in value[:6]:
                        print(f"   {name}: {line[:110]}")
                    if len(value) > 6:
                        print(f"   {name}: … {len(value) - 6} more")
                else:
                    print(f"   {name}: expected {value[0]!r}, got {value[1]!r}"[:200])
    print(
        f"{right} of {len(truths)} pages fully right; pages wrong: "
        + ", ".join(f"{name} {counts[name]}" for name in (*FIELDS, "error"))
    )
    if a.dump:
        Path(a.dump).write_text(json.dumps(outputs, ensure_ascii=False, indent=1), "utf-8")
    if a.compare:
        old = json.loads(Path(a.compare).read_text(encoding="utf-8"))
        for name, got in outputs.items():
            before = old.get(name, {})
            moved = [
                k for k in ("title", "source", "date", "author") if before.get(k) != got.get(k)
            ]
            if before.get("body") != got.get("body"):
                moved.append("body")
            if moved:
                print(f"changed {name}: " + ", ".join(moved))


if __name__ == "__main__":
    main()
