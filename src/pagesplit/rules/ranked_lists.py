"""An ordered list of one-link items to the site's stories, outside page furniture, is a ranking of stories:
each item a teaser card (``claim_ranked_lists``, a pass of ``dom_cards``)."""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon.dom_tokens import load_tokens
from pagesplit.members import Kinds
from pagesplit.rules.dom_card_claim import (
    MIN_ITEM_LINK_SHARE,
    MIN_LIST_LINKS,
    claim_card,
    claimable,
    held,
    in_article,
    lettered_words,
    links_site_story,
    ruled_out,
)
from pagesplit.rules.links import page_site
from pagesplit.rules.runs import runs_by

#: A ranking's items sit in none of these landmarks: page furniture's lists are menus, whatever their order.
FURNITURE_LANDMARKS = frozenset({"nav", "header", "footer"})


def _ordered_list_of(d: Draft) -> str | None:
    """The path of the ordered list (``ol``) holding the visible list item, else None."""
    dom = d.dom
    if dom is None or d.kind is not Kinds.LIST_ITEM:
        return None
    holder = dom.path.rpartition("/")[0]
    tag = holder.rpartition("/")[2].partition("[")[0]
    return holder if tag == "ol" else None


def claim_ranked_lists(drafts: list[Draft], ctx: Context) -> set[int]:
    """An ordered list of MIN_LIST_LINKS or more items, each one link (MIN_ITEM_LINK_SHARE of its text) to a
    story page of its own on the page's site, outside a nav, header or footer, is a ranking of stories ("Most
    read", "Top 10"): each item is a teaser card, however short its title (a recipe's name). A menu's and a
    footer's lists are unordered or sit in those landmarks; a breadcrumb or a pager links listing pages or the
    page itself, and an outline of the story links into it (``#``)."""
    site = page_site(drafts, ctx)
    if site is None:
        return set()
    menu_tokens = load_tokens("menu_tokens")
    robbed: set[int] = set()
    for items in runs_by(drafts, _ordered_list_of):
        if len(items) < MIN_LIST_LINKS or len({d.dom.href for d in items if d.dom is not None}) < len(items):
            continue
        if not all(_ranked_story_link(d, site, menu_tokens) for d in items):
            continue
        for d in items:
            if not held(d) and claimable(d):
                robbed |= claim_card([d], d, ctx.new_card(), None)
    return robbed


def _ranked_story_link(d: Draft, site: str, menu_tokens: frozenset[str]) -> bool:
    """Whether a list item is one link to a story page of the site, outside the story and page furniture."""
    dom = d.dom
    return dom is not None and bool(dom.href) and lettered_words(d) > 0 \
        and dom.link_chars >= MIN_ITEM_LINK_SHARE * d.chars and links_site_story(dom.href or "", site) \
        and not in_article(d) \
        and dom.landmarks.isdisjoint(FURNITURE_LANDMARKS) and not ruled_out(d, menu_tokens, False)
