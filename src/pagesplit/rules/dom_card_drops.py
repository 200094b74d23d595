"""The cards that go back out after the DOM card passes (``dom_cards``): text-rule cards markup rules out,
text-shape cards that lost their headline, DOM card parts that lost their title; and the story's short line
right above its tail cards, which labels them."""

from __future__ import annotations

from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_LABEL_WORDS, introduces_what_follows
from pagesplit.frontend.card_groups import LIST_ITEM_TAG
from pagesplit.members import Kinds, Parts, Roles
from pagesplit.rules.dom_card_claim import longest_link
from pagesplit.rules.links import is_non_story_url
from pagesplit.rules.release import release

#: Blocks that may label the cards below them (``drop_tail_card_labels``): a list item is the story's own list's.
LABEL_KINDS = frozenset({Kinds.HEADING, Kinds.LINE, Kinds.PARAGRAPH})


def drop_text_cards_markup_rules_out(drafts: list[Draft]) -> None:
    """A card of the text rules (any but ``Facts.MARKUP_CARD``) whose headline sits in a branch of a menu tree (a
    list item of a list nested in another list item, ``ul/li/…/ul/li``) is a menu's entry, not a card: they read a
    column of entries as headlines wherever no landmark or class name marks the menu, and the repeated-structure
    finder never takes a record of a nested list either (``card_groups.LIST_ITEM_TAG``). So is one whose headline
    links no story (``links.is_non_story_url``: a reader's comment, a listing, a home page), which no DOM card's
    title may either (``dom_card_claim.may_title``), or links nothing at all: on a page with markup a teaser card
    is a link to the story it advertises (a widget's heading, a byline, an address line read as headlines). A
    headline set in one block with its date or its story's name is linked in part: its link is the block's longest
    (``_main_link``), and a reader's comment quoted above the story it was left on links the comment. Its blocks
    go back out (and, like any unclaimed block, may join the story as its lead or a caption)."""
    dropped = set()
    for d in drafts:
        if d.role is not Roles.TEASER or d.part is not Parts.TITLE or d.card is None \
                or d.verdict.fact is Facts.MARKUP_CARD or d.dom is None:
            continue
        link = _main_link(d)
        if _in_menu_tree(d) or link is None or is_non_story_url(link):
            dropped.add(d.card)
    if dropped:
        for d in drafts:
            if d.role is Roles.TEASER and d.card in dropped:
                release(d)


def _in_menu_tree(d: Draft) -> bool:
    """Whether the block sits in a list item of a list nested in another list item: a branch of a menu tree."""
    assert d.dom is not None
    return sum(1 for seg in d.dom.path.split("/") if seg.partition("[")[0] == LIST_ITEM_TAG) > 1


def _main_link(d: Draft) -> str | None:
    """The block's link: the one most of its text is (``Evidence.href``), else the one holding most of its text."""
    dom = d.dom
    if dom is None or dom.href is not None or not dom.hrefs:
        return dom.href if dom is not None else None
    return longest_link(dom.hrefs)


def drop_tail_card_labels(drafts: list[Draft]) -> None:
    """A short unlinked line of the story right above DOM teaser cards after which the story does not resume
    ("You may also like…", "More stories from us", a shop's "Recommended for you") labels those cards: it
    leaves the story with them. Not a list item (the last item of the story's own list), a date, a credit or a
    caption (a quoted post's attribution line), nor a line of more than MAX_LABEL_WORDS words, nor one that ends
    with a colon: it introduces what follows as the story's own ("Read the releases on this:" over their list)."""
    visible = [d for d in drafts if d.kind is not Kinds.HIDDEN]
    for k in range(1, len(visible)):
        d, label = visible[k], visible[k - 1]
        if d.role is not Roles.TEASER or d.verdict.fact is not Facts.MARKUP_CARD or label.role is not Roles.ARTICLE \
                or label.dom is None or label.dom.link_chars or label.kind not in LABEL_KINDS \
                or not 0 < label.words <= MAX_LABEL_WORDS or label.is_date_like or label.is_credit_like \
                or label.is_caption_like or introduces_what_follows(label.text):
            continue
        after = next((x for x in visible[k + 1:] if x.role is not Roles.TEASER), None)
        if after is None or after.role is not Roles.ARTICLE:
            label.decide(Roles.CHROME, "chrome.box-label", "above teaser cards that end the story")


def drop_headless(drafts: list[Draft], robbed: set[int]) -> None:
    """A text-shape card whose headline went to a DOM card is no card: its leftovers are outside."""
    if not robbed:
        return
    titled = {d.card for d in drafts if d.role is Roles.TEASER and d.part is Parts.TITLE}
    for d in drafts:
        if d.role is Roles.TEASER and d.card in robbed and d.card not in titled:
            release(d)


def drop_orphans(drafts: list[Draft]) -> None:
    """A DOM card part whose title a later text rule took over (an inline "Read more" line) is in no
    card any more: it goes back outside, as a card without a headline would."""
    titled: set[int | None] = set()
    dom_parts = []
    for d in drafts:
        if d.role is Roles.TEASER:
            if d.part is Parts.TITLE:
                titled.add(d.card)
            if d.verdict.fact is Facts.MARKUP_CARD:
                dom_parts.append(d)
    for d in dom_parts:
        if d.card is None or d.card not in titled:
            release(d)
