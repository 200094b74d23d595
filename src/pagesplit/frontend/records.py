"""Runs of story records: card groups that advertise other stories of the site, wherever they sit.

``dom_score.find_cards`` finds repeated sibling structures with headline links. Most of them sit outside the
story, and the back end makes them teaser cards. A run of records inside the main content container (a row of
headline + lede cards above the story, a "read next" box below it without a label) would otherwise count as
story text, however little it reads like it: its ledes are prose. This module tells such runs from the
article's own lists by the records themselves, never by a label or a class name. Every record of a story run

- carries its main link as a block of its own (``dom_score.is_record_title``): a headline, not a link set in
  a sentence (a paragraph citing a source, a list of links in the prose);
- links to another page of the page's own site: a list of references or of press coverage links elsewhere
  (a table of contents links to the page itself, and the walk keeps no href for such a link: its records
  carry no main link block);
- holds no list: a record holding a list of links is a branch of a menu;
- has the shape of its neighbours (the sequence of its elements' tags, as record miners such as MDR compare
  adjacent records): a photo box beside two address boxes is no run, though each holds a link;
- says something beside its link (a lede, a date, a caption): a bare column of headline links inside the story
  is left to the back end's link-list stage, which reads it with its label;

and the run has at least MIN_STORY_RECORDS records.

A story card can also stand alone inside the story (``lone_story_cards``): a box between two paragraphs that
shows a picture and whose text is all one headline link to another page of the site.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from difflib import SequenceMatcher
from itertools import pairwise
from typing import TYPE_CHECKING

from pagesplit.rules.links import site_of

if TYPE_CHECKING:
    from pagesplit.frontend.dom_tree import Tree
    from pagesplit.frontend.walk import Raw

#: A run of story records has at least this many: two headline links in a row are as often a pair of
#: sources or a "previous / next" pair (not swept: dev holds few such runs inside the main content).
MIN_STORY_RECORDS = 3
#: Adjacent records of a run have tag sequences at least this similar (``SequenceMatcher.ratio``: twice the
#: matched tags over both lengths; MDR compares adjacent records by normalized edit distance the same way).
#: Loose enough that a card without its image or date stays in its run (a 7-tag card beside the same card
#: without its 2-tag figure scores 0.83), tight enough that a box of another kind breaks it (dev: a photo box
#: beside address boxes, 0.27). Not swept.
MIN_SHAPE_SIMILARITY = 0.6
#: Tags compared per record: a record's shape shows in its first elements, and the cost stays bounded.
MAX_SHAPE_TAGS = 40
#: Elements that make a record a branch of a menu when it holds one.
LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})


def story_runs(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], url: str | None) -> set[int]:
    """The card groups (``find_cards`` ids) that are runs of story records (see the module's docstring)."""
    if not cards:
        return set()
    titled: dict[int, set[int]] = {}  # group -> its items that carry their main link as a block of their own
    items: dict[int, set[int]] = {}  # group -> all its items
    for i, (group, item) in cards.items():
        items.setdefault(group, set()).add(item)
        href = raws[i].href
        if href is not None and tree.headline_href.get(item) == href:
            titled.setdefault(group, set()).add(item)
    site = page_site(tree, url)
    runs = set()
    for group, members in items.items():
        if len(members) < MIN_STORY_RECORDS or titled.get(group) != members:
            continue
        ordered = sorted(members)
        if all(links_to_site(tree.headline_href[item], site) and not _holds_list(tree, item)
               and tree.chars[item] > tree.link_chars[item] for item in ordered) and _same_shape(tree, ordered):
            runs.add(group)
    return runs


def in_story_runs(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], url: str | None) -> list[int]:
    """The blocks (indexes of ``raws``) that sit in a run of story records."""
    runs = story_runs(tree, raws, cards, url)
    return [i for i, (group, _) in cards.items() if group in runs] if runs else []


def page_site(tree: Tree, url: str | None) -> str | None:
    """The page's site: the one most of its headline links lead to (the URL may be a copy's), else the URL's.
    Counted once per page (``Tree.sites``): the card and record stages of the front end each ask."""
    sites = tree.sites
    if url in sites:
        return sites[url]
    counts = Counter(site for href in tree.headline_href.values() if (site := site_of(href)))
    site = sites[url] = counts.most_common(1)[0][0] if counts else site_of(url)
    return site


def links_to_site(href: str, site: str | None) -> bool:
    """A link to another page of the site, not to another site."""
    linked = site_of(href)
    return linked is None or linked == site  # a relative link (no base known) stays on the site


def _holds_list(tree: Tree, item: int) -> bool:
    tags = tree.tag
    return any(tags[serial] in LIST_TAGS for serial in range(item + 1, tree.end[item] + 1))


def _shape(tree: Tree, item: int) -> list[str]:
    """The tags of a record's elements in document order (the first MAX_SHAPE_TAGS)."""
    last = min(tree.end[item], item + MAX_SHAPE_TAGS - 1)
    return tree.tag[item:last + 1]


def _same_shape(tree: Tree, items: list[int]) -> bool:
    """Whether each record is shaped like the one before it (see MIN_SHAPE_SIMILARITY)."""
    shapes = [_shape(tree, item) for item in items]
    return all(SequenceMatcher(None, a, b, autojunk=False).ratio() >= MIN_SHAPE_SIMILARITY
               for a, b in pairwise(shapes))


#: A story card set alone in the story is one of these elements (a box, not a paragraph or a list item).
LONE_CARD_TAGS = frozenset({"div", "figure", "aside", "section"})
#: How many ancestors above its headline link a lone card's box may sit.
MAX_LONE_CARD_DEPTH = 4
#: A lone card's headline has at least this many words, as a card run's headlines have (median, see
#: ``dom_score.MIN_MEDIAN_HEADLINE_WORDS``): a picture linked with "View all (4)" or "see the bio" is a gallery's
#: or a profile's link, and a date under a picture is its caption.
MIN_LONE_CARD_WORDS = 5
#: Elements that show a picture.
PICTURE_TAGS = frozenset({"img", "picture"})


def lone_story_cards(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], scores: list[float],
                     inside: float, url: str | None) -> dict[int, tuple[int, int]]:
    """Blocks of story cards set alone inside the story (block index -> (group, item), both the box's serial).

    A box inside the main content that shows a picture and whose text is all one headline link to another page
    of the site (an embedded "read this too" card between two paragraphs) advertises another story: no
    paragraph of the story is all link, with a picture beside it. Boxes already in a card run are left alone.
    """
    site = page_site(tree, url) if tree.headline_href else None
    boxes = set()
    for i, raw in enumerate(raws):
        if raw.href is None or i in cards or scores[i] < inside or raw.serial < 0:
            continue
        box = _lone_box(tree, raw.serial)
        if box is not None and links_to_site(raw.href, site) and tree.headline_href.get(box) == raw.href \
                and tree.headline_words[box] >= MIN_LONE_CARD_WORDS:
            boxes.add(box)
    outermost: list[int] = []  # in document order; a box inside another is part of it
    for box in sorted(boxes):
        if not outermost or box > tree.end[outermost[-1]]:
            outermost.append(box)
    found: dict[int, tuple[int, int]] = {}
    if not outermost:
        return found
    for i, raw in enumerate(raws):  # one pass: the boxes do not overlap, each raw is in at most one
        k = bisect_right(outermost, raw.serial) - 1
        if k >= 0 and raw.serial <= tree.end[outermost[k]] and i not in cards:
            found[i] = (outermost[k], outermost[k])
    return found


def _lone_box(tree: Tree, serial: int) -> int | None:
    """The outermost box (``LONE_CARD_TAGS``) within MAX_LONE_CARD_DEPTH ancestors of ``serial`` that holds a
    picture, one headline link, and no text outside links."""
    best = None
    at = serial
    for _ in range(MAX_LONE_CARD_DEPTH):
        at = tree.parent[at]
        if at < 0 or tree.chars[at] != tree.link_chars[at] or tree.headlines.get(at, 0) != 1:
            break
        if tree.tag[at] in LONE_CARD_TAGS and not PICTURE_TAGS.isdisjoint(tree.tag[at:tree.end[at] + 1]):
            best = at
    return best
