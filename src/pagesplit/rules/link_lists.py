"""Pipeline stage (HTML only): lists of headline links set inside the story ("More stories" boxes).

A ``<ul>`` or ``<ol>`` whose every item is one link with a headline's words, each to another story of the
page's own site, is a list of teasers, not story text: a story's own lists say something in their items, a
table of contents links into the page itself (``#anchor``), and references link to other sites. The
heading right above such a list, when it is a label and not a sentence, names the box. Found before the
article run, so that a box in mid-story does not cut it (an inline box costs the run little).
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_LABEL_WORDS
from pagesplit.members import Inputs, Kinds, Parts, Roles
from pagesplit.rules.dom_card_claim import MIN_ITEM_LINK_SHARE, MIN_LINKED_TITLE_WORDS, MIN_LIST_LINKS
from pagesplit.rules.dom_paths import parent_path
from pagesplit.rules.links import is_non_story_url, page_site, site_of
from pagesplit.rules.runs import runs_by

# MIN_LIST_LINKS: a box holds at least this many headline links; MIN_ITEM_LINK_SHARE: an item is its link
# (both ``dom_card_claim``, shared with the rankings of stories of ``ranked_lists``).


def _list_of(d: Draft) -> str | None:
    """The path of the list element holding the item (the item's path without its last segment)."""
    return parent_path(d) if d.kind is Kinds.LIST_ITEM else None


def _is_story_link(d: Draft, site: str | None) -> bool:
    """One link with a headline's words to another story of the page's site."""
    dom = d.dom
    if dom is None or not dom.href or d.chars == 0 or d.words < MIN_LINKED_TITLE_WORDS or d.ends_sentence:
        return False
    if not dom.in_main_content:
        return False  # outside the story: the link-list and card stages judge it
    if dom.link_chars < MIN_ITEM_LINK_SHARE * d.chars or "#" in dom.href:
        return False  # a table of contents entry links into this page
    if d.role is not Roles.OTHER and not (d.role is Roles.CHROME and d.verdict.overridable):
        return False
    return site is not None and site_of(dom.href) == site and not is_non_story_url(dom.href)


def _lists(drafts: list[Draft]) -> list[list[Draft]]:
    """The items of each list in page order: runs of list items sharing their list element."""
    return runs_by((d for d in drafts if d.kind is not Kinds.HIDDEN), _list_of)


def _label_above(drafts: list[Draft], first: Draft) -> Draft | None:
    """The heading right above the list, when it reads as a box's label (short, no sentence)."""
    above = next((d for d in reversed(drafts[:first.index]) if d.kind is not Kinds.HIDDEN), None)
    if above is None or above.kind is not Kinds.HEADING or above.words > MAX_LABEL_WORDS or above.ends_sentence:
        return None
    if above.role is Roles.OTHER or (above.role is Roles.CHROME and above.verdict.overridable):
        return above
    return None  # a lexicon label ("See also") already opens its zone, and closes the story where it stands


def mark_link_lists(drafts: list[Draft], ctx: Context) -> None:
    """Lists of three or more headline links to the site's own stories become inline teaser cards."""
    if ctx.kind is not Inputs.HTML:
        return
    runs = [items for items in _lists(drafts) if len(items) >= MIN_LIST_LINKS]
    if not runs:
        return
    site = page_site(drafts, ctx)
    for items in runs:
        if not all(_is_story_link(d, site) for d in items):
            continue
        if len({d.dom.href for d in items if d.dom is not None}) < len(items):
            continue  # one place linked twice: a menu's entries, not a box of stories
        label = _label_above(drafts, items[0])
        above = drafts[items[0].index - 1] if items[0].index else None
        section = label.text.strip() if label is not None else (
            above.text.strip() if above is not None and above.is_section_label else None)
        if label is not None:
            label.inline = True
            label.decide(Roles.CHROME, "chrome.box-label", "above a list of headline links")
        for d in items:
            d.inline, d.section = True, section
            d.card, d.part = ctx.new_card(), Parts.TITLE
            d.decide(Roles.TEASER, "teaser.link-list", section or "", Facts.MARKUP_CARD)
