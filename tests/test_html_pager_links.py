"""A pager's links with a headline's words name the stories before and after this one
(``pager_links.claim_pager_links``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-review.example/2021/tides-and-taxes/"
PROSE = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
         "the members agreed to keep them as they were until the spring.</p>")
STORY = f"<main><article><h1>Tides, taxes and the harbour council</h1>{PROSE * 6}</article></main>"


def _teasers(after_story: str) -> list[str]:
    html = f"<html><body>{STORY}{after_story}</body></html>"
    return [t.title for t in split_html(html, url=URL).teasers]


def test_a_post_navigation_links_the_neighbouring_stories() -> None:
    nav = ('<nav class="navigation post-navigation"><div class="nav-links">'
           '<div class="nav-previous"><a href="/2021/ferry-timetable/">Previous post: The ferry timetable changes '
           'again</a></div><div class="nav-next"><a href="/2021/second-pier/">A second pier for the north bay'
           '</a></div></div></nav>')
    assert _teasers(nav) == ["Previous post: The ferry timetable changes again",
                             "A second pier for the north bay"]


def test_a_pager_of_plain_headlines_is_cards() -> None:
    pager = ('<section class="pagination"><div class="pager left"><a href="/work/best-of-2020/">Best of 2020.</a>'
             '</div><div class="pager right"><a href="/work/against-empty-shops/">Against empty shops.</a></div>'
             '</section>')
    assert _teasers(pager) == ["Best of 2020.", "Against empty shops."]


def test_a_listing_pager_shows_labels_and_numbers() -> None:
    pager = ('<ul class="pagination"><li><a href="/2021/ferry-timetable/">← Previous story</a></li>'
             '<li><a href="/page/2/">2</a></li><li><a href="/page/3/">Next page</a></li>'
             '<li><a href="/2021/second-pier/">Newer story →</a></li></ul>')
    assert _teasers(pager) == []


def test_a_pager_link_to_another_site_is_no_card() -> None:
    menu = ('<header><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>'
            '<li><a href="/about/">About</a></li></ul></header>')
    pager = ('<div class="nav-next"><a href="https://partner.example.net/2021/boats/">The boats of the '
             'partner harbour</a></div>')
    assert _teasers(menu + pager) == []


def test_a_label_line_and_a_headline_of_one_story_make_one_card() -> None:
    pager = ('<div class="next"><p><a href="/2021/second-pier/">Read the next story</a></p>'
             '<h3><a href="/2021/second-pier/">A second pier for the north bay</a></h3></div>')
    assert _teasers(pager) == ["A second pier for the north bay"]


def test_an_arrowed_label_above_the_headline_of_a_linked_box_is_no_title() -> None:
    box = ('<div class="story-nav"><ul><li><a href="/2021/ferry-timetable/"><h1>← Older story</h1>'
           '<p>The ferry timetable changes again before the winter storms</p></a></li>'
           '<li><a href="/2021/second-pier/"><h1>Newer story →</h1>'
           '<p>A second pier for the north bay is back on the table</p></a></li></ul></div>')
    assert _teasers(box) == ["The ferry timetable changes again before the winter storms",
                             "A second pier for the north bay is back on the table"]
