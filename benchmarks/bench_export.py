"""Export in flat memory: peak Python memory of `clipper export` for N and N/10 clippings.

Run by hand:  python benchmarks/bench_export.py [--n 100000]
Prints the peak traced memory of exporting each archive (JSON Lines, with the raw pages) and
the ratio large/small; a streaming export keeps the ratio near 1 however large N is.  Also
prints the cost of near-duplicate detection at import: the share of Archive.add's time spent
computing the MinHash signature.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clipper.archive import Archive  # noqa: E402
from clipper.export import write_jsonl  # noqa: E402
from clipper.models import Clipping  # noqa: E402

WORDS = (
    "japan china talks minister island sea defense trade summit beijing tokyo official said "
    "agreed relations statement visit ministry economy security dispute leaders meeting"
).split()


def article(rng: random.Random, words: int = 400) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def fill(path: Path, n: int) -> None:
    """N synthetic clippings, inserted in bulk (the benchmark measures export, not import)."""
    rng = random.Random(n)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with Archive(path, create=True) as archive:

        def rows():
            for i in range(n):
                body = f"{i} " + article(rng)
                yield {
                    "title": f"Clipping {i}",
                    "body": body,
                    "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                    "imported_at": now,
                    "raw": "<html><body><p>" + body + "</p></body></html>",
                }

        archive.db["clippings"].insert_all(rows(), batch_size=2000)  # type: ignore[union-attr]


def export_peak(path: Path) -> tuple[int, float]:
    with Archive(path) as archive:
        tracemalloc.start()
        start = time.perf_counter()
        out = Path(tempfile.gettempdir()) / "bench_export.jsonl"
        with out.open("w", encoding="utf-8") as sink:
            write_jsonl(archive.iter_clippings(include_raw=True), sink)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak, elapsed


def add_cost(path: Path, n: int) -> tuple[float, float]:
    """Seconds per Archive.add, and per MinHash signature (the CPU part of finding copies)."""
    from clipper.syndication import signature

    rng = random.Random(7)
    bodies = [article(rng) for _ in range(n)]
    signature(bodies[0])  # warm-up: datasketch's import is paid once per process
    start = time.perf_counter()
    for body in bodies:
        signature(body)
    per_signature = (time.perf_counter() - start) / n
    with Archive(path, create=True) as archive:
        start = time.perf_counter()
        for body in bodies:
            archive.add(Clipping(body=body))
        per_add = (time.perf_counter() - start) / n
    return per_add, per_signature


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "small.db", Path(tmp) / "large.db"
        fill(small, args.n // 10)
        fill(large, args.n)
        export_peak(small)  # warm-up: first-use imports and caches are not the export's cost
        small_peak, _ = export_peak(small)
        large_peak, seconds = export_peak(large)
        print(f"export {args.n // 10:>7} clippings: peak {small_peak / 1e6:6.2f} MB")
        print(
            f"export {args.n:>7} clippings: peak {large_peak / 1e6:6.2f} MB, "
            f"{args.n / seconds:,.0f} clippings/s"
        )
        print(f"peak ratio large/small: {large_peak / small_peak:.2f} (flat memory: ~1)")
        per_add, per_signature = add_cost(Path(tmp) / "adds.db", 300)
        print(
            f"Archive.add: {per_add * 1000:.1f} ms a clipping, of which the MinHash signature "
            f"{per_signature * 1000:.1f} ms ({per_signature / per_add:.0%})"
        )


if __name__ == "__main__":
    main()
