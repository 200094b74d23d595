"""HTML front end: an lxml tree -> blocks with DOM evidence, in one iterative walk.

``parse`` turns whatever the caller holds (``str``, ``bytes``, an lxml element or tree, a
``BeautifulSoup`` object) into an lxml root without touching the caller's tree. ``blocks_from_html``
walks that root once, with an explicit stack (no recursion, so no depth limit but ours):

- block elements (``p``, ``h1``-``h6``, ``li``, ``blockquote``, ``pre``, ``table``, ``figcaption``,
  ``dd``/``dt``…) and containers (``div``, ``section``, ``ul``…) open a *frame*; text collects in
  the innermost frame, and a child frame flushes the text before it as a block of its own, so text
  sitting directly in a container is never lost;
- ``<br>`` is a line break, table cells are tab-separated and rows are lines of one TABLE block;
- scripts, styles, templates, ``noscript`` and hidden elements become HIDDEN blocks (the back end
  marks them chrome), so nothing is dropped silently.

Per-element counters (text and link characters, headline links) are summed on the way back up, so
the content scoring and card detection of ``dom_score`` run over arrays, never over the tree again.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import regex
from lxml import etree

from pagesplit.context import Hints
from pagesplit.draft import Draft, Evidence
from pagesplit.errors import InputError, LimitError
from pagesplit.frontend import dom_score
from pagesplit.frontend.dom_tree import Tree
from pagesplit.frontend.parse import parse
from pagesplit.lexicon.dom_tokens import load_tokens
from pagesplit.metadata import read_metadata
from pagesplit.model import BlockKind, Span

__all__ = ["DEFAULT_MAX_DEPTH", "blocks_from_html", "parse"]

#: Deeper nesting raises ``LimitError``. Real pages stay under ~60 levels (dev corpus maximum 54);
#: this leaves room for generated markup while bounding work on hostile input.
DEFAULT_MAX_DEPTH = 20_000
#: Paths longer than this many elements are shortened to their first and last segments.
MAX_PATH_SEGMENTS = 16
PATH_HEAD, PATH_TAIL = 3, 10
#: A block whose text is at least this share of one link's text carries that link's href.
MIN_HREF_SHARE = 0.6
#: A link is headline-like (a card's title) with this many words; fewer is a label ("Read more").
MIN_HEADLINE_LINK_WORDS = 3
MAX_HEADLINE_LINK_WORDS = 30
#: Link text of one or two "words" this long in a non-Latin script is a phrase without spaces
#: (Japanese, Chinese): count one word per 3 characters (a Japanese headline runs 15-40 characters).
UNSPACED_MIN_CHARS = 9
UNSPACED_CHARS_PER_WORD = 3
#: Links with more text than this are not headlines (no need to count their words).
MAX_HEADLINE_LINK_CHARS = 300
#: Attribute-hidden elements are HIDDEN blocks (tabs and menus are often hidden this way); set to
#: False to walk them as visible text. Dev corpus: treating them as hidden costs no article F1.
HIDE_ATTRIBUTE_HIDDEN = True

#: Elements whose text is never shown as page text.
_HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript", "iframe", "svg", "math", "object",
                          "embed", "canvas", "title", "audio", "video", "textarea"})
#: Block elements and the kind of the block their own text makes (None: decided by shape).
_BLOCK_KINDS: dict[str, BlockKind | None] = {
    "p": BlockKind.PARAGRAPH, "li": BlockKind.LIST_ITEM, "blockquote": BlockKind.QUOTE, "pre": BlockKind.CODE,
    "table": BlockKind.TABLE, "figcaption": BlockKind.CAPTION, "caption": BlockKind.CAPTION,
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
    "dd": None, "dt": None, "address": None, "legend": None, "summary": None, "button": BlockKind.LINE,
    "select": BlockKind.LINE, "option": None,
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
#: Tokens of these elements describe the whole page (body class="single has-sidebar"), not a block.
_PAGE_TAGS = frozenset({"html", "body"})
_HIDDEN_STYLE = regex.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", regex.IGNORECASE)
_CHUNK = regex.compile(r"[^\W_]+")
_CAMEL = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\d+")
_SHAPE_PROSE_CHARS = 80
_BR = None  #: marks a line break in a frame's text parts
_NO_ATTRS: dict[str, str] = {}


@functools.lru_cache(maxsize=8192)
def split_tokens(value: str) -> frozenset[str]:
    """``"related-posts articleBody"`` -> ``{"related", "posts", "articlebody", "article", "body"}``."""
    out: set[str] = set()
    for chunk in _CHUNK.findall(value):
        out.add(chunk.lower())
        if not chunk.islower() and not chunk.isupper():
            out.update(part.lower() for part in _CAMEL.findall(chunk))
    return frozenset(out)


def _link_words(text: str) -> int:
    """Words of a link's text; scripts without spaces count one word per UNSPACED_CHARS_PER_WORD."""
    words = text.split()
    if len(words) <= 2 and len(text) >= UNSPACED_MIN_CHARS and not text.isascii():
        return len(text) // UNSPACED_CHARS_PER_WORD
    return len(words)


def _tag(el: Any) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return None  # comment, processing instruction, entity
    if tag[:1] == "{":
        tag = tag.rpartition("}")[2]
    return tag.lower()


def _is_hidden(attrs: dict[str, str]) -> bool:
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _fold(parts: list[str | None], pre: bool) -> str:
    """Text parts -> block text: whitespace folded (kept in ``pre``), ``<br>`` as a newline."""
    lines: list[str] = []
    current: list[str] = []
    for part in parts:
        if part is _BR:
            lines.append("".join(current))
            current = []
        else:
            current.append(part)
    lines.append("".join(current))
    if pre:
        return "\n".join(line.rstrip() for line in "\n".join(lines).strip("\n").splitlines()).strip("\n")
    folded = (" ".join(line.split()) if "\t" not in line
              else "\t".join(c for c in (" ".join(cell.split()) for cell in line.split("\t")) if c) for line in lines)
    return "\n".join(line for line in folded if line)


@dataclass(slots=True)
class _Open:
    """An element whose end tag the walk has not reached yet."""

    serial: int
    el: Any
    seg: str
    tokens: frozenset[str]
    own: frozenset[str]
    landmarks: frozenset[str]
    frame: bool
    link: bool


@dataclass(slots=True)
class _Frame:
    """Text collecting for the next block of one block element."""

    open: _Open
    tag: str
    kind: BlockKind | None
    path: str
    container: int
    pre: bool
    credit: bool
    parts: list[str | None] = field(default_factory=list)
    chars: int = 0
    link_chars: int = 0
    hrefs: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Raw:
    """A block before its evidence is final (content score and cards come after the walk)."""

    text: str
    kind: BlockKind
    serial: int  #: the element whose text this is
    leaf: bool  #: a block element (p, li, h2…), not text sitting in a container
    tag: str
    path: str
    container: int
    tokens: frozenset[str]
    own: frozenset[str]
    landmarks: frozenset[str]
    link_share: float
    href: str | None
    credit: bool


class _Walker:
    def __init__(self, base: str | None, max_depth: int) -> None:
        self.base = base
        self.max_depth = max_depth
        self.tree = Tree()
        self.raws: list[Raw] = []
        self.opens: list[_Open] = []
        self.frames: list[_Frame] = []
        self.links: list[str | None] = []
        self.credit_tokens = load_tokens("credit_tokens")

    # -- text
    def text(self, text: str | None, owner: int) -> None:
        if not text or not self.frames:
            return
        frame = self.frames[-1]
        frame.parts.append(text)
        n = len(text.strip())
        if not n:
            return
        frame.chars += n
        self.tree.chars[owner] += n
        if self.links:
            frame.link_chars += n
            self.tree.link_chars[owner] += n
            href = self.links[-1]
            if href is not None:
                frame.hrefs[href] = frame.hrefs.get(href, 0) + n

    def flush(self, frame: _Frame) -> None:
        text = _fold(frame.parts, frame.pre)
        chars, link_chars, hrefs = frame.chars, frame.link_chars, frame.hrefs
        frame.parts, frame.chars, frame.link_chars, frame.hrefs = [], 0, 0, {}
        if not text:
            return
        href = None
        if hrefs:
            best, best_chars = max(hrefs.items(), key=lambda kv: kv[1])
            if chars and best_chars / chars >= MIN_HREF_SHARE:
                href = best
        kind = frame.kind
        if kind is None:
            kind = BlockKind.PARAGRAPH if len(text) >= _SHAPE_PROSE_CHARS or text.rstrip()[-1:] in ".!?" \
                else BlockKind.LINE
        o = frame.open
        self.raws.append(Raw(text, kind, o.serial, frame.tag in _BLOCK_KINDS, frame.tag, frame.path, frame.container,
                             o.tokens, o.own, o.landmarks, link_chars / chars if chars else 0.0, href, frame.credit))

    def hidden(self, el: Any, tag: str, path: str) -> None:
        text = " ".join(" ".join(el.itertext()).split())
        if not text:
            return
        o = self.opens[-1] if self.opens else None
        self.raws.append(Raw(text, BlockKind.HIDDEN, o.serial if o else -1, True, tag, path,
                             o.serial if o else -1, o.tokens if o else frozenset(), frozenset(),
                             o.landmarks if o else frozenset(), 0.0, None, False))

    def path(self, seg: str) -> str:
        opens = self.opens
        if len(opens) < MAX_PATH_SEGMENTS:
            segs = [o.seg for o in opens]
        else:  # deep pages: O(1) per block, not O(depth)
            segs = [o.seg for o in opens[:PATH_HEAD]] + ["…"] + [o.seg for o in opens[-PATH_TAIL:]]
        return "/".join(s for s in (*segs, seg) if s)

    # -- the walk
    def walk(self, root: Any) -> None:
        root_tag = _tag(root) or ""
        stack: list[tuple[Any, int, str, str | None] | None] = [
            (root, 0, "" if root_tag == "html" else root_tag, root_tag)]
        while stack:
            item = stack.pop()
            if item is None:
                self.exit()
                continue
            el, depth, seg, tag = item
            parent = self.opens[-1].serial if self.opens else -1
            if tag is None:
                self.text(el.tail, parent)
                continue
            if depth > self.max_depth:
                raise LimitError(f"the HTML nests deeper than max_depth={self.max_depth:,} elements; "
                                 "pass a larger max_depth to accept it")
            items = el.items()
            attrs: dict[str, str] = dict(items) if items else _NO_ATTRS
            if self.opens and (tag in _HIDDEN_TAGS or (HIDE_ATTRIBUTE_HIDDEN and attrs and tag not in _PAGE_TAGS
                                                      and _is_hidden(attrs))):
                self.hidden(el, tag, self.path(seg))
                self.text(el.tail, parent)
                continue
            self.enter(el, tag, seg, parent, attrs)
            stack.append(None)
            self.text(el.text, self.opens[-1].serial)
            kids = [(kid, _tag(kid)) for kid in el]
            if not kids:
                continue
            counts: dict[str | None, int] = {}
            for _, kt in kids:
                counts[kt] = counts.get(kt, 0) + 1
            seen: dict[str, int] = {}
            entries: list[tuple[Any, int, str, str | None] | None] = []
            for kid, kt in kids:
                if kt is None:
                    entries.append((kid, depth + 1, "", None))
                elif counts[kt] > 1:
                    seen[kt] = seen.get(kt, 0) + 1
                    entries.append((kid, depth + 1, f"{kt}[{seen[kt]}]", kt))
                else:
                    entries.append((kid, depth + 1, kt, kt))
            entries.reverse()
            stack.extend(entries)

    def enter(self, el: Any, tag: str, seg: str, parent: int, attrs: dict[str, str]) -> None:
        named = " ".join(v for v in (attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop"))
                         if v) if attrs else ""
        own = split_tokens(named) if named else frozenset()
        up = self.opens[-1] if self.opens else None
        inherited = up.tokens if up is not None else frozenset()
        tokens = inherited if not own or tag in _PAGE_TAGS else inherited | own
        landmark = tag if tag in _LANDMARK_TAGS else _LANDMARK_ROLES.get((attrs.get("role") or "").strip().lower())
        landmarks = up.landmarks if up is not None else frozenset()
        if landmark is not None and landmark not in landmarks:
            landmarks = landmarks | {landmark}
        serial = self.tree.add(parent, tag, own if tag not in _PAGE_TAGS else frozenset(), tokens, landmarks)
        credit = bool(own & self.credit_tokens)
        frame = tag in _FRAME_TAGS or up is None or (credit and tag in _CREDIT_INLINE)
        link = tag == "a" and attrs.get("href") is not None
        o = _Open(serial, el, seg, tokens, own, landmarks, frame, link)
        if frame:
            path = self.path(seg)
            if self.frames:
                self.flush(self.frames[-1])
            is_block = tag in _BLOCK_KINDS
            container = self.frames[-1].open.serial if is_block and self.frames else serial
            pre = tag == "pre" or bool(self.frames and self.frames[-1].pre)
            self.frames.append(_Frame(o, tag, _BLOCK_KINDS.get(tag), path, container, pre,
                                      credit or bool(self.frames and self.frames[-1].credit)))
        elif tag == "br":
            self.frames[-1].parts.append(_BR)
        elif tag in ("td", "th"):
            self.frames[-1].parts.append("\t")
        elif tag == "tr":
            self.frames[-1].parts.append(_BR)
        if link:
            self.links.append(self._href(attrs["href"]))
        self.opens.append(o)

    def _href(self, href: str) -> str | None:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            return None
        try:
            return urljoin(self.base, href) if self.base else href
        except ValueError:
            return href

    def exit(self) -> None:
        o = self.opens.pop()
        tree = self.tree
        if o.link:
            href = self.links.pop()
            if tree.chars[o.serial] <= MAX_HEADLINE_LINK_CHARS:
                text = " ".join(" ".join(o.el.itertext()).split())
                words = _link_words(text)
                if MIN_HEADLINE_LINK_WORDS <= words <= MAX_HEADLINE_LINK_WORDS:
                    tree.headlines[o.serial] += 1
                    tree.headline_href[o.serial] = href or text
                    tree.headline_words[o.serial] = words
        if o.frame:
            self.flush(self.frames.pop())
        tree.close(o.serial)
        self.text(o.el.tail, self.opens[-1].serial if self.opens else -1)


def _base_url(root: Any, url: str | None) -> str | None:
    for el in root.iter("base", "{http://www.w3.org/1999/xhtml}base"):
        href = (el.get("href") or "").strip()
        if href:
            try:
                return urljoin(url, href) if url else href
            except ValueError:
                return url
    return url


def blocks_from_html(root: Any, *, url: str | None = None,
                     max_depth: int = DEFAULT_MAX_DEPTH) -> tuple[list[Draft], Hints]:
    """Walk a parsed page (see ``parse``) into drafts with ``Evidence``, and read its metadata.

    >>> drafts, hints = blocks_from_html(parse("<html><body><h1>A title here</h1><p>Some text.</p></body></html>"))
    >>> [(d.kind.value, d.text, d.dom.path) for d in drafts]
    [('heading', 'A title here', 'html/body/h1'), ('paragraph', 'Some text.', 'html/body/p')]
    """
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    if _tag(root) is None:
        raise InputError("blocks_from_html expects an lxml element; use pagesplit.frontend.html.parse first")
    walker = _Walker(_base_url(root, url), max_depth)
    walker.walk(root)
    raws = walker.raws
    framework = dom_score.framework_tokens(walker.tree)
    scores, restricted = dom_score.content_scores(walker.tree, raws, framework)
    cards = dom_score.find_cards(walker.tree, raws)
    drafts = []
    for i, r in enumerate(raws):
        group, item = cards.get(i, (None, None))
        level = int(r.tag[1]) if r.kind is BlockKind.HEADING and r.tag[:1] == "h" else None
        text_len = len(r.text)
        drafts.append(Draft(
            index=i, text=r.text, kind=r.kind, span=Span(path=r.path),
            dom=Evidence(tag=r.tag, path=r.path, heading_level=level, tokens=restricted.get(i, r.tokens - framework),
                         own_tokens=r.own, landmarks=r.landmarks, link_chars=round(text_len * r.link_share),
                         href=r.href, container=r.container, content_score=scores[i], card_group=group,
                         card_item=item, is_credit=r.credit),
        ))
    return drafts, read_metadata(root, url)
