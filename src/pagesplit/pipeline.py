"""The back end, shared by every front end: stages in order, each refining the drafts in place.

1. ``features.compute``: per-block features (length, sentence end, lexicon hits), once.
2. ``mark_chrome``: chrome that a block's own text proves, and section labels.
3. ``mark_dom_chrome``: chrome that DOM evidence proves (HTML only).
4. ``mark_inline_boxes``: "Related" boxes and "Read more: …" lines set inside the article.
   ``mark_link_lists``: lists of headline links to the site's own stories set inside it (HTML only).
5. ``group_record_cards``: text dumps: runs of 3+ records of the same shape (headline and parts) are cards.
6. ``select_article``: the main run of prose (maximum-sum run of block scores).
7. ``find_title``: the headline above that run.
8. ``group_teasers``: cards in the zones section labels open.
9. ``group_unlabeled_teasers``: headline lists with no label, each headline with its summary or meta line.
10. ``group_headline_lists``: text dumps: lists of 4+ bare story headlines outside the article.
11. ``group_dom_cards``: cards from repeated DOM structures with headline links (HTML only).
12. ``drop_own_story``: cards advertising the page's own story ("Most read" lists) are no teasers.
13. ``find_parts``: byline, date, lead, captions, headings, attribution.
14. ``drop_pre_body_lines``: short lines between the headline and the first paragraph are chrome (HTML only).
15. ``mark_outside``: what nobody claimed: short lines are chrome, prose is "other".

No other module decides the order.
"""

from __future__ import annotations

from collections.abc import Callable

from pagesplit import features
from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.rules.article import select_article
from pagesplit.rules.chrome import mark_chrome
from pagesplit.rules.dom import group_dom_cards, mark_dom_chrome
from pagesplit.rules.headline_lists import group_headline_lists
from pagesplit.rules.link_lists import mark_link_lists
from pagesplit.rules.own_story import drop_own_story
from pagesplit.rules.parts import find_parts, find_title, mark_outside
from pagesplit.rules.pre_body import drop_pre_body_lines
from pagesplit.rules.records import group_record_cards
from pagesplit.rules.teasers import group_teasers, group_unlabeled_teasers, mark_inline_boxes

Stage = Callable[[list[Draft], Context], None]

STAGES: tuple[Stage, ...] = (
    mark_chrome,
    mark_dom_chrome,
    mark_inline_boxes,
    mark_link_lists,
    group_record_cards,
    select_article,
    find_title,
    group_teasers,
    group_unlabeled_teasers,
    group_headline_lists,
    group_dom_cards,
    drop_own_story,
    find_parts,
    drop_pre_body_lines,
    mark_outside,
)


def run(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """Decide every draft's role; returns the same list, every draft decided."""
    if ctx.explain:
        for d in drafts:
            d.trail = []
    features.compute(drafts, ctx.lexicon)
    for stage in STAGES:
        stage(drafts, ctx)
    return drafts
