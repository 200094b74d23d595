"""The lead picture's caption under a text dump's byline or date line (``rules/dump_parts.is_dump_head_caption``),
on made-up dumps."""

from __future__ import annotations

import pagesplit
from footbridge import STORY
from pagesplit import Role

STANDFIRST = "The town's second bridge over the tracks took three years to build and cost twice the first estimate."


def _page(under_head: str) -> pagesplit.Page:
    return pagesplit.split_text("Home\nNews\nLocal\n\nFootbridge over the railway opens at last\n"
                                f"12 March 2024\n\n{under_head}\n\n{STORY}")


def _role(page: pagesplit.Page, text: str) -> Role:
    return next(b for b in page.blocks if b.text == text).role


def test_a_caption_with_its_credit_under_the_date_is_no_story_text() -> None:
    caption = "The footbridge seen from the station platform on its first morning (AGENCY/Jo Doe)"
    page = _page(caption)
    assert _role(page, caption) is Role.CAPTION
    assert page.article is not None and caption not in page.article.text
    assert page.article.paragraphs[0].startswith("The new footbridge")


def test_a_caption_under_the_standfirst_under_the_date_is_no_story_text() -> None:
    caption = "Walkers cross the new footbridge over the railway on Monday. (Source: Jo Doe/Agency)"
    page = _page(f"{STANDFIRST}\n\n{caption}")
    assert _role(page, caption) is Role.CAPTION
    assert page.article is not None and STANDFIRST in page.article.text


def test_a_short_sub_heading_under_the_date_stays() -> None:
    page = _page("What the bridge changes (now)")
    assert _role(page, "What the bridge changes (now)") is not Role.CAPTION


def test_a_label_and_its_value_under_the_date_stay() -> None:
    facts = "Built by: Harbour Steel Works, span 80 metres (steel and oak)"
    page = _page(facts)
    assert _role(page, facts) is not Role.CAPTION


def test_a_sentence_that_lost_its_full_stop_under_the_standfirst_stays() -> None:
    sentence = "The council has now freed the money for a second bridge at the far end of the station"
    page = _page(f"{STANDFIRST}\n\n{sentence}")
    assert _role(page, sentence) is not Role.CAPTION
    assert page.article is not None and sentence in page.article.text
