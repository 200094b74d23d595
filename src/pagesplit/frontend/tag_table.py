"""The HTML walk's table of tag names: what it does with the elements of each, worked out once per name.

Hidden elements (scripts, styles, ``noscript``, ruby readings) become HIDDEN blocks; block elements and
containers open a frame whose text collects apart; ``<br>`` and table cells put a break into the text around
them; landmarks (tags, and the ARIA roles that name one) are noted on every element inside them.
"""

from __future__ import annotations

from dataclasses import dataclass

from pagesplit.frontend.dom_text import CELL
from pagesplit.members import Kinds
from pagesplit.model import BlockKind

#: Ruby annotations: the reading of the characters they sit on (``<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>``),
#: which a browser shows above the line, not in it. Their text is left out of the line it would interrupt
#: (copies of the text carry the characters alone) and follows that line as one HIDDEN block.
RUBY_ANNOTATION_TAGS = frozenset({"rt", "rp"})
#: Elements whose text is never shown as page text.
_HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript", "iframe", "svg", "math", "object",
                          "embed", "canvas", "title", "audio", "video", "textarea"}) | RUBY_ANNOTATION_TAGS
#: The heading elements: their own text makes a HEADING block.
HEADING_TAGS = frozenset(f"h{n}" for n in range(1, 7))
#: Inline tags that set text in bold: a short line of a container wholly in them, no link, is a heading (pages
#: written before CSS set headings as ``<font size><b>…</b></font><br>``, not ``<h2>``), and so is one wholly inside
#: a card's link (``card_groups.bold_card_link_headings``).
BOLD_TAGS = frozenset({"b", "strong"})
#: Block elements and the kind of the block their own text makes (None: decided by shape).
BLOCK_KINDS: dict[str, BlockKind | None] = {
    "p": Kinds.PARAGRAPH, "li": Kinds.LIST_ITEM, "blockquote": Kinds.QUOTE, "pre": Kinds.CODE,
    "table": Kinds.TABLE, "figcaption": Kinds.CAPTION, "caption": Kinds.CAPTION,
    **{tag: Kinds.HEADING for tag in sorted(HEADING_TAGS)},
    "dd": None, "dt": None, "address": None, "legend": None, "summary": None, "button": Kinds.LINE,
    "select": Kinds.LINE, "option": None,
}
CONTAINER_TAGS = frozenset({"html", "body", "div", "section", "article", "main", "aside", "nav", "header",
                            "footer", "ul", "ol", "dl", "form", "figure", "fieldset", "details", "menu",
                            "center", "hgroup", "dialog", "hr", "frameset", "frame", "noframes", "search"})
_FRAME_TAGS = frozenset(BLOCK_KINDS) | CONTAINER_TAGS
#: Inline elements that become blocks of their own when their tokens say "credit".
CREDIT_INLINE = frozenset({"span", "small", "cite", "em", "i", "p"})
_LANDMARK_TAGS = frozenset({"article", "main", "nav", "aside", "footer", "header", "figure", "form", "dialog"})
LANDMARK_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
                  "main": "main", "article": "article", "search": "form", "form": "form", "dialog": "dialog",
                  "alertdialog": "dialog", "menu": "nav", "menubar": "nav", "figure": "figure"}
#: Landmarks a ``<main>`` inside them overrules: unclosed or misnested markup (a ``<nav>`` left open around the
#: page) does not make the main content navigation.
_CHROME_LANDMARKS = frozenset({"nav", "header", "footer", "aside"})
#: Tokens of these elements describe the whole page (body class="single has-sidebar"), not a block.
_PAGE_TAGS = frozenset({"html", "body"})
SCRIPT_TAGS = frozenset({"script", "style"})
IMAGE_TAGS = frozenset({"img", "picture"})
#: What these elements put into the text of the block around them: a line break or a cell separator.
_BREAKS: dict[str, str | None] = {"br": None, "tr": None, "td": CELL, "th": CELL}


@dataclass(frozen=True, slots=True)
class TagInfo:
    """What the walk does with the elements of one tag name, worked out once per name (``describe``)."""

    name: str  #: lowercase, without namespace
    hidden: bool  #: its text is never shown as page text (script, style…): a HIDDEN block
    opens_frame: bool  #: a block element or container: the text inside it collects apart
    kind: BlockKind | None  #: the kind of the block its own text makes (None: decided by shape)
    landmark: str | None  #: the landmark it is (``nav``, ``main``…)
    page: bool  #: ``html`` or ``body``: its tokens describe the page, not a block
    is_break: bool  #: ``br``, ``tr``, ``td``, ``th``: puts ``brk`` into the text around it
    brk: str | None  #: what a break puts: a cell separator, or None for a line break


#: Tag descriptions, per ``show_noscript`` (see ``describe``); at most this many each (custom element names
#: are unbounded across pages).
MAX_KNOWN_TAGS = 4096
KNOWN_TAGS: dict[bool, dict[str, TagInfo]] = {False: {}, True: {}}


def describe(tag: str, show_noscript: bool) -> TagInfo:
    """A tag as lxml spells it -> what the walk does with its elements, worked out once per tag name (the walk
    would otherwise test each element's tag against half a dozen sets)."""
    known = KNOWN_TAGS[show_noscript]
    if len(known) >= MAX_KNOWN_TAGS:
        known.clear()
    name = (tag.rpartition("}")[2] if tag[:1] == "{" else tag).lower()
    hidden = name in _HIDDEN_TAGS and not (show_noscript and name == "noscript")
    info = known[tag] = TagInfo(name, hidden, name in _FRAME_TAGS, BLOCK_KINDS.get(name),
                                name if name in _LANDMARK_TAGS else None, name in _PAGE_TAGS, name in _BREAKS,
                                _BREAKS.get(name))
    return info


def with_landmark(landmarks: frozenset[str], landmark: str) -> frozenset[str]:
    """The landmarks inside a new one; a ``main`` overrules the chrome landmarks around it (the main content is
    never chrome)."""
    if landmark == "main" and not landmarks.isdisjoint(_CHROME_LANDMARKS):
        landmarks = landmarks - _CHROME_LANDMARKS
    return landmarks | {landmark}

