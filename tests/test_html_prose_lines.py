"""A box whose paragraphs are lines of prose, each closed by one ``<br>``, is a box of paragraphs
(``walk._prose_line``); a box of short lines stays one block. Made-up pages."""

from __future__ import annotations

from pagesplit import split_html
from pagesplit.frontend.html import blocks_from_html, parse

LINES = ("The ferry left the quay at seven on Monday, its first crossing since the storm that closed the harbour.",
         "Its crew said the new engine ran quieter than the old one had in years, and the passengers agreed.",
         "The harbour master expects the winter timetable to hold until the spring tides come in again.")


def _blocks(box: str) -> list[str]:
    html = f"<html><body><h1>The ferry runs again</h1><div>{box}</div></body></html>"
    return [b.text for b in split_html(html).blocks if b.text]


def test_lines_of_prose_are_paragraphs() -> None:
    assert set(LINES) <= set(_blocks("<br>".join(f"<span>{line}</span>" for line in LINES) + "<br>"))


def test_short_lines_stay_one_block() -> None:
    address = "<br>".join(("Harbour Office", "1 Quay Street", "Northport"))
    assert "Harbour Office\n1 Quay Street\nNorthport" in _blocks(address)


def test_a_long_line_that_ends_no_sentence_runs_on() -> None:
    lead = "A long line of a list of the harbour's boats, their names and their berths, set without a stop"
    blocks = _blocks(f"{lead}<br>{LINES[0]}")
    assert lead not in blocks


NOTICE = ("Orders over fifty pounds ship free of charge, and smaller orders pay a flat fee of four pounds.",
          "Parcels leave the depot on weekdays, and most of them reach the mainland within two working days.",
          "Customers on the islands, the ferry permitting, receive their parcels within four working days.",
          "Returns are free within thirty days, provided the goods come back unused, in their own packing.",
          "Bulky goods, such as furniture or garden tools, travel by freight, and the driver calls ahead.",
          "Orders placed after noon, on Fridays or before a holiday, leave on the next working day instead.")
STORY = ("The ferry left the quay at seven on Monday, its first crossing since the storm, with forty cars, "
         "two lorries and a school party on board, and it reached the island a little before nine.",
         "Its crew said the new engine, fitted over the winter, ran quieter than the old one had in years, "
         "and the passengers, most of them islanders, agreed that the crossing had never been smoother.",
         "The harbour master expects the winter timetable to hold until the spring tides, when a second boat, "
         "now in dry dock at the yard, is due to join the service on the longer southern route.")


def _content_scores(html: str) -> dict[str, float]:
    drafts, _ = blocks_from_html(parse(html))
    return {d.text: d.dom.content_score for d in drafts if d.dom is not None}


def test_lines_of_a_box_vote_as_one_paragraph() -> None:
    """A notice of six prose lines, each its own block, does not outvote a story of three paragraphs for the
    main content: the box's lines vote as the one paragraph a browser shows, not as six."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    notice = "".join(f"{line}<br>" for line in NOTICE)
    score = _content_scores(f"<html><body><div><div>{notice}</div></div><div>{story}</div></body></html>")
    assert min(score[p] for p in STORY) > max(score[line] for line in NOTICE)


def test_a_blank_line_ends_the_run_on() -> None:
    """Paragraphs ended by a blank line (``<br><br>``) each vote, as before: only lines closed by one ``<br>``
    run on into the next."""
    story = "".join(f"{p}<br><br>" for p in STORY)
    notice = "".join(f"<p>{line}</p>" for line in NOTICE[:5])
    score = _content_scores(f"<html><body><div>{notice}</div><div>{story}</div></body></html>")
    assert min(score[p] for p in STORY) > max(score[line] for line in NOTICE[:5])
