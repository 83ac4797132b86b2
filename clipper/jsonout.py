"""JSON for scripts: the stored text faithfully, and nothing a terminal would act on.

Kept apart from render.py so `clipper search --json` can print without loading rich.
"""

from __future__ import annotations

import codecs
import json
import re
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see clipper/hits.py
if TYPE_CHECKING:
    from typing import Any

# Characters JSON may carry raw but a terminal would act on (DEL, C1 controls such as the 8-bit
# CSI, bidi overrides) or a JavaScript reader would choke on (line and paragraph separators).
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def write_json(data: Any) -> None:
    """Print data as JSON on stdout, control characters escaped."""
    # A stdout that cannot carry all of Unicode (a legacy console code page) gets pure ASCII.
    text = json.dumps(data, ensure_ascii=not _stdout_is_utf8(), indent=2)
    # Outside strings json.dumps writes only ASCII, so these can only be inside strings,
    # where a \uXXXX escape means exactly the same character.
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def _stdout_is_utf8() -> bool:
    try:
        return codecs.lookup(getattr(sys.stdout, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        return False
