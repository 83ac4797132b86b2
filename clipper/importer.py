"""Import at scale: clean pages on every core, store them in order, in batches.

Pages flow lazily from a reader to worker processes (a bounded window of chunks, so memory
stays flat whatever the input size), and back in input order to one writer, which stores them
with `Archive.add_many`, one transaction per batch.  Input order in, input order out: two imports
of the same input give the same ids.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .cleaning import Cleaner, Page, clean_pages_in_order
from .models import Clipping, content_hash
from .readers import RawPage, Skipped, walk_files

if TYPE_CHECKING:  # the archive is the writer's business; workers never import it
    from .archive import Archive

# A batch is one transaction: large enough that commits cost little, small enough that an
# interrupted import loses little, a batch of large pages stays well within memory, and workers
# do not run out of queued pages while it is stored (see cleaning.WINDOW_PER_JOB).
BATCH_PAGES = 200
BATCH_BYTES = 4 * 1024 * 1024
# A batch this old is stored when the next page comes, so a slow input (stdin, the network)
# is stored as it arrives rather than when a batch is full.
BATCH_SECONDS = 1.0
# Files holding an unknown number of pages: web archives, clipper's JSON Lines exports.
UNCOUNTED_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".jsonl")
# The summary names this many failed pages; the rest are counted.
FAILURES_KEPT = 5
# Skip reasons counted apart; more (reasons that quote the page) are counted as "other".
SKIP_REASONS_KEPT = 20


@dataclass(frozen=True)
class PageDone:
    """What became of one page: added, already present, skipped or failed."""

    kind: str  # "added", "present", "skipped" or "failed"
    origin: str
    id: int | None = None  # the clipping that holds the article (added or present)
    title: str | None = None
    reason: str | None = None  # why it was skipped or failed
    # An exported clipping's id, when the archive had given it before: added under a new id.
    renumbered_from: int | None = None
    # Tags the page came with that the clipping already holding its article lacked (now has).
    tags_added: tuple[str, ...] = ()
    # Present by its address with another text (a newer version of the page); for "updated",
    # the fields the newer version changed.
    other_text: bool = False
    fields: tuple[str, ...] = ()


@dataclass
class ImportReport:
    """How an import went: counts, reasons, the first failures and where the time went."""

    added: int = 0
    updated: int = 0  # present by address with another text, stored in its place (--update)
    present: int = 0
    skipped: int = 0
    failed: int = 0
    renumbered: int = 0  # added under a new id: the id their export gave was taken
    skip_reasons: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason), first few
    seconds: float = 0.0
    # Time the writer spent storing and indexing (waiting for SQLite included, waiting for
    # cleaned pages not), and the CPU time of that, the checkpoint thread's (archive_wal) too.
    store_seconds: float = 0.0
    store_cpu_seconds: float = 0.0
    jobs: int = 0  # worker processes used; 0 when pages were cleaned in this process

    @property
    def pages(self) -> int:
        return self.added + self.updated + self.present + self.skipped + self.failed

    def count(self, done: PageDone) -> None:
        """Account for one page."""
        if done.kind == "added":
            self.added += 1
            if done.renumbered_from is not None:
                self.renumbered += 1
        elif done.kind == "updated":
            self.updated += 1
        elif done.kind == "present":
            self.present += 1
        elif done.kind == "skipped":
            self.skipped += 1
            reason = done.reason or "?"
            if reason not in self.skip_reasons and len(self.skip_reasons) >= SKIP_REASONS_KEPT:
                reason = "other reasons"
            self.skip_reasons[reason] += 1
        else:
            self.failed += 1
            if len(self.failures) < FAILURES_KEPT:
                self.failures.append((done.origin, done.reason or "?"))


def default_jobs() -> int:
    """Worker processes to use by default: every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def import_pages(
    archive: Archive,
    pages: Iterable[RawPage | Skipped],
    *,
    jobs: int | None = None,
    source: str | None = None,
    on_page: Callable[[PageDone], None] | None = None,
    cleaner: Cleaner | None = None,
    update: bool = False,
) -> ImportReport:
    """Clean pages on `jobs` processes (default: all cores) and store them in input order.

    `on_page` hears about every page once its fate is final (after its batch is committed).
    `source`, when given, is the publication of every page.  With `update`, a page whose
    address a clipping holds with another text replaces that clipping's page and the fields
    cleaned from it (reclean.update_page); without, it is "already present".  `cleaner` replaces
    `clipper.clean.clean_page`; it must be a module-level function, as workers import it.
    Worker processes start afresh and import the calling script as multiprocessing does, so
    a script that imports with jobs > 1 keeps its work under `if __name__ == "__main__":`.
    """
    report = ImportReport()
    started = time.perf_counter()
    batch = _Batch(archive, report, on_page, update=update)

    def count_workers(n: int) -> None:
        report.jobs = n

    cleaned = clean_pages_in_order(
        _expand_exports(pages), jobs=jobs or default_jobs(), cleaner=cleaner, on_start=count_workers
    )
    # closing: on Ctrl-C or an error, the workers stop now, not when collected.
    with archive.background_checkpoints() as checkpoints, closing(cleaned):
        for result in cleaned:
            if isinstance(result, Clipping) and source:
                result = result.replace(
                    source=source, evidence={**result.evidence, "source": "--source option"}
                )
            batch.append(result)
            if batch.full():
                batch.store()
        batch.store(checkpoints.wait)  # the last checkpoint is storing too
    # The checkpoints' thread works beside the writer: its CPU time counts, its wall time
    # only where the writer waited for it (counted in store_seconds already).
    report.store_cpu_seconds += checkpoints.cpu_seconds
    report.seconds = time.perf_counter() - started
    return report


def _expand_exports(pages: Iterable[RawPage | Skipped]) -> Iterator[Page]:
    """Pages, with JSON Lines files (clipper's exports, or articles from elsewhere) opened into
    the clippings they hold.

    An export's clippings are stored as they are (already cleaned, tags and edits kept); a
    broken line fails on its own, named by its line number.
    """
    from .jsonl import BadLine, is_json_lines, read_export

    for page in pages:
        if isinstance(page, RawPage) and is_json_lines(page.data):
            for item in read_export(page.origin, page.data):
                if isinstance(item, BadLine):
                    yield Skipped(item.origin, item.reason, failed=True)
                else:
                    yield item
        else:
            yield page


class _Batch:
    """Cleaned pages waiting to be stored together, in input order."""

    def __init__(
        self,
        archive: Archive,
        report: ImportReport,
        on_page: Callable[[PageDone], None] | None,
        *,
        update: bool = False,
    ) -> None:
        self.archive, self.report, self.on_page = archive, report, on_page
        self.update = update
        # With update: the clippings a page of this import has updated, with the hash of the
        # text each holds now; a later page is compared with that, not with what the archive
        # held when its batch was looked up, so one import of several versions ends as the
        # same imports one after another would.
        self.updated: dict[int, str] = {}
        # Exported ids above this were never given before the import: they are kept, in
        # whatever order the export lists them (Archive.add_many).
        self.given_before = archive.highest_id_given()
        self.items: list[Clipping | Skipped] = []
        self.clippings = 0
        self.bytes = 0
        self.started = time.monotonic()

    def append(self, item: Clipping | Skipped) -> None:
        if not self.items:
            self.started = time.monotonic()
        self.items.append(item)
        if isinstance(item, Clipping):
            self.clippings += 1
            self.bytes += len(item.body) + len(item.raw or "") + len(item.packed_raw or b"")

    def full(self) -> bool:
        return (
            self.clippings >= BATCH_PAGES
            or self.bytes >= BATCH_BYTES
            or (self.items != [] and time.monotonic() - self.started >= BATCH_SECONDS)
        )

    def store(self, wait: Callable[[], None] | None = None) -> None:
        """Store the batch in one transaction, then tell about each of its pages.

        `wait`, if given, is more of the writer's work to count as time spent storing.
        """
        clippings = [item for item in self.items if isinstance(item, Clipping)]
        started, cpu_started = time.perf_counter(), time.thread_time()
        results = iter(
            self.archive.add_many(clippings, given_before=self.given_before) if clippings else []
        )
        if wait is not None:
            wait()
        self.report.store_seconds += time.perf_counter() - started
        self.report.store_cpu_seconds += time.thread_time() - cpu_started
        for item in self.items:
            if isinstance(item, Clipping):
                result = next(results)
                done = PageDone(
                    "added" if result.added else "present",
                    item.origin or "?",
                    id=result.id,
                    title=item.title,
                    renumbered_from=result.renumbered_from,
                    tags_added=result.tags_added,
                    other_text=result.other_text,
                )
                if self.update:
                    done = self._maybe_updated(done, item)
            else:
                done = PageDone(
                    "failed" if item.failed else "skipped", item.origin, reason=item.reason
                )
            self.report.count(done)
            if self.on_page is not None:
                self.on_page(done)
        self.items, self.clippings, self.bytes = [], 0, 0

    def _maybe_updated(self, done: PageDone, page: Clipping) -> PageDone:
        """The page's fate with --update: a version of a clipping's page other than the one
        it holds now is stored in its place."""
        if done.kind != "present" or done.id is None:
            return done
        digest = page.content_hash or content_hash(page.body)
        held = self.updated.get(done.id)
        if held is None and not done.other_text:
            return done  # the clipping holds this very text
        if held == digest:
            return replace(done, other_text=False)
        stored = done.id
        done = self._updated(done, page)
        if done.kind == "updated":
            self.updated[stored] = digest
        return done

    def _updated(self, done: PageDone, page: Clipping) -> PageDone:
        """Store a newer version of a stored clipping's page; "present" as the clipping
        whose text it now is when another clipping already holds that text."""
        from .reclean import update_page

        assert done.id is not None
        change = update_page(self.archive, done.id, page)
        if change is not None and change.duplicate_of is not None:
            return replace(done, id=change.duplicate_of, other_text=False)
        # Named by the title it holds now: the new page's, or the one the user edited.
        title = self.archive.get(done.id).title
        return replace(done, kind="updated", fields=change.fields if change else (), title=title)


def estimate_page_count(paths: Iterable[str]) -> int | None:
    """How many pages the given paths hold, for a progress bar; None when it cannot be told.

    Folders are walked (names only, nothing is read) as the readers walk them; a web address,
    standard input, a list file's entries, a WARC file or a clipper export holds an unknown
    number of pages.
    """
    total = 0
    for arg in paths:
        if arg == "-" or "://" in arg or arg.endswith(UNCOUNTED_SUFFIXES):
            return None
        path = Path(arg)
        total += sum(1 for _ in walk_files(path)) if path.is_dir() else 1
    return total
