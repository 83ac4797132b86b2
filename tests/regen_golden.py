"""Rewrite the seed golden files from the cleaner's current output.

    python -m tests.regen_golden

Run it only on purpose, after a change that should alter a seed's result, and then read every
changed file in tests/golden/ (git diff) before committing: the golden files state what is
*right* for each seed (checked by hand against the page), not merely what the code printed.
"""

from __future__ import annotations

import json
from pathlib import Path

from clipper.clean.text import clean_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "golden"
FIELDS = ("title", "source", "date", "author", "url", "language")


def golden_record(seed: Path) -> dict[str, object]:
    """The fields of a seed's clipping that the golden file pins down."""
    clip = clean_text(seed.read_text(encoding="utf-8"), origin=str(seed))
    record: dict[str, object] = {f: getattr(clip, f) for f in FIELDS}
    record["paragraphs"] = clip.body.split("\n\n")
    return record


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        out = GOLDEN / f"{seed.stem}.json"
        out.write_text(
            json.dumps(golden_record(seed), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
