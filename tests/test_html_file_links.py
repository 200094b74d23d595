"""A card links a page, not a file: records whose headline links a PDF or a picture make no teaser cards
(``links.is_non_story_url``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-review.example/news/tides-and-taxes.html"
PROSE = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
         "the members agreed to keep them as they were until the spring.</p>")


def _teasers(suffix: str) -> list[str]:
    cards = "".join(
        f'<div class="card"><h3><a href="/files/harbour-report-{n}{suffix}">Harbour report number {n} on the '
        f"winter dredging works</a></h3><p>What the dredging of basin {n} cost and how long it took.</p></div>"
        for n in range(1, 5))
    html = (f"<html><body><main><article><h1>Tides, taxes and the harbour council</h1>{PROSE * 4}</article></main>"
            f"<aside>{cards}</aside></body></html>")
    return [t.title for t in split_html(html, url=URL).teasers]


def test_cards_linking_pages_are_teasers() -> None:
    assert len(_teasers(".html")) == 4


def test_cards_linking_documents_are_no_teasers() -> None:
    assert _teasers(".pdf") == []
