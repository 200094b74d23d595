"""Text dumps: a block that says again, word for word, several earlier paragraphs of the story is a hidden copy
(``rules/said_again.py``), on made-up dumps."""

from __future__ import annotations

import pytest
import regex

import pagesplit
from pagesplit import Role
from pagesplit.draft import Draft
from pagesplit.members import Kinds
from pagesplit.model import Span
from pagesplit.rules.said_again import _Block

HEAD = "Home\nNews\nLocal\n\nFootbridge over the railway opens at last\nBy Jo Quill\nMay 6, 2024\n\n"
PARAGRAPHS = (
    "The new footbridge over the railway opened on Monday morning, two months late, after the last of the steel "
    "beams arrived from the works in the north.",
    "Commuters who used to walk round by the level crossing say the bridge saves them ten minutes each way.",
    "The council has asked for a second bridge at the far end of the station, and the rail company says it will "
    "look at the plans in the spring.",
)
TAIL = "\n\nShare this\nTwitter\nFacebook\nEmail\n\nMore from Local\nContact\nPrivacy\n"


def _page(body: list[str]) -> pagesplit.Page:
    return pagesplit.split_text(HEAD + "\n\n".join(body) + TAIL, explain=True)


def test_a_hidden_copy_of_the_story_is_said_once() -> None:
    copy = "Footbridge over the railway opens at last " + " ".join(PARAGRAPHS)
    page = _page([*PARAGRAPHS, copy])
    assert page.article is not None and page.article.paragraphs == PARAGRAPHS
    block = next(b for b in page.blocks if b.text == copy)
    assert (block.role, block.reason.rule) == (Role.CHROME, "chrome.copy")


def test_a_numbered_list_said_again_without_its_numbers_is_a_copy() -> None:
    items = [f"{n}. {text}" for n, text in enumerate(PARAGRAPHS[1:], start=1)]
    copy = " ".join((PARAGRAPHS[0], *PARAGRAPHS[1:]))
    page = _page([PARAGRAPHS[0], *items, copy])
    assert next(b for b in page.blocks if b.text == copy).reason.rule == "chrome.copy"


def test_one_paragraph_said_again_stays() -> None:
    page = _page([*PARAGRAPHS, PARAGRAPHS[1]])
    assert page.article is not None and page.article.paragraphs.count(PARAGRAPHS[1]) == 2


def test_a_paragraph_holding_a_pull_quote_printed_above_it_stays() -> None:
    quote = ("“We walked round by the crossing for years,” said one commuter.",
             "“Now we are home a good ten minutes sooner every day.”")
    paragraph = (f"{quote[0]} {quote[1]} She said the bridge had changed her mornings, and that her neighbours on "
                 "the far side of the line, who once drove to the station, now walk there in all weathers, rain or "
                 "shine, and meet on the bridge.")
    page = _page([PARAGRAPHS[0], *quote, PARAGRAPHS[1], paragraph, PARAGRAPHS[2]])
    assert page.article is not None and paragraph in page.article.paragraphs


def test_a_copy_punctuated_and_cased_its_own_way_is_a_copy() -> None:
    # the earlier blocks' first and last words (what is looked for before their words are compared) stand inside
    # quotes and after a dash in the copy, in other case
    copy = " — ".join(f"“{text.upper().rstrip('.')}”" for text in PARAGRAPHS)
    page = _page([*PARAGRAPHS, copy])
    assert next(b for b in page.blocks if b.text == copy).reason.rule == "chrome.copy"


_WORD = regex.compile(r"\w+")
_ENDS = regex.compile(r"(?s)^\W*+(\w+)(?:.*\b(\w+))?")


@pytest.mark.parametrize("text", [
    "the footbridge opened on monday.", "“the bridge,” she said, “saves ten minutes.”", "one", "...", "",
    "(the 2nd bridge) -- it's late!", "don't walk_round by the crossing", "1. the first item",
    "Die Brücke über die Straße — „endlich“ offen…", "ÉTÉ À L’ÉCOLE: ½ ² µm", "Мост открыт в понедельник.",
])
def test_a_blocks_ends_and_key_are_its_words(text: str) -> None:
    """A block's ends and key, read in C for ASCII and Western European text, are what the word patterns read in
    its case-folded text."""
    block = _Block(Draft(0, text, Kinds.PARAGRAPH, Span.lines(1, 1)))
    folded = text.casefold()
    ends = _ENDS.match(folded)
    assert (block.first, block.last) == (("", "") if ends is None else (ends.group(1), ends.group(2) or ends.group(1)))
    assert block.key() == f" {' '.join(_WORD.findall(folded))} "
    assert all(word in block.said for word in _WORD.findall(folded))
    assert block.least <= len("".join(_WORD.findall(folded))) <= block.most
