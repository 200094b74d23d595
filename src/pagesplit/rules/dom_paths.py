"""HTML: where a block sits in the page's tree, read from its element's path (``Evidence.path``: ``body/div[2]/p``).

A box's blocks come one after another, so a block's path tells which boxes hold it: the element holding its element
(``parent_path``), or whether an element holds it at any depth (``in_element``); its path as segments
(``path_segments``, ``bare_path`` without sibling numbers: a record's shape), how deep paths share their elements
(``shared_depth``) and the innermost element holding a set of blocks (``common_box``). A text dump's blocks have no
path.
"""

from __future__ import annotations

from pagesplit.draft import Draft

#: The element holding a run's prose is a story's box only this deep or deeper (``body/div``): the page's body or its
#: one wrapper holds everything. Swept in session 24: 1 and 3 change no dev HTML page.
MIN_PROSE_BOX_DEPTH = 2


def parent_path(d: Draft) -> str | None:
    """The path of the element holding the block's element; None for a block with no element."""
    return d.dom.path.rpartition("/")[0] if d.dom is not None else None


def in_element(d: Draft, element: str) -> bool:
    """The element at path ``element`` holds the block (at any depth)."""
    return d.dom is not None and d.dom.path.startswith(element + "/")


def path_segments(d: Draft) -> list[str] | None:
    """A block's element path as segments (None for a text dump's block or a shortened path)."""
    if d.dom is None or "…" in d.dom.path:
        return None
    return d.dom.path.split("/")


def shared_depth(paths: list[list[str]]) -> int:
    """How many levels (element by element, from the page down) the paths share: as deep as the shallowest."""
    levels = enumerate(zip(*paths, strict=False))
    return next((k for k, level in levels if len(set(level)) > 1), min(map(len, paths)))


def bare_path(segs: list[str]) -> str:
    """Element path segments without their sibling numbers (``div[3]/p`` -> ``div/p``): a record's shape."""
    return "/".join(seg.split("[", 1)[0] for seg in segs)


def common_box(drafts: list[Draft], blocks: list[int]) -> str | None:
    """The path of the innermost element holding every one of the ``blocks`` (None when a path is shortened or they
    share no element MIN_PROSE_BOX_DEPTH deep or deeper: the page's body and its one wrapper hold everything)."""
    parents = []  # each block's parent and its ancestors
    for i in blocks:
        segs = path_segments(drafts[i])
        if segs is None:
            return None
        parents.append(segs[:-1])
    depth = shared_depth(parents)
    if depth < MIN_PROSE_BOX_DEPTH:
        return None
    return "/".join(parents[0][:depth])
