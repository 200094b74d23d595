"""The walk's output: one ``Raw`` block per run of text, before its evidence is final.

``walk`` makes them, one per block element or run of text in a container (and one HIDDEN block per hidden element);
``after_walk``, ``figures``, ``content_score``, ``card_groups`` and ``records`` revise them and read their evidence
once the page is walked, and ``html`` turns them into blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from pagesplit.model import BlockKind

__all__ = ["Raw"]


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
    #: on a page nested deeper than MAX_PATH_SEGMENTS, the element serials of the shortened path (see
    #: ``ElementPaths.path``); None when the path is the element's ancestors (climbed in the tree then)
    chain: tuple[int, ...] | None
    tag_share: float = 0.0  #: share of the text inside ``rel="tag"`` links
    #: a hidden element has no serial: (its parent, its place among the parent's hidden children)
    hidden_seg: tuple[int, int] | None = None
    #: the links of the block's text, href -> their characters, whatever their share (``href`` is set only past
    #: ``walk.MIN_HREF_SHARE``): a record's headline may be linked in part (``card_groups.partly_linked_titles``)
    hrefs: dict[str, int] | None = None
    #: a heading's level that its tag does not say: a bold line in a big font (``walk.heading_level``)
    level: int | None = None
    #: the block is a line of prose its box's next block continues (``walk._prose_line``): one paragraph to a
    #: browser's reader as to the box's layout, the two vote once for their container (``content_score``)
    runs_on: bool = False
