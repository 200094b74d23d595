"""benchmarks/names_probe.py takes a page's own names out of its body and nothing else."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import lxml.html

from pagesplit import ingest

PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "names_probe.py"

PAGE = b"""<!DOCTYPE html><html><head><title>Harbour news</title>
<meta property="article:published_time" content="2026-03-02"></head>
<body class="story-page"><header id="top" role="banner"><nav class="menu"><a href="/">Home</a></nav></header>
<main><article itemscope itemtype="https://schema.org/NewsArticle" data-kind="story">
<h1 class="headline">The ferry runs again</h1><time datetime="2026-03-02">March 2</time>
<p aria-label="lede">The ferry ran again on Monday.</p>
<figure><img src="f.jpg" alt="ferry"><figcaption>A ferry.</figcaption></figure>
</article><aside class="related"><a href="/a">Another story</a></aside></main><footer>About us</footer></body></html>"""


def _probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("names_probe", PROBE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_body_loses_its_names_and_keeps_its_text() -> None:
    stripped = lxml.html.document_fromstring(_probe().strip_names(PAGE))
    body = stripped.find("body")
    assert body is not None
    tags = {element.tag for element in body.iter() if isinstance(element.tag, str)}
    assert tags == {"body", "div", "a", "h1", "span", "p", "img"}
    attributes = {name for element in body.iter() for name in element.attrib}
    assert attributes == {"href", "src", "alt", "datetime"}  # a date is no site vocabulary
    original = lxml.html.document_fromstring(PAGE).find("body")
    assert original is not None
    assert body.text_content() == original.text_content()


def test_head_is_kept() -> None:
    stripped = lxml.html.document_fromstring(_probe().strip_names(PAGE))
    assert stripped.findtext(".//title") == "Harbour news"
    assert stripped.find(".//meta[@property='article:published_time']") is not None


def test_text_reads_back_whatever_the_page_was_encoded_in() -> None:
    page = ('<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head>'
            '<body><p class="x">Cr\u00e8me br\u00fbl\u00e9e \u2013 \u20ac3</p></body></html>').encode("cp1252")
    text = ingest.decode(_probe().strip_names(page)).text
    assert "Cr\u00e8me br\u00fbl\u00e9e \u2013 \u20ac3" in text
    assert "windows-1252" not in text
    assert 'charset="utf-8"' in text
