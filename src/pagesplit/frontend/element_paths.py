"""Element paths (``body/div[2]/article/p[3]``): each block's span in an HTML page.

Paths are spelled from the walk's arrays (``Tree``) and remembered per element, since the blocks of a page share
their ancestors. On a page nested deeper than MAX_PATH_SEGMENTS, the walk keeps each element's shortened chain of
serials (``path_chain``) and its path is joined from those alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pagesplit.frontend.dom_tree import Tree

if TYPE_CHECKING:
    from pagesplit.frontend.raw_blocks import Raw

#: Paths longer than this many elements are shortened to their first and last segments. The head is
#: long enough to hold the page's layout down to its ``<article>`` elements (the back end tells one
#: story's element from another's by path; dev pages nest them up to 20 levels deep).
MAX_PATH_SEGMENTS = 32
PATH_HEAD, PATH_TAIL = 20, 10


def path_chain(open_serials: list[int], depth: int, serial: int) -> tuple[int, ...] | None:
    """On deep pages, the serials of an element's shortened path: the first and last segments only (its
    ``depth - 1`` ancestors are the first open elements, then itself), so a path costs O(1) however deep the
    page is. None for an element at most MAX_PATH_SEGMENTS deep: ``ElementPaths.path`` climbs its ancestors."""
    if depth <= MAX_PATH_SEGMENTS:
        return None
    return (*open_serials[:PATH_HEAD], -1, *open_serials[depth - PATH_TAIL - 1:depth - 1], serial)


def hidden_path_chain(open_serials: list[int], depth: int) -> tuple[int, ...] | None:
    """``path_chain`` of a hidden element at ``depth`` without its own place (its ``hidden_seg``): its parent's."""
    chain = path_chain(open_serials, depth, -2)
    return None if chain is None else chain[:-1]


def join_path(path: str, seg: str) -> str:
    """``"/".join`` of the non-empty segments, one at a time (the root ``html`` has an empty segment)."""
    return f"{path}/{seg}" if path and seg else path or seg


class ElementPaths:
    """The paths of one walked page's elements (``paths.path(raw)``), remembered per element."""

    __slots__ = ("_paths", "tree")

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self._paths: dict[int, str] = {}  #: element -> its path

    def path(self, raw: Raw) -> str:
        """The block's element path, ``body/div[2]/article/p[3]``: remembered per element, since the blocks of a
        page share their ancestors (deep pages, with shortened chains, join their segments each time)."""
        tree, chain = self.tree, raw.chain
        if chain is not None:
            seg_of = tree.seg
            path = "/".join(s for s in ("…" if serial < 0 else seg_of(serial) for serial in chain) if s)
        else:
            paths = self._paths
            known = paths.get(raw.serial)  # kept for the other blocks of the element and those below it
            if known is None:
                parent, tags, nth, kid_counts = tree.parent, tree.tag, tree.nth, tree.kid_counts
                unknown = []  # the element and its ancestors up to the first one with a path (at most
                node = raw.serial  # MAX_PATH_SEGMENTS: deeper elements have a chain)
                while node >= 0 and node not in paths:
                    unknown.append(node)
                    node = parent[node]
                known = paths[node] if node >= 0 else ""
                for node in reversed(unknown):
                    # ``Tree.seg``, inlined: the root ``html`` has no segment, a tag no sibling shares stays bare
                    name = tags[node]
                    if not node and name == "html":
                        seg = ""
                    elif kid_counts[parent[node]][name] == 1:
                        seg = name
                    else:
                        seg = f"{name}[{nth[node]}]"
                    known = paths[node] = join_path(known, seg)
            path = known
        if raw.hidden_seg is not None:
            path = join_path(path, tree.hidden_seg(*raw.hidden_seg))
        return path
