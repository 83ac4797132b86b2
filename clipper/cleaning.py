"""Cleaning many pages on every core: worker processes, a bounded window, input order kept.

This module runs in the worker processes too, so it imports neither the archive nor the CLI.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from itertools import chain, islice
from typing import Any

from .errors import NotAPage, UnreadablePage
from .models import Clipping
from .readers import RawPage, Skipped

Cleaned = Clipping | Skipped
# What flows to the cleaners: pages to clean, inputs already skipped, and clippings already
# clean (from a clipper export), which pass through as they are.
Page = RawPage | Skipped | Clipping
Cleaner = Callable[[RawPage], Clipping]

# Fewer pages than this are cleaned in this process: starting workers (a fresh interpreter that
# imports trafilatura) costs about a second, more than a pool saves on a handful of pages.
SMALL_IMPORT = 32
# A chunk is the unit of work sent to a worker: big enough that passing it costs little next to
# cleaning it, small enough (in pages and bytes) that the pages in flight stay few.
CHUNK_PAGES = 32
CHUNK_BYTES = 512 * 1024
# Chunks in flight per worker: enough queued work (a quarter of a second of text pages) that
# workers do not idle while the writer stores a batch; few enough to bound the import's memory
# (at most 4 MB of raw pages per worker).
WINDOW_PER_JOB = 8
CRASHED = "the cleaner crashed on this page (its worker process died)"


def clean_one(page: Page, cleaner: Cleaner | None = None) -> Cleaned:
    """Clean one page; whatever goes wrong becomes a skipped or failed page, never an error."""
    if isinstance(page, (Skipped, Clipping)):
        return page
    if cleaner is None:
        from .clean import clean_page

        cleaner = clean_page
    try:
        clipping = cleaner(page)
    except NotAPage as e:
        return Skipped(page.origin, str(e), failed=False)
    except UnreadablePage as e:
        return Skipped(page.origin, str(e), failed=True)
    except Exception as e:  # a cleaner's bug costs one page, not the whole import
        return Skipped(page.origin, f"cleaner error: {type(e).__name__}: {e}", failed=True)
    if not clipping.origin:
        clipping = clipping.replace(origin=page.origin)
    # Hashing here spares the archive's single writer the work: it is the import's bottleneck.
    return clipping.with_hashes()


def clean_chunk(chunk: list[Page], cleaner: Cleaner | None = None) -> list[Cleaned]:
    """Clean a chunk of pages, in order (this runs in a worker process)."""
    return [clean_one(page, cleaner) for page in chunk]


def clean_pages_in_order(
    pages: Iterable[Page],
    *,
    jobs: int,
    cleaner: Cleaner | None = None,
    on_start: Callable[[int], None] | None = None,
) -> Generator[Cleaned, None, None]:
    """Clean pages on `jobs` processes, yielding results in input order as they are ready.

    A small import (or `jobs` 1) is cleaned in this process.  `on_start` hears how many
    worker processes are used (0: none).
    """
    it = iter(pages)
    head = list(islice(it, SMALL_IMPORT))
    in_process = jobs <= 1 or len(head) < SMALL_IMPORT
    if on_start is not None:
        on_start(0 if in_process else jobs)
    if in_process:
        for page in chain(head, it):
            yield clean_one(page, cleaner)
        return
    yield from _clean_in_pool(chain(head, it), jobs, cleaner)


def _clean_in_pool(pages: Iterator[Page], jobs: int, cleaner: Cleaner | None) -> Iterator[Cleaned]:
    pool = _Pool(jobs)
    window: deque[tuple[list[Page], Future[list[Cleaned]]]] = deque()
    try:
        for chunk in _chunks(pages):
            window.append((chunk, pool.submit(chunk, cleaner)))
            while len(window) >= jobs * WINDOW_PER_JOB:
                yield from pool.results(*window.popleft(), cleaner)
        while window:
            yield from pool.results(*window.popleft(), cleaner)
    finally:
        pool.shutdown()


def _chunks(pages: Iterator[Page]) -> Iterator[list[Page]]:
    chunk: list[Page] = []
    size = 0
    for page in pages:
        chunk.append(page)
        size += len(page.data) if isinstance(page, RawPage) else 0
        if len(chunk) >= CHUNK_PAGES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _Pool:
    """Worker processes that are replaced when one dies (a crash in lxml, the OOM killer)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=_ignore_interrupts)

    def submit(self, chunk: list[Page], cleaner: Cleaner | None) -> Future[list[Cleaned]]:
        try:
            return self.executor.submit(clean_chunk, chunk, cleaner)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(clean_chunk, chunk, cleaner)

    def results(
        self,
        chunk: list[Page],
        future: Future[list[Cleaned]],
        cleaner: Cleaner | None,
    ) -> list[Cleaned]:
        """A chunk's results; if its worker died, each page is cleaned alone to find the culprit."""
        try:
            return future.result()
        except BrokenProcessPool:
            return [self._clean_alone(page, cleaner) for page in chunk]

    def _clean_alone(self, page: Page, cleaner: Cleaner | None) -> Cleaned:
        for _ in range(2):  # the first try may meet the pool broken by another page
            try:
                return self.submit([page], cleaner).result()[0]
            except BrokenProcessPool:
                self._restart()
        return Skipped(page.origin or "?", CRASHED, failed=True)

    def _restart(self) -> None:
        with suppress(Exception):
            self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def shutdown(self) -> None:
        # Workers ignore Ctrl-C: on an interrupt they finish their chunk and exit quietly.
        self.executor.shutdown(wait=True, cancel_futures=True)


def _context() -> Any:
    """Start workers from a small, clean server process rather than by forking this one.

    Forking this process would copy its open archive and its threads (the progress bar's) into
    every worker.  The server imports only this module: a worker imports trafilatura when it
    meets its first HTML page, so a text-only import never pays for it.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["clipper.cleaning"])
        return ctx
    return multiprocessing.get_context("spawn")


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group; the parent alone decides what to
    # do, so the workers do not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
