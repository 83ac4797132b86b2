"""Pages from the open web: every kind of broken file gets a clipping or a one-line reason."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from clipper.readers import RawPage, Skipped, iter_pages


def article(day: str) -> str:
    """A short plain-text news page; `day` makes each copy a distinct article."""
    return (
        f"Tokyo and Beijing agreed on {day} to resume talks on the disputed islands, "
        "officials said.\n\n"
        "The two governments will meet again next month in Beijing, according to the "
        "statement.\n\n"
        "Both sides described the atmosphere of the meeting as frank and constructive.\n"
    )


# The pages that must import, each with a word that must be in its stored body.
GOOD = {
    "plain.txt": (article("Tuesday").encode(), "Tuesday"),
    "invalid-utf8.txt": (article("Monday").encode() + b"\xff\xfe\xc3( broken\n", "Monday"),
    "latin1.txt": (
        (
            article("Thursday") + "José Müller, the spokesman, said the meeting in Zürich had "
            "been très utile and that a café in the old town would host the next round.\n"
        ).encode("latin-1"),
        "José Müller",
    ),
    "cp1252.txt": (
        (
            article("Friday") + "He said “the talks went well” — and the minister left early.\n"
        ).encode("cp1252"),
        "“the talks went well”",
    ),
    "utf16-bom.txt": (article("Saturday").encode("utf-16"), "Saturday"),
    "utf16-no-bom.txt": (article("Sunday").encode("utf-16-le"), "Sunday"),
    "nul-bytes.txt": (article("Wednes\x00day").encode(), "Wednesday"),
    "long-line.txt": (
        ("The delegates talked about fishing rights and trade. " * 20_000 + "\n").encode()
        + article("yesterday").encode(),
        "fishing rights",
    ),
    "deeply-nested.html": (
        (
            "<html><head><title>Talks resume</title></head><body>"
            + "<div>" * 10_000
            + "".join(f"<p>{p}</p>" for p in article("in March").split("\n\n"))
            + "</div>" * 10_000
            + "</body></html>"
        ).encode(),
        "in March",
    ),
}
# The files that must be skipped or fail, each with (its reason, whether it is a failure).
BAD = {
    "empty.txt": (b"", "empty page"),
    "blank.txt": (b"  \n\t\n   \n", "empty page"),
    "junk.bin": (bytes(range(256)) * 40, "binary data"),
    "image.html": (b"\x89PNG\r\n\x1a\n" + bytes(300), "a PNG image"),
    "document.html": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(300), "a PDF document"),
    "scripts-only.html": (
        b"<html><body>" + b"<script>var a = 1;</script>" * 100 + b"</body></html>",
        "no article text",
    ),
    "fifty-megabytes.txt": (b"word " * (10 * 1024 * 1024), "million characters of text"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, (data, _) in {**GOOD, **BAD}.items():
        (folder / name).write_bytes(data)
    loop = folder / "loop"
    loop.mkdir()
    (loop / "up").symlink_to("..")  # a folder link back to an ancestor
    (loop / "self").symlink_to(".")  # a folder link to itself
    (folder / "itself.txt").symlink_to("itself.txt")  # a file link to itself
    return folder


def stored_bodies(db_path: Path) -> dict[str, str]:
    rows = sqlite3.connect(db_path).execute("select origin, body from clippings")
    return {Path(origin).name: body for origin, body in rows}


def test_a_folder_of_hostile_files_imports_the_good_and_names_the_bad(run, corpus, db_path):
    result = run("import", str(corpus))
    assert "Traceback" not in result.output
    bodies = stored_bodies(db_path)
    for name, (_, word) in GOOD.items():
        assert word in bodies.get(name, ""), name
    for name, (_, reason) in BAD.items():
        lines = [line for line in result.stderr.splitlines() if f"/pages/{name}:" in line]
        assert len(lines) == 1 and reason in lines[0], (name, result.stderr)
    assert "itself.txt" in result.stderr  # the self-link: a one-line reason
    # The script-only page and the self-link failed (the user may want to look at them);
    # the rest were merely not pages.
    assert result.exit_code == 1
    assert f"Added {len(GOOD)}" in result.stdout and "failed 2." in result.stdout


def test_files_that_are_not_pages_are_skipped_without_failing_the_import(run, corpus):
    skippable = [str(corpus / name) for name in BAD if name != "scripts-only.html"]
    result = run("import", str(corpus / "plain.txt"), *skippable)
    assert result.exit_code == 0, result.output
    assert f"skipped {len(skippable)}, failed 0." in result.stdout


def test_a_file_that_disappears_during_the_import_fails_alone(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(article(name))
    pages = iter_pages([str(folder)])
    first = next(pages)
    (folder / "b.txt").unlink()  # gone after the folder was listed
    rest = list(pages)
    assert isinstance(first, RawPage)
    assert isinstance(rest[0], Skipped) and rest[0].failed
    assert rest[0].reason == "no such file or directory"
    assert isinstance(rest[1], RawPage) and rest[1].origin.endswith("c.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_fails_alone(run, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(article("Tuesday"))
    secret.chmod(0)
    (tmp_path / "ok.txt").write_text(article("Monday"))
    result = run("import", str(tmp_path))
    assert result.exit_code == 1
    assert "secret.txt: permission denied" in result.stderr
    assert "Added 1" in result.stdout


def test_a_file_the_system_refuses_to_open_fails_alone(run, tmp_path, monkeypatch):
    """The same as above, where tests run as root: the refusal is simulated."""
    import clipper.readers

    (tmp_path / "secret.txt").write_text(article("Tuesday"))
    (tmp_path / "ok.txt").write_text(article("Monday"))
    real_open = os.open

    def refusing_open(path, flags, *args):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(clipper.readers.os, "open", refusing_open)
    result = run("import", str(tmp_path))
    assert result.exit_code == 1
    assert "secret.txt: permission denied" in result.stderr
    assert "Added 1" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_skipped_not_waited_on(run, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(article("Monday"))
    result = run("import", str(tmp_path))
    assert result.exit_code == 0
    assert "pipe.txt: not a regular file" in result.stderr


def test_a_file_name_that_is_not_utf8_is_stored_and_shown(run, tmp_path, db_path):
    if os.name != "posix":
        pytest.skip("non-UTF-8 names are a POSIX matter")
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as f:
        f.write(article("Monday").encode())
    result = run("import", str(tmp_path))
    assert result.exit_code == 0, result.output
    origin = sqlite3.connect(db_path).execute("select origin from clippings").fetchone()[0]
    assert origin.endswith("caf\ufffd.txt")


def test_a_cleaner_bug_on_one_page_fails_that_page_not_the_import(run, tmp_path, monkeypatch):
    import clipper.clean

    real_clean_text = clipper.clean.clean_text

    def clean_text_with_a_bug(text, **kwargs):
        if "Monday" in text:
            raise IndexError("list index out of range")
        return real_clean_text(text, **kwargs)

    monkeypatch.setattr(clipper.clean, "clean_text", clean_text_with_a_bug)
    (tmp_path / "a.txt").write_text(article("Monday"))
    (tmp_path / "b.txt").write_text(article("Tuesday"))
    result = run("import", str(tmp_path))
    assert result.exit_code == 1
    assert "a.txt: clipper could not clean this page (IndexError" in result.stderr
    assert "Added 1" in result.stdout


@pytest.mark.parametrize("charset", ["undefined", "idna", "rot13", "base64", "utf-7", "x-nonsense"])
def test_a_page_declaring_a_nonsense_charset_still_cleans(charset):
    from clipper.clean import clean

    paragraphs = "".join(f"<p>{p}</p>" for p in article("Tuesday").split("\n\n"))
    page = f'<html><head><meta charset="{charset}"></head><body>{paragraphs}</body></html>'
    assert "Tuesday" in clean(page.encode()).body
