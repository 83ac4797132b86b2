"""Getting clippings out: JSON Lines (which `clipper import` reads back), CSV, Markdown files.

Every writer takes an iterator of clippings and writes each as it comes, so an export of any
size runs in flat memory.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from .errors import ClipperError
from .models import Clipping

FORMATS = ("jsonl", "csv", "markdown")
# JSON Lines fields in reading order: what a person scanning the file looks for first.
JSONL_FIRST = "id title source date author url tags".split()
CSV_COLUMNS = (
    "id title source date author url tags language origin imported_at cleaner_version "
    "word_count body"
).split()
# Characters YAML refuses in a document (DEL, C1 controls but NEL, lone surrogates,
# non-characters): page text may hold them, and one would make the front matter unreadable.
_NOT_YAML = re.compile("[\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# A cell starting with one of these is read as a formula by spreadsheets: a hostile page's
# title could run one when the export is opened.  Such cells get a leading apostrophe.
_FORMULA_START = ("=", "+", "@", "\t", "\r")
# File names stay short enough for every file system, however long the headline.
MAX_SLUG_CHARS = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def write_jsonl(clippings: Iterable[Clipping], out: TextIO, *, include_raw: bool = True) -> int:
    """One JSON object a line, every field (the original page too unless told not to)."""
    count = 0
    for clipping in clippings:
        fields = clipping.as_dict(include_raw=include_raw)
        ordered = {**{k: fields[k] for k in JSONL_FIRST}, **fields}
        out.write(json.dumps(ordered, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_csv(clippings: Iterable[Clipping], out: TextIO) -> int:
    """A spreadsheet: one row a clipping, tags joined with "; ", no original page."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for clipping in clippings:
        row = clipping.as_dict()
        row["tags"] = "; ".join(clipping.tags)
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
        count += 1
    return count


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_markdown(clippings: Iterable[Clipping], folder: Path) -> int:
    """One Markdown file a clipping, named by id and headline, with a front-matter block."""
    if folder.exists() and not folder.is_dir():
        raise ClipperError(f"{folder} is a file; Markdown export needs a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ClipperError(f"cannot create folder {folder}: {e.strerror}") from e
    count = 0
    for clipping in clippings:
        path = folder / markdown_name(clipping)
        try:
            path.write_text(to_markdown(clipping), encoding="utf-8")
        except OSError as e:
            raise ClipperError(f"cannot write {path}: {e.strerror}") from e
        count += 1
    return count


def markdown_name(clipping: Clipping) -> str:
    """`000012-abe-xi-agree-to-make-new-start.md`: sorts by id, says what it is, safe anywhere."""
    ascii_title = unicodedata.normalize("NFKD", clipping.title or "").encode("ascii", "ignore")
    slug = _NOT_SLUG.sub("-", ascii_title.decode("ascii").lower()).strip("-")
    slug = slug[:MAX_SLUG_CHARS].rstrip("-") or "clipping"
    return f"{clipping.id or 0:06d}-{slug}.md"


def to_markdown(clipping: Clipping) -> str:
    """The clipping as Markdown: YAML front matter (values JSON-quoted, which YAML reads), body."""
    meta = {
        "title": clipping.title,
        "source": clipping.source,
        "date": clipping.date,
        "url": clipping.url,
        "author": clipping.author,
        "id": clipping.id,
        "tags": list(clipping.tags),
    }
    lines = ["---"]
    lines += [f"{key}: {_yaml_value(value)}" for key, value in meta.items()]
    lines += ["---", "", f"# {' '.join((clipping.title or 'Untitled').split())}", ""]
    return "\n".join(lines) + "\n" + clipping.body.strip() + "\n"


def _yaml_value(value: object) -> str:
    """A JSON value, which YAML reads as the same value once characters YAML refuses are gone."""
    if isinstance(value, str):
        value = _NOT_YAML.sub("", value)
    elif isinstance(value, list):
        value = [_NOT_YAML.sub("", v) for v in value]
    return json.dumps(value, ensure_ascii=False)
