"""Runs of story records: card groups that advertise other stories of the site, wherever they sit.

``card_groups.find_cards`` finds repeated sibling structures with headline links. Most of them sit outside the
story, and the back end makes them teaser cards. A run of records inside the main content container (a row of
headline + lede cards above the story, a "read next" box below it without a label) would otherwise count as
story text, however little it reads like it: its ledes are prose. This module tells such runs from the
article's own lists by the records themselves, never by a label or a class name. Every record of a story run

- carries its main link as a block of its own (``card_groups.is_record_title``): a headline, not a link set in
  a sentence (a paragraph citing a source, a list of links in the prose);
- links to another page of the page's own site: a list of references or of press coverage links elsewhere
  (a table of contents links to the page itself, and the walk keeps no href for such a link: its records
  carry no main link block);
- holds no list: a record holding a list of links is a branch of a menu;
- has the shape of its neighbours (the sequence of its elements' tags, as record miners such as MDR compare
  adjacent records): a photo box beside two address boxes is no run, though each holds a link;
- says something beside its link (a lede, a date, a caption), or its link wraps several blocks (a headline above
  its byline, the whole record one link: story text is never wrapped in a link to another page): a bare column
  of headline links inside the story is left to the back end's link-list stage, which reads it with its label;

and the run has at least MIN_STORY_RECORDS records (a group's records that fail the tests of their own are set
aside; the others may still make a run).

A story card can also stand alone inside the story (``lone_story_cards``): a box between two paragraphs that
shows a picture and whose text is all one headline link to another page of the site; or a box with a heading
and a line or two that links one page, and only that page, from two places or more (``promo_boxes``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from pagesplit.members import Kinds
from pagesplit.rules.links import names_file, site_of

if TYPE_CHECKING:
    from pagesplit.frontend.dom_tree import Tree
    from pagesplit.frontend.raw_blocks import Raw

#: A run of story records has at least this many: two headline links in a row are as often a pair of
#: sources or a "previous / next" pair. Swept in session 24 (dev HTML): 2 costs tf:b teaser precision -0.008,
#: 4 moves no figure; 3 holds.
MIN_STORY_RECORDS = 3
#: Adjacent records of a run have tag sequences at least this similar (``SequenceMatcher.ratio``: twice the
#: matched tags over both lengths; MDR compares adjacent records by normalized edit distance the same way).
#: Loose enough that a card without its image or date stays in its run (a 7-tag card beside the same card
#: without its 2-tag figure scores 0.83), tight enough that a box of another kind breaks it (dev: a photo box
#: beside address boxes, 0.27). Swept in session 24: 0.5 and 0.7 change no dev HTML page (see ablation.md).
MIN_SHAPE_SIMILARITY = 0.6
#: Tags compared per record: a record's shape shows in its first elements, and the cost stays bounded.
MAX_SHAPE_TAGS = 40
#: Elements that make a record a branch of a menu when it holds one.
LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})


def story_records(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], url: str | None) -> set[int]:
    """The card items (``find_cards`` ids) that are records of story runs (see the module's docstring).

    A group none of whose titled records links another site (a list of references) is read record by record:
    a record passes by itself (its main link as a block, no list, text beside the link or two blocks or more
    shown), then beside its neighbours among the records that pass: MIN_STORY_RECORDS or more in a row, each
    shaped like the one before.
    A group's odd members (a linked photo, a player holding a list) leave the other records their run, as record
    miners align the records of a region and set aside the ones that do not fit."""
    if not cards:
        return set()
    items: dict[int, set[int]] = {}  # group -> all its items
    titled: set[int] = set()  # items that carry their main link as a block of their own
    for i, (group, item) in cards.items():
        items.setdefault(group, set()).add(item)
        href = raws[i].href
        if href is not None and tree.headline_href.get(item) == href:
            titled.add(item)
    site = page_site(tree, url)
    shown = Counter(item for i, (_, item) in cards.items()  # blocks a reader sees, per record
                    if raws[i].kind is not Kinds.HIDDEN and raws[i].text.strip())
    found: set[int] = set()
    for members in items.values():
        if not all(links_to_site(tree.headline_href[item], site) for item in members if item in titled):
            continue  # a list of references: a record linking another site speaks for its whole group
        passing = [item for item in sorted(members) if item in titled and not _holds_list(tree, item)
                   and (tree.chars[item] > tree.link_chars[item] or shown[item] > 1)]
        if len(passing) < MIN_STORY_RECORDS:
            continue
        for run in _shape_runs(tree, passing):
            if len(run) >= MIN_STORY_RECORDS:
                found.update(run)
    return found


def in_story_runs(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], url: str | None) -> list[int]:
    """The blocks (indexes of ``raws``) that sit in a record of a story run."""
    found = story_records(tree, raws, cards, url)
    return [i for i, (_, item) in cards.items() if item in found] if found else []


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


def _shape_runs(tree: Tree, items: list[int]) -> list[list[int]]:
    """``items`` cut into runs of records each shaped like the one before it (see MIN_SHAPE_SIMILARITY)."""
    runs: list[list[int]] = []
    before: list[str] | None = None
    for item in items:
        shape = _shape(tree, item)
        if before is not None and SequenceMatcher(None, before, shape, autojunk=False).ratio() >= MIN_SHAPE_SIMILARITY:
            runs[-1].append(item)
        else:
            runs.append([item])
        before = shape
    return runs


#: A story card set alone in the story is one of these elements (a box, not a paragraph or a list item).
LONE_CARD_TAGS = frozenset({"div", "figure", "aside", "section"})
#: How many ancestors above its headline link a lone card's box may sit.
MAX_LONE_CARD_DEPTH = 4
#: A lone card's headline has at least this many words, as a card run's headlines have (median, see
#: ``card_groups.MIN_MEDIAN_HEADLINE_WORDS``): a picture linked with "View all (4)" or "see the bio" is a gallery's
#: or a profile's link, and a date under a picture is its caption.
MIN_LONE_CARD_WORDS = 5
#: Elements that show a picture.
PICTURE_TAGS = frozenset({"img", "picture"})


def lone_story_cards(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], scores: list[float],
                     inside: float, url: str | None) -> dict[int, tuple[int, int]]:
    """Blocks of story cards set alone inside the story (block index -> (group, item), both the box's serial).

    A box inside the main content that shows a picture and whose text is all one headline link to another page
    of the site (an embedded "read this too" card between two paragraphs) advertises another story: no
    paragraph of the story is all link, with a picture beside it. So does a promo box (``promo_boxes``). Boxes
    already in a card run are left alone.
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
    boxes |= promo_boxes(tree, raws, cards, scores, inside, url)
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


#: A promo box holds at most this many visible blocks: its heading, a line of summary, a button, a kicker.
#: Dev: the boxes found hold two or three; a story's section under a heading holds more. Swept in session 24
#: (dev HTML): 3 costs two sh pages (sh:b teaser recall -0.004), 6 moves no figure; 4 holds.
MAX_PROMO_BLOCKS = 4
#: Blocks of a box looked at, hidden ones (scripts, styles) counted: a box holding more is no promo box, and
#: the climb stops there (a bound on the cost per heading, not a quality threshold).
MAX_PROMO_RAWS = 16
#: ... and at most this many words outside links: a summary of a sentence or two (dev: 20 to 30 words).
#: A section of the story runs longer. Swept in session 24: 40 and 90 move no dev HTML figure.
MAX_PROMO_WORDS = 60
#: ... and links its one target from at least this many links (the headline and a "more" button, a picture and
#: a call to action): a story names a page once where it cites it.
MIN_PROMO_LINKS = 2


def promo_boxes(tree: Tree, raws: list[Raw], cards: dict[int, tuple[int, int]], scores: list[float],
                inside: float, url: str | None) -> set[int]:
    """Boxes inside the story that advertise one page (element serials): a ``LONE_CARD_TAGS`` box within
    MAX_LONE_CARD_DEPTH ancestors of a heading, holding at most MAX_PROMO_BLOCKS blocks and MAX_PROMO_WORDS words
    outside links, whose links all lead to one place, at least MIN_PROMO_LINKS times ("Read this too" with a
    linked headline and a "more" link; a heading, a line and a button to an offer). Story text cites a page
    where it names it; a short box that links one page over and over, and nothing else, is its teaser. A box
    linking into the page itself (``#``, its own URL) or to a file (``links.names_file``) is the story's own.
    The outermost such box wins."""
    found = set()
    for i, raw in enumerate(raws):
        if raw.kind is not Kinds.HEADING or i in cards or scores[i] < inside or raw.serial < 0:
            continue
        best = None
        at = raw.serial
        for _ in range(MAX_LONE_CARD_DEPTH):
            at = tree.parent[at]
            if at < 0:
                break
            if tree.tag[at] not in LONE_CARD_TAGS:
                continue
            found_slice = _box_slice(tree, raws, i, at, MAX_PROMO_RAWS)
            if found_slice is None:
                break
            first, last = found_slice
            shown = [r for r in raws[first:last] if r.kind is not Kinds.HIDDEN]
            if len(shown) > MAX_PROMO_BLOCKS or any(j in cards for j in range(first, last)):
                break
            targets = {href for r in shown if r.hrefs for href in r.hrefs}
            if len(targets) != 1:
                continue
            target = next(iter(targets))
            if "#" in target or target == url or names_file(target):
                break
            words = sum(len(r.text.split()) * (1 - r.link_share) for r in shown)
            if words <= MAX_PROMO_WORDS and tree.tag[at:tree.end[at] + 1].count("a") >= MIN_PROMO_LINKS:
                best = at
        if best is not None:
            found.add(best)
    return found


def _box_slice(tree: Tree, raws: list[Raw], i: int, box: int, limit: int) -> tuple[int, int] | None:
    """The slice of ``raws`` (first, past the last) holding the blocks of element ``box``, around block ``i``
    inside it (a box's blocks follow one another in document order); None when it holds more than ``limit``."""
    end = tree.end[box]
    first, last = i, i + 1
    while first > 0 and box <= raws[first - 1].serial <= end:
        first -= 1
        if last - first > limit:
            return None
    while last < len(raws) and box <= raws[last].serial <= end:
        last += 1
        if last - first > limit:
            return None
    return first, last

