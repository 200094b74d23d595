"""Shared test helpers: where the fixtures and the shared corpus live, and the partition invariant.

The partition invariant is the promise of ``Page.blocks``: every non-blank input line belongs to
exactly one block, blocks come in input order, every block carries a role and a registered rule
id, and the article and teaser views are exactly the blocks that carry their roles (each teaser with one
title block, every block it lists carrying its card). It runs on
every fixture, on every dev-corpus dump and on generated inputs (``test_partition.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pagesplit import Page, Role
from pagesplit.model import TeaserPart
from pagesplit.rules.registry import RULES

REPO = Path(__file__).resolve().parents[1]
TEXT_FIXTURES = REPO / "fixtures" / "text"
#: The shared folder (seeds, eval corpus) sits beside the repository, locally and in CI.
SHARED = Path(__file__).resolve().parents[2] / "shared"

#: Which rule family may decide which role: a right role for a wrong reason is a bug too.
RULE_FAMILY: dict[Role, tuple[str, ...]] = {
    Role.TITLE: ("article.title",),
    Role.BYLINE: ("article.byline",),
    Role.DATE: ("article.date",),
    Role.ATTRIBUTION: ("article.attribution",),
    Role.ARTICLE: ("article.body", "article.heading", "article.whole-page", "article.page-prose"),
    Role.CAPTION: ("article.caption",),
    Role.TEASER: ("teaser.",),
    Role.CHROME: ("chrome.",),
    Role.OTHER: ("other.",),
}


def roles_of(page: Page, text: str) -> str:
    """Where a text ended up, for failure messages."""
    found = [f"block {b.index}: {b.role.value} by {b.reason.rule}" for b in page.blocks if b.text == text]
    return "; ".join(found) or "no block has exactly this text"


ARTICLE_FIELDS = ("title", "byline", "published", "published_text", "attribution")


def check_article(page: Page, expected: dict[str, Any]) -> None:
    """The article keys shared by text and HTML cases: ``no_article``, the article fields and ``paragraphs``."""
    article = page.article
    if expected.get("no_article"):
        assert article is None, f"expected no article, got paragraphs {article.paragraphs if article else ()}"
        assert any(note.startswith("no-article") for note in page.notes), page.notes
    wants_article = [key for key in (*ARTICLE_FIELDS, "paragraphs", "paragraphs_contain") if key in expected]
    if wants_article:
        assert article is not None, f"no article found; notes: {page.notes}"
    for key in ARTICLE_FIELDS:
        if key in expected:
            assert article is not None
            assert getattr(article, key) == expected[key], f"{key}: {roles_of(page, expected[key])}"
    if "paragraphs" in expected:
        assert article is not None
        assert list(article.paragraphs) == expected["paragraphs"]


def check_teasers_and_chrome(page: Page, expected: dict[str, Any], teaser_fields: tuple[str, ...]) -> None:
    """The fixture keys shared by text and HTML cases: ``teasers`` (titles in order, then the given
    fields and ``summary_starts`` of each) and ``chrome_contains``."""
    if "teasers" in expected:
        want = expected["teasers"]
        assert [t.title for t in page.teasers] == [t["title"] for t in want]
        for got, wanted in zip(page.teasers, want, strict=True):
            for key in teaser_fields:
                if key in wanted:
                    assert getattr(got, key) == wanted[key], f"teaser {got.title!r}: {key}"
            if "summary_starts" in wanted:
                assert (got.summary or "").startswith(wanted["summary_starts"]), f"teaser {got.title!r}: summary"
    for chrome in expected.get("chrome_contains", []):
        assert any(b.text == chrome and b.role is Role.CHROME for b in page.blocks), \
            f"{chrome!r} is not a chrome block: {roles_of(page, chrome)}"


def structure_problems(page: Page) -> list[str]:
    """What every page must hold whatever its input: blocks indexed 0..n-1 in order, each with a role and
    a registered rule id of that role's family, and the article and teaser views made of exactly the
    blocks that carry their roles."""
    problems: list[str] = []
    blocks = page.blocks
    for position, block in enumerate(blocks):
        where = f"block {block.index} ({block.text[:40]!r})"
        if block.index != position:
            problems.append(f"{where}: index {block.index} at position {position}")
        if not isinstance(block.role, Role):
            problems.append(f"{where}: role {block.role!r} is not a Role")
        if block.reason.rule not in RULES or block.reason.rule == "none":
            problems.append(f"{where}: rule {block.reason.rule!r} is not a decided, registered rule id")
        elif isinstance(block.role, Role) and not block.reason.rule.startswith(RULE_FAMILY[block.role]):
            problems.append(f"{where}: role {block.role.value} decided by rule {block.reason.rule}")

    article_blocks = [b for b in blocks if b.role is Role.ARTICLE]
    if page.article is None:
        if article_blocks:
            problems.append(f"no article, yet {len(article_blocks)} blocks have role ARTICLE")
    else:
        if list(page.article.paragraphs) != [b.text for b in article_blocks]:
            problems.append("article paragraphs are not the ARTICLE blocks' texts in order")
        if list(page.article.block_indexes) != [b.index for b in article_blocks]:
            problems.append("article block_indexes are not the ARTICLE blocks in order")

    listed: set[int] = set()
    for number, teaser in enumerate(page.teasers):
        titles, pointed_wrong = 0, False
        for i in teaser.block_indexes:
            if not 0 <= i < len(blocks):
                problems.append(f"teaser {number} points at block {i}, out of range")
                pointed_wrong = True
                continue
            if blocks[i].role is not Role.TEASER or blocks[i].card != number:
                problems.append(f"teaser {number} points at block {i} with role {blocks[i].role.value}, "
                                f"card {blocks[i].card}")
                pointed_wrong = True
            titles += blocks[i].part is TeaserPart.TITLE
            listed.add(i)
        if titles != 1 and not pointed_wrong:  # two cards given one id merge into one teaser with two titles
            problems.append(f"teaser {number} has {titles} title blocks, not one")
    for block in blocks:
        if block.role is Role.TEASER and block.index not in listed:
            problems.append(f"block {block.index} ({block.text[:40]!r}) is TEASER but in no teaser")
    return problems


def partition_problems(page: Page, text: str) -> list[str]:
    """Every way ``page`` breaks the partition invariant for the text dump ``text`` (empty when it holds).

    Lines are numbered as ``str.splitlines`` numbers them (1-based), which is how the text front
    end reads a dump; a line is blank when ``line.strip()`` is empty.
    """
    problems = structure_problems(page)
    lines = text.splitlines()
    owner: dict[int, int] = {}
    previous_end = 0
    for block in page.blocks:
        where = f"block {block.index} ({block.text[:40]!r})"
        start, end = block.span.start_line, block.span.end_line
        if start is None or end is None or start > end or start < 1 or end > len(lines):
            problems.append(f"{where}: bad span {block.span.to_dict()} for {len(lines)} lines")
            continue
        if start <= previous_end:
            problems.append(f"{where}: span {start}-{end} overlaps or precedes the previous end {previous_end}")
        previous_end = max(previous_end, end)
        for number in range(start, end + 1):
            if number in owner:
                problems.append(f"line {number} is in block {owner[number]} and block {block.index}")
            owner[number] = block.index
        if not lines[start - 1].strip() or not lines[end - 1].strip():
            problems.append(f"{where}: span {start}-{end} starts or ends on a blank line")
    for number, line in enumerate(lines, start=1):
        if line.strip() and number not in owner:
            problems.append(f"line {number} ({line.strip()[:40]!r}) is in no block")
    return problems


@pytest.fixture(scope="session")
def assert_partition() -> Callable[[Page, str], None]:
    """``assert_partition(page, text)`` fails with every broken part of the invariant listed."""

    def check(page: Page, text: str) -> None:
        problems = partition_problems(page, text)
        assert not problems, "partition invariant broken:\n  " + "\n  ".join(problems[:20])

    return check
