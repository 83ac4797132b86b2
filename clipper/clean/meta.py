"""Publication names for hosts, from a data file users can extend (minimal version)."""

from __future__ import annotations

import contextlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

# A user's own additions and corrections; lines there win over the shipped file.
USER_SOURCES_ENV = "CLIPPER_SOURCES"
USER_SOURCES_FILE = Path("~/.config/clipper/sources.tsv")


def source_from_host(host: str) -> str | None:
    """The readable name of the publication at `host` (or a parent domain), or None."""
    names = _host_names(_user_sources_path())
    labels = host.lower().rstrip(".").split(".")
    # Longest match first, so asia.nikkei.com can name a different edition than nikkei.com.
    for i in range(len(labels) - 1):
        name = names.get(".".join(labels[i:]))
        if name:
            return name
    return None


def _user_sources_path() -> str:
    return os.environ.get(USER_SOURCES_ENV) or str(USER_SOURCES_FILE.expanduser())


@lru_cache(maxsize=4)
def _host_names(user_path: str) -> dict[str, str]:
    shipped = resources.files("clipper").joinpath("data", "sources.tsv").read_text("utf-8")
    names = _parse_sources(shipped)
    # No user file is the usual case; one we cannot read leaves the shipped map working.
    with contextlib.suppress(OSError, UnicodeDecodeError):
        names.update(_parse_sources(Path(user_path).read_text("utf-8")))
    return names


def _parse_sources(text: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "\t" not in line:
            continue
        host, name = line.split("\t", 1)
        host = host.strip().lower().removeprefix("www.")
        if host and name.strip():
            names[host] = name.strip()
    return names
