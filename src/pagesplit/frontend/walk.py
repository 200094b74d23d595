"""The HTML walk: an lxml tree -> raw blocks and per-element counters, in one iterative pass.

The walk uses an explicit stack (no recursion, so no depth limit but ours):

- block elements (``p``, ``h1``-``h6``, ``li``, ``blockquote``, ``pre``, ``table``, ``figcaption``,
  ``dd``/``dt``…) and containers (``div``, ``section``, ``ul``…) open a *frame*; text collects in
  the innermost frame, and a child frame flushes the text before it as a block of its own, so text
  sitting directly in a container is never lost;
- ``<br>`` is a line break, table cells are tab-separated and rows are lines of one TABLE block;
- scripts, styles, templates, ``noscript`` and hidden elements become HIDDEN blocks (the back end
  marks them chrome), so nothing is dropped silently; a page whose text is all in a ``noscript`` is
  walked again with that text shown (``Walker.noscript_page``).

Per-element counters (text and link characters, headline links) are differences of running totals
(``dom_tree``), so the content scoring and card detection of ``dom_score`` run over arrays, never
over the tree again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from pagesplit.errors import LimitError
from pagesplit.frontend.dom_text import fold, is_hidden, link_words, metadata_names, split_tokens, tag_name
from pagesplit.frontend.dom_tree import Tree
from pagesplit.lexicon.dom_tokens import load_tokens
from pagesplit.members import Kinds
from pagesplit.metadata import BYLINE_WORDS
from pagesplit.model import BlockKind

__all__ = ["DEFAULT_MAX_DEPTH", "Raw", "Walker"]

#: Deeper nesting raises ``LimitError``. Real pages stay under ~60 levels (dev corpus maximum 54);
#: this leaves room for generated markup while bounding work on hostile input.
DEFAULT_MAX_DEPTH = 20_000
#: Paths longer than this many elements are shortened to their first and last segments. The head is
#: long enough to hold the page's layout down to its ``<article>`` elements (the back end tells one
#: story's element from another's by path; dev pages nest them up to 20 levels deep).
MAX_PATH_SEGMENTS = 32
PATH_HEAD, PATH_TAIL = 20, 10
#: A block whose text is at least this share of one link's text carries that link's href.
MIN_HREF_SHARE = 0.6
#: A link is headline-like (a card's title) with this many words; fewer is a label ("Read more").
MIN_HEADLINE_LINK_WORDS = 3
MAX_HEADLINE_LINK_WORDS = 30
#: Links with more text than this are not headlines (no need to count their words).
MAX_HEADLINE_LINK_CHARS = 300
#: Attribute-hidden elements are HIDDEN blocks (tabs and menus are often hidden this way); set to
#: False to walk them as visible text. Dev corpus: treating them as hidden costs no article F1.
HIDE_ATTRIBUTE_HIDDEN = True

#: A ``<noscript>`` with this much text, beside at most this share of it shown outside, holds the page: it is
#: walked as page text (a browser without scripts shows it; dev: a page whose parser left it open).
MIN_NOSCRIPT_PAGE_CHARS = 500
MAX_SHOWN_BESIDE_NOSCRIPT = 0.1
#: An id of this many words or more may be a heading's anchor (see ``Walker._drop_anchor_ids``).
MIN_ANCHOR_ID_WORDS = 3
_ID_SEPARATORS = re.compile(r"[-_]+")
_WORD = re.compile(r"[^\W_]+")

#: Elements whose text is never shown as page text.
_HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript", "iframe", "svg", "math", "object",
                          "embed", "canvas", "title", "audio", "video", "textarea"})
#: Block elements and the kind of the block their own text makes (None: decided by shape).
_BLOCK_KINDS: dict[str, BlockKind | None] = {
    "p": Kinds.PARAGRAPH, "li": Kinds.LIST_ITEM, "blockquote": Kinds.QUOTE, "pre": Kinds.CODE,
    "table": Kinds.TABLE, "figcaption": Kinds.CAPTION, "caption": Kinds.CAPTION,
    **{f"h{n}": Kinds.HEADING for n in range(1, 7)},
    "dd": None, "dt": None, "address": None, "legend": None, "summary": None, "button": Kinds.LINE,
    "select": Kinds.LINE, "option": None,
}
_CONTAINER_TAGS = frozenset({"html", "body", "div", "section", "article", "main", "aside", "nav", "header",
                             "footer", "ul", "ol", "dl", "form", "figure", "fieldset", "details", "menu",
                             "center", "hgroup", "dialog", "hr", "frameset", "frame", "noframes", "search"})
_FRAME_TAGS = frozenset(_BLOCK_KINDS) | _CONTAINER_TAGS
#: Inline elements that become blocks of their own when their tokens say "credit".
_CREDIT_INLINE = frozenset({"span", "small", "cite", "em", "i", "p"})
_LANDMARK_TAGS = frozenset({"article", "main", "nav", "aside", "footer", "header", "figure", "form", "dialog"})
_LANDMARK_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
                   "main": "main", "article": "article", "search": "form", "form": "form", "dialog": "dialog",
                   "alertdialog": "dialog", "menu": "nav", "menubar": "nav", "figure": "figure"}
#: Landmarks a ``<main>`` inside them overrules: unclosed or misnested markup (a ``<nav>`` left open around the
#: page) does not make the main content navigation.
_CHROME_LANDMARKS = frozenset({"nav", "header", "footer", "aside"})
#: Tokens of these elements describe the whole page (body class="single has-sidebar"), not a block.
_PAGE_TAGS = frozenset({"html", "body"})
_SHAPE_PROSE_CHARS = 80
_NO_ATTRS: dict[str, str] = {}
_NO_TOKENS: frozenset[str] = frozenset()
_SCRIPT_TAGS = frozenset({"script", "style"})
#: A box of these tags holding an image and one paragraph is a figure without the tags (see
#: ``Walker._mark_image_captions``).
_IMAGE_BOX_TAGS = frozenset({"div", "span", "section"})
_IMAGE_TAGS = frozenset({"img", "picture"})
#: What these elements put into the text of the block around them: a line break or a cell separator.
_BREAKS: dict[str, str | None] = {"br": None, "tr": None, "td": "\t", "th": "\t"}


def _is_script_href(href: str) -> bool:
    """A ``javascript:`` link runs a script instead of leading anywhere: its text counts as plain text,
    not link text (as Readability replaces such links with their text). A story wrapped in one is
    still a story, not a link list."""
    return href.lstrip()[:11].lower() == "javascript:"


def _is_tag_link(attrs: Any) -> bool:
    """``rel="tag"`` (or ``"category tag"``): the link names a keyword of the post, not a story."""
    rel = attrs.get("rel")
    return bool(rel) and "tag" in rel.lower().split()


class _Frame:
    """Text collecting for the next block of one block element (a plain slotted class: one per element)."""

    __slots__ = ("chain", "chars", "container", "credit", "hrefs", "kind", "landmarks", "link_chars", "own",
                 "parts", "pre", "serial", "tag", "tag_chars")

    def __init__(self, serial: int, own: frozenset[str], landmarks: frozenset[str], tag: str,
                 kind: BlockKind | None, chain: tuple[int, ...], container: int, pre: bool, credit: bool) -> None:
        self.serial, self.own, self.landmarks, self.tag, self.kind = serial, own, landmarks, tag, kind
        self.chain = chain  #: serials of the element and its ancestors (shortened on deep pages)
        self.container, self.pre, self.credit = container, pre, credit
        self.parts: list[str | None] = []
        self.chars = 0
        self.link_chars = 0
        self.tag_chars = 0  #: of which inside rel="tag" links
        self.hrefs: dict[str, int] | None = None


@dataclass(slots=True)
class Raw:
    """A block before its evidence is final (content score and cards come after the walk)."""

    text: str
    kind: BlockKind
    serial: int  #: the element whose text this is
    leaf: bool  #: a block element (p, li, h2…), not text sitting in a container
    tag: str
    container: int
    own: frozenset[str]
    landmarks: frozenset[str]
    link_share: float
    href: str | None
    credit: bool
    chain: tuple[int, ...]  #: element serials of the path (see ``_Walker.path``)
    tag_share: float = 0.0  #: share of the text inside ``rel="tag"`` links
    hidden_seg: tuple[int, int] | None = None  #: (parent, place) of a hidden element, which has no serial


def _shorten(chain: list[int]) -> tuple[int, ...]:
    """Deep pages: first and last segments only, so a path costs O(1) however deep the page is."""
    if len(chain) <= MAX_PATH_SEGMENTS:
        return tuple(chain)
    return (*chain[:PATH_HEAD], -1, *chain[-PATH_TAIL - 1:])


class Walker:
    def __init__(self, base: str | None, max_depth: int, show_noscript: bool = False) -> None:
        self.base = base
        self.max_depth = max_depth
        #: a page shown only without scripts (see ``noscript_page``) is walked with its ``<noscript>`` text
        self.hidden_tags = _HIDDEN_TAGS - {"noscript"} if show_noscript else _HIDDEN_TAGS
        self.tree = Tree()
        self.raws: list[Raw] = []
        self.frames: list[_Frame] = []
        self.links: list[str | None] = []
        self.resolved: dict[str, str] = {}  #: href as written -> absolute (``urljoin`` is costly)
        self.credit_tokens = load_tokens("credit_tokens")
        self.total = 0  #: running count of text characters (subtree counts are differences of it)
        self.total_links = 0  #: …of which inside links
        self.tag_links = 0  #: open ``rel="tag"`` links (a post's tag list)
        self.headline_hrefs: list[tuple[str, int]] = []  #: headline-like links in closing order
        self.byline_elements: list[Any] = []  #: elements whose tokens may name a byline (for metadata)
        #: elements whose id may be a heading's anchor: (serial, id, their other token sources)
        self.anchor_ids: list[tuple[int, str, str]] = []

    # -- text
    def text(self, text: str | None) -> None:
        if not text or not self.frames:
            return
        frame = self.frames[-1]
        frame.parts.append(text)
        n = len(text.strip())
        if not n:
            return
        frame.chars += n
        self.total += n
        if self.links:
            frame.link_chars += n
            self.total_links += n
            href = self.links[-1]
            if href is not None:
                hrefs = frame.hrefs
                if hrefs is None:
                    frame.hrefs = {href: n}
                else:
                    hrefs[href] = hrefs.get(href, 0) + n
            if self.tag_links:
                frame.tag_chars += n

    def flush(self, frame: _Frame) -> None:
        parts = frame.parts
        if not parts:
            return
        text = fold(parts, frame.pre)
        chars, link_chars, tag_chars, hrefs = frame.chars, frame.link_chars, frame.tag_chars, frame.hrefs
        frame.parts, frame.chars, frame.link_chars, frame.tag_chars = [], 0, 0, 0
        if hrefs:
            frame.hrefs = None
        if not text:
            return
        href = None
        if hrefs:
            best, best_chars = max(hrefs.items(), key=lambda kv: kv[1])
            if chars and best_chars / chars >= MIN_HREF_SHARE:
                href = best
        kind = frame.kind
        if kind is None:
            kind = Kinds.PARAGRAPH if len(text) >= _SHAPE_PROSE_CHARS or text.rstrip()[-1:] in ".!?" \
                else Kinds.LINE
        self.raws.append(Raw(text, kind, frame.serial, frame.tag in _BLOCK_KINDS, frame.tag, frame.container,
                             frame.own, frame.landmarks, link_chars / chars if chars else 0.0, href, frame.credit,
                             frame.chain, tag_chars / chars if chars else 0.0))

    def hidden(self, el: Any, tag: str, chain: list[int]) -> None:
        tree = self.tree
        parent = chain[-1]
        kids = tree.kid_tags.setdefault(parent, [])
        kids.append(tag)
        if tag not in _SCRIPT_TAGS:  # hidden markup may still name the page's author
            for sub in el.iter():
                named = metadata_names(sub)
                if named and not split_tokens(named).isdisjoint(BYLINE_WORDS):
                    self.byline_elements.append(sub)
        text = " ".join(" ".join(el.itertext()).split())
        if not text:
            return
        self.raws.append(Raw(text, Kinds.HIDDEN, parent, True, tag, parent, frozenset(), tree.landmarks[parent],
                             0.0, None, False, _shorten([*chain, -2])[:-1], 0.0, (parent, len(kids) - 1)))

    def path(self, raw: Raw) -> str:
        tree = self.tree
        segs = ["…" if serial < 0 else tree.seg(serial) for serial in raw.chain]
        if raw.hidden_seg is not None:
            parent, place = raw.hidden_seg
            segs.append(tree.kid_segs(parent)[place])
        return "/".join(s for s in segs if s)

    # -- the walk
    def walk(self, root: Any) -> None:  # one flat loop: per-element method calls cost more than the work
        tree, frames, links, headline_hrefs = self.tree, self.frames, self.links, self.headline_hrefs
        t_parent, t_tag, t_own, t_landmarks, t_pos = tree.parent, tree.tag, tree.own, tree.landmarks, tree.pos
        t_end, t_chars, t_links, kid_tags = tree.end, tree.chars, tree.link_chars, tree.kid_tags
        credit_tokens, max_depth, text, hidden_tags = self.credit_tokens, self.max_depth, self.text, self.hidden_tags
        chain: list[int] = []  # serials of the open elements
        # per open element: serial, running totals when it opened, link element (or None), whether a frame
        opens: list[tuple[int, int, int, int, int, Any, bool]] = []
        h1s = 0
        skip_end = False
        walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        for event, el in walker:
            if event == "start":
                tag = el.tag
                if tag[:1] == "{" or not tag.islower():  # the HTML parser's names are lowercase already
                    tag = tag_name(el) or ""
                if len(chain) > max_depth:
                    raise LimitError(f"the HTML nests deeper than max_depth={max_depth:,} elements; "
                                     "pass a larger max_depth to accept it")
                items = el.items()
                attrs: dict[str, str] = dict(items) if items else _NO_ATTRS
                if chain and (tag in hidden_tags or (HIDE_ATTRIBUTE_HIDDEN and attrs and tag not in _PAGE_TAGS
                                                     and is_hidden(attrs))):
                    self.hidden(el, tag, chain)
                    walker.skip_subtree()
                    skip_end = True
                    if el.tail:
                        text(el.tail)
                    continue
                own = _NO_TOKENS
                landmark = tag if tag in _LANDMARK_TAGS else None
                if attrs:
                    get = attrs.get
                    cls, ident, role, prop = get("class"), get("id"), get("role"), get("itemprop")
                    if cls or ident or role or prop:
                        own = split_tokens(f"{cls or ''} {ident or ''} {role or ''} {prop or ''}")
                        if ident and len(_ID_SEPARATORS.findall(ident)) >= MIN_ANCHOR_ID_WORDS - 1:
                            self.anchor_ids.append((len(t_parent), ident, f"{cls or ''} {role or ''} {prop or ''}"))
                        if not own.isdisjoint(BYLINE_WORDS):
                            self.byline_elements.append(el)
                        if role and landmark is None:
                            landmark = _LANDMARK_ROLES.get(role.strip().lower())
                serial = len(t_parent)
                if chain:
                    parent = chain[-1]
                    landmarks = t_landmarks[parent]
                    siblings = kid_tags.get(parent)
                    if siblings is None:
                        kid_tags[parent] = siblings = []
                    t_pos.append(len(siblings))
                    siblings.append(tag)
                else:
                    parent, landmarks = -1, _NO_TOKENS
                    t_pos.append(0)
                if landmark is not None and landmark not in landmarks:
                    if landmark == "main" and not landmarks.isdisjoint(_CHROME_LANDMARKS):
                        landmarks = landmarks - _CHROME_LANDMARKS  # the main content is never chrome
                    landmarks = landmarks | {landmark}
                t_parent.append(parent)
                t_tag.append(tag)
                t_own.append(own if tag not in _PAGE_TAGS else _NO_TOKENS)
                t_landmarks.append(landmarks)
                t_end.append(serial)
                t_chars.append(0)
                t_links.append(0)
                chain.append(serial)
                if tag == "h1":
                    h1s += 1
                credit = bool(own) and not own.isdisjoint(credit_tokens)
                frame = tag in _FRAME_TAGS or parent < 0 or (credit and tag in _CREDIT_INLINE)
                if frame:
                    up = frames[-1] if frames else None
                    if up is not None:
                        if up.parts:
                            self.flush(up)
                        frames.append(_Frame(serial, own, landmarks, tag, _BLOCK_KINDS.get(tag), _shorten(chain),
                                             up.serial if tag in _BLOCK_KINDS else serial, tag == "pre" or up.pre,
                                             credit or up.credit))
                    else:
                        frames.append(_Frame(serial, own, landmarks, tag, _BLOCK_KINDS.get(tag), _shorten(chain),
                                             serial, tag == "pre", credit))
                elif tag in _BREAKS:
                    frames[-1].parts.append(_BREAKS[tag])
                link = el if tag == "a" and "href" in attrs and not _is_script_href(attrs["href"]) else None
                if link is not None:
                    links.append(self._href(attrs["href"]))
                    if _is_tag_link(attrs):
                        self.tag_links += 1
                opens.append((serial, self.total, self.total_links, len(headline_hrefs), h1s, link, frame))
                if el.text:
                    text(el.text)
            elif event == "end":
                if skip_end:
                    skip_end = False
                    continue
                serial, chars0, links0, heads0, h1s0, link, frame = opens.pop()
                chain.pop()
                chars = self.total - chars0
                if link is not None:
                    href = links.pop()
                    if self.tag_links and _is_tag_link(link.attrib):
                        self.tag_links -= 1
                    if chars <= MAX_HEADLINE_LINK_CHARS:
                        words_text = " ".join(" ".join(link.itertext()).split())
                        words = link_words(words_text)
                        if MIN_HEADLINE_LINK_WORDS <= words <= MAX_HEADLINE_LINK_WORDS:
                            # before any headline nested in it: a card link's own href names the card
                            headline_hrefs.insert(heads0, (href or words_text, words))
                if frame:
                    self.flush(frames.pop())
                t_end[serial] = len(t_parent) - 1
                t_chars[serial] = chars
                t_links[serial] = self.total_links - links0
                heads = len(headline_hrefs) - heads0
                if heads:
                    tree.headlines[serial] = heads
                    tree.headline_href[serial], tree.headline_words[serial] = headline_hrefs[heads0]
                if h1s != h1s0:
                    tree.h1[serial] = h1s - h1s0
                if el.tail:
                    text(el.tail)
            elif el.tail:  # a comment or processing instruction: only its tail is page text
                text(el.tail)
        if self.anchor_ids:
            self._drop_anchor_ids()
        self._mark_image_captions()

    def _mark_image_captions(self) -> None:
        """A paragraph that is all the text of a box holding an image (``<div><img><p>…</p></div>``) is the
        image's caption, as a ``<figcaption>`` would be: the markup of a figure without the tags."""
        tree = self.tree
        for r in self.raws:
            if r.tag != "p" or r.kind is Kinds.HIDDEN:
                continue
            box = tree.parent[r.serial]
            if box < 0 or tree.tag[box] not in _IMAGE_BOX_TAGS or tree.chars[box] != tree.chars[r.serial]:
                continue
            if not _IMAGE_TAGS.isdisjoint(tree.kid_tags.get(box, ())):
                r.kind = Kinds.CAPTION

    def noscript_page(self) -> bool:
        """The page's text sits in a ``<noscript>``: a fallback for browsers without scripts (or a
        ``<noscript>`` the parser never closed) holding the page, next to almost no text outside it."""
        shown = sum(len(r.text) for r in self.raws if r.kind is not Kinds.HIDDEN)
        noscript = max((len(r.text) for r in self.raws if r.kind is Kinds.HIDDEN and r.tag == "noscript"),
                       default=0)
        return noscript >= MIN_NOSCRIPT_PAGE_CHARS and shown <= MAX_SHOWN_BESIDE_NOSCRIPT * noscript

    def _drop_anchor_ids(self) -> None:
        """An id spelling out the element's own first heading ("sharing-with-a-single-developer" over
        "Sharing with a single developer") is a link anchor, not a component name: its tokens are no
        evidence (documentation pages would otherwise lose a "sharing" section as a share bar)."""
        tree = self.tree
        headings = sorted((r.serial, r.text) for r in self.raws if r.kind is Kinds.HEADING)
        starts = [serial for serial, _ in headings]
        for serial, ident, rest in self.anchor_ids:
            at = bisect.bisect_left(starts, serial)
            if at == len(starts) or not tree.inside(starts[at], serial):
                continue
            words = set(_WORD.findall(headings[at][1].lower()))
            if set(_WORD.findall(ident.lower())) <= words:
                tree.own[serial] = split_tokens(rest) if rest.strip() else _NO_TOKENS

    def _href(self, href: str) -> str | None:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            return None
        if not self.base:
            return href
        resolved = self.resolved.get(href)
        if resolved is None:  # a page links the same URL from its menu, its cards and its footer
            try:
                resolved = urljoin(self.base, href)
            except ValueError:
                resolved = href
            self.resolved[href] = resolved
        return resolved

