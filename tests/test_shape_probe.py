"""benchmarks/shape_probe.py changes the shape of a page's markup, keeps its words and names, and does it the
same way on every run."""

from __future__ import annotations

import random
import re
from types import ModuleType

import lxml.html

from benchmark_modules import load_benchmark

PAGE = b"""<!DOCTYPE html><html><head><title>Harbour news</title></head>
<body><div class="top"><nav><a href="/">Home</a></nav></div>
<main><article><h1 class="headline">The ferry runs again</h1>
<div class="body"><p>The ferry ran again on Monday, after a week in the yard.</p>
<p>Its crew said the new engine was quiet.</p>Filed at the quay<p>More to follow.</p></div></article>
<div class="more"><div class="card"><a href="/a">Boats in the bay</a></div><div class="card"><a href="/b">Tide
tables</a></div><div class="card"><a href="/c">Pier repairs</a></div><div class="card"><a href="/d">Gulls</a></div>
<div class="card"><a href="/e">Night sailing</a></div></div>
<ul><li><a href="/f">Rope prices</a> <span>2 days ago</span></li><li>Plain item</li></ul></main>
<div class="foot"><div><p>About us</p></div></div></body></html>"""

WORD = re.compile(r"\w+")
#: Tags a browser lays out on lines of their own.
BREAKING = frozenset({"br", "div", "p", "h1", "ul", "li", "nav", "main", "article", "body"})


def _probe() -> ModuleType:
    return load_benchmark("shape_probe")


def _body(page: bytes) -> lxml.html.HtmlElement:
    body = lxml.html.document_fromstring(page).find("body")
    assert body is not None
    return body


def _shown_words(page: bytes) -> list[str]:
    """The body's words as laid out: a breaking tag keeps words apart, an inline tag does not."""
    pieces: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        breaks = element.tag in BREAKING
        pieces.extend((" " if breaks else "", element.text or ""))
        for child in element:
            walk(child)
        pieces.extend((" " if breaks else "", element.tail or ""))

    walk(_body(page))
    return WORD.findall("".join(pieces))


class Always(random.Random):
    """A generator whose every draw is 0: each transform changes every candidate it has."""

    def random(self) -> float:
        return 0.0


def _apply(probe: ModuleType, name: str, page: bytes = PAGE) -> lxml.html.HtmlElement:
    """The page's body after transform ``name`` with every candidate changed."""
    body = _body(page)
    probe.TRANSFORMS[name](body, Always(0))
    return body


def test_words_and_names_stay_as_they_were() -> None:
    probe = _probe()
    before = _shown_words(probe.rewrite(PAGE, ()))
    for name in probe.TRANSFORMS:
        assert _shown_words(probe.reshape(PAGE, (name,))) == before, name
    after = probe.reshape(PAGE)
    assert _shown_words(after) == before
    classes = {element.get("class") for element in _body(after).iter() if element.get("class")}
    assert {"headline", "body", "more", "card", "top"} <= classes


def test_the_probe_is_the_same_on_every_run() -> None:
    probe = _probe()
    assert probe.reshape(PAGE) == probe.reshape(PAGE)


def test_wrap_puts_a_div_around_blocks_and_into_list_items() -> None:
    body = _apply(_probe(), "wrap")
    headline = body.find(".//h1")
    assert headline is not None and headline.getparent().tag == "div"
    assert all(item[0].tag == "div" for item in body.iter("li"))
    assert body.find(".//p").getparent().tag == "div"


def test_unwrap_takes_single_child_divs_away_and_keeps_their_names() -> None:
    body = _apply(_probe(), "unwrap")
    nav = body.find(".//nav")
    assert nav is not None and nav.get("class") == "top" and nav.getparent() is body
    about = next(p for p in body.iter("p") if p.text == "About us")
    assert about.getparent() is body and about.get("class") == "foot"  # both wrappers went, their name stayed
    cards = body.findall(".//div[@class='card']")
    assert len(cards) == 5  # a card's link is inline: its wrapper stays


def test_rows_group_alike_records() -> None:
    body = _apply(_probe(), "rows")
    more = body.find(".//div[@class='more']")
    assert more is not None
    rows = [child for child in more if isinstance(child.tag, str)]
    assert all(row.tag == "div" and not row.get("class") for row in rows)
    assert [len(row) for row in rows] in ([2, 2, 1], [3, 2])
    assert all(card.getparent().getparent() is more for card in more.iter() if card.get("class") == "card")


def test_lines_turn_paragraphs_into_br_lines() -> None:
    body = _apply(_probe(), "lines")
    box = body.find(".//div[@class='body']")
    assert box is not None and box.find("p") is None
    # each paragraph a span and its br, and one br before "More": text ran on into it
    assert [child.tag for child in box] == ["span", "br", "span", "br", "br", "span", "br"]


def test_a_wrapper_that_says_how_it_shows_stays() -> None:
    body = _apply(_probe(), "unwrap", PAGE.replace(b'<div class="foot">', b'<div class="foot" hidden>'))
    assert body.find(".//div[@hidden]") is not None
