"""The back end, shared by every front end: stages in order, each refining the drafts in place.

1. ``features.compute``: per-block features (length, sentence end, lexicon hits), once.
2. ``mark_chrome`` (``rules/chrome.py``): chrome that a block's own text proves, and section labels.
3. ``mark_dom_chrome`` (``rules/dom_chrome.py``): chrome that markup proves (HTML only).
4. ``mark_dom_boxes`` (``rules/dom_boxes.py``): card boxes markup draws inside the story (HTML only).
5. ``mark_inline_boxes`` (``rules/inline_boxes.py``): "Related" boxes and "Read more: …" lines set inside the article.
6. ``mark_link_lists`` (``rules/link_lists.py``): lists of headline links to the site's own stories set
   inside the story (HTML only).
7. ``group_record_cards`` (``rules/records.py``): text dumps: runs of 3+ records of the same shape (headline
   and parts) are cards.
8. ``find_headline_lists`` (``rules/headline_lists.py``): text dumps: note the lists of 4+ bare story headlines
   anywhere, for the next stage to end a story above one at its tail.
9. ``select_article`` (``rules/article.py``): the main run of prose (maximum-sum run of block scores).
10. ``find_title`` (``rules/title.py``): the headline above that run.
11. ``group_teasers`` (``rules/label_zones.py``): cards in the zones section labels open.
12. ``group_unlabeled_teasers`` (``rules/unlabeled_cards.py``): headline lists with no label, each headline with its
    summary or meta line.
13. ``group_headline_lists`` (``rules/headline_lists.py``): text dumps: lists of 4+ bare story headlines
    outside the article.
14. ``group_dom_cards`` (``rules/dom_cards.py``): cards from repeated DOM structures with headline links (HTML).
15. ``drop_listing_article`` (``rules/listing.py``): a run the cards took whole was a listing: no article.
16. ``drop_own_story`` (``rules/own_story.py``): cards advertising the page's own story are no teasers.
17. ``drop_label_cards`` (``rules/label_words.py``): a card headline worded like a section label is the list's
    label.
18. ``drop_contact_cards`` (``rules/contact_cards.py``): a card headline holding an e-mail address, or a row of
    links to legal or service pages, is a contact or imprint line.
19. ``find_parts`` (``rules/parts.py``): byline, date, lead, captions, headings, attribution.
20. ``drop_pre_body_lines`` (``rules/pre_body.py``): short lines between the headline and the first paragraph
    are chrome.
21. ``mark_outside`` (``rules/outside.py``): what nobody claimed: short lines are chrome, prose is "other".
22. ``prefer_shown_headline`` (``rules/shown_headline.py``): the page's h1 over a ``<title>`` block the page
    never shows (HTML only).
23. ``drop_error_page`` (``rules/error_page.py``): a page that says it is an error page (404, access denied, a
    bot check) and carries little text has no story: its story blocks are nobody's.

Stages talk through the drafts' typed state (role, ``verdict``: its kind, overridability and fact, ``card``) and
the ``Context``; ``docs/design.md`` describes the protocol. No other module decides the order.
"""

from __future__ import annotations

from collections.abc import Callable

from pagesplit import features
from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.rules.article import select_article
from pagesplit.rules.chrome import mark_chrome
from pagesplit.rules.contact_cards import drop_contact_cards
from pagesplit.rules.dom_boxes import mark_dom_boxes
from pagesplit.rules.dom_cards import group_dom_cards
from pagesplit.rules.dom_chrome import mark_dom_chrome
from pagesplit.rules.error_page import drop_error_page
from pagesplit.rules.headline_lists import find_headline_lists, group_headline_lists
from pagesplit.rules.inline_boxes import mark_inline_boxes
from pagesplit.rules.label_words import drop_label_cards
from pagesplit.rules.label_zones import group_teasers
from pagesplit.rules.link_lists import mark_link_lists
from pagesplit.rules.listing import drop_listing_article
from pagesplit.rules.outside import mark_outside
from pagesplit.rules.own_story import drop_own_story
from pagesplit.rules.parts import find_parts
from pagesplit.rules.pre_body import drop_pre_body_lines
from pagesplit.rules.records import group_record_cards
from pagesplit.rules.shown_headline import prefer_shown_headline
from pagesplit.rules.title import find_title
from pagesplit.rules.unlabeled_cards import group_unlabeled_teasers

Stage = Callable[[list[Draft], Context], None]

STAGES: tuple[Stage, ...] = (
    mark_chrome,
    mark_dom_chrome,
    mark_dom_boxes,
    mark_inline_boxes,
    mark_link_lists,
    group_record_cards,
    find_headline_lists,
    select_article,
    find_title,
    group_teasers,
    group_unlabeled_teasers,
    group_headline_lists,
    group_dom_cards,
    drop_listing_article,
    drop_own_story,
    drop_label_cards,
    drop_contact_cards,
    find_parts,
    drop_pre_body_lines,
    mark_outside,
    prefer_shown_headline,
    drop_error_page,
)


def run(drafts: list[Draft], ctx: Context) -> list[Draft]:
    """Decide every draft's role; returns the same list, every draft decided."""
    if ctx.explain:
        for d in drafts:
            d.trail = []
    if ctx.disabled:
        for d in drafts:
            d.disabled = ctx.disabled
    features.compute(drafts, ctx.lexicon)
    for stage in STAGES:
        stage(drafts, ctx)
    return drafts
