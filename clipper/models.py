"""The data clipper passes between its stages: what a cleaner found, and what the archive holds."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


def words_of(body: str) -> list[str]:
    """The body's words as its hashes see them: case folded, punctuation and spacing dropped."""
    folded = body.casefold()
    # (Most bodies' non-ASCII characters are quotes and dashes, no word's.)
    if folded.isascii() or not _WORD.search(non_ascii(folded)):
        return words_in_ascii(folded)
    return _WORD.findall(folded)


# What words_in_ascii makes of each ASCII byte: word characters (\w) kept, the rest spaces;
# and every ASCII byte (non_ascii deletes them).
ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(128)) + (
    b" " * 128
)
ASCII_BYTES = bytes(range(128))


def words_in_ascii(text: str) -> list[str]:
    """The runs of word characters of a text whose non-ASCII characters are none of them
    word characters: they and the other non-word characters become spaces, and a split in C
    finds the words, several regex steps a character cheaper."""
    return text.encode("ascii", "replace").translate(ASCII_WORD_BYTES).decode("ascii").split()


def non_ascii(text: str) -> str:
    """The text's non-ASCII characters, in order (its UTF-8 without the ASCII bytes: in C)."""
    others = text.encode("utf-8", "surrogatepass").translate(None, ASCII_BYTES)
    return others.decode("utf-8", "surrogatepass")


# Chinese characters and Japanese kana, as regex class ranges: scripts written without spaces
# between words (language.unspaced_language tells the two languages apart by them too).
HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA_RANGES = "\u3040-\u30ff"
# Their characters, and the same with their punctuation ("、", "。", "！"), which is no word.
_UNSPACED = re.compile(f"[{KANA_RANGES}{HAN_RANGES}]")
_UNSPACED_OR_MARK = re.compile(
    f"[\u3000-\u303f{KANA_RANGES}{HAN_RANGES}\uff01-\uff0f\uff1a-\uff20]"
)


def word_count(body: str) -> int:
    """The body's words as the archive counts them (`word_count`): runs of non-space, and each
    Chinese or Japanese character, as word processors count those scripts."""
    if body.isascii() or not _UNSPACED_OR_MARK.search(body):  # (none of those: found in C)
        return len(body.split())
    return len(_UNSPACED_OR_MARK.sub(" ", body).split()) + len(_UNSPACED.findall(body))


def content_hash(body: str, words: list[str] | None = None) -> str:
    """A hash of the article text that ignores case, spacing and punctuation.

    Two imports of the same article, from the same file or from another copy of the page,
    give the same hash, so the archive stores it once.  `words`: the body's words_of, when
    the caller has them already.
    """
    import hashlib  # here: loading OpenSSL would slow every `clipper search` start

    joined = " ".join(words_of(body) if words is None else words)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Clipping:
    """One cleaned article: its body and the metadata found for it.

    `evidence` says, for each metadata field, where its value came from (e.g.
    ``{"date": "dateline near the title", "source": "copyright line"}``), so a user can
    ask why clipper believes what it does.  Archive-side fields (`id`, `imported_at`,
    `raw`, ...) are None until the clipping is stored.
    """

    body: str
    title: str | None = None
    source: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD, or None when the page states none
    author: str | None = None
    url: str | None = None
    language: str | None = None
    origin: str | None = None  # absolute path or URL the raw page came from
    evidence: dict[str, str] = field(default_factory=dict, compare=False)
    id: int | None = None
    imported_at: str | None = None
    content_hash: str | None = None
    word_count: int | None = None
    raw: str | None = field(default=None, repr=False, compare=False)
    raw_kind: str | None = None  # "text" or "html"
    # The archive's life over years: the user's labels, the cleaner that produced the clipping,
    # and which metadata fields the user corrected by hand (a re-clean keeps those).
    tags: tuple[str, ...] = ()
    cleaner_version: str | None = None
    edited_fields: tuple[str, ...] = ()
    # What the reader knew of the raw page besides its bytes ("url", "url_evidence" and
    # "capture_date": a fetch's final address, a WARC record's target and date), kept with
    # the page so that a re-clean knows it too.
    reader_hints: dict[str, str] = field(default_factory=dict, compare=False)
    # The body's MinHash signature (clipper.syndication), computed where the page is cleaned
    # (a worker process) so the archive's writer need not; never stored as such.
    signature: bytes | None = field(default=None, repr=False, compare=False)
    # The raw page compressed as the archive stores it (clipper.packing), in place of `raw`:
    # a worker process packs it, so the writer need not, and passes a fifth of the bytes.
    packed_raw: bytes | None = field(default=None, repr=False, compare=False)
    # The highest id of the export a clipping was read from (clipper.jsonl): were its own id
    # taken, it is given one above this, never an id that another clipping of the export has.
    export_highest_id: int | None = field(default=None, repr=False, compare=False)

    def replace(self, **changes: Any) -> Clipping:
        """A copy with some fields changed; a new body drops what was computed from the old."""
        if "body" in changes and changes["body"] != self.body:
            changes.setdefault("content_hash", None)
            changes.setdefault("signature", None)
            changes.setdefault("word_count", None)
        if "raw" in changes:
            changes.setdefault("packed_raw", None)
        return replace(self, **changes)

    def ready_to_store(self) -> Clipping:
        """A copy carrying what the archive's writer would otherwise compute: the body's content
        hash, MinHash signature and word count, and the raw page packed (an import does this in
        its workers)."""
        from .syndication import signature

        words = words_of(self.body)  # once for both hashes: finding them is half their cost
        return replace(
            self,
            content_hash=content_hash(self.body, words),
            signature=signature(self.body, words),
            word_count=word_count(self.body),
            raw=None,
            packed_raw=self.packed(),
        )

    def packed(self) -> bytes | None:
        """The raw page as the archive stores it: packed already (by a worker), or now."""
        if self.packed_raw is not None or self.raw is None:
            return self.packed_raw
        from .packing import pack

        return pack(self.raw)

    @property
    def original(self) -> str | None:
        """The raw page, whether held as text or packed."""
        from .packing import unpack

        return self.raw if self.raw is not None else unpack(self.packed_raw)

    def as_dict(self, *, include_raw: bool = False) -> dict[str, Any]:
        """The clipping as a JSON-ready dict (the raw page only when asked for)."""
        d = asdict(self)
        d.pop("signature")
        d.pop("packed_raw")
        d.pop("export_highest_id")
        if include_raw:
            d["raw"] = self.original
        else:
            d.pop("raw")
        return d


@dataclass(frozen=True)
class SyndicatedCopy:
    """Another clipping of the same story (a wire story in another paper), and how alike."""

    id: int
    source: str | None
    title: str | None
    similarity: float  # estimated Jaccard similarity of the two bodies' word 5-shingles

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ClippingSummary:
    """One clipping as a listing shows it: its metadata, without the article text."""

    id: int
    title: str | None
    source: str | None
    date: str | None
    url: str | None
    author: str | None
    word_count: int | None
    imported_at: str | None
    tags: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SourceSummary:
    """One source (publication) in the archive: how many clippings, over which dates."""

    source: str | None  # None: clippings whose source is unknown
    count: int
    first_date: str | None
    last_date: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ArchiveStats:
    """The archive at a glance."""

    path: str
    clippings: int
    sources: int
    first_date: str | None
    last_date: str | None
    undated: int
    words: int
    first_imported: str | None
    last_imported: str | None
    size_bytes: int  # the archive file and its write-ahead log
    tags: dict[str, int] = field(default_factory=dict)  # tag: clippings, most used first

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
