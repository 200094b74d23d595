"""The stage protocol: stages talk through typed state, never through rule-id or detail strings.

Rule ids are for people and ``--explain``; renaming one (a documented API change) must not change what
any stage does. So outside the registry and the code that renders reasons, no source line compares a
``Reason``'s rule or detail.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pagesplit.draft import UNDECIDED, Draft, Fact
from pagesplit.model import BlockKind, Role, Span
from pagesplit.rules.registry import RULES, VerdictKind

SRC = Path(__file__).resolve().parents[1] / "src" / "pagesplit"
#: Where reading a rule id or a detail is the job: the registry itself, and rendering a block for people.
ALLOWED = {"rules/registry.py", "model.py", "render.py"}
#: ``reason.rule == …``, ``… != reason.detail``, ``reason.rule in OVERRIDABLE``, ``rule.startswith("chrome.")``…
_COMPARES = re.compile(
    r"reason\.(?:rule|detail)\s*(?:==|!=|\bin\b|\bnot in\b|\.startswith|\.endswith)"
    r"|(?:==|!=)\s*\w+\.reason\.(?:rule|detail)"
    r"|\bin\s+\(?\s*\w+\.reason\.(?:rule|detail)"
)


def _comparisons(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if _COMPARES.search(line)]


def test_no_stage_compares_rule_ids_or_details() -> None:
    found = [f"{path.relative_to(SRC)}: {line}"
             for path in sorted(SRC.rglob("*.py")) if path.relative_to(SRC).as_posix() not in ALLOWED
             for line in _comparisons(path.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.parametrize("line", [
    'if d.reason.rule == "chrome.section-label":',
    'return d.reason.detail == "header"',
    "and d.reason.rule in OVERRIDABLE",
    'if "none" != d.reason.rule:',
    'if d.reason.rule.startswith("teaser."):',
])
def test_the_grep_sees_a_comparison(line: str) -> None:
    assert _comparisons(line) == [line]


def test_the_grep_leaves_reading_a_reason_alone() -> None:
    assert _comparisons('attribution = d.verdict.reason.detail or d.text\nrule=b.reason.rule,') == []


def _draft() -> Draft:
    return Draft(0, "More For You", BlockKind.LINE, Span.lines(1, 1))


def test_a_verdict_carries_its_rules_kind_and_overridability() -> None:
    d = _draft()
    assert (d.verdict is UNDECIDED, d.verdict.overridable) == (True, True)
    d.decide(Role.CHROME, "chrome.dom-landmark", "footer", Fact.CHROME_LANDMARK)
    assert (d.verdict.kind, d.verdict.overridable, d.verdict.fact) == (VerdictKind.GUESS, True, Fact.CHROME_LANDMARK)
    d.decide(Role.CHROME, "chrome.section-label", "More For You", Fact.SECTION_LABEL)
    assert (d.verdict.kind, d.verdict.overridable, d.verdict.fact) == (VerdictKind.PROOF, False, Fact.SECTION_LABEL)


def test_a_new_verdict_drops_the_fact_of_the_old_one() -> None:
    d = _draft()
    d.decide(Role.CHROME, "chrome.section-label", "More For You", Fact.SECTION_LABEL)
    d.decide(Role.TITLE, "article.title")
    assert d.verdict.fact is None


def test_an_unregistered_rule_id_cannot_be_decided() -> None:
    with pytest.raises(KeyError):
        _draft().decide(Role.CHROME, "chrome.no-such-rule")


def test_only_markup_guesses_and_fallbacks_are_overridable() -> None:
    overridable = {rule for rule, info in RULES.items() if info.overridable}
    assert overridable == {"chrome.dom-landmark", "chrome.dom-token", "chrome.link-list", "chrome.outside", "none"}
    assert all(RULES[rule].kind is not VerdictKind.PROOF for rule in overridable)
