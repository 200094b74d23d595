"""A short line of the story right above teaser cards that end it labels the cards
(``dom_card_drops.drop_tail_card_labels``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-review.example/news/tides-and-taxes.html"
PROSE = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
         "the members agreed to keep them as they were until the spring.</p>")


def _cards() -> str:
    return "<ul>" + "".join(
        f'<li><a href="/news/story-{n}.html">Ferry number {n} gets a new engine before the winter</a>'
        f"<p>The yard in the north says the work on ferry {n} takes three weeks in all.</p></li>"
        for n in range(1, 5)) + "</ul>"


def _split(label: str, after: str = "") -> tuple[str, list[str]]:
    html = (f"<html><body><main><article><h1>Tides, taxes and the harbour council</h1>{PROSE * 4}{label}{_cards()}"
            f"{after}</article></main></body></html>")
    page = split_html(html, url=URL)
    return page.article.text, [t.title for t in page.teasers]


def test_a_short_line_above_cards_that_end_the_story_leaves_with_them() -> None:
    body, teasers = _split("<p>You might also enjoy…</p>")
    assert len(teasers) == 4
    assert "You might also enjoy" not in body and "harbour dues" in body


def test_a_line_introducing_a_list_with_a_colon_stays() -> None:
    body, _ = _split("<p>Read the council's notices on this:</p>")
    assert "Read the council's notices on this:" in body


def test_a_sub_heading_above_cards_inside_the_story_stays() -> None:
    after = "<h2>What happens next</h2>" + PROSE * 3
    body, _ = _split("<h2>The ferries</h2>", after)
    assert "The ferries" in body
