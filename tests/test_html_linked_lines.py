"""A story paragraph that is one link as a whole to another story of the site is an inline teaser
(``inline_link_cards.claim_linked_lines``), and so is one whose lines are each a headline link
(``inline_link_cards.claim_link_line_boxes``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-review.example/news/tides-and-taxes.html"
PROSE = ("<p>The council met on Tuesday evening to settle the harbour dues, and after three hours of argument "
         "the members agreed to keep them as they were until the spring.</p>")
MORE = ("<p>The fishermen who came to listen left before the vote, saying that the dues had never been the "
        "problem and that the silted channel would close the harbour long before the money ran out.</p>")


def _split(line: str, header: str = "") -> tuple[str, list[str]]:
    html = (f"<html><body>{header}<main><article><h1>Tides, taxes and the harbour council</h1>{PROSE * 3}{line}"
            f"{MORE * 3}</article></main></body></html>")
    page = split_html(html, url=URL)
    return page.article.text, [t.title for t in page.teasers]


def test_a_linked_headline_between_paragraphs_is_an_inline_teaser() -> None:
    line = ('<p><a href="/news/ferry-timetable.html">&gt;&gt; The ferry timetable changes again before winter '
            '&lt;&lt;</a></p>')
    body, teasers = _split(line)
    assert teasers == [">> The ferry timetable changes again before winter <<"]
    assert "ferry timetable" not in body


def test_a_call_to_action_stays_in_place() -> None:
    line = '<p><a href="/news/quiz-week.html">Take the harbour photo quiz of the week now!</a></p>'
    assert _split(line)[1] == []


def test_a_button_label_shown_twice_is_no_headline() -> None:
    button = '<p><a href="/shop/tide-tables.html">More details and ordering here</a></p>'
    assert _split(button + PROSE + button)[1] == []


def test_a_link_to_another_site_is_no_teaser() -> None:
    menu = ('<header><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>'
            '<li><a href="/about/">About</a></li></ul></header>')
    line = ('<p><a href="https://ferries.example.net/timetable.html">The ferry company publishes its new timetable'
            '</a></p>')
    assert _split(line, menu)[1] == []


def test_a_run_of_linked_paragraphs_is_the_story_s_own_list() -> None:
    lines = "".join(f'<p><a href="/events/{n}.html">{n} November – Concert at the old harbour hall</a></p>'
                    for n in (2, 4, 5))
    assert _split(lines)[1] == []


def test_a_linked_picture_credit_is_the_story_s_figure() -> None:
    line = '<p><a href="/gallery/council-night.html">The council members after the vote on Tuesday © Ann Lee</a></p>'
    assert _split(line)[1] == []


def test_a_labelled_paragraph_of_linked_headline_lines_is_a_teaser_box() -> None:
    line = ('<p><strong>Also worth reading</strong><br><a href="/news/lighthouse-keeper.html">The last lighthouse '
            'keeper hands over his keys</a> [Portrait]<br><a href="/news/dredger-contract.html">Dredger contract goes '
            'to a firm from the north coast</a> [News]</p>')
    body, teasers = _split(line)
    assert teasers == ["Dredger contract goes to a firm from the north coast [News]"]
    assert "lighthouse keeper" not in body and "Dredger contract" not in body
    assert "harbour dues" in body


def test_lines_of_a_paragraph_citing_links_in_sentences_stay_story_text() -> None:
    line = ('<p>The minutes are <a href="/docs/minutes.html">on the council site</a> for anyone who asks.<br>'
            'The harbour master wrote <a href="/news/master-letter.html">an open letter</a> the day after.</p>')
    assert _split(line)[1] == []


def test_a_paragraph_of_short_linked_names_is_no_teaser_box() -> None:
    line = ('<p><strong>Partners</strong><br><a href="/partners/ropes.html">Ropes Ltd</a><br>'
            '<a href="/partners/sails.html">Sail Loft</a></p>')
    assert _split(line)[1] == []


def test_a_promo_line_above_its_more_link_is_no_label() -> None:
    line = ('<p>Tide tables, charts and pilot guides<br>'
            '<a href="/shop/pilot-guide.html">order it here</a></p>')
    body, teasers = _split(line)
    assert teasers == []
    assert "order it here" in body
