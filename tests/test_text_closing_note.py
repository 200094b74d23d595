"""A closing note of the page's own below a text dump's story (``rules/article._before_closing_note``), on made-up
dumps."""

from __future__ import annotations

import pagesplit

P1 = ("The new footbridge over the railway opened on Monday morning, two months late, after the last of the steel "
      "beams arrived from the works in the north, and the mayor walked across it first with the builders.")
P2 = ("Commuters who used to walk round by the level crossing say the bridge saves them ten minutes each way, and "
      "the council has asked for a second one at the station's far end, where the old crossing still stands.")
P3 = ("The works closed the crossing for six weeks last spring, and traders on the far side say they lost half "
      "their trade while it was shut, which the council now says it will make good from the bridge fund.")
NOTE = "For the latest stories download the Example News app for phones."
LAST = ("The second bridge, if the council finds the money, would open in three years at the earliest: the steel "
        "works say their order book is full until then, and the railway wants the tracks closed for no more than "
        "a weekend at a time while the beams go in, which means night work and a dearer bridge than the first.")


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
