"""A card links a story, not a job offer: records whose headline links a job ad ("/jobs/<title>") make no teaser
cards (``links.is_non_story_url``, ``_dom/listing_path_segments.txt``), on made-up pages with no class names."""

from __future__ import annotations

import pytest

from pagesplit import split_html

URL = "https://harbour-review.example/news/tides-and-taxes.html"
PROSE = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
         "the members agreed to keep them as they were until the spring.</p>")
TITLES = ("Harbour pilot for the night shift", "Crane operator for the container quay",
          "Accountant for the port authority", "Deckhand for the island ferry")


def _teasers(prefix: str) -> list[str]:
    cards = "".join(
        f'<div><h3><a href="{prefix}{n}-{title.lower().replace(" ", "-")}">{title}</a></h3>'
        f"<p>Harbour Works Ltd, Portsmouth, since the {n}th of May.</p></div>"
        for n, title in enumerate(TITLES, 1))
    html = (f"<html><body><div><div><h1>Tides, taxes and the harbour council</h1>{PROSE * 4}</div></div>"
            f"<div>{cards}</div></body></html>")
    return [t.title for t in split_html(html, url=URL).teasers]


def test_cards_linking_stories_are_teasers() -> None:
    assert len(_teasers("/news/2019/")) == 4


@pytest.mark.parametrize("prefix", ["/jobs/", "https://jobs.harbour-review.example/job/", "/stellenangebote/"])
def test_cards_linking_job_offers_are_no_teasers(prefix: str) -> None:
    assert _teasers(prefix) == []
