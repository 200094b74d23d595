"""Pipeline stage (HTML only): teaser cards from repeated DOM structures, and the card helpers of the DOM stages.

Repeated sibling structures with a headline link (``Evidence.card_item``) outside the article become teaser
cards, under the nearest heading. Then, outside the article: records of such a run whose headline is too short to
read as one, taken by the run's title slot (``_claim_aligned_records``); a pager's links with a headline's words
(``_claim_pager_links``); ordered lists of one-link items to the site's stories (``_claim_ranked_lists``). Inside
it: story paragraphs that are one link as a whole to another story (``_claim_linked_lines``), and paragraphs whose
lines are each one headline link to another story (``_claim_link_line_boxes``). Text dumps pass through untouched.
"""

from __future__ import annotations

from collections import Counter

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_LABEL_WORDS, count_words, ends_with_ellipsis, introduces_what_follows
from pagesplit.frontend.dom_score import LIST_ITEM_TAG, MIN_MEDIAN_HEADLINE_WORDS
from pagesplit.lexicon import normalize
from pagesplit.lexicon.dom_tokens import load_tokens, not_card_hits, paid_hits
from pagesplit.members import Inputs, Kinds, Parts, Roles
from pagesplit.model import TeaserPart
from pagesplit.rules.article import is_prose
from pagesplit.rules.links import is_non_story_url, page_site, site_of
from pagesplit.rules.listing import is_listing
from pagesplit.rules.release import release
from pagesplit.rules.runs import runs_by
from pagesplit.rules.teasers import MAX_META_WORDS
from pagesplit.rules.title import MAX_TITLE_WORDS
from pagesplit.timed_match import timed

#: A card links at most this many places: its story, and a category, an author or its comments. A column
#: of links (a footer's list of services) may hold one that reads like a headline, and is no card.
MAX_CARD_LINKS = 4
#: A card's title block holds at most this many links (``_may_title``): dev, one title of 815 holds three ("Read
#: Next" beside a headline and its kicker), the others one or two; a line of a menu's links set side by side
#: holds four to eight (names-stripped probe).
MAX_TITLE_LINKS = 3
#: A linked teaser title has at least this many words: a one- or two-word link is a category or a menu entry
#: ("Themes", "Add-ons"). Dev: every annotated teaser title has three or more; the story's own lists of two
#: links are kept by the annotators. Also the least words of each item of a link-list box (``link_lists``).
MIN_LINKED_TITLE_WORDS = 3
#: A block takes its title from its run's slot (``_claim_aligned_records``) beside at least this many card titles
#: in that slot: two records agree on where a run keeps its headlines, as two cards make a run (``MIN_CARDS``).
MIN_ALIGNED_TITLES = 2
#: ... when it has at least this many words: a one-word link beside headlines is a topic of a site map ("Radon").
#: Dev: the short teaser titles so found run two words or more ("Pandemia trwa").
MIN_ALIGNED_TITLE_WORDS = 2
#: ... and no landmark alone ruled it chrome (these verdicts): short links in a footer or a nav are its entries.
#: (``dom_boxes``: a summarized story box in a menu or side column overrules them.)
LANDMARK_FACTS = (Facts.CHROME_LANDMARK, Facts.PAGE_HEADER)
#: A box of headline links in the story (``link_lists``) holds at least this many (dev: the story's own lists of two
#: links, "Profile: X" / "Timeline of the saga", are kept by the annotators; every list of three or more is a box);
#: so does a ranking of stories, an ordered list of one-link items (``_claim_ranked_lists``).
MIN_LIST_LINKS = 3
#: An item of either has at least this share link text: the item is the link.
MIN_ITEM_LINK_SHARE = 0.9
#: A line of a box of linked headlines set in one paragraph (``_claim_link_line_boxes``) is at least this share link
#: text: a headline may trail a short unlinked tag ("[Warning]") or follow a ">>" (dev: 0.87 and 0.97 for such
#: lines; a sentence citing a source links a few of its words). Not swept.
MIN_LINK_LINE_SHARE = 0.75
#: Blocks that may label the cards below them (``_drop_tail_card_labels``): a list item is the story's own list's.
LABEL_KINDS = frozenset({Kinds.HEADING, Kinds.LINE, Kinds.PARAGRAPH})
#: A run of bare links is judged a menu (``_menu_groups``) from this many entries: two links in a row are as
#: often a "previous / next" pair (dev: a recipe's link to the one before it beside "All recipes").
MIN_MENU_ENTRIES = 3
#: A ranking's items sit in none of these landmarks: page furniture's lists are menus, whatever their order.
FURNITURE_LANDMARKS = frozenset({"nav", "header", "footer"})
#: Sibling indexes in a block's path (``li[2]``): a record's slot is its path without them (``_slot``).
_INDEX = timed(regex.compile(r"\[\d+\]"), "dom_cards.sibling-index")
#: A label's words, to look its paid-placement stems up (``_paid_label_groups``).
_WORD = timed(regex.compile(r"\w+"), "dom_cards.label-word")
#: Headings and labels at most ``features.MAX_LABEL_WORDS`` long can name the section of the cards that follow.


def _in_article(d: Draft) -> bool:
    return d.role in (Roles.ARTICLE, Roles.TITLE, Roles.BYLINE, Roles.DATE, Roles.ATTRIBUTION, Roles.CAPTION)


def _claimable(d: Draft) -> bool:
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
        if not _claimable(d) or d.kind is Kinds.HIDDEN:
            continue
        if d.role is Roles.TEASER and d.card is not None:
            robbed.add(d.card)
        part = _part_of(d, title, title_key)
        d.card, d.part, d.section, d.inline = card, part, label, inline or d.inline
        d.decide(Roles.TEASER, "teaser.dom-card", part.value, Facts.MARKUP_CARD)
    return robbed


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
    choices = {item: _title_choice(blocks) for item, blocks in items.items()}
    slots = _title_slots(choices)

    def claim_record(item: int, blocks: list[Draft]) -> bool:
        """Make the record a card under its run's title slot; whether it did."""
        own, slot_candidates = choices[item]
        slot = slots.get(blocks[0].dom.card_group if blocks[0].dom is not None else None)
        title = own if slot is None else next((d for d in slot_candidates if _slot(d) == slot), own)
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
        if any(_in_article(d) for d in blocks) and not listing and (
                not _run_has_main_content(drafts, ctx)
                or any(d.dom is not None and d.dom.in_main_content for d in blocks)):
            inside.append((item, blocks))  # cards inside the main content are the article's own lists
            continue
        if claim_record(item, blocks) and blocks[0].dom is not None:
            claimed.add(blocks[0].dom.card_group)
    for item, blocks in inside:
        if _at_article_edge(drafts, blocks, ctx, claimed):
            claim_record(item, blocks)
    robbed |= _claim_aligned_records(drafts, ctx)
    robbed |= _claim_pager_links(drafts, ctx)
    robbed |= _claim_ranked_lists(drafts, ctx)
    _claim_linked_lines(drafts, ctx)
    _claim_link_line_boxes(drafts, ctx)
    _drop_text_cards_markup_rules_out(drafts)
    _drop_tail_card_labels(drafts)
    _drop_headless(drafts, robbed)
    _drop_orphans(drafts)
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


def _record_keys(path: str) -> list[tuple[str, int]]:
    """The keys of the runs a block may sit in: for each indexed segment of its path (``li[3]``), the path with
    that index blanked (``…/ul/li[*]/a``), and where the segment ends in the path. Two blocks sharing a key sit in
    the same slot of two sibling records of one container (the segment is the record element)."""
    keys = []
    for match in _INDEX.finditer(path):
        at = match.end()
        keys.append((f"{path[:match.start()]}[*]{path[at:]}", at))
    return keys


def _claim_aligned_records(drafts: list[Draft], ctx: Context) -> set[int]:
    """Records of a run whose headline is too short to read as one (a word or two, a cut headline of a script
    without spaces) take their title from the run's title slot.

    A block linking a story page in the slot where MIN_ALIGNED_TITLES or more DOM card titles sit (its path is
    theirs but for the index of one element, its record's: ``.../article[3]/h5`` beside ``.../article[2]/h5``
    and ``.../article[4]/h5``) is the headline of a sibling record of the same shape, as record miners align the
    fields of a run's records. Its record (the blocks under that element) becomes a card of the run's section,
    taking them from a text-shape card (returned, as ``claim_card`` does) but never from another DOM card.
    """
    titles = [d for d in drafts if d.role is Roles.TEASER and d.part is Parts.TITLE
              and d.verdict.fact is Facts.MARKUP_CARD and d.dom is not None]
    if len(titles) < MIN_ALIGNED_TITLES:
        return set()
    slots: Counter[str] = Counter()
    section_of: dict[str, str | None] = {}
    seen = _shown_titles(drafts)
    for d in titles:
        assert d.dom is not None
        for key, _ in _record_keys(d.dom.path):
            slots[key] += 1
            section_of.setdefault(key, d.section)
    menu_tokens = load_tokens("menu_tokens")
    robbed: set[int] = set()
    for d in drafts:
        dom = d.dom
        if dom is None or not dom.href or _held(d) or d.role is Roles.ARTICLE or d.kind is Kinds.HIDDEN \
                or not MIN_ALIGNED_TITLE_WORDS <= d.words <= MAX_TITLE_WORDS or d.verdict.fact in LANDMARK_FACTS \
                or not _may_title(d, menu_tokens, False):
            continue
        found = next(((key, end) for key, end in _record_keys(dom.path) if slots[key] >= MIN_ALIGNED_TITLES), None)
        if found is None:
            continue
        title_key = normalize(d.text)
        if title_key in seen:
            continue  # a carousel's clone of a card already taken
        key, end = found
        record = _record_blocks(drafts, d, dom.path[:end])
        if len({b.dom.href for b in record if b.dom is not None and b.dom.href}) > MAX_CARD_LINKS:
            continue
        seen.add(title_key)
        robbed |= claim_card(record, d, ctx.new_card(), section_of.get(key))
    return robbed


def _claim_pager_links(drafts: list[Draft], ctx: Context) -> set[int]:
    """A link of a pager (``_dom/pager_tokens.txt`` on the block or an ancestor) with a headline's words, to
    another story page of the page's site, names the story before or after this one ("Previous post: <headline>",
    "Best of 2016." under ``pager left``): it is a teaser card, as annotators count a post navigation's links.
    A listing's pager shows numbers and labels ("Next page", "← Older posts"): fewer than
    MIN_LINKED_TITLE_WORDS words with a letter or digit, or a chrome phrase, or a listing page's URL. Of blocks
    in a row linking one story (a label line above the headline), the longest is the title; a headline some card
    already shows (the same story in a side column) makes no second card."""
    pager_tokens = load_tokens("pager_tokens")
    site = page_site(drafts, ctx)
    if site is None:
        return set()
    links: list[list[Draft]] = []  # pager links in a row to one story
    for d in drafts:
        dom = d.dom
        if dom is None or not dom.href or dom.tokens.isdisjoint(pager_tokens) or d.kind is Kinds.HIDDEN \
                or d.role is Roles.TEASER or _in_article(d) or not _claimable(d) or d.is_chrome_phrase \
                or _lettered_words(d) < MIN_LINKED_TITLE_WORDS or not _links_site_story(dom.href, site):
            continue
        last = links[-1][-1] if links else None
        if last is not None and last.dom is not None and last.dom.href == dom.href and last.index + 1 == d.index:
            links[-1].append(d)
        else:
            links.append([d])
    seen = _shown_titles(drafts)
    robbed: set[int] = set()
    for blocks in links:
        title = max(blocks, key=lambda d: d.words)
        if normalize(title.text) not in seen:
            seen.add(normalize(title.text))
            robbed |= claim_card(blocks, title, ctx.new_card(), None)
    return robbed


def _ordered_list_of(d: Draft) -> str | None:
    """The path of the ordered list (``ol``) holding the visible list item, else None."""
    dom = d.dom
    if dom is None or d.kind is not Kinds.LIST_ITEM:
        return None
    holder = dom.path.rpartition("/")[0]
    tag = holder.rpartition("/")[2].partition("[")[0]
    return holder if tag == "ol" else None


def _claim_ranked_lists(drafts: list[Draft], ctx: Context) -> set[int]:
    """An ordered list of MIN_LIST_LINKS or more items, each one link (MIN_ITEM_LINK_SHARE of its text) to a
    story page of its own on the page's site, outside a nav, header or footer, is a ranking of stories ("Most
    read", "Top 10"): each item is a teaser card, however short its title (a recipe's name). A menu's and a
    footer's lists are unordered or sit in those landmarks; a breadcrumb or a pager links listing pages or the
    page itself, and an outline of the story links into it (``#``)."""
    site = page_site(drafts, ctx)
    if site is None:
        return set()
    menu_tokens = load_tokens("menu_tokens")
    robbed: set[int] = set()
    for items in runs_by(drafts, _ordered_list_of):
        if len(items) < MIN_LIST_LINKS or len({d.dom.href for d in items if d.dom is not None}) < len(items):
            continue
        if not all(_ranked_story_link(d, site, menu_tokens) for d in items):
            continue
        for d in items:
            if not _held(d) and _claimable(d):
                robbed |= claim_card([d], d, ctx.new_card(), None)
    return robbed


def _ranked_story_link(d: Draft, site: str, menu_tokens: frozenset[str]) -> bool:
    """Whether a list item is one link to a story page of the site, outside the story and page furniture."""
    dom = d.dom
    return dom is not None and bool(dom.href) and _lettered_words(d) > 0 \
        and dom.link_chars >= MIN_ITEM_LINK_SHARE * d.chars and _links_site_story(dom.href or "", site) \
        and not _in_article(d) \
        and dom.landmarks.isdisjoint(FURNITURE_LANDMARKS) and not _ruled_out(d, menu_tokens, False)


def _claim_linked_lines(drafts: list[Draft], ctx: Context) -> None:
    """A paragraph of the story that is one link as a whole, with a headline's words, to another story page of
    the site, right after a paragraph of prose or before one (the story's text around it, no other link
    paragraph), is an inline teaser (">> <headline> <<", "Read more: <headline>" set between paragraphs): story
    text links a few words of a sentence, never a whole paragraph to another story. A call to action is no
    headline: it ends with an exclamation ("Sign up for our newsletter!") or is a button's label shown more than
    once on the page; a linked picture's caption or credit is the story's figure."""
    site = page_site(drafts, ctx)
    if site is None:
        return
    visible = [d for d in drafts if d.kind is not Kinds.HIDDEN]
    shown: Counter[str] | None = None  # link texts by how often the page shows them, counted at the first candidate
    for before, d, after in zip(visible, visible[1:], visible[2:], strict=False):
        dom = d.dom
        if d.role is not Roles.ARTICLE or d.kind is not Kinds.PARAGRAPH or dom is None or not dom.href \
                or dom.link_chars < MIN_ITEM_LINK_SHARE * d.chars or _lettered_words(d) < MIN_LINKED_TITLE_WORDS \
                or not _links_site_story(dom.href, site) or d.text.rstrip().endswith("!") or d.is_caption_like \
                or d.is_credit_like:
            continue
        if shown is None:
            shown = Counter(normalize(x.text) for x in visible if x.dom is not None and x.dom.href)
        if shown[normalize(d.text)] > 1:
            continue
        if all(x.role in (Roles.ARTICLE, Roles.TITLE) and not (x.dom is not None and x.dom.href)
               for x in (before, after)) and (is_prose(before) or is_prose(after)):
            claim_card([d], d, ctx.new_card(), None, inline=True)


def _claim_link_line_boxes(drafts: list[Draft], ctx: Context) -> None:
    """A paragraph of the story whose lines (``<br>``-separated) are, but for a short first label line, each one
    headline link to another story page of the site ("Don't miss" over three linked headlines, "Read also" over
    ">> <headline>") is a box of teasers set in the story, not story text: a story's paragraph runs as sentences
    and links a few words of them. As many links as headline lines, each line of MIN_LINKED_TITLE_WORDS words or
    more and longer than the label (a label names the box in a word or two: a line of a promo's text above its
    "more" link is no label), every link to a story page of the site, and the headline lines mostly link text
    (MIN_LINK_LINE_SHARE).
    The block becomes one inline card under its label: its title the longest headline line, its url the link with
    the most text (a block is one card: the other headlines stay its text)."""
    site = page_site(drafts, ctx)
    if site is None:
        return
    for d in drafts:
        dom = d.dom
        if d.role is not Roles.ARTICLE or d.kind is not Kinds.PARAGRAPH or dom is None or not dom.hrefs \
                or "\n" not in d.text:
            continue
        lines = [line.strip() for line in d.text.split("\n") if line.strip()]
        label = None
        if len(dom.hrefs) == len(lines) - 1 and count_words(lines[0]) <= MAX_LABEL_WORDS:
            label, lines = lines[0], lines[1:]
        least = max(MIN_LINKED_TITLE_WORDS, count_words(label) + 1 if label is not None else 0)
        if len(dom.hrefs) != len(lines) or any(_lettered_words_of(line) < least for line in lines) \
                or dom.link_chars < MIN_LINK_LINE_SHARE * sum(len(line) for line in lines) \
                or not all(_links_site_story(href, site) for href in dom.hrefs):
            continue
        d.teaser_title = max(lines, key=len)
        dom.href = max(dom.hrefs.items(), key=lambda link: link[1])[0]  # the card's link: its longest
        claim_card([d], d, ctx.new_card(), label, inline=True)


def _lettered_words_of(text: str) -> int:
    """The words of ``text`` with a letter or a digit."""
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def _in_menu_tree(d: Draft) -> bool:
    """Whether the block sits in a list item of a list nested in another list item: a branch of a menu tree."""
    assert d.dom is not None
    return sum(1 for seg in d.dom.path.split("/") if seg.partition("[")[0] == LIST_ITEM_TAG) > 1


def _drop_text_cards_markup_rules_out(drafts: list[Draft]) -> None:
    """A card of the text rules (any but ``Facts.MARKUP_CARD``) whose headline sits in a branch of a menu tree (a
    list item of a list nested in another list item, ``ul/li/…/ul/li``) is a menu's entry, not a card: they read a
    column of entries as headlines wherever no landmark or class name marks the menu, and the repeated-structure
    finder never takes a record of a nested list either (``dom_score.LIST_ITEM_TAG``). So is one whose headline
    links no story (``links.is_non_story_url``: a reader's comment, a listing, a home page), which no DOM card's
    title may either (``_may_title``), or links nothing at all: on a page with markup a teaser card is a link to
    the story it advertises (a widget's heading, a byline, an address line read as headlines). A headline set in
    one block with its date or its story's name is linked in part: its link is the block's longest
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


def _main_link(d: Draft) -> str | None:
    """The block's link: the one most of its text is (``Evidence.href``), else the one holding most of its text."""
    dom = d.dom
    if dom is None or dom.href is not None or not dom.hrefs:
        return dom.href if dom is not None else None
    return max(dom.hrefs.items(), key=lambda link: link[1])[0]


def _drop_tail_card_labels(drafts: list[Draft]) -> None:
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


def _links_site_story(href: str, site: str) -> bool:
    """The link leads to a story page of the page's site: no place in a page (``#``), no listing or service page."""
    return "#" not in href and not is_non_story_url(href) and site_of(href) == site


def _shown_titles(drafts: list[Draft]) -> set[str]:
    """The card titles taken so far, normalized: a headline shown again (a carousel's clone, the same story in a
    side column) makes no second card."""
    return {normalize(d.text) for d in drafts if d.role is Roles.TEASER and d.part is Parts.TITLE}


def _lettered_words(d: Draft) -> int:
    """The block's words less those without a letter or a digit (an arrow, a dash)."""
    return d.words - sum(1 for word in d.text.split() if not any(ch.isalnum() for ch in word))


def _held(d: Draft) -> bool:
    """Whether the block is a DOM card's part or a card's title: no aligned record takes it."""
    return d.role is Roles.TEASER and (d.part is Parts.TITLE or d.verdict.fact is Facts.MARKUP_CARD)


def _record_blocks(drafts: list[Draft], title: Draft, record: str) -> list[Draft]:
    """The blocks around ``title`` under the record element at path ``record`` (that no card holds yet)."""
    def inside(d: Draft) -> bool:
        return d.dom is not None and (d.dom.path == record or d.dom.path.startswith(record + "/"))
    first = last = title.index
    while first > 0 and inside(drafts[first - 1]):
        first -= 1
    while last + 1 < len(drafts) and inside(drafts[last + 1]):
        last += 1
    return [d for d in drafts[first:last + 1] if d is title or not _held(d)]


def _slot(d: Draft) -> str:
    """Where a block sits in its record: its path without the sibling indexes, the same in every record of a
    run (``.../li[2]/div/a[2]/p`` and ``.../li[5]/div/a[2]/p`` are one slot)."""
    assert d.dom is not None
    return _INDEX.sub("", d.dom.path)


def _title_slots(choices: dict[int, tuple[Draft | None, list[Draft]]]) -> dict[int | None, str]:
    """Card group -> the slot most of its records hold their title in, when more than half of them do.

    Records of one run put their headline in the same place (as record miners align the fields of a run's
    records). A record whose own choice falls elsewhere (a three-word category heading above the headline
    link, where the other records' categories are too short to be titles) takes the block in the run's slot.
    """
    chosen: dict[int | None, list[str]] = {}
    for title, _ in choices.values():
        if title is not None and title.dom is not None:
            chosen.setdefault(title.dom.card_group, []).append(_slot(title))
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
    picture: a run of pictured records names its stories in a word or two, ``dom_score.pictured_groups``), all
    in one slot, and the run's entries, all of them (at least MIN_MENU_ENTRIES), have a median under
    MIN_MEDIAN_HEADLINE_WORDS words. The entries are the blocks in the records' slot (``_slot``) under the
    element holding the records. The repeated-structure finder counts only the entries long enough to read as
    headlines, and a list of topic links ("UV radiation", "What is radon?", "Radon at work") has a few such;
    story headlines are longer (``dom_score.MIN_MEDIAN_HEADLINE_WORDS``)."""
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
        slots = {_slot(d) for d in found}
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
            slot = _slot(d)
            for group in holding:
                if runs[group][1] == slot:
                    words[group].append(_lettered_words(d))
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


def _drop_headless(drafts: list[Draft], robbed: set[int]) -> None:
    """A text-shape card whose headline went to a DOM card is no card: its leftovers are outside."""
    if not robbed:
        return
    titled = {d.card for d in drafts if d.role is Roles.TEASER and d.part is Parts.TITLE}
    for d in drafts:
        if d.role is Roles.TEASER and d.card in robbed and d.card not in titled:
            release(d)


def _drop_orphans(drafts: list[Draft]) -> None:
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


def _run_has_main_content(drafts: list[Draft], ctx: Context) -> bool:
    if ctx.article_start is None or ctx.article_end is None:
        return False
    return any(d.dom is not None and d.dom.in_main_content and d.role is Roles.ARTICLE
               for d in drafts[ctx.article_start:ctx.article_end + 1])


def card_title(blocks: list[Draft], in_menu: bool = False) -> Draft | None:
    """The block holding the card's headline link: a heading first, then any headline-like link.

    A link to a listing page (a tag, an author, a search) is no title. ``in_menu``: menu tokens
    (``_dom/menu_tokens.txt``) do not rule the card out.
    A title has MIN_LINKED_TITLE_WORDS or more words with a letter or a digit (every annotated dev teaser title
    does): a one- or two-word link is a category or a menu entry, and an arrow is no word ("Newer story →").
    A heading linking elsewhere than a longer headline link of the card is the card's category ("Finance" above
    the story's own link), not its title.
    """
    return _title_choice(blocks, in_menu)[0]


def _title_choice(blocks: list[Draft], in_menu: bool = False) -> tuple[Draft | None, list[Draft]]:
    """``card_title``'s choice, and the blocks that could hold a title (headings and headline-like links, in
    order) for a run whose records keep their titles in one slot (``_title_slots``)."""
    menu_tokens = load_tokens("menu_tokens")
    linked = [d for d in blocks if _lettered_words(d) >= MIN_LINKED_TITLE_WORDS and _may_title(d, menu_tokens, in_menu)]
    headlines = [d for d in linked if d.kind is not Kinds.HEADING and (
        d.is_headline_like or _truncated_headline(d) or (d.dom is not None and d.dom.card_title and not is_prose(d)))]
    candidates = [d for d in linked if d.kind is Kinds.HEADING or d in headlines]
    for d in linked:
        if d.kind is Kinds.HEADING and not any(h.dom is not None and d.dom is not None and h.dom.href != d.dom.href
                                                   and h.words > d.words for h in headlines):
            return d, candidates
    if not headlines:  # a pictured record's name of a word or two ("Apple crumble" under its photo)
        return next((d for d in blocks if d.dom is not None and d.dom.card_pictured and d.dom.card_title
                     and d.words and _may_title(d, menu_tokens, in_menu)), None), candidates
    return headlines[0], candidates


def _may_title(d: Draft, menu_tokens: frozenset[str], in_menu: bool) -> bool:
    """Whether a block may title its card: it links a story page, no other stage claimed it, it is no chrome
    phrase; it reads as one headline: it does not end with a colon (a line introducing what follows, as a
    comment's "Jo Bloggs says:" does its comment) and holds at most MAX_TITLE_LINKS links (a row of a menu's
    links set in one line is no headline); and no token rules it out (``_ruled_out``)."""
    return d.dom is not None and bool(d.dom.href) and _claimable(d) and not d.is_chrome_phrase \
        and not introduces_what_follows(d.text) and len(d.dom.hrefs or ()) <= MAX_TITLE_LINKS \
        and not _ruled_out(d, menu_tokens, in_menu) \
        and not is_non_story_url(d.dom.href or "")


def _ruled_out(d: Draft, menu_tokens: frozenset[str], in_menu: bool) -> bool:
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
