"""Lines between the headline and the first paragraph (``rules/pre_body.py``), on made-up pages."""

from __future__ import annotations

import pagesplit
from pagesplit import Role

STORY = ("<p>The new footbridge over the railway opened on Monday morning, two months late, after the last of "
         "the steel beams arrived from the works in the north.</p>"
         "<p>Commuters who used to walk round by the level crossing say the bridge saves them ten minutes each "
         "way, and the council has asked for a second one at the station's far end.</p>")


def _page(between: str) -> pagesplit.Page:
    return pagesplit.split_html(f"<html><body><div class='main'><h1>Footbridge over the railway opens at last</h1>"
                                f"{between}{STORY}</div></body></html>")


def _role(page: pagesplit.Page, text: str) -> tuple[Role, str]:
    block = next(b for b in page.blocks if b.text == text)
    return block.role, block.reason.rule


def test_a_filing_time_and_a_link_bar_before_the_first_paragraph_are_chrome() -> None:
    page = _page("<div>Town desk, filed 8:15AM</div><div><a href='/s/1'>Send on</a> <a href='/k/1'>Keep</a></div>")
    assert _role(page, "Town desk, filed 8:15AM") == (Role.CHROME, "chrome.pre-body")
    assert _role(page, "Send on Keep") == (Role.CHROME, "chrome.pre-body")


def test_facts_and_a_standfirst_before_the_first_paragraph_stay() -> None:
    page = _page("<div>Length: 48 metres</div><p>A bridge the town has waited twenty years for.</p>")
    assert _role(page, "Length: 48 metres")[1] != "chrome.pre-body"
    assert "A bridge the town has waited twenty years for." in page.article.text


def test_short_lines_far_above_the_first_paragraph_are_left_alone() -> None:
    lines = "".join(f"<div>Table row {n} of the timetable, 7:{n}0</div>" for n in range(1, 7))
    page = _page(lines)
    assert all(b.reason.rule != "chrome.pre-body" for b in page.blocks)


def test_a_line_in_the_box_of_the_date_is_metadata() -> None:
    page = _page("<div class='meta'><div>Valley News staff reports</div><div>March 3, 2024</div></div>")
    assert _role(page, "Valley News staff reports") == (Role.CHROME, "chrome.pre-body")
