"""Getting clippings out: JSON Lines (which `clipper import` reads back), CSV, Markdown files.

Every writer takes an iterator of clippings and writes each as it comes, so an export of any
size runs in flat memory.  A file is written beside its target and put in its place only once
complete (`replacing`), so an export that fails part-way leaves an older export as it was.
"""

from __future__ import annotations

import csv
import json
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .errors import ClipperError
from .filters import without_accents
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
MAX_SLUG_BYTES = 150  # (file systems count a name's bytes: 255 at most)
_NOT_SLUG = re.compile(r"[\W_]+")
# Apostrophes inside a word are left out of its slug ("Musk's": musks).
_APOSTROPHES = re.compile(r"(?<=\w)['’](?=\w)")
# The files SQLite keeps beside an archive, by suffix: part of the archive as much as the
# archive file itself.
ARCHIVE_COMPANIONS = {
    "-wal": "write-ahead log",
    "-shm": "shared-memory file",
    "-journal": "rollback journal",
}


def refuse_archive_files(output: Path, db: Path) -> None:
    """ClipperError when `output` is the archive, or one of SQLite's files beside it, under
    any name (a symlink, a hard link): an export written there would destroy what it reads."""
    # SQLite names its files after the archive's real path, symlinks followed.
    for base in dict.fromkeys((str(db), os.path.realpath(db))):
        if _same_file(output, Path(base)):
            raise ClipperError(f"cannot export to {output}: it is the archive being exported")
        for suffix, kind in ARCHIVE_COMPANIONS.items():
            if _same_file(output, Path(base + suffix)):
                raise ClipperError(f"cannot export to {output}: it is the archive's {kind}")


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same real path, or one file under two names."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: not the same file
        return False


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
            with replacing(path) as out:
                out.write(to_markdown(clipping))
            _drop_renamed(folder, clipping, path)
        except OSError as e:
            raise ClipperError(f"cannot write {path}: {e.strerror}") from e
        count += 1
    return count


# How much of an earlier export's file is read for its front matter (to_markdown's is short).
FRONT_MATTER_HEAD = 2048


def _drop_renamed(folder: Path, clipping: Clipping, written: Path) -> None:
    """Remove an earlier export of the same clipping under another name (its title has been
    corrected since): two files for one clipping, and a restore of the folder might take the
    old one.  Only files this export wrote are removed: named by the clipping's id, and
    saying that id in their front matter."""
    if clipping.id is None:
        return
    from .clean.frontmatter import split_front_matter

    for old in folder.glob(f"{clipping.id:06d}-*.md"):
        if old.name == written.name or not old.is_file():
            continue
        with old.open(encoding="utf-8", errors="replace") as f:
            front, _ = split_front_matter(f.read(FRONT_MATTER_HEAD))
        if front is not None and front.get("id") == clipping.id:
            old.unlink(missing_ok=True)


def markdown_name(clipping: Clipping) -> str:
    """`000012-abe-xi-agree-to-make-new-start.md`: sorts by id, says what it is, safe anywhere.

    Letters and digits only, lower-cased, accents dropped ("Tōkyō": tokyo); other scripts
    kept as they are ("Мастера вкуса": мастера-вкуса, "중국": 중국), in NFC.
    """
    title = without_accents(clipping.title or "").lower()
    title = unicodedata.normalize("NFC", _APOSTROPHES.sub("", title))  # Hangul recomposed
    slug = _NOT_SLUG.sub("-", title).strip("-")
    slug = slug[:MAX_SLUG_CHARS]
    while len(slug.encode("utf-8")) > MAX_SLUG_BYTES:
        slug = slug[:-1]
    return f"{clipping.id or 0:06d}-{slug.rstrip('-') or 'clipping'}.md"


def to_markdown(clipping: Clipping) -> str:
    """The clipping as Markdown: YAML front matter (values JSON-quoted, which YAML reads), its
    title as a heading, its body as stored (paragraphs apart, as Markdown wants them), which
    `clipper import` reads back verbatim (clean/ownexport.py)."""
    meta = {
        "title": clipping.title,
        "source": clipping.source,
        "date": clipping.date,
        "url": clipping.url,
        "author": clipping.author,
        "language": clipping.language,
        "id": clipping.id,
        "tags": list(clipping.tags),
    }
    lines = ["---"]
    lines += [f"{key}: {_yaml_value(value)}" for key, value in meta.items()]
    lines += ["---", "", f"# {' '.join((clipping.title or 'Untitled').split())}", ""]
    return "\n".join(lines) + "\n" + clipping.body + "\n"


def _yaml_value(value: object) -> str:
    """A JSON value, which YAML reads as the same value once characters YAML refuses are gone."""
    if isinstance(value, str):
        value = _NOT_YAML.sub("", value)
    elif isinstance(value, list):
        value = [_NOT_YAML.sub("", v) for v in value]
    return json.dumps(value, ensure_ascii=False)


@contextmanager
def replacing(path: Path) -> Iterator[TextIO]:
    """A text file whose content takes `path`'s place only when the block ends without error.

    An export that fails part-way (a full disk, a damaged archive, Ctrl-C) must not leave the
    user's previous export truncated: the text goes to a hidden file in the same folder (so the
    rename is atomic), with the old file's permissions, and is renamed over the target once it
    is on disk.  A symlink keeps pointing where it did: its target is replaced.  What is not a
    regular file (/dev/stdout, /dev/null, a pipe) is written to directly: it cannot be
    replaced, and has no content to lose.
    """
    try:
        mode = os.stat(path).st_mode  # through symlinks: /dev/stdout to the pipe itself
    except OSError:
        mode = None  # no such file yet (or a loop of symlinks: opening it will say so)
    if mode is not None and not stat.S_ISREG(mode):
        with path.open("w", encoding="utf-8", newline="") as out:
            yield out
        return
    target = Path(os.path.realpath(path))  # never raises, even on a loop of symlinks
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            if target.exists():  # before anything is written: a private file stays private
                os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
