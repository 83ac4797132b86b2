"""Speed of the HTML cleaner (pages per CPU second) beside trafilatura's, and a dump of its output.

    python benchmarks/html_cleaner_speed.py [--corpus DIR] [--pages N] [--every K]
        [--dump OUT.json] [--compare BASE.json] [--profile N] [--repeat R] [--no-trafilatura]

Cleans, through clipper.clean.clean_page (as an import does), every page of the extbench's
html/ folder, the HTML seeds, the first N pages of an HTML corpus (default: the import
benchmark's corpus-4000/html, --pages 300) and every K-th page of the rest of it (--every,
0 = none).  Prints pages per CPU second (time.process_time, the best of --repeat runs), so the
figure is not skewed by other processes on a shared machine, and plain trafilatura.extract's
rate on the same pages in the same run: the import's target is set against the latter.

--dump, --compare and --profile work as in text_cleaner_speed.py, whose code they share: a
change meant only to make the cleaner faster must list no page as changed.
Not part of the tests.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from text_cleaner_speed import (  # noqa: E402
    Pages,
    clean_all,
    collect_pages,
    dump_compare_profile,
    time_run,
)

DEFAULT_CORPUS = REPO / "benchmarks" / "out" / "corpus-4000" / "html"
MAIN_CORPUS = REPO.parent / "main" / "benchmarks" / "out" / "corpus-4000" / "html"
EXTBENCH_HTML = REPO.parent / "shared" / "extbench" / "html"


def extract_all(pages: list[tuple[str, bytes]]) -> None:
    """Plain trafilatura.extract on every page, as the import benchmark measures it."""
    import trafilatura

    for _, data in pages:
        trafilatura.extract(data)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", help="an HTML corpus folder (default corpus-4000/html)")
    ap.add_argument("--pages", type=int, default=300, help="first N corpus pages")
    ap.add_argument("--every", type=int, default=0, help="and every K-th page after them")
    ap.add_argument("--dump", help="write every page's output here (JSON)")
    ap.add_argument("--compare", help="compare the output with this dump")
    ap.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs (the best counts)")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura's rate")
    a = ap.parse_args(argv)
    corpus = Path(a.corpus) if a.corpus else DEFAULT_CORPUS
    if not a.corpus and not corpus.is_dir():
        corpus = MAIN_CORPUS
    pages = collect_pages(
        corpus, a.pages, a.every, extbench=EXTBENCH_HTML, pattern="*.html", seeds="*.htm*"
    )
    size = sum(len(d) for _, d in pages) / max(1, len(pages)) / 1000
    print(f"{len(pages)} pages ({size:.1f} KB average)")
    runs: list[tuple[str, Callable[[Pages], object]]] = []
    # trafilatura first: cleaning a page sets up trafilatura's parser and boilerplate tests
    # the faster way (clean/html.py), and plain trafilatura is measured as it comes.
    if not a.no_trafilatura:
        runs.append(("trafilatura.extract", extract_all))
    runs.append(("clean_page", clean_all))
    rates = {}
    outputs: dict[str, dict[str, Any]] = {}
    for name, run in runs:
        # Warm up: stoplists, the host map and trafilatura's caches load once per process.
        if run is clean_all:
            outputs = clean_all(pages)
        else:
            run(pages)
        seconds = time_run(run, pages, a.repeat)
        rates[name] = len(pages) / seconds
        print(f"{name:>20}: {seconds:.2f} CPU s, {rates[name]:.1f} pages/CPU-s")
    if len(rates) == 2:
        print(f"clean_page costs {rates['trafilatura.extract'] / rates['clean_page']:.2f}x extract")
    dump_compare_profile(a, outputs, pages)


if __name__ == "__main__":
    main()
