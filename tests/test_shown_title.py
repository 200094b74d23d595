"""HTML: the headline the page shows is its title when the metadata says nothing or says it otherwise."""

from __future__ import annotations

import pagesplit

_BODY = "".join(
    f"<p>The island ferry will keep its winter timetable until the spring, the harbour office said on Monday, "
    f"after the new boat was delayed at the yard for another month ({n}).</p>" for n in range(5))
#: Share buttons and a tag list between the headline and the story: more blocks than the title lookback.
_BETWEEN = "".join(f"<div><button>Share option {n}</button></div>" for n in range(16))


def _page(head: str, top: str, body: str = _BODY) -> pagesplit.Page:
    return pagesplit.split_html(f"<html><head>{head}</head><body><div class=\"top\">{top}</div>{_BETWEEN}"
                                f"<article>{body}</article></body></html>")


def test_far_h1_is_the_title_when_the_title_element_says_it_otherwise() -> None:
    page = _page("<title>Boat delay keeps the old schedule | Harbour Post</title>",
                 "<h1>Island ferry keeps its winter timetable</h1>")
    assert page.article is not None
    assert page.article.title == "Island ferry keeps its winter timetable"


def test_site_name_h1_sharing_no_word_with_the_story_is_no_title() -> None:
    page = _page("<title>Boat delay keeps the old schedule | Harbour Post</title>", "<h1>The Gull Point Daily</h1>",
                 "<h2>Island ferry keeps its winter timetable</h2>" + _BODY)
    assert page.article is not None
    assert page.article.title == "Island ferry keeps its winter timetable"


def test_title_element_saying_less_than_the_shown_headline_gives_way() -> None:
    page = _page("<title>Ferry keeps its winter timetable</title>",
                 "<h1>The island ferry keeps its winter timetable</h1>")
    assert page.article is not None
    assert page.article.title == "The island ferry keeps its winter timetable"


def test_of_two_h1s_in_the_declared_title_the_story_one_is_the_headline() -> None:
    page = pagesplit.split_html(
        '<html><head><meta property="og:title" content="Island ferry keeps its winter timetable - The Gull Point '
        'Daily"></head><body><div class="masthead"><h1>The Gull Point Daily</h1></div>'
        f"<article><h1>Island ferry keeps its winter timetable</h1>{_BODY}</article></body></html>")
    title = next(b for b in page.blocks if b.role is pagesplit.Role.TITLE)
    assert title.text == "Island ferry keeps its winter timetable"
