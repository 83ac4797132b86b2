"""A pathological page that never finishes cleaning fails alone; the import goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from worker_cleaners import cleaner_that_hangs_deaf, cleaner_that_loops

from clipper.archive import Archive
from clipper.cleaning import (
    CHUNK_PAGE_SHARE,
    CHUNK_PAGES,
    KILL_GRACE,
    SMALL_IMPORT,
    _Pool,
    clean_pages_in_order,
    timed_out,
)
from clipper.importer import import_pages
from clipper.models import Clipping
from clipper.readers import Skipped, iter_pages

PAGES = SMALL_IMPORT + 8  # enough pages for worker processes to be used
# Seconds a page may take in these tests: long enough that a good page (a few ms of CPU) is
# never too slow even when other work leaves the workers, of low priority, little of a core.
LIMIT = 2.0
# The limit where a cleaner's loading must not count (a shorter one: loading takes longer).
START_LIMIT = 1.0


def write_pages(folder: Path, stuck: str) -> Path:
    folder.mkdir()
    for n in range(PAGES):
        (folder / f"{n:04d}.txt").write_text(
            f"Harbour report {n}\n\nThe city council voted on Tuesday to repair pier {n} before "
            "the winter storms, after engineers found the wooden piles had rotted.\n"
        )
    (folder / stuck).write_text("Stuck\n\nThis page never finishes cleaning, whatever it says.\n")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_that_loops_for_ever_fails_and_the_rest_are_cleaned(tmp_path, jobs):
    folder = write_pages(tmp_path / "pages", "0005-loop.txt")
    results = list(
        clean_pages_in_order(
            iter_pages([str(folder)]), jobs=jobs, cleaner=cleaner_that_loops, page_seconds=LIMIT
        )
    )
    failed = [r for r in results if isinstance(r, Skipped)]
    assert [(Path(f.origin).name, f.reason, f.failed) for f in failed] == [
        ("0005-loop.txt", timed_out(LIMIT), True)
    ]
    assert sum(isinstance(r, Clipping) for r in results) == PAGES


def test_a_worker_hung_where_no_signal_reaches_is_killed_and_the_import_goes_on(tmp_path, db_path):
    folder = write_pages(tmp_path / "pages", "0005-hang.txt")
    pages = list(
        clean_pages_in_order(
            iter_pages([str(folder)]), jobs=2, cleaner=cleaner_that_hangs_deaf, page_seconds=LIMIT
        )
    )
    origins = [Path(p.origin or "").name for p in pages]
    assert origins == sorted(origins)  # input order kept
    failed = [p for p in pages if isinstance(p, Skipped)]
    assert [(Path(f.origin).name, f.reason) for f in failed] == [
        ("0005-hang.txt", timed_out(LIMIT))
    ]


def test_a_hung_worker_with_many_chunks_in_flight_loses_no_other_page(tmp_path):
    # Killing the hung worker breaks the pool under every chunk still in flight: each of
    # them is cleaned again, page by page, and none is lost or fails.
    folder = write_pages(tmp_path / "pages", "0005-hang.txt")
    for n in range(PAGES, 6 * CHUNK_PAGES):
        (folder / f"{n:04d}.txt").write_text(
            f"Harbour report {n}\n\nThe city council voted on Tuesday to repair pier {n} "
            "before the winter storms, after engineers found the wooden piles had rotted.\n"
        )
    pages = list(
        clean_pages_in_order(
            iter_pages([str(folder)]), jobs=2, cleaner=cleaner_that_hangs_deaf, page_seconds=LIMIT
        )
    )
    assert len(pages) == 6 * CHUNK_PAGES + 1
    failed = [p for p in pages if isinstance(p, Skipped)]
    assert [(Path(f.origin).name, f.reason) for f in failed] == [
        ("0005-hang.txt", timed_out(LIMIT))
    ]


def test_chunks_cancelled_when_their_pool_is_replaced_are_cleaned_again(tmp_path):
    folder = write_pages(tmp_path / "pages", "0005-fine.txt")
    pages = list(iter_pages([str(folder)]))
    chunks = [pages[i : i + 2] for i in range(0, len(pages), 2)]
    pool = _Pool(1, None, LIMIT)
    try:
        futures = [pool.submit(chunk) for chunk in chunks]
        pool._restart()  # as when a worker was killed: what was still queued is cancelled
        assert any(future.cancelled() for future in futures)
        results = [r for c, f in zip(chunks, futures, strict=True) for r in pool.results(c, f)]
    finally:
        pool.shutdown()
    assert [r.origin for r in results] == [p.origin for p in pages]
    assert all(isinstance(r, Clipping) for r in results)


def test_the_time_a_worker_takes_to_start_is_not_charged_to_its_pages(tmp_path):
    # Starting a worker and loading its cleaner (slow on a busy machine) used to count
    # against the first pages it was sent, which then failed as too slow to clean.
    from slow_to_load_cleaner import LOAD_SECONDS, cleaner

    assert LOAD_SECONDS > START_LIMIT * (1 + KILL_GRACE + CHUNK_PAGES * CHUNK_PAGE_SHARE)
    folder = write_pages(tmp_path / "pages", "0005-fine.txt")
    results = list(
        clean_pages_in_order(
            iter_pages([str(folder)]), jobs=2, cleaner=cleaner, page_seconds=START_LIMIT
        )
    )
    assert [r for r in results if isinstance(r, Skipped)] == []
    assert len(results) == PAGES + 1


def test_an_import_reports_the_page_that_ran_out_of_time(tmp_path, db_path, monkeypatch):
    import clipper.cleaning

    monkeypatch.setattr(clipper.cleaning, "PAGE_SECONDS", LIMIT)
    folder = write_pages(tmp_path / "pages", "0005-loop.txt")
    with Archive(db_path, create=True) as archive:
        report = import_pages(
            archive, iter_pages([str(folder)]), jobs=1, cleaner=cleaner_that_loops
        )
    assert (report.added, report.failed) == (PAGES, 1)
    assert report.failures == [(str(folder / "0005-loop.txt"), timed_out(LIMIT))]
