"""Which sibling structures are teaser cards: a container whose children share a tag and each hold one or two
headline-like links (and little else) is a card group; each such child is one card (``find_cards``).

Then, per record: whether a block holds the record's main link (``is_record_title``, ``partly_linked_titles``),
whether a bold line inside a card's one link is its heading (``bold_card_link_headings``),
whether its run is pictured records (``pictured_groups``) or titled records beside their dates and summaries
(``titled_card_blocks``, which content scoring leaves out), and the tokens naming a record (``record_tokens``).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pagesplit.frontend.content_score import SIBLING_SCORE
from pagesplit.frontend.dom_tree import Tree
from pagesplit.frontend.element_tokens import NearTokens, near_tokens, page_wrapper_chars
from pagesplit.frontend.records import links_to_site, page_site
from pagesplit.frontend.tag_table import BOLD_TAGS, HEADING_TAGS
from pagesplit.lexicon.dom_tokens import load_tokens
from pagesplit.members import Kinds

if TYPE_CHECKING:
    from pagesplit.frontend.raw_blocks import Raw

#: Cards a group holds at least. Swept on the dev teaser pages: 2 is enough when each holds a headline link.
MIN_CARDS = 2
#: A card holds at most this many headline-like links (an image link and a title link may both count).
MAX_HEADLINES_PER_CARD = 2
#: A card holds at most this many characters of text (headline, summary, meta, caption).
MAX_CARD_CHARS = 700
#: Headlines of a card group have at least this many words (median): menus have 1-4, story headlines
#: 5-15 (dev teaser annotations: median 9, 90% have 5 or more).
MIN_MEDIAN_HEADLINE_WORDS = 5
#: Short headlines ("Neutron star cores") still make cards when every card also holds a meta line outside its
#: links (a date, a byline): a menu's entries are links alone.
MIN_ANNOTATED_HEADLINE_WORDS = 3
#: ... and that text is a line of meta data, no longer than this: a paragraph beside a short link is prose.
MAX_ANNOTATION_CHARS = 40
#: ... or every card of a run of at least MIN_PICTURED_CARDS shows a picture (these elements) of its own (two
#: pictured links are as often a "previous / next" pair set in the story).
PICTURE_TAGS = frozenset({"img", "picture"})
MIN_PICTURED_CARDS = 3
#: Under a menu token (``_dom/menu_tokens.txt``) the headlines need this median instead: menu links run to
#: 4-5 words ("About the broadcaster"), while a tab pane of stories ("nav-featured") has full headlines.
MIN_MENU_HEADLINE_WORDS = 8
#: Repeated links inside these landmarks are menus, not cards, unless their headlines have the median of
#: MIN_MENU_HEADLINE_WORDS: a mega menu showing the latest stories of each section (a heading link of a full
#: sentence per record) is a run of teaser cards, whatever landmark holds it.
MENU_LANDMARKS = frozenset({"nav"})
#: Items with this tag whose list sits inside another item with it are a branch of a menu tree (a site map,
#: a nested navigation ``ul/li/ul/li``): teaser cards are records of one level, never the sub-list of a record.
LIST_ITEM_TAG = "li"
#: Children with these tags are never cards: a list is a column of links, a nav or form is a menu or a
#: sign-in box, a header or footer is page furniture (a header's two navs are not two stories).
NOT_CARD_TAGS = frozenset({"ul", "ol", "dl", "menu", "nav", "form", "header", "footer", "select"})
#: The rows of a grid of records (``_grid_rows``) are boxes with this tag.
GRID_ROW_TAG = "div"
_NO_ROWS: frozenset[int] = frozenset()
#: A record of a list may sit in this many boxes more than its siblings (``_wrapped``): the shape probe puts one
#: ``<div>`` around a block, a template may add its own box inside that. Shape probe teaser titles recalled (of
#: 938 on the teaser pages): 1 and 2 recall 822 (815 without the read-through), 3 recalls 823; dev recalls 840 at
#: each. 2 was scored on every probe.
MAX_WRAPPERS = 2
#: ... boxes of this tag, which says nothing of what it holds (a ``<blockquote>`` around one paragraph is a
#: quotation, and a run of them a run of its own: a story's embedded posts).
WRAPPER_TAG = "div"
#: At least this share of the container's children with that tag must be cards.
MIN_CARD_SHARE = 0.5
#: A record whose text is one block of at most this many words holding the record's headline link is a headline
#: linked in part ("Lighthouse keepers <a>return to the northern cape</a>"): the block carries that link as a
#: whole link would (``partly_linked_titles``). Dev: such lists of story headlines run 7-16 words; a
#: record's summary with a link in it runs longer. Swept in session 24 (dev HTML): 15 trades sh:b teaser recall
#: -0.004 for precision +0.004, 26 moves no figure; 20 holds.
MAX_PARTLY_LINKED_WORDS = 20


def find_cards(tree: Tree, raws: list[Raw], page_tokens: NearTokens,
               url: str | None = None) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """Block index -> (card group id, card item id) for blocks inside a detected card (``page_tokens``: the
    tokens of an element and its ancestors, see ``NearTokens``; ``url``: the page's, for its site); and the groups
    of short headlines, each card with a short line of text beside its link, which are cards only if those lines
    are meta lines (the back end knows a date or a byline when it sees one)."""
    items: list[tuple[int, int]] = []  # (item serial, group id)
    short_headlines: set[int] = set()
    headlines, end = tree.headlines, tree.end
    menu_tokens = load_tokens("menu_tokens")
    grids = {container: rows for container, count in headlines.items()
             if count >= MIN_CARDS and (rows := _grid_rows(tree, container))}
    in_grid = {row for rows in grids.values() for row in rows}
    for container, count in headlines.items():
        if count < MIN_CARDS or container in in_grid:
            continue
        by_tag: dict[str, list[int]] = {}
        total: dict[str, int] = {}
        kids = 0
        for kid in _children(tree, container, grids.get(container, _NO_ROWS)):  # a grid's records: one run
            kids += 1
            tag = tree.tag[kid]
            if tag not in NOT_CARD_TAGS:
                total[tag] = total.get(tag, 0) + 1
                if 1 <= headlines.get(kid, 0) <= MAX_HEADLINES_PER_CARD and tree.chars[kid] <= MAX_CARD_CHARS:
                    by_tag.setdefault(tag, []).append(kid)
        if kids < MIN_CARDS:
            continue
        for tag, cards in by_tag.items():
            # Distinct stories: a card's title and summary may be two links to one story, not two cards.
            if len({tree.headline_href[c] for c in cards}) < MIN_CARDS or len(cards) / total[tag] < MIN_CARD_SHARE:
                continue
            words = sorted(tree.headline_words[c] for c in cards)
            median = words[len(words) // 2]
            annotated = False
            if median < MIN_MEDIAN_HEADLINE_WORDS and not _pictured_run(tree, cards, url):
                if median < MIN_ANNOTATED_HEADLINE_WORDS or not all(
                        0 < tree.chars[c] - tree.link_chars[c] <= MAX_ANNOTATION_CHARS for c in cards):
                    continue  # a menu: "Things to Do", "Find a Restaurant"
                annotated = True  # the back end keeps the group if those lines are dates or bylines
            if median < MIN_MENU_HEADLINE_WORDS and (
                    tree.landmarks[container] & MENU_LANDMARKS or not page_tokens(container).isdisjoint(menu_tokens)):
                continue  # a menu: "Things to Do", "Find a Restaurant"
            if tag == LIST_ITEM_TAG and _in_list_item(tree, container):
                continue  # a branch of a menu tree
            items.extend((card, cards[0]) for card in cards)
            if annotated:
                short_headlines.add(cards[0])
    if not items:
        return {}, short_headlines
    # Innermost card wins: paint item ranges outermost first (ascending start), inner ones overwrite.
    owner: dict[int, tuple[int, int]] = {}
    for item, group in sorted(items):
        ids = (group, item)
        for serial in range(item, end[item] + 1):
            owner[serial] = ids
    return _owned_blocks(tree, raws, owner, items), short_headlines


def _children(tree: Tree, container: int, rows: frozenset[int]) -> list[int]:
    """The children of ``container`` as ``Tree.kids`` finds them, each of ``rows`` read as its own children, and
    a wrapper read as the record it wraps when that record's tag is a sibling's (``_wrapped``)."""
    found = []
    end = tree.end
    kid, last = container + 1, end[container]
    while kid <= last:
        if kid in rows:
            found.extend(tree.kids(kid))
        else:
            found.append(kid)
        kid = end[kid] + 1
    return _through_wrappers(tree, found)


def _wrapped(tree: Tree, kid: int) -> list[int]:
    """The elements ``kid`` wraps, outermost first: its one element child, and that child's, while the element
    holds one child and no text of its own, at most MAX_WRAPPERS levels down."""
    end, chars = tree.end, tree.chars
    chain: list[int] = []
    inner = kid
    for _ in range(MAX_WRAPPERS):
        child = inner + 1
        if child > end[inner] or end[child] != end[inner] or chars[child] != chars[inner]:
            break
        chain.append(child)
        inner = child
    return chain


def _through_wrappers(tree: Tree, kids: list[int]) -> list[int]:
    """``kids``, each box of WRAPPER_TAG among them that wraps an element (``_wrapped``) of the tag of a sibling
    that is no such box read as that element: a template that sets one record of a list in a box more than the
    others (an extra ``<div>``) leaves it a record of the list, not a stranger (shape probe)."""
    tag = tree.tag
    chains = [_wrapped(tree, kid) if tag[kid] == WRAPPER_TAG else [] for kid in kids]
    plain = {tag[kid] for kid, chain in zip(kids, chains, strict=True) if not chain}
    if WRAPPER_TAG in plain or not any(chains):
        return kids  # boxes of that tag are records here, or no box wraps a thing
    return [next((held for held in chain if tag[held] in plain), kid) for kid, chain in zip(kids, chains, strict=True)]


def _grid_rows(tree: Tree, container: int) -> frozenset[int]:
    """The rows of a grid of records among ``container``'s children: at least MIN_CARDS children, each a ``<div>``
    holding nothing but children of one tag shared by every row, each of them holding a headline link (one to
    MAX_HEADLINES_PER_CARD) to a story of its own. A grid layout sets a run of records in rows of two or three,
    each row a box of its own: the records are one run, a level deeper than a list's (shape probe); a heading or a
    lead story beside the rows stays as it is. None (empty) when no row holds two records or more (a row of one
    is as well a card's box around its headline)."""
    headlines, chars = tree.headlines, tree.chars
    rows: dict[str, list[int]] = {}  # record tag -> the rows of such records
    widest: dict[str, int] = {}
    links: dict[str, set[int]] = {}  # record tag -> how many headline links its records hold
    for row in tree.kids(container):
        if tree.tag[row] != GRID_ROW_TAG or not headlines.get(row):
            continue
        records = tree.kids(row)
        if not records or sum(chars[r] for r in records) != chars[row]:
            continue  # text of the row's own: no mere row
        tag = tree.tag[records[0]]
        if tag in NOT_CARD_TAGS or any(tree.tag[r] != tag or not 1 <= headlines.get(r, 0) <= MAX_HEADLINES_PER_CARD
                                       for r in records):
            continue
        if len({tree.headline_href[r] for r in records}) < len(records):
            continue  # two links to one story: a card's headline and its picture or summary, no row of two
        rows.setdefault(tag, []).append(row)
        widest[tag] = max(widest.get(tag, 0), len(records))
        links.setdefault(tag, set()).update(headlines[r] for r in records)
    # the records of a run are alike: each holds as many headline links as the others (a story's feature boxes,
    # one with a list of links more, are no run of teasers)
    return frozenset(row for tag, found in rows.items()
                     if len(found) >= MIN_CARDS and widest[tag] >= MIN_CARDS and len(links[tag]) == 1 for row in found)


def _owned_blocks(tree: Tree, raws: list[Raw], owner: dict[int, tuple[int, int]],
                  items: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Block index -> (group, item) for the blocks of the cards: a block inside an item's element, and a block
    that is an inline record's text. A record set inline (``<a>Headline</a><br><br>`` in its parent, one per
    run of breaks, as pages written before CSS listed stories) opens no block of its own: its text is a block of
    the parent holding the records, and that block belongs to the record when its one link is the record's
    headline link and holds most of its text (``Raw.href``; two links on one line are no record), and at least
    MIN_CARDS records of the group are found so (a link set alone below a story is no run of records)."""
    cards = {i: owner[r.serial] for i, r in enumerate(raws) if r.serial in owner}
    inline: dict[str, list[int]] = {}  # headline href -> the items carrying it that own no block
    owned = {item for _, item in cards.values()}
    unowned: dict[int, int] = {}  # group -> how many of its items own no block
    for item, group in items:
        if item not in owned:
            inline.setdefault(tree.headline_href[item], []).append(item)
            unowned[group] = unowned.get(group, 0) + 1
    if not unowned or max(unowned.values()) < MIN_CARDS:
        return cards  # no group can find MIN_CARDS records inline: no pass over the blocks
    found: dict[int, dict[int, tuple[int, int]]] = {}  # group -> block index -> its record's ids
    for i, r in enumerate(raws):
        if r.href is None or r.href not in inline or i in cards or r.hrefs is None or len(r.hrefs) != 1:
            continue
        held = [item for item in inline[r.href] if tree.inside(item, r.serial)]
        if held:
            ids = owner[max(held)]  # the innermost record holding the link
            found.setdefault(ids[0], {})[i] = ids
    for blocks in found.values():
        if len({item for _, item in blocks.values()}) >= MIN_CARDS:
            cards.update(blocks)
    return cards


def _in_list_item(tree: Tree, node: int) -> bool:
    """Whether an ancestor of ``node`` is a list item (``node`` is a list nested in a list)."""
    node = tree.parent[node]
    while node > 0:
        if tree.tag[node] == LIST_ITEM_TAG:
            return True
        node = tree.parent[node]
    return False



def _pictured_run(tree: Tree, cards: list[int], url: str | None) -> bool:
    """Whether the cards are a run of pictured records: at least MIN_PICTURED_CARDS, each showing a picture of its
    own and linking another page of the site. A menu's entries are links alone; a story card whose headline is
    short (a recipe's name, "Opening Bell 5.3.19") shows the story's picture beside it. A row of icons linking
    elsewhere (a share bar, "follow us") is no run of stories."""
    if len(cards) < MIN_PICTURED_CARDS:
        return False
    tags = tree.tag
    if not all(any(tags[serial] in PICTURE_TAGS for serial in range(card + 1, tree.end[card] + 1)) for card in cards):
        return False
    site = page_site(tree, url)
    return all(links_to_site(tree.headline_href[card], site) for card in cards)


def pictured_groups(tree: Tree, cards: dict[int, tuple[int, int]], url: str | None) -> set[int]:
    """The card groups (``find_cards`` ids) that are pictured runs (``_pictured_run``): their records' titles may
    be a word or two (a recipe's name under its photo)."""
    items: dict[int, set[int]] = {}
    for group, item in cards.values():
        items.setdefault(group, set()).add(item)
    return {group for group, found in items.items() if _pictured_run(tree, sorted(found), url)}



def _shown_blocks_by_record(raws: list[Raw], cards: dict[int, tuple[int, int]]
                            ) -> tuple[dict[int, list[int]], dict[int, int]]:
    """Per record of ``find_cards`` (its item), the blocks of it a reader sees, and the record's group."""
    blocks: dict[int, list[int]] = {}
    group_of: dict[int, int] = {}
    for i, (group, item) in cards.items():
        if raws[i].kind is not Kinds.HIDDEN:
            blocks.setdefault(item, []).append(i)
            group_of[item] = group
    return blocks, group_of


def titled_card_blocks(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]]) -> frozenset[int]:
    """The blocks of a run of teaser cards (``find_cards``): at least MIN_CARDS records of one group that each hold
    more than their title, a block whose text is mostly the record's headline link and another beside it (a date,
    a summary). A paragraph of a story holding a link in a sentence may make a one-block record, and a story's own
    box a record beside one-line links ("Previous post"); a run of teaser cards shows each headline apart."""
    blocks, group_of = _shown_blocks_by_record(raws, cards)
    titled: dict[int, list[int]] = {}  # group -> its titled records
    for item, own in blocks.items():
        if len(own) >= 2 and any(is_record_title(tree, item, raws[i].href) for i in own):
            titled.setdefault(group_of[item], []).append(item)
    return frozenset(i for items in titled.values() if len(items) >= MIN_CARDS for item in items for i in blocks[item])



def is_record_title(tree: Tree, item: int, href: str | None) -> bool:
    """Whether a block of card ``item`` carrying ``href`` (the link its text mostly is) holds the record's main
    link: the first headline-like link of the record, which names the story the card advertises."""
    return href is not None and tree.headline_href.get(item) == href


def partly_linked_titles(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], scores: list[float],
                         url: str | None) -> None:
    """Give a record's one block its main link when that link holds less than MIN_HREF_SHARE of the block.

    The walk gives a block the href of a link holding MIN_HREF_SHARE of its text (a link set in a sentence is
    not the block's). A card record whose whole text is one headline-length block (MAX_PARTLY_LINKED_WORDS)
    holding the record's main link (its first headline-like link) is titled by that block, though the link
    holds less of it, when

    - most records of its run carry their main link as their block's link: records of a run are shaped alike,
      and this one's headline is short beside its date line ("Mayor leaves party" above "May 3, 2021 9:00 AM");
    - or it sits in the main content and is one line linking another page of the site: a headline linked in part
      ("Could a ferry run <a>on the tide alone</a>?"), whose run is then no story text
      (``records.story_records``).

    A list of sources linking other sites, an entry of several lines in the story (a date above a line of a
    CV) and a blogroll's lines outside it (a named link before a description of it) stay untitled.
    """
    if not cards:
        return
    blocks, group_of = _shown_blocks_by_record(raws, cards)
    titled: Counter[int] = Counter()
    members: Counter[int] = Counter()
    for item, found in blocks.items():
        members[group_of[item]] += 1
        if any(raws[i].href is not None and raws[i].href == tree.headline_href.get(item) for i in found):
            titled[group_of[item]] += 1
    for item, found in blocks.items():
        if len(found) != 1:
            continue
        raw = raws[found[0]]
        main = tree.headline_href.get(item)
        if raw.href is not None or raw.hrefs is None or main not in raw.hrefs \
                or len(raw.text.split()) > MAX_PARTLY_LINKED_WORDS:
            continue
        group = group_of[item]
        if titled[group] * 2 > members[group] or (
                scores[found[0]] >= SIBLING_SCORE and "\n" not in raw.text
                and links_to_site(main, page_site(tree, url))):
            raw.href = main



def bold_card_link_headings(tree: Tree, raws: list[Raw]) -> None:
    """A line set wholly in bold (``<b>``, ``<strong>``) and wholly inside a link that wraps more text than the line
    is that link's heading: pages written before CSS set a card's headline as ``<font size=4><b>…</b></font><br>``
    inside the one link wrapping the card, beside a kicker, a date or a summary in the same link (modern pages
    write it as an ``<h3>`` inside the link). The walk reads no linked line as a heading: a menu's bold links are
    no headings, and each of them is all its link holds. The link holds at most MAX_CARD_CHARS (a link left
    open around a page's part is no card) and no heading element (that is the card's headline, and a bold line
    beside it a kicker or a byline). A headline saying its picture's alt text again has been
    read as the picture's caption (``figures``): inside a card link it is the headline still, as the ``<h3>`` is."""
    tags, parent, chars = tree.tag, tree.parent, tree.chars
    bolds = [serial for tag in BOLD_TAGS for serial in tree.serials_of(tag)]
    if not bolds:
        return
    lines: dict[int, list[Raw]] = {}  # element -> its lines wholly inside one link
    for r in raws:
        if (r.kind is Kinds.LINE or r.kind is Kinds.CAPTION) and r.link_share >= 1.0 and r.hrefs is not None \
                and len(r.hrefs) == 1:
            lines.setdefault(r.serial, []).append(r)
    end = tree.end
    for bold in bolds:
        shown = chars[bold]
        block = link = -1  # the element whose line the bold text is, and the link around the bold text
        node = parent[bold]
        while node >= 0 and (block < 0 or link < 0):
            if block < 0 and node in lines:
                block = node
            if link < 0 and tags[node] == "a":
                link = node
            node = parent[node]
        if block < 0 or link < 0 or not shown < chars[link] <= MAX_CARD_CHARS \
                or not HEADING_TAGS.isdisjoint(tags[link + 1:end[link] + 1]):
            continue
        for r in lines[block]:
            if r.hrefs is not None and next(iter(r.hrefs.values())) == shown:  # the walk counts per link
                r.kind = Kinds.HEADING


def record_tokens(tree: Tree, serial: int, group: int, page_tokens: NearTokens) -> frozenset[str]:
    """The tokens of a card record's element ``serial`` and its ancestors up to its run's container (the parent
    of ``group``, the run's first record), framework tokens left out: what names the record or its run. Tokens
    above the container name a wider box holding the run beside other things (a block "with ajax pagination"
    around a run of stories and its page buttons)."""
    container = tree.parent[group]
    stop = tree.parent[container] if container >= 0 else -1
    return near_tokens(tree, serial, stop, page_wrapper_chars(tree), page_tokens.framework)

