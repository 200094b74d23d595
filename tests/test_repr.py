"""A page's ``repr`` is short: kind, title and counts, never the blocks' text (``to_dict()`` has that)."""

from __future__ import annotations

from pathlib import Path

import pagesplit
from pagesplit import Article, InputKind, Page, Teaser

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "example" / "page.txt"


def test_page_repr_is_kind_title_and_counts() -> None:
    page = pagesplit.split(EXAMPLE.read_bytes(), url="https://example.org/pier")
    text = repr(page)
    assert text == ("<Page text https://example.org/pier: article 'Harbour town turns its old ferry pier into a "
                    "floating tidal…', 3 teasers, 34 blocks (7 chrome)>")
    assert len(text) < len(page.article.text if page.article else "") / 5


def test_article_and_teaser_reprs() -> None:
    article = Article(title="Owls return to the old mill", byline=None, published=None, attribution=None,
                      paragraphs=("The owls came back in April.", "Nobody expected them."))
    assert repr(article) == "<Article 'Owls return to the old mill': 2 paragraphs, 9 words>"
    teaser = Teaser(title="Bats find a home\nin the tower", url="https://example.org/bats", block_indexes=(4, 5))
    assert repr(teaser) == "<Teaser 'Bats find a home in the tower' -> https://example.org/bats: 2 blocks>"
    assert repr(Teaser(title="")) == "<Teaser untitled: 0 blocks>"


def test_page_without_article() -> None:
    page = Page(kind=InputKind.HTML, article=None, teasers=(), blocks=())
    assert repr(page) == "<Page html: no article, 0 teasers, 0 blocks (0 chrome)>"
