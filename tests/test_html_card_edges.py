"""A run of records whose first record spilled into the article's tail goes with its run
(``dom_cards._at_article_edge``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://marsh-courier.example/news/heron-count.html"
PROSE = ("<p>The volunteers counted the herons along the estuary on Sunday morning, and for the first time in a "
         "decade the number of nesting pairs rose above forty, the warden said.</p>")
HEADLINES = ("Otters return to the mill stream after twenty years", "Reed beds to be cut back before the winter",
             "Storm damages the bird hide on the north shore")


def _page(first: str, more: str, after: str = "") -> str:
    return (f"<html><body><main><article><h1>Heron numbers rise on the estuary</h1>{PROSE * 5}"
            f"<ul><li><a href='/news/otters.html'>{HEADLINES[0]}</a></li>{first}{more}</ul>{after}</article>"
            "</main></body></html>")


def _items() -> str:
    return "".join(f"<li><p><a href='/news/story-{n}.html'>{h}</a></p></li>" for n, h in enumerate(HEADLINES[1:]))


def test_the_first_record_of_a_run_at_the_article_s_end_is_a_card_too() -> None:
    page = split_html(_page("", _items()), url=URL)
    assert [t.title for t in page.teasers] == list(HEADLINES)
    assert "Otters" not in page.article.text


def test_a_record_with_story_text_after_it_stays_in_the_story() -> None:
    page = split_html(_page("", _items(), after=PROSE * 2), url=URL)
    assert "Otters" in page.article.text
