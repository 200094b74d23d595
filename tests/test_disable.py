"""``split(..., disable=(rule, …))`` switches rules off for measurement (``benchmarks/ablation.py``): a disabled
rule's verdicts are not taken, each block keeps the verdict it had, and later stages run as if the rule never
fired. Unknown ids are the caller's mistake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pagesplit
from pagesplit import Page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXAMPLE = (FIXTURES / "example" / "page.txt").read_text(encoding="utf-8")
HTML_CASE = FIXTURES / "html" / "news-related-cards-base-href"


def _html(**kwargs: object) -> Page:
    expected = json.loads((HTML_CASE / "expected.json").read_text(encoding="utf-8"))
    return pagesplit.split_html((HTML_CASE / "input.html").read_text(encoding="utf-8"), url=expected.get("url"),
                                explain=True, **kwargs)  # type: ignore[arg-type]


def _rules_of(page: Page) -> set[str]:
    return {reason.rule for block in page.blocks for reason in (block.reason, *block.trail)}


def _decided(page: Page) -> list[tuple[str, str]]:
    return [(block.text, block.reason.rule) for block in page.blocks]


PAGES = {"text": lambda **kw: pagesplit.split_text(EXAMPLE, explain=True, **kw), "html": _html}
CASES = sorted((kind, rule) for kind, make in PAGES.items() for rule in _rules_of(make()) if rule != "none")


@pytest.mark.parametrize(("kind", "rule"), CASES)
def test_a_disabled_rule_decides_nothing(kind: str, rule: str) -> None:
    before = PAGES[kind]()
    after = PAGES[kind](disable=(rule,))
    assert rule in _rules_of(before)
    assert rule not in _rules_of(after)  # neither a final verdict nor one a later stage overrode
    if rule in {reason for _, reason in _decided(before)}:
        assert _decided(after) != _decided(before)
    assert len(after.blocks) == len(before.blocks)  # every block still lands in one place


def test_nothing_disabled_is_the_normal_split() -> None:
    assert _decided(PAGES["text"](disable=())) == _decided(PAGES["text"]())
    assert _decided(PAGES["html"](disable=frozenset())) == _decided(PAGES["html"]())


def test_disable_passes_through_split() -> None:
    page = pagesplit.split(EXAMPLE, disable=frozenset({"chrome.lexicon"}))
    assert "chrome.lexicon" not in {block.reason.rule for block in page.blocks}


@pytest.mark.parametrize("entry", [pagesplit.split, pagesplit.split_text, pagesplit.split_html])
def test_an_unknown_rule_id_is_a_value_error(entry: object) -> None:
    with pytest.raises(ValueError, match=r"chrome\.no-such-rule"):
        entry("<p>x</p>", disable=("chrome.lexicon", "chrome.no-such-rule"))  # type: ignore[operator]


def test_disable_takes_a_tuple_or_frozenset() -> None:
    with pytest.raises(TypeError, match="disable"):
        pagesplit.split_text("A line\n", disable=["chrome.lexicon"])  # type: ignore[arg-type]
