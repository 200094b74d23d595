"""After the walk: where the main content is, and which sibling structures are teaser cards.

Content score (Readability's idea, over the walk's arrays): each paragraph-sized block gives its
parent a score (1 + commas + one point per 100 characters, at most 3), its grandparent half of it
and its great-grandparent a sixth; class/id tokens add or remove a fixed amount; a container's
total is scaled by (1 - its link density). The best container holds the main content: blocks in it
get ``content_score`` 1, blocks in a sibling container that scores nearly as well get
``SIBLING_SCORE``, the rest ``OUTSIDE_SCORE``.

Cards: a container whose children share a tag and each hold one or two headline-like links (and
little else) is a card group; each such child is one card.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from typing import TYPE_CHECKING

from pagesplit.frontend.dom_tree import Tree
from pagesplit.frontend.records import links_to_site, page_site
from pagesplit.lexicon.dom_tokens import CHROME_LANDMARKS, STRONG_CHROME_STEMS, chrome_hits, load_tokens, widget_hits
from pagesplit.members import Kinds

if TYPE_CHECKING:
    from pagesplit.frontend.walk import Raw

# Readability's constants (mozilla/readability), kept as they are: they are calibrated together.
#: Blocks shorter than this do not vote for their containers.
MIN_SCORED_CHARS = 25
#: One point per this many characters, at most MAX_LENGTH_POINTS.
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3
#: Ancestors that receive a block's score, and the divider at each level (parent, grandparent, …).
ANCESTOR_DIVIDERS = (1.0, 2.0, 6.0, 9.0, 12.0)
#: What a positive / negative class or id token adds / removes.
TOKEN_WEIGHT = 25.0
#: What a container loses when it or an ancestor carries a chrome token (comments, sidebar, footer):
#: comment threads are prose with commas, and would otherwise outscore a short article.
CHROME_ANCESTOR_PENALTY = 50.0
#: …and so does one inside a chrome landmark, but for a header (the story's own ``<header>`` holds its headline);
#: a dialog and a form were not in the set as it was chosen (not tried since).
PENALIZED_LANDMARKS = frozenset(CHROME_LANDMARKS) - {"header", "dialog", "form"}
#: Tag bonuses of a candidate container.
TAG_BONUS = {"div": 5.0, "article": 5.0, "main": 5.0, "section": 2.0, "pre": 3.0, "td": 3.0,
             "blockquote": 3.0, "form": -3.0, "ul": -3.0, "ol": -3.0, "dl": -3.0, "li": -3.0,
             "address": -3.0, "nav": -10.0, "aside": -5.0, "footer": -10.0, "header": -5.0}
#: Readability.js climbs to an ancestor shared by MIN_RIVALS of the next MAX_RIVALS candidates scoring
#: RIVAL_SHARE of the best (Readability: 3 of 5 at 0.75; 2 at 0.6 was better on dev).
MAX_RIVALS = 5
RIVAL_SHARE = 0.6
MIN_RIVALS = 2
#: A container that got at least this share of its points from blocks of teaser cards (``find_cards``) is a run of
#: cards, no main content (a box of related stories, each with a summary, outscores a story split over several
#: sections once no class name tells them apart). Not swept: most such votes come all from cards or hardly any.
MAX_CARD_VOTE_SHARE = 0.5
#: A sibling of the best container joins it when it scores this share of the best (and at least MIN).
SIBLING_SHARE = 0.2
MIN_SIBLING_SCORE = 10.0
# content_score values given to blocks; article.block_score weighs prose by (0.25 + content_score).
INSIDE_SCORE = 1.0
SIBLING_SCORE = 0.8
#: Outside the main container: some weight is kept, so a wrong container choice costs little.
OUTSIDE_SCORE = 0.15
#: Landmarks nested in the main container that are not content (a page header with a search form, a
#: share footer): their blocks count as outside when the landmark holds no ``h1`` and less than this
#: share of the container's text, and sits in no ``<article>`` (an article's own header and footer
#: are left to the back end; its asides are not, see MAX_PULL_QUOTE_CHARS). Catches containers chosen
#: one level too wide. All chrome landmarks but a dialog: the set as it was chosen (a dialog was not tried).
INNER_CHROME_LANDMARKS = frozenset(CHROME_LANDMARKS) - {"dialog"}
MAX_INNER_CHROME_SHARE = 0.3
#: An ``<aside>`` inside the story's ``<article>`` counts among those landmarks too (Readability drops them:
#: dev rd pages hold insets of other stories in them, tf pages photo embeds), whatever its share of the text
#: (an archive list beside the story), except a pull quote: quoted words, no links, shorter than this (dev sh:
#: pull quotes run 30-150 characters; the sh annotations keep them).
MAX_PULL_QUOTE_CHARS = 300
QUOTE_TAGS = frozenset({"q", "blockquote"})

#: A token on at least this share of the elements that carry tokens (and on MIN_FRAMEWORK_COUNT of
#: them) is a framework token. Chosen on page-builder pages of the dev corpus (Elementor, Bootstrap).
FRAMEWORK_SHARE = 0.25
MIN_FRAMEWORK_COUNT = 10
#: An element holding at least this share of the page's text is a layout wrapper.
WRAPPER_SHARE = 0.5
#: An element with this many characters of text outside links is no share bar or follow prompt, whatever
#: its tokens say (``_dom/widget_stems.txt``): a wrapper "sharing-container" around a whole story.
MIN_NOT_WIDGET_CHARS = 1500
#: Ancestors looked at for a block's tokens (bounds the work on pathologically deep pages).
MAX_TOKEN_ANCESTORS = 64
_NO_TOKENS: frozenset[str] = frozenset()
#: A climb looks at one element more than that: it falls back to ``near_tokens`` when that one is unknown too.
_CLIMB_STEPS = range(MAX_TOKEN_ANCESTORS + 1)

# Cards. Swept on the dev teaser pages: 2 cards is enough when each holds a headline link.
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
#: At least this share of the container's children with that tag must be cards.
MIN_CARD_SHARE = 0.5
#: A record whose text is one block of at most this many words holding the record's headline link is a headline
#: linked in part ("Lighthouse keepers <a>return to the northern cape</a>"): the block carries that link as a
#: whole link would (``partly_linked_titles``). Dev: such lists of story headlines run 7-16 words; a
#: record's summary with a link in it runs longer. Not swept.
MAX_PARTLY_LINKED_WORDS = 20
#: The token of an element declaring itself the article body (schema.org ``itemprop="articleBody"``)…
DECLARED_BODY_TOKEN = "articlebody"
#: …which is the content when the best scorer sits inside it and it scores at least this share of the best
#: itself (dev: a story with a 50-caption gallery inside its body, 0.59; a body whose extra text is author
#: pop-ups and buttons, 0.14).
DECLARED_BODY_SHARE = 0.4


def _token_weight(own: frozenset[str], positive: frozenset[str], negative: frozenset[str]) -> float:
    weight = 0.0
    if own & negative:
        weight -= TOKEN_WEIGHT
    if own & positive:
        weight += TOKEN_WEIGHT
    return weight


def framework_tokens(tree: Tree) -> frozenset[str]:
    """Tokens on so many elements that they name the page's framework, not a part of the page
    ("elementor-widget-container" on every box): they are no evidence either way.

    Only tokens that also sit above the page's headline count: a comment thread can hold most of the
    text and repeat "comment" on every element, and it is still a comment thread. So on a page with an
    ``h1`` only those few tokens are counted; and elements share their token sets (``split_tokens`` is
    cached), so each distinct set is counted once, with its number of elements.
    """
    if not len(tree):
        return _NO_TOKENS
    above = _tokens_above_h1(tree)
    if above is not None and not above:
        return _NO_TOKENS
    sets = Counter(tree.own)
    tagged = len(tree) - sets.pop(_NO_TOKENS, 0)
    counts: dict[str, int] = {}
    for own, elements in sets.items():
        if above is not None:
            if own.isdisjoint(above):  # most sets: no token of theirs can count
                continue
            own = own & above
        for token in own:
            counts[token] = counts.get(token, 0) + elements
    floor = max(MIN_FRAMEWORK_COUNT, FRAMEWORK_SHARE * tagged)
    framework = {t for t, n in counts.items() if n >= floor}
    framework.update(_wrapper_tokens(tree))
    if above is not None:
        framework &= above
    return frozenset(framework)


def _tokens_above_h1(tree: Tree) -> set[str] | None:
    """Tokens of the elements holding an ``h1`` (not of the ``h1`` itself); None on a page without one."""
    if not tree.h1.get(0):
        return None
    above: set[str] = set()
    for serial in tree.h1:  # the elements holding an h1
        own = tree.own[serial]
        if own and tree.tag[serial] != "h1":
            above.update(own)
    return above


def _wrapper_tokens(tree: Tree) -> set[str]:
    """Tokens of wrappers holding most of the page's text: they describe the layout ("ad-wrapper",
    "has-sidebar"), whatever their names say: an element with half the page's text is not an ad.

    An element's ancestors hold at least its text, so such elements are found from the root down,
    looking only at the children of those found, never at every element of the page.
    """
    chars, end, own = tree.chars, tree.end, tree.own
    wrapper = page_wrapper_chars(tree)
    tokens: set[str] = set()
    todo = [0] if chars[0] >= wrapper else []
    while todo:
        node = todo.pop()
        tokens.update(own[node])
        kid, last = node + 1, end[node]
        while kid <= last:
            if chars[kid] >= wrapper:
                todo.append(kid)
            kid = end[kid] + 1
    return tokens


def _climbed_tokens(tree: Tree, node: int, big: float) -> frozenset[str]:
    """What one element adds to ``near_tokens``: its tokens, or only its comment tokens when it is a wrapper
    holding ``big`` characters or more (a column named "with-sidebar" that holds the article is no sidebar)."""
    own = tree.own[node]
    if not own:
        return own
    if tree.chars[node] >= big:
        return frozenset(t for t in own if t.startswith(STRONG_CHROME_STEMS))
    if tree.chars[node] - tree.link_chars[node] >= MIN_NOT_WIDGET_CHARS and widget_hits(own):
        return own - widget_hits(own)  # a story block "with sharing" is no share bar
    return own


def near_tokens(tree: Tree, node: int, stop: int, big: float, framework: frozenset[str]) -> frozenset[str]:
    """Tokens of ``node`` and its ancestors below ``stop``, skipping wrappers holding ``big`` characters or
    more except for comment tokens (see ``_climbed_tokens``); framework tokens are no evidence."""
    tokens: set[str] = set()
    steps = 0
    while node > stop and node >= 0 and steps < MAX_TOKEN_ANCESTORS:
        tokens.update(_climbed_tokens(tree, node, big))
        node = tree.parent[node]
        steps += 1
    return frozenset(tokens) - framework


class NearTokens:
    """``near_tokens`` for many elements of one page under the same ``stop``, ``big`` and ``framework``.

    An element's answer is its own tokens plus its parent's answer, so each element is climbed once and
    its answer remembered: blocks share their ancestors, and a page asks about most of them. Elements
    more than MAX_TOKEN_ANCESTORS below ``stop`` are climbed one by one, as ``near_tokens`` does.
    """

    __slots__ = ("_big", "_memo", "_stop", "_tree", "framework")

    def __init__(self, tree: Tree, framework: frozenset[str], stop: int = -1, big: float | None = None) -> None:
        self._tree, self.framework = tree, framework
        self._stop = max(stop, -1)  # so that ``node > stop`` also says ``node >= 0``
        self._big = page_wrapper_chars(tree) if big is None else big
        self._memo: dict[int, tuple[frozenset[str], int]] = {}  #: element -> (its answer, elements climbed)

    def __call__(self, node: int) -> frozenset[str]:
        memo = self._memo
        known = memo.get(node)  # most questions are about elements already answered...
        if known is not None:
            return known[0]
        if node > self._stop and not self._tree.own[node]:
            # ...or about a block element without tokens (a ``p``) under an answered one: the parent's answer
            up = memo.get(self._tree.parent[node])
            if up is not None and up[1] < MAX_TOKEN_ANCESTORS:
                memo[node] = up[0], up[1] + 1
                return up[0]
        return self._climb(node)

    def _climb(self, node: int) -> frozenset[str]:
        tree, stop, memo, own, big = self._tree, self._stop, self._memo, self._tree.own, self._big
        chars, link_chars = tree.chars, tree.link_chars
        start = node
        unknown: list[int] = []  # the element and its ancestors up to the first one remembered
        for _ in _CLIMB_STEPS:
            if node <= stop or node in memo:
                break
            unknown.append(node)
            node = tree.parent[node]
        else:  # deeper than MAX_TOKEN_ANCESTORS: climbed one by one
            return near_tokens(tree, start, stop, self._big, self.framework)
        tokens, climbed = memo[node] if node > stop else (_NO_TOKENS, 0)
        if climbed + len(unknown) > MAX_TOKEN_ANCESTORS:
            return near_tokens(tree, start, stop, self._big, self.framework)
        framework = self.framework
        for node in reversed(unknown):
            added = own[node]
            if added:  # most elements have no tokens to add, and most others add their own (inlined)
                if chars[node] >= big or chars[node] - link_chars[node] >= MIN_NOT_WIDGET_CHARS:
                    added = _climbed_tokens(tree, node, big)
                if added and not added <= tokens:
                    tokens = tokens | (added if added.isdisjoint(framework) else added - framework)
            climbed += 1
            memo[node] = tokens, climbed
        return tokens


def page_wrapper_chars(tree: Tree) -> float:
    """An element holding this many characters is a wrapper of the page's layout (see WRAPPER_SHARE)."""
    return WRAPPER_SHARE * max(tree.chars[0], 1) if len(tree) else 1.0


def _best_container(tree: Tree, raws: list[Raw], page_tokens: NearTokens,
                    carded: frozenset[int] = frozenset()) -> tuple[int, dict[int, float]]:
    framework = page_tokens.framework
    positive, negative = load_tokens("positive_tokens") - framework, load_tokens("negative_tokens") - framework
    scores: dict[int, float] = {}
    card_votes: dict[int, float] = {}  # the points a candidate got from blocks of teaser cards…
    bonus: dict[int, float] = {}  # …and what it had before any block's (only on pages with such cards)
    for i, r in enumerate(raws):
        if r.kind is Kinds.HIDDEN or r.kind is Kinds.HEADING or len(r.text) < MIN_SCORED_CHARS:
            continue
        points = 1.0 + r.text.count(",") + r.text.count("，") + r.text.count("、") \
            + min(len(r.text) / CHARS_PER_POINT, MAX_LENGTH_POINTS)
        in_card = i in carded
        # a block votes for its parent; text sitting in a container votes for that container
        node = tree.parent[r.serial] if r.leaf else r.serial
        for divider in ANCESTOR_DIVIDERS:
            if node < 0:
                break
            if node not in scores:
                scores[node] = TAG_BONUS.get(tree.tag[node], 0.0) + _token_weight(tree.own[node], positive, negative)
                if not tree.landmarks[node].isdisjoint(PENALIZED_LANDMARKS) or chrome_hits(page_tokens(node)):
                    scores[node] -= CHROME_ANCESTOR_PENALTY  # inside comments, a sidebar, a footer…
                if carded:
                    bonus[node] = scores[node]
            scores[node] += points / divider
            if in_card:
                card_votes[node] = card_votes.get(node, 0.0) + points / divider
            node = tree.parent[node]
    tag, chars, link_chars = tree.tag, tree.chars, tree.link_chars  # link density, inlined: one per candidate
    final = {n: s * (1.0 - (link_chars[n] / chars[n] if chars[n] else 0.0)) for n, s in scores.items()
             if tag[n] != "html"}
    # a run of teaser cards (their summaries are prose with commas) is no main content, when anything else is
    runs = {n for n, v in card_votes.items() if v >= MAX_CARD_VOTE_SHARE * (scores[n] - bonus[n])}
    if runs and len(runs) < len(final):
        final = {n: s for n, s in final.items() if n not in runs}
    if not final:
        return -1, final
    ranked = heapq.nlargest(1 + MAX_RIVALS, final, key=final.__getitem__)  # the best and its rivals only
    best = ranked[0]
    # Readability's climb: when several near-best candidates share an ancestor (paragraphs wrapped
    # one by one in their own boxes), that ancestor is the content.
    rivals = [n for n in ranked[1:1 + MAX_RIVALS] if final[n] >= RIVAL_SHARE * final[best]]
    if len(rivals) >= MIN_RIVALS:
        node = tree.parent[best]
        while node > 0 and tree.tag[node] not in ("body", "html"):
            if sum(1 for n in rivals if tree.inside(n, node)) >= MIN_RIVALS:
                final[node] = max(final.get(node, 0.0), final[best])
                return node, final
            node = tree.parent[node]
    body = _declared_body_above(tree, best)
    if body is not None and final.get(body, 0.0) >= DECLARED_BODY_SHARE * final[best]:
        final[body] = final[best]
        return body, final
    return best, final


def _declared_body_above(tree: Tree, node: int) -> int | None:
    """The nearest ancestor the markup declares the article body (``itemprop="articleBody"``, an
    ``articleBody`` class): a best scorer inside it may be only a part of the story (a photo gallery, a list
    of captions)."""
    node = tree.parent[node]
    while node > 0:
        if DECLARED_BODY_TOKEN in tree.own[node]:
            return node
        node = tree.parent[node]
    return None


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


def content_scores(tree: Tree, raws: list[Raw], page_tokens: NearTokens,
                   carded: frozenset[int] = frozenset()) -> tuple[list[float], dict[int, frozenset[str]]]:
    """Per block: its content score; and its tokens (``page_tokens``: climbing to the root), for blocks inside
    the main container counted only from the container down (its own ancestors describe the page layout).
    ``carded``: the blocks of teaser cards (``find_cards``), whose containers are no main content."""
    best, final = _best_container(tree, raws, page_tokens, carded)
    if best < 0:
        return [OUTSIDE_SCORE] * len(raws), {i: page_tokens(r.serial) for i, r in enumerate(raws)}
    parent = tree.parent[best]
    threshold = max(MIN_SIBLING_SCORE, final[best] * SIBLING_SHARE)
    siblings = [s for s in (tree.kids(parent) if parent >= 0 else []) if s != best and final.get(s, 0) >= threshold]
    scores: list[float] = []
    restricted: dict[int, frozenset[str]] = {}
    inner = _inner_chrome(tree, best)
    content_tokens = NearTokens(tree, page_tokens.framework, stop=best, big=WRAPPER_SHARE * tree.chars[best])
    last = tree.end[best]
    for i, r in enumerate(raws):
        serial = r.serial
        if best <= serial <= last:
            scores.append(OUTSIDE_SCORE if inner and _inside_any(tree, serial, inner) else INSIDE_SCORE)
            restricted[i] = content_tokens(serial)
            continue
        scores.append(SIBLING_SCORE if siblings and _inside_any(tree, serial, siblings) else OUTSIDE_SCORE)
        restricted[i] = page_tokens(serial)
    return scores, restricted


def _inside_any(tree: Tree, serial: int, roots: list[int]) -> bool:
    """Whether the element is in the subtree of one of ``roots`` (disjoint subtrees, in document order):
    only the last root starting at or before it can hold it."""
    at = bisect.bisect_right(roots, serial) - 1
    return at >= 0 and serial <= tree.end[roots[at]]


def _inner_chrome(tree: Tree, best: int) -> list[int]:
    """Chrome landmarks nested in the main container (outermost ones only; see MAX_INNER_CHROME_SHARE)."""
    found: list[int] = []
    limit = MAX_INNER_CHROME_SHARE * tree.chars[best]
    serial, end = best + 1, tree.end[best]
    landmarks, parent = tree.landmarks, tree.parent
    while serial <= end:
        if landmarks[serial] is landmarks[parent[serial]]:  # the walk shares a parent's set: nothing new
            serial += 1
            continue
        new = landmarks[serial] - landmarks[parent[serial]]
        if new & INNER_CHROME_LANDMARKS and ("article" not in tree.landmarks[serial] or _side_box(tree, serial, new)) \
                and not tree.h1.get(serial) and (tree.chars[serial] < limit or _side_box(tree, serial, new)):
            found.append(serial)
            serial = tree.end[serial] + 1
        else:
            serial += 1
    return found


def _side_box(tree: Tree, serial: int, new: frozenset[str]) -> bool:
    """An ``<aside>`` set inside the story: an inset of other stories, a photo embed, a fact or sign-up box.
    A short one quoting words (``<q>``, ``<blockquote>``) without links is a pull quote: the story's own."""
    if "aside" not in new:
        return False
    if tree.link_chars[serial] > 0 or tree.chars[serial] >= MAX_PULL_QUOTE_CHARS:
        return True
    return not any(tree.tag[s] in QUOTE_TAGS for s in range(serial + 1, tree.end[serial] + 1))


def _in_list_item(tree: Tree, node: int) -> bool:
    """Whether an ancestor of ``node`` is a list item (``node`` is a list nested in a list)."""
    node = tree.parent[node]
    while node > 0:
        if tree.tag[node] == LIST_ITEM_TAG:
            return True
        node = tree.parent[node]
    return False


def record_tokens(tree: Tree, serial: int, group: int, page_tokens: NearTokens) -> frozenset[str]:
    """The tokens of a card record's element ``serial`` and its ancestors up to its run's container (the parent
    of ``group``, the run's first record), framework tokens left out: what names the record or its run. Tokens
    above the container name a wider box holding the run beside other things (a block "with ajax pagination"
    around a run of stories and its page buttons)."""
    container = tree.parent[group]
    stop = tree.parent[container] if container >= 0 else -1
    return near_tokens(tree, serial, stop, page_wrapper_chars(tree), page_tokens.framework)


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
    for container, count in headlines.items():
        if count < MIN_CARDS:
            continue
        by_tag: dict[str, list[int]] = {}
        total: dict[str, int] = {}
        kid, last, kids = container + 1, end[container], 0  # the children, as ``Tree.kids`` finds them
        while kid <= last:
            kids += 1
            tag = tree.tag[kid]
            if tag not in NOT_CARD_TAGS:
                total[tag] = total.get(tag, 0) + 1
                if 1 <= headlines.get(kid, 0) <= MAX_HEADLINES_PER_CARD and tree.chars[kid] <= MAX_CARD_CHARS:
                    by_tag.setdefault(tag, []).append(kid)
            kid = end[kid] + 1
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
    return {i: owner[r.serial] for i, r in enumerate(raws) if r.serial in owner}, short_headlines
