"""What kind of page the input is: an article, a listing of teasers, an error page, or nothing.

An error page (404, a soft 404, "Access denied", a bot check such as "Just a moment...") says so in its
title, its headline or one of its first lines, with a phrase of the ``error_*`` lexicon categories, and
carries little text: a story whose headline merely mentions a 404 runs longer than ``MAX_ERROR_PAGE_WORDS``.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from pagesplit.lexicon import ERROR_CATEGORIES, Lexicon, Phrase
from pagesplit.model import PageType

#: An error page's own text (its message, a search box, a few links) stays under this many words of
#: paragraphs; the shortest story of the dev corpus whose page was not an error has more (the dev corpus
#: holds no error page, and no dev page is classified as one: tests/test_page_type_corpus.py).
MAX_ERROR_PAGE_WORDS = 120
#: Lines of the page read for an error message: the message sits at the top of a page with no story.
ERROR_LOOKAHEAD_LINES = 12
#: Texts longer than this are prose, not an error page's title or message line.
MAX_ERROR_LINE_WORDS = 25

_REASONS = {
    "error_not_found": "not found",
    "error_access_denied": "access denied",
    "error_bot_challenge": "bot challenge",
}


def error_phrase(texts: Iterable[str | None], lex: Lexicon) -> Phrase | None:
    """The first error phrase that one of ``texts`` is, starts with or contains."""
    for text in texts:
        if not text or len(text.split()) > MAX_ERROR_LINE_WORDS:
            continue
        hit = lex.lookup(text, ERROR_CATEGORIES)
        if hit is None:
            hit = next((p for c in ERROR_CATEGORIES if (p := lex.find_contained(text, c)) is not None), None)
        if hit is not None:
            return hit
    return None


def classify(*, has_article: bool, teasers: int, body_words: int, titles: Iterable[str | None],
             lines: Iterable[str], lex: Lexicon) -> tuple[PageType, str | None]:
    """The page's type and, for an error page, the note that says why.

    ``titles``: what the page calls itself (``<title>``, its headline); ``lines``: its blocks in order.

    >>> from pagesplit.lexicon import load
    >>> classify(has_article=True, teasers=0, body_words=12, titles=["404 Not Found"], lines=[], lex=load())
    (<PageType.ERROR: 'error'>, "error-page: not found ('404 not found')")
    """
    if body_words <= MAX_ERROR_PAGE_WORDS:
        head = list(islice(lines, ERROR_LOOKAHEAD_LINES))
        hit = error_phrase([*titles, *head], lex)
        if hit is not None:
            return PageType.ERROR, f"error-page: {_REASONS[hit.category]} ({hit.text!r})"
    if has_article:
        return PageType.ARTICLE, None
    return (PageType.LISTING if teasers else PageType.EMPTY), None
