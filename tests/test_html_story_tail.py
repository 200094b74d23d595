"""HTML: where the story ends below its last long paragraph (``rules/run_ends.before_closing_note``,
``rules/html_tail_pointers.before_pointer_tail``), on made-up pages.

A short note after the run's last chrome phrase, and short paragraphs that send the reader to the site's other
pages, are the site's promotion; a last paragraph after a photo's credit, and a note linking off the site (the
story's source, where it first appeared), are the story's.
"""

from __future__ import annotations

import pagesplit
from footbridge import LAST, P1, P2, P3

URL = "https://news.example.org/2024/05/footbridge-opens"


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
