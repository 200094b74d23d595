"""Lines between a text dump's headline and its first paragraph (``rules/pre_body.py``), on made-up dumps."""

from __future__ import annotations

import pagesplit
from footbridge import STORY
from pagesplit import Role


def _page(between: str) -> pagesplit.Page:
    return pagesplit.split_text(f"Home\nNews\nLocal\n\nFootbridge over the railway opens at last\n{between}\n\n{STORY}")


def _role(page: pagesplit.Page, text: str) -> tuple[Role, str]:
    block = next(b for b in page.blocks if b.text == text)
    return block.role, block.reason.rule


def test_a_dateline_with_its_times_under_the_headline_is_chrome() -> None:
    page = _page("POSTED MON, MAY 6 20248:15 AM BSTUPDATED AN HOUR AGO")
    assert _role(page, "POSTED MON, MAY 6 20248:15 AM BSTUPDATED AN HOUR AGO") \
        == (Role.CHROME, "chrome.pre-body")
    assert page.article is not None and page.article.paragraphs[0].startswith("The new footbridge")


def test_a_list_of_figures_under_the_headline_stays() -> None:
    lines = "2 spans of 40 metres each, in steel and oak\n4 flights of 28 steps with a ramp"
    page = _page(lines)
    assert all(b.reason.rule != "chrome.pre-body" for b in page.blocks)


def test_a_sentence_cut_by_a_link_stays() -> None:
    page = _page("Tickets for the opening walk cost from $5 and")
    assert all(b.reason.rule != "chrome.pre-body" for b in page.blocks)


def test_a_share_bar_of_many_buttons_counts_as_one_bar() -> None:
    bar = "Share\nTweet\nReddit\nFlipboard\nEmail\nPrint"
    page = _page(f"{bar}\n\nCrowds at the town's 2 bridges on the first day")
    assert _role(page, "Crowds at the town's 2 bridges on the first day") == (Role.CHROME, "chrome.pre-body")
    assert page.article is not None and page.article.paragraphs[0].startswith("The new footbridge")
