"""An ordered list of one-link items to the site's stories is a ranking of stories
(``ranked_lists.claim_ranked_lists``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://bakery-journal.example/recipes/seaweed-bread"
PROSE = ("<p>The dough rests overnight in a cool room, and in the morning, once it has doubled, it is folded "
         "with the dried seaweed and baked in a hot oven for forty minutes.</p>")
STORY = f"<main><article><h1>Seaweed bread for a windy coast</h1>{PROSE * 6}</article></main>"
NAMES = ("Apple crumble", "Rye rolls with caraway", "Plum cake", "Oat biscuits", "Honeybuns")


def _items(names: tuple[str, ...] = NAMES, prefix: str = "/recipes/") -> str:
    return "".join(f'<li><a href="{prefix}{n.lower().replace(" ", "-")}">{n}</a></li>' for n in names)


def _teasers(box: str) -> list[str]:
    html = f"<html><body>{STORY}{box}</body></html>"
    return [t.title for t in split_html(html, url=URL).teasers]


def test_an_ordered_list_of_story_links_is_a_ranking_of_cards() -> None:
    box = f"<div class='top'><h3>Top recipes</h3><ol>{_items()}</ol></div>"
    assert _teasers(box) == list(NAMES)


def test_an_unordered_list_of_short_links_is_a_menu() -> None:
    assert _teasers(f"<div class='top'><h3>Top recipes</h3><ul>{_items()}</ul></div>") == []


def test_an_ordered_list_in_the_footer_is_page_furniture() -> None:
    assert _teasers(f"<footer><ol>{_items()}</ol></footer>") == []


def test_two_ranked_links_are_no_ranking() -> None:
    assert _teasers(f"<div class='top'><ol>{_items(NAMES[:2])}</ol></div>") == []


def test_an_ordered_list_of_listing_pages_is_no_ranking() -> None:
    assert _teasers(f"<div class='top'><ol>{_items(prefix='/tag/')}</ol></div>") == []


def test_items_saying_more_than_their_link_are_no_ranking() -> None:
    items = "".join(f'<li><a href="/recipes/{n.lower().replace(" ", "-")}">{n}</a> – new</li>' for n in NAMES)
    assert _teasers(f"<div class='top'><ol>{items}</ol></div>") == []


def test_items_whose_content_some_templates_wrap_in_a_div_are_one_ranking() -> None:
    items = "".join(
        f'<li>{"<div class=item-inner>" if k % 2 else ""}<a href="/recipes/{n.lower().replace(" ", "-")}">{n}</a>'
        f'{"</div>" if k % 2 else ""}</li>' for k, n in enumerate(NAMES))
    assert _teasers(f"<div class='top'><h3>Top recipes</h3><ol>{items}</ol></div>") == list(NAMES)


def test_a_wrapper_beside_text_of_its_item_keeps_its_own_block() -> None:
    page = split_html(f"<html><body>{STORY}<ul><li>Note: <div>Ovens differ.</div></li></ul></body></html>", url=URL)
    assert [b.text for b in page.blocks if b.text in ("Note:", "Ovens differ.")] == ["Note:", "Ovens differ."]
