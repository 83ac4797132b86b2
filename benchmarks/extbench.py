"""Score clipper's text cleaner on the extbench pages against trafilatura on the same HTML.

    python benchmarks/extbench.py [--extbench PATH] [--lows N] [--skip-trafilatura]

Reads ../shared/extbench relative to the repository (or --extbench / $EXTBENCH): text/<id>.txt
is cleaned with clipper.clean.text.clean_text, html/<id>.html with plain trafilatura.extract
(default options), both in this run, and both are scored with the set's own score.py.
Prints F1/P/R of both, the difference, and the worst pages of ours.  Not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clipper.clean.text import clean_text  # noqa: E402
from clipper.errors import UnreadablePage  # noqa: E402

DEFAULT_EXTBENCH = REPO.parent / "shared" / "extbench"


def find_extbench(arg: str | None) -> Path:
    """The extbench folder, or exit with a clear message when it is missing."""
    path = Path(arg or os.environ.get("EXTBENCH") or DEFAULT_EXTBENCH).resolve()
    if not (path / "truth.json").is_file() or not (path / "score.py").is_file():
        sys.exit(
            f"extbench not found at {path} (want truth.json and score.py there); "
            "give --extbench PATH or set EXTBENCH"
        )
    return path


def run_ours(bench: Path, ids: list[str]) -> tuple[dict[str, str], float]:
    """{id: body} from our cleaner on the text dumps, and the pages per second."""
    clean_text("warm up: the stoplists are read on first use, which is not per-page work.")
    preds, t0 = {}, time.perf_counter()
    for i in ids:
        text = (bench / "text" / f"{i}.txt").read_text(encoding="utf-8")
        try:
            preds[i] = clean_text(text).body
        except UnreadablePage:
            preds[i] = ""
    return preds, len(ids) / (time.perf_counter() - t0)


def run_trafilatura(bench: Path, ids: list[str]) -> dict[str, str]:
    """{id: body} from plain trafilatura.extract on the HTML pages."""
    import trafilatura

    preds = {}
    for i in ids:
        html = (bench / "html" / f"{i}.html").read_text(encoding="utf-8", errors="replace")
        preds[i] = trafilatura.extract(html) or ""
    return preds


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extbench", help="the extbench folder (default ../shared/extbench)")
    ap.add_argument("--lows", type=int, default=10, help="how many worst pages to list")
    ap.add_argument("--skip-trafilatura", action="store_true", help="score ours only")
    a = ap.parse_args(argv)
    bench = find_extbench(a.extbench)
    sys.path.insert(0, str(bench))
    import score  # the set's own metric

    gold = score.load_gold(bench / "truth.json")
    ids = sorted(gold)
    ours, speed = run_ours(bench, ids)
    print(f"== clipper clean_text on text/ ({speed:.0f} pages/s)")
    m_ours = score.evaluate(gold, ours, n_bootstrap=200)
    score.report(m_ours, a.lows)
    if a.skip_trafilatura:
        return
    print("== trafilatura.extract on html/")
    m_traf = score.evaluate(gold, run_trafilatura(bench, ids), n_bootstrap=200)
    score.report(m_traf, 0)
    diff = m_ours["f1"] - m_traf["f1"]
    print(
        f"ours F1 {m_ours['f1']:.3f} vs trafilatura F1 {m_traf['f1']:.3f}: difference {diff:+.3f}"
    )


if __name__ == "__main__":
    main()
