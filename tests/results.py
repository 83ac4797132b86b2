"""What a command's --json results say, for the tests that check which clippings it found."""

from __future__ import annotations

import json


def titles(result) -> list[str]:
    """The titles of a `search`/`list --json` result, in order (the command succeeded)."""
    assert result.exit_code == 0, result.output
    return [hit["title"] for hit in json.loads(result.stdout)]


def ids(result) -> list[int]:
    """The ids of a `search`/`list --json` result, in order (the command succeeded)."""
    assert result.exit_code == 0, result.output
    return [hit["id"] for hit in json.loads(result.stdout)]
