"""A card drawn as one link, written the way pages before CSS were (``frontend/walk``, ``card_groups.
bold_card_link_headings``): its headline a ``<font size=4><b>`` line closed by a ``<br>`` inside the link, beside a
kicker or a date and a summary in the same link. The bold line is the card's headline, as an ``<h3>`` in the link
is on a modern page; made-up pages, no class names."""

from __future__ import annotations

from harbour_gazette import HEADLINES, PROSE, URL
from pagesplit import split_html

KICKERS = ("Fifty years on the rocks", "New timetable for the coast", "Prize for the corner bakery")
SUMMARY = "The town council says more news will follow on Friday"


def _page(cards: str) -> str:
    """A story of ``<br><br>`` paragraphs, then a column of ``cards``."""
    return ("<html><body><div><a href='/'>Harbour Gazette</a></div><div><font size=6><b>Harbour board votes to "
            f"rebuild the old ferry pier</b></font><br>{PROSE * 6}</div><div>{cards}</div></body></html>")


def _slug(title: str) -> str:
    return "/news/" + "-".join(title.lower().split()[:5])


def _kicker_cards(headline: str = "<font size=4><b>{title}</b></font><br>") -> str:
    """Cards of one link each: a picture, a kicker line, the headline, then the summary in a box of its own."""
    return "".join(
        f'<div><a href="{_slug(title)}"><div><img src="/img/{n}.jpg" alt="A picture"></div>'
        f"<div><div><div>{kicker}</div></div>{headline.format(title=title)}</div><div>{SUMMARY}</div></a></div>"
        for n, (kicker, title) in enumerate(zip(KICKERS, HEADLINES, strict=True)))


def test_a_bold_line_in_a_card_link_titles_the_card_over_its_kicker() -> None:
    page = split_html(_page(_kicker_cards()), url=URL)
    assert sorted(t.title for t in page.teasers) == sorted(HEADLINES)


def test_a_bold_kicker_beside_a_heading_in_the_link_does_not_title_the_card() -> None:
    # the link holds an <h3>: that is the headline, and the bold line above it a kicker
    cards = _kicker_cards("<h3>{title}</h3>").replace("<div><div><div>", "<div><div><div><b>").replace(
        "</div></div><h3>", "</b></div></div><h3>")
    page = split_html(_page(cards), url=URL)
    assert sorted(t.title for t in page.teasers) == sorted(HEADLINES)


def test_a_bold_line_over_its_summary_inside_the_link_is_a_block_of_its_own() -> None:
    # the headline and the summary are one run of text in the link: the break after the bold line parts them
    cards = "".join(
        f'<div><a href="{_slug(title)}"><img src="/img/{n}.jpg" alt="A picture">'
        f"<font size=4><b>{title}</b></font><br>{SUMMARY}.<br><br></a></div>"
        for n, title in enumerate(HEADLINES))
    page = split_html(_page(cards), url=URL)
    assert sorted(t.title for t in page.teasers) == sorted(HEADLINES)
    assert {b.kind.value for b in page.blocks if b.text in HEADLINES} == {"heading"}


def test_a_bold_link_closed_before_its_break_is_no_heading_over_the_line_below() -> None:
    # a directory's entries, a bold link over a line saying what is there: the link closes before the break, so
    # it holds all its link's text (a menu's, a list's entry), and the entry stays one block, no heading
    entries = "".join(f'<div><a href="/section/{n}"><b>{name} and more</b></a><br>Where to find them on the coast'
                      "</div>" for n, name in enumerate(("Ferries", "Lighthouses", "Bakeries")))
    page = split_html(_page(entries), url=URL)
    assert not [b for b in page.blocks if b.text.endswith("and more")]
    assert not [b for b in page.blocks if "and more" in b.text and b.kind.value == "heading"]


def test_a_link_left_open_around_a_part_of_the_page_is_no_card_link() -> None:
    # a link never closed wraps a bold line and the paragraphs under it: more text than a card holds
    page = split_html(_page(f'<a href="/news/story-0"><div><font size=4><b>{HEADLINES[0]}</b></font></div>'
                            f'{PROSE * 6}'), url=URL)
    assert {b.kind.value for b in page.blocks if b.text == HEADLINES[0]} == {"line"}
