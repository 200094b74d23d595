"""HTML: a post written as one text with blank lines (``<br><br>``) between its paragraphs, on made-up pages: a
paragraph of it that mentions a notice phrase stays the story's (``rules/chrome``), and the lines closing the post,
its stamped byline and a call to comment, are not its body (``rules/parts._close_post``)."""

from __future__ import annotations

import pagesplit
from footbridge import LAST, P1, P2, P3

#: A paragraph of the story that names advertising in passing: long, between two paragraphs of the same text.
ADVERTISERS = ("The council printed leaflets about the bridge, and the steel works, which is one of our advertisers "
               "as well as the town's largest employer, paid for a second run of them, so that every house on the far "
               "side of the railway had one before the opening day, with the times of the first walk across.")


#: The post's last paragraphs and a call to comment under them (also ``test_rule_coverage``'s input).
CALL_TO_COMMENT = f"{P3}<br><br>{LAST}<br><br>Tell us in the comments: would you walk across it at night?"


def post_html(body: str) -> str:
    return ("<html><body><div><a href='/'>Home</a> <a href='/archive'>Archive</a></div>"
            "<div><h2>Footbridge over the railway opens at last</h2>"
            f"<div>{body}</div></div>"
            "<div><a href='/contact'>Contact</a> <a href='/imprint'>Imprint</a></div></body></html>")


def _post(body: str) -> pagesplit.Page:
    return pagesplit.split_html(post_html(body))


def _article_text(body: str) -> str:
    page = _post(body)
    assert page.article is not None
    return page.article.text


def test_a_long_paragraph_naming_a_notice_phrase_between_paragraphs_of_the_post_stays() -> None:
    text = _article_text(f"{P1}<br><br>{P2}<br><br>{ADVERTISERS}<br><br>{P3}<br><br>{LAST}<br><br>")
    assert "our advertisers" in text and "order book is full" in text


def test_the_same_paragraph_alone_after_the_post_is_a_notice() -> None:
    html = ("<html><body><div><h2>Footbridge over the railway opens at last</h2>"
            f"<div>{P1}<br><br>{P2}<br><br>{P3}<br><br>{LAST}</div><div>{ADVERTISERS}</div></div></body></html>")
    page = pagesplit.split_html(html)
    assert page.article is not None and "our advertisers" not in page.article.text


def test_a_stamped_byline_closing_a_long_post_is_its_byline() -> None:
    page = _post(f"{P1}<br><br>{P2}<br><br>{P3}<br><br>{LAST}<br><br>Posted by Jo Doe at 9:12 PM")
    assert page.article is not None
    assert "Posted by" not in page.article.text
    assert any(b.role.name == "BYLINE" and "Jo Doe" in b.text for b in page.blocks)


def test_an_authors_line_with_no_stamp_closing_the_post_stays_its_text() -> None:
    text = _article_text(f"{P1}<br><br>{P2}<br><br>{P3}<br><br>{LAST}<br><br>By Jo Doe, Harbour Institute")
    assert "Harbour Institute" in text


def test_a_call_to_comment_closing_the_post_is_not_its_text() -> None:
    text = _article_text(f"{P1}<br><br>{P2}<br><br>{CALL_TO_COMMENT}")
    assert "in the comments" not in text and "order book is full" in text
