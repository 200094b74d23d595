"""Text-dump headlines and what stands between them and the body (``rules/title.py``, ``rules/parts.py``), on
made-up dumps: the headline found by position must not move the story's first paragraph."""

from __future__ import annotations

import pagesplit
from pagesplit import Role

BODY = ("The new footbridge over the railway opened on Monday morning, two months late, after the last of the steel "
        "beams arrived from the works in the north.\n\n"
        "Commuters who used to walk round by the level crossing say the bridge saves them ten minutes each way, and "
        "the council has asked for a second one at the station's far end.\n\n"
        "The works closed the crossing for six weeks last spring, and traders on the far side say they lost half "
        "their trade while it was shut.\n")
HEAD = "Home\nNews\nLocal\n\nFootbridge over the railway opens at last\nBy Jo Quill\nMay 6, 2024\n"


def _page(between: str) -> pagesplit.Page:
    return pagesplit.split_text(f"{HEAD}{between}\n\n{BODY}")


def _role(page: pagesplit.Page, text: str) -> Role:
    return next(b for b in page.blocks if b.text == text).role


def test_the_headline_over_the_byline_is_the_title_and_a_caption_under_it_no_body() -> None:
    caption = "The footbridge over the railway seen from the north end of the works on the morning it opened"
    page = _page(caption)
    assert page.article is not None and page.article.title == "Footbridge over the railway opens at last"
    block = next(b for b in page.blocks if b.text == caption)
    assert (block.role, block.reason.rule) == (Role.CHROME, "chrome.pre-body")


def test_a_label_line_under_the_byline_is_no_standfirst() -> None:
    page = _page("From the section Town and Country")
    assert _role(page, "From the section Town and Country") is not Role.ARTICLE
    assert page.article is not None and page.article.paragraphs[0].startswith("The new footbridge")


def test_a_fact_line_under_the_byline_stays_story_text() -> None:
    page = _page("Span: 40 metres of steel and oak, opened by the mayor")
    assert _role(page, "Span: 40 metres of steel and oak, opened by the mayor") is Role.ARTICLE


def test_a_line_printed_twice_under_the_byline_is_no_standfirst() -> None:
    page = _page("Watch the first trains pass under the new bridge today\n"
                 "Watch the first trains pass under the new bridge today")
    assert all(b.role is not Role.ARTICLE for b in page.blocks if b.text.startswith("Watch the first"))


def test_a_picture_line_under_the_byline_is_no_standfirst() -> None:
    page = _page("[bridge_opening.jpg] The mayor cuts the ribbon on the footbridge over the railway (Jo Quill)")
    assert all(b.role is not Role.ARTICLE for b in page.blocks if b.text.startswith("[bridge"))


def test_a_control_line_is_never_the_title() -> None:
    page = pagesplit.split_text(f"Home\n(BUTTON) Local News\n\n{BODY}")
    assert page.article is not None and page.article.title != "(BUTTON) Local News"


def test_with_no_headline_a_short_sentence_right_above_the_run_opens_the_story() -> None:
    page = pagesplit.split_text(f"Home\n(BUTTON) Next chapter\n________\nIt was dark when I woke.\n{BODY}")
    assert page.article is not None and page.article.paragraphs[0] == "It was dark when I woke."
