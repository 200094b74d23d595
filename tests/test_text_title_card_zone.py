"""Text dumps: a zone of other stories between the story's head and its body (``rules.title.headline_over_card_zone``),
on made-up dumps: a related box under a section label, whose cards each set a headline over an author's name,
does not give the story its title; the headline over the zone does, and nothing of the zone becomes the lead."""

from __future__ import annotations

import pagesplit
from pagesplit import Role

MENU = "Home\nNews\nHarbour\nWeather\nContact\n\n"
HEAD = ("Ferry service to the outer islands resumes after storm repairs\n\n"
        "Published 14 March 2024, 08:15\n\n"
        "Share on Facebook\nShare by email\n\n")
RELATED = ("Related stories\n\n"
           "Interview\n\nThe harbour master on a long winter\n\nBy Ann Tern\n\n"
           "Report\n\nWhy the old pier could not be saved\n\nBy Rob Gull\n\n")
BODY = ("The ferry service to the outer islands resumed on Thursday morning after three weeks of repairs to the "
        "storm-damaged landing stage, the harbour office said.\n\n"
        "The first crossing of the ferry left at seven with forty passengers and a load of post, fuel and building "
        "supplies for the islands, which had been cut off since the storm.\n\n"
        "Islanders had relied on a small fishing boat for medicine and food while the landing stage was rebuilt, and "
        "the council thanked its crew for keeping the crossings going in the worst of the weather.\n\n")
FOOTER = "".join(f"{line}\n" for line in ("About us", "Imprint", "Privacy", "Newsletter", "Top"))


def _title(page: pagesplit.Page) -> str | None:
    return page.article.title if page.article is not None else None


def test_the_headline_over_a_related_box_is_the_title() -> None:
    page = pagesplit.split_text(f"{MENU}{HEAD}{RELATED}{BODY}{FOOTER}")
    assert _title(page) == "Ferry service to the outer islands resumes after storm repairs"
    assert page.article is not None
    assert page.article.text.startswith("The ferry service to the outer islands resumed")
    assert not any(name in page.article.text for name in ("harbour master", "Ann Tern", "old pier"))


def test_a_line_between_the_headline_and_the_zone_is_no_lead() -> None:
    """A notice over the related box is no standfirst the body goes on from."""
    notice = "Welcome to our new story page and tell us what you think of its look\n\n"
    page = pagesplit.split_text(f"{MENU}{HEAD}{notice}{RELATED}{BODY}{FOOTER}")
    assert _title(page) == "Ferry service to the outer islands resumes after storm repairs"
    assert page.article is not None
    assert "Welcome to our new story page" not in page.article.text


def test_a_head_under_a_zone_of_other_stories_keeps_its_title() -> None:
    """The related box above the head: the headline over the byline under it is the title."""
    head = "Ferry service to the outer islands resumes after storm repairs\n\nBy Kit Shore\n\n"
    page = pagesplit.split_text(f"{MENU}{RELATED}{head}{BODY}{FOOTER}")
    assert _title(page) == "Ferry service to the outer islands resumes after storm repairs"
    title = next(b for b in page.blocks if b.role is Role.TITLE)
    assert title.text == _title(page)


def test_a_line_above_the_zone_that_says_less_of_the_story_is_no_title() -> None:
    """Above the box, a line sharing fewer words with the body than the card's headline does not replace it."""
    head = "Notes from the weekend\n\nPublished 14 March 2024, 08:15\n\n"
    related = "Related stories\n\nReport\n\nFerry crossings to the islands resume\n\nBy Rob Gull\n\n"
    with_line = pagesplit.split_text(f"{MENU}{head}{related}{BODY}{FOOTER}")
    without = pagesplit.split_text(f"{MENU}{related}{BODY}{FOOTER}")
    assert _title(with_line) == _title(without)
