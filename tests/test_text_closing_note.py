"""A closing note of the page's own below a text dump's story (``rules/run_ends.before_closing_note``), on made-up
dumps."""

from __future__ import annotations

from footbridge import LAST, P3, story_article_text

NOTE = "For the latest stories download the Example News app for phones."


def test_a_short_note_after_a_newsletter_line_is_not_the_story() -> None:
    text = story_article_text(f"Subscribe to our newsletter\n\n{NOTE}")
    assert NOTE not in text and P3 in text


def test_a_long_last_paragraph_after_an_advertisement_line_stays() -> None:
    text = story_article_text(f"Advertisement\n\n{LAST}")
    assert LAST in text


def test_a_short_note_after_a_rule_line_stays() -> None:
    text = story_article_text(f"━━━━━━━━━━━━\n\n{NOTE}")
    assert NOTE in text
