"""The plain-text page cleaner: a text dump in, a Clipping out.

clipper's own Markdown export is read back as it was written (ownexport.py).  Any other
Markdown page is first written out as a text dump (markdown.py), and a hard-wrapped dump
joined back into its lines (unwrap.py).  The dump is cut into lines with features (lines.py);
the article is the densest run of prose (region.py, article.py; its edges closing.py), starting
after its headline and dateline, or a live blog's entries (liveblog.py), or a press release
with its issuer's note and contacts (release.py); metadata come from the lines around that
start: the headline (textmeta.py; what may be one, titleshape.py, and what only looks like
one, titlefoils.py; the lines around it, titlenear.py; where the page repeats it,
titleechoes.py; the summary or the deck under it and its wrapped second line, titleruns.py),
the date (textdate.py), the author (textauthor.py, names.py), the publication and URL
(textsource.py, masthead.py, sitenames.py), asking what a line is of linekinds.py and using the
shared helpers in meta.py, dates.py and sources.py.
"""

from __future__ import annotations

from clipper.clean import outerbylines, sources, textauthor, textdate, textmeta, textsource
from clipper.clean.article import article_span, pick_article
from clipper.clean.bylinenames import is_publication
from clipper.clean.frontmatter import front_fields, split_front_matter
from clipper.clean.language import (
    LANGUAGE_SAMPLE_CHARS,
    LANGUAGE_SAMPLE_WORDS,
    NO_STOPWORDS,
    WORD,
    guess_language,
    stoplist_fits,
    unspaced_language,
)
from clipper.clean.lines import Line, build_lines, set_stop_shares
from clipper.clean.linesplit import has_long_lines
from clipper.clean.liveblog import LiveBlog, find_live_blog
from clipper.clean.lynx import strip_lynx_references
from clipper.clean.markdown import as_text_dump, to_text_dump
from clipper.clean.ownexport import read_own_export
from clipper.clean.pagetext import PageText
from clipper.clean.titleechoes import without_site_name
from clipper.clean.titleruns import wrapped_rest
from clipper.clean.unwrap import unwrap_at
from clipper.errors import UnreadablePage
from clipper.models import Clipping

# The header (headline, standfirst, byline) found inside the prose run is cut off only when
# it holds less than this share of the run's words; more would mean we misread the page.
MAX_HEADER_SHARE = 0.4


def clean_text(text: str, *, origin: str | None = None) -> Clipping:
    """Clean a plain-text dump of a page into its article body and metadata.

    Raises UnreadablePage when no article text can be found at all."""
    front, text = split_front_matter(text)
    own = read_own_export(front, text) if front is not None else None
    if own is not None:
        return own.replace(origin=origin)  # clipper's own export: stored as it was
    # A page with front matter is Markdown, however little markup its text holds.
    if front is None:
        text, lynx = strip_lynx_references(text)
        text, width = unwrap_at(as_text_dump(text), wrapped=lynx)  # lynx always wraps its dumps
    else:
        text, width = unwrap_at(to_text_dump(text))
    stated = front_fields(front) if front else {}
    lines = build_lines(text)
    language, stops = guess_language(language_sample(text, lines))
    if language not in (None, "en") and not stoplist_fits(
        [ln.tokens for ln in lines if ln.sentence_end], stops
    ):
        language, stops = None, NO_STOPWORDS  # a language we have no list for
    set_stop_shares(lines, stops)
    live = find_live_blog(lines)
    first, last = article_span(lines, live)
    if last < first:
        raise UnreadablePage("no article text found")
    page = PageText(lines)
    title, title_why = textmeta.find_title(lines, first, page, last, live, width)
    # A headline wrapped onto a second line (bigger type wraps sooner than the text) ends there.
    rest = wrapped_rest(lines, title, width) if title is not None else None
    start = body_start(lines, first, last, title if rest is None else rest, page, live)
    headline = lines[title].text if title is not None else None
    if headline and rest is not None:
        headline += " " + lines[rest].text
    author = textauthor.find_author(lines, title, start, page)
    article = pick_article(lines, start, last, headline, live, author[0])
    if not article:
        raise UnreadablePage("no article text found")
    if author[0] is None:  # a byline under the article: "【田中理沙、渡辺健太】"
        end = position_of(lines, article[-1])
        closing = outerbylines.closing_byline(lines, end)
        author = (closing, "byline under the article") if closing else author
        name = None if closing or not headline else outerbylines.closing_name(lines, end, headline)
        author = (name, "name alone under the article, over its furniture") if name else author
    evidence: dict[str, str] = {}
    date = textdate.find_date(lines, title, start, language, page)
    if date[0] and date[1] == textdate.UPDATED_BY_TITLE:
        published = textdate.published_under_update(
            lines, position_of(lines, article[-1]), date[0], language, page
        )
        if published:
            date = (published, "'Published' line under the article, the title's an update")
    if date[0] is None:  # a page that prints its date only under the article
        date = textdate.date_under_article(lines, position_of(lines, article[-1]), language)
    if date[0] is None:  # a headline not found by its dateline
        date = textdate.date_over_article(lines, start)
    fields = {
        "title": (headline, title_why) if title is not None else (None, ""),
        "date": date,
        "author": author,
    }
    url, url_why = stated.get("url") or (
        textsource.find_url(lines, title, start),
        "address line by the headline",
    )
    fields["source"] = textsource.find_source(lines, title, url, page)
    host = sources.host_of(url) if url else None
    label = sources.site_label(host) if host else None
    if author[0] and is_publication(author[0], fields["source"][0], label, "'By'" in author[1]):
        fields["author"] = (None, "")  # an obituary's "Nashville Tennessean": the paper
    if title is not None:
        # A title line's " - Site Name" goes, when the site is the publication found.
        names = [fields["source"][0], label]
        fields["title"] = (without_site_name(headline or "", names, lines), title_why)
    fields.update((name, found) for name, found in stated.items() if name != "url")
    for name, (value, why) in fields.items():
        if value:
            evidence[name] = why
    if url:
        evidence["url"] = url_why
    body = "\n\n".join(ln.text for ln in article)
    if language:
        evidence["language"] = "stopwords of the text"
    else:
        language = unspaced_language(body)
        if language:
            evidence["language"] = "the article's script (Chinese characters, kana)"
    return Clipping(
        body=body,
        title=fields["title"][0],
        source=fields["source"][0],
        date=fields["date"][0],
        author=fields["author"][0],
        url=url,
        language=language,
        origin=origin,
        evidence=evidence,
        raw_kind="text",
    )


def language_sample(text: str, lines: list[Line]) -> list[str]:
    """The lower-cased words of the start of the text, the language is guessed from.

    They are the lines' words, already found, unless the text is long (the sample stops at
    LANGUAGE_SAMPLE_CHARS), has lines broken at MAX_LINE_CHARS (perhaps inside a word), or
    holds a capital sigma (whose lower case depends on the letters around it, so it may
    differ in a line and in the text)."""
    if len(text) > LANGUAGE_SAMPLE_CHARS or "Σ" in text or has_long_lines(text):
        return WORD.findall(text[:LANGUAGE_SAMPLE_CHARS].lower())
    sample: list[str] = []
    for ln in lines:
        sample += ln.tokens
        if len(sample) >= LANGUAGE_SAMPLE_WORDS:
            break
    return sample


def position_of(lines: list[Line], line: Line) -> int:
    """Where `line` is in `lines` (past their end when it is not)."""
    return next((pos for pos in range(len(lines) - 1, -1, -1) if lines[pos] is line), len(lines))


def body_start(
    lines: list[Line],
    first: int,
    last: int,
    title: int | None,
    page: PageText,
    live: LiveBlog | None = None,
) -> int:
    """Where the body begins: after the headline and its dateline/byline if they sit in the run.
    (On a live blog (`live`) never after its first entry's start: a headline found among the
    entries is an entry's, and a dateline there an entry's stamp.)"""
    if title is None or (live and title >= live.starts[0]):
        return first
    cut = title + 1
    end = textdate.header_end(lines, title, page)
    if end is not None:
        cut = max(cut, end + 1)
    if live:
        cut = min(cut, live.starts[0])
    if cut <= first or cut > last:
        return first
    run_words = sum(ln.words for ln in lines[first : last + 1])
    header_words = sum(ln.words for ln in lines[first:cut] if not ln.bullet)
    return cut if header_words <= MAX_HEADER_SHARE * run_words else first
