"""Records of a run whose headline is short take their title from the run's title slot
(``aligned_records.claim_aligned_records``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-review.example/opinion/tides-and-taxes"
PROSE = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
         "the members agreed to keep them as they were until the spring.</p>")
STORY = f"<main><article><h1>Tides, taxes and the harbour council</h1>{PROSE * 6}</article></main>"
HEADLINES = ("The ferry timetable changes again before the winter storms",
             "Why the lighthouse keepers want a new contract this year",
             "Fishermen count their losses after a quiet summer season",
             "A second pier for the north bay is back on the table")


def _record(title: str, date: str = "14 April 2021") -> str:
    slug = title.lower().replace(" ", "-")
    return (f'<article class="post"><div class="head"><h2><a href="/opinion/{slug}/">{title}</a></h2>'
            f'<p>{date}</p></div><div class="by"><h5><a href="/author/ann-lee/">Ann Lee</a></h5></div></article>')


def _teasers(records: str, box: str = "section") -> list[str]:
    html = (f"<html><body>{STORY}<{box} class='more'><h3>Read also</h3><div class='list'>{records}</div>"
            f"</{box}></body></html>")
    return [t.title for t in split_html(html, url=URL).teasers]


def test_a_record_with_a_two_word_headline_in_the_run_slot_is_a_card() -> None:
    records = "".join(_record(t) for t in HEADLINES[:2]) + _record("Pandemic continues") \
        + "".join(_record(t) for t in HEADLINES[2:])
    assert _teasers(records) == [*HEADLINES[:2], "Pandemic continues", *HEADLINES[2:]]


def test_the_short_headline_keeps_its_record_date_as_meta() -> None:
    records = "".join(_record(t) for t in HEADLINES[:2]) + _record("Pandemic continues", "2 March 2021")
    html = f"<html><body>{STORY}<section><div class='list'>{records}</div></section></body></html>"
    card = next(t for t in split_html(html, url=URL).teasers if t.title == "Pandemic continues")
    assert card.url == "https://harbour-review.example/opinion/pandemic-continues/"


def test_a_one_word_link_in_the_slot_is_no_headline() -> None:
    records = "".join(_record(t) for t in HEADLINES) + _record("Archive")
    assert _teasers(records) == list(HEADLINES)


def test_short_links_in_a_footer_stay_its_entries() -> None:
    entries = "".join(f'<li><h5><a href="/{n}/">{t}</a></h5></li>' for n, t in enumerate(
        ("Apply for the harbour pilot licence of 2021", "Media kit", "Get alerts on the latest tide tables",
         "Apply for the coastal awards of the year")))
    html = f"<html><body>{STORY}<footer><ul><li>Tools</li>{entries}</ul></footer></body></html>"
    assert "Media kit" not in [t.title for t in split_html(html, url=URL).teasers]


def test_one_titled_record_in_the_slot_does_not_make_a_slot() -> None:
    # a second list beside the run: each of its records has one card title in the same place of the first list
    records = "".join(_record(t) for t in HEADLINES[:2]) + "</div><div class='list'>" \
        + _record("Pandemic continues") + _record("Harbour news")
    assert _teasers(records) == list(HEADLINES[:2])
