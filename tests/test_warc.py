"""clipper import of WARC and ARC web archives, built in the tests with warcio itself."""

from __future__ import annotations

import gzip
import io
import json
import re
import sqlite3
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORY = (
    "<p>Kyodo reported on Wednesday that the two governments agreed to resume fishing talks "
    "after a pause of three years.</p><p>Officials from both sides will meet in Tokyo next "
    "month, the agency said, citing sources close to the negotiations.</p><p>Fishing groups "
    "welcomed the decision and urged both capitals to settle the quota dispute quickly.</p>"
)


def page(title: str, *, date: str | None = None, story: str = STORY) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{story}</article></body></html>"
    ).encode()


def write_warc(path: Path, *, compress: bool) -> Path:
    """A crawl of five captures: two articles, an image, a 404 page, and a request record."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=compress)

        def response(uri: str, status: str, ctype: str, body: bytes, when: str) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": when},
                )
            )

        writer.write_record(
            writer.create_warc_record(
                "https://news.example/talks", "request", payload=io.BytesIO(b"GET /talks\r\n\r\n")
            )
        )
        response(
            "https://news.example/talks",
            "200 OK",
            "text/html; charset=utf-8",
            page("Fishing talks to resume", date="2019-11-05"),
            "2019-11-07T09:30:00Z",
        )
        response(
            "https://news.example/quota",
            "200 OK",
            "text/html",
            page("Quota dispute unsettled", story=STORY.replace("Wednesday", "Thursday")),
            "2019-11-08T10:00:00Z",
        )
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG", "2019-11-08")
        response(
            "https://news.example/missing", "404 Not Found", "text/html", page("Gone"), "2019-11-08"
        )
    return path


@pytest.mark.parametrize("name,compress", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_each_html_response_in_a_warc_becomes_a_clipping(run, tmp_path, name, compress):
    archive = write_warc(tmp_path / name, compress=compress)
    result = run("import", str(archive))
    assert result.exit_code == 0, result.output
    assert "Added 2, already present 0, skipped 2, failed 0." in result.stdout
    assert "not HTML or text (image/png)" in result.stderr
    assert "HTTP status 404" in result.stderr


def test_an_uncompressed_warc_is_known_by_its_content_in_a_folder(run, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    write_warc(folder / "capture.dat", compress=False)
    (folder / "note.txt").write_text("WARC/0.9 is what this note is about, not a web archive.\n")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert "Added 3, already present 0, skipped 2, failed 0." in result.stdout  # 2 + the note


def test_warc_target_uri_is_the_url_and_warc_date_only_a_fallback(run, tmp_path):
    run("import", str(write_warc(tmp_path / "crawl.warc.gz", compress=True)))
    first = json.loads(run("show", "1", "--json").stdout)
    assert first["url"] == "https://news.example/talks"
    assert first["evidence"]["url"] == "WARC-Target-URI"
    assert first["date"] == "2019-11-05"  # the page's own date wins over the capture date
    second = json.loads(run("show", "2", "--json").stdout)
    assert second["date"] == "2019-11-08"
    assert second["evidence"]["date"] == "WARC-Date (capture date)"
    assert second["origin"].startswith(str(tmp_path / "crawl.warc.gz") + "#record=")


def test_a_warc_gzipped_whole_is_still_read(run, tmp_path):
    plain = write_warc(tmp_path / "crawl.warc", compress=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    result = run("import", str(whole))
    assert result.exit_code == 0, result.output
    assert "Added 2, already present 0, skipped 2, failed 0." in result.stdout


def test_an_arc_file_is_read_too(run, tmp_path, db_path):
    body = page("Fishing talks to resume")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    desc = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = tmp_path / "old-crawl.arc.gz"
    with arc.open("wb") as f:  # ARC files hold one gzip member per record
        f.write(
            gzip.compress(
                b"filedesc://old.arc 0.0.0.0 20191106100000 text/plain %d\n" % len(desc)
                + desc
                + b"\n"
            )
        )
        f.write(
            gzip.compress(
                b"https://news.example/talks 127.0.0.1 20191106100000 text/html %d\n" % len(http)
                + http
                + b"\n"
            )
        )
    result = run("import", str(arc))
    assert result.exit_code == 0, result.output
    row = sqlite3.connect(db_path).execute("select url, date from clippings").fetchone()
    assert row == ("https://news.example/talks", "2019-11-06")


def test_a_damaged_archive_fails_with_a_reason(run, tmp_path):
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00" + b"not really gzip" * 10)
    result = run("import", str(broken))
    assert result.exit_code == 1
    assert "not a readable WARC/ARC archive" in result.stderr


def two_captures(*, compress: bool) -> tuple[bytes, list[int]]:
    """A WARC of two article captures, and where each ends in it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    ends = []
    for uri, title in (("https://news.example/talks", "Talks"), ("https://news.example/q", "Q")):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(page(title, story=STORY * 5))
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=body, http_headers=headers)
        )
        ends.append(out.tell())
    return out.getvalue(), ends


@pytest.mark.parametrize("compress", [True, False])
def test_a_record_cut_short_fails_as_damaged_and_the_whole_one_before_it_imports(
    run, tmp_path, compress
):
    data, ends = two_captures(compress=compress)
    # Cut half-way through the second capture, as an interrupted download would.
    broken = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    broken.write_bytes(data[: (ends[0] + ends[1]) // 2])
    result = run("import", str(broken))
    assert result.exit_code == 1
    assert "Added 1," in result.stdout
    assert "record=2: https://news.example/q: record cut short" in result.stderr


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize("into", [5, 30, 60, 120, 300])
def test_an_archive_cut_inside_a_record_header_keeps_what_came_before_and_says_so(
    run, tmp_path, compress, into
):
    data, ends = two_captures(compress=compress)
    if compress:  # the cut falls inside the second record's header once decompressed
        data = data[: ends[0]] + gzip.compress(gzip.decompress(data[ends[0] :])[:into])
    else:
        data = data[: ends[0] + into]
    broken = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    broken.write_bytes(data)
    result = run("import", str(broken))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "Added 1," in result.stdout
    assert "not a readable WARC/ARC archive" in result.stderr or "cut short" in result.stderr


def gzip_whole_cut(plain: bytes, keep: int | None) -> bytes:
    """`plain` gzipped whole (`gzip crawl.warc`), then cut where no more than its first `keep`
    bytes can be decompressed, as an interrupted download of the .warc.gz would be; with
    `keep` None, only the stream's last bytes (its checksum and length) are cut off."""
    whole = gzip.compress(plain)
    if keep is None:
        return whole[:-4]
    # A deflate stream's bytes do not map one to one onto the text's: try each length.
    fits = [
        n for n in range(len(whole)) if len(zlib.decompressobj(31).decompress(whole[:n])) <= keep
    ]
    return whole[: max(fits)]


def record_ends(plain: bytes) -> list[int]:
    """Where each record of an uncompressed WARC ends: where the next one starts."""
    starts = [m.start() for m in re.finditer(rb"WARC/1\.\d\r\n", plain)]
    return [*starts[1:], len(plain)]


@pytest.mark.parametrize(
    "where,added,message",
    [
        # Inside the first article's header: warcio's own pass ends quietly there.
        (lambda ends: ends[0] + 300, 0, "its gzip stream is cut short after record 1"),
        # Half-way through the second article: the first is kept, the rest fails as damaged.
        (lambda ends: (ends[1] + ends[2]) // 2, 1, "https://news.example/quota: record cut short"),
        # Inside the image's header: both articles are whole, the file still fails.
        (lambda ends: ends[2] + 40, 2, "record 4's header is cut short"),
        # Only the 404 page's end is missing.
        (lambda ends: ends[4] - 20, 2, "https://news.example/missing: record cut short"),
        # Every record is whole; only the end of the gzip stream (its checksum) is missing.
        (lambda ends: None, 2, "its gzip stream is cut short after record 5"),
    ],
)
def test_a_warc_gzipped_whole_and_cut_short_fails_as_damaged_keeping_what_came_before(
    run, tmp_path, db_path, where, added, message
):
    plain = write_warc(tmp_path / "crawl.warc", compress=False).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(gzip_whole_cut(plain, where(record_ends(plain))))
    result = run("import", str(cut))
    assert result.exit_code == 1, result.output
    assert f"Added {added}," in result.stdout
    assert "failed 1." in result.stdout
    assert message in result.stderr
    titles = [t for (t,) in sqlite3.connect(db_path).execute("select title from clippings")]
    assert titles == ["Fishing talks to resume", "Quota dispute unsettled"][:added]


MARKDOWN = (
    b"# Quota dispute\n\nThe quota dispute between the two fishing fleets is **unsettled** after "
    b"a second round of talks in Beijing ended on Thursday without an agreement.\n\nBoth "
    b"delegations said they would report to their ministries before setting a new date.\n"
)


def test_text_and_markdown_captures_import_as_the_same_pages_fetched_would(run, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    text = (
        "Talks resume\n\nBy Ann Lee\n\n"
        + "\n\n".join(re.sub("<[^>]+>", "", p) for p in STORY.split("</p>"))
    ).encode()
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, ctype, body in (
            ("https://news.example/talks.txt", "text/plain; charset=utf-8", text),
            ("https://news.example/notes.md", "text/markdown", MARKDOWN),
            ("https://news.example/robots.txt", "text/plain", b"User-agent: *\nDisallow: /x\n"),
            ("https://news.example/site.css", "text/css", b"body { color: red }"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    assert "added #1 Talks resume" in result.stdout
    assert (
        "second round of talks in Beijing" in json.loads(run("show", "2", "--json").stdout)["body"]
    )
    assert "https://news.example/robots.txt: not a page (robots.txt)" in result.stderr
    assert "https://news.example/site.css: not HTML or text (text/css)" in result.stderr
    assert "Added 2, already present 0, skipped 2, failed 0." in result.stdout
