"""A pager's links with a headline's words to another story of the site are teaser cards: the neighbouring
stories of a post navigation (``claim_pager_links``, a pass of ``dom_cards``)."""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon.dom_tokens import load_tokens
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Kinds, Roles
from pagesplit.rules.dom_card_claim import (
    MIN_LINKED_TITLE_WORDS,
    claim_card,
    claimable,
    in_article,
    lettered_words,
    links_site_story,
    shown_titles,
)
from pagesplit.rules.links import page_site


def claim_pager_links(drafts: list[Draft], ctx: Context) -> set[int]:
    """A link of a pager (``_dom/pager_tokens.txt`` on the block or an ancestor) with a headline's words, to
    another story page of the page's site, names the story before or after this one ("Previous post: <headline>",
    "Best of 2016." under ``pager left``): it is a teaser card, as annotators count a post navigation's links.
    A listing's pager shows numbers and labels ("Next page", "← Older posts"): fewer than
    MIN_LINKED_TITLE_WORDS words with a letter or digit, or a chrome phrase, or a listing page's URL. Of blocks
    in a row linking one story (a label line above the headline), the longest is the title; a headline some card
    already shows (the same story in a side column) makes no second card."""
    pager_tokens = load_tokens("pager_tokens")
    site = page_site(drafts, ctx)
    if site is None:
        return set()
    links: list[list[Draft]] = []  # pager links in a row to one story
    for d in drafts:
        dom = d.dom
        if dom is None or not dom.href or dom.tokens.isdisjoint(pager_tokens) or d.kind is Kinds.HIDDEN \
                or d.role is Roles.TEASER or in_article(d) or not claimable(d) or d.is_chrome_phrase \
                or lettered_words(d) < MIN_LINKED_TITLE_WORDS or not links_site_story(dom.href, site):
            continue
        last = links[-1][-1] if links else None
        if last is not None and last.dom is not None and last.dom.href == dom.href and last.index + 1 == d.index:
            links[-1].append(d)
        else:
            links.append([d])
    seen = shown_titles(drafts)
    robbed: set[int] = set()
    for blocks in links:
        title = max(blocks, key=lambda d: d.words)
        if normalize(title.text) not in seen:
            seen.add(normalize(title.text))
            robbed |= claim_card(blocks, title, ctx.new_card(), None)
    return robbed
