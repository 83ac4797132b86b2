"""A cleaner whose module takes a while to load (a worker loads it before cleaning a page)."""

from __future__ import annotations

import time

from clipper.clean import clean_page
from clipper.models import Clipping
from clipper.readers import RawPage

LOAD_SECONDS = 3.0  # longer than the whole first chunk may take in test_page_timeout.py

time.sleep(LOAD_SECONDS)


def cleaner(page: RawPage) -> Clipping:
    """clean_page, from a module slow to import."""
    return clean_page(page)
