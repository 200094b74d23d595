"""Sending a block back out of the article or out of its teaser card.

A stage that takes back what an earlier one claimed (a card with no headline left, a card advertising the
page's own story, an article run that turned out to be a listing) gives the block the verdict nothing
claiming it would have given: prose is "other", anything shorter is chrome.
"""

from __future__ import annotations

from pagesplit.draft import Draft
from pagesplit.members import Parts, Roles


def release(d: Draft, has_article: bool = True, detail: str = "") -> None:
    """Take ``d`` out of its card (if any) and decide it as unclaimed: prose is OTHER (``other.outside``, or
    ``other.no-article`` when the page has no article), anything else CHROME (``chrome.outside``)."""
    d.card = d.part = d.section = None
    if d.prose:
        d.decide(Roles.OTHER, "other.outside" if has_article else "other.no-article")
    else:
        d.decide(Roles.CHROME, "chrome.outside", detail)


def drop_cards(drafts: list[Draft], cards: set[int], rule: str) -> None:
    """Undo the cards numbered ``cards``: each headline becomes chrome under ``rule``, the cards' other lines go back
    to nobody (``release``). With ``rule`` switched off for measurement (``Draft.may_decide``) no card is undone: the
    drop is the rule's verdict, and a headline left out of its card with its lines released would drop it anyway."""
    if not cards or not drafts[0].may_decide(rule):
        return
    for d in drafts:
        if d.role is not Roles.TEASER or d.card not in cards:
            continue
        if d.part is Parts.TITLE:
            d.card, d.part, d.section = None, None, None
            d.decide(Roles.CHROME, rule)
        else:
            release(d)
