"""Pipeline stage: a teaser card that advertises the page's own story is no teaser.

"Most read", "Up next" and "Trending" lists are built for the whole site, so the story a page shows
is often one of their cards: its headline, linking back to the page. A teaser is another story, so
such a card goes back to chrome (its headline) and outside (its other parts), in text and HTML alike.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Parts, Roles
from pagesplit.rules.links import page_key
from pagesplit.rules.release import drop_cards


def drop_own_story(drafts: list[Draft], ctx: Context) -> None:
    """Cards whose headline is the page's own headline: the title becomes chrome, the rest outside.

    The page's headline is what its metadata says (HTML ``<title>``, ``og:title``), or the title block
    for cards below it. A card above the title block that repeats it is kept (the title stage may have
    taken that card's headline for the page's: a text dump whose story starts under a "More on" list).
    A card linking the page itself (its URL or canonical URL) is the page's own story wherever it sits and
    whatever its title reads (a mega menu's latest stories, a side column's box under a kicker).
    """
    hinted = normalize(ctx.hints.title) if ctx.hints.title else ""
    title_at = ctx.title_index
    titled = normalize(drafts[title_at].text) if title_at is not None else ""
    pages = {page_key(url) for url in (ctx.url, ctx.hints.canonical_url) if url}
    if not hinted and not titled and not pages:
        return
    dropped = set()
    for d in drafts:
        if d.role is Roles.TEASER and d.part is Parts.TITLE and d.card is not None:
            key = normalize(d.teaser_title or d.text)
            if key and (key == hinted or (key == titled and title_at is not None and d.index > title_at)):
                dropped.add(d.card)
            elif key and d.dom is not None and d.dom.href and page_key(d.dom.href) in pages:
                dropped.add(d.card)  # wherever it sits and whatever its title reads: it links the page itself
    if not dropped:
        return
    drop_cards(drafts, dropped, "chrome.own-story")
