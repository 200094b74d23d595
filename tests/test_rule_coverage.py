"""Every registered rule id is *exercised*: some fixture or unit input makes the pipeline apply it.

Each fixture (``fixtures/text``, ``fixtures/html``, ``fixtures/example``) and each unit input below is split
with ``explain=True``, and every rule id found in a block's reason or trail counts. A rule id that no input
reaches is a rule nobody can see working (or dead code): the test names it. The unit inputs are those of
the rule tests (``test_rules.py``, ``test_features.py``, ``test_html_*.py``), for the rules no fixture
reaches; each is also checked on its own to give the rule it is listed under.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

import pagesplit
import test_html_body_quality as body_quality
import test_html_frontend as frontend
import test_html_post_close as post_close
import test_records as records
import test_text_said_again as said_again
from pagesplit import Page
from pagesplit.rules.registry import RULES
from test_rules import TITLE
from test_rules import _page as story

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: Registered ids no finished page carries, each with the reason.
NOT_EXERCISED = {
    "none": "the verdict every block starts with; the partition check fails a block that keeps it",
}

_MENU = ["Harbour", "Ferries", "Tides", "Boats", "Market", "Chapel", "School", "Council"]
_SUMMARY = "A longer line of prose that tells what one of the stories is about, ending with a full stop."
_OTHER_SUMMARY = "Another line of prose about a second story, long enough to read as a sentence of its own."
#: Two lists of names, long enough for prose but with no stopwords: no running text for a dump's last resort.
_NAMES = " ".join(f"{first} {last}," for first in ("Anna", "Carl") for last in
                  ("Berg", "Dahl", "Falk", "Holm", "Lind", "Strand", "Wik")) + " Tove Ek."
_OTHER_NAMES = " ".join(f"{last} {first}," for first in ("Ida", "Nils") for last in
                        ("Ask", "Borg", "Ekman", "Frost", "Gran", "Hed", "Ring")) + " Ulf Ek."
_STORIES = body_quality.STORIES
_LINK_LIST = "".join(f"<li><a href='https://news.example.org/2031/04/story-{i}'>{t}</a></li>"
                     for i, t in enumerate(_STORIES))
_TAGS = ('<p>Keywords <a rel="tag" href="/tag/ferries">ferries</a>, <a rel="tag" href="/tag/harbour">harbour '
         'works</a>, <a rel="category tag" href="/tag/council">town council</a></p>')
_DATA_BLOB = (  # as in test_features.py
    '{"harbour":{"baseUrl":"\\/","tides":[1,2,3],"ferryMode":"summer","berths":{"north":4,"south":2}},'
    '"timetable":{"weekday":["06:10","07:40","09:15"],"weekend":["08:00","10:30"]},"alerts":[],"lang":"en","v":2}')

#: rule id -> a made-up input that reaches it, for the rules no fixture reaches.
UNIT_INPUTS: dict[str, Callable[[], Page]] = {
    "chrome.symbols": lambda: pagesplit.split_text(story(after=["= = = = ="]), explain=True),
    "chrome.glued-list": lambda: pagesplit.split_text(story(after=[
        "Our StoryThe TeamContact UsCareersPress RoomHelp CentreGift CardsStore LocatorSite map"]), explain=True),
    "chrome.data-blob": lambda: pagesplit.split_text(story(after=[_DATA_BLOB]), explain=True),
    "chrome.copy": lambda: said_again._page([*said_again.PARAGRAPHS, " ".join(said_again.PARAGRAPHS)]),
    "chrome.comment-prompt": lambda: pagesplit.split_html(post_close.post_html(
        f"{post_close.P1}<br><br>{post_close.P2}<br><br>{post_close.CALL_TO_COMMENT}"), explain=True),
    "chrome.meta-line": lambda: pagesplit.split_text(story(middle=["2 hours ago"]), explain=True),
    "chrome.own-story": lambda: pagesplit.split_text(story(after=[
        "Most read", "Lighthouse keepers' cottages become a sailmaking school", TITLE,
        "Night trains return to the northern coast after a decade"]), explain=True),
    "chrome.label-words": lambda: pagesplit.split_text(story(after=[
        "Jo Doe's Most Recent Stories", "Lighthouse keepers' cottages become a sailmaking school",
        "Night trains return to the northern coast after a decade", "Fishermen ask for a longer fishing season",
        "School choir wins the regional contest"]), explain=True),
    "chrome.contact-line": lambda: pagesplit.split_text(story(after=[
        "Press contacts", "Harbour office of the town: press@harbour-town.example, Tel. 030 / 1234 567",
        "Ferry company of the coast: media@coast-ferries.example, Tel. 040 / 7654 321",
        "Lifeboat station on the point: contact@point-lifeboat.example, Tel. 089 / 2468 135",
        "Tide watch of the islands: info@island-tides.example, Tel. 0385 / 1357 246"]), explain=True),
    "article.whole-page": lambda: pagesplit.split_text("A short note\n\nThe office is closed on Monday.\n",
                                                       explain=True),
    "article.page-prose": lambda: pagesplit.split_text(
        "\n\n".join([*_MENU[:4], _SUMMARY, *_MENU[4:], _OTHER_SUMMARY, *_MENU[:4]]), explain=True),
    "other.no-article": lambda: pagesplit.split_text(
        "\n\n".join([*_MENU[:4], _NAMES, *_MENU[4:], _OTHER_NAMES, *_MENU[:4]]), explain=True),
    "teaser.headline-list": lambda: pagesplit.split_text("\n\n".join((
        records.TITLE, *records.STORY, "Share",
        "Transport", *records.HEADLINES[:2], "Housing", *records.HEADLINES[2:],
        "About us")), explain=True),
    "teaser.link-list": lambda: pagesplit.split_html(body_quality.page(
        f"<article><h1>Council sends the harbour plan back</h1>{body_quality.paragraphs(3)}"
        f"<h3>Reading on the harbour</h3><ul>{_LINK_LIST}</ul>{body_quality.paragraphs(3, 3)}</article>"),
        url=body_quality.URL, explain=True),
    "chrome.box-label": lambda: UNIT_INPUTS["teaser.link-list"](),
    "chrome.dom-tags": lambda: pagesplit.split_html(
        frontend.page(frontend.article().replace("</article>", _TAGS + "</article>")), explain=True),
    "chrome.form-control": lambda: pagesplit.split_html(frontend.page(frontend.article().replace(
        "</article>", "<div><select><option>White</option><option>Amber</option></select></div></article>")),
        explain=True),
}


def _rules_of(page: Page) -> set[str]:
    return {reason.rule for block in page.blocks for reason in (block.reason, *block.trail)}


def _fixture_pages() -> Iterator[Page]:
    for case in sorted((FIXTURES / "text").iterdir()):
        if (case / "input.txt").exists():
            yield pagesplit.split_text((case / "input.txt").read_text(encoding="utf-8"), explain=True)
    for case in sorted((FIXTURES / "html").iterdir()):
        if not (case / "expected.json").exists():
            continue
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        raw: str | bytes
        if (case / "input.bin").exists():
            raw = (case / "input.bin").read_bytes()
        else:
            raw = (case / "input.html").read_text(encoding="utf-8")
            if "nest" in expected:
                depth = expected["nest"]["depth"]
                raw = raw.replace("<!--NEST-->", "<div>" * depth).replace("<!--/NEST-->", "</div>" * depth)
        yield pagesplit.split_html(raw, url=expected.get("url"), explain=True)
    for path in sorted((FIXTURES / "example").iterdir()):
        yield pagesplit.split(path.read_bytes(), explain=True)


@cache
def _exercised_by_fixtures() -> frozenset[str]:
    return frozenset(rule for page in _fixture_pages() for rule in _rules_of(page))


@pytest.mark.parametrize("rule", sorted(UNIT_INPUTS))
def test_unit_input_exercises_its_rule(rule: str) -> None:
    assert rule in RULES
    assert rule in _rules_of(UNIT_INPUTS[rule]())


def test_every_registered_rule_is_exercised() -> None:
    exercised = set(_exercised_by_fixtures())
    for make in UNIT_INPUTS.values():
        exercised |= _rules_of(make())
    assert not exercised - RULES.keys(), f"unregistered rule ids: {sorted(exercised - RULES.keys())}"
    missing = [rule for rule in RULES if rule not in exercised and rule not in NOT_EXERCISED]
    assert not missing, f"registered rules that no fixture or unit input exercises: {missing}"
    assert not NOT_EXERCISED.keys() & exercised, "a rule listed as not exercised is exercised: drop it from the list"


def test_the_unit_inputs_are_needed() -> None:
    """A unit input is listed only for a rule the fixtures miss: once a fixture reaches it, drop the input."""
    assert not UNIT_INPUTS.keys() & _exercised_by_fixtures()

