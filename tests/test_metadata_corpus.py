"""Metadata over the whole dev corpus (skipped when ``../shared`` is absent): display text, not markup.

No title, byline, article paragraph or teaser field holds a character reference (``&#8216;``, ``&amp;``,
``&quot;``, ``&lt;``, ``&nbsp;``); a dump's title is the text of the block marked as the title;
every ``published`` is ISO 8601 or empty; no dev page (all of them stories or listings) is taken for an
error page.
"""

from __future__ import annotations

import gzip
from dataclasses import replace
from pathlib import Path

import pytest
import regex

import pagesplit
from pagesplit import InputKind, Page, PageType, Role

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
MODES = ("html", "innertext", "w3m", "lynx", "bs4")
TEASER_FIELDS = ("title", "summary", "caption", "credit", "section")

#: A character reference left in display text.
ENTITY = regex.compile(r"&#[0-9]+;|&#x[0-9a-f]+;|&(?:amp|quot|lt|gt|nbsp|apos);", regex.IGNORECASE)
#: ISO 8601 as ``pagesplit.dates`` writes it: a month, a day, or a day with a time and maybe a zone.
ISO_8601 = regex.compile(r"\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?)?)?")


def field_problems(page: Page) -> list[str]:
    """Every field of ``page`` that breaks the promises above."""
    problems = []
    texts: list[tuple[str, str | None]] = []
    if page.article is not None:
        a = page.article
        texts += [("title", a.title), ("byline", a.byline)]
        texts += [(f"paragraph {i}", p) for i, p in enumerate(a.paragraphs)]
        if a.published is not None and not ISO_8601.fullmatch(a.published):
            problems.append(f"published {a.published!r} is not ISO 8601")
    for i, t in enumerate(page.teasers):
        texts += [(f"teaser {i} {key}", getattr(t, key)) for key in TEASER_FIELDS]
    for where, text in texts:
        if text and (m := ENTITY.search(text)):
            problems.append(f"{where} holds {m.group()!r}: {text[:80]!r}")
    title_blocks = [b.text for b in page.blocks if b.role is Role.TITLE]
    # a dump has no metadata: its title is the headline block's text (HTML: a declared title may word it)
    if page.kind is InputKind.TEXT and page.article is not None and title_blocks \
            and page.article.title != title_blocks[0]:
        problems.append(f"title {page.article.title!r} is not the title block's text {title_blocks[0]!r}")
    if page.page_type is PageType.ERROR:
        problems.append(f"taken for an error page: {page.notes}")
    return problems


@pytest.mark.parametrize("mode", MODES)
def test_dev_corpus_fields_are_display_text(mode: str) -> None:
    pattern = "*/*.html.gz" if mode == "html" else f"*/*.{mode}.txt.gz"
    paths = sorted(p for p in DEV.glob(pattern) if not p.name.endswith(".orig.html.gz")) if DEV.is_dir() else []
    if not paths:
        pytest.skip(f"no {mode} pages under {DEV}")
    failures = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            text = f.read()
        page = pagesplit.split_html(text) if mode == "html" else pagesplit.split_text(text)
        failures += [f"{path.parent.name}/{path.name}: {problem}" for problem in field_problems(page)]
    assert not failures, f"{len(failures)} problems in {len(paths)} {mode} pages:\n" + "\n".join(failures[:25])


def test_the_check_catches_entities_and_raw_dates() -> None:
    page = pagesplit.split_text("A headline for the story\n\n" + "Words in a sentence of the story. " * 20)
    assert field_problems(page) == []
    assert page.article is not None
    broken = replace(page, article=replace(page.article, title="O&#039;Donnell &amp; Co", published="19 NOV 2019"))
    problems = field_problems(broken)
    assert any("published '19 NOV 2019'" in p for p in problems)
    assert any("'&#039;'" in p for p in problems)
