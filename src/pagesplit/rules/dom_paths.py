"""HTML: where a block sits in the page's tree, read from its element's path (``Evidence.path``: ``body/div[2]/p``).

A box's blocks come one after another, so a block's path tells which boxes hold it: the element holding its element
(``parent_path``), or whether an element holds it at any depth (``in_element``). A text dump's blocks have no path.
"""

from __future__ import annotations

from pagesplit.draft import Draft


def parent_path(d: Draft) -> str | None:
    """The path of the element holding the block's element; None for a block with no element."""
    return d.dom.path.rpartition("/")[0] if d.dom is not None else None


def in_element(d: Draft, element: str) -> bool:
    """The element at path ``element`` holds the block (at any depth)."""
    return d.dom is not None and d.dom.path.startswith(element + "/")
