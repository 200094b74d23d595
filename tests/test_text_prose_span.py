"""A small dump whose only two paragraphs stand on both sides of a few short lines keeps both
(``rules/prose_span.whole_prose_span``), on made-up dumps."""

from __future__ import annotations

import pagesplit
from pagesplit.rules.block_scores import MAX_LIST_LINES

FIRST = ("The village hall reopened on Saturday after a year of repairs to its roof, and the choir that meets there "
         "every Thursday sang in the main room again for the first time since the storm took half the tiles away.")
SECOND = ("Volunteers raised most of the money with a summer fair and a sponsored walk along the canal, and the "
          "parish council paid the rest from its reserve, which it says it will rebuild over the next three years.")


def _article(between: list[str], second: str = SECOND) -> str:
    lines = "\n\n".join(between)
    page = pagesplit.split_text(f"Hall news\n\n{FIRST}\n\n{lines}\n\nRepairs\n\n{second}\n")
    assert page.article is not None
    return page.article.text


def test_both_paragraphs_of_a_page_split_by_a_list_of_repeated_links_stay() -> None:
    text = _article(["Pictures", *["link"] * 8])
    assert FIRST in text and SECOND in text
    assert "link" in text  # the list between them is the page's own


def test_picture_markers_between_them_are_no_lines_of_the_gap() -> None:
    # a text browser prints each picture as its marker: eleven markers and a label do not part the two paragraphs
    text = _article(["Pictures", *["[hall.jpg]"] * (MAX_LIST_LINES - 1)])
    assert FIRST in text and SECOND in text


def test_a_longer_stretch_of_short_lines_parts_them() -> None:
    text = _article([f"Room {i}" for i in range(MAX_LIST_LINES + 1)])
    assert SECOND not in text


def test_a_copyright_line_between_them_opens_the_footer() -> None:
    text = _article(["Contact the hall", "© 2024 Village Hall Trust"])
    assert SECOND not in text


def test_a_section_label_between_them_announces_other_stories() -> None:
    text = _article(["More For You", "Bus timetable changes"])
    assert SECOND not in text


def test_a_blurb_on_the_other_side_is_no_paragraph_of_the_story() -> None:
    # a paragraph of fewer than MIN_LONG_WORDS words: a blurb, too short to be running text of the story
    blurb = "Read about the history of the hall, its first summer fair and the choir's early years in our archive."
    text = _article(["Pictures", *["link"] * 8], blurb)
    assert blurb not in text


def test_a_run_holding_most_of_the_pages_prose_keeps_its_bounds() -> None:
    page = pagesplit.split_text(f"Hall news\n\n{FIRST}\n\n{FIRST.replace('Saturday', 'Sunday')}\n\n"
                                f"{FIRST.replace('Thursday', 'Friday')}\n\nPictures\n\n" + "photo\n\n" * 8
                                + f"Repairs\n\n{SECOND}\n")
    assert page.article is not None
    assert SECOND not in page.article.text


def test_a_line_said_again_outside_the_stretch_is_a_menus() -> None:
    # the page's menu lines come back between the paragraphs: the second paragraph is past the site's chrome
    page = pagesplit.split_text(f"Halls\nChoirs\nFairs\n\n{FIRST}\n\nHalls\nChoirs\nFairs\n\nRepairs\n\n{SECOND}\n")
    assert page.article is not None
    assert SECOND not in page.article.text


def test_a_date_or_a_clock_time_between_them_stamps_another_entry() -> None:
    assert SECOND not in _article(["Pictures", "Posted on 3 May 2024"])
    assert SECOND not in _article(["Pictures", "Updated 9:41 AM"])
