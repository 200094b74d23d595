"""HTML: figures drawn without the figure tags, and the captions in them.

A ``<figure>`` says which text describes a picture. Markup without the tags (older pages, or pages whose figures
are plain boxes) says it in two ways, both read here and both making the block a CAPTION, as a ``<figcaption>``
does:

- a paragraph that is all the text of a box holding a picture (``<div><img><p>…</p></div>``), or all the text of
  a box that opens with its picture, written as the box's own text (``<div><img><br><br>…<br><br></div>``: a page
  written before CSS ends paragraphs with blank lines, not ``<p>``);
- a block beside a picture, in a small box holding both, that says what the picture's ``alt`` text says: the
  caption a site writes once and prints twice, under the picture and as its text for those who cannot see it.
  A box drawn as a picture beside a paragraph is no evidence alone (a story's lead beside its opening photo, a
  picture post's text, a slideshow's slides are drawn so too); the alt text saying the same words is.

A caption found so and said again elsewhere on the page in a box's text, away from any picture (a gallery's lightbox
prints each slide's caption once more, its picture loaded by a script), is that caption again. A paragraph saying it
is the story's: a caption often quotes a sentence of the story, and a site may write that sentence as the alt text.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from pagesplit.frontend.dom_text import ALNUM_RUN
from pagesplit.frontend.tag_table import IMAGE_TAGS
from pagesplit.members import Kinds

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pagesplit.frontend.dom_tree import Tree
    from pagesplit.frontend.raw_blocks import Raw

__all__ = ["mark_figure_captions"]

#: Tags of a box holding a picture and one paragraph alone: a figure without the tags.
IMAGE_BOX_TAGS = frozenset({"div", "span", "section"})
#: Tags of the elements a caption's text sits in, and of the boxes that may hold a picture and its caption.
CAPTION_TAGS = frozenset({"p", "div", "span"})
FIGURE_BOX_TAGS = frozenset({"div", "span", "section", "li", "a"})
#: Tags of the boxes whose text may be a caption said again (``_mark_said_again``): not ``<p>``. Dev HTML and the
#: names probe: with ``<p>`` too, four story paragraphs that a caption quotes left their stories (sh:b -0.0003 dev,
#: -0.0012 probe).
COPY_TAGS = frozenset({"div", "span"})
#: A caption sits at most this many levels below the box it shares with its picture
#: (``<div><a><img></a><div><div>caption``: two). Of the 650 captions the alt test finds on dev and the names
#: probe (every page, story or not), 404 sit one level below, 171 two, 75 three. Swept in session 24 (dev HTML):
#: 2 and 4 move no figure.
MAX_CAPTION_DEPTH = 3
#: A box holding a picture and its caption holds at most this many non-space characters of text: a caption of
#: a few sentences, a credit, a "more" toggle, the caption said twice (full and cut short); those 650 captions'
#: boxes hold up to 903. A story's column holding a picture holds more. Swept in session 24 (dev HTML): 700 moves
#: no figure, 1400 costs one tf:a page (-0.0008).
MAX_FIGURE_CHARS = 1000
#: The alt text and the block say the same when one opens with the other, over this many characters of their
#: words (folded, punctuation left out) or all of the shorter when it is shorter: a caption may run on past
#: the alt text (its credit, a "less" toggle) or stop short of it (cut off with "… more").
SAME_OPENING_CHARS = 40
#: An alt text this short (in characters of its words) names the picture ("Logo", "Jo Doe"); a name is no
#: caption, and a block saying it is a label or a heading.
MIN_ALT_CHARS = 12
#: A block under this many words names what the picture shows (a product, a place, a person: a list entry's
#: label), and the story may keep it; a caption describes. Swept 3 / 4 / 5 on dev HTML and the names probe: the
#: same figures (5: one rd page 0.0001 lower).
MIN_CAPTION_WORDS = 4
#: A caption said again away from its picture is found by the opening of its words (``_same_opening`` over
#: SAME_OPENING_CHARS): only a caption at least that long (in characters of its words) is looked for, so that a
#: short caption ("Jo Doe at the launch") does not take every line that opens alike. Swept in session 24: 30 and
#: 55 change no dev HTML page.
MIN_SAID_AGAIN_CHARS = SAME_OPENING_CHARS


def mark_figure_captions(tree: Tree, raws: Sequence[Raw], alts: dict[int, str]) -> None:
    """The caption blocks of figures drawn without the figure tags become CAPTION blocks (see the module)."""
    if not alts:
        return
    pictures = sorted(alts)
    kid_tags, parent, chars, tags = tree.kid_tags, tree.parent, tree.chars, tree.tag
    said: dict[int, str] = {}  # picture -> its alt text's words, worked out when a block first needs them
    found: set[str] = set()  # the openings of the captions found, for their copies elsewhere
    for r in raws:
        if r.kind is not Kinds.PARAGRAPH and r.kind is not Kinds.LINE:
            continue
        box = parent[r.serial]
        if _own_box_caption(tree, r):
            boxed_alone = True
        elif box < 0 or (chars[box] > MAX_FIGURE_CHARS and chars[box] != chars[r.serial]):
            continue  # the block sits in a wide box: a story's column, a page's part
        else:
            boxed_alone = r.tag == "p" and tags[box] in IMAGE_BOX_TAGS and chars[box] == chars[r.serial] \
                and not IMAGE_TAGS.isdisjoint(kid_tags(box))
        if boxed_alone or (r.tag in CAPTION_TAGS and _says_alt(tree, pictures, alts, said, r)):
            r.kind = Kinds.CAPTION
            words = _words(r.text)
            if len(words) >= MIN_SAID_AGAIN_CHARS:
                found.add(words[:SAME_OPENING_CHARS])
    if found:
        _mark_said_again(raws, found)


def _own_box_caption(tree: Tree, r: Raw) -> bool:
    """The block is all the text of a small box whose first child is a picture: the paragraph boxed alone with its
    picture, written as the box's own text (``<div><img><br><br>caption<br><br></div>``, a page written before CSS
    ended its paragraphs with blank lines instead of ``<p>``)."""
    serial = r.serial
    if r.tag not in IMAGE_BOX_TAGS or tree.chars[serial] > min(len(r.text), MAX_FIGURE_CHARS):
        return False
    kids = tree.kid_tags(serial)
    return bool(kids) and kids[0] in IMAGE_TAGS


def _mark_said_again(raws: Sequence[Raw], found: set[str]) -> None:
    """Blocks that open as a caption found beside its picture (``found``: their openings) are that caption again."""
    for r in raws:
        if (r.kind is Kinds.PARAGRAPH or r.kind is Kinds.LINE) and r.tag in COPY_TAGS \
                and len(r.text) >= MIN_SAID_AGAIN_CHARS and _words(r.text)[:SAME_OPENING_CHARS] in found:
            r.kind = Kinds.CAPTION


def _says_alt(tree: Tree, pictures: list[int], alts: dict[int, str], said: dict[int, str], r: Raw) -> bool:
    """The nearest box above the block holding a picture outside it (MAX_CAPTION_DEPTH levels up at most,
    MAX_FIGURE_CHARS of text at most) holds a picture whose alt text opens as the block does."""
    parent, end, chars, tags = tree.parent, tree.end, tree.chars, tree.tag
    own_first, own_last = r.serial, end[r.serial]
    box = parent[r.serial]
    for _ in range(MAX_CAPTION_DEPTH):
        if box < 0 or tags[box] not in FIGURE_BOX_TAGS or chars[box] > MAX_FIGURE_CHARS:
            return False
        at = bisect.bisect_left(pictures, box)
        inside = [serial for serial in pictures[at:bisect.bisect_right(pictures, end[box], at)]
                  if not own_first <= serial <= own_last]
        if inside:
            if len(r.text.split()) < MIN_CAPTION_WORDS:
                return False
            words = _words(r.text)
            for serial in inside:
                alt = said.get(serial)
                if alt is None:
                    alt = said[serial] = _words(alts[serial])
                if len(alt) >= MIN_ALT_CHARS and _same_opening(words, alt):
                    return True
            return False
        box = parent[box]
    return False


def _words(text: str) -> str:
    """The text's words, folded and joined by single spaces (punctuation and spacing left out)."""
    return " ".join(ALNUM_RUN.findall(text.casefold()))


def _same_opening(block: str, alt: str) -> bool:
    """One opens with the other over SAME_OPENING_CHARS (or all of the shorter)."""
    n = min(SAME_OPENING_CHARS, len(alt), len(block))
    return block[:n] == alt[:n]
