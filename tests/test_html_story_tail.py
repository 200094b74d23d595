"""HTML: where the story ends below its last long paragraph (``rules/article._before_closing_note``,
``rules/article._before_pointer_tail``), on made-up pages.

A short note after the run's last chrome phrase, and short paragraphs that send the reader to the site's other
pages, are the site's promotion; a last paragraph after a photo's credit, and a note linking off the site (the
story's source, where it first appeared), are the story's.
"""

from __future__ import annotations

import pagesplit

URL = "https://news.example.org/2024/05/footbridge-opens"
P1 = ("The new footbridge over the railway opened on Monday morning, two months late, after the last of the steel "
      "beams arrived from the works in the north, and the mayor walked across it first with the builders.")
P2 = ("Commuters who used to walk round by the level crossing say the bridge saves them ten minutes each way, and "
      "the council has asked for a second one at the station's far end, where the old crossing still stands.")
P3 = ("The works closed the crossing for six weeks last spring, and traders on the far side say they lost half "
      "their trade while it was shut, which the council now says it will make good from the bridge fund.")
LAST = ("The second bridge, if the council finds the money, would open in three years at the earliest: the steel "
        "works say their order book is full until then, and the railway wants the tracks closed for no more than "
        "a weekend at a time while the beams go in, which means night work and a dearer bridge than the first.")


def _article_text(after_story: str, url: str | None = URL) -> str:
    html = ("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            f"<h1>Footbridge over the railway opens at last</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>{after_story}"
            "</article><footer><a href='/contact'>Contact</a> <a href='/imprint'>Imprint</a></footer></body></html>")
    page = pagesplit.split_html(html, url=url)
    assert page.article is not None
    return page.article.text


def test_a_short_note_after_a_subscribe_line_is_not_the_story() -> None:
    note = "For the latest stories download the Example News app for phones."
    text = _article_text(f"<p>Subscribe now</p><p>{note}</p>")
    assert "Example News app" not in text and P3 in text


def test_the_last_paragraph_after_a_photo_credit_stays() -> None:
    text = _article_text(f"<p>© Photo: Jo Doe</p><p>{LAST}</p>")
    assert "order book is full" in text


def test_a_pointer_to_the_sites_other_story_below_the_last_paragraph_is_not_the_story() -> None:
    pointer = "<p>Everything about the old level crossing you can read <a href='/2023/crossing'>here</a>.</p>"
    text = _article_text(pointer)
    assert "level crossing you can read" not in text and P3 in text


def test_a_pointer_off_the_site_below_the_last_paragraph_stays() -> None:
    source = ("<p>This story first appeared in <a href='https://weekly.example.net/bridge'>the Example Weekly"
              "</a>.</p>")
    assert "first appeared" in _article_text(source)


def test_a_pointer_above_a_long_last_paragraph_stays() -> None:
    pointer = "<p>Everything about the old level crossing you can read <a href='/2023/crossing'>here</a>.</p>"
    assert "level crossing you can read" in _article_text(f"{pointer}<p>{LAST}</p>")


def test_without_the_pages_url_a_pointer_stays() -> None:
    pointer = "<p>Everything about the old level crossing you can read <a href='/2023/crossing'>here</a>.</p>"
    assert "level crossing you can read" in _article_text(pointer, url=None)
