"""Records set inline, a headline link per run of ``<br>`` in one parent (``card_groups._owned_blocks``), on
made-up pages written the way pages before CSS were: no ``<p>``, no list, no class names."""

from __future__ import annotations

from harbour_gazette import HEADLINES, PROSE, URL
from pagesplit import split_html


def _page(tail: str) -> str:
    """A story of ``<br><br>`` paragraphs in one box below the masthead's, ``tail`` after its last paragraph in the
    same box."""
    return ("<html><body><div><a href='/'>Harbour Gazette</a></div><div><font size=6><b>Harbour board votes to "
            f"rebuild the old ferry pier</b></font><br>{PROSE * 6}{tail}</div></body></html>")


def _links(headlines: tuple[str, ...], gap: str = "<br><br>") -> str:
    return "".join(f'<a href="/news/story-{n}">{title}</a>{gap}' for n, title in enumerate(headlines))


def test_headline_links_each_ended_by_a_blank_line_are_teaser_cards() -> None:
    page = split_html(_page("You may also like<br><br>" + _links(HEADLINES)), url=URL)
    assert {t.title for t in page.teasers} == set(HEADLINES)
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.dom-card"}
    assert page.article is not None and "Lighthouse" not in page.article.text


def test_one_headline_link_below_the_story_is_no_run_of_records() -> None:
    # The story's own link, set apart below it, beside a link inside a sentence of the story: the two links make a
    # group of the box's links, but only one of them is a line of its own.
    tail = (f'The board will meet again, <a href="/news/board-minutes">as the minutes of the last meeting show in '
            f'full</a>, in the spring.<br><br><a href="/news/story-0">{HEADLINES[0]}</a><br><br>')
    page = split_html(_page(tail), url=URL)
    assert not page.teasers


def test_lines_of_two_links_are_no_records() -> None:
    # Rows of a menu set as lines of two links each, the longer holding most of the line: the box's links make a
    # group, but a line of two links is not one record's line (which link it stands for, the line does not say).
    rows = ("Tide tables", "Ferry timetables for the whole coast this winter"), \
        ("Weather", "Storm warnings for the harbour and the northern cape"), \
        ("Parking", "Where to leave the car when the ferry pier is closed")
    lines = "".join(f'<a href="/service/{n}">{short}</a> <a href="/service/guide-{n}">{long}</a><br><br>'
                    for n, (short, long) in enumerate(rows))
    page = split_html(_page(lines), url=URL)
    assert not page.teasers


def test_an_inline_record_left_untitled_does_not_take_the_story_as_its_record() -> None:
    # One record reads as a question, so no title is chosen for it; the others are cards. Records set inline share
    # their parent's path, so no record element holds that one: the story around it stays the story.
    question = ("Who will run the harbour ferry in 2020?",)
    page = split_html(_page("You may also like<br><br>" + _links(question + HEADLINES)), url=URL)
    assert page.article is not None and "voted to rebuild the old ferry pier" in page.article.text
    assert set(HEADLINES) <= {t.title for t in page.teasers}


def _boxed(boxes: str) -> str:
    """The story, then a side column of ``boxes`` (no list, no names: a box per ``<div>``)."""
    return _page("").replace("</body>", f"<div>{boxes}</div></body>")


def test_a_link_around_a_headline_and_its_lede_is_a_story_box() -> None:
    # The link wraps two lines a blank line apart: a headline over its lede, drawn as one box.
    box = ('<div><a href="/news/story-0">Lighthouse keepers return to the northern cape<br><br>'
           "After fifty years, the keepers are back, and the town is glad of it.<br><br></a></div>")
    page = split_html(_boxed(box), url=URL)
    assert [t.title for t in page.teasers] == ["Lighthouse keepers return to the northern cape"]
    assert {b.reason.rule for b in page.blocks if b.text.startswith("Lighthouse")} == {"teaser.dom-card"}


def test_one_linked_line_is_no_story_box() -> None:
    # A headline link alone on its line is a link, not a box the link draws (no run of records either).
    box = '<div><a href="/news/story-0">Lighthouse keepers return to the northern cape</a></div>'
    page = split_html(_boxed(box), url=URL)
    assert not page.teasers


def test_a_titled_record_takes_no_second_title_from_its_slot() -> None:
    # A guide's list of short headlines, each with its summary linked to the same story (one of them spelling the
    # address with another slash): that one's summary is no headline of a record of its own.
    guides = ("Ferry: Night crossings", "Ferry: Winter timetable", "Ferry: Bikes on board", "Ferry: Tickets and fares")

    def record(n: int, title: str) -> str:
        href = "/guide/" + "-".join(title.lower().replace(":", "").split())
        summary = f"{title.split(': ')[1]} for the harbour ferry: what changes this year, and what it costs."
        return (f'<li><div><a href="{href}">{title}</a> '
                f'<a href="{href}{"/" if n == 1 else ""}"><br><br>{summary}<br><br></a></div></li>')
    records = "".join(record(n, title) for n, title in enumerate(guides))
    page = split_html(_boxed(f"<ul>{records}</ul>"), url=URL)
    assert sorted(t.title for t in page.teasers) == sorted(guides)

