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

    __slots__ = ("_kid_segs", "_segs", "chars", "end", "h1", "headline_href", "headline_words", "headlines",
                 "kid_tags", "landmarks", "link_chars", "own", "parent", "pos", "tag")

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
        self._kid_segs: dict[int, list[str]] = {}  #: parent -> its children's segments (``kid_segs``)
        self._segs: dict[int, str] = {}  #: element -> its segment (``seg``)

    def __len__(self) -> int:
        return len(self.parent)

    def kids(self, parent: int) -> list[int]:
        """Serials of one element's element children: the first follows its parent, each next one the
        subtree of the one before (serials are in document order)."""
        kids = []
        serial, last = parent + 1, self.end[parent]
        while serial <= last:
            kids.append(serial)
            serial = self.end[serial] + 1
        return kids

    def kid_segs(self, parent: int) -> list[str]:
        """Path segments of the parent's element children: the tag, numbered when siblings share it."""
        segs = self._kid_segs.get(parent)
        if segs is None:
            segs = self._kid_segs[parent] = _numbered(self.kid_tags.get(parent, []))
        return segs

    def seg(self, serial: int) -> str:
        """The element's path segment (``p[3]``; the root ``html`` has none). Remembered: the paths of a
        page's blocks share their ancestors' segments."""
        seg = self._segs.get(serial)
        if seg is None:
            parent = self.parent[serial]
            if parent < 0:
                tag = self.tag[serial]
                seg = "" if tag == "html" else tag
            else:
                seg = self.kid_segs(parent)[self.pos[serial]]
            self._segs[serial] = seg
        return seg

    def inside(self, serial: int, container: int) -> bool:
        return container <= serial <= self.end[container]

    def link_density(self, serial: int) -> float:
        chars = self.chars[serial]
        return self.link_chars[serial] / chars if chars else 0.0


def _numbered(tags: list[str]) -> list[str]:
    """Sibling tags -> path segments: ``["h2", "p", "p"]`` -> ``["h2", "p[1]", "p[2]"]``."""
    if len(set(tags)) == len(tags):  # no two siblings share a tag: nothing to number
        return list(tags)
    total: dict[str, int] = {}
    for tag in tags:
        total[tag] = total.get(tag, 0) + 1
    seen: dict[str, int] = {}
    segs = []
    for tag in tags:
        if total[tag] == 1:
            segs.append(tag)
        else:
            seen[tag] = seen.get(tag, 0) + 1
            segs.append(f"{tag}[{seen[tag]}]")
    return segs
