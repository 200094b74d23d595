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


#: The parts of a card other than its headline.
CARD_PARTS = frozenset({"teaser.caption", "teaser.credit", "teaser.summary", "teaser.meta", "teaser.repeat"})


def test_a_disabled_headline_rule_claims_none_of_its_cards_lines() -> None:
    # The example's labelled cards are made by teaser.title; with it off, their captions, credits, repeats and
    # summaries must not stay claimed as the parts of cards that have no headline.
    before = PAGES["text"]()
    after = PAGES["text"](disable=("teaser.title",))
    assert CARD_PARTS & {rule for _, rule in _decided(before)}
    assert not CARD_PARTS & {rule for _, rule in _decided(after)}
    assert len(after.blocks) == len(before.blocks)


def test_a_disabled_inline_box_rule_claims_none_of_its_cards_lines() -> None:
    # A "Related" box inside a story: two headlines, each over its date line. With teaser.inline off, the date
    # lines must not stay claimed as the meta lines of cards that were never made.
    story = ["Harbour board weighs a wider quay", "By Jo Writer",
             "The harbour board met on Tuesday evening to weigh a plan that would widen the old quay and move the "
             "fish market inland, a change that traders have opposed for a decade.",
             "Members heard from engineers who said the quay walls were sound for another twenty years, though the "
             "cost of repairs would rise each winter the work was put off."]
    box = ["Related", "Ferry timetable changes for the winter season", "March 3, 2024",
           "New lighthouse keeper takes up her post on the point", "March 1, 2024"]
    resumed = ["A vote is expected next month, after a public meeting in the town hall where residents may put "
               "questions to the board and its engineers directly.",
               "Traders will hold a meeting of their own the week before, and their chair said she would ask the "
               "board to put the market's move to a separate vote."]
    text = "\n\n".join(story + box + resumed) + "\n"
    before = pagesplit.split_text(text, explain=True)
    after = pagesplit.split_text(text, explain=True, disable=("teaser.inline",))
    assert ("March 3, 2024", "teaser.meta") in _decided(before)
    assert "teaser.meta" not in {rule for _, rule in _decided(after)}
