"""Golden cases: ``fixtures/text/<behaviour>/input.txt`` split as ``expected.json`` says.

Every key of ``expected.json`` but ``label`` is optional; a key that is present is checked:

- ``title``, ``byline``, ``published``, ``attribution``: the article's fields, equal;
- ``paragraphs``: the article's paragraphs, equal and in order (headings and list items included);
- ``teasers``: same count, titles equal in order; ``caption``, ``credit``, ``section`` equal and the
  summary starting with ``summary_starts`` when given;
- ``chrome_contains``: each text is the whole text of a block with role CHROME;
- ``no_article``: no article, and a page note saying why.

Each case is its own test id; the partition invariant runs on every case as a separate test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import pagesplit
from conftest import check_article, check_teasers_and_chrome
from pagesplit import Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"
CASES = sorted(p for p in FIXTURES.iterdir() if (p / "input.txt").exists()) if FIXTURES.is_dir() else []
TEASER_FIELDS = ("caption", "credit", "section")


def _load(case: Path) -> tuple[str, dict[str, Any]]:
    text = (case / "input.txt").read_text(encoding="utf-8")
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert "label" in expected, f"{case.name}/expected.json has no label"
    return text, expected


def test_enough_cases() -> None:
    assert len(CASES) >= 18


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture(case: Path) -> None:
    text, expected = _load(case)
    page = pagesplit.split_text(text)

    check_article(page, expected)

    check_teasers_and_chrome(page, expected, TEASER_FIELDS)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_partition(case: Path, assert_partition: Callable[[Page, str], None]) -> None:
    text, _ = _load(case)
    assert_partition(pagesplit.split_text(text), text)
