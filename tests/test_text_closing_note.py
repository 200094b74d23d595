"""A closing note of the page's own below a text dump's story (``rules/run_ends.before_closing_note``), on made-up
dumps."""

from __future__ import annotations

import pagesplit
from footbridge import LAST, P1, P2, P3

NOTE = "For the latest stories download the Example News app for phones."


def _article_text(after_story: str) -> str:
    page = pagesplit.split_text(f"Home\nNews\n\nFootbridge over the railway opens at last\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
                                f"{after_story}\n\nContact\nImprint\n")
    assert page.article is not None
    return page.article.text


def test_a_short_note_after_a_newsletter_line_is_not_the_story() -> None:
    text = _article_text(f"Subscribe to our newsletter\n\n{NOTE}")
    assert NOTE not in text and P3 in text


def test_a_long_last_paragraph_after_an_advertisement_line_stays() -> None:
    text = _article_text(f"Advertisement\n\n{LAST}")
    assert LAST in text


def test_a_short_note_after_a_rule_line_stays() -> None:
    text = _article_text(f"━━━━━━━━━━━━\n\n{NOTE}")
    assert NOTE in text
