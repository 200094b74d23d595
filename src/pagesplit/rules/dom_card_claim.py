"""Making blocks one DOM teaser card: which block titles it, which part each other block is, and the claim.

The helpers every DOM card pass shares (``dom_cards``, ``aligned_records``, ``pager_links``, ``ranked_lists``,
``inline_link_cards``, ``dom_boxes``): a card item's blocks, the title's choice (``card_title``: a heading or a
headline-like link to a story page that no token rules out), the part of each other block (summary, caption,
credit, meta), and ``claim_card``, which makes the blocks one card. Also the thresholds those passes share.
"""

from __future__ import annotations

import regex

from pagesplit.draft import Draft, Facts
from pagesplit.features import ends_with_ellipsis, introduces_what_follows
from pagesplit.lexicon.dom_tokens import load_tokens, not_card_hits
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Kinds, Parts, Roles
from pagesplit.model import TeaserPart
from pagesplit.rules.card_parts import MAX_META_WORDS
from pagesplit.rules.links import is_non_story_url, names_story, site_of
from pagesplit.rules.title import MAX_TITLE_WORDS
from pagesplit.timed_match import timed

#: A card links at most this many places: its story, and a category, an author or its comments. A column
#: of links (a footer's list of services) may hold one that reads like a headline, and is no card.
MAX_CARD_LINKS = 4
#: A card's title block holds at most this many links (``may_title``): dev, one title of 815 holds three ("Read
#: Next" beside a headline and its kicker), the others one or two; a line of a menu's links set side by side
#: holds four to eight (names-stripped probe).
MAX_TITLE_LINKS = 3
#: A linked teaser title has at least this many words: a one- or two-word link is a category or a menu entry
#: ("Themes", "Add-ons"). Dev: every annotated teaser title has three or more; the story's own lists of two
#: links are kept by the annotators. Also the least words of each item of a link-list box (``link_lists``).
MIN_LINKED_TITLE_WORDS = 3
#: A box of headline links in the story (``link_lists``) holds at least this many (dev: the story's own lists of two
#: links, "Profile: X" / "Timeline of the saga", are kept by the annotators; every list of three or more is a box);
#: so does a ranking of stories, an ordered list of one-link items (``ranked_lists``).
MIN_LIST_LINKS = 3
#: An item of either has at least this share link text: the item is the link.
MIN_ITEM_LINK_SHARE = 0.9
#: Sibling indexes in a block's path (``li[2]``): a record's slot is its path without them (``record_slot``).
SIBLING_INDEX = timed(regex.compile(r"\[\d+\]"), "dom_card_claim.sibling-index")


def in_article(d: Draft) -> bool:
    return d.role in (Roles.ARTICLE, Roles.TITLE, Roles.BYLINE, Roles.DATE, Roles.ATTRIBUTION, Roles.CAPTION)


def claimable(d: Draft) -> bool:
    return d.role in (Roles.OTHER, Roles.TEASER, Roles.ARTICLE) \
        or (d.role is Roles.CHROME and d.verdict.overridable)


def card_items(drafts: list[Draft]) -> dict[int, list[Draft]]:
    """Card item id -> its blocks in order."""
    items: dict[int, list[Draft]] = {}
    for d in drafts:
        dom = d.dom
        if dom is not None and dom.card_item is not None:
            blocks = items.get(dom.card_item)
            if blocks is None:
                items[dom.card_item] = [d]
            else:
                blocks.append(d)
    return items


def lacks_meta(blocks: list[Draft]) -> bool:
    """A card of a group with short headlines (``Evidence.card_needs_meta``) without its date or byline line:
    short link texts beside other short text are a menu or a list of services, not stories."""
    first = blocks[0].dom
    return first is not None and first.card_needs_meta and not any(d.is_meta_like for d in blocks)


def claim_card(blocks: list[Draft], title: Draft, card: int, label: str | None, inline: bool = False) -> set[int]:
    """Make ``blocks`` one teaser card; returns the text-shape cards it took blocks from."""
    robbed = set()
    title_key = normalize(title.text)
    for d in blocks:
        if not claimable(d) or d.kind is Kinds.HIDDEN:
            continue
        if d.role is Roles.TEASER and d.card is not None:
            robbed.add(d.card)
        part = _part_of(d, title, title_key)
        d.card, d.part, d.section, d.inline = card, part, label, inline or d.inline
        d.decide(Roles.TEASER, "teaser.dom-card", part.value, Facts.MARKUP_CARD)
    return robbed


def _part_of(d: Draft, title: Draft, title_key: str) -> TeaserPart:
    """The block's part of the card whose title block is ``title`` (``title_key``: its text, normalized)."""
    if d is title:
        return Parts.TITLE
    if normalize(d.text) == title_key:
        return Parts.REPEAT
    if (d.dom is not None and d.dom.is_credit) or d.is_credit_like:
        return Parts.CREDIT
    if d.kind is Kinds.CAPTION or d.is_caption_like:
        return Parts.CAPTION
    if d.words <= MAX_META_WORDS and not d.ends_sentence:
        return Parts.META
    return Parts.SUMMARY


def card_title(blocks: list[Draft], in_menu: bool = False) -> Draft | None:
    """The block holding the card's headline link: a heading first, then any headline-like link.

    A link to a listing page (a tag, an author, a search) is no title. ``in_menu``: menu tokens
    (``_dom/menu_tokens.txt``) do not rule the card out.
    A title has MIN_LINKED_TITLE_WORDS or more words with a letter or a digit (every annotated dev teaser title
    does): a one- or two-word link is a category or a menu entry, and an arrow is no word ("Newer story →").
    A heading linking elsewhere than a longer headline link of the card is the card's category ("Finance" above
    the story's own link), not its title.
    """
    return title_choice(blocks, in_menu)[0]


def title_choice(blocks: list[Draft], in_menu: bool = False) -> tuple[Draft | None, list[Draft]]:
    """``card_title``'s choice, and the blocks that could hold a title (headings and headline-like links, in
    order) for a run whose records keep their titles in one slot (``dom_cards._title_slots``)."""
    menu_tokens = load_tokens("menu_tokens")
    linked = [d for d in blocks if lettered_words(d) >= MIN_LINKED_TITLE_WORDS and may_title(d, menu_tokens, in_menu)]
    headlines = [d for d in linked if d.kind is not Kinds.HEADING and (
        d.is_headline_like or _truncated_headline(d) or (d.dom is not None and d.dom.card_title and not d.prose))]
    candidates = [d for d in linked if d.kind is Kinds.HEADING or d in headlines]
    for d in linked:
        if d.kind is Kinds.HEADING and not any(h.dom is not None and d.dom is not None and h.dom.href != d.dom.href
                                                   and h.words > d.words for h in headlines):
            return d, candidates
    if not headlines:  # a pictured record's name of a word or two ("Apple crumble" under its photo)
        return next((d for d in blocks if d.dom is not None and d.dom.card_pictured and d.dom.card_title
                     and d.words and may_title(d, menu_tokens, in_menu)), None), candidates
    return headlines[0], candidates


def may_title(d: Draft, menu_tokens: frozenset[str], in_menu: bool) -> bool:
    """Whether a block may title its card: it links a story page (``links.names_story``: one whose address may name
    the story the block tells), no other stage claimed it, it is no chrome
    phrase; it reads as one headline: it does not end with a colon (a line introducing what follows, as a
    comment's "Jo Bloggs says:" does its comment) and holds at most MAX_TITLE_LINKS links (a row of a menu's
    links set in one line is no headline); and no token rules it out (``ruled_out``)."""
    return d.dom is not None and bool(d.dom.href) and claimable(d) and not d.is_chrome_phrase \
        and not introduces_what_follows(d.text) and len(d.dom.hrefs or ()) <= MAX_TITLE_LINKS \
        and not ruled_out(d, menu_tokens, in_menu) \
        and not is_non_story_url(d.dom.href or "") and names_story(d.dom.href or "", d.text)


def ruled_out(d: Draft, menu_tokens: frozenset[str], in_menu: bool) -> bool:
    """Whether tokens (``_dom/not_card_tokens.txt``) rule the block out as a card's title: for a record's block,
    its own tokens and its run's (``Evidence.record_tokens``: a share bar's or a pager's records name it), and
    menu tokens wherever they sit (a run in a dropdown); those of a wider box holding the run beside a widget
    ("with ajax pagination" around a mega menu's stories) do not. Other blocks: theirs and all their
    ancestors'. ``in_menu``: menu tokens do not count."""
    dom = d.dom
    assert dom is not None
    tokens = dom.tokens if dom.record_tokens is None else dom.record_tokens | (dom.tokens & menu_tokens)
    hits = not_card_hits(tokens)
    return bool(hits - menu_tokens if in_menu else hits)


def _truncated_headline(d: Draft) -> bool:
    """"UK weather alert: Plague of mosquitos to devastate Britain as Hurri..." is a cut headline."""
    return ends_with_ellipsis(d.text) and MIN_LINKED_TITLE_WORDS <= d.words <= MAX_TITLE_WORDS


def lettered_words(d: Draft) -> int:
    """The block's words less those without a letter or a digit (an arrow, a dash)."""
    return d.words - unlettered_words(d.text)


def unlettered_words(text: str) -> int:
    """The words of ``text`` (split at spaces) without a letter or a digit (an arrow, a dash, ">>"). A word of letters
    and digits alone (most words) is told in one C call, before its characters are looked at one by one."""
    return sum(1 for word in text.split() if not word.isalnum() and not any(ch.isalnum() for ch in word))


def longest_link(hrefs: dict[str, int]) -> str:
    """Of a block's links (``Evidence.hrefs``: each link's characters), the one holding the most of its text."""
    return max(hrefs.items(), key=lambda link: link[1])[0]


def held(d: Draft) -> bool:
    """Whether the block is a DOM card's part or a card's title: no aligned record takes it."""
    return d.role is Roles.TEASER and (d.part is Parts.TITLE or d.verdict.fact is Facts.MARKUP_CARD)


def record_slot(d: Draft) -> str:
    """Where a block sits in its record: its path without the sibling indexes, the same in every record of a
    run (``.../li[2]/div/a[2]/p`` and ``.../li[5]/div/a[2]/p`` are one slot)."""
    assert d.dom is not None
    return SIBLING_INDEX.sub("", d.dom.path)


def links_site_story(href: str, site: str) -> bool:
    """The link leads to a story page of the page's site: no place in a page (``#``), no listing or service page."""
    return "#" not in href and not is_non_story_url(href) and site_of(href) == site


def shown_titles(drafts: list[Draft]) -> set[str]:
    """The card titles taken so far, normalized: a headline shown again (a carousel's clone, the same story in a
    side column) makes no second card."""
    return {normalize(d.text) for d in drafts if d.role is Roles.TEASER and d.part is Parts.TITLE}
