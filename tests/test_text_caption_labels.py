"""A caption's read-out label ("Image caption …") and a credit phrase at a short line's end ("… Submitted photo")
mark picture text inside a text dump's story, on made-up dumps."""

from __future__ import annotations

import pagesplit
from footbridge import LAST, STORY
from pagesplit import Role

HEAD = "Home\nNews\nLocal\n\nFootbridge over the railway opens at last\n12 March 2024\n\n"


def _role(page: pagesplit.Page, text: str) -> Role:
    return next(b for b in page.blocks if b.text == text).role


def test_a_line_opening_with_a_caption_label_is_a_caption() -> None:
    paragraphs = [*STORY.strip().split("\n\n"), LAST]
    caption = "Image caption Walkers cross the new footbridge over the railway on its first morning"
    page = pagesplit.split_text(HEAD + "\n\n".join([*paragraphs[:2], caption, *paragraphs[2:]]))
    assert _role(page, caption) is Role.CAPTION
    assert page.article is not None and caption not in page.article.text


def test_gallery_credits_inside_the_story_are_captions() -> None:
    paragraphs = [*STORY.strip().split("\n\n"), LAST]
    credits = ["Jo A. Doe Submitted photo", "Ann Roe Submitted photo", "Sam B. Poe Submitted photo"]
    page = pagesplit.split_text(HEAD + "\n\n".join([*paragraphs[:2], *credits, *paragraphs[2:]]))
    for credit in credits:
        assert _role(page, credit) is Role.CAPTION
    assert page.article is not None and paragraphs[2] in page.article.text


def test_a_long_line_opening_with_a_caption_label_is_a_caption() -> None:
    paragraphs = [*STORY.strip().split("\n\n"), LAST]
    caption = ("Media caption The council's engineer explains how the steel beams were lifted over the railway "
               "in one night while the tracks were closed to every train, the work lit from both banks")
    assert len(caption) > 160  # longer than the short blocks whose features are cached
    page = pagesplit.split_text(HEAD + "\n\n".join([*paragraphs[:2], caption, *paragraphs[2:]]))
    assert _role(page, caption) is Role.CAPTION
