"""clipper serve: the archive in Datasette, with full-text search and the raw page hidden."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from clipper.web import metadata

ROOT = Path(__file__).resolve().parent.parent
# Datasette starts in a few seconds; a loaded CI machine gets far more before the test gives up.
START_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_until_up(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"clipper serve exited with {proc.returncode}")
        try:
            get(url)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(f"clipper serve did not answer within {START_TIMEOUT_S}s")


def test_metadata_labels_columns_and_hides_machinery(db_path):
    meta = metadata(db_path)
    tables = meta["databases"]["archive"]["tables"]
    assert tables["clippings"]["fts_table"] == "clippings_fts"
    assert tables["clippings"]["columns"]["title"] == "Headline"
    assert tables["clipping_bands"]["hidden"] is True


def test_metadata_is_printed_for_use_with_datasette_directly(imported):
    result = imported("serve", "--metadata")
    assert result.exit_code == 0
    assert "clippings_fts" in json.loads(result.stdout)["databases"]["archive"]["tables"]


def test_serve_answers_full_text_search_on_a_local_port(imported, db_path, tmp_path):
    pytest.importorskip("datasette")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CLIPPER_DB", None)
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clipper",
            "serve",
            "--db",
            str(db_path),
            "--port",
            str(port),
            "--no-open",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(f"{base}/-/versions.json", proc)
        found = json.loads(get(f"{base}/archive/clippings.json?_search=Senkaku&_shape=objects"))
        ids = sorted(row["id"] for row in found["rows"])
        expected = sorted(
            h["id"] for h in json.loads(imported("search", "Senkaku", "--json").stdout)
        )
        assert ids and ids == expected

        page = get(f"{base}/archive/clippings")
        assert "original page, compressed to" in page and "bytes: hidden" in page
        assert "Skip to main menu" not in page  # only in the raw page of clipping 1
        assert "clipping_bands" not in get(f"{base}/archive")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
    assert f"Serving {db_path} at {base}/ (Ctrl-C to stop)" in (tmp_path / "serve.log").read_text()


def test_serving_a_missing_archive_fails_before_announcing_a_server(run, tmp_path):
    missing = tmp_path / "none.db"
    result = run("serve", "--db", str(missing), "--port", str(free_port()), "--no-open", db=False)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert (
        result.stderr == f"Error: no archive at {missing}; create one with `clipper import PATH`\n"
    )


def test_a_port_in_use_is_a_clear_error_before_announcing_a_server(imported, db_path):
    pytest.importorskip("datasette")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # In a process of its own, ended however it goes: a server that did start must not
        # outlive the test.
        proc = subprocess.Popen(
            [sys.executable, "-m", "clipper", "serve", "--db", str(db_path), "--port", str(port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            stdout, stderr = proc.communicate(timeout=START_TIMEOUT_S)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 1
    assert stdout == ""
    assert stderr == (
        f"Error: port {port} is in use (another server listens on it); choose another with --port\n"
    )
