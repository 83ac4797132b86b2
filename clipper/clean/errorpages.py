"""Pages that hold no article: what a server or a bot wall sent in place of the story, saved as
if it were the story ("Access Denied", "404 Not Found", "Just a moment...", "Please enable
JavaScript to continue").  A crawl or a folder of saved pages holds such pages; stored, each
would be a clipping titled "Access Denied" that search finds for ever.

Such a page is recognised by its wording, on its title or near the top of what the cleaner
kept, and only when what was kept is short: an article about access being denied, or one
that quotes a 404 page, is long enough to stay an article.
"""

from __future__ import annotations

import re
from html import unescape

from ..models import Clipping

# More words than this is an article, whatever its title says: the longest error pages
# (a Cloudflare wall with its explanations, a 404 page listing sections) are well under it.
ERROR_PAGE_WORDS = 80
# The reason an import gives for skipping such a page: one for all, so its summary counts
# them on one line.
ERROR_PAGE = "not an article: the site's error page or bot check, saved in its place"
# Where the error's wording is looked for: the title, and the first lines of the body.
FIRST_LINES = 3
# The error's wording, in a line or a title of its own.  Whole-line patterns: a sentence
# that only mentions "not found" is prose.
_ERROR_LINE = re.compile(
    r"^\W*(?:"
    # HTTP statuses, as servers and content systems title them
    r"(?:(?:error|fehler|erreur|errore|erro|fout|błąd|ошибка)\s*|http\s*(?:error\s*)?)?"
    r"(?:40[0-9]|50[0-9])\b(?:\s*[-:–|]?\s*"
    r"(?:error|not found|forbidden|unauthori[sz]ed|bad request|bad gateway|gone|"
    r"service (?:temporarily )?unavailable|internal server error|gateway time-?out|"
    r"too many requests|page not found|file not found|access denied)?)"
    r"|(?:(?:sorry|oops)\W+)?(?:this |the )?page (?:was )?not found"
    r"|(?:error\W+)?(?:access denied|forbidden|not found|bad gateway|service unavailable|"
    r"internal server error|too many requests|request blocked|request rejected)"
    r"|access to this page has been denied"
    r"|(?:sorry|oops)\W+(?:we|i) (?:can(?:no|')t|could(?:n't| not)) find (?:that|this|the) page"
    r"|(?:sorry,?\s*)?(?:this|that|the) page (?:isn't|is not|doesn't|does not) (?:available|exist)"
    r"|the page you (?:are|were|'re) looking for (?:could not be found|can(?:no|')t be found|"
    r"does(?:n't| not) exist|(?:may have|has) been (?:moved|removed|deleted))"
    r"|the requested url was not found on this server"
    r"|you don't have permission to access .* on this server"
    # bot walls
    r"|just a moment(?:\.\.\.|…)?"
    r"|attention required!? \| cloudflare"
    r"|checking (?:if the site connection is secure|your browser before accessing)"
    r"|verify(?:ing)? (?:that )?you are (?:a )?human"
    r"|(?:please )?(?:verify|confirm) you(?:'re| are) (?:a human|not a robot)"
    r"|are you a (?:robot|human)\??"
    r"|press (?:&|and) hold to confirm you are a human"
    r"|pardon our interruption"
    r"|(?:please )?enable javascript(?: and cookies)? to (?:continue|proceed|view)"
    r"|(?:please )?turn on javascript and (?:reload|refresh) the page"
    # other languages: not found, access denied
    r"|seite nicht gefunden|zugriff verweigert"
    r"|page (?:introuvable|non trouvée)|accès refusé"
    r"|página no encontrada|acceso denegado"
    r"|pagina non trovata|accesso negato"
    r"|página não encontrada|acesso negado"
    r"|pagina niet gevonden|toegang geweigerd"
    r"|nie znaleziono strony|strona nie została znaleziona"
    r"|страница не найдена|доступ запрещ[её]н"
    r"|ページが見つかりません|お探しのページは見つかりませんでした"
    r"|页面不存在|找不到页面|頁面不存在|找不到網頁"
    r")\W*$",
    re.IGNORECASE,
)

# Where an HTML page's <title> is looked for (it is in the <head>, at the page's start).
TITLE_TAG_CHARS = 8192
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{1,300})</title", re.IGNORECASE)
# What separates a page's title from the site's name after it.
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+")


def is_error_title(html: str) -> bool:
    """Whether an HTML page's <title> is an error's or a bot check's wording ("503 Service
    Temporarily Unavailable"): for a page where no article text was found, which is then no
    failure but a page to skip."""
    found = _TITLE_TAG.search(html, 0, TITLE_TAG_CHARS)
    return found is not None and is_error_wording(unescape(found[1]))


def error_page(clipping: Clipping) -> str | None:
    """Why the clipping is no article (ERROR_PAGE) when it is an error page or a bot wall;
    None for an article."""
    # (Split no further than the limit: every page is asked, and most are long.)
    if len(clipping.body.split(None, ERROR_PAGE_WORDS)) > ERROR_PAGE_WORDS:
        return None
    lines = [clipping.title or ""] + clipping.body.splitlines()[:FIRST_LINES]
    return ERROR_PAGE if any(is_error_wording(line) for line in lines) else None


def is_error_wording(line: str) -> bool:
    """Is the line, or a title before the site's name after it ("Page not found | The Daily
    Example"), an error's or a bot check's wording?"""
    line = " ".join(line.split())
    return bool(line) and bool(
        _ERROR_LINE.match(line) or _ERROR_LINE.match(_SITE_SUFFIX.split(line)[0])
    )
