"""A page-to-markdown converter's links read over the whole dump (``frontend.markdown_links``), on made-up dumps:
a card that is one link runs over lines and blank lines, a run of card links is one paragraph, a wrapped target
sits between a link's text and the text glued to it."""

from __future__ import annotations

import textwrap

from dredging import PARAGRAPHS
from pagesplit.frontend import markdown_links
from pagesplit.frontend.text import blocks_from_text
from pagesplit.members import Kinds

_HEADLINES = [
    "Ferry timetable changes again for the winter months",
    "A second pier for the north bay is approved by the council",
    "Lifeboat crew rescues two kayakers off the lighthouse",
    "Fish market moves to the quay after forty years in town",
]


def _dump(*middle: str) -> str:
    """A markdown dump: a menu, a heading, the story's paragraphs wrapped at 78 columns with a link in the first,
    then ``middle``."""
    lines = ["  * [Home](/)", "  * [News](/news/)", "  * [Ferries](/ferries/)", "  * [Contact](/contact/)", "",
             "# Dredging the harbour at last", ""]
    first = PARAGRAPHS[0].replace("inner basin", "[inner basin](/places/inner-basin)")
    for paragraph in (first, *PARAGRAPHS[1:3]):
        lines += [*textwrap.wrap(paragraph, 78, break_long_words=False, break_on_hyphens=False), ""]
    return "\n".join([*lines, *middle]) + "\n"


def _card_run() -> list[str]:
    """Four cards, each one link around a picture and a headline, printed as one paragraph of links and wrapped at
    78 columns as the tool wraps it: a long target goes to a line of its own, with the next card's opening bracket
    after it."""
    links = [f"[ ![](/img/{n}.jpg) {headline} ](https://harbour.example/news/2024/{'stories/' * 4}{n}/)"
             for n, headline in enumerate(_HEADLINES)]
    return [*textwrap.wrap(" ".join(links), 78, break_long_words=False, break_on_hyphens=False), ""]


def test_a_run_of_card_links_is_one_block_per_card() -> None:
    drafts, _ = blocks_from_text(_dump(*_card_run()))
    shown = [d.text for d in drafts if d.kind is not Kinds.HIDDEN]
    for headline in _HEADLINES:
        assert headline in shown  # without the card run, the four headlines are one block
    assert not any("](" in text or "[" in text for text in shown)


def test_a_menu_of_short_links_and_links_in_prose_are_not_broken() -> None:
    menu = ["[Ferry](/ferry) [Pier](/pier)", "[Lifeboat](/lifeboat) [Fish market](/fish)", ""]
    prose = ["The council met twice: [the first meeting of the year ran long](/one) and",
             "[the second meeting ran even longer than that](/two) in the end.", ""]
    lines = [*menu, *prose]
    assert not markdown_links.read(lines).breaks
    drafts, _ = blocks_from_text(_dump(*lines))
    texts = [d.text for d in drafts]
    assert "Ferry Pier" in texts
    assert ("The council met twice: the first meeting of the year ran long and the second meeting ran even longer "
            "than that in the end.") in texts


def test_a_card_link_over_blank_lines_shows_its_text_and_no_target() -> None:
    card = ["[ ![A dredger at work in the inner", "basin](https://img.harbour.example/dredger.jpg)", "",
            "The dredger starts on Monday", "", "Work will last three weeks, the harbour master says",
            "](https://harbour.example/news/2024/dredger-starts-on-monday)", ""]
    drafts, _ = blocks_from_text(_dump(*card))
    texts = [d.text for d in drafts if d.kind is not Kinds.HIDDEN]
    assert "The dredger starts on Monday" in texts
    assert "Work will last three weeks, the harbour master says" in texts  # was "… says ](https://…)"
    assert not any("basin" in text and "dredger" in text.lower() for text in texts)  # the picture's alt is not shown


def test_text_glued_to_a_wrapped_target_stays_glued() -> None:
    lines = ["The [tide](https://harbour.example/glossary/tide \"Tide in the", "glossary\")-table is new.", "",
             "The [sea wall](https://harbour.example/places/sea-", "wall), the old one.", ""]
    reading = markdown_links.read(lines)
    assert len(reading.shown) == len(lines)  # lines keep their numbers
    drafts, _ = blocks_from_text(_dump(*lines))
    texts = [d.text for d in drafts]
    assert "The tide-table is new." in texts  # not "The tide -table is new."
    assert "The sea wall, the old one." in texts


def test_a_line_with_nothing_hidden_keeps_its_spaces_and_an_empty_link_shows_nothing() -> None:
    lines = ["Tide        | Height", "", "  * [](/basket \"Basket\")", "  * [Ferry](/ferry)", ""]
    drafts, _ = blocks_from_text(_dump(*lines))
    by_line = {d.span.start_line: d for d in drafts}
    table, basket = (len(_dump().splitlines()) + k for k in (1, 3))
    assert by_line[table].text == "Tide        | Height"
    assert by_line[basket].kind is Kinds.HIDDEN


def test_a_picture_wrapped_inside_its_address_is_one_hidden_block() -> None:
    # the tool wraps a long address at its hyphens like a word: the picture's lines are one block a reader does not
    # see, not a line "![](https://img.harbour-" and an address fragment shown as text
    pictures = ["![](https://img.harbour-", "example.org/2024/dredger-at-work-in-the-inner-basin.jpg)", "",
                "[![](https://img.harbour-", "example.org/logo-", "white.png)](/)", "",
                "![A dredger at work in the inner basin on a grey", "morning](https://img.harbour.example/d.jpg)", ""]
    reading = markdown_links.read(pictures)
    assert reading.runs_on == {0, 3, 4, 7}
    drafts, _ = blocks_from_text(_dump(*pictures))
    added = drafts[len(blocks_from_text(_dump())[0]):]
    assert [d.kind is Kinds.HIDDEN for d in added] == [True, True, False]
    assert added[2].text == "A dredger at work in the inner basin on a grey morning"  # its alt text, as a browser
