"""Per-element counters filled during the HTML walk, as flat arrays indexed by element serial.

Serials are given in document (pre-)order, so an element's subtree is the serial range
``[serial, end[serial]]``: "is this block inside that container" is two comparisons.
"""

from __future__ import annotations


class Tree:
    """Element serial -> parent, tag, own tokens, subtree text and link characters, headline links."""

    __slots__ = ("chars", "children", "end", "h1", "headline_href", "headline_words", "headlines", "landmarks",
                 "link_chars", "own", "parent", "tag", "tokens")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.tag: list[str] = []
        self.own: list[frozenset[str]] = []
        self.tokens: list[frozenset[str]] = []  #: own and ancestors' tokens (shared sets, not copies)
        self.children: list[list[int]] = []
        self.end: list[int] = []
        self.chars: list[int] = []  #: non-space characters of text in the subtree (own text until closed)
        self.link_chars: list[int] = []  #: of which inside links
        self.headlines: list[int] = []  #: headline-like links in the subtree
        self.headline_href: list[str | None] = []  #: href of the first headline-like link in the subtree
        self.headline_words: list[int] = []  #: words of that link's text
        self.landmarks: list[frozenset[str]] = []  #: enclosing landmarks (shared sets)
        self.h1: list[int] = []  #: h1 elements in the subtree

    def __len__(self) -> int:
        return len(self.parent)

    def add(self, parent: int, tag: str, own: frozenset[str], tokens: frozenset[str],
            landmarks: frozenset[str]) -> int:
        serial = len(self.parent)
        self.parent.append(parent)
        self.tag.append(tag)
        self.own.append(own)
        self.tokens.append(tokens)
        self.children.append([])
        self.end.append(serial)
        self.chars.append(0)
        self.link_chars.append(0)
        self.headlines.append(0)
        self.headline_href.append(None)
        self.headline_words.append(0)
        self.landmarks.append(landmarks)
        self.h1.append(1 if tag == "h1" else 0)
        if parent >= 0:
            self.children[parent].append(serial)
        return serial

    def close(self, serial: int) -> None:
        """The element's end tag: its subtree is complete; add its counts to its parent's."""
        self.end[serial] = len(self.parent) - 1
        parent = self.parent[serial]
        if parent >= 0:
            self.chars[parent] += self.chars[serial]
            self.link_chars[parent] += self.link_chars[serial]
            self.headlines[parent] += self.headlines[serial]
            self.h1[parent] += self.h1[serial]
            if self.headline_href[parent] is None:
                self.headline_href[parent] = self.headline_href[serial]
                self.headline_words[parent] = self.headline_words[serial]

    def inside(self, serial: int, container: int) -> bool:
        return container <= serial <= self.end[container]

    def link_density(self, serial: int) -> float:
        chars = self.chars[serial]
        return self.link_chars[serial] / chars if chars else 0.0
