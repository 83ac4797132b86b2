"""Cleaners for tests that run in worker processes: this module must not import the archive."""

from __future__ import annotations

import os
import signal
import sys
import time

from clipper.clean import clean_page
from clipper.models import Clipping
from clipper.readers import RawPage


def cleaner_that_crashes(page: RawPage) -> Clipping:
    """clean_page, except that the page named crash.txt kills the process cleaning it."""
    if page.origin.endswith("crash.txt"):
        os._exit(3)
    return clean_page(page)


def cleaner_with_a_bug(page: RawPage) -> Clipping:
    """clean_page, except that it raises an unexpected error on the page named bug.txt."""
    if page.origin.endswith("bug.txt"):
        raise ValueError("unexpected")
    return clean_page(page)


def cleaner_that_lists_the_archive_modules(page: RawPage) -> Clipping:
    """A clipping saying which of the archive's modules the cleaning process has loaded."""
    loaded = sorted(m for m in sys.modules if m in ("clipper.archive", "sqlite_utils", "sqlite3"))
    return Clipping(body=f"Loaded in the worker cleaning {page.origin}: {loaded}.")


def cleaner_that_tells_its_niceness(page: RawPage) -> Clipping:
    """A clipping saying the scheduling niceness of the process that cleaned the page."""
    return Clipping(body=f"Cleaned {page.origin} at niceness {os.nice(0)}.")


def cleaner_that_loops(page: RawPage) -> Clipping:
    """clean_page, except that it never ends on the page named loop.txt (a Python loop)."""
    while page.origin.endswith("loop.txt"):
        pass
    return clean_page(page)


def cleaner_that_hangs_deaf(page: RawPage) -> Clipping:
    """clean_page, except that it hangs on the page named hang.txt, deaf to signals, as a
    hang inside C code (libxml2, a regular expression) is."""
    if page.origin.endswith("hang.txt"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    return clean_page(page)
