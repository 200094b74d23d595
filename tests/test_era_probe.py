"""benchmarks/era_probe.py writes a page the way 2000s pages were written, and keeps its words as they were."""

from __future__ import annotations

import re
from types import ModuleType

import lxml.html

from benchmark_modules import load_benchmark

PAGE = b"""<!DOCTYPE html><html><head><title>Harbour news</title></head>
<body><header class="top"><nav><a href="/">Home</a></nav></header>
<main><article><h1 class="headline">The ferry runs again</h1><span>By</span><a href="/jo"><h2>Jo Doe</h2></a>
<p>The ferry ran again on <strong>Monday</strong>, after a week in the yard.</p>
<p>Its crew said the <em>new</em> engine was quiet.</p>Filed at the quay<p>More to follow.</p>
<h3>Timetable</h3><p>Boats leave every hour.</p></article>
<aside class="related"><a href="/a">Another story</a></aside></main><footer>About us</footer></body></html>"""

WORD = re.compile(r"\w+")


def _probe() -> ModuleType:
    return load_benchmark("era_probe")


def _shown_words(page: bytes, breaking: frozenset[str]) -> list[str]:
    """The words of the body as a browser lays them out: a breaking tag or ``<br>`` keeps words apart, an inline
    tag does not (so a tag taken away without a break in its place would glue two words into one)."""
    body = lxml.html.document_fromstring(page).find("body")
    assert body is not None
    pieces: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        breaks = element.tag in breaking
        pieces.append(" " if breaks else "")
        pieces.append(element.text or "")
        for child in element:
            walk(child)
        pieces.append(" " if breaks else "")
        pieces.append(element.tail or "")

    walk(body)
    return WORD.findall("".join(pieces))


def test_paragraphs_headings_and_emphasis_are_written_the_older_way() -> None:
    aged = lxml.html.document_fromstring(_probe().age(PAGE))
    body = aged.find("body")
    assert body is not None
    tags = {element.tag for element in body.iter() if isinstance(element.tag, str)}
    assert tags.isdisjoint({"p", "h1", "h2", "h3", "strong", "em", "header", "main", "article", "aside", "nav"})
    assert {"font", "b", "i", "br"} <= tags
    headline = body.find(".//font[@size='6']/b")
    assert headline is not None and headline.text == "The ferry runs again"
    assert not any(element.get("class") for element in body.iter() if isinstance(element.tag, str))


def test_words_stay_as_they_were() -> None:
    probe = _probe()
    before = _shown_words(probe.rewrite(PAGE, ()), probe.BREAKING_TAGS)
    for tables in (False, True):
        after = _shown_words(probe.age(PAGE, tables), probe.BREAKING_TAGS)
        assert after == before  # "By" stays apart from "Jo", "quay" from "More"
    assert {"By", "Jo", "quay", "More"} <= set(after)


def test_tables_lay_out_the_sections() -> None:
    aged = lxml.html.document_fromstring(_probe().age(PAGE, tables=True))
    cells = aged.findall(".//table/tr/td")
    assert len(cells) == 6  # header, nav, main, article, aside, footer
    assert not aged.findall(".//table/td")
