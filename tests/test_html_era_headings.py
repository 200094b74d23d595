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
