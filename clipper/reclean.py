"""Re-clean: run today's cleaner over the original pages stored in the archive.

Fields the user corrected by hand (and a source given with `import --source`) are kept; every
other field takes the new cleaner's value.  Each clipping records the cleaner version that
produced it.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import DamagedClipping, UnreadablePage
from .filters import ClippingFilter

if TYPE_CHECKING:
    from .archive import Archive
    from .models import Clipping

# What a cleaner produces for a page; the rest of a clipping belongs to the archive or the user.
CLEANED_FIELDS = ("body", "title", "source", "date", "author", "url", "language")
# The evidence `import --source` records: the user chose that source, so a re-clean keeps it.
SOURCE_OPTION_EVIDENCE = "--source option"


@dataclass(frozen=True)
class Change:
    """What a re-clean changed in one clipping."""

    id: int
    title: str | None
    fields: tuple[str, ...]
    words_added: int = 0  # in the body
    words_removed: int = 0
    duplicate_of: int | None = None  # the new body is that clipping's: left unchanged

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "fields": list(self.fields),
            "words_added": self.words_added,
            "words_removed": self.words_removed,
            "duplicate_of": self.duplicate_of,
        }


@dataclass
class RecleanReport:
    """The outcome of a re-clean, clipping by clipping where something happened."""

    cleaner_version: str
    dry_run: bool
    checked: int = 0
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (id, reason)
    failed: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "cleaner_version": self.cleaner_version,
            "dry_run": self.dry_run,
            "checked": self.checked,
            "changed": [c.as_dict() for c in self.changed],
            "unchanged": self.unchanged,
            "skipped": [{"id": i, "reason": r} for i, r in self.skipped],
            "failed": [{"id": i, "reason": r} for i, r in self.failed],
        }


def reclean(
    archive: Archive,
    filters: ClippingFilter | None = None,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> RecleanReport:
    """Re-clean the clippings the filter picks (all by default) with the current cleaner."""
    from .clean import CLEANER_VERSION

    report = RecleanReport(CLEANER_VERSION, dry_run)
    ids = archive.ids(filters)
    for done, cid in enumerate(ids, 1):
        if progress:
            progress(done, len(ids))
        report.checked += 1
        try:
            stored = archive.get(cid, include_raw=True)
        except DamagedClipping as e:
            report.failed.append((cid, str(e)))
            continue
        if not stored.raw:
            report.skipped.append((cid, "no original page stored"))
            continue
        try:
            change = reclean_one(archive, stored, dry_run=dry_run)
        except UnreadablePage as e:
            report.failed.append((cid, str(e)))
            continue
        if change is None:
            report.unchanged += 1
        else:
            report.changed.append(change)
    return report


def reclean_one(archive: Archive, stored: Clipping, *, dry_run: bool = False) -> Change | None:
    """Re-clean one stored clipping; what changed, or None when the cleaner agrees."""
    from .clean import clean

    assert stored.id is not None and stored.raw is not None
    hints = stored.reader_hints
    fresh = clean(
        stored.raw,
        origin=stored.origin,
        url=hints.get("url"),
        url_evidence=hints.get("url_evidence"),
        warc_date=hints.get("capture_date"),
        # A page stored as HTML is cleaned as HTML again, even one a server's Content-Type
        # alone made HTML.
        content_type="text/html" if stored.raw_kind == "html" else None,
    )
    return store_fresh(archive, stored, fresh, dry_run=dry_run)


def update_page(archive: Archive, clipping_id: int, fresh: Clipping) -> Change | None:
    """Store a newer version of a stored clipping's page (`import --update`): its original
    page, and the fields the cleaner found in it, but for those the user edited; its tags, id
    and import time stay.  What changed, or None when only the page did."""
    from .urls import url_key

    stored = archive.get(clipping_id, include_raw=True)
    if stored.url and fresh.url and url_key(fresh.url) == url_key(stored.url):
        fresh = fresh.replace(url=stored.url)  # the same address, without tracking parameters
    page = {
        "raw": fresh.packed(),
        "raw_kind": fresh.raw_kind,
        "origin": fresh.origin,
        "reader_hints": json.dumps(fresh.reader_hints, ensure_ascii=False)
        if fresh.reader_hints
        else None,
    }
    return store_fresh(archive, stored, fresh, page=page)


def store_fresh(
    archive: Archive,
    stored: Clipping,
    fresh: Clipping,
    *,
    dry_run: bool = False,
    page: dict[str, Any] | None = None,
) -> Change | None:
    """Store what a clean of a stored clipping's page (or of a newer `page`, stored too)
    found, but for the fields the user edited; what changed, or None."""
    from .clean import CLEANER_VERSION
    from .syndication import signature

    assert stored.id is not None
    kept = kept_fields(stored)
    updates: dict[str, Any] = {
        name: getattr(fresh, name)
        for name in CLEANED_FIELDS
        if name not in kept and getattr(fresh, name) != getattr(stored, name)
    }
    change = None
    if updates:
        added, removed = word_changes(stored.body, updates.get("body", stored.body))
        change = Change(stored.id, stored.title, tuple(updates), added, removed)
    stale = stored.cleaner_version != CLEANER_VERSION or not archive.has_signature(stored.id)
    if dry_run or not (updates or stale or page):
        return change
    evidence = {**stored.evidence}
    for name in updates:
        if name in fresh.evidence:
            evidence[name] = fresh.evidence[name]
        else:
            evidence.pop(name, None)
    updates_row = {
        **updates,
        "evidence": json.dumps(evidence, ensure_ascii=False),
        "cleaner_version": CLEANER_VERSION,
        "raw_kind": fresh.raw_kind,
        **(page or {}),
    }
    minhash = signature(updates.get("body", stored.body))
    duplicate = archive.replace_cleaned(stored.id, updates_row, minhash)
    if duplicate is not None and change is not None:
        return Change(stored.id, stored.title, change.fields, duplicate_of=duplicate)
    return change


def kept_fields(stored: Clipping) -> set[str]:
    """The fields a re-clean must not touch: the user's corrections and chosen source."""
    kept = set(stored.edited_fields)
    if stored.evidence.get("source") == SOURCE_OPTION_EVIDENCE:
        kept.add("source")
    return kept


def word_changes(old: str, new: str) -> tuple[int, int]:
    """Words added and removed between two bodies."""
    a, b = old.split(), new.split()
    added = removed = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op in ("replace", "delete"):
            removed += i2 - i1
        if op in ("replace", "insert"):
            added += j2 - j1
    return added, removed
