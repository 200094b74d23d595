"""A card links a story, and a story's address names it (``links.names_story``): records whose headline links a short
address sharing no word with it (a newsletter sign-up, a contact form, a subscription offer) make no teaser cards,
on made-up pages without class names."""

from __future__ import annotations

from pagesplit import split_html
from pagesplit.rules.links import names_story

URL = "https://harbour-review.example/news/tides-and-taxes.html"
PROSE = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
         "the members agreed to keep them as they were until the spring.</p>")
STORIES = [("/news/ferry-crews-strike-over-winter-rota", "Ferry crews strike over the new winter rota"),
           ("/news/lighthouse-cottages-become-a-school", "Lighthouse cottages become a school for sailmakers"),
           ("/news/fish-market-moves-to-the-north-quay", "Fish market moves to the north quay in spring")]
SERVICES = [("/newsletters/", "Get the morning briefing in your inbox"),
            ("/contact-us", "Talk to our readers' desk today"),
            ("/subscribe", "Three months of every edition for one euro")]


def _teasers(links: list[tuple[str, str]]) -> list[str]:
    cards = "".join(f'<div><h3><a href="{href}">{title}</a></h3><p>A few words on what waits behind the link, '
                    f"for box {n}.</p></div>" for n, (href, title) in enumerate(links))
    html = (f"<html><body><div><div><h1>Tides, taxes and the harbour council</h1>{PROSE * 4}</div></div>"
            f"<div>{cards}</div></body></html>")
    return [t.title for t in split_html(html, url=URL).teasers]


def test_cards_linking_stories_by_their_words_are_teasers() -> None:
    assert len(_teasers(STORIES)) == 3


def test_cards_linking_short_addresses_that_name_no_word_of_theirs_are_no_teasers() -> None:
    assert _teasers(SERVICES) == []


def test_a_story_address_is_known_by_its_slug_its_id_or_its_query() -> None:
    assert names_story("https://example.org/recipes/fruehstueckskuchen", "Frühstückskuchen")  # accents written out
    assert names_story("https://example.org/watch?v=abcdef", "Our top tips")  # the query names the page
    assert names_story("https://example.org/2024/05/tips", "Our top tips for the harbour")  # an id
    assert names_story("https://example.org/news/tide-tables-for-the-winter/live/", "Live: the tides")  # a long slug
    assert names_story("https://example.org/harbour", "港の冬の潮")  # no Latin word to compare: passes
    assert not names_story("https://example.org/about_us", "Who writes this blog and why")
