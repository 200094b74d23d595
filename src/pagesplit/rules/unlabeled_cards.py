"""Pipeline stage: teaser lists that no section label opens.

Outside the article, a run of headlines where every headline carries its own short summary or byline/date line
is a list of cards; the line under each headline is what sets it apart from a menu. The parts of each card are
named by ``card_parts``.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Roles
from pagesplit.rules.card_parts import label_card
from pagesplit.rules.card_shapes import opens_bare_card

#: Unlabeled teaser lists: at least this many cards, this share of them with a meta line, at most
#: this many meta lines per card.
MIN_UNLABELED_CARDS = 3
MIN_UNLABELED_SHARE = 0.8
MAX_META_LINES = 3
#: An unlabeled card's summary is one short paragraph.
MAX_UNLABELED_SUMMARY_CHARS = 350


def _is_card_summary(d: Draft) -> bool:
    return d.prose and d.chars <= MAX_UNLABELED_SUMMARY_CHARS


def _unlabeled_cards(run: list[Draft]) -> list[list[Draft]]:
    """Cards in a run of blocks no label opens: each a headline followed by its summary or meta lines."""
    cards: list[list[Draft]] = []
    for d in run:
        if opens_bare_card(d):
            cards.append([d])
        elif cards and len(cards[-1]) <= MAX_META_LINES and (
                d.is_meta_like or (_is_card_summary(d) and not any(_is_card_summary(b) for b in cards[-1]))):
            cards[-1].append(d)
        else:
            break
    return cards


def group_unlabeled_teasers(drafts: list[Draft], ctx: Context) -> None:
    """Teaser lists with no label: at least MIN_UNLABELED_CARDS headlines in a row outside the article,
    each followed by its own short summary or byline/date line ("Headline" / "By Staff" / "11/20/2019").
    The summary or meta line under every headline is what sets such a list apart from a menu.
    """
    j = 0  # the first block not yet looked at
    for i in [k for k, d in enumerate(drafts) if d.is_headline_like and d.role is Roles.OTHER and opens_bare_card(d)]:
        if i < j:
            continue  # inside the list found above
        j = i
        while j < len(drafts) and drafts[j].role is Roles.OTHER and (
                drafts[j].is_meta_like or opens_bare_card(drafts[j]) or _is_card_summary(drafts[j])):
            j += 1
        cards = _unlabeled_cards(drafts[i:j])
        complete = [c for c in cards if len(c) > 1]
        if len(cards) >= MIN_UNLABELED_CARDS and len(complete) >= MIN_UNLABELED_SHARE * len(cards):
            for blocks in cards:
                label_card(blocks, ctx.new_card(), None)
            j = max(j, cards[-1][-1].index + 1)
        j = max(j, i + 1)
