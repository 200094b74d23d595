"""Lines that open no card in a text dump's zone of cards, on made-up pages."""

from __future__ import annotations

import pagesplit

TITLE = "Harbour reopens after a long refit"
STORY = [
    "After two years of work the harbour in the bay takes fishing boats and yachts again, and the quay has new "
    "lights and wider piers for the ferry's passengers.",
    "The refit cost almost twelve million and ran half a year late because winter storms broke part of the "
    "temporary sea wall, the council said on Monday.",
    "Mooring fees will stay at last year's level at least until the autumn, the harbour master told reporters.",
]
HEADLINES = ["New ferry sails to the island from Monday", "Fishermen ask for a longer fishing season"]


def _titles(lines: list[str]) -> list[str]:
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, *lines)))
    return [t.title for t in page.teasers]


def test_a_w3m_form_field_after_the_cards_is_no_card() -> None:
    lines = ["Related stories", HEADLINES[0], "12 March 2024", HEADLINES[1], "3 March 2024",
             "Please leave this field empty[                    ]"]
    assert _titles(lines) == HEADLINES


def test_a_lynx_form_field_before_its_name_is_no_card() -> None:
    lines = ["Related stories", HEADLINES[0], "12 March 2024", HEADLINES[1], "3 March 2024",
             "________________________________________ Your name ( required )"]
    assert _titles(lines) == HEADLINES


def test_a_lynx_rule_under_a_headline_is_no_form_field() -> None:
    # lynx prints <hr> as a line of underscores, which the block of the headline above it takes
    lines = ["Related stories", HEADLINES[0], "12 March 2024", HEADLINES[1] + " " + "_" * 60]
    assert _titles(lines) == [HEADLINES[0], HEADLINES[1] + " " + "_" * 60]


def test_a_menu_item_with_a_symbol_for_a_word_opens_no_card() -> None:
    lines = ["Latest Arts & Culture", "Arts Stories & Interviews", "Things to Do", "Movies", "Television",
             "Movie Times", "Find a Theater"]
    assert _titles(lines) == []


def test_a_pictures_keywords_over_each_card_open_none() -> None:
    lines = ["Latest videos",
             "new ferry island monday harbour boats timetable", HEADLINES[0],
             "fishermen season longer fishing ministry request", HEADLINES[1]]
    assert _titles(lines) == HEADLINES


def test_a_pictures_keywords_in_a_box_inside_the_story_are_a_cards_caption() -> None:
    lines = [STORY[0], "Related", HEADLINES[0], "fishermen season longer fishing ministry request", HEADLINES[1],
             STORY[1], STORY[2]]
    page = pagesplit.split_text("\n\n".join((TITLE, *lines)))
    assert [t.title for t in page.teasers] == HEADLINES
    assert page.teasers[1].caption == "fishermen season longer fishing ministry request"


def test_a_pictures_keywords_between_cards_end_the_card_above() -> None:
    # the keywords are no summary of the card above; a sub-label may stand before the next card as before the first
    lines = ["Latest videos", "Harbour", "Boats",
             HEADLINES[0], "12 March 2024",
             "fishermen season longer fishing ministry request", "Forum topics",
             HEADLINES[1], "3 March 2024"]
    assert _titles(lines) == HEADLINES


def test_a_results_tables_rows_of_marks_open_no_card() -> None:
    # a high jump's attempts, one row of marks per athlete under its rank: lines of four small "words" with no
    # capital, which only the keyword test inside opens_bare_card keeps from heading unlabelled cards
    marks = ["o o o xo o xxx", "o o o o xxx", "o o xo o xxx", "o xxo o o xxx", "- o o xo xxx", "o o o o xo xxx"]
    rows = [line for rank, row in enumerate(marks, 1) for line in (f"{rank}.", row)]
    assert _titles(["High jump, under 16", *rows, "About us"]) == []
