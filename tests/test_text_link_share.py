"""A dump that marks its links (markdown's "[text](url)") tells how much of a block is link text, as the DOM does in
HTML (``Draft.link_density``): a paragraph that is links alone is a card's or a widget's text, not the story's
prose, and a list of links is other pages' titles (``rules.block_scores``). Made-up dumps."""

from __future__ import annotations

import textwrap

import pytest

import pagesplit
from dredging import PARAGRAPHS
from pagesplit.draft import Draft
from pagesplit.frontend import markdown_links
from pagesplit.frontend.text import blocks_from_text
from pagesplit.members import Kinds
from pagesplit.model import Span
from pagesplit.rules import block_scores

#: Made-up stories of a neighbouring town, each a sentence long enough to read as prose.
_OTHER_STORIES = [
    "The ferry company says the winter timetable will bring two more crossings on weekdays and fewer at weekends",
    "Volunteers have cleaned the beach below the cliffs again and found more plastic than they did last spring",
    "A bakery on the quay has won the regional prize for its rye bread for the third year in a row this autumn",
    "The lighthouse will be open to visitors on Sundays from next month, the heritage trust has announced today",
    "Anglers report the best mackerel season in a decade, and the harbour master asks them to keep the slip clear",
    "The town council has agreed to repair the old sea wall before the storms of the coming winter reach the bay",
    "Pupils of the harbour school have painted the fishermen's huts along the north pier in bright new colours",
    "The museum of the coast reopens after a year of building work with a new room on the herring fleet of old",
]


def _wrapped(text: str) -> list[str]:
    return [*textwrap.wrap(text, 78, break_long_words=False, break_on_hyphens=False), ""]


def _story(*after: str) -> str:
    """A markdown dump: a menu, the story's headline and its paragraphs (a link in the first), then ``after``."""
    lines = ["  * [Home](/)", "  * [News](/news/)", "  * [Ferries](/ferries/)", "  * [Contact](/contact/)", "",
             "# Dredging the harbour at last", ""]
    first = PARAGRAPHS[0].replace("inner basin", "[inner basin](/places/inner-basin)")
    for paragraph in (first, *PARAGRAPHS[1:]):
        lines += _wrapped(paragraph)
    return "\n".join([*lines, *after]) + "\n"


def _widget() -> list[str]:
    """A box of other stories set as one paragraph of links, one after the other, under a short line."""
    links = " ".join(f"[{story}.](/news/2024/story-{n}/)" for n, story in enumerate(_OTHER_STORIES))
    return ["Elsewhere", "", *_wrapped(links)]


def test_the_reading_counts_the_link_text_on_each_line() -> None:
    reading = markdown_links.read(["The [inner basin](/places/inner-basin) is dredged.", "[Ferry](/ferry)", "",
                                   "No link here."])
    assert reading.linked == [len("inner basin"), len("Ferry"), 0, 0]


def test_a_block_of_links_alone_has_all_its_text_linked_and_prose_little() -> None:
    drafts, _ = blocks_from_text(_story(*_widget()))
    widget = next(d for d in drafts if d.text.startswith(_OTHER_STORIES[0]))
    lead = next(d for d in drafts if "inner basin" in d.text)
    assert widget.link_share >= block_scores.WHOLE_LINK_SHARE  # but for the spaces between its links
    assert 0 < lead.link_share < 0.1
    assert widget.link_density == widget.link_share  # what the rules ask, in HTML from the DOM


def test_a_dump_without_link_syntax_has_no_link_share() -> None:
    plain = "\n\n".join(["Dredging the harbour at last", *PARAGRAPHS, *_OTHER_STORIES])
    drafts, _ = blocks_from_text(plain)
    assert all(d.link_share == 0.0 for d in drafts)


def test_paragraphs_of_links_alone_do_not_run_on_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    # a box of cards right under the story, each card one link round its headline and summary: without the link
    # syntax read, the cards read as the story's last paragraphs
    cards = [line for n, story in enumerate(_OTHER_STORIES) for line in _wrapped(f"[{story}.](/news/2024/{n}/)")]
    dump = _story(*cards, "[Privacy](/privacy)", "")
    page = pagesplit.split_text(dump)
    assert page.article is not None
    assert PARAGRAPHS[-1].split()[-1] in page.article.text
    assert not any(story in page.article.text for story in _OTHER_STORIES)
    monkeypatch.setattr(block_scores, "WHOLE_LINK_SHARE", 2.0)  # the rule off: the cards are taken as the story's
    page = pagesplit.split_text(dump)
    assert page.article is not None and _OTHER_STORIES[1] in page.article.text


def _draft(text: str, kind: object, share: float) -> Draft:
    d = Draft(0, text, kind, Span.lines(1, 1))  # type: ignore[arg-type]
    d.chars, d.words, d.ends_sentence, d.prose = len(text), len(text.split()), True, True
    d.stopword_ratio = 0.4
    d.link_share = share
    return d


def test_block_scores_weigh_a_dumps_link_text() -> None:
    sentence = _OTHER_STORIES[0] + "."
    assert block_scores.block_score(_draft(sentence, Kinds.PARAGRAPH, 0.0)) > 0
    assert block_scores.block_score(_draft(sentence, Kinds.PARAGRAPH, 1.0)) == 0.0  # links alone: no story's prose
    item = _draft("The photo gallery of the harbour", Kinds.LIST_ITEM, 0.0)
    item.prose = item.ends_sentence = False
    unlinked = block_scores.block_score(item)
    item.link_share = 0.75
    assert block_scores.block_score(item) == unlinked * 0.25  # a list of other pages' titles is no story's list
