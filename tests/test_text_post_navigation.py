"""A text dump's post navigation names the stories before and after this one ("Previous post: <headline>"), on
made-up pages: a navigation label heads an inline teaser when a colon or a tab sets the headline after it."""

from __future__ import annotations

import pagesplit
from harbour import STORY, TITLE
from pagesplit import Page, Role


def _split(*after: str) -> Page:
    return pagesplit.split_text("\n\n".join(("Skip to content", TITLE, *STORY, *after)))


def _teasers(page: Page) -> list[str]:
    return [t.title or "" for t in page.teasers]


def test_post_navigation_names_the_neighbouring_stories() -> None:
    page = _split("Previous post: Ferry timetable changes again for the winter",
                  "Next post:A second pier is planned for the north bay")
    assert _teasers(page) == ["Ferry timetable changes again for the winter",
                              "A second pier is planned for the north bay"]
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY


def test_a_tab_sets_the_headline_apart_too() -> None:
    page = _split("Nächster Beitrag\tZweiter Steg für die Nordbucht geplant")
    assert _teasers(page) == ["Zweiter Steg für die Nordbucht geplant"]


def test_a_breadcrumb_trail_or_a_row_of_links_is_no_teaser() -> None:
    page = _split("Home » Harbour » Council keeps the mooring dues",
                  "Video | Podcasts | Weather | Harbour cams | Tides")
    assert _teasers(page) == []
    assert not any(b.role is Role.TEASER for b in page.blocks)


def test_a_search_field_after_a_navigation_label_is_no_teaser() -> None:
    page = _split("Search: ____________________ (BUTTON) Find it now")
    assert _teasers(page) == []


def test_arrows_set_the_neighbouring_headlines_apart() -> None:
    page = _split("← Ferry timetable changes again for the winter",
                  "A second pier is planned for the north bay →",
                  "Older posts →")
    assert _teasers(page) == ["Ferry timetable changes again for the winter",
                              "A second pier is planned for the north bay"]


def test_a_screen_readers_label_before_the_shown_one() -> None:
    page = _split("Previous Previous post: Ferry timetable changes again for the winter")
    assert _teasers(page) == ["Ferry timetable changes again for the winter"]


def test_a_post_navigation_label_on_a_line_of_its_own_heads_the_line_below() -> None:
    # bs4 prints the label and the headline it links to as two elements, on two lines
    page = _split("Post navigation", "Previous post:", "Ferry timetable changes again for the winter",
                  "Nächster Beitrag", "Zweiter Steg für die Nordbucht geplant")
    assert _teasers(page) == ["Ferry timetable changes again for the winter",
                              "Zweiter Steg für die Nordbucht geplant"]
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY


def test_a_pager_label_or_a_short_line_under_a_post_label_is_no_teaser() -> None:
    # "Next" names no one story (a pager's); "Next post" over two words or a lower-case line heads nothing
    page = _split("Next", "Ferry timetable changes again for the winter",
                  "Next post", "Older entries", "Previous post", "read the whole archive of the harbour office")
    assert _teasers(page) == []


def test_post_navigation_labels_are_navigation_labels() -> None:
    # the sub-list names labels the navigation list holds: a block of one is chrome as before
    from pagesplit import lexicon
    lex = lexicon.load()
    posts = {p.text for group in lex.exact.values() for p in group if p.category == "post_navigation"}
    assert posts and all(lexicon.first_of(lex.exact[p], ("navigation",)) for p in posts)
