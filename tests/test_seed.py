"""The user's own example must split exactly as its line-level ground truth says.

Ground truth: ``shared/seeds/000_5171573c3270694a.expected.json`` (1-based line numbers of the
seed dump). Blocks are mapped to lines through ``Block.span.start_line``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pagesplit
from pagesplit import Block, Page, Role

#: The shared folder sits beside the repository, locally and in CI.
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_5171573c3270694a"


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict[str, Any]]:
    text_path, expected_path = SEED.with_suffix(".txt"), SEED.with_suffix(".expected.json")
    if not text_path.exists() or not expected_path.exists():
        pytest.skip(f"shared seed not found under {SHARED}")
    return text_path.read_text(encoding="utf-8"), json.loads(expected_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(seed: tuple[str, dict[str, Any]]) -> Page:
    return pagesplit.split_text(seed[0])


def _by_line(page: Page) -> dict[int, Block]:
    return {b.span.start_line: b for b in page.blocks if b.span.start_line is not None}


def test_seed_partition(seed: tuple[str, dict[str, Any]], page: Page, assert_partition: Any) -> None:
    assert_partition(page, seed[0])


def test_seed_chrome_lines(seed: tuple[str, dict[str, Any]], page: Page) -> None:
    expected = seed[1]["chrome_lines"]
    blocks = _by_line(page)
    wrong = {n: (blocks[n].role.value, blocks[n].reason.rule) if n in blocks else "no block" for n in expected
             if n not in blocks or blocks[n].role is not Role.CHROME}
    assert not wrong
    chrome_lines = sorted(b.span.start_line for b in page.chrome if b.span.start_line is not None)
    assert chrome_lines == expected


def test_seed_title(seed: tuple[str, dict[str, Any]], page: Page) -> None:
    article = seed[1]["article"]
    block = _by_line(page)[article["title_line"]]
    assert (block.role, block.reason.rule) == (Role.TITLE, "article.title")
    assert page.article is not None
    assert page.article.title == article["title"]


def test_seed_paragraphs(seed: tuple[str, dict[str, Any]], page: Page) -> None:
    lines = seed[0].splitlines()
    expected_lines = seed[1]["article"]["paragraph_lines"]
    assert page.article is not None
    body = [b for b in page.blocks if b.role is Role.ARTICLE]
    assert [b.span.start_line for b in body] == expected_lines
    assert list(page.article.paragraphs) == [lines[n - 1].strip() for n in expected_lines]
    assert all(b.reason.rule == "article.body" for b in body)


def test_seed_attribution(seed: tuple[str, dict[str, Any]], page: Page) -> None:
    article = seed[1]["article"]
    block = _by_line(page)[article["attribution_line"]]
    assert (block.role, block.reason.rule) == (Role.ATTRIBUTION, "article.attribution")
    assert page.article is not None
    assert page.article.attribution == article["attribution"]


def test_seed_teaser_count(seed: tuple[str, dict[str, Any]], page: Page) -> None:
    assert [t.title for t in page.teasers] == [t["title"] for t in seed[1]["teasers"]]


@pytest.mark.parametrize("number", range(5))
def test_seed_teaser(seed: tuple[str, dict[str, Any]], page: Page, number: int) -> None:
    expected = seed[1]["teasers"][number]
    assert len(page.teasers) > number, f"only {len(page.teasers)} teasers"
    teaser = page.teasers[number]
    blocks = page.blocks
    assert teaser.title == expected["title"]
    assert [blocks[i].span.start_line for i in teaser.block_indexes] == expected["lines"]
    assert all(blocks[i].role is Role.TEASER and blocks[i].card == number for i in teaser.block_indexes)
    assert blocks[teaser.block_indexes[0]].reason.rule == "teaser.title"
    assert teaser.caption == expected["caption"]
    if "credit" in expected:
        assert teaser.credit == expected["credit"]
    assert teaser.summary is not None
    assert teaser.summary.startswith(expected["summary_starts"])
    assert teaser.section == expected["section"]


def test_seed_markdown_reads_right(seed: tuple[str, dict[str, Any]], page: Page) -> None:
    """The title as '#', every paragraph as a plain paragraph (the seed has no sub-headings, lists or tables),
    the attribution in italics, then the teasers as a list."""
    from pagesplit import render

    article = seed[1]["article"]
    lines = seed[0].splitlines()
    chunks = render.to_markdown(page).rstrip("\n").split("\n\n")
    assert chunks[0] == f"# {article['title']}"
    paragraphs = [lines[n - 1].strip() for n in article["paragraph_lines"]]
    assert chunks[1:1 + len(paragraphs)] == [render._md_paragraph(p) for p in paragraphs]
    assert not any(c.startswith(("#", "-", ">", "|", "*")) for c in chunks[1:1 + len(paragraphs)])
    assert chunks[1 + len(paragraphs)] == f"*({article['attribution']})*"
    assert chunks[2 + len(paragraphs)] == "## Teasers"
    assert chunks[3 + len(paragraphs)].splitlines() == [f"- {t['title']} ({t['section']})" for t in seed[1]["teasers"]]
