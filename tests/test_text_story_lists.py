"""Text dumps: a list between two paragraphs of a story is the story's (``block_scores.lists_between_paragraphs``);
innerText keeps no bullets, so each item would cost what a menu line costs and cut the story's end off.
Made-up dumps."""

from __future__ import annotations

import pagesplit

HEAD = "Home\nGuides\nAbout\n\nMoving a small blog to a new host\nMarch 3, 2024\n\n"
OPENING = (
    "Last month I moved this blog to a new host, and it went better than I had feared; the files came over in an "
    "evening, the database in another, and most of the work was checking that nothing had been left behind.",
    "The new host gives every site a free certificate, so the move was also the time to switch everything to "
    "secure links at last. What took longest was not the blog itself but the small services around it:",
)
ITEMS = ("The photo gallery", "The feed reader", "The wiki", "The calendar", "The redirect rules for old links",
         "The search console entries")
CLOSING = ("All in all, starting on the new host with a fresh project is easy, and a move is a day's work if you "
           "write down first what runs where and check each service off the list once it works again.")
FOOTER = "\n\nShare\nTwitter\nFacebook\nPrivacy\nContact\n"


def test_a_list_between_paragraphs_keeps_the_story_whole() -> None:
    page = pagesplit.split_text(HEAD + "\n\n".join(OPENING) + "\n\n" + "\n".join(ITEMS) + "\n\n" + CLOSING + FOOTER)
    assert page.article is not None
    assert CLOSING in page.article.paragraphs
    assert all(item in page.article.paragraphs for item in ITEMS)


def test_two_short_lines_before_a_paragraph_are_no_list() -> None:
    promo = "Subscribe to our letter and read the best guides of the week, every week, free of charge for you."
    page = pagesplit.split_text(HEAD + "\n\n".join(OPENING) + "\n\nOld posts\nThe archive\n\n" + promo + FOOTER)
    assert page.article is not None
    assert promo not in page.article.paragraphs


FEED_STORIES = (
    "The harbour of the old town will get a new ferry pier next spring, the council decided on Monday after a "
    "long debate about its cost and the noise of the building work for the people who live along the quay.",
    "A small bakery near the station has won the regional prize for its rye bread, the third time in ten years "
    "that the prize goes to the same family, who have baked in the same oven since the war ended.",
    "The city library opens on Sundays from next month, a trial that the council will judge after half a year "
    "by how many readers come and how much the extra hours cost the city's budget in staff and heating.",
)


def _feed(cards: list[str]) -> str:
    return HEAD + "\n\n".join(OPENING) + "\n\n" + "\n\n".join(
        card + "\n\n" + story for card, story in zip(cards, FEED_STORIES, strict=True)) + FOOTER


def test_lines_said_again_on_the_page_are_a_feed_not_a_list() -> None:
    cards = [f"Town and country\nFiled from the river desk\nPicked for you\n{headline}" for headline in
             ("New pier for the harbour", "Bakery wins bread prize", "Library opens on Sundays")]
    page = pagesplit.split_text(_feed(cards))
    assert page.article is not None
    assert FEED_STORIES[1] not in page.article.paragraphs
    assert "Picked for you" not in page.article.paragraphs


def test_a_summary_cut_off_below_the_lines_is_a_card_not_the_story() -> None:
    cut = ("The city library opens on Sundays from next month, a trial that the council will judge after half a year "
           "by how many readers come and how much…")
    card = "Town and country\nFiled from the river desk\nLibrary opens on Sundays"
    page = pagesplit.split_text(HEAD + "\n\n".join(OPENING) + "\n\n" + card + "\n\n" + cut + FOOTER)
    assert page.article is not None
    assert cut not in page.article.paragraphs


def test_lines_stamped_with_a_clock_time_are_a_feed_not_a_list() -> None:
    stamped = "Town and country\nUpdated 9:41 AM\nFiled from the river desk\nRead by many\nOn the map\nLibrary news"
    page = pagesplit.split_text(HEAD + "\n\n".join(OPENING) + "\n\n" + stamped + "\n\n" + FEED_STORIES[2] + FOOTER)
    assert page.article is not None
    assert FEED_STORIES[2] not in page.article.paragraphs


def test_a_card_headed_by_a_photo_credit_is_no_list() -> None:
    card = ("A ferry at the pier, \u00a9 Jane Roe \u2014 River Agency\nFerry pier gets a new roof\nTown and country\n"
            "Filed from the river desk")
    page = pagesplit.split_text(HEAD + "\n\n".join(OPENING) + "\n\n" + card + "\n\n" + FEED_STORIES[0] + FOOTER)
    assert page.article is not None
    assert FEED_STORIES[0] not in page.article.paragraphs


def test_a_short_notice_that_the_story_does_not_follow_is_no_list() -> None:
    form = "Pick a display name\nAdd your mail\nAdd your home page"
    notice = "Your address will not be shown to other readers."
    page = pagesplit.split_text(HEAD + "\n\n".join(OPENING) + "\n\n" + form + "\n\n" + notice + "\n\nPost\nCancel"
                                + FOOTER)
    assert page.article is not None
    assert notice not in page.article.paragraphs
    assert "Add your mail" not in page.article.paragraphs
