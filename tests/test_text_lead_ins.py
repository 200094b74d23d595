"""Text dumps: a short line ending with a colon that leads into what the story shows below it ("Here is the list:")
costs what chrome inside the story costs, not what a menu line does (``block_scores.lead_ins``), so the story's short
opening above it stays in the story. A share bar's prompt over its buttons, and a data sheet's field name, lead into
nothing of the story's. Made-up dumps."""

from __future__ import annotations

import pagesplit

HEAD = "Home\nNews\nSport\nAbout\n\n"
OPENING = "The harbour board met late on Tuesday evening."
BODY = (
    "Dredging will start in November and take about six weeks, during which the fish market will move to a "
    "temporary site on the north quay beside the lifeboat station, the board's chair told the meeting.",
    "Skippers said they were relieved but worried about the cost of berthing elsewhere while the work goes on, "
    "and asked the board to waive mooring fees until the basin reopens in the new year.",
)
FOOTER = "\n\nPrivacy\nContact\nImprint\n"


def _page(between: str) -> pagesplit.Page:
    return pagesplit.split_text(HEAD + OPENING + "\n\n" + between + "\n\n" + "\n\n".join(BODY) + FOOTER)


def test_a_line_leading_into_the_story_keeps_its_opening() -> None:
    page = _page("Here is the list:")
    assert page.article is not None
    assert page.article.paragraphs[0] == OPENING
    assert BODY[-1] in page.article.paragraphs


def test_a_share_prompt_over_its_buttons_leads_into_nothing() -> None:
    page = _page("Pass this story on:\nFacebook")
    assert page.article is not None
    assert OPENING not in page.article.paragraphs
    assert BODY[0] in page.article.paragraphs


def test_a_field_name_leads_into_nothing() -> None:
    page = _page("Location:")
    assert page.article is not None
    assert OPENING not in page.article.paragraphs
