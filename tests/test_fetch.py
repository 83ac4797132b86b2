"""clipper import URL: pages fetched from a local web server (127.0.0.1, started by the test)."""

from __future__ import annotations

import contextlib
import json
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pages import PARAGRAPHS


def article(extra: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (f"<p>{extra}</p>" if extra else "")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Talks resume | Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2019-11-05T08:00:00Z">'
        "</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Talks resume</h1>{body}</article></body></html>"
    ).encode()


class Site:
    """Pages the test server serves: path -> (status, headers, body)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {
            "/world/talks": (200, {"Content-Type": "text/html; charset=utf-8"}, article()),
            "/old-link": (301, {"Location": "/world/talks"}, b""),
            "/photo": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(64)),
            "/broken": (500, {"Content-Type": "text/html"}, b"<h1>Internal error</h1>"),
        }
        self.base = ""


@pytest.fixture
def site() -> Iterator[Site]:
    pages = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            status, headers, body = pages.routes.get(
                self.path.split("?")[0].rstrip("/"),
                (404, {"Content-Type": "text/html"}, b"Not Found"),
            )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass  # keep the test output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    pages.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield pages
    server.shutdown()
    server.server_close()


def test_a_url_is_fetched_and_cleaned_like_a_file(run, site):
    result = run("import", f"{site.base}/world/talks")
    assert result.exit_code == 0, result.output
    assert "added #1 Talks resume" in result.stdout
    data = json.loads(run("show", "1", "--json").stdout)
    assert data["source"] == "Example News" and data["date"] == "2019-11-05"
    assert data["url"] == f"{site.base}/world/talks"
    assert data["origin"] == f"{site.base}/world/talks"
    assert "Tokyo and Beijing agreed" in data["body"]


def test_a_redirect_is_followed_and_the_final_url_kept(run, site):
    assert run("import", f"{site.base}/old-link").exit_code == 0
    data = json.loads(run("show", "1", "--json").stdout)
    assert data["url"] == f"{site.base}/world/talks"
    assert data["origin"] == f"{site.base}/old-link"
    assert data["evidence"]["url"] == "final URL after redirects"


def test_a_404_fails_with_the_status_and_the_rest_imports(run, site):
    result = run("import", f"{site.base}/gone", f"{site.base}/world/talks")
    assert result.exit_code == 1
    assert f"{site.base}/gone" in result.stderr and "HTTP error 404" in result.stderr
    assert "Added 1, already present 0, skipped 0, failed 1." in result.stdout


def test_a_server_error_fails_with_its_status(run, site):
    result = run("import", f"{site.base}/broken")
    assert result.exit_code == 1
    assert "HTTP error 500" in result.stderr


def test_a_url_that_is_not_html_is_refused(run, site):
    result = run("import", f"{site.base}/photo")
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "image/png, not HTML or text" in result.stderr
    assert "Added 0, already present 0, skipped 1, failed 0." in result.stdout


def test_a_plain_text_page_is_fetched_and_cleaned_as_a_text_dump(run, site):
    dump = "\n\n".join(["Example News", "Talks resume", "By Jane Doe", *PARAGRAPHS])
    site.routes["/talks.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, dump.encode())
    result = run("import", f"{site.base}/talks.txt")
    assert result.exit_code == 0, result.output
    data = json.loads(run("show", "1", "--json").stdout)
    assert (data["title"], data["author"]) == ("Talks resume", "Jane Doe")
    assert data["raw_kind"] == "text" and data["url"] == f"{site.base}/talks.txt"
    assert data["body"].startswith(PARAGRAPHS[0])


def test_a_host_that_does_not_answer_fails_with_a_reason(run):
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run("import", f"http://127.0.0.1:{port}/article")
    assert result.exit_code == 1
    assert "cannot fetch" in result.stderr


def test_the_same_article_at_a_tracked_url_is_already_present(run, site):
    assert run("import", f"{site.base}/world/talks").exit_code == 0
    # The article was corrected since: other text, but the same address (plus trackers).
    site.routes["/world/talks"] = (
        200,
        {"Content-Type": "text/html"},
        article("Correction: an earlier version misstated the date of the next meeting."),
    )
    result = run("import", f"{site.base}/world/talks/?utm_source=newsletter&utm_medium=email")
    assert result.exit_code == 0
    assert "already present as #1" in result.stdout


def test_urls_and_paths_can_come_from_a_list_file(run, site, tmp_path: Path):
    page = tmp_path / "saved.txt"
    page.write_text("\n\n".join(PARAGRAPHS).replace("Tokyo", "Seoul"))
    listing = tmp_path / "list.txt"
    listing.write_text(f"# today's reading\n{site.base}/world/talks\n\n{page}\n")
    result = run("import", "--from-file", str(listing))
    assert result.exit_code == 0, result.output
    assert "Added 2, already present 0, skipped 0, failed 0." in result.stdout


def test_a_missing_list_file_is_an_error(run, tmp_path):
    result = run("import", "--from-file", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "cannot read list" in result.stderr


def test_import_without_inputs_is_a_usage_error(run):
    result = run("import")
    assert result.exit_code == 2


def test_a_page_over_the_size_limit_is_refused(site):
    from clipper.errors import UnreadablePage
    from clipper.fetch import fetch_page

    with pytest.raises(UnreadablePage, match="larger than 200 bytes"):
        fetch_page(f"{site.base}/world/talks", max_bytes=200)


def test_a_server_that_never_answers_times_out(site):
    from clipper.errors import UnreadablePage
    from clipper.fetch import fetch_page

    listener = socket.create_server(("127.0.0.1", 0))  # accepts, never replies
    try:
        port = listener.getsockname()[1]
        with pytest.raises(UnreadablePage, match="no answer within 0.5 s"):
            fetch_page(f"http://127.0.0.1:{port}/slow", timeout=0.5)
    finally:
        listener.close()


def test_the_charset_a_server_declares_is_used(run, site, db_path):
    page = article("Le ministre a déclaré que la réunion était très utile.").decode()
    site.routes["/fr"] = (
        200,
        {"Content-Type": "text/html; charset=windows-1252"},
        page.replace("<meta charset='utf-8'>", "").encode("cp1252"),
    )
    assert run("import", f"{site.base}/fr").exit_code == 0
    body = sqlite3.connect(db_path).execute("select body from clippings").fetchone()[0]
    assert "a déclaré que la réunion était très utile" in body


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[socket.socket], None]], str]]:
    """A server answering every request with what `answer` writes to the raw socket: for
    servers that misbehave in ways http.server will not."""
    listeners: list[socket.socket] = []

    def start(answer: Callable[[socket.socket], None]) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        listeners.append(listener)

        def serve() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return  # the listener was closed: the test is over
                with conn, contextlib.suppress(OSError):  # OSError: the client gave up
                    conn.recv(65536)
                    answer(conn)

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}/world/talks"

    yield start
    for listener in listeners:
        listener.close()


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"


def test_a_download_cut_short_fails_and_stores_nothing(run, raw_server):
    page = article()
    url = raw_server(
        lambda conn: conn.sendall(
            HEAD + b"Content-Length: %d\r\n\r\n" % (len(page) + 5000) + page[: len(page) // 2]
        )
    )
    result = run("import", url)
    assert result.exit_code == 1
    assert (
        f"failed: {url}: the download was cut short: the server sent {len(page) // 2:,} of the "
        f"{len(page) + 5000:,} bytes it announced"
    ) in result.stderr
    assert "Added 0" in result.stdout


def test_a_chunked_download_cut_short_fails(run, raw_server):
    page = article()
    url = raw_server(
        lambda conn: conn.sendall(
            HEAD + b"Transfer-Encoding: chunked\r\n\r\n%x\r\n" % len(page) + page[:1000]
        )
    )
    result = run("import", url)
    assert result.exit_code == 1
    assert f"failed: {url}: the download was cut short" in result.stderr


def test_a_page_trickling_in_fails_at_the_deadline_and_the_next_url_imports(
    run, site, raw_server, monkeypatch
):
    # Ten bytes every 0.05 s: never quiet for the per-read timeout, never done either.
    def trickle(conn: socket.socket) -> None:
        conn.sendall(HEAD + b"Content-Length: 100000\r\n\r\n")
        for _ in range(200):
            conn.sendall(b"<p>talks</p>"[:10])
            time.sleep(0.05)

    monkeypatch.setattr("clipper.fetch.FETCH_DEADLINE_S", 0.5)
    slow = raw_server(trickle)
    started = time.monotonic()
    result = run("import", slow, f"{site.base}/world/talks")
    assert time.monotonic() - started < 5
    assert result.exit_code == 1
    assert f"failed: {slow}: the page took longer than 0.5 s to arrive" in result.stderr
    assert "added #1 Talks resume" in result.stdout
