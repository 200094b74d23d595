"""Golden HTML cases: ``fixtures/html/<behaviour>/input.html`` (or ``input.bin``) split as ``expected.json`` says.

The keys are those of the text fixtures (``tests/test_text_fixtures.py``), every one but ``label``
optional, a present key checked:

- ``title``, ``byline``, ``published``, ``attribution``: the article's fields, equal;
- ``paragraphs``: the article's paragraphs, equal and in order; ``paragraphs_contain``: each text
  is one of the article's paragraphs (for long pages where listing all would say nothing more);
- ``teasers``: same count, titles equal in order; ``url``, ``caption``, ``credit``, ``section`` equal
  and the summary starting with ``summary_starts`` when given;
- ``chrome_contains``: each text is the whole text of a block with role CHROME;
- ``no_article``: no article, and a page note saying why;

plus the keys only HTML has:

- ``url``: passed as ``split_html(url=...)`` (teaser urls resolve against it, or against ``<base>``);
- ``site_name``, ``language``, ``canonical_url``, ``declared_title``: the ``Page`` fields, equal;
- ``charset``: ``input.bin`` is raw bytes in this encoding (declared by the page, not passed in);
- ``captions``: each text is the whole text of a block with role CAPTION;
- ``article_excludes``: no text of the article (paragraphs, title, byline) contains this;
- ``hidden_contains``: each text is inside a CHROME block decided by ``chrome.hidden``;
- ``table_in_article``: ``{"after": prefix, "contains": [cell, ...]}``: an ARTICLE block of kind TABLE
  holds every cell text and comes right after the paragraph starting with ``prefix`` (its own
  ``<caption>`` may come between);
- ``nest``: ``{"depth": N}`` replaces ``<!--NEST-->`` and ``<!--/NEST-->`` in the input by N nested
  ``<div>`` openings and closings (the deep-tree case is generated, not stored);
- ``known_failure``: the case runs as a strict xfail with this diagnosis as the reason, so a fix
  shows up loudly. Keep these a minority.

Each case is its own test id; the HTML partition invariant runs on every case as a separate test.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from lxml import etree

import pagesplit
from conftest import check_article, check_teasers_and_chrome, roles_of, structure_problems
from pagesplit import BlockKind, Page, Reason, Role

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
CASES = sorted(p for p in FIXTURES.iterdir()
               if (p / "input.html").exists() or (p / "input.bin").exists()) if FIXTURES.is_dir() else []
PAGE_FIELDS = ("site_name", "language", "canonical_url", "declared_title")
TEASER_FIELDS = ("url", "caption", "credit", "section")
#: The deep case splits in about 0.1 s; the bound only catches quadratic behaviour, not noise.
DEEP_SECONDS = 5.0


def _expected(case: Path) -> dict[str, Any]:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert "label" in expected, f"{case.name}/expected.json has no label"
    return expected


def _load(case: Path) -> tuple[str | bytes, dict[str, Any]]:
    """The page as ``split_html`` gets it (bytes for ``input.bin``) and the expectations."""
    expected = _expected(case)
    if (case / "input.bin").exists():
        assert "charset" in expected, f"{case.name}: input.bin needs a charset key"
        return (case / "input.bin").read_bytes(), expected
    html = (case / "input.html").read_text(encoding="utf-8")
    if "nest" in expected:
        depth = expected["nest"]["depth"]
        html = html.replace("<!--NEST-->", "<div>" * depth).replace("<!--/NEST-->", "</div>" * depth)
    return html, expected


def _split(case: Path) -> tuple[Page, str | bytes, dict[str, Any]]:
    raw, expected = _load(case)
    return pagesplit.split_html(raw, url=expected.get("url")), raw, expected


def _params() -> list[Any]:
    out = []
    for case in CASES:
        reason = _expected(case).get("known_failure")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out


def test_enough_cases() -> None:
    assert len(CASES) >= 16


@pytest.mark.parametrize("case", _params())
def test_fixture(case: Path) -> None:
    page, _, expected = _split(case)
    article = page.article

    check_article(page, expected)
    for text in expected.get("paragraphs_contain", []):
        assert article is not None
        assert text in article.paragraphs, f"not an article paragraph: {text[:60]!r}: {roles_of(page, text)}"
    for key in PAGE_FIELDS:
        if key in expected:
            assert getattr(page, key) == expected[key], key

    check_teasers_and_chrome(page, expected, TEASER_FIELDS)
    for caption in expected.get("captions", []):
        assert any(b.text == caption and b.role is Role.CAPTION for b in page.blocks), \
            f"{caption!r} is not a caption block: {roles_of(page, caption)}"
    for hidden in expected.get("hidden_contains", []):
        assert any(hidden in b.text and b.role is Role.CHROME and b.reason.rule == "chrome.hidden"
                   for b in page.blocks), f"{hidden!r} is not in a chrome.hidden block: {roles_of(page, hidden)}"
    if "table_in_article" in expected:
        _check_table(page, expected["table_in_article"])
    if expected.get("article_excludes"):
        assert article is not None
        shown = "\n".join([*article.paragraphs, article.title or "", article.byline or ""])
        for text in expected["article_excludes"]:
            assert text not in shown, f"{text!r} leaked into the article: {roles_of(page, text)}"


def _check_table(page: Page, want: dict[str, Any]) -> None:
    article = page.article
    assert article is not None
    tables = [b for b in page.blocks if b.kind is BlockKind.TABLE and all(c in b.text for c in want["contains"])]
    assert tables, "no TABLE block holds all the cells: " + roles_of(page, want["contains"][0])
    table = tables[0]
    assert table.role is Role.ARTICLE, f"the table is {table.role.value} by {table.reason.rule}"
    # the paragraph before the table, skipping the table's own <caption> (a block of kind CAPTION)
    before = [page.blocks[i] for i in article.block_indexes if i < table.index]
    before = [b for b in before if b.kind is not BlockKind.CAPTION]
    assert before, "the table comes first in the article"
    assert before[-1].text.startswith(want["after"]), f"the table follows {before[-1].text[:50]!r}"


# ---------------------------------------------------------------- the partition invariant, for HTML

def _body_text(raw: str | bytes, charset: str | None) -> str:
    """The text of ``<body>`` as lxml sees it (``text_content``), parsed without a depth limit."""
    text = raw.decode(charset) if isinstance(raw, bytes) else raw
    root = lxml.html.fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    body = root if root.tag == "body" else root.find(".//body")
    assert body is not None, "the page has no <body>"
    return str(body.text_content())


def _missing_words(page: Page, body_text: str) -> list[str]:
    """Words of the body that no block holds.

    Compared as multisets of whitespace-separated words; a body word missing from the block words
    still counts as found when the blocks' text with the whitespace removed holds it as often as the
    body does (``text_content`` glues the text of ``a<br>b`` or adjacent table cells into one word,
    the blocks keep them apart).
    """
    body_words = Counter(body_text.split())
    missing = body_words - Counter(word for b in page.blocks for word in b.text.split())
    glued = "".join("".join(b.text.split()) for b in page.blocks)
    return [word for word in missing.elements() if glued.count(word) < body_words[word]]


def html_partition_problems(page: Page, body_text: str) -> list[str]:
    """Every way ``page`` breaks the partition invariant for an HTML page (empty when it holds)."""
    problems = structure_problems(page)
    problems += [f"block {b.index} is blank" for b in page.blocks if not b.text.strip()]
    missing = _missing_words(page, body_text)
    if missing:
        problems.append(f"{len(missing)} words of <body> are in no block: {' '.join(missing[:15])!r}")
    return problems


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
def test_fixture_partition(case: Path) -> None:
    page, raw, expected = _split(case)
    problems = html_partition_problems(page, _body_text(raw, expected.get("charset")))
    assert not problems, "partition invariant broken:\n  " + "\n  ".join(problems[:20])


def test_deep_case_is_deeper_than_libxml2_default() -> None:
    """The generated deep case really is deeper than the 256 levels lxml keeps without ``huge_tree``,
    and pagesplit splits it within a time bound (no quadratic re-walks of the ancestors)."""
    deep = [c for c in CASES if "nest" in _expected(c)]
    assert deep, "no deep-nesting case"
    for case in deep:
        raw, _ = _load(case)
        assert isinstance(raw, str)
        root = lxml.html.fromstring(raw, parser=lxml.html.HTMLParser(huge_tree=True))
        depth = deepest = 0
        for event, _ in etree.iterwalk(root, events=("start", "end")):
            depth += 1 if event == "start" else -1
            deepest = max(deepest, depth)
        assert deepest > 256, f"{case.name}: only {deepest} levels"
        start = time.perf_counter()
        pagesplit.split_html(raw)
        assert time.perf_counter() - start < DEEP_SECONDS, f"{case.name}: over {DEEP_SECONDS} s"


def test_partition_check_catches_lost_text_and_wrong_rules() -> None:
    """The HTML partition check itself: a dropped block and a chrome rule on an article block are reported."""
    html = ("<html><body><nav><a href='/'>Home</a></nav><article><h1>Harbour wall repairs begin this week</h1>"
            + "<p>Work on the harbour wall starts on Monday and will take about six weeks to finish properly.</p>" * 4
            + "</article></body></html>")
    page = pagesplit.split_html(html)
    body = _body_text(html, None)
    assert html_partition_problems(page, body) == []
    dropped = dataclasses.replace(page, blocks=page.blocks[:-1])
    assert any("words of <body> are in no block" in p for p in html_partition_problems(dropped, body))
    last = page.blocks[-1]
    relabelled = dataclasses.replace(page, blocks=(*page.blocks[:-1],
                                                   dataclasses.replace(last, reason=Reason("chrome.lexicon"))))
    assert any("decided by rule chrome.lexicon" in p for p in html_partition_problems(relabelled, body))
