"""HTML: a post laid out before CSS, on made-up pages: its headline a ``<font size=6><b>`` line and the readers'
thread under it opened by a ``<font size=4><b>Comments</b></font><br>`` line (``frontend/walk``): the thread is not
the story, however short the story is."""

from __future__ import annotations

import pagesplit
from footbridge import LAST, P1, P2, P3

COMMENTS = "".join(
    f"<li><div><b>Reader {n}</b> on <a href='/2019/bridge#comment-{n}'>March {n}, 2019</a> said:</div>"
    f"{text}<br><br>{text}<br><br></li>" for n, text in enumerate((P2, P3, LAST, P2, P3), 1))


def era_post(headline_size: str = "6") -> str:
    return ("<html><body><div><a href='/'>Home</a> <a href='/archive'>Archive</a></div>"
            f"<div><div><font size={headline_size}><b>Footbridge over the railway opens at last</b></font><br>"
            f"<div>{P1}<br><br></div></div>"
            f"<div><font size=4><b>Comments</b></font><br>Read what our readers say<br><ul>{COMMENTS}</ul></div></div>"
            "<div><a href='/contact'>Contact</a> <a href='/imprint'>Imprint</a></div></body></html>")


def test_the_thread_under_a_bold_comments_line_is_not_the_story() -> None:
    page = pagesplit.split_html(era_post())
    assert page.article is not None
    assert page.article.title == "Footbridge over the railway opens at last"
    assert page.article.text.strip().endswith(P1[-40:])
    assert "Reader 1" not in page.article.text and P3[:40] not in page.article.text


def test_without_a_big_font_the_headline_is_no_h1() -> None:
    # the same page with its headline at the text's own size: the thread's prose outweighs the short story
    page = pagesplit.split_html(era_post("3"))
    assert page.article is not None
    assert P3[:40] in page.article.text


#: Boxes of a side column laid out as a one-cell table: each under a heading set in the cell's own text, a line
#: wholly in a big bold font, over a pitch for one of the site's pages.
SIDE_BOXES = "".join(
    f"<font size=6><b>» {name}</b></font><br><div><div><a href='/{slug}'><img src='/{slug}.jpg'></a>{pitch}<br><br>"
    f"</div></div>" for name, slug, pitch in (
        ("Our columnist", "columns", "Click on the picture and read every column our columnist has written about the "
                                     "town's roads, bridges and railways since the paper first came out."),
        ("Traffic ranking", "ranking", "Click on the picture above and see how the town's crossings rank this season, "
                                       "by waiting time, by accidents and by how many people use them every day."),
        ("Timetable preview", "preview", "Click and find out when the trains run over the holidays, which stations "
                                         "close for works, and where the replacement buses stop in the meantime."),
    ))


def era_table_post() -> str:
    return ("<html><body><table><tr><td><a href='/'>Home</a> <a href='/archive'>Archive</a></td></tr></table>"
            "<div><table><tr><td><font size=6><b>Footbridge over the railway opens at last</b></font><br>"
            f"<div>{P1}<br><br>{P2}<br><br></div></td></tr></table>"
            f"<table><tr><td>{SIDE_BOXES}</td></tr></table></div></body></html>")


def test_a_table_cell_heading_in_a_big_bold_font_is_a_heading() -> None:
    page = pagesplit.split_html(era_table_post())
    heads = [b for b in page.blocks if b.text == "» Our columnist"]
    assert len(heads) == 1 and heads[0].markup.heading_level == 1


def test_a_side_column_headed_like_the_story_is_not_the_story() -> None:
    # the side column's headings stand as high as the story's headline: they open another part of the page
    page = pagesplit.split_html(era_table_post())
    assert page.article is not None
    assert page.article.title == "Footbridge over the railway opens at last"
    assert P2[:40] in page.article.text
    assert "columnist" not in page.article.text and "Click" not in page.article.text


def era_read_also_post(size: str = "5") -> str:
    return ("<html><body><div><a href='/'>Home</a> <a href='/archive'>Archive</a></div>"
            "<div><font size=6><b>Footbridge over the railway opens at last</b></font><br>"
            f"<div>{P1}<br><br>{P2}<br><br><b>Read also</b><br>"
            f"<font size={size}><b><a href='/2019/crossing-closed'>Level crossing to close for good next spring</a>"
            f"</b></font><br>{P3}<br><br>{LAST}<br><br></div></div></body></html>")


def test_a_headline_link_in_a_heading_font_is_a_line_of_its_own() -> None:
    # the "read also" headline over the story's next paragraph: no run-on into that paragraph
    page = pagesplit.split_html(era_read_also_post())
    assert page.article is not None
    assert any(p.startswith(P3[:40]) for p in page.article.paragraphs)
    assert all("Level crossing" not in p for p in page.article.paragraphs)


def test_a_bold_link_at_the_texts_size_still_runs_on() -> None:
    # a menu's bold links each close before their break: at the text's own size the line is not cut off
    page = pagesplit.split_html(era_read_also_post("3"))
    assert any(b.text.startswith("Level crossing") and P3[:20] in b.text for b in page.blocks)
