"""Where the main content is: a content score per block, over the walk's arrays (Readability's idea).

Each paragraph-sized block gives its parent a score (1 + commas + one point per 100 characters, at most 3), its
grandparent half of it and its great-grandparent a sixth (a list item that is mostly link text, a menu's entry, gives
none; the lines of a box closed by one ``<br>`` each, split into blocks by ``walk._prose_line``, vote once, as the
one paragraph they were); class/id tokens add or remove a fixed amount; a
container's total is scaled by (1 - its link density). The best container holds the main content: blocks in it
get ``content_score`` 1, blocks in a sibling container that scores nearly as well get ``SIBLING_SCORE``, the rest
``OUTSIDE_SCORE``.
"""

from __future__ import annotations

import bisect
import heapq
from typing import TYPE_CHECKING

from pagesplit.frontend.dom_tree import Tree
from pagesplit.frontend.element_tokens import WRAPPER_SHARE, NearTokens
from pagesplit.lexicon.dom_tokens import CHROME_LANDMARKS, chrome_hits, load_tokens
from pagesplit.members import Kinds

if TYPE_CHECKING:
    from pagesplit.frontend.raw_blocks import Raw

# Readability's constants (mozilla/readability), kept as they are: they are calibrated together.
#: Blocks shorter than this do not vote for their containers.
MIN_SCORED_CHARS = 25
#: One point per this many characters, at most MAX_LENGTH_POINTS.
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3
#: Ancestors that receive a block's score, and the divider at each level (parent, grandparent, …).
ANCESTOR_DIVIDERS = (1.0, 2.0, 6.0, 9.0, 12.0)
#: A list item with at least this share of link text (a menu's entry, an archive's month) votes for no container: a
#: link points at another page, and a mega-menu of a thousand long entries outvoted a short story once the page's
#: names were gone. Names probe: 0.5 and 0.7 the same (tf:a two pages up, dev flat), 0.99 one page up; no list item
#: voting at all (Readability's way) lost a dev tf:a page and two probe tf:b pages (a story told in list items).
MAX_VOTING_ITEM_LINK_SHARE = 0.5
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
#: sections once no class name tells them apart). Most such votes come all from cards or hardly any: swept in
#: session 24, 0.4 and 0.6 change no dev HTML page.
MAX_CARD_VOTE_SHARE = 0.5
#: A container above the best one, apart from it, with this share of its score is the main content
#: (``_first_of_best``; the article run's own EARLIER_RUN_SHARE).
EARLIER_SHARE = 0.7
#: …unless both sit at most this many levels below the element holding them both: parts of one column.
MAX_PART_DEPTH = 3
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



def _best_container(tree: Tree, raws: list[Raw], page_tokens: NearTokens,
                    carded: frozenset[int] = frozenset()) -> tuple[int, dict[int, float]]:
    framework = page_tokens.framework
    positive, negative = load_tokens("positive_tokens") - framework, load_tokens("negative_tokens") - framework
    scores: dict[int, float] = {}
    card_votes: dict[int, float] = {}  # the points a candidate got from blocks of teaser cards…
    bonus: dict[int, float] = {}  # …and what it had before any block's (only on pages with such cards)
    carried = ""  # the lines of a box's paragraph so far (``Raw.runs_on``): they vote with its last line
    for i, r in enumerate(raws):
        text = r.text
        if carried:
            if r.serial == raws[i - 1].serial:
                text = carried + text
            carried = ""
        if r.runs_on and i + 1 < len(raws) and raws[i + 1].serial == r.serial:
            carried = text + "\n"
            continue
        if r.kind is Kinds.HIDDEN or r.kind is Kinds.HEADING or len(text) < MIN_SCORED_CHARS \
                or (r.kind is Kinds.LIST_ITEM and r.link_share >= MAX_VOTING_ITEM_LINK_SHARE):
            continue
        points = 1.0 + text.count(",") + text.count("，") + text.count("、") \
            + min(len(text) / CHARS_PER_POINT, MAX_LENGTH_POINTS)
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
    return _first_of_best(tree, ranked, final, raws), final


def _first_of_best(tree: Tree, ranked: list[int], final: dict[int, float], raws: list[Raw]) -> int:
    """The best container, or one above it in the page, apart from it, nearly as good (EARLIER_SHARE): a page shows
    its own story first; the readers' thread, a comment form or a footer's blurb below a short story can outscore
    it once no class name or landmark marks them. The page's headline is its ``<h1>``, or on a page with none the
    line set wholly in an ``<h1>``'s big bold font (``walk.heading_level``)."""
    best = ranked[0]
    h1 = tree.serials_of("h1") or [r.serial for r in raws if r.level == 1]
    if len(h1) != 1 or h1[0] > best:
        return best
    for n in sorted(ranked[1:]):
        if h1[0] <= tree.end[n] < best and not _parallel(tree, n, best) \
                and final[n] >= EARLIER_SHARE * final[best]:
            return n
    return best


def _parallel(tree: Tree, first: int, second: int) -> bool:
    """Whether two containers are boxes of one column (a story split around an ad or an embed): the element
    holding both is at most MAX_PART_DEPTH levels above each; a story's thread or its comment form sits deeper."""
    ups: dict[int, int] = {}
    node, depth = tree.parent[first], 1
    while node >= 0 and depth <= MAX_PART_DEPTH:
        ups[node] = depth
        node, depth = tree.parent[node], depth + 1
    node, depth = tree.parent[second], 1
    while node >= 0 and depth <= MAX_PART_DEPTH:
        if node in ups:
            return True
        node, depth = tree.parent[node], depth + 1
    return False


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

