"""Per-element counters filled during the HTML walk, as flat arrays indexed by element serial.

Serials are given in document (pre-)order, so an element's subtree is the serial range
``[serial, end[serial]]``: "is this block inside that container" is two comparisons.

Subtree counts (text and link characters, headline links, ``h1`` elements) are differences of
running totals: the walk notes each total when an element opens and again when it closes, so no
count is ever added up the tree element by element. Counts that are mostly zero (headline links,
``h1``) are dicts holding only the elements that have some.

Path segments (``p[3]``: the third ``p`` among its siblings, hidden ones counted) are worked out after the
walk, only for the parents of elements that are on some block's path: the walk records no sibling lists.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

_NO_TOKENS: frozenset[str] = frozenset()


class Tree:
    """Element serial -> parent, tag, own tokens, subtree text and link characters, headline links."""

    __slots__ = ("_hidden_segs", "_segs", "chars", "end", "h1", "headline_href", "headline_words", "headlines",
                 "hidden_kids", "landmarks", "link_chars", "own", "parent", "tag")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.tag: list[str] = []
        self.own: list[frozenset[str]] = []
        self.landmarks: list[frozenset[str]] = []  #: enclosing landmarks (shared sets)
        self.end: list[int] = []  #: last serial of the subtree (set when closed)
        self.chars: list[int] = []  #: non-space characters of text in the subtree (set when closed)
        self.link_chars: list[int] = []  #: of which inside links
        #: parent -> its hidden children (no serial), each as (the serial the next element gets, tag)
        self.hidden_kids: dict[int, list[tuple[int, str]]] = {}
        self.headlines: dict[int, int] = {}  #: headline-like links in the subtree (elements that have some)
        self.headline_href: dict[int, str] = {}  #: href of the first headline-like link in the subtree
        self.headline_words: dict[int, int] = {}  #: words of that link's text
        self.h1: dict[int, int] = {}  #: h1 elements in the subtree (elements that have some)
        self._segs: list[str] | None = None  #: element -> its path segment (see ``segs``)
        self._hidden_segs: dict[int, list[str]] = {}  #: parent -> segments of its ``hidden_kids``

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
        return count

    def trim(self, count: int) -> None:
        """Drop the room reserved past the first ``count`` elements."""
        for array in (self.parent, self.tag, self.own, self.landmarks, self.end, self.chars, self.link_chars):
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
        for next_serial, tag in hidden:  # a hidden child follows every element child opened before it
            while at < len(kids) and kids[at][0] < next_serial:
                merged.append(kids[at])
                at += 1
            merged.append((-1, tag))
        merged.extend(kids[at:])
        return merged

    def segs(self) -> list[str]:
        """Path segments of all elements, by serial: ``p[3]`` is the third ``p`` among its siblings (hidden ones
        counted), a tag no sibling shares stays bare, the root ``html`` has none. Worked out once, in one pass
        over the arrays: the paths of a page's blocks run through most of its elements' parents."""
        if self._segs is None:
            self._segs = self._number()
        return self._segs

    def seg(self, serial: int) -> str:
        return self.segs()[serial]

    def hidden_seg(self, parent: int, place: int) -> str:
        """The path segment of the parent's hidden child number ``place`` (see ``hidden_kids``)."""
        self.segs()
        return self._hidden_segs[parent][place]

    def _number(self) -> list[str]:
        parent, tag = self.parent, self.tag
        # hidden children in document order (each parent's list already is), numbered just before the first
        # element that opened after them
        hidden = sorted(((next_serial, up, name) for up, kids in self.hidden_kids.items()
                         for next_serial, name in kids), key=itemgetter(0))
        counts = Counter(zip(parent, tag, strict=True))
        counts.update((up, name) for _, up, name in hidden)
        segs = list(tag)  # a tag no sibling shares stays bare: only the shared ones are numbered, in order
        shared = {key for key, count in counts.items() if count > 1}
        seen: dict[tuple[int, str], int] = {}
        at = 0
        # the elements whose key is shared, in document order; a hidden child is numbered before every one of its
        # key that opened after it (the elements of other keys do not change its number)
        keys = zip(parent, tag, strict=True)
        numbered = [serial for serial, key in enumerate(keys) if key in shared] if shared else []
        for serial in numbered:
            while at < len(hidden) and hidden[at][0] <= serial:
                self._number_hidden(hidden[at], counts, seen)
                at += 1
            key = (parent[serial], tag[serial])
            seen[key] = number = seen.get(key, 0) + 1
            segs[serial] = f"{key[1]}[{number}]"
        for entry in hidden[at:]:
            self._number_hidden(entry, counts, seen)
        if segs and segs[0] == "html":
            segs[0] = ""
        return segs

    def _number_hidden(self, entry: tuple[int, int, str], counts: Counter[tuple[int, str]],
                       seen: dict[tuple[int, str], int]) -> None:
        _, up, name = entry
        key = (up, name)
        if counts[key] == 1:
            seg = name
        else:
            seen[key] = number = seen.get(key, 0) + 1
            seg = f"{name}[{number}]"
        self._hidden_segs.setdefault(up, []).append(seg)

    def inside(self, serial: int, container: int) -> bool:
        return container <= serial <= self.end[container]
