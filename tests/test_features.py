"""Block features: the short-block cache must give exactly what computing afresh gives."""

from __future__ import annotations

import pytest

from pagesplit import lexicon
from pagesplit.draft import Draft
from pagesplit.features import _SHORT_FIELDS, _short_cache, compute
from pagesplit.model import BlockKind, Span

SHORT_TEXTS = [
    "Skip to content",
    "Keep ReadingShow less",
    "More For You",
    "By Jane Doe",
    "12 March 2024",
    "Photo: Example Images",
    "Harbour board backs dredging plan for the old quay",
    "Comments (12)",
    "We use cookies to improve this site.",
]


def _draft(text: str) -> Draft:
    return Draft(index=0, text=text, kind=BlockKind.LINE, span=Span(1, 1))


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_cached_features_equal_fresh_ones(text: str) -> None:
    lex = lexicon.load()
    _short_cache.clear()
    fresh = _draft(text)
    compute([fresh], lex)
    cached = _draft(text)
    compute([cached], lex)  # second time: served from the cache
    assert (id(lex), text) in _short_cache
    for name in _SHORT_FIELDS:
        assert getattr(cached, name) == getattr(fresh, name), name


def test_features_of_a_few_shapes() -> None:
    lex = lexicon.load()
    drafts = [_draft(t) for t in SHORT_TEXTS]
    compute(drafts, lex)
    by_text = {d.text: d for d in drafts}
    assert by_text["Keep ReadingShow less"].is_toggle
    assert by_text["More For You"].is_section_label
    assert by_text["By Jane Doe"].is_meta_like
    assert by_text["12 March 2024"].is_date_like
    assert by_text["Photo: Example Images"].is_credit_like
    assert by_text["Harbour board backs dredging plan for the old quay"].is_headline_like
    assert by_text["Comments (12)"].opens_comments
    assert by_text["We use cookies to improve this site."].chrome_rule == "chrome.notice"
