"""HTML: where the article starts and ends, and what sits between its title and its body (role and rule id).

Made-up pages, one behaviour each; the dev-corpus cases that motivated them are named in the rules' comments.
"""

from __future__ import annotations

import pagesplit
from pagesplit.model import Role

PROSE = ("The committee met on a grey morning to weigh the proposal, and after a long debate, "
         "with several amendments, it agreed to send the plan back for another review. ")


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def block_with(p: pagesplit.Page, text: str) -> pagesplit.Block:
    return next(b for b in p.blocks if text in b.text)


def test_figure_caption_between_the_title_and_the_body_is_a_caption_not_the_lead() -> None:
    ps = "".join(f"<p>{PROSE} Paragraph number {i} adds its own detail.</p>" for i in range(4))
    figure = ("<figure><img src='/pier.jpg' alt=''><figcaption>Two ferry crews tie up at the old pier "
              "while the tide is out</figcaption></figure>")
    p = pagesplit.split_html(page(f"<article><header><h1>Council sends the harbour plan back for review</h1>"
                                  f"{figure}</header><div>{ps}</div></article>"))
    b = block_with(p, "Two ferry crews")
    assert (b.role, b.reason.rule) == (Role.CAPTION, "article.caption")
    assert p.article is not None and all("ferry crews" not in para for para in p.article.paragraphs)
    assert sum("Paragraph number" in para for para in p.article.paragraphs) == 4
