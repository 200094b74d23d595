"""Per-element counters filled during the HTML walk, as flat arrays indexed by element serial.

Serials are given in document (pre-)order, so an element's subtree is the serial range
``[serial, end[serial]]``: "is this block inside that container" is two comparisons.

Subtree counts (text and link characters, headline links, ``h1`` elements) are differences of
running totals: the walk notes each total when an element opens and again when it closes, so no
count is ever added up the tree element by element. Counts that are mostly zero (headline links,
``h1``) are dicts holding only the elements that have some.

Path segments (``p[3]``: the third ``p`` among its siblings, hidden ones counted) are numbered as the walk
goes: each element gets its place among the siblings of its tag (``nth``) and each parent the count of its
children per tag (``kid_counts``), so a segment is worked out only for the elements on some block's path, with
no pass over the tree after the walk.
"""

from __future__ import annotations

_NO_TOKENS: frozenset[str] = frozenset()


class Tree:
    """Element serial -> parent, tag, own tokens, subtree text and link characters, headline links."""

    __slots__ = ("chars", "end", "h1", "headline_href", "headline_words", "headlines", "hidden_kids", "kid_counts",
                 "landmarks", "link_chars", "nth", "own", "parent", "sites", "tag")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.tag: list[str] = []
        self.own: list[frozenset[str]] = []
        self.landmarks: list[frozenset[str]] = []  #: enclosing landmarks (shared sets)
        self.end: list[int] = []  #: last serial of the subtree (set when closed)
        self.chars: list[int] = []  #: non-space characters of text in the subtree (set when closed)
        self.link_chars: list[int] = []  #: of which inside links
        #: parent -> its hidden children (no serial), each as (the serial the next element gets, tag, its place
        #: among the parent's children of that tag)
        self.hidden_kids: dict[int, list[tuple[int, str, int]]] = {}
        self.nth: list[int] = []  #: the element's place among its parent's children of its tag (hidden ones too)
        #: parent (-1: the root's) -> how many children of each tag it has, hidden ones too (see ``seg``)
        self.kid_counts: dict[int, dict[str, int]] = {}
        self.headlines: dict[int, int] = {}  #: headline-like links in the subtree (elements that have some)
        self.headline_href: dict[int, str] = {}  #: href of the first headline-like link in the subtree
        self.headline_words: dict[int, int] = {}  #: words of that link's text
        self.h1: dict[int, int] = {}  #: h1 elements in the subtree (elements that have some)
        #: the page's site by the page's URL (``records.page_site``), once its headline links are all known
        self.sites: dict[str | None, str | None] = {}

    def reserve(self, count: int) -> int:
        """Room for ``count`` more elements (returned): the walk fills the arrays by serial instead of appending
        to seven lists per element. A reserved element is a leaf without text until the walk says otherwise."""
        size = len(self.parent)
        self.parent.extend([-1] * count)
        self.tag.extend([""] * count)
        self.own.extend([_NO_TOKENS] * count)
        self.landmarks.extend([_NO_TOKENS] * count)
        self.end.extend(range(size, size + count))
        self.chars.extend([0] * count)
        self.link_chars.extend([0] * count)
        self.nth.extend([1] * count)
        return count

    def trim(self, count: int) -> None:
        """Drop the room reserved past the first ``count`` elements."""
        for array in (self.parent, self.tag, self.own, self.landmarks, self.end, self.chars, self.link_chars, self.nth):
            del array[count:]

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

    def kid_tags(self, parent: int) -> list[str]:
        """Tags of the parent's element children, hidden ones too, in document order."""
        return [tag for _, tag in self._kids_in_order(parent)]

    def _kids_in_order(self, parent: int) -> list[tuple[int, str]]:
        """(serial, tag) of the parent's element children, hidden ones (serial -1) merged in at their place."""
        tags = self.tag
        kids = [(kid, tags[kid]) for kid in self.kids(parent)]
        hidden = self.hidden_kids.get(parent)
        if not hidden:
            return kids
        merged: list[tuple[int, str]] = []
        at = 0
        for next_serial, tag, _ in hidden:  # a hidden child follows every element child opened before it
            while at < len(kids) and kids[at][0] < next_serial:
                merged.append(kids[at])
                at += 1
            merged.append((-1, tag))
        merged.extend(kids[at:])
        return merged

    def seg(self, serial: int) -> str:
        """The element's path segment: ``p[3]`` is the third ``p`` among its siblings (hidden ones counted), a tag
        no sibling shares stays bare, the root ``html`` has none (``ElementPaths.path`` spells this out inline)."""
        name = self.tag[serial]
        if not serial and name == "html":
            return ""
        return name if self.kid_counts[self.parent[serial]][name] == 1 else f"{name}[{self.nth[serial]}]"

    def hidden_seg(self, parent: int, place: int) -> str:
        """The path segment of the parent's hidden child number ``place`` (see ``hidden_kids``)."""
        _, name, nth = self.hidden_kids[parent][place]
        return name if self.kid_counts[parent][name] == 1 else f"{name}[{nth}]"

    def inside(self, serial: int, container: int) -> bool:
        return container <= serial <= self.end[container]

    def serials_of(self, name: str) -> list[int]:
        """Every element named ``name``, in document order: the list scans run in C, and most pages hold few of
        the names asked (quotations, bold text)."""
        tags, serial = self.tag, 0
        found: list[int] = []
        while True:
            try:
                serial = tags.index(name, serial)
            except ValueError:
                return found
            found.append(serial)
            serial += 1
