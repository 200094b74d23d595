"""Typed usage of the public API, checked by ``mypy --strict`` (see pyproject): the calls below must
type-check, and the ones marked ``type: ignore[...]`` must keep failing, or mypy reports the unused ignore."""

from __future__ import annotations

import pagesplit
from pagesplit import Block, Markup, Page, Role, Teaser

page: Page = pagesplit.split_text("Skip to content\n\nA headline for the story\n")
title: str | None = page.article.title if page.article is not None else None
paragraphs: tuple[str, ...] = page.article.paragraphs if page.article is not None else ()
teasers: tuple[Teaser, ...] = page.teasers
chrome: tuple[Block, ...] = page.chrome
roles: list[Role] = [block.role for block in page.blocks]
rule_ids: list[str] = [block.reason.rule for block in page.blocks]
as_json: dict[str, object] = page.to_dict()
from_bytes: Page = pagesplit.split_text(b"Plain bytes\n", charset="utf-8")
with_url: Page = pagesplit.split_text("A dump\n", url="https://example.org/a")
markups: list[Markup | None] = [block.markup for block in page.blocks]
levels: list[int | None] = [m.heading_level for m in markups if m is not None]
version: str = pagesplit.__version__

pagesplit.split_text(42)  # type: ignore[arg-type]
pagesplit.split_text("x", explain="yes")  # type: ignore[arg-type]
pagesplit.split_text("x", url=5)  # type: ignore[arg-type]
pagesplit.split("x", foo=1)  # type: ignore[call-arg]
page.article = None  # type: ignore[misc]
