"""HTML pages: trafilatura finds the article; our text cleaner is the fallback; metadata with
the evidence for each field (see htmlmeta.py for the candidates, fields.py for the choice).

The page is parsed once: trafilatura's extractor, its metadata readers and ours all read the
same lxml tree (parsing costs as much as a tenth of the extraction).
"""

from __future__ import annotations

import functools
from contextlib import suppress
from copy import deepcopy
from typing import Any

from ..errors import UnreadablePage
from ..models import Clipping
from .fields import ArticleDates, Hints, resolve_fields
from .furniture import find_furniture, set_aside
from .htmlmeta import read_page_meta, saved_from_url
from .lines import is_cjk
from .nesting import flatten_deep_html, is_cut_short
from .text import clean_text
from .vocab import PROMO_MAX_WORDS, is_paywall_prompt

# Elements whose text is never visible on the page.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")
# Elements that start a new line of visible text.
_BLOCKS = frozenset(
    (
        "p div section article header footer nav aside main h1 h2 h3 h4 h5 h6 ul ol li dl dt "
        "dd table tr td th blockquote pre figure figcaption form br hr address details summary"
    ).split()
)
# Fewer words than this from trafilatura is a menu or a caption, not an article.
MIN_ARTICLE_WORDS = 15
# trafilatura options, chosen on the extraction benchmark (benchmarks/extbench_html.py):
# favouring precision drops more navigation and teasers at almost no cost in recall.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
}
# How long trafilatura's own extraction must be to be kept without comparing it with other
# extractors' (see is_sound_article): four times trafilatura's own threshold for "short".
SOUND_ARTICLE_CHARS = 1000
# Elements that make trafilatura doubt its extraction (trafilatura.external.SANITIZED_XPATH).
_FURNITURE = (
    ".//aside|.//audio|.//button|.//fencedframe|.//fieldset|.//figure|.//footer|.//iframe|"
    ".//input|.//label|.//link|.//nav|.//noindex|.//noscript|.//object|.//option|.//select|"
    ".//source|.//svg|.//time"
)
# htmldate options: only dates the page's markup states; never a date guessed from free text.
DATE_OPTIONS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def clean_html(html: str, *, origin: str | None = None, hints: Hints | None = None) -> Clipping:
    """Clean an HTML page: trafilatura's article, else our text cleaner; metadata with evidence.

    `hints` carries what the reader knew of the page (its URL, an archive's capture date).
    """
    hints = hints or Hints()
    tree = parse_html(html)
    url = hints.url or _web_origin(origin)
    markup = None
    if tree is not None:
        # Third-party code fed hostile input: when trafilatura's metadata readers fail, the
        # page loses their candidates (htmlmeta.py's remain), not its article.
        with suppress(Exception):
            markup = read_markup_meta(tree, url)
    doc = extract_article(tree, url=url or getattr(markup, "url", None))
    text = without_paywall_prompts(getattr(doc, "text", None) or "") if doc is not None else ""
    if article_words(text) < MIN_ARTICLE_WORDS:
        text = ""  # a menu or a caption taken for the article: try the page's visible text
    page = read_page_meta(tree if tree is not None else html)
    page.saved_from = saved_from_url(html)

    @functools.cache
    def visible() -> str:  # lazy: only a fallback needs it
        try:
            return visible_text(tree if tree is not None else html)
        except UnreadablePage:
            return ""

    # The blocks about other pages and the site, whose dates are not the article's: looked
    # for only when a date the markup does not state is to be checked (finding them costs a
    # tenth of the time a page takes to clean).
    @functools.cache
    def furniture() -> list[Any]:
        return find_furniture(tree) if tree is not None else []

    def markup_date() -> str | None:
        if tree is None:
            return None
        from htmldate import find_date

        # Third-party code fed hostile input, as in read_markup_meta.
        with suppress(Exception), set_aside(furniture()):
            return find_date(tree, url=getattr(markup, "url", None) or url, **DATE_OPTIONS)
        return None

    @functools.cache
    def dateline_text() -> str:
        if tree is None:
            return visible()
        with set_aside(furniture()):
            return visible_text(tree)

    if text:
        clipping = Clipping(body=as_paragraphs(text), origin=origin)
    else:
        # trafilatura found no article: clean the page's visible text as a text dump.
        try:
            clipping = clean_text(visible(), origin=origin)
        except UnreadablePage:
            raise UnreadablePage("no article text found in the HTML page") from None
    dates = ArticleDates(markup_date=markup_date, dateline_text=dateline_text)
    return resolve_fields(clipping, doc=markup, page=page, hints=hints, dates=dates)


def without_paywall_prompts(text: str) -> str:
    """trafilatura's text without its paywall prompts: "You've read 3 of 5 free articles this
    month…" (the text cleaner's rule: vocab.is_paywall_prompt), which it keeps when the site
    prints them inside the article."""
    paragraphs = text.strip().split("\n")
    kept = [
        p
        for p in paragraphs
        if len(p.split()) > PROMO_MAX_WORDS or not is_paywall_prompt(p.lower())
    ]
    return "\n".join(kept).strip() if len(kept) < len(paragraphs) else text.strip()


def as_paragraphs(text: str) -> str:
    """trafilatura's text, one paragraph a line, with a blank line between paragraphs, as the
    text cleaner writes a body: a Markdown export then shows them as paragraphs (a single line
    end is no break to Markdown), and `clipper show` as it shows a text page's."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def article_words(text: str) -> int:
    """Words in an extracted text, to tell an article from a caption (not the archive's
    models.word_count): Chinese and Japanese, written without spaces, count a word for every
    two characters, so their articles are not taken for captions."""
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS and is_cjk(text):
        return max(words, len(text) // 2)
    return words


def parse_html(html: str) -> Any:
    """The page's lxml tree as trafilatura parses it, None when it is not HTML to trafilatura.

    A page nested too deeply for libxml2 is flattened first (see nesting.py), so its text
    below the cut is not lost.
    """
    from trafilatura import load_html

    use_element_classes_from_c()
    tree = load_html(html)
    if tree is not None and is_cut_short(tree):
        tree = load_html(flatten_deep_html(html))
    return tree


@functools.cache
def use_element_classes_from_c() -> None:
    """Let trafilatura's parser pick lxml.html's element classes in C: the same classes.

    lxml.html chooses the Python class of an element in a Python method, each time Python
    first touches the element: 3,700 times a page in trafilatura and clipper, 3% of the
    cleaning.
    """
    from trafilatura.utils import HTML_PARSER

    HTML_PARSER.set_element_class_lookup(html_element_classes())


def html_element_classes() -> Any:
    """lxml.html's choice of element classes as a lookup lxml runs in C: HtmlElement, or by
    tag the classes lxml.html gives forms and their fields."""
    from lxml import etree
    from lxml import html as lxml_html

    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    lookup.get_namespace(None).update(lxml_html.HtmlElementClassLookup._default_element_classes)
    return lookup


def extract_article(tree: Any, *, url: str | None = None) -> Any:
    """trafilatura's article (a Document), or None when it finds no article.

    The tree is left as it was: trafilatura works on a copy.
    """
    import trafilatura

    from .boilerplate import use_python_tests

    if tree is None:
        return None
    use_python_tests()  # the same elements found three times faster (see boilerplate.py)
    doc: Any = trafilatura.bare_extraction(tree, url=url, fast=True, **TRAFILATURA_OPTIONS)
    if doc is not None and is_sound_article(doc.body, doc.text or ""):
        return doc
    return trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)


def is_sound_article(body: Any, text: str) -> bool:
    """Whether trafilatura's own extraction (in fast mode) needs no second opinion.

    Without fast mode, trafilatura compares its extraction with readability's and jusText's,
    a third of the time clipper takes over an HTML page.  Those replace its own when it is
    short, holds no paragraph text, is mostly tables, or kept page furniture (navigation,
    forms, asides: trafilatura's compare_extraction).  An extraction with none of these is
    kept; any other page is extracted again, with the comparison.
    """
    return (
        len(text) >= SOUND_ARTICLE_CHARS
        and body.xpath("boolean(.//p//text())")
        and len(body.findall(".//table")) <= len(body.findall(".//p"))
        and not body.xpath(_FURNITURE)
    )


def read_markup_meta(tree: Any, url: str | None) -> Any:
    """trafilatura's metadata (a Document): its extract_metadata, less what clipper never uses.

    Categories, tags and the licence cost half of extract_metadata's time (3 ms a page of 6);
    the rest is done as extract_metadata does it, step for step (the author with the same
    tests made faster, see markupauthor.py).
    """
    from htmldate import find_date
    from trafilatura import metadata as tm

    from .markupauthor import extract_author

    found = tm.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    # trafilatura's JSON-LD reader has bugs; ours (htmlmeta.py) reads it anyway.
    with suppress(Exception):
        found = tm.extract_meta_json(tree, found)
    found.title = found.title or tm.extract_title(tree)
    found.author = found.author or extract_author(tree)
    found.url = found.url or tm.extract_url(tree, url)
    found.date = find_date(tree, url=found.url, **DATE_OPTIONS)
    found.sitename = found.sitename or tm.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url:
        match = tm.META_URL.match(found.url)
        found.sitename = match[1] if match else None
    found.clean_and_trim()
    return found


def _web_origin(origin: str | None) -> str | None:
    return origin if origin and origin.startswith(("http://", "https://")) else None


def parse_page(html: str) -> Any:
    """lxml's tree of a page trafilatura would not parse; UnreadablePage when lxml cannot."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(html.encode("utf-8"))
    except Exception as e:  # lxml raises several unrelated types for broken input
        raise UnreadablePage(f"unparseable HTML: {e}") from e


def visible_text(page: Any) -> str:
    """The text a browser shows for a page (HTML, or its parsed tree), one block a line."""
    # The page's tree is shared: invisible elements go from a copy.
    root = parse_page(page) if isinstance(page, str) else deepcopy(page)
    for el in list(root.iter(*_INVISIBLE)):
        if el.getparent() is not None:
            el.drop_tree()
    parts: list[str] = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
