"""Pipeline stage: a page whose article run was a listing of teaser cards has no article.

``group_dom_cards`` notes (``Context.listing``) that most of the run's text sat in card items before it
claimed them; once the cards have taken the run, nothing of the article is left but its title and parts,
which are the page's chrome.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Roles
from pagesplit.rules.release import release

#: An article run with at least this share of its text inside cards is a listing page.
LISTING_SHARE = 0.6


def is_listing(drafts: list[Draft], items: dict[int, list[Draft]]) -> bool:
    """Most of the article run's text sits in cards: an index page, not an article."""
    if not items:
        return False
    body = [d for d in drafts if d.role is Roles.ARTICLE]
    in_cards = sum(d.chars for blocks in items.values() for d in blocks if d.role is Roles.ARTICLE)
    total = sum(d.chars for d in body)
    return total > 0 and in_cards / total >= LISTING_SHARE


def drop_listing_article(drafts: list[Draft], ctx: Context) -> None:
    """The run was mostly cards and the cards took all of it: the page has no article."""
    if ctx.listing and not any(d.role is Roles.ARTICLE for d in drafts):
        _drop_article(drafts, ctx)



def _drop_article(drafts: list[Draft], ctx: Context) -> None:
    """A listing page whose run was all cards has no article: its title and parts are page chrome."""
    for d in drafts:
        if d.role in (Roles.TITLE, Roles.BYLINE, Roles.DATE, Roles.ATTRIBUTION, Roles.CAPTION):
            release(d, has_article=False)
    ctx.article_start = ctx.article_end = ctx.title_index = None
    ctx.notes.append("no-article: the main run was a listing of teaser cards")
