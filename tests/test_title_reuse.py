"""The title stage asks nothing twice (``rules.title``): the body's significant words once per call
(``_BodyWords``), however many of its tests ask; a short line's byline word as ``features`` read it; no pattern
call for a line that cannot hold a text browser's mark. Made-up dumps and lines."""

from __future__ import annotations

from collections import Counter

import pytest

import pagesplit
from pagesplit import lexicon
from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.model import InputKind
from pagesplit.rules import title

DUMP = (
    "Home\nNews\nLocal\n\n"
    "Harbour ferry adds a late crossing on weekends\nBy Jo Quill\nMay 6, 2024\n\n"
    "The harbour ferry will add a late crossing on Friday and Saturday nights from June, the operator said on "
    "Monday, after a summer of full boats and long queues at the quay.\n\n"
    "Weekend crossings have been full since April, and the late ferry will leave the quay at half past eleven, "
    "an hour after the last boat now leaves.\n\n"
    "The operator said it would look again at the timetable in the autumn.\n\n"
    "Share this\nContact\nPrivacy\n"
)


def test_the_body_words_of_a_start_are_kept_for_the_call() -> None:
    """``_BodyWords.at`` answers a start it was asked before with the words it worked out then."""
    body = title._BodyWords([], 0)
    assert body.at(0) is body.at(0)
    assert body.at(1) is not body.at(0)


@pytest.mark.skipif(pagesplit.COMPILED, reason="mypyc calls a module's functions directly: the counting stand-in "
                    "put on the module is not called")
def test_the_body_words_are_worked_out_once_per_start(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[int] = Counter()
    body_words = title._body_words

    def counted(drafts: list[Draft], start: int) -> set[str]:
        asked[start] += 1
        return body_words(drafts, start)

    monkeypatch.setattr(title, "_body_words", counted)
    page = pagesplit.split_text(DUMP)
    assert page.article is not None and page.article.title == "Harbour ferry adds a late crossing on weekends"
    assert asked and max(asked.values()) == 1


def _line(text: str, words: int, names_byline: bool = False) -> Draft:
    from pagesplit.members import Kinds
    from pagesplit.model import Span

    d = Draft(0, text, Kinds.LINE, Span.lines(1, 1))
    d.words, d.names_byline = words, names_byline
    return d


def test_a_line_without_a_bracket_is_not_searched_for_a_browser_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text browser mark opens with "(" or "[": a line with neither needs no pattern call."""
    assert title.has_text_browser_mark(_line("(BUTTON) Follow", 2))
    monkeypatch.setattr(title, "_TEXT_BROWSER_MARK", None)
    assert not title.has_text_browser_mark(_line("Follow Jo Quill on the quay", 6))


def test_a_short_line_opens_with_a_byline_as_features_read_it() -> None:
    """A line of up to MAX_BYLINE_WORDS words was looked up by ``features`` (``Draft.names_byline``): its flag is the
    answer, not a second look-up. Only a longer line is looked up here."""
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.TEXT)
    assert title._opens_with_byline(_line("Harbour ferry adds a crossing", 5, names_byline=True), ctx)
    assert not title._opens_with_byline(_line("By Jo Quill and Ann Roe", 6), ctx)
    longer = "By Jo Quill and Ann Roe, with reporting from the quay and the harbour office staff"
    assert title._opens_with_byline(_line(longer, len(longer.split())), ctx)
