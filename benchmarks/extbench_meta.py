"""How often the plain-text cleaner finds the same title and date as the HTML path.

    python benchmarks/extbench_meta.py [--extbench PATH] [--list]

The extbench set has no true title or date.  The HTML path reads them from the page's markup
(<title>, Open Graph and JSON-LD metadata, htmldate), which a text dump has lost, so its
answers stand in for the truth: each text dump (text/<id>.txt) is cleaned by the text cleaner,
the same page's HTML (html/<id>.html) by the HTML path, and the two compared.  A title agrees
when one holds the other (letters and digits only, any case: the markup's title often adds the
site's name), and so does a source (the publication); a date agrees on the day.  --list names
the pages that disagree.  Where they disagree, either may be wrong (an HTML title can be a
shorter SEO title, a page's og:site_name a host), so read the list rather than trust the count
alone.  Not part of the tests.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from extbench import find_extbench  # noqa: E402

from clipper.clean import clean_page  # noqa: E402
from clipper.errors import UnreadablePage  # noqa: E402
from clipper.models import Clipping  # noqa: E402
from clipper.readers import RawPage  # noqa: E402

NOT_WORD = re.compile(r"\W+")


def clean_or_none(origin: str, data: bytes, content_type: str | None = None) -> Clipping | None:
    """The page cleaned as an import cleans it, or None when it holds no article."""
    try:
        return clean_page(RawPage(origin, data, content_type=content_type))
    except UnreadablePage:
        return None


def _words(title: str | None) -> str:
    return NOT_WORD.sub(" ", (title or "").lower()).strip()


def titles_agree(text_title: str | None, html_title: str | None) -> bool:
    a, b = _words(text_title), _words(html_title)
    return bool(a and b and (a in b or b in a))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extbench", help="the extbench folder (default ../shared/extbench)")
    ap.add_argument("--list", action="store_true", help="name the pages that disagree")
    a = ap.parse_args(argv)
    bench = find_extbench(a.extbench)
    ids = sorted(p.stem for p in (bench / "text").glob("*.txt"))
    titles = dates = no_date = sources = 0
    for i in ids:
        text_path, html_path = bench / "text" / f"{i}.txt", bench / "html" / f"{i}.html"
        text = clean_or_none(str(text_path), text_path.read_bytes())
        html = clean_or_none(str(html_path), html_path.read_bytes())
        t_title, t_date = (text.title, text.date) if text else (None, None)
        h_title, h_date = (html.title, html.date) if html else (None, None)
        titles += titles_agree(t_title, h_title)
        t_source, h_source = (text.source if text else None), (html.source if html else None)
        sources += titles_agree(t_source, h_source)
        dates += (t_date or "")[:10] == (h_date or "")[:10]
        no_date += t_date is None
        if a.list and not titles_agree(t_title, h_title):
            print(f"{i[:12]} title: text {t_title!r:.70} | HTML {h_title!r:.70}")
        if a.list and (t_date or "")[:10] != (h_date or "")[:10]:
            print(f"{i[:12]} date:  text {t_date} | HTML {h_date}")
        if a.list and not titles_agree(t_source, h_source):
            print(f"{i[:12]} source: text {t_source!r:.40} | HTML {h_source!r:.40}")
    n = len(ids)
    print(
        f"text cleaner vs HTML path over {n} pages: titles agree on {titles}, "
        f"dates on {dates}, sources on {sources}; the text cleaner finds no date on {no_date}"
    )


if __name__ == "__main__":
    main()
