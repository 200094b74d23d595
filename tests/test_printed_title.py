"""bs4 dumps print the page's <title> as their first line: it names the article when nothing above the body does."""

from __future__ import annotations

import pagesplit

_BODY = "\n".join(
    f"The island ferry will keep its winter timetable until the spring, the harbour office said on Monday, "
    f"after the new boat was delayed at the yard for another month ({n})." for n in range(5))


#: One-word menu items, more of them than the title search looks back over.
_MENU = "\n".join(("Home", "News", "Sport", "Weather", "Travel", "Culture", "Science", "Opinion", "Video",
                    "Podcasts", "Letters", "Puzzles", "Obituaries", "Markets"))


def _dump(first: str, top: str = "") -> str:
    return f"{first}\n{top}{_MENU}\n{_BODY}\n"


def test_first_line_minus_the_site_name_is_the_title() -> None:
    page = pagesplit.split_text(_dump("Island ferry keeps its winter timetable | Gull Point Daily"))
    assert page.article is not None
    assert page.article.title == "Island ferry keeps its winter timetable"


def test_the_line_saying_the_printed_title_gives_its_own_wording() -> None:
    page = pagesplit.split_text(_dump("Island ferry keeps its winter timetable | Gull Point Daily",
                                      "Latest\nIsland Ferry Keeps Its Winter Timetable\n"))
    assert page.article is not None
    assert page.article.title == "Island Ferry Keeps Its Winter Timetable"


def test_a_first_line_that_reads_as_no_headline_names_nothing() -> None:
    page = pagesplit.split_text(_dump("Skip to content"))
    assert page.article is not None
    assert page.article.title is None
