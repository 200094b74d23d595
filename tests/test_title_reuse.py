"""The title stage asks nothing twice (``rules.title``): the body's significant words once per call
(``_BodyWords``), however many of its tests ask. A made-up dump."""

from __future__ import annotations

from collections import Counter

import pytest

import pagesplit
from pagesplit.draft import Draft
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
