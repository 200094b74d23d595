"""Records set in rows of a grid are one run of cards (``card_groups._grid_rows``), and so is a run with a record
set in a ``<div>`` more than its siblings (``card_groups._through_wrappers``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-times.example/news/ferry-returns"
PROSE = ("<p>The ferry left the quay at seven on Monday, its first crossing since the storm, and the crew said the "
         "new engine ran quieter than the old one had in years.</p>")
STORY = f"<main><article><h1>The ferry runs again after the storm</h1>{PROSE * 6}</article></main>"
HEADLINES = ("Lighthouse keepers return to the northern cape", "Fishing fleet sells its catch at the new market",
             "Harbour walls repaired before the winter tides", "Night sailing lessons start again in the bay",
             "Gull colony grows on the old breakwater")


def _record(headline: str) -> str:
    slug = headline.lower().replace(" ", "-")
    return f'<article><h4><a href="/news/{slug}">{headline}</a></h4></article>'


def _teasers(rows: list[tuple[str, ...]]) -> list[str]:
    """The titles of the cards the markup's records made (``teaser.dom-card``), in order."""
    grid = "".join("<div>" + "".join(_record(h) for h in row) + "</div>" for row in rows)
    html = f"<html><body>{STORY}<div class='more'><h3>More news</h3>{grid}</div></body></html>"
    return [b.text for b in split_html(html, url=URL).blocks
            if b.reason.rule == "teaser.dom-card" and b.part is not None and b.part.value == "title"]


def test_records_in_rows_of_two_are_one_run() -> None:
    rows = [HEADLINES[0:2], HEADLINES[2:4], HEADLINES[4:5]]
    assert _teasers(rows) == list(HEADLINES)


def test_records_in_rows_of_three_are_one_run() -> None:
    assert _teasers([HEADLINES[0:3], HEADLINES[3:5]]) == list(HEADLINES)


def test_a_last_row_of_one_record_is_of_the_run() -> None:
    assert _teasers([HEADLINES[0:3], HEADLINES[3:4]]) == list(HEADLINES[:4])


def test_boxes_of_one_record_each_are_still_cards() -> None:
    assert _teasers([(h,) for h in HEADLINES]) == list(HEADLINES)


def _wrapped_record(headline: str, wrappers: int) -> str:
    slug = headline.lower().replace(" ", "-")
    return "<div>" * wrappers + f'<article><h4><a href="/news/{slug}">{headline}</a></h4></article>' + \
        "</div>" * wrappers


def _wrapped_teasers(wrappers: list[int]) -> list[str]:
    """The titles of the cards the records made (``teaser.dom-card``), each record in as many wrappers as given."""
    records = "".join(_wrapped_record(h, n) for h, n in zip(HEADLINES, wrappers, strict=True))
    html = f"<html><body>{STORY}<aside><h3>More news</h3>{records}</aside></body></html>"
    return [b.text for b in split_html(html, url=URL).blocks
            if b.reason.rule == "teaser.dom-card" and b.part is not None and b.part.value == "title"]


def test_a_record_in_a_box_of_its_own_is_of_the_run() -> None:
    assert _wrapped_teasers([0, 0, 1, 0, 0]) == list(HEADLINES)


def test_a_record_two_boxes_deep_is_of_the_run() -> None:
    assert _wrapped_teasers([0, 0, 0, 2, 0]) == list(HEADLINES)


def test_quotations_of_one_link_each_are_no_wrappers() -> None:
    """A ``<blockquote>`` says what it holds: a run of posts embedded in a story, each a quotation around one
    linked paragraph, stays a run of its own beside the story's paragraphs (read as paragraphs, they would be
    three links among prose and no run)."""
    slugs = [h.lower().replace(" ", "-") for h in HEADLINES[:3]]
    quotes = "".join(f'<blockquote><p><a href="/news/{slug}">{h}</a></p></blockquote>'
                     for slug, h in zip(slugs, HEADLINES[:3], strict=True))
    html = (f"<html><body><main><article><h1>The ferry runs again after the storm</h1>{PROSE * 5}"
            f"<p><b>Read also</b></p>{quotes}</article></main></body></html>")
    titles = [b.text for b in split_html(html, url=URL).blocks
              if b.reason.rule == "teaser.dom-card" and b.part is not None and b.part.value == "title"]
    assert titles == list(HEADLINES[:3])
