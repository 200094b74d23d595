"""Pipeline stage (HTML only): teaser boxes that markup draws, found before the article run so they do not cut it.

- a labelled box of card items inside the main content with prose after it ("Related articles" and two
  headline links mid-story);
- a box that is one link as a whole around a headline (a linked figure, a story featured in a menu, a sister
  site's story with its lede).
"""

from __future__ import annotations

import itertools

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.frontend.records import MIN_LONE_CARD_WORDS
from pagesplit.members import Inputs, Kinds, Roles
from pagesplit.rules.aligned_records import LANDMARK_FACTS
from pagesplit.rules.dom_card_claim import MIN_ITEM_LINK_SHARE, card_items, card_title, claim_card, lacks_meta
from pagesplit.rules.links import page_site, site_of


def mark_inline_cards(drafts: list[Draft], ctx: Context) -> None:
    """A labelled card box inside the main content with prose after it ("Related articles" and two
    headline links mid-story) is teasers, found before the article run so that it does not cut it."""
    items = card_items(drafts)
    groups: dict[int | None, list[list[Draft]]] = {}
    for blocks in items.values():
        groups.setdefault(blocks[0].dom.card_group if blocks[0].dom else None, []).append(blocks)
    for cards in groups.values():
        first, last = cards[0][0].index, cards[-1][-1].index
        label = drafts[first - 1] if first > 0 else None
        if label is None or not label.is_section_label:
            continue
        after = next((d for d in itertools.islice(drafts, last + 1, None) if d.kind is not Kinds.HIDDEN), None)
        if after is None or not after.prose:
            continue
        if not all(d.dom is not None and d.dom.in_main_content for d in (label, after)):
            continue
        titles = [card_title(blocks) for blocks in cards]
        if any(t is None for t in titles) or any(lacks_meta(blocks) for blocks in cards):
            continue
        label.inline = True
        for blocks, title in zip(cards, titles, strict=False):
            assert title is not None
            claim_card(blocks, title, ctx.new_card(), label.text.strip(), inline=True)


def _link_box(path: str) -> str | None:
    """The path of the link element wrapping the block's element (``…/figure/a`` over ``…/a/div/h3``):
    a box that is one link as a whole. None when the block is not inside such a link."""
    segs = path.split("/")
    for at in range(len(segs) - 2, -1, -1):
        if segs[at] == "a" or segs[at].startswith("a["):
            return "/".join(segs[:at + 1])
    return None


#: The key ``_linked_box_of`` gives a block that is one link set in its parent's text starts with this (a path
#: never holds a space).
INLINE_LINK = " inline "


def _linked_box_of(d: Draft) -> str | None:
    """The path of the link wrapping the block (``_link_box``), for a visible block of no card item; for a block
    whose text is its one link, set in its parent's text (no element of the link's holds the block), the parent's
    path and the link's href after INLINE_LINK."""
    dom = d.dom
    if dom is None or dom.card_item is not None or d.kind is Kinds.HIDDEN:
        return None
    path = dom.path
    # A quick test before splitting the path: can a segment but the last be ``a`` or ``a[n]``?
    # (``/article``, ``/aside`` hold ``/a`` too.) Most blocks are in no link.
    if "/a/" in path or "/a[" in path or (path.startswith(("a/", "a[")) and "/a" in path):
        return _link_box(path)
    if dom.href and dom.hrefs is not None and len(dom.hrefs) == 1 and dom.link_chars >= MIN_ITEM_LINK_SHARE * d.chars:
        return f"{INLINE_LINK}{path} {dom.href}"
    return None


def _boxes(drafts: list[Draft]) -> list[list[Draft]]:
    """The runs of consecutive drafts with one ``_linked_box_of`` key (as ``runs.runs_by`` finds them) that are a
    box that is one link: a link element holds it (the blocks' path names it), or a link set in its parent's text
    runs over two blocks or more (``<a>Headline<br><br>Lede<br><br></a>``, a story box as pages written before CSS
    drew it). One line that is a link is a link, not a box: a menu's entries are such runs, one each, so the loop
    drops them as it goes, each block's key computed once."""
    boxes: list[list[Draft]] = []
    run: list[Draft] = []
    key: str | None = None
    run_key = ""  # the key of ``run`` when it holds a block
    for d in drafts:
        current = _linked_box_of(d)
        if current != key:
            if run:
                if len(run) > 1 or not run_key.startswith(INLINE_LINK):
                    boxes.append(run)
                run = []
            key = current
        if current is not None:
            run.append(d)
            run_key = current
    if run and (len(run) > 1 or not run_key.startswith(INLINE_LINK)):
        boxes.append(run)
    return boxes


def _mark_linked_boxes(drafts: list[Draft], ctx: Context) -> None:
    """A box that is one link as a whole (a link wrapping a headline, a kicker and a summary) with a
    headline inside it is an inline teaser card, wherever it sits: story text is never wrapped in a
    link to somewhere else (dev: no such box is article text; the annotated ones are teasers).
    A box linking to another site (a partner, "follow us on …") is no story of this one, unless it is a story
    card of a sister site: a headline of MIN_LONE_CARD_WORDS words or more with its summary or date beside it (a
    promo's short line over its pitch is no headline). The page's site is the one most of its links lead to (the
    page's URL may be a copy's or unknown)."""
    site = page_site(drafts, ctx)
    for blocks in _boxes(drafts):
        # A menu entry never carries a summary or a date: a box that does is a story featured in a mega menu or
        # a side column, whatever the markup around it says (a nav or aside landmark, a "flyout" token).
        summarized = any((d.prose and not d.is_headline_like) or d.is_date_like for d in blocks)
        title = card_title(blocks, in_menu=summarized)
        if title is None or title.dom is None or not any(
                d.role is Roles.OTHER or (summarized and d.verdict.fact in LANDMARK_FACTS) for d in blocks):
            continue  # all chrome: a menu's entries
        if site and title.dom.href and site_of(title.dom.href) not in (None, site) \
                and not (summarized and title.words >= MIN_LONE_CARD_WORDS):
            continue
        claim_card(blocks, title, ctx.new_card(), None, inline=True)


def mark_dom_boxes(drafts: list[Draft], ctx: Context) -> None:
    """Inline card boxes of the markup: labelled card groups inside the story, and boxes that are one link."""
    if ctx.kind is not Inputs.HTML:
        return  # text dumps carry no markup
    mark_inline_cards(drafts, ctx)
    _mark_linked_boxes(drafts, ctx)
