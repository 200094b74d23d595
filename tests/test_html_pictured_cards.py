"""Runs of pictured records with short titles (``card_groups.pictured_groups``, ``walk_links._names_picture``) and
cards linking the page itself (``rules/own_story.py``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://bakery-journal.example/recipes/seaweed-bread"
PROSE = ("<p>The dough rests overnight in a cool room, and in the morning, once it has doubled, it is folded "
         "with the dried seaweed and baked in a hot oven for forty minutes.</p>")
STORY = f"<main><article><h1>Seaweed bread for a windy coast</h1>{PROSE * 6}</article></main>"
NAMES = ("Apple crumble", "Rye rolls", "Plum cake", "Oat biscuits", "Honey buns")


def _tile(name: str, href: str) -> str:
    return (f'<div class="tile"><a href="{href}"><picture><img src="{href}.jpg" alt=""></picture></a>'
            f'<a class="name" href="{href}">{name}</a></div>')


def _teasers(tiles: str, story: str = STORY) -> list[str]:
    html = f"<html><body>{story}<section><div class='grid'>{tiles}</div></section></body></html>"
    return [t.title for t in split_html(html, url=URL).teasers]


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def test_a_run_of_pictured_records_with_short_names_is_cards() -> None:
    tiles = "".join(_tile(name, f"/recipes/{_slug(name)}") for name in NAMES)
    assert _teasers(tiles) == list(NAMES)


def test_two_pictured_records_are_no_run() -> None:
    tiles = "".join(_tile(name, f"/recipes/{_slug(name)}") for name in NAMES[:2])
    assert _teasers(tiles) == []


def test_icons_linking_other_sites_are_no_cards() -> None:
    tiles = "".join(_tile(name, f"https://{_slug(name)}.example/bakery-journal") for name in NAMES)
    assert _teasers(tiles) == []


def test_short_names_without_pictures_are_a_menu() -> None:
    tiles = "".join(f'<div class="tile"><a href="/recipes/{_slug(name)}">{name}</a></div>' for name in NAMES)
    assert _teasers(tiles) == []


def test_a_card_linking_the_page_itself_is_no_teaser_whatever_its_title() -> None:
    own = '<div class="tile"><a href="/recipes/seaweed-bread/"><img src="s.jpg" alt=""></a>' \
          '<a href="/recipes/seaweed-bread/">Coastal baking</a></div>'
    tiles = "".join(_tile(name, f"/recipes/{_slug(name)}") for name in NAMES) + own
    assert _teasers(tiles) == list(NAMES)
