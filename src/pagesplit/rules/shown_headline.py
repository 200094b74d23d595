"""The headline the page shows over the ``<title>`` element it never shows (HTML)."""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Inputs, Roles

#: An h1 of fewer words is a site or section name ("Rathaus", "Page"), not the story's headline; the value
#: find_title uses for an h1 that carries part of the page's title (rules.parts.MIN_H1_TITLE_WORDS).
MIN_SHOWN_HEADLINE_WORDS = 3


def prefer_shown_headline(drafts: list[Draft], ctx: Context) -> None:
    """HTML: when the metadata title matches no heading of the body, find_title may take the ``<title>``
    element's own block, which the page never shows (106 of the 609 dev pages). The last h1 above the story
    that is no story text, no teaser and reads as a headline is the title then; the ``<title>`` block goes
    back to chrome. Only these two blocks change: no article block does."""
    if ctx.kind is not Inputs.HTML or ctx.title_index is None or ctx.article_start is None:
        return
    chosen = drafts[ctx.title_index]
    if chosen.dom is None or not chosen.dom.path.startswith("head"):
        return
    h1 = next((d for d in reversed(drafts[:ctx.article_start]) if d.dom is not None and d.dom.heading_level == 1
               and d.role is not Roles.TEASER and d.role is not Roles.ARTICLE
               and len(d.text.split()) >= MIN_SHOWN_HEADLINE_WORDS), None)
    if h1 is not None:
        chosen.decide(Roles.CHROME, "chrome.hidden", "title")
        h1.decide(Roles.TITLE, "article.title")
        ctx.title_index = h1.index
