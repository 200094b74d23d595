"""Runs of story records (``frontend/records.py``) on made-up markup: which repeated structures are runs."""

from __future__ import annotations

from pagesplit import split_html
from pagesplit.frontend import records
from pagesplit.frontend.card_groups import find_cards, titled_card_blocks
from pagesplit.frontend.content_score import SIBLING_SCORE, content_scores
from pagesplit.frontend.element_tokens import NearTokens, framework_tokens
from pagesplit.frontend.html import DEFAULT_MAX_DEPTH, parse
from pagesplit.frontend.walk import Walker

URL = "https://ashby-post.example/news/story"


def _card(n: int, lede: bool = True, href: str | None = None) -> str:
    link = href or f"/news/story-number-{n}"
    text = f"<p>ASHBY: The lede of story number {n} says what happened and where it happened.</p>" if lede else ""
    return f'<div class="c"><h3><a href="{link}">Headline of the story number {n} in full</a></h3>{text}</div>'


def _runs(inner: str) -> set[str]:
    """The first headline of each run of story records in ``inner`` (set in a page with a story)."""
    html = (f"<html><body><div class='story'><h1>The story of the day</h1><div class='row'>{inner}</div>"
            "<p>The story's own paragraph, long enough to be prose, with commas, and a full stop.</p>"
            "</div></body></html>")
    walker = Walker(URL, DEFAULT_MAX_DEPTH)
    walker.walk(parse(html))
    tokens = NearTokens(walker.tree, framework_tokens(walker.tree))
    cards, _ = find_cards(walker.tree, walker.raws, tokens)
    blocks = records.in_story_runs(walker.tree, walker.raws, cards, URL)
    return {walker.raws[i].text for i in blocks if walker.raws[i].text.startswith("Headline")}


def test_a_row_of_headline_and_lede_cards_is_a_run() -> None:
    assert _runs("".join(_card(n) for n in range(1, 5))) == {f"Headline of the story number {n} in full"
                                                             for n in range(1, 5)}


def test_two_records_are_no_run() -> None:
    assert _runs(_card(1) + _card(2)) == set()


def test_bare_headline_links_are_left_to_the_link_list_stage() -> None:
    assert _runs("".join(_card(n, lede=False) for n in range(1, 5))) == set()


def test_records_each_one_link_around_a_headline_and_its_byline_are_a_run() -> None:
    linked = "".join(f'<div class="c"><a href="/news/story-number-{n}"><div>Headline of the story number {n} in full'
                     f"<div>By Ann Lee and Tom Berg</div></div></a></div>" for n in range(1, 5))
    assert _runs(linked) == {f"Headline of the story number {n} in full" for n in range(1, 5)}


def test_links_to_another_site_are_references_not_cards() -> None:
    cards = "".join(_card(n, href=f"https://other-paper.example/a/{n}") for n in range(1, 5))
    assert _runs(cards + _card(9)) == set()


def test_links_to_the_page_itself_are_contents_not_cards() -> None:
    assert _runs("".join(_card(n, href=f"#part-{n}") for n in range(1, 5))) == set()


def test_a_link_set_in_a_sentence_is_no_record_headline() -> None:
    paragraphs = "".join(f'<div class="c"><p>As the <a href="/notes/report-{n}">report on the harbour works number '
                         f'{n}</a> showed in detail, the quay was built on old timber piles.</p></div>'
                         for n in range(1, 5))
    assert _runs(paragraphs) == set()


def test_a_record_holding_a_list_is_a_menu_branch() -> None:
    menu = "".join(f'<div class="c"><h3><a href="/s/{n}">Headline of the story number {n} in full</a></h3>'
                   f'<p>Pages of section {n}:</p><ul><li><a href="/s/{n}/a">One sub page</a></li>'
                   f'<li><a href="/s/{n}/b">Another</a></li></ul></div>'
                   for n in range(1, 5))
    assert _runs(menu) == set()


def test_a_box_of_another_shape_breaks_the_run() -> None:
    photo = ('<div class="c"><a href="/news/photo-1"><span><img src="x.jpg"></span></a><div><div>'
             '<a href="/news/photo-1">Headline of the story number 0 in full</a></div><div>A caption.</div>'
             '</div></div>')
    address = ('<div class="c"><div><h5>Details</h5></div><div><div><h4><a href="/places/{n}">Headline of the story '
               'number {n} in full</a></h4><p>1 High Street</p><p>01234</p><div>2 articles</div></div></div></div>')
    assert _runs(photo + address.format(n=1) + address.format(n=2)) == set()


def _lone(box: str) -> set[str]:
    """The texts of the blocks of lone story cards in ``box``, set between two paragraphs of a story."""
    prose = "<p>The story's own paragraph, long enough to be prose, with commas, and a full stop.</p>"
    html = f"<html><body><article><h1>The story of the day</h1>{prose * 3}{box}{prose * 3}</article></body></html>"
    walker = Walker(URL, DEFAULT_MAX_DEPTH)
    walker.walk(parse(html))
    tokens = NearTokens(walker.tree, framework_tokens(walker.tree))
    scores, _ = content_scores(walker.tree, walker.raws, tokens)
    cards, _ = find_cards(walker.tree, walker.raws, tokens)
    lone = records.lone_story_cards(walker.tree, walker.raws, cards, scores, SIBLING_SCORE, URL)
    return {walker.raws[i].text for i in lone}


def test_a_pictured_headline_link_alone_in_the_story_is_a_card() -> None:
    box = ('<div class="embed"><div><a href="/news/harbour-works"><img src="h.jpg" alt=""></a></div>'
           '<div><span><a href="/news/harbour-works">Harbour works to start again after the storms</a></span></div>'
           "</div>")
    assert _lone(box) == {"Harbour works to start again after the storms"}


def test_a_lone_box_needs_a_picture_a_headline_and_no_text_beside_its_link() -> None:
    bare = '<div><a href="/news/harbour-works">Harbour works to start again after the storms</a></div>'
    gallery = '<div><a href="/gallery/1"><img src="h.jpg" alt=""></a><a href="/gallery/1">View all (4)</a></div>'
    sentence = ('<div><img src="h.jpg" alt=""><p>As <a href="/news/harbour-works">the harbour works report</a> '
                "showed, the quay needs new piles.</p></div>")
    elsewhere = ('<div><a href="https://other-paper.example/x"><img src="h.jpg" alt=""></a>'
                 '<a href="https://other-paper.example/x">Harbour works to start again after the storms</a></div>')
    assert _lone(bare) == _lone(gallery) == _lone(sentence) == _lone(elsewhere) == set()


def test_two_lone_cards_of_different_shapes_each_keep_their_own_box() -> None:
    first = ('<figure><a href="/news/harbour-works"><img src="h.jpg" alt=""></a>'
             '<figcaption><a href="/news/harbour-works">Harbour works to start again after the storms</a></figcaption>'
             "</figure>")
    second = ('<div class="embed"><div><a href="/news/ferry-timetable"><img src="f.jpg" alt=""></a></div>'
              '<div><span><a href="/news/ferry-timetable">A new ferry timetable starts on the first of May</a></span>'
              "</div></div>")
    between = "<p>The story goes on between the two boxes, with commas, and a full stop.</p>"
    assert _lone(first + between + second) == {"Harbour works to start again after the storms",
                                               "A new ferry timetable starts on the first of May"}


def test_a_box_linking_one_page_from_its_headline_and_its_more_link_is_a_card() -> None:
    box = ('<div class="box"><h2><a href="/news/ferry-timetable">A new ferry timetable starts in May</a></h2>'
           '<div><p>Which boats sail when, and what the new fares are. <a href="/news/ferry-timetable">more</a>'
           "</p></div></div>")
    assert _lone(box) == {"A new ferry timetable starts in May",
                          "Which boats sail when, and what the new fares are. more"}


def test_an_offer_box_with_a_heading_a_line_and_a_button_to_one_page_is_a_card() -> None:
    box = ('<div class="offer"><h2>Never miss a date again</h2>'
           '<p>Our free calendar lists every tax deadline of the year. <a href="https://shop.ashby-post.example/cal">'
           '<strong>Get the calendar</strong></a></p><a href="https://shop.ashby-post.example/cal">'
           '<img src="cal.png" alt=""></a></div>')
    assert "Never miss a date again" in _lone(box)


def test_a_story_section_is_no_promo_box() -> None:
    one_link = ('<div><h2>The quay</h2><p>The report on <a href="/news/quay-report">the quay</a> says the piles are '
                "old.</p></div>")
    photo = ('<div><h2>The harbour at dawn, seen from the old quay</h2><div><img src="h.jpg" alt="">'
             '<a href="/media/harbour-full.jpg">View this image</a></div><p><a href="/media/harbour-full.jpg">Full size'
             "</a></p></div>")
    two_pages = ('<div><h2>The quay</h2><p>See <a href="/news/quay-report">the report</a> and '
                 '<a href="/news/piles">the piles story</a>.</p></div>')
    contents = ('<div><h2>The quay</h2><p>Read on <a href="#quay">below</a>.</p><p><a href="#quay">Jump</a></p>'
                "</div>")
    section = "<p>The quay was built on old timber piles, and the council says so.</p>" * 3
    long_text = ("<div><h2>The quay</h2>" + section
                 + '<p><a href="/news/quay">The quay</a> <a href="/news/quay">again</a></p></div>')
    assert _lone(one_link) == _lone(photo) == _lone(two_pages) == _lone(contents) == _lone(long_text) == set()


def test_a_promo_box_leaves_the_story_and_its_linked_headline_makes_a_card() -> None:
    prose = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
             "the members agreed to keep them as they were until the spring.</p>")
    box = ('<div class="box"><h3><a href="/news/ferry-timetable">A new ferry timetable starts in May</a></h3>'
           '<div>Which boats sail when, and what the new fares are. <a href="/news/ferry-timetable">Read on</a>'
           "</div></div>")
    html = (f"<html><body><article><h1>Harbour dues stay as they were</h1>{prose * 3}{box}{prose * 3}"
            "</article></body></html>")
    page = split_html(html, url=URL)
    assert "ferry" not in page.article.text and "new fares" not in page.article.text
    assert [t.title for t in page.teasers] == ["A new ferry timetable starts in May"]


def test_odd_members_of_a_group_leave_the_other_records_their_run() -> None:
    photo = '<div class="c"><a href="/news/photo-7"><img src="p.jpg" alt="">Photo of the day</a></div>'
    player = ('<div class="c"><h3><a href="/audio/player">Listen to the whole of the show here</a></h3>'
              '<ul><li><a href="/audio/1">Part one</a></li><li><a href="/audio/2">Part two</a></li></ul></div>')
    run = "".join(_card(n) for n in range(1, 4))
    assert _runs(photo + player + run) == {f"Headline of the story number {n} in full" for n in range(1, 4)}


def test_records_set_aside_do_not_make_a_run_of_two() -> None:
    photo = '<div class="c"><a href="/news/photo-7"><img src="p.jpg" alt="">Photo of the day</a></div>'
    assert _runs(photo + _card(1) + photo.replace("7", "8") + _card(2)) == set()


def _titled(inner: str) -> set[str]:
    """The texts of the blocks ``titled_card_blocks`` finds in ``inner``, set below a story."""
    html = (f"<html><body><div><h1>The story of the day</h1><p>The story's own paragraph, long enough to be prose, "
            f"with commas, and a full stop.</p></div><div>{inner}</div></body></html>")
    walker = Walker(URL, DEFAULT_MAX_DEPTH)
    walker.walk(parse(html))
    tokens = NearTokens(walker.tree, framework_tokens(walker.tree))
    cards, _ = find_cards(walker.tree, walker.raws, tokens)
    return {walker.raws[i].text for i in titled_card_blocks(walker.tree, walker.raws, cards)}


def test_records_showing_their_headline_beside_a_summary_make_a_titled_run() -> None:
    found = _titled("".join(_card(n) for n in range(1, 4)))
    assert {t for t in found if t.startswith("Headline")} == {f"Headline of the story number {n} in full"
                                                               for n in range(1, 4)}
    assert sum(t.startswith("ASHBY") for t in found) == 3


def test_one_line_records_and_paragraphs_holding_a_link_are_no_titled_run() -> None:
    paragraphs = "".join(f'<div class="c"><p>As the <a href="/notes/report-{n}">report on the harbour works number '
                         f'{n}</a> showed in detail, the quay was built on old timber piles.</p></div>'
                         for n in range(1, 5))
    assert _titled(paragraphs) == set()
    assert _titled("".join(_card(n, lede=False) for n in range(1, 5))) == set()
    assert _titled(_card(1) + _card(2, lede=False) + _card(3, lede=False)) == set()
