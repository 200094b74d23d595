"""HTML: the story ends above a heading that opens a run of repeated records (``html_tail_pointers.above_record_run``),
on made-up pages marked up with plain ``div`` elements and no class names (an older era's markup).

Quotes each with the same share line, or a list of headlines linking the site's other pages, under a heading
after the story's last long paragraph are the site's records, not the story; a list of the story's own (led in by
a line ending with a colon, or followed by another section of the story), or a list of references linking other
sites, stays.
"""

from __future__ import annotations

import pagesplit
from footbridge import P1, P2, P3

URL = "https://news.example.org/2024/05/footbridge-opens"
BIO = ("Jo Doe writes about the town's roads, railways and bridges for Example News, and has covered the council's "
       "transport committee since it first met in its new hall by the market square.")
QUOTES = (
    "A bridge is only as good as the paths that lead to it, and the paths on both sides still need some work.",
    "We crossed the tracks for forty years by the old gate, and nobody will miss the wait in the rain at all.",
    "The beams came late, but the builders worked through the nights to open the bridge before the summer.",
    "Ask anyone on the far side and they will tell you the shops there had a hard spring without the crossing.",
)
HEADLINES = (
    ("/2024/05/station-car-park", "Station car park to close for two weeks of repairs"),
    ("/2024/05/bus-lane", "New bus lane on the ring road starts on Friday"),
    ("/2024/04/cycle-path", "Cycle path along the canal reopens after the floods"),
    ("/2024/04/market-square", "Market square works run into the summer again"),
)


def _article_text(after_story: str) -> str:
    html = ("<html><body><div><a href='/'>Home</a> <a href='/news'>News</a></div><div><div>"
            f"<h1>Footbridge over the railway opens at last</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>{after_story}</div>"
            "</div><div><a href='/contact'>Contact</a> <a href='/imprint'>Imprint</a></div></body></html>")
    page = pagesplit.split_html(html, url=URL)
    assert page.article is not None
    return page.article.text


def _quote_boxes(quotes: tuple[str, ...] = QUOTES, deep: int = 0) -> str:
    """A box per quote, its share line above it; ``deep``: wrappers between the box and its lines."""
    share = ("<div><a href='https://share.example.com/wa'>WhatsApp</a> <a href='https://share.example.com/fb'>Facebook"
             "</a> Download</div>")
    return "".join(f"<div>{'<div>' * deep}{share}<p>{quote}</p>{'</div>' * deep}</div>" for quote in quotes)


def _headline_list(links: tuple[tuple[str, str], ...] = HEADLINES) -> str:
    return "<ul>" + "".join(f"<li><a href='{href}'>{title}</a> and more</li>" for href, title in links) + "</ul>"


def test_quotes_with_the_same_share_line_under_a_heading_after_the_story_are_not_the_story() -> None:
    text = _article_text(f"<div><h3>Words to carry with you</h3>{_quote_boxes()}</div>")
    assert P3 in text and "Words to carry" not in text and "forty years" not in text


def test_headlines_linking_the_site_under_a_line_after_the_story_are_not_the_story_nor_what_follows() -> None:
    text = _article_text(f"<div><div>Further reading from our desk</div>{_headline_list()}</div><div><p>{BIO}</p>"
                         "<p>Contributor</p></div>")
    assert P3 in text and "Further reading" not in text and "bus lane" not in text and "transport committee" \
        not in text


def test_what_follows_a_list_led_in_by_a_colon_stays() -> None:
    text = _article_text(f"<div><div>The other works the council plans this year:</div>{_headline_list()}</div>"
                         f"<div><p>{BIO}</p><p>Contributor</p></div>")
    assert "transport committee" in text


def test_another_section_of_the_story_below_a_list_stays() -> None:
    section = f"<h2>What the traders say</h2><p>{BIO}</p>"
    text = _article_text(f"<div><h2>Other works in town</h2>{_headline_list()}{section}</div>")
    assert "transport committee" in text


def test_what_follows_a_list_linking_other_sites_stays() -> None:
    elsewhere = tuple((f"https://www.paper-{n}.example{n}.net{href}", title)
                      for n, (href, title) in enumerate(HEADLINES))
    text = _article_text(f"<div><h3>Sources</h3>{_headline_list(elsewhere)}</div><div><p>{BIO}</p>"
                         "<p>Contributor</p></div>")
    assert "transport committee" in text


def test_paragraphs_under_a_heading_after_the_story_stay() -> None:
    text = _article_text(f"<div><h3>The next bridge</h3>{''.join(f'<div><p>{q}</p></div>' for q in QUOTES)}</div>")
    assert "forty years" in text



def test_quotes_boxed_deeper_under_a_heading_after_the_story_are_not_the_story() -> None:
    text = _article_text(f"<div><h3>Words to carry with you</h3>{_quote_boxes(deep=2)}</div>")
    assert P3 in text and "Words to carry" not in text and "forty years" not in text


def test_two_quotes_with_the_same_share_line_stay() -> None:
    text = _article_text(f"<div><h3>Words to carry with you</h3>{_quote_boxes(QUOTES[:2], deep=1)}</div>")
    assert "Words to carry" in text and "forty years" in text
