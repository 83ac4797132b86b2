"""Speed of the plain-text cleaner in pages per CPU second, and a dump of what it produced.

    python benchmarks/text_cleaner_speed.py [--corpus DIR] [--pages N] [--every K]
        [--odd] [--dump OUT.json] [--compare BASE.json] [--profile N] [--repeat R]

Cleans, through clipper.clean.clean_page (as an import does), every page of the extbench's
text/ folder, the seeds, the first N pages of a text corpus (default: the import benchmark's
corpus-20000/text, --pages 500) and every K-th page of the rest of it (--every, 0 = none).
Prints pages per CPU second (time.process_time, the best of --repeat runs), so the figure is
not skewed by other processes on a shared machine.  --odd adds copies of the extbench pages
with odd characters sprinkled in (dotless and dotted i, long s, capital sigma, tabs, no-break
and zero-width spaces, an overlong line): the cleaner's fast paths step aside for those, and
the comparison should cover both.

--dump writes every page's title, date, source, author, url, language, evidence and body (or
the reason it failed) as JSON; --compare reads such a dump and lists the pages whose output
differs: a change meant only to make the cleaner faster must list none.  --profile N prints
the N most expensive functions (cProfile, cumulative time) of one extra run.
Not part of the tests.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clipper.clean import clean_page  # noqa: E402
from clipper.errors import UnreadablePage  # noqa: E402
from clipper.readers import RawPage  # noqa: E402

DEFAULT_CORPUS = REPO / "benchmarks" / "out" / "corpus-20000" / "text"
MAIN_CORPUS = REPO.parent / "main" / "benchmarks" / "out" / "corpus-20000" / "text"
EXTBENCH_TEXT = REPO.parent / "shared" / "extbench" / "text"
Pages = list[tuple[str, bytes]]
FIELDS = ("title", "date", "source", "author", "url", "language", "evidence", "body")


def collect_pages(
    corpus: Path,
    first: int,
    every: int,
    *,
    extbench: Path = EXTBENCH_TEXT,
    pattern: str = "*.txt",
    seeds: str = "*.txt",
) -> list[tuple[str, bytes]]:
    """(name, bytes) of the pages to clean: extbench pages, seeds, then the corpus sample.
    Names are relative ("extbench/...", "seeds/...", "corpus/..."), so that dumps made in
    different checkouts compare."""
    named = [(f"extbench/{p.name}", p) for p in sorted(extbench.glob(pattern))]
    named += [(f"seeds/{p.name}", p) for p in sorted((REPO / "seeds").glob(seeds))]
    in_corpus = sorted(corpus.rglob(pattern)) if corpus.is_dir() else []
    chosen = in_corpus[:first] + (in_corpus[first::every] if every else [])
    named += [(f"corpus/{p.relative_to(corpus)}", p) for p in chosen]
    return [(name, p.read_bytes()) for name, p in named]


# What --odd sprinkles into copies of the pages: letters whose case the fast paths must not
# get wrong, and the spaces and breaks the line splitter normalises.
ODD_BITS = ("ı", "İ", "ſ", "Σ", "ς", "K", "\t", "\xa0", "\u200b", "\u3000", "  ", "\u2028", "\x1f")


def odd_copies(pages: list[tuple[str, bytes]], seed: int = 7) -> list[tuple[str, bytes]]:
    """Copies of the pages with ODD_BITS inserted at random places (the same each run), and
    in every fourth copy one line made longer than the cleaner reads of a line."""
    rnd = random.Random(seed)
    out = []
    for k, (name, data) in enumerate(pages):
        text = list(data.decode("utf-8", "replace"))
        for _ in range(rnd.choice((3, 30, 300))):
            text.insert(rnd.randrange(len(text) + 1), rnd.choice(ODD_BITS))
        odd = "".join(text)
        if k % 4 == 3:
            odd = odd.replace("\n", " word" * 5000 + "\n", 1)
        out.append((f"{name}#odd", odd.encode("utf-8")))
    return out


def clean_all(pages: list[tuple[str, bytes]]) -> dict[str, dict[str, Any]]:
    """Every page's cleaned fields (or its failure), by name."""
    out: dict[str, dict[str, Any]] = {}
    for name, data in pages:
        try:
            clip = clean_page(RawPage(origin=name, data=data))
        except UnreadablePage as e:
            out[name] = {"error": str(e)}
            continue
        out[name] = {f: getattr(clip, f) for f in FIELDS}
    return out


def time_run(run: Callable[[Pages], object], pages: Pages, repeat: int) -> float:
    """The best CPU seconds of `repeat` runs of `run` over the pages."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        run(pages)
        best = min(best, time.process_time() - t0)
    return best


def compare(base: dict[str, dict[str, Any]], now: dict[str, dict[str, Any]]) -> int:
    """Print the pages whose output differs from the baseline; return how many."""
    differ = 0
    for name in sorted(set(base) | set(now)):
        old, new = base.get(name), now.get(name)
        if old == new:
            continue
        differ += 1
        fields = sorted(
            k for k in set(old or {}) | set(new or {}) if (old or {}).get(k) != (new or {}).get(k)
        )
        print(f"DIFFERS {name}: {', '.join(fields)}")
    return differ


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", help="a text corpus folder (default corpus-20000/text)")
    ap.add_argument("--pages", type=int, default=500, help="first N corpus pages")
    ap.add_argument("--every", type=int, default=0, help="and every K-th page after them")
    ap.add_argument("--odd", action="store_true", help="add copies with odd characters")
    ap.add_argument("--dump", help="write every page's output here (JSON)")
    ap.add_argument("--compare", help="compare the output with this dump")
    ap.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs (the best counts)")
    a = ap.parse_args(argv)
    corpus = Path(a.corpus) if a.corpus else DEFAULT_CORPUS
    if not a.corpus and not corpus.is_dir():
        corpus = MAIN_CORPUS
    pages = collect_pages(corpus, a.pages, a.every)
    if a.odd:
        pages += odd_copies([p for p in pages if not p[0].startswith("corpus/")])
    # Warm up: stoplists, the host map and dateparser load once per process, not per page.
    outputs = clean_all(pages)
    seconds = time_run(clean_all, pages, a.repeat)
    size = sum(len(d) for _, d in pages) / max(1, len(pages)) / 1000
    print(
        f"{len(pages)} pages ({size:.1f} KB average) in {seconds:.2f} CPU s: "
        f"{len(pages) / seconds:.0f} pages/CPU-s"
    )
    dump_compare_profile(a, outputs, pages)


def dump_compare_profile(a: argparse.Namespace, outputs: dict[str, Any], pages: Pages) -> None:
    """What --dump, --compare and --profile ask for, once the pages are cleaned."""
    if a.dump:
        Path(a.dump).write_text(json.dumps(outputs, ensure_ascii=False, indent=0), "utf-8")
    if a.compare:
        base = json.loads(Path(a.compare).read_text("utf-8"))
        differ = compare(base, outputs)
        print(f"{differ} of {len(outputs)} pages differ from {a.compare}")
    if a.profile:
        profiler = cProfile.Profile()
        profiler.runcall(clean_all, pages)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(a.profile)


if __name__ == "__main__":
    main()
