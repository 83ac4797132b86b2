"""How fast is `clipper search` on a large archive, next to ripgrep over the same text?

    python -m venv /tmp/v && /tmp/v/bin/pip install .    # then, with that Python:
    /tmp/v/bin/python benchmarks/search_speed.py
    python benchmarks/search_speed.py            # build once (benchmarks/out/), then measure
    python benchmarks/search_speed.py --runs 11  # more runs per query
    python benchmarks/search_speed.py --rebuild  # throw the archive away and build it again

The archive holds 100,000 clippings made from real article text: the 88 true article bodies of
the extraction benchmark (/work/shared/extbench/truth.json, or --truth) and the seed pages, cut
into paragraphs and sentences and recombined, with varied titles, sources and dates, so no two
are alike.  About 2% also carry a Chinese or Japanese sentence, so CJK queries have something to
find.  Every clipping is exported to a text file as well, for ripgrep.

Each query runs as a whole process (the installed `clipper` console script beside the Python
that runs the benchmark, else `python -m clipper`; start-up included, output to a pipe) and
is timed against `rg -l -i -F` for its most selective literal over the exported files, in the
same run.  Targets: median <= 150 ms per query, >= 10x faster than rg.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
DB = OUT / "bench.db"
TEXT = OUT / "text"
DEFAULT_TRUTH = Path("/work/shared/extbench/truth.json")
CLIPPINGS = 100_000
# Fixed, so two runs (and two machines) measure the same archive.
SEED = 20171112

SOURCES = (
    "Japan Times|Asahi Shimbun|Nikkei Asia|South China Morning Post|Xinhua|Kyodo News|Reuters|"
    "Associated Press|The Diplomat|Korea Herald|Yonhap|Straits Times|Caixin|NHK World|"
    "Mainichi Shimbun|Yomiuri Shimbun|Global Times|Taipei Times|Deutsche Welle|BBC News|"
    "The Guardian|Le Monde|Financial Times|Wall Street Journal|New York Times"
).split("|")
# Short news sentences in Chinese and Japanese (written for this benchmark: the real pages
# above are all in European languages), mixed into a few clippings.
CJK_SENTENCES = (
    "中国と日本の首脳会談が北京で行われた。",
    "日本政府は尖閣諸島の周辺で中国海警局の船を確認したと発表した。",
    "東京の株式市場では日経平均株価が続伸した。",
    "中国外交部の報道官は記者会見で日本側に抗議したと述べた。",
    "习近平主席与日本首相在亚太经合组织会议期间举行会谈。",
    "中日两国同意加强经济合作与人文交流。",
    "韓国と日本の外相が会談し、歴史問題について協議した。",
    "台湾海峡の緊張が高まるなか、米国は懸念を表明した。",
)
# (label, argv after `clipper search`, the literal rg looks for)
QUERIES: list[tuple[str, list[str], str]] = [
    ("common word", ["government"], "government"),
    ("two words", ["market government"], "government"),
    ("phrase", ['"prime minister"'], "prime minister"),
    ("rare word", ["acquittal"], "acquittal"),
    ("OR / NOT", ["(police OR election) -market"], "police"),
    ("prefix", ["econom*"], "econom"),
    ("title field", ["title:election"], "election"),
    ("filters", ["police", "--source", "Reuters", "--since", "2010", "--until", "2015"], "police"),
    ("newest first", ["climate", "--sort", "newest"], "climate"),
    ("CJK 2 chars", ["中国"], "中国"),
    ("CJK 3+ chars", ["日本政府"], "日本政府"),
    ("JSON", ["market", "--json"], "market"),
]


def load_texts(truth: Path) -> list[str]:
    """The real article texts the archive is made from."""
    texts = [entry["body"] for entry in json.loads(truth.read_text("utf-8")).values()]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts


def make_clipping(rng: random.Random, paragraphs: list[str], sentences: list[str]) -> dict:
    """One varied clipping: shuffled real paragraphs, a recombined sentence, title and date."""
    body = rng.sample(paragraphs, rng.randint(3, 9))
    mixed = " ".join(rng.sample(sentences, 3))
    body.insert(rng.randint(0, len(body)), mixed)
    if rng.random() < 0.02:
        body.insert(rng.randint(0, len(body)), "".join(rng.sample(CJK_SENTENCES, 2)))
    title_words = rng.choice(sentences).split()[: rng.randint(5, 14)]
    year = rng.randint(1995, 2025)
    return {
        "title": " ".join(title_words).rstrip(".,;:"),
        "body": "\n\n".join(body),
        "source": rng.choice(SOURCES),
        "date": f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def build(truth: Path, count: int) -> None:
    """Create the archive and the text export, once."""
    sys.path.insert(0, str(ROOT))
    from clipper import Archive, Clipping

    texts = load_texts(truth)
    paragraphs = [p.strip() for t in texts for p in t.split("\n\n") if len(p.split()) >= 12]
    sentences = [
        s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if 8 <= len(s.split()) <= 40
    ]
    print(f"building {count:,} clippings from {len(paragraphs):,} real paragraphs ...")
    shutil.rmtree(OUT, ignore_errors=True)
    TEXT.mkdir(parents=True)
    rng = random.Random(SEED)
    started = time.perf_counter()
    with Archive(DB, create=True) as archive:
        archive.conn.execute("PRAGMA synchronous = OFF")  # a benchmark archive: speed over safety
        added = 0
        while added < count:
            row = make_clipping(rng, paragraphs, sentences)
            result = archive.add(Clipping(**row, origin="benchmark"))
            if not result.added:
                continue
            added += 1
            folder = TEXT / f"{result.id // 1000:03d}"
            folder.mkdir(exist_ok=True)
            (folder / f"{result.id}.txt").write_text(row["title"] + "\n\n" + row["body"], "utf-8")
            if added % 10_000 == 0:
                print(f"  {added:,} in {time.perf_counter() - started:.0f} s", flush=True)
        archive.conn.execute("INSERT INTO clippings_fts (clippings_fts) VALUES ('optimize')")
        archive.conn.commit()
    print(f"built in {time.perf_counter() - started:.0f} s: {DB.stat().st_size / 1e6:.0f} MB")


def time_process(argv: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds of one whole process, its output read through a pipe."""
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(runs: int, rg_runs: int) -> None:
    """Time every query with clipper and with rg, and print the comparison.

    The machine may be shared, so the runs are interleaved: each clipper run is paired with a
    run of a bare `python -c pass`, and rg runs between them, so all three see the same load.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    # An installed clipper has its bytecode compiled; without it every run compiles clipper's
    # modules again, which is not what a user waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rg = shutil.which("rg")
    if rg is None:
        print("rg (ripgrep) is not installed: apt-get install -y ripgrep; timing clipper alone")
    print(
        f"{'query':<14} {'hits':>7} {'median':>8} {'p95':>8} {'python':>8} {'rg':>8} {'rg/clip':>8}"
    )
    all_clipper: list[float] = []
    all_python: list[float] = []
    ratios: list[float] = []
    command = clipper_command()
    print(f"clipper: {' '.join(command)} (this checkout first on PYTHONPATH)")
    # One untimed run of every query first, by both tools: each is then timed with its files in
    # the page cache, whatever ran on the machine before.
    for _, args, literal in QUERIES:
        time_process([*command, "search", *args, "--db", str(DB)], env)
        if rg:
            time_process([rg, "-l", "-i", "-F", literal, str(TEXT)], env)
    for label, args, literal in QUERIES:
        argv = [*command, "search", *args, "--db", str(DB)]
        rg_argv = [rg or "rg", "-l", "-i", "-F", literal, str(TEXT)]
        hits = _count_hits(argv, env)
        times, bare, rg_times = [], [], []
        for i in range(runs):
            bare.append(time_process([sys.executable, "-c", "pass"], env))
            times.append(time_process(argv, env))
            if rg and i < rg_runs:
                rg_times.append(time_process(rg_argv, env))
        all_clipper += times
        all_python += bare
        line = f"{label:<14} {hits:>7} {_ms(statistics.median(times))} "
        line += f"{_ms(percentile(times, 0.95))} {_ms(statistics.median(bare))}"
        if rg_times:
            ratio = statistics.median(rg_times) / statistics.median(times)
            ratios.append(ratio)
            line += f" {_ms(statistics.median(rg_times))} {ratio:>7.1f}x"
        print(line, flush=True)
    print(
        f"\nall queries: median {_ms(statistics.median(all_clipper))}, "
        f"p95 {_ms(percentile(all_clipper, 0.95))} (target <= 150 ms); "
        f"a bare `python -c pass` took {_ms(statistics.median(all_python))} meanwhile"
    )
    if ratios:
        print(
            f"rg / clipper: median {statistics.median(ratios):.1f}x, "
            f"worst {min(ratios):.1f}x (target >= 10x)"
        )


def clipper_command() -> list[str]:
    """`clipper` as a user runs it: the console script installed beside this Python (run the
    benchmark with a virtualenv's Python after `pip install .`), else `python -m clipper`."""
    script = Path(sys.executable).with_name("clipper")
    return [str(script)] if script.exists() else [sys.executable, "-m", "clipper"]


def _count_hits(argv: list[str], env: dict[str, str]) -> str:
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=False).stdout
    m = re.search(r"of ([\d,]+) clipping", out)
    return m.group(1) if m else ("json" if out.startswith("[") else "0")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:>6.0f}ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    parser.add_argument("--count", type=int, default=CLIPPINGS)
    parser.add_argument("--runs", type=int, default=7, help="runs of each clipper query")
    parser.add_argument("--rg-runs", type=int, default=3, help="runs of each rg query")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not DB.exists():
        build(args.truth, args.count)
    measure(args.runs, args.rg_runs)


if __name__ == "__main__":
    main()
