"""Dates as values: what pages print, read into ISO 8601 (``pagesplit.dates``).

The strings are made up in the shapes the dev corpus shows (meta tags, JSON-LD, date lines, bylines that
carry a date), in every language the lexicon has month names for.
"""

from __future__ import annotations

import datetime as dt

import pytest

import pagesplit
from pagesplit.dates import day_first_for, find_date, iso_to_datetime, to_iso
from pagesplit.lexicon import load

CASES = [
    # machine dates (meta, JSON-LD, <time datetime>)
    ("2021-03-04", "2021-03-04"),
    ("2021-03-04T08:15:00+01:00", "2021-03-04T08:15:00+01:00"),
    ("2021-03-04T08:15:00.000Z", "2021-03-04T08:15:00+00:00"),
    ("2021-3-4T23:57:00", "2021-03-04T23:57:00"),
    ("Thu, 04 Mar 2021 08:15:00 GMT", "2021-03-04T08:15:00+00:00"),
    ("Thu, 04 Mar 2021 08:15:00 +0100", "2021-03-04T08:15:00+01:00"),
    ("Thu Mar 04 2021 08:15:30 GMT+0000", "2021-03-04T08:15:30+00:00"),
    ("Thu Mar 4 08:15:30 CET 2021", "2021-03-04T08:15:30+01:00"),
    # English
    ("March 4, 2021", "2021-03-04"),
    ("Published Mar. 4, 2021, 7:05 PM EST", "2021-03-04T19:05-05:00"),
    ("4 MAR 2021", "2021-03-04"),
    ("March 4th 2021", "2021-03-04"),
    ("posted on March 4, 2021, at 11:29 a.m.", "2021-03-04T11:29"),
    ("Kim Lee · March 4, 2021 · Gadgets · 3 comments", "2021-03-04"),
    ("3/14/2021 7:11 AM PST by Staff", "2021-03-14T07:11-08:00"),
    ("Thursday 4 March 2021 by Sam Vale", "2021-03-04"),
    # German
    ("04.03.2021", "2021-03-04"),
    ("4. März 2021", "2021-03-04"),
    ("Donnerstag, 4. März 2021", "2021-03-04"),
    ("04.03.2021, 10.19 Uhr", "2021-03-04T10:19"),
    ("Veröffentlicht am 04.03.2021 um 08:11 Uhr", "2021-03-04T08:11"),
    ("4. Jänner 2021", "2021-01-04"),
    ("Januar 2021", "2021-01"),
    ("04.03.21 / 0 Kommentare", "2021-03-04"),
    # French
    ("jeudi 4 mars 2021", "2021-03-04"),
    ("Publié le 1er février 2021 à 08h15", "2021-02-01T08:15"),
    ("Mis à jour le 4 déc. 2021", "2021-12-04"),
    # Spanish
    ("4 de marzo de 2021", "2021-03-04"),
    ("Publicado: Jueves, 4 Marzo 2021 04:45", "2021-03-04T04:45"),
    ("17/02/2021", "2021-02-17"),
    # Italian
    ("4 marzo 2021", "2021-03-04"),
    ("giovedì 4 mar 2021, 12:30", "2021-03-04T12:30"),
    # Dutch
    ("4 maart 2021", "2021-03-04"),
    ("4 mrt 2021 14:02", "2021-03-04T14:02"),
    # Portuguese
    ("4 de março de 2021", "2021-03-04"),
    ("04 out 2021", "2021-10-04"),
    # Polish
    ("4 marca 2021", "2021-03-04"),
    ("4 października 2021, 09:00", "2021-10-04T09:00"),
    # Russian
    ("4 марта 2021, 13:43", "2021-03-04T13:43"),
    ("15 августа 2016", "2016-08-15"),
    # a month's name between slashes or hyphens
    ("4 / März / 2021", "2021-03-04"),
    ("04-Mar-2021", "2021-03-04"),
    # Japanese
    ("2021年3月4日", "2021-03-04"),
    ("2021年3月4日 9時30分", "2021-03-04T09:30"),
]


@pytest.mark.parametrize(("text", "iso"), CASES, ids=[text for text, _ in CASES])
def test_printed_dates_read_as_iso(text: str, iso: str) -> None:
    assert to_iso(text) == iso


def test_the_cases_cover_every_language_with_month_names() -> None:
    assert len(CASES) >= 30
    named = {lang for lang in load().languages if lang != "ja"}
    covered = {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru"}
    assert named <= covered


@pytest.mark.parametrize("text", [
    "Mo-Su 08:00-20:00",  # opening hours
    "Call 030 1234 5678",
    "Version 2.10.3",
    "31.02.2021",  # no such day
    "",
    "Chapter 12, 2021 words",
])
def test_no_date_is_no_date(text: str) -> None:
    assert to_iso(text) is None


def test_ambiguous_slashed_dates_follow_the_language() -> None:
    assert to_iso("03/04/2021", day_first=day_first_for("en-US")) == "2021-03-04"
    assert to_iso("03/04/2021", day_first=day_first_for("en-GB")) == "2021-04-03"
    assert to_iso("03/04/2021", day_first=day_first_for("de")) == "2021-04-03"
    assert to_iso("03.04.2021", day_first=day_first_for("en-US")) == "2021-04-03"  # dots are day first


def test_the_span_is_the_date() -> None:
    text = "By Kim Lee | March 4, 2021 | Gadgets"
    found = find_date(text)
    assert found is not None
    assert text[found.start:found.end] == "March 4, 2021"


NOW = dt.datetime(2024, 3, 31, 12, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(("text", "iso"), [
    ("2 hours ago", "2024-03-31T10:00+00:00"),
    ("Updated 15 minutes ago", "2024-03-31T11:45+00:00"),
    ("vor 3 Tagen", "2024-03-28"),
    ("il y a 2 heures", "2024-03-31T10:00+00:00"),
    ("hace 1 semana", "2024-03-24"),
    ("2 ore fa", "2024-03-31T10:00+00:00"),
    ("gisteren", "2024-03-30"),
    ("há 1 mês", "2024-02-29"),
    ("2 godziny temu", "2024-03-31T10:00+00:00"),
    ("3 часа назад", "2024-03-31T09:00+00:00"),
    ("3時間前", "2024-03-31T09:00+00:00"),
    ("Yesterday", "2024-03-30"),
])
def test_relative_dates_need_a_reference(text: str, iso: str) -> None:
    assert to_iso(text) is None
    assert to_iso(text, reference=NOW) == iso


def test_iso_to_datetime() -> None:
    assert iso_to_datetime("2021-03-04") == dt.datetime(2021, 3, 4)
    assert iso_to_datetime("2021-03") == dt.datetime(2021, 3, 1)
    aware = iso_to_datetime("2021-03-04T19:05-05:00")
    assert aware is not None and aware.utcoffset() == dt.timedelta(hours=-5)
    assert iso_to_datetime(None) is None


def test_article_published_is_iso_with_the_printed_text_kept() -> None:
    dump = ("A harbour town opens a floating garden on its old pier\n\nBy Kim Lee\n\n4. März 2021, 10:35 Uhr\n\n"
            + "The town has opened a garden on the pier where the ferry used to dock. " * 8)
    article = pagesplit.split_text(dump).article
    assert article is not None
    assert article.published == "2021-03-04T10:35"
    assert article.published_text == "4. März 2021, 10:35 Uhr"
    assert article.published_datetime == dt.datetime(2021, 3, 4, 10, 35)
    assert article.to_dict()["published_text"] == "4. März 2021, 10:35 Uhr"


def test_relative_date_line_with_reference_time() -> None:
    dump = ("A harbour town opens a floating garden on its old pier\n\nBy Kim Lee\n\n2 hours ago\n\n"
            + "The town has opened a garden on the pier where the ferry used to dock. " * 8)
    without = pagesplit.split_text(dump).article
    with_now = pagesplit.split_text(dump, reference_time=NOW).article
    assert without is not None and with_now is not None
    assert without.published is None
    assert with_now.published == "2024-03-31T10:00+00:00"
    assert with_now.published_text == "2 hours ago"


def test_html_meta_date_beats_the_date_line_and_a_caption_never_dates() -> None:
    html = ("<html><head><meta property='article:published_time' content='2021-03-04T08:15:00+01:00'></head>"
            "<body><article><h1>A harbour town opens a floating garden on its old pier</h1>"
            "<p class='date'>5 March 2021</p>"
            + "<p>The town has opened a garden on the pier where the ferry used to dock, with boxes.</p>" * 6
            + "</article></body></html>")
    article = pagesplit.split_html(html).article
    assert article is not None
    assert article.published == "2021-03-04T08:15:00+01:00"
    caption_only = ("<html><body><article><h1>A harbour town opens a floating garden on its old pier</h1>"
                    "<figure><img src='a.jpg'><figcaption>The pier on Aug. 31, 2019. (AP)</figcaption></figure>"
                    + "<p>The town has opened a garden on the pier where the ferry used to dock, with boxes.</p>" * 6
                    + "</article></body></html>")
    article = pagesplit.split_html(caption_only).article
    assert article is not None
    assert article.published is None
