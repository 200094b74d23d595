"""The HTML walk: an lxml tree -> raw blocks and per-element counters, in one iterative pass.

The walk uses an explicit stack (no recursion, so no depth limit but ours):

- block elements (``p``, ``h1``-``h6``, ``li``, ``blockquote``, ``pre``, ``table``, ``figcaption``,
  ``dd``/``dt``…) and containers (``div``, ``section``, ``ul``…) open a *frame*; text collects in
  the innermost frame, and a child frame flushes the text before it as a block of its own, so text
  sitting directly in a container is never lost;
- ``<br>`` is a line break, table cells are tab-separated and rows are lines of one TABLE block; two ``<br>`` in a
  row (a blank line, the paragraph break of pages written without ``<p>``) end the text before them as a block,
  but in a table (its rows stay one block) or in ``pre``;
- scripts, styles, templates, ``noscript`` and hidden elements become HIDDEN blocks (the back end
  marks them chrome), so nothing is dropped silently; like a child frame, one with text flushes the
  text before it, so blocks come in document order; a page whose text is all in a ``noscript`` is
  walked again with that text shown (``after_walk.noscript_page``).

What the walk does with each tag is ``tag_table``'s; what a link is, ``link_kinds``'; what a link opening and
closing adds to the walk's state (headline-like links, picture links), ``walk_links``'; the blocks it makes are
``raw_blocks.Raw``; block paths are spelled by ``element_paths``, and ``after_walk`` revises the blocks once the
whole page is walked.

Per-element counters (text and link characters, headline links) are differences of running totals
(``dom_tree``), so the content scoring and card detection (``content_score``, ``card_groups``) run over arrays,
never over the tree again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from typing import Any

from lxml.etree import Element

from pagesplit.errors import DepthLimitError
from pagesplit.features import MAX_HEADLINE_WORDS, ends_sentence
from pagesplit.frontend import SOFT_HYPHEN
from pagesplit.frontend.after_walk import drop_anchor_ids, may_spell_words
from pagesplit.frontend.dom_text import BR, TokenCache, ends_line, fold, is_hidden, metadata_names
from pagesplit.frontend.dom_tree import Tree
from pagesplit.frontend.element_paths import MAX_PATH_SEGMENTS, hidden_path_chain, path_chain
from pagesplit.frontend.figures import mark_figure_captions
from pagesplit.frontend.link_kinds import HrefResolver, is_card_link
from pagesplit.frontend.raw_blocks import Raw
from pagesplit.frontend.tag_table import (
    BLOCK_KINDS,
    BOLD_TAGS,
    CONTAINER_TAGS,
    CREDIT_INLINE,
    IMAGE_TAGS,
    KNOWN_TAGS,
    LANDMARK_ROLES,
    RUBY_ANNOTATION_TAGS,
    SCRIPT_TAGS,
    TagInfo,
    describe,
    with_landmark,
)
from pagesplit.frontend.walk_links import close_link, open_link
from pagesplit.lexicon.dom_tokens import BYLINE_TOKENS, load_tokens
from pagesplit.members import Kinds
from pagesplit.model import BlockKind

__all__ = ["DEFAULT_MAX_DEPTH", "Walker"]

#: Deeper nesting raises ``LimitError``. Real pages stay under ~60 levels (dev corpus maximum 54);
#: this leaves room for generated markup while bounding work on hostile input.
DEFAULT_MAX_DEPTH = 20_000
#: The tree's arrays start with room for this many elements, and double when full (see ``Tree.reserve``): a
#: small first room keeps a small page's call small (with 1024, a 195-byte dev page peaked at 95 KB of Python heap,
#: with 64 at 10 KB: tracemalloc), and a large page pays a few more doublings.
FIRST_RESERVE = 64
#: A block whose text is at least this share of one link's text carries that link's href.
MIN_HREF_SHARE = 0.6
#: Attribute-hidden elements are HIDDEN blocks (tabs and menus are often hidden this way); set to
#: False to walk them as visible text. Dev corpus: treating them as hidden costs no article F1.
HIDE_ATTRIBUTE_HIDDEN = True

_SHAPE_PROSE_CHARS = 80
#: A line of a container's text this long, ending a sentence and closed by one ``<br>``, is a paragraph of its own
#: (``_prose_line``): as long as a line a block's shape reads as prose (``_SHAPE_PROSE_CHARS``). Shape probe: a
#: story's paragraphs set as lines came out as one block, which took the notices between them into the story.
#: Swept on the shape and era probes (dev has no such box): 60 loses one sh:b page (-.012) on both, 120 two tf:a
#: pages of the shape gains; 80 sits between.
MIN_PROSE_LINE_CHARS = _SHAPE_PROSE_CHARS
#: A wrapper of these tags that is the one child of a list item, no text beside it, opens no frame of its own: its
#: text is the item's (``<li><div>…</div></li>`` reads as ``<li>…</li>``, the wrapper's names the item's too). A
#: browser lays both out alike, and a list's records are list items whatever each template wraps their content in
#: (shape probe: in lists whose records were wrapped, some and not others, the records took two shapes and lost
#: their run: ordered lists of one-link stories, link lists, cards). Not when another item of the list holds such
#: a wrapper beside more (``Walker._a_slot``): there the wrapper is a part of every record (era probe: items with
#: a picture beside their headline's box, and items with the box alone).
ITEM_WRAPPER_TAGS = frozenset({"div"})
#: ``<font size>`` as browsers render it: 3 is the text's own size, 1-7 absolute, "+2" / "-1" relative to 3.
DEFAULT_FONT_SIZE = 3
MAX_FONT_SIZE = 7
#: A bold heading line (see BOLD_TAGS) wholly in a font at least this big has a heading level, the level of the
#: ``<hN>`` browsers render at that size (``heading_level``): size 6 is an ``<h1>``'s 2em, 5 an ``<h2>``'s 1.5em,
#: 4 an ``<h3>``'s 1.17em. The text's own size and smaller make no level (an ``<h4>`` is set at the text's size).
MIN_HEADING_FONT_SIZE = 4
_NO_TOKENS: frozenset[str] = frozenset()
#: The attributes that may hide an element (``dom_text.is_hidden`` reads them): an element with none of them is shown.
_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})
#: The characters of an (href, characters) pair: a block's main link is the href with the most.
_SECOND = itemgetter(1)


@dataclass(slots=True)
class _Open:
    """An open element: what closing it needs, and, if it opened a frame, that frame.

    The running totals when it opened make its subtree's counts (their differences when it closes). A frame is
    the block element or container whose text collects: the element's record itself, saved and restored by
    reference. Records are reused, one per depth (``Walker._records``): the element opening at a depth fills the
    record its closed predecessor left (allocating one per element cost 3 % of the walk, callgrind).
    """

    el: Any = None
    serial: int = -1  #: -1: the root's parent
    landmarks: frozenset[str] = _NO_TOKENS  #: its own and its ancestors'
    left: int = 1  #: child nodes still to come
    chars0: int = 0  #: running text characters when it opened
    links0: int = 0  #: running link characters when it opened
    heads0: int = 0  #: headline-like links closed before it opened
    h1s0: int = 0  #: ``h1`` elements before it (itself included)
    link: int = 0  #: 0: not a link, 1: a link, ``walk_links.TAG_LINK``: a ``rel="tag"`` link
    texts0: int = 0  #: a link's: the texts taken inside open links before it opened (``Walker.link_texts``)
    bold: bool = False  #: a ``<b>`` or ``<strong>``: its text is set in bold
    font: int = 0  #: a ``<font size>``: the font size around it, restored when it closes (0: no such element)
    #: its children so far per tag (``Tree.kid_counts``), made when its first child opens
    counts: dict[str, int] | None = None
    saved: _Open | None = None  #: the frame it interrupted (None: it opened none)
    # as a frame (set when it opens one)
    tag: str = ""
    kind: BlockKind | None = None  #: the kind of its block (None: decided by shape)
    container: int = 0  #: the element grouping its blocks: itself, or for a block element its frame's element
    own: frozenset[str] = _NO_TOKENS  #: its own class, id, role and itemprop tokens
    credit: bool = False  #: credit markup, or inside it
    pre: bool = False  #: inside ``pre``: whitespace is kept
    depth: int = 0  #: its place on the path (its ancestors, plus one)


def font_size(size: str, around: int) -> int:
    """A ``<font size>`` value -> the size it sets, 1-7: absolute ("5"), or relative to the text's own size ("+2",
    "-1"); a value that is no number leaves the size around it.

    >>> font_size("6", 3), font_size("+2", 3), font_size("-1", 5), font_size("12", 3), font_size("big", 4)
    (6, 5, 2, 7, 4)
    """
    size = size.strip()
    try:
        value = int(size)
    except ValueError:
        return around
    if size[:1] in "+-":
        value += DEFAULT_FONT_SIZE
    return min(MAX_FONT_SIZE, max(1, value))


def heading_level(size: int) -> int:
    """The ``<hN>`` level browsers render at a font size (``MIN_HEADING_FONT_SIZE``): 6 and 7 -> 1, 5 -> 2, 4 -> 3.

    >>> [heading_level(size) for size in (7, 6, 5, 4)]
    [1, 1, 2, 3]
    """
    return max(1, MAX_FONT_SIZE - size)


def _too_deep(max_depth: int) -> DepthLimitError:
    return DepthLimitError(f"the HTML nests deeper than max_depth={max_depth:,} elements; "
                      "pass a larger max_depth to accept it", allowed=max_depth)


def _has_element_child(el: Any) -> bool:
    """Comments and processing instructions do not count towards ``max_depth``."""
    return next(el.iterchildren(Element), None) is not None


def _prose_line(parts: list[str | None]) -> bool:
    """Whether the text parts end with a line of prose: at least MIN_PROSE_LINE_CHARS since the last line break,
    ending a sentence. A box of such lines, each closed by one ``<br>``, is a box of paragraphs (a template that
    sets its story's paragraphs as lines); a box of short lines (an address, a list of links) stays one block.
    The block made of such a line ``runs_on`` into the box's next one: the two vote once for their container
    (``content_score``), as the one paragraph they were before the split."""
    pieces: list[str] = []
    chars = 0
    for part in reversed(parts):
        if part is BR:
            break
        pieces.append(part)
        chars += len(part)
    if chars < MIN_PROSE_LINE_CHARS:
        return False
    line = "".join(reversed(pieces)).strip()
    return len(line) >= MIN_PROSE_LINE_CHARS and ends_sentence(line)


def _only_content(el: Any) -> bool:
    """Whether ``el`` is its parent's one child node and no text sits beside it (``ITEM_WRAPPER_TAGS``)."""
    parent = el.getparent()
    return parent is not None and len(parent) == 1 and not (parent.text or "").strip() \
        and not (el.tail or "").strip()


def _skip(nodes: Iterator[Any], count: int) -> None:
    """Advance an element iterator past ``count`` nodes (a hidden element's descendants), in C."""
    deque(islice(nodes, count), maxlen=0)


class Walker:
    __slots__ = ("_records", "_tags", "alts", "anchor_ids", "bold", "byline_elements", "count", "credit_tokens",
                 "font", "frame", "h1s", "headline_hrefs", "line_font", "line_mark", "link_texts", "links", "max_depth",
                 "open_serials",
                 "parts", "pending_bold", "pending_chars", "pending_font", "pending_hrefs", "pending_links",
                 "pending_tags", "picture_link", "raws", "readings", "resolve_href", "room", "show_noscript", "slotted",
                 "tag_links", "tokens", "total", "total_links", "tree")

    def __init__(self, base: str | None, max_depth: int, show_noscript: bool = False) -> None:
        self.max_depth = max_depth
        #: a page shown only without scripts (``after_walk.noscript_page``) is walked with its ``<noscript>`` text
        self.show_noscript = show_noscript
        self._tags = KNOWN_TAGS[show_noscript]
        self.tree = Tree()
        self.raws: list[Raw] = []
        #: ruby readings (``RUBY_ANNOTATION_TAGS``) met since the frame's text last became a block: one HIDDEN
        #: block that follows it, so the line reads without them and their text is still in a block
        self.readings: list[Raw] = []
        self.links: list[str | None] = []  #: hrefs of the open links (None: one leading nowhere)
        #: the texts taken since the outermost open link opened, hidden ones too: a link's words (``walk_links``)
        self.link_texts: list[str] = []
        self.resolve_href = HrefResolver(base).resolve  #: href as written -> where it leads
        #: attribute value -> its tokens (``dom_text.split_tokens``), for this page only
        self.tokens = TokenCache().__getitem__
        self.credit_tokens = load_tokens("credit_tokens")
        self.headline_hrefs: list[tuple[str, int]] = []  #: headline-like links in closing order
        #: the last link holding a picture and no text: its href, and its grandparent (see ``walk_links``)
        self.picture_link: tuple[str, int] | None = None
        self.alts: dict[int, str] = {}  #: picture element -> its alt text (see ``figures``)
        self.slotted: dict[int, bool] = {}  #: list element -> whether its items' wrappers are slots (``_a_slot``)
        self.byline_elements: list[Any] = []  #: elements whose tokens may name a byline (for metadata)
        #: elements whose id may be a heading's anchor: (serial, id, their other token sources)
        self.anchor_ids: list[tuple[int, str, str]] = []
        # the walk's state (see ``walk``)
        self.open_serials: list[int] = []  #: the open elements with children (ancestors of the node at hand)
        self._records = [_Open()]  #: the open elements' records by depth (see ``_Open``); 0: the root's parent
        self.frame = _Open(serial=0)  #: the innermost frame (before the root opens one: an empty frame)
        self.parts: list[str | None] = []  #: text pieces the frame collected since it opened or last flushed
        self.pending_chars = 0  #: their non-space characters
        self.pending_links = 0  #: of which inside links
        self.pending_tags = 0  #: of which inside ``rel="tag"`` links
        self.pending_bold = 0  #: of which inside ``<b>`` or ``<strong>``
        self.bold = 0  #: open ``<b>`` and ``<strong>`` elements
        self.font = DEFAULT_FONT_SIZE  #: the font size the innermost open ``<font size>`` sets
        self.pending_font = MAX_FONT_SIZE  #: the smallest font size of the pending characters in bold
        #: where the pending text's last line starts, after a ``<br>`` outside bold that ended none of it as a
        #: block: the index in ``parts`` after that break, and the pending characters, bold ones and link ones
        #: before it (None: the pending text is one line so far)
        self.line_mark: tuple[int, int, int, int] | None = None
        self.line_font = MAX_FONT_SIZE  #: the smallest font size of the characters in bold on that line
        self.pending_hrefs: dict[str, int] | None = None  #: of which per href
        #: running totals (subtree counts are their differences): text and link characters, open tag links, h1s
        self.total = self.total_links = self.tag_links = self.h1s = 0
        self.count = 0  #: elements so far
        self.room = 0  #: room for elements in the tree's arrays

    def _block(self) -> None:
        """The text the frame collected -> one raw block (it holds non-space characters)."""
        frame = self.frame
        text = fold(self.parts, frame.pre)
        if not text:
            return  # only soft hyphens: no text to keep
        chars = self.pending_chars
        href = None
        hrefs = self.pending_hrefs
        if hrefs:
            best, best_chars = max(hrefs.items(), key=_SECOND)
            if best_chars / chars >= MIN_HREF_SHARE:
                href = best
        kind = frame.kind
        level = None
        if kind is None:
            if self.pending_bold == chars and self.pending_font >= MIN_HEADING_FONT_SIZE and "\n" not in text \
                    and not self.pending_links and len(text.split()) <= MAX_HEADLINE_WORDS:
                # a line wholly in a big bold font is the heading an ``<hN>`` of that size would be, whatever its
                # length or last mark ("Why monitor?", a headline of 90 characters): the headline of a page that
                # has no ``<h1>`` (a linked one stays a line: a menu's bold links, ``card_groups`` reads cards')
                kind, level = Kinds.HEADING, heading_level(self.pending_font)
            else:
                kind = Kinds.PARAGRAPH if len(text) >= _SHAPE_PROSE_CHARS or text.rstrip()[-1:] in ".!?" \
                    else Kinds.HEADING if self.pending_bold == chars and "\n" not in text and not self.pending_links \
                    else Kinds.LINE
        elif (kind is Kinds.TABLE or kind is Kinds.LIST_ITEM) and self.pending_bold == chars \
                and self.pending_font >= MIN_HEADING_FONT_SIZE and not self.pending_links and "\n" not in text \
                and "\t" not in text and len(text.split()) <= MAX_HEADLINE_WORDS:
            # a page laid out in a table sets its headings in a cell's own text, one line wholly in a big bold font
            # (``<td><font size=5><b>More news</b></font><br><div>…``): a heading there too, not a table; and so
            # does a list item holding such a line alone, the ``<h1>`` a breadcrumb's last item holds
            # (``<li><font size=6><b>Headline</b></font></li>``), not an item of the list
            kind, level = Kinds.HEADING, heading_level(self.pending_font)
        serial, tag, depth = frame.serial, frame.tag, frame.depth
        self.raws.append(Raw(text, kind, serial, tag in BLOCK_KINDS, tag, frame.container, frame.own,
                             frame.landmarks, self.pending_links / chars, href, frame.credit,
                             None if depth <= MAX_PATH_SEGMENTS else path_chain(self.open_serials, depth, serial),
                             self.pending_tags / chars, None, hrefs, level))

    def _flush(self) -> None:
        """The frame's text so far becomes a block (when it has non-space characters); the frame starts empty."""
        if self.pending_chars:
            if self.line_mark is not None and self.frame.tag in CONTAINER_TAGS and self._heading_line():
                self._split_heading_line()
            self._block()
        if self.readings:  # the line's ruby readings follow it, as one HIDDEN block (at the first one's place)
            first = self.readings[0]
            first.text = " ".join(r.text for r in self.readings)
            self.raws.append(first)
            self.readings = []
        self.parts = []
        self.pending_chars = self.pending_links = self.pending_tags = self.pending_bold = 0
        self.pending_hrefs = None
        self.pending_font = self.line_font = MAX_FONT_SIZE
        self.line_mark = None

    def _heading_line(self) -> bool:
        """Whether the pending text's last line, below lines of other text, is a heading line: wholly in a
        heading's big bold font (``MIN_HEADING_FONT_SIZE``), its bold closed, no link. In a container such a line
        is a block of its own (``_split_heading_line``), as it is when it opens the container's text (``_open``):
        a headline set one ``<br>`` under its kicker or section name (``Politics<br><font size=6><b>Headline</b>
        </font><br>``) is the heading an ``<h1>`` under a kicker's ``<span>`` would be, not the second line of the
        kicker's block; ``_block`` gives it its kind, as when it stands alone (past a headline's words a
        standfirst in that font is a paragraph). Era probe: the headline of 23 pages that had none at level 1
        (their names-probe copy's)."""
        mark = self.line_mark
        if mark is None or self.bold or self.line_font < MIN_HEADING_FONT_SIZE:
            return False
        _, chars, bold, links = mark
        line = self.pending_chars - chars
        return bool(line) and self.pending_bold - bold == line and self.pending_links == links

    def _split_heading_line(self) -> None:
        """The lines above the pending text's heading line (``_heading_line``) -> a block; the line stays pending.
        Its characters are all bold and none in a link, so the links counted and their hrefs are the lines'."""
        mark = self.line_mark
        assert mark is not None  # _heading_line: a mark
        index, chars, bold, _ = mark
        parts, line_chars, line_font = self.parts, self.pending_chars - chars, self.line_font
        self.parts, self.pending_chars, self.pending_bold = parts[:index - 1], chars, bold
        if not bold:
            self.pending_font = MAX_FONT_SIZE
        self._block()
        self.parts, self.pending_chars, self.pending_bold = parts[index:], line_chars, line_chars
        self.pending_links = self.pending_tags = 0
        self.pending_hrefs = None
        self.pending_font = line_font
        self.line_mark = None

    def _take(self, text: str) -> None:
        """An element's text or a node's tail: into the frame's pieces, its characters counted in the running
        totals and the frame's (link characters too inside a link, per href, and inside a tag link)."""
        parts = self.parts
        if parts and text[0].isupper():
            # The text collected so far ends in a lower-case letter, so that this text starting with a capital
            # would run into it as one word ("Analysis" + "Sanders wins" -> "AnalysisSanders"): a kicker, a label
            # or a site name set in an element of its own, which the page's CSS shows apart. Within one element's
            # text ("MacBook") nothing is split.
            previous = parts[-1]
            if previous is not None and previous[-1:].islower():
                parts.append(" ")  # "<span>Analysis</span><a>Sanders…": two pieces, not one word
        parts.append(text)
        n = len(text.strip())
        if n:
            self.total += n
            self.pending_chars += n
            if self.bold:
                self.pending_bold += n
                # the font size matters only for a line wholly in bold (``_record``): no comparison on other text
                if self.font < self.pending_font:
                    self.pending_font = self.font
                if self.font < self.line_font:
                    self.line_font = self.font
            links = self.links
            if links:
                self.link_texts.append(text)
                self.total_links += n
                self.pending_links += n
                href = links[-1]
                if href is not None:
                    hrefs = self.pending_hrefs
                    if hrefs is None:
                        self.pending_hrefs = {href: n}
                    else:
                        hrefs[href] = hrefs.get(href, 0) + n
                if self.tag_links:
                    self.pending_tags += n

    def _hidden(self, el: Any, tag: str, parent: _Open) -> int:
        """A hidden element -> a HIDDEN block of its text; returns how many nodes its subtree holds."""
        tree = self.tree
        kids = tree.hidden_kids.get(parent.serial)
        if kids is None:
            kids = tree.hidden_kids[parent.serial] = []
        counts = parent.counts
        if counts is None:
            counts = parent.counts = tree.kid_counts[parent.serial] = {}
        nth = counts[tag] = counts.get(tag, 0) + 1
        kids.append((self.count, tag, nth))
        nodes = 1
        if tag not in SCRIPT_TAGS:  # hidden markup may still name the page's author
            subtree = list(el.iter())
            nodes = len(subtree)
            for sub in subtree:
                named = metadata_names(sub)
                if named and not self.tokens(named).isdisjoint(BYLINE_TOKENS):
                    self.byline_elements.append(sub)
        elif len(el):
            nodes = sum(1 for _ in el.iter())
        # an element without children (most scripts and styles) holds its text alone: no iterator to join
        source = " ".join(el.itertext()) if nodes > 1 else el.text or ""
        if self.links:  # its text is a part of the link's, as lxml's ``itertext`` reads it
            self.link_texts.append(source)
        text = " ".join((source.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in source else source).split())
        if text:
            reading = tag in RUBY_ANNOTATION_TAGS
            if self.parts and not reading:  # the text before it is a block before it: blocks follow document order
                if self.pending_chars or self.readings:
                    self._flush()
                else:
                    self.parts = []  # whitespace alone: what the flush would do, without its call
            open_serials = self.open_serials
            depth = len(open_serials) + 1  # the hidden element's own place on the path is its ``hidden_seg``
            raw = Raw(text, Kinds.HIDDEN, parent.serial, True, tag, parent.serial, frozenset(), parent.landmarks, 0.0,
                      None, False, hidden_path_chain(open_serials, depth), 0.0, (parent.serial, len(kids) - 1))
            (self.readings if reading else self.raws).append(raw)
        return nodes

    # -- the walk
    def walk(self, root: Any) -> None:
        """One flat loop over ``root.iter()``, which yields each node once, in document order.

        An element closes when the last of its ``len(el)`` child nodes is done, so the walk counts children
        instead of asking lxml for end events, and an element without children (half of a page's elements)
        opens and closes in one step. Each open element has an ``_Open`` record (by depth); the innermost frame's
        text collects in ``parts``: a frame that opens first flushes the text before it, so the frame it returns
        to starts empty again, and only its identity (its element's record) is saved.
        """
        if self.max_depth < 0:
            raise _too_deep(self.max_depth)
        known, show_noscript, open_serials = self._tags, self.show_noscript, self.open_serials
        top = self._records[0]  # the root's parent
        nodes = root.iter()
        for el in nodes:
            tag = el.tag
            if tag.__class__ is str:  # an element (of a comment or processing instruction, only the tail is text)
                info = known.get(tag) or describe(tag, show_noscript)
                hidden, attrs = info.hidden, None
                if not hidden or top.serial < 0:
                    items = el.items()
                    if items:
                        attrs = dict(items)
                        if HIDE_ATTRIBUTE_HIDDEN and not info.page and not _HIDING_ATTRIBUTES.isdisjoint(attrs):
                            hidden = is_hidden(attrs)
                if hidden and top.serial >= 0:
                    subtree = self._hidden(el, info.name, top)
                    if subtree > 1:
                        _skip(nodes, subtree - 1)
                else:
                    opened = self._open(el, info, attrs, top)
                    if opened is not None:
                        if opened.left:
                            open_serials.append(opened.serial)
                            if len(open_serials) > self.max_depth and _has_element_child(el):
                                raise _too_deep(self.max_depth)
                            top = opened
                            continue
                        self._close(opened)
                        if not opened.serial:
                            break  # the root: its tail is no page text
            while True:  # the node is done: its tail, then the elements it was the last child of
                tail = el.tail
                if tail:
                    if tail.isspace():  # indentation between elements (three in four texts, dev sh): a piece alone
                        self.parts.append(tail)
                    else:
                        self._take(tail)
                top.left -= 1
                if top.left:
                    break
                open_serials.pop()
                self._close(top)
                if not top.serial:
                    break  # the root: its tail is no page text
                el = top.el
                top = self._records[len(open_serials)]
        if self.readings:
            self._flush()
        self.tree.trim(self.count)
        if self.anchor_ids:
            drop_anchor_ids(self.tree, self.raws, self.anchor_ids, self.tokens)
        mark_figure_captions(self.tree, self.raws, self.alts)

    def _open(self, el: Any, info: TagInfo, attrs: dict[str, str] | None, parent: _Open) -> _Open | None:
        """An element opens: its tree entries, then a frame or a break, a link, and its own text. Returns its
        record, to close it by, or None for an inline element without children (closed here)."""
        tree = self.tree
        serial = self.count
        self.count = serial + 1
        if serial == self.room:
            self.room += tree.reserve(max(self.room, FIRST_RESERVE))
        name, landmark = info.name, info.landmark
        own, credit = _NO_TOKENS, False
        if attrs is not None:
            get = attrs.get
            if get("id") or get("role") or get("itemprop"):
                own, credit, landmark = self._tokens(el, attrs, serial, landmark)
            else:  # a class alone (nine in ten elements with tokens, dev sh), inlined: ``_tokens`` reads it so
                cls = get("class")
                if cls:
                    own = self.tokens(cls)
                    if own:
                        if not own.isdisjoint(BYLINE_TOKENS):
                            self.byline_elements.append(el)
                        credit = not own.isdisjoint(self.credit_tokens)
        landmarks = parent.landmarks
        if landmark is not None and landmark not in landmarks:
            landmarks = with_landmark(landmarks, landmark)
        tree.parent[serial] = parent.serial
        tree.tag[serial] = name
        counts = parent.counts  # the element's place among its siblings of its tag, for its path segment
        if counts is None:
            counts = parent.counts = tree.kid_counts[parent.serial] = {}
        nth = counts[name] = counts.get(name, 0) + 1
        if nth > 1:
            tree.nth[serial] = nth
        if own and not info.page:  # ``Tree.reserve`` fills in no tokens
            tree.own[serial] = own
        tree.landmarks[serial] = landmarks
        if name == "h1":
            self.h1s += 1
        frame = self.frame
        opens_frame = info.opens_frame or parent.serial < 0 or (credit and name in CREDIT_INLINE) or (
            name == "a" and frame.tag in CONTAINER_TAGS and is_card_link(el))
        if opens_frame and frame.tag == "li" and name in ITEM_WRAPPER_TAGS and frame is parent \
                and _only_content(el) and not self._a_slot(el, tree.parent[frame.serial]):
            opens_frame = False
            if own:  # its names describe the item's content: they are the item's block's too
                frame.own = tree.own[frame.serial] = frame.own | own
        if not opens_frame and info.is_break:
            line = split = False
            if info.brk is BR and self.pending_chars and frame.kind is not Kinds.TABLE and not frame.pre:
                blank = ends_line(self.parts)
                line = not blank and frame.tag in CONTAINER_TAGS and _prose_line(self.parts)
                split = blank or line or (
                    self.pending_bold == self.pending_chars and not self.bold
                    and (frame.tag in CONTAINER_TAGS or frame.tag == "a")
                    and (not self.pending_links or (self.pending_links == self.pending_chars and (
                        bool(self.links) or self.pending_font >= MIN_HEADING_FONT_SIZE))))
                if not split and self.line_mark is not None and frame.tag in CONTAINER_TAGS:
                    split = self._heading_line()  # a heading line below other lines (``_flush`` splits them)
            if split:
                # a blank line (``<br><br>``): the text before it is a paragraph of its own; and, in a container, a
                # line set wholly in bold, its bold closed, no link (``<font size=4><b>Comments</b></font><br>``): a
                # heading over the text below, not its first line (in a ``<p>`` or ``<li>`` such a line is the
                # block's lead-in: a "Don't miss" over its links, a card's title over its summary). So is such a
                # line wholly inside a link that runs on past the break, in a container or a card link framed as
                # a box: a card drawn as one link, its headline over its summary (``card_groups`` reads it as
                # the card's heading); a menu's bold links each close before their break. A headline link set in a
                # heading's font (size 4 or more) is a line of its own even so: a "read also" headline over the
                # story's next paragraph (``<font size=6><b><a>…</a></b></font><br>``). And so, in a container, is
                # a line of prose ending a sentence (``_prose_line``): a template's paragraphs set as lines; and a
                # heading line below other lines (``_heading_line``): a headline under its kicker.
                before = len(self.raws)
                self._flush()
                if line and len(self.raws) > before:
                    self.raws[before].runs_on = True
            else:
                if info.brk is BR and not self.pending_chars and self.raws and self.raws[-1].runs_on:
                    self.raws[-1].runs_on = False  # a blank line after it: a paragraph ended, none runs on
                self.parts.append(info.brk)
                if info.brk is BR and self.pending_chars and not self.bold:  # a break inside bold: one heading's
                    self.line_mark = (len(self.parts), self.pending_chars, self.pending_bold, self.pending_links)
                    self.line_font = MAX_FONT_SIZE
        link = open_link(self, attrs) if name == "a" and attrs is not None else 0
        if name in IMAGE_TAGS:
            self.alts[serial] = attrs.get("alt", "") if attrs is not None else ""
        kids = len(el)
        chars0, links0 = self.total, self.total_links
        bold = name in BOLD_TAGS
        font = 0  # the font size around a ``<font size>``, restored when it closes (0: any other element)
        if name == "font" and attrs is not None and "size" in attrs:
            font = self.font
            self.font = font_size(attrs["size"], font)
        if not (kids or link or opens_frame):  # an inline element without children: it closes here
            text = el.text
            if text:
                if text.isspace():  # see ``walk``: a piece to join, no characters
                    self.parts.append(text)
                elif bold:
                    self.bold += 1
                    self._take(text)
                    self.bold -= 1
                else:
                    self._take(text)
                if self.total != chars0:
                    tree.chars[serial] = self.total - chars0
                    if self.total_links != links0:
                        tree.link_chars[serial] = self.total_links - links0
            if font:
                self.font = font
            return None
        depth = len(self.open_serials) + 1
        records = self._records
        if depth == len(records):
            records.append(_Open())
        opened = records[depth]
        opened.el, opened.serial, opened.landmarks, opened.left, opened.link = el, serial, landmarks, kids, link
        if link:
            opened.texts0 = len(self.link_texts)
        opened.bold = bold
        opened.font = font
        if bold:
            self.bold += 1
        opened.counts = None
        opened.chars0, opened.links0, opened.heads0, opened.h1s0 = chars0, links0, len(self.headline_hrefs), self.h1s
        if opens_frame:
            if self.parts:
                if self.pending_chars or self.readings:
                    self._flush()
                else:
                    self.parts = []  # whitespace alone: what the flush would do, without its call
            opened.saved = frame
            opened.tag, opened.kind, opened.own, opened.depth = name, info.kind, own, depth
            opened.container = frame.serial if name in BLOCK_KINDS else serial
            opened.credit = credit or frame.credit
            opened.pre = name == "pre" or frame.pre
            self.frame = opened
        else:
            opened.saved = None
        text = el.text
        if text:
            if text.isspace():  # see ``walk``: a piece to join, no characters
                self.parts.append(text)
            else:
                self._take(text)
        return opened

    def _a_slot(self, el: Any, holder: int) -> bool:
        """Whether a list item's one wrapper is a slot of the list's records: another item of the list (the list's
        element ``holder``) holds such a wrapper beside more (a picture link beside its headline's box). Then the
        wrapper stays a box in every item, so that the records keep one shape."""
        known = self.slotted.get(holder)
        if known is None:
            item = el.getparent()
            listing = item.getparent() if item is not None else None
            known = listing is not None and any(
                sibling.tag == "li" and (len(sibling) > 1 or bool((sibling.text or "").strip()))
                and any(child.tag == el.tag for child in sibling) for sibling in listing)
            self.slotted[holder] = known
        return known

    def _tokens(self, el: Any, attrs: dict[str, str], serial: int,
                landmark: str | None) -> tuple[frozenset[str], bool, str | None]:
        """The tokens of an element with an id, a role or an itemprop (``_open`` reads a class alone the same way):
        its own tokens (class, id, role, itemprop), whether they say credit, and its landmark (a ``role`` may name
        one); notes elements whose tokens may name a byline, and ids that may be anchors."""
        get = attrs.get
        ident, role, prop, cls = get("id"), get("role"), get("itemprop"), get("class")
        own = self.tokens(f"{cls or ''} {ident or ''} {role or ''} {prop or ''}")
        if ident and may_spell_words(ident):
            self.anchor_ids.append((serial, ident, f"{cls or ''} {role or ''} {prop or ''}"))
        if role and landmark is None:
            landmark = LANDMARK_ROLES.get(role.strip().lower())
        if not own:
            return own, False, landmark
        if not own.isdisjoint(BYLINE_TOKENS):
            self.byline_elements.append(el)
        return own, not own.isdisjoint(self.credit_tokens), landmark

    def _close(self, opened: _Open) -> None:
        """An element closes: its link, the frame it opened, and its subtree's counts in the tree."""
        tree, serial = self.tree, opened.serial
        chars = self.total - opened.chars0
        if opened.bold:
            self.bold -= 1
        if opened.font:
            self.font = opened.font
        if opened.link:
            close_link(self, opened.serial, opened.link, opened.heads0, opened.texts0, chars)
        if opened.saved is not None:
            if self.pending_chars or self.readings:
                self._flush()
            elif self.parts:
                self.parts = []  # whitespace alone: what the flush would do, without its call
            self.frame = opened.saved
        tree.end[serial] = self.count - 1
        if chars:
            tree.chars[serial] = chars
            if self.total_links != opened.links0:
                tree.link_chars[serial] = self.total_links - opened.links0
        heads, heads0 = self.headline_hrefs, opened.heads0
        if len(heads) != heads0:
            tree.headlines[serial] = len(heads) - heads0
            tree.headline_href[serial], tree.headline_words[serial] = heads[heads0]
        if self.h1s != opened.h1s0:
            tree.h1[serial] = self.h1s - opened.h1s0
