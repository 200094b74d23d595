"""Runs of pictured headline records below a short story in a text dump (``rules/pictured_headlines``), on made-up
dumps: a section page's block of records (a label, a picture's caption, three headlines) and a carousel (each
picture's text printed twice, then its headline) earn the article run nothing."""

from __future__ import annotations

from typing import Any

import pagesplit
from footbridge import STORY
from pagesplit.draft import Draft
from pagesplit.features import is_prose
from pagesplit.members import Roles
from pagesplit.model import BlockKind, Span
from pagesplit.rules import pictured_headlines

HEAD = "Footbridge over the railway opens at last\n\nBy Jo Doe\n\nPublished Monday, 4 March 2024\n\n"
#: Made-up records: a section label, a picture's caption (no credit), three headlines.
SECTIONS = [
    ("WEATHER", "A woman walks her dog along the flooded river path beside the old mill on a grey morning in the "
     "valley after two days of heavy rain across the whole region and the hills above it.",
     ["River levels expected to fall by the end of the week", "Farmers count the cost of the wettest March",
      "Council opens two new shelters for families moved out"]),
    ("SPORT", "Players of the town's football club celebrate on the pitch after the final whistle of the cup game "
     "against their neighbours, watched by a crowd of more than four thousand people in the old ground.",
     ["Town side through to the county cup semi final", "Local runner sets a new record on the canal route",
      "Cricket club looks for volunteers before the season"]),
    ("BUSINESS", "A worker checks the new machines on the floor of the bakery's second factory on the edge of the "
     "town, which the owners say will double the number of loaves they send out every single night.",
     ["Bakery to hire sixty more staff for its new factory", "High street shops report a better winter than feared",
      "Market traders ask the council for longer opening hours"]),
    ("CULTURE", "Visitors look at paintings in the new wing of the town museum on its opening day, when the doors "
     "stayed open until late in the evening for the crowds who came from all over the county to see it.",
     ["Museum wing opens with a show of local painters", "Theatre company brings a new play to the old hall",
      "Library extends its hours for students during exams"]),
]


def _sections() -> str:
    return "\n\n".join(f"{name}\n\n{caption}\n\n" + "\n\n".join(f"   * {h}" for h in headlines)
                       for name, caption, headlines in SECTIONS)


def _article(below: str) -> str:
    page = pagesplit.split_text(f"Home\nNews\n\n{HEAD}{STORY}\nShare this story\n\n{below}\n\nContact\nImprint\n")
    assert page.article is not None
    return page.article.text


def test_a_block_of_labelled_records_does_not_outweigh_a_short_story() -> None:
    text = _article(_sections())
    assert "traders on the far side" in text
    assert SECTIONS[1][1] not in text


def test_a_carousel_of_pictures_printed_twice_does_not_outweigh_a_short_story() -> None:
    records = "\n\n".join(f"{caption}\n\n{caption}\n\n{headlines[0]}" for _, caption, headlines in SECTIONS)
    text = _article(records)
    assert "traders on the far side" in text
    assert SECTIONS[1][1] not in text


def test_a_story_whose_sections_each_end_in_a_short_list_stays_whole() -> None:
    # no label above the paragraphs, nothing said twice, no caption: the story's own lists
    body = "\n\n".join(f"{caption}\n\n" + "\n\n".join(f"   * {h}" for h in headlines)
                       for _, caption, headlines in SECTIONS)
    page = pagesplit.split_text(f"Home\nNews\n\n{HEAD}{body}\n\nContact\nImprint\n")
    assert page.article is not None
    assert SECTIONS[1][1] in page.article.text and SECTIONS[3][1] in page.article.text


def test_thresholds() -> None:
    assert (pictured_headlines.MIN_RECORDS, pictured_headlines.MIN_LIST_HEADLINES) == (3, 2)
    assert (pictured_headlines.MAX_BETWEEN, pictured_headlines.PICTURED_SHARE) == (2, 0.5)


# -- the test on made-up blocks: which records make a run -------------------------------------------------------

def _block(text: str, **features: Any) -> Draft:
    d = Draft(0, text, BlockKind.PARAGRAPH, Span.lines(1, 1))
    d.chars, d.words = len(text), len(text.split())
    for name, value in features.items():
        setattr(d, name, value)
    d.prose = is_prose(d)  # as ``features.compute`` stores it
    return d


def _prose(n: int, **features: Any) -> Draft:
    return _block(f"Paragraph number {n} tells of the town and its people at some length, as a picture's caption "
                  "or a story's paragraph would.", ends_sentence=True, **features)


def _headline(n: int) -> Draft:
    return _block(f"Headline number {n} of another story", is_headline_like=True)


def _label() -> Draft:
    return _block("SPORT", role=Roles.CHROME)


def _taken(blocks: list[Draft]) -> list[int]:
    for i, d in enumerate(blocks):
        d.index = i
    return pictured_headlines.pictured_headline_runs(blocks)


def test_captioned_records_make_a_run_with_no_label() -> None:
    blocks = [b for n in range(3) for b in (_prose(n, is_caption_like=True), _headline(n))]
    assert _taken(blocks) == list(range(6))


def test_a_story_with_one_paragraph_under_each_heading_makes_none() -> None:
    blocks = [b for n in range(4) for b in (_headline(n), _prose(n))]
    assert _taken(blocks) == []


def test_a_long_stretch_between_records_ends_the_run() -> None:
    def records(between: int) -> list[Draft]:
        return [b for n in range(3)
                for b in [*(_label() for _ in range(between)), _prose(n), _headline(n), _headline(n + 10)]]

    assert len(_taken(records(pictured_headlines.MAX_BETWEEN))) == 9
    assert _taken(records(pictured_headlines.MAX_BETWEEN + 1)) == []


def test_the_story_paragraph_above_the_first_record_stays() -> None:
    blocks = [_prose(9), _headline(9), _headline(10)]
    blocks += [b for n in range(3) for b in (_label(), _prose(n), _headline(n), _headline(n + 10))]
    assert 0 not in _taken(blocks) and 4 in _taken(blocks)
