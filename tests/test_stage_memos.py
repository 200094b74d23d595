"""Scores and shapes a stage works out once per page and a later stage takes again: only for a block no stage has
decided since (``Context.block_scores``, ``Context.shapes``). Made-up blocks, not corpus text."""

from __future__ import annotations

from pagesplit import features, lexicon
from pagesplit.members import Roles
from pagesplit.rules import article
from pagesplit.rules.block_scores import block_score
from pagesplit.rules.headline_lists import find_headline_lists
from pagesplit.rules.record_shapes import shape
from pagesplit.rules.record_symbols import BARRIER, HEADLINE
from test_rule_thresholds import context, draft, numbered


def _page() -> list:
    # short lines, one block of prose long enough to be the article alone, short lines
    return numbered([*(draft(words=1, chars=5) for _ in range(5)),
                     draft(words=60, chars=400, ends_sentence=True, stopword_ratio=0.4),
                     *(draft(words=1, chars=5) for _ in range(5))])


def _known(drafts: list) -> list:
    n = len(drafts) - 1
    return [(d.role, d.verdict, block_score(d, i / n)) for i, d in enumerate(drafts)]


def test_select_article_takes_a_score_again_only_for_a_block_undecided_since() -> None:
    drafts = _page()
    ctx = context(block_scores=_known(drafts))
    article.select_article(drafts, ctx)
    assert ctx.article_start == ctx.article_end == 5
    # the prose block was claimed as a card's summary after it was scored: it is scored again, as a teaser
    drafts = _page()
    ctx = context(block_scores=_known(drafts))
    drafts[5].decide(Roles.TEASER, "teaser.summary")
    article.select_article(drafts, ctx)
    assert ctx.article_start is None or not ctx.article_start <= 5 <= ctx.article_end


def test_headline_lists_take_a_shape_again_only_for_a_block_undecided_since() -> None:
    titles = ("Council plans a new harbour ferry for the old town", "Night market returns to the square this spring",
              "Why the river bridge will close for three weeks", "Town library opens a room for young readers",
              "Bus timetable changes after the summer holidays", "Winter fair draws a record crowd to the park")
    drafts = numbered([draft(title) for title in titles])
    features.compute(drafts, lexicon.load())
    assert {shape(d) for d in drafts} == {HEADLINE}
    # a shape noted as a barrier is taken as it stands: the block was undecided then and is now
    ctx = context(shapes=[BARRIER] * 6)
    find_headline_lists(drafts, ctx)
    assert ctx.headline_lists == []
    ctx = context(shapes=[None] * 6)  # decided then: read again
    find_headline_lists(drafts, ctx)
    assert ctx.headline_lists == [(0, 5)]
