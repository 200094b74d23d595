"""Per-element counters filled during the HTML walk, as flat arrays indexed by element serial.

Serials are given in document (pre-)order, so an element's subtree is the serial range
``[serial, end[serial]]``: "is this block inside that container" is two comparisons.

Subtree counts (text and link characters, headline links, ``h1`` elements) are differences of
running totals: the walk notes each total when an element opens and again when it closes, so no
count is ever added up the tree element by element. Counts that are mostly zero (headline links,
``h1``) are dicts holding only the elements that have some.
"""

from __future__ import annotations


class Tree:
    """Element serial -> parent, tag, own tokens, subtree text and link characters, headline links."""

    __slots__ = ("_segs", "chars", "end", "h1", "headline_href", "headline_words", "headlines", "kid_tags",
                 "landmarks", "link_chars", "own", "parent", "pos", "tag")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.tag: list[str] = []
        self.own: list[frozenset[str]] = []
        self.landmarks: list[frozenset[str]] = []  #: enclosing landmarks (shared sets)
        self.pos: list[int] = []  #: the element's place in its parent's ``kid_tags``
        self.end: list[int] = []  #: last serial of the subtree (set when closed)
        self.chars: list[int] = []  #: non-space characters of text in the subtree (set when closed)
        self.link_chars: list[int] = []  #: of which inside links
        self.kid_tags: dict[int, list[str]] = {}  #: tags of all element children, hidden ones too (for paths)
        self.headlines: dict[int, int] = {}  #: headline-like links in the subtree (elements that have some)
        self.headline_href: dict[int, str] = {}  #: href of the first headline-like link in the subtree
        self.headline_words: dict[int, int] = {}  #: words of that link's text
        self.h1: dict[int, int] = {}  #: h1 elements in the subtree (elements that have some)
        self._segs: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self.parent)

    def children(self) -> list[list[int]]:
        """Serial -> serials of its element children (hidden elements have no serial)."""
        kids: list[list[int]] = [[] for _ in self.parent]
        for serial, parent in enumerate(self.parent):
            if parent >= 0:
                kids[parent].append(serial)
        return kids

    def kids(self, parent: int) -> list[int]:
        """Serials of one element's element children."""
        parents = self.parent
        return [s for s in range(parent + 1, self.end[parent] + 1) if parents[s] == parent]

    def kid_segs(self, parent: int) -> list[str]:
        """Path segments of the parent's element children: the tag, numbered when siblings share it."""
        segs = self._segs.get(parent)
        if segs is None:
            kids = self.kid_tags.get(parent, [])
            total: dict[str, int] = {}
            for tag in kids:
                total[tag] = total.get(tag, 0) + 1
            seen: dict[str, int] = {}
            segs = []
            for tag in kids:
                if total[tag] == 1:
                    segs.append(tag)
                else:
                    seen[tag] = seen.get(tag, 0) + 1
                    segs.append(f"{tag}[{seen[tag]}]")
            self._segs[parent] = segs
        return segs

    def seg(self, serial: int) -> str:
        """The element's path segment (``p[3]``; the root ``html`` has none)."""
        parent = self.parent[serial]
        if parent < 0:
            tag = self.tag[serial]
            return "" if tag == "html" else tag
        return self.kid_segs(parent)[self.pos[serial]]

    def inside(self, serial: int, container: int) -> bool:
        return container <= serial <= self.end[container]

    def link_density(self, serial: int) -> float:
        chars = self.chars[serial]
        return self.link_chars[serial] / chars if chars else 0.0
