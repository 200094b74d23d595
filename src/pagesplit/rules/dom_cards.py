"""Pipeline stage (HTML only): teaser cards from repeated DOM structures.

Repeated sibling structures with a headline link (``Evidence.card_item``) outside the article become teaser
cards, under the nearest heading; runs that are ads (``_paid_groups``, ``_paid_label_groups``) or menus
(``_menu_groups``) make none. Then the other DOM card passes, in this order: outside the article, records of
such a run whose headline is too short to read as one (``aligned_records``), a pager's links with a headline's
words (``pager_links``), ordered lists of one-link items to the site's stories (``ranked_lists``); inside it,
story paragraphs that are one link to another story, or whose lines each are (``inline_link_cards``). Last, the
cards that go back out (``dom_card_drops``). Text dumps pass through untouched.
"""

from __future__ import annotations

from collections import Counter

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_LABEL_WORDS
from pagesplit.frontend.card_groups import MIN_MEDIAN_HEADLINE_WORDS
from pagesplit.lexicon.dom_tokens import paid_hits
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Inputs, Kinds, Roles
from pagesplit.rules.aligned_records import claim_aligned_records
from pagesplit.rules.dom_card_claim import (
    MAX_CARD_LINKS,
    MIN_ITEM_LINK_SHARE,
    card_items,
    claim_card,
    in_article,
    lacks_meta,
    lettered_words,
    record_slot,
    title_choice,
)
from pagesplit.rules.dom_card_drops import (
    drop_headless,
    drop_orphans,
    drop_tail_card_labels,
    drop_text_cards_markup_rules_out,
)
from pagesplit.rules.inline_link_cards import claim_link_line_boxes, claim_linked_lines
from pagesplit.rules.listing import is_listing
from pagesplit.rules.pager_links import claim_pager_links
from pagesplit.rules.ranked_lists import claim_ranked_lists
from pagesplit.timed_match import timed

#: A run of bare links is judged a menu (``_menu_groups``) from this many entries: two links in a row are as
#: often a "previous / next" pair (dev: a recipe's link to the one before it beside "All recipes").
MIN_MENU_ENTRIES = 3
#: A label's words, to look its paid-placement stems up (``_paid_label_groups``).
_WORD = timed(regex.compile(r"\w+"), "dom_cards.label-word")
#: Headings and labels at most ``features.MAX_LABEL_WORDS`` long can name the section of the cards that follow.


def _sections(drafts: list[Draft]) -> dict[int | None, str | None]:
    """Card group id -> the label (a heading, a section label) nearest above its first block."""
    section_of: dict[int | None, str | None] = {}
    section: str | None = None
    for d in drafts:
        dom = d.dom
        if dom is None:
            continue
        if dom.card_item is None:
            if (d.is_section_label or d.kind is Kinds.HEADING) and d.words <= MAX_LABEL_WORDS \
                    and d.kind is not Kinds.HIDDEN and d.role is not Roles.TITLE:
                section = d.text.strip()
        elif dom.card_group not in section_of:
            section_of[dom.card_group] = section
    return section_of


def group_dom_cards(drafts: list[Draft], ctx: Context) -> None:
    """Turn card evidence outside the article into teaser cards: title, summary, caption, credit, meta."""
    if ctx.kind is not Inputs.HTML:
        return
    items = card_items(drafts)
    section_of = _sections(drafts) if items else {}
    listing = is_listing(drafts, items)
    robbed: set[int] = set()  # text-shape cards that lost blocks to DOM cards
    titles_seen: dict[int | None, set[str]] = {}
    paid = _paid_groups(items) | _paid_label_groups(drafts, items)
    menus = _menu_groups(drafts, items)
    # each record's title is chosen once: a claim changes only its own record's blocks, and to a claimable role
    choices = {item: title_choice(blocks) for item, blocks in items.items()}
    slots = _title_slots(choices)

    def claim_record(item: int, blocks: list[Draft]) -> bool:
        """Make the record a card under its run's title slot; whether it did."""
        own, slot_candidates = choices[item]
        slot = slots.get(blocks[0].dom.card_group if blocks[0].dom is not None else None)
        title = own if slot is None else next((d for d in slot_candidates if record_slot(d) == slot), own)
        if title is None:
            return False
        dom = title.dom
        assert dom is not None
        if len({d.dom.href for d in blocks if d.dom is not None and d.dom.href}) > MAX_CARD_LINKS:
            return False  # a column of links under a heading (a footer's "Services"), one of which reads like a title
        seen = titles_seen.setdefault(dom.card_group, set())
        title_key = normalize(title.text)
        if title_key in seen:
            return False  # the same headline again in one group: a gallery or a carousel's clones
        seen.add(title_key)
        if title.role is Roles.TEASER and title.verdict.fact is Facts.MARKUP_CARD:
            return False  # an inline box, claimed before the article run
        robbed.update(claim_card(blocks, title, ctx.new_card(), section_of.get(dom.card_group)))
        return True

    claimed: set[int | None] = set()  # card groups with a record made a card outside the article
    inside: list[tuple[int, list[Draft]]] = []  # records in the article, left for now
    for item, blocks in items.items():
        if any(d.role is Roles.TITLE for d in blocks):
            continue
        if blocks[0].dom is not None and blocks[0].dom.card_group in paid:
            continue  # a grid of ads: the markup names every record a paid placement
        if blocks[0].dom is not None and blocks[0].dom.card_group in menus:
            continue  # a menu or a site map: its entries, all of them, are short names
        if lacks_meta(blocks):
            continue
        if any(in_article(d) for d in blocks) and not listing and (
                not _run_has_main_content(drafts, ctx)
                or any(d.dom is not None and d.dom.in_main_content for d in blocks)):
            inside.append((item, blocks))  # cards inside the main content are the article's own lists
            continue
        if claim_record(item, blocks) and blocks[0].dom is not None:
            claimed.add(blocks[0].dom.card_group)
    for item, blocks in inside:
        if _at_article_edge(drafts, blocks, ctx, claimed):
            claim_record(item, blocks)
    robbed |= claim_aligned_records(drafts, ctx)
    robbed |= claim_pager_links(drafts, ctx)
    robbed |= claim_ranked_lists(drafts, ctx)
    claim_linked_lines(drafts, ctx)
    claim_link_line_boxes(drafts, ctx)
    drop_text_cards_markup_rules_out(drafts)
    drop_tail_card_labels(drafts)
    drop_headless(drafts, robbed)
    drop_orphans(drafts)
    ctx.listing = listing


def _at_article_edge(drafts: list[Draft], blocks: list[Draft], ctx: Context, outside: set[int | None]) -> bool:
    """Whether a record of a run whose other records became cards outside the article (``outside``: their card
    groups) sits at the article's edge: the run's first records spilled into its tail (or its last ones into its
    head), no story text between them and the edge. A record miner takes a region's records together; the
    story's run of prose does not end inside a run of records."""
    group = blocks[0].dom.card_group if blocks[0].dom is not None else None
    if group not in outside or ctx.article_start is None or ctx.article_end is None:
        return False

    def no_story(d: Draft) -> bool:
        return d.role is not Roles.ARTICLE or d.kind is Kinds.HIDDEN \
            or (d.dom is not None and d.dom.card_group == group)
    return all(no_story(d) for d in drafts[blocks[-1].index + 1:ctx.article_end + 1]) \
        or all(no_story(d) for d in drafts[ctx.article_start:blocks[0].index])


def _run_has_main_content(drafts: list[Draft], ctx: Context) -> bool:
    if ctx.article_start is None or ctx.article_end is None:
        return False
    return any(d.dom is not None and d.dom.in_main_content and d.role is Roles.ARTICLE
               for d in drafts[ctx.article_start:ctx.article_end + 1])


def _title_slots(choices: dict[int, tuple[Draft | None, list[Draft]]]) -> dict[int | None, str]:
    """Card group -> the slot most of its records hold their title in, when more than half of them do.

    Records of one run put their headline in the same place (as record miners align the fields of a run's
    records). A record whose own choice falls elsewhere (a three-word category heading above the headline
    link, where the other records' categories are too short to be titles) takes the block in the run's slot.
    """
    chosen: dict[int | None, list[str]] = {}
    for title, _ in choices.values():
        if title is not None and title.dom is not None:
            chosen.setdefault(title.dom.card_group, []).append(record_slot(title))
    slots = {}
    for group, found in chosen.items():
        slot, count = Counter(found).most_common(1)[0]
        if count * 2 > len(found):
            slots[group] = slot
    return slots


def _paid_groups(items: dict[int, list[Draft]]) -> set[int | None]:
    """Card groups every record of which carries a paid-placement token (``_dom/paid_stems.txt``) on one of
    its blocks or their ancestors: sponsors' or advertisers' boxes, however much their titles read like
    headlines. One sponsored record in a run of the site's stories leaves the run its teasers."""
    paid: dict[int | None, bool] = {}
    for blocks in items.values():
        group = blocks[0].dom.card_group if blocks[0].dom is not None else None
        marked = any(d.dom is not None and paid_hits(d.dom.tokens) for d in blocks)
        paid[group] = paid.get(group, True) and marked
    return {group for group, marked in paid.items() if marked}


def _paid_label_groups(drafts: list[Draft], items: dict[int, list[Draft]]) -> set[int | None]:
    """Card groups right under a label naming a paid placement (a word of it starts or ends with a
    ``_dom/paid_stems.txt`` stem: "From our advertisers", "Sponsored content"): the label says what the class
    names would (``_paid_groups``), and survives markup that names nothing. The label is the first shown block
    above the group's first record: a heading or a section label of at most MAX_LABEL_WORDS words, in no card."""
    first: dict[int | None, int] = {}
    for blocks in items.values():
        group = blocks[0].dom.card_group if blocks[0].dom is not None else None
        first[group] = min(first.get(group, blocks[0].index), blocks[0].index)
    paid = set()
    for group, at in first.items():
        label = next((d for d in reversed(drafts[:at]) if d.kind is not Kinds.HIDDEN), None)
        if label is None or (label.dom is not None and label.dom.card_item is not None) \
                or not (label.kind is Kinds.HEADING or label.is_section_label) or label.words > MAX_LABEL_WORDS:
            continue
        if paid_hits(frozenset(_WORD.findall(label.text.lower()))):
            paid.add(group)
    return paid


def _menu_groups(drafts: list[Draft], items: dict[int, list[Draft]]) -> set[int | None]:
    """Card groups that are entries of a menu or a site map: every record is one block that is all link (and no
    picture: a run of pictured records names its stories in a word or two, ``card_groups.pictured_groups``), all
    in one slot, and the run's entries, all of them (at least MIN_MENU_ENTRIES), have a median under
    MIN_MEDIAN_HEADLINE_WORDS words. The entries are the blocks in the records' slot (``dom_card_claim.record_slot``)
    under the element holding the records. The repeated-structure finder counts only the entries long enough to read as
    headlines, and a list of topic links ("UV radiation", "What is radon?", "Radon at work") has a few such;
    story headlines are longer (``card_groups.MIN_MEDIAN_HEADLINE_WORDS``)."""
    entries: dict[int | None, list[Draft]] = {}  # group -> its records' one block each
    mixed: set[int | None] = set()  # groups with a record of more than a bare link
    for blocks in items.values():
        dom = blocks[0].dom
        assert dom is not None
        shown = [d for d in blocks if d.kind is not Kinds.HIDDEN]
        if len(shown) == 1 and shown[0].dom is not None and shown[0].chars > 0 and not dom.card_pictured \
                and shown[0].dom.link_chars >= MIN_ITEM_LINK_SHARE * shown[0].chars:
            entries.setdefault(dom.card_group, []).append(shown[0])
        else:
            mixed.add(dom.card_group)
    runs: dict[int | None, tuple[str, str]] = {}  # group -> (the element holding its records, their slot)
    for group, found in entries.items():
        slots = {record_slot(d) for d in found}
        if group not in mixed and len(slots) == 1:  # else records of two shapes (a link to the story before
            runs[group] = (_common_path(found), slots.pop())  # this one, a link to the index)
    if not runs:
        return set()
    words: dict[int | None, list[int]] = {group: [] for group in runs}
    for d in drafts:
        if d.kind is Kinds.HIDDEN or d.dom is None:
            continue
        holding = [group for group, (holder, _) in runs.items() if d.dom.path.startswith(holder)]
        if holding:
            slot = record_slot(d)
            for group in holding:
                if runs[group][1] == slot:
                    words[group].append(lettered_words(d))
    menus = set()
    for group, found_words in words.items():
        found_words.sort()
        if len(found_words) >= MIN_MENU_ENTRIES and found_words[len(found_words) // 2] < MIN_MEDIAN_HEADLINE_WORDS:
            menus.add(group)
    return menus


def _common_path(blocks: list[Draft]) -> str:
    """The path of the element holding all the blocks (their paths' longest common run of segments), with a
    trailing slash."""
    paths = [d.dom.path.split("/") for d in blocks if d.dom is not None]
    common: list[str] = []
    for segs in zip(*paths, strict=False):
        if len(set(segs)) > 1:
            break
        common.append(segs[0])
    return "/".join(common) + "/"
