"""Cleaning many pages on every core: worker processes, a bounded window, input order kept.

This module runs in the worker processes too, so it imports neither the archive nor the CLI.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout  # TimeoutError from 3.11
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
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
# How long a fresh worker may take to start and load its cleaner before its first page (see
# _Pool._warm_up): the time limits count from then, as starting counts for nothing against a
# page.  Normally about a second; far more on a machine busy with other work.
WORKER_START_SECONDS = 120.0
# How often a worker checks that the import process still exists (see _exit_with).
ORPHAN_CHECK_SECONDS = 1.0
# How much lower the workers' scheduling priority is than the writer's (see _start_worker).
WORKER_NICENESS = 10
CRASHED = "the cleaner crashed on this page (its worker process died)"
# A page that takes longer than this to clean is pathological (markup built to make a parser
# or a regular expression run for ever): it fails, and the import goes on.  News pages take
# 20-50 ms; even 5 MB of nothing but article markup takes ~15 s.
PAGE_SECONDS = 60.0
# A hang inside C code (libxml2, a regular expression) never sees the alarm that ends a slow
# page: a worker that has not answered this long after the limit is killed instead.
KILL_GRACE = 0.5  # a share of the page limit
# How long a chunk may take, beyond one page's limit and grace, per page in it, as a share of
# the page limit (2 s a page: real pages take 100 times less).  Past that, the worker is
# killed and the chunk's pages are cleaned one at a time, each with its own limit.
CHUNK_PAGE_SHARE = 1 / 30
# Blocks this large or larger are mapped from the system on their own, and handed back when
# freed (see hand_back_large_blocks).  Not glibc's initial 128 KB: a news page's HTML and its
# copies (bytes, text, pickles) are 100-500 KB, and mapping each afresh cost a worker 7% of
# its time in page faults (and the writer more); smaller blocks come from the heap, which a
# worker trims every TRIM_EVERY_PAGES pages (_return_free_memory).
MMAP_THRESHOLD = 1024 * 1024
_M_MMAP_THRESHOLD = -3  # mallopt's number for that setting, from glibc's malloc.h
# A worker gives its heap's free memory back after this many pages (see _return_free_memory),
# not after every chunk: a chunk of HTML pages is three or four pages (CHUNK_BYTES), and the
# next chunk faulted the memory given back in again, a page at a time (700 faults a page,
# a tenth of a worker's time).
TRIM_EVERY_PAGES = 32
_pages_since_trim = 0  # in this worker, since it last gave memory back


class PageTimeout(BaseException):
    """A page's cleaning ran out of time.

    Not an Exception, so that no `except Exception` in a cleaner or a library swallows it.
    """


def timed_out(seconds: float) -> str:
    """The reason a page that ran out of time fails with."""
    return f"cleaning this page took too long (over {seconds:g} s): pathological markup?"


def clean_one(
    page: Page, cleaner: Cleaner | None = None, page_seconds: float | None = None
) -> Cleaned:
    """Clean one page; whatever goes wrong becomes a skipped or failed page, never an error.

    A page taking longer than `page_seconds` fails (only in a process's main thread, where
    an alarm signal can stop it; None: no limit).
    """
    if isinstance(page, (Skipped, Clipping)):
        return page
    if cleaner is None:
        from .clean import clean_page

        cleaner = clean_page
    try:
        with _time_limit(page_seconds):
            clipping = cleaner(page)
    except PageTimeout:
        return Skipped(page.origin, timed_out(page_seconds or 0), failed=True)
    except NotAPage as e:
        return Skipped(page.origin, str(e), failed=False)
    except UnreadablePage as e:
        return Skipped(page.origin, str(e), failed=True)
    except Exception as e:  # a cleaner's bug costs one page, not the whole import
        return Skipped(page.origin, f"cleaner error: {type(e).__name__}: {e}", failed=True)
    if not clipping.origin:
        clipping = clipping.replace(origin=page.origin)
    clipping = _with_page_tags(clipping)
    # Hashing and packing here spare the archive's single writer the work: it is the import's
    # bottleneck.
    return clipping.ready_to_store()


def _with_page_tags(clipping: Clipping) -> Clipping:
    """The clipping with the tags its page's front matter gives it, so that a Markdown export
    (which writes them there) imports back with its tags.

    Tags are the user's labels, not something a cleaner finds: they are read once, here at
    import, and a re-clean (which replaces only what a cleaner finds) keeps the tags as the
    user has changed them since.
    """
    if clipping.raw_kind != "text" or not clipping.raw or clipping.tags:
        return clipping
    from .clean.frontmatter import front_tags

    tags = front_tags(clipping.raw)
    return clipping.replace(tags=tags) if tags else clipping


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout in this thread once `seconds` have passed (then every second after,
    in case some library catches everything); no limit off the main thread, or without
    interval timers (Windows)."""
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_timeout(signum: int, frame: Any) -> None:
    raise PageTimeout


def _load(cleaner: Cleaner | None) -> None:
    """Load the cleaner in a worker (a given one was imported to be passed here).  Only its
    modules: cleaning a page to warm it up would hold the text cleaner's word lists (11 MB)
    in every worker of an HTML import, and trafilatura in those of a text import."""
    if cleaner is None:
        from .clean import clean_page  # noqa: F401


def clean_chunk(
    chunk: list[Page], cleaner: Cleaner | None = None, page_seconds: float | None = None
) -> list[Cleaned]:
    """Clean a chunk of pages, in order (this runs in a worker process)."""
    global _pages_since_trim
    try:
        return [clean_one(page, cleaner, page_seconds) for page in chunk]
    finally:
        _pages_since_trim += len(chunk)
        if _pages_since_trim >= TRIM_EVERY_PAGES:
            _return_free_memory()
            _pages_since_trim = 0


def hand_back_large_blocks() -> None:
    """Have this process's large blocks (page texts, parse trees) go back to the system when
    freed, rather than stay in the heap at its high-water mark (glibc only; else nothing).

    glibc raises its threshold for that with every large block freed (up to 32 MB), so after
    a few big pages every later page came from the heap and memory never went down.
    """
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def _return_free_memory() -> None:
    """Give the heap's free memory back to the system (glibc only): the last pages' parse trees
    leave megabytes free in it, which no later page may need."""
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is not None:
        trim(0)


@functools.cache
def _libc() -> Any:
    import ctypes

    try:
        return ctypes.CDLL(None)
    except OSError:  # no C library to speak to (not a usual POSIX system)
        return None


def clean_pages_in_order(
    pages: Iterable[Page],
    *,
    jobs: int,
    cleaner: Cleaner | None = None,
    on_start: Callable[[int], None] | None = None,
    page_seconds: float | None = None,
) -> Generator[Cleaned, None, None]:
    """Clean pages on `jobs` processes, yielding results in input order as they are ready.

    A small import (or `jobs` 1) is cleaned in this process.  `on_start` hears how many
    worker processes are used (0: none).  A page taking longer than `page_seconds` (default
    PAGE_SECONDS) to clean fails; a worker stuck on one past that is killed.
    """
    page_seconds = page_seconds or PAGE_SECONDS
    it = iter(pages)
    head = list(islice(it, SMALL_IMPORT))
    in_process = jobs <= 1 or len(head) < SMALL_IMPORT
    if on_start is not None:
        on_start(0 if in_process else jobs)
    if in_process:
        for page in chain(head, it):
            yield clean_one(page, cleaner, page_seconds)
        return
    # This process holds the pages in flight, their results and the writer's batch.
    hand_back_large_blocks()
    yield from _clean_in_pool(chain(head, it), _Pool(jobs, cleaner, page_seconds))


def _clean_in_pool(pages: Iterator[Page], pool: _Pool) -> Iterator[Cleaned]:
    window: deque[tuple[list[Page], Future[list[Cleaned]]]] = deque()
    try:
        for chunk in _chunks(pages):
            window.append((chunk, pool.submit(chunk)))
            while len(window) >= pool.jobs * WINDOW_PER_JOB:
                yield from pool.results(*window.popleft())
        while window:
            yield from pool.results(*window.popleft())
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
    """Worker processes that are replaced when one dies (a crash in lxml, the OOM killer) or
    is killed for hanging on a page."""

    def __init__(self, jobs: int, cleaner: Cleaner | None, page_seconds: float) -> None:
        self.jobs, self.cleaner, self.page_seconds = jobs, cleaner, page_seconds
        # How long past its limit a page may run before its worker is killed.
        self.grace = page_seconds * KILL_GRACE
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            self.jobs,
            mp_context=_context(),
            initializer=_start_worker,
            initargs=(os.getpid(), self.cleaner),
        )
        self._warm_up(executor)
        return executor

    def _warm_up(self, executor: ProcessPoolExecutor) -> None:
        """Wait until a worker has started (and loaded the cleaner: see _start_worker), so
        that the pages' time limits measure cleaning, not starting: on a busy machine a fresh
        worker, of low priority, can take longer to start than a page may take, and every
        page sent to it failed as too slow.  A pool that cannot start is left for `submit`
        to find."""
        with suppress(Exception):
            executor.submit(os.getpid).result(WORKER_START_SECONDS)

    def submit(self, chunk: list[Page]) -> Future[list[Cleaned]]:
        try:
            return self.executor.submit(clean_chunk, chunk, self.cleaner, self.page_seconds)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(clean_chunk, chunk, self.cleaner, self.page_seconds)

    def results(self, chunk: list[Page], future: Future[list[Cleaned]]) -> list[Cleaned]:
        """A chunk's results; if its worker died or hung, each page is cleaned alone to find
        the culprit."""
        per_page = self.page_seconds * CHUNK_PAGE_SHARE
        try:
            return future.result(self.page_seconds + self.grace + per_page * len(chunk))
        except FutureTimeout:
            self._kill_workers()
        except (BrokenProcessPool, CancelledError):
            # Broken under it, or cancelled when its broken pool was replaced (the pool may
            # see that it is shutting down before it sees that it is broken).
            pass
        # A fresh pool for the pages alone: one sent to the old pool before it was seen
        # broken would wait out its whole limit there, and fail.
        self._restart()
        return [self._clean_alone(page) for page in chunk]

    def _clean_alone(self, page: Page) -> Cleaned:
        for _ in range(2):  # the first try may meet the pool broken by another page
            try:
                return self.submit([page]).result(self.page_seconds + self.grace)[0]
            except FutureTimeout:
                self._kill_workers()
                self._restart()
                return Skipped(page.origin or "?", timed_out(self.page_seconds), failed=True)
            except BrokenProcessPool:
                self._restart()
        return Skipped(page.origin or "?", CRASHED, failed=True)

    def _kill_workers(self) -> None:
        """Kill the worker processes: one is stuck where no signal reaches (C code).

        The pool then breaks, and the pages it held are cleaned again, one at a time.
        """
        # ProcessPoolExecutor offers no way to kill its workers before Python 3.14
        # (terminate_workers); its table of processes is the only handle on them.
        processes = getattr(self.executor, "_processes", None) or {}
        for pid in list(processes):
            with suppress(OSError):
                os.kill(pid, signal.SIGKILL)

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


def _start_worker(importer: int, cleaner: Cleaner | None = None) -> None:
    """Set up a worker process of the import process `importer`, with its cleaner loaded
    before it takes any page (the time limits count from a page's start)."""
    # Ctrl-C reaches every process of the terminal's group; the parent alone decides what to
    # do, so the workers do not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Workers yield the CPU to the writer: there is one writer and it stores every page, so
    # when all cores are cleaning, a writer waiting for a core holds the whole import back
    # (the writer's wall time halved, the total unchanged).  It also keeps the machine
    # responsive while a large import runs.
    with suppress(OSError, AttributeError):  # AttributeError: no os.nice (Windows)
        os.nice(WORKER_NICENESS)
    hand_back_large_blocks()
    threading.Thread(target=_exit_with, args=(importer,), daemon=True).start()
    _load(cleaner)


def _exit_with(importer: int) -> None:
    """End this worker once the import process is gone (killed, say, by `kill -9` or the OOM
    killer).  Nothing else would: a worker waits on a queue it holds both ends of itself, and
    the forkserver waits for its workers, so both would stay for ever."""
    while True:
        time.sleep(ORPHAN_CHECK_SECONDS)
        try:
            os.kill(importer, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # it exists (as another user's process: its pid was reused)
            os._exit(1)
