"""A list item's one wrapper, no text beside it, reads as the item (``walk.ITEM_WRAPPER_TAGS``), but where it is a
part of every record of the list (``Walker._a_slot``). Made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-times.example/news/ferry-returns"
PROSE = ("<p>The ferry left the quay at seven on Monday, its first crossing since the storm, and the crew said the "
         "new engine ran quieter than the old one had in years.</p>")
STORY = f"<main><article><h1>The ferry runs again after the storm</h1>{PROSE * 6}</article></main>"
HEADLINES = ("Lighthouse keepers return to the northern cape", "Fishing fleet sells its catch at the new market",
             "Harbour walls repaired before the winter tides", "Night sailing lessons start again in the bay")


def _kinds(items: str) -> set[str]:
    html = f"<html><body>{STORY}<div class='more'><h3>More news</h3><ul>{items}</ul></div></body></html>"
    return {b.kind.value for b in split_html(html, url=URL).blocks if b.text in HEADLINES}


def _link(headline: str) -> str:
    return f'<a href="/news/{headline.lower().replace(" ", "-")}">{headline}</a>'


def test_a_wrapper_some_items_have_reads_as_the_item() -> None:
    items = "".join(f"<li><div>{_link(h)}</div></li>" if k % 2 else f"<li>{_link(h)}</li>"
                    for k, h in enumerate(HEADLINES))
    assert _kinds(items) == {"list_item"}


def test_items_with_and_without_a_picture_beside_their_box_keep_one_shape() -> None:
    pictures = [f'<a href="/news/{k}"><img src="/p/{k}.jpg"></a> ' if k < 2 else "" for k in range(len(HEADLINES))]
    items = "".join(f"<li>{picture}<div>{_link(h)}</div></li>" for picture, h in zip(pictures, HEADLINES, strict=True))
    assert len(_kinds(items)) == 1  # the box around each headline is a part of every record
