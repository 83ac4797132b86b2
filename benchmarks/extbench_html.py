"""Article-body quality of clipper's HTML path against plain trafilatura, in the same run.

    python benchmarks/extbench_html.py [--extbench ../shared/extbench] [--lows 5]

Scores `clipper.clean()` and `trafilatura.extract(html)` (default options) on every page of
the extraction development set (extbench/html/*.html) with extbench's own scorer (token
4-gram F1 against the true body), and prints both and their ratio.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clipper.clean import clean  # noqa: E402
from clipper.errors import UnreadablePage  # noqa: E402


def load_scorer(extbench: Path) -> ModuleType:
    """extbench's score.py as a module (it is a script, not an installed package)."""
    spec = importlib.util.spec_from_file_location("extbench_score", extbench / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no score.py in {extbench}: give --extbench")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict_clipper(pages: dict[str, bytes]) -> dict[str, str]:
    preds = {}
    for page_id, data in pages.items():
        try:
            preds[page_id] = clean(data, origin=f"{page_id}.html").body
        except UnreadablePage:
            preds[page_id] = ""
    return preds


def predict_trafilatura(pages: dict[str, bytes]) -> dict[str, str]:
    import trafilatura

    return {page_id: trafilatura.extract(data) or "" for page_id, data in pages.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extbench", type=Path, default=REPO.parent / "shared" / "extbench")
    ap.add_argument("--lows", type=int, default=5, help="lowest-scoring pages to list")
    args = ap.parse_args()
    scorer = load_scorer(args.extbench)
    gold = scorer.load_gold(args.extbench / "truth.json")
    pages = {i: (args.extbench / "html" / f"{i}.html").read_bytes() for i in gold}
    results: dict[str, dict[str, Any]] = {}
    for name, predict in (
        ("plain trafilatura", predict_trafilatura),
        ("clipper clean()", predict_clipper),
    ):
        start = time.perf_counter()
        preds = predict(pages)
        seconds = time.perf_counter() - start
        results[name] = scorer.evaluate(gold, preds)
        print(f"== {name} ({len(pages) / seconds:.1f} pages/s)")
        scorer.report(results[name], lows=args.lows)
    ours, theirs = results["clipper clean()"]["f1"], results["plain trafilatura"]["f1"]
    print(f"\nF1 clipper {ours:.3f} vs plain trafilatura {theirs:.3f}: ratio {ours / theirs:.3f}")


if __name__ == "__main__":
    main()
