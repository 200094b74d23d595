"""What kind of page the input is: an article, a listing of teasers, an error page, or nothing.

An error page (404, a soft 404, "Access denied", a bot check such as "Just a moment...") says so in its
title, its headline or one of its first lines, with a phrase of the ``error_*`` lexicon categories, and
carries little text: a story whose headline merely mentions a 404 runs longer than ``MAX_ERROR_PAGE_WORDS``.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice

from pagesplit.errors import LexiconError
from pagesplit.lexicon import ERROR_CATEGORIES, Phrase, load
from pagesplit.lexicon.lookup_form import normalize
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


@dataclass(frozen=True, slots=True)
class _ErrorPhrases:
    exact: dict[str, Phrase]  #: normalized phrase -> its entry
    #: ``phrase *`` entries by their first word, longest first: a line can open with an entry only when its own first
    #: word is the entry's (the entry must end where a word of the line ends), so only those are compared
    prefixes: dict[str, tuple[Phrase, ...]]


@cache
def _error_phrases() -> _ErrorPhrases:
    """The ``error_*`` files of every language, read once (they are kept out of the per-block phrase index).
    A line is a whole title or line (``404 not found``) or its opening (``checking your browser before *``);
    ``#`` starts a comment."""
    exact: dict[str, Phrase] = {}
    prefixes: list[Phrase] = []
    root = importlib.resources.files("pagesplit.lexicon")
    for lang in load().languages:
        for category in ERROR_CATEGORIES:
            file = root.joinpath(lang).joinpath(f"{category}.txt")
            if not file.is_file():
                continue
            for number, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                opening = line.endswith(" *")
                text = normalize(line[:-2] if opening else line)
                if not text or "*" in text or line.startswith("*"):
                    raise LexiconError(f"lexicon/{lang}/{category}.txt", number, raw,
                                       "a phrase, or its opening followed by ' *'")
                if opening:
                    prefixes.append(Phrase(text, lang, category))
                else:
                    exact.setdefault(text, Phrase(text, lang, category))
    by_head: dict[str, list[Phrase]] = {}
    for phrase in sorted(prefixes, key=lambda p: -len(p.text)):
        by_head.setdefault(phrase.text.split(" ", 1)[0], []).append(phrase)
    return _ErrorPhrases(exact, {head: tuple(group) for head, group in by_head.items()})


def error_phrase(texts: Iterable[str | None]) -> Phrase | None:
    """The first error phrase that one of ``texts`` is or starts with."""
    phrases = _error_phrases()
    for text in texts:
        if not text or len(text.split()) > MAX_ERROR_LINE_WORDS:
            continue
        norm = normalize(text)
        hit = phrases.exact.get(norm) or next(
            (p for p in phrases.prefixes.get(norm.split(" ", 1)[0], ())
             if norm.startswith(p.text) and norm[len(p.text):][:1] in ("", " ")), None)
        if hit is not None:
            return hit
    return None


def error_note(*, body_words: int, titles: Iterable[str | None], lines: Iterable[str]) -> str | None:
    """The note that says why the page is an error page, or None when it is not one.

    ``body_words``: the words of its story's paragraphs; ``titles``: what the page calls itself (``<title>``, its
    headline); ``lines``: its blocks in order.

    >>> error_note(body_words=12, titles=["404 Not Found"], lines=[])
    "error-page: not found ('404 not found')"
    """
    if body_words <= MAX_ERROR_PAGE_WORDS:
        head = list(islice(lines, ERROR_LOOKAHEAD_LINES))
        hit = error_phrase([*titles, *head])
        if hit is not None:
            return f"error-page: {_REASONS[hit.category]} ({hit.text!r})"
    return None


def page_type(*, error_page: bool, has_article: bool, teasers: int) -> PageType:
    """The page's type, once the pipeline has said whether it is an error page (``rules/error_page.py``).

    >>> page_type(error_page=False, has_article=False, teasers=3)
    <PageType.LISTING: 'listing'>
    """
    if error_page:
        return PageType.ERROR
    if has_article:
        return PageType.ARTICLE
    return PageType.LISTING if teasers else PageType.EMPTY
