"""What the walked page as a whole says about its blocks, once the walk is done.

- An id spelling out the element's own first heading is a link anchor, not a component name
  (``may_spell_words`` during the walk, ``drop_anchor_ids`` after it).
- A page whose text is all in a ``<noscript>`` is walked again with that text shown (``noscript_page``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from pagesplit.frontend.dom_text import ALNUM_RUN
from pagesplit.frontend.dom_tree import Tree
from pagesplit.members import Kinds

if TYPE_CHECKING:
    from pagesplit.frontend.raw_blocks import Raw

#: A ``<noscript>`` with this much text, beside at most this share of it shown outside, holds the page: it is
#: walked as page text (a browser without scripts shows it; dev: a page whose parser left it open). Swept 100 /
#: 500 / 2000 on dev HTML (session 23): every output the same, so the value is no fit to that page.
MIN_NOSCRIPT_PAGE_CHARS = 500
MAX_SHOWN_BESIDE_NOSCRIPT = 0.1
#: An id of this many words or more may be a heading's anchor (see ``drop_anchor_ids``).
MIN_ANCHOR_ID_WORDS = 3
_NO_TOKENS: frozenset[str] = frozenset()


def may_spell_words(ident: str) -> bool:
    """An id of MIN_ANCHOR_ID_WORDS words or more ("sharing-with-a-developer"): as many runs of separators (``-``,
    ``_``) less one. Separator characters are counted first, as most ids have too few; then each run is made one
    ``-`` and counted (string replaces in C: a pattern call costs more, about 7,000 instructions, callgrind)."""
    if ident.count("-") + ident.count("_") < MIN_ANCHOR_ID_WORDS - 1:
        return False
    runs = ident.replace("_", "-")
    while "--" in runs:
        runs = runs.replace("--", "-")
    return runs.count("-") >= MIN_ANCHOR_ID_WORDS - 1


def drop_anchor_ids(tree: Tree, raws: list[Raw], anchor_ids: list[tuple[int, str, str]],
                    tokens: Callable[[str], frozenset[str]]) -> None:
    """An id spelling out the element's own first heading ("sharing-with-a-single-developer" over
    "Sharing with a single developer") is a link anchor, not a component name: its tokens are no
    evidence (documentation pages would otherwise lose a "sharing" section as a share bar). ``anchor_ids``:
    the walk's elements whose id may spell words (serial, id, their other token sources); ``tokens``: the
    walk's token cache."""
    headings = sorted((r.serial, r.text) for r in raws if r.kind is Kinds.HEADING)
    starts = [serial for serial, _ in headings]
    for serial, ident, rest in anchor_ids:
        at = bisect.bisect_left(starts, serial)
        if at == len(starts) or not tree.inside(starts[at], serial):
            continue
        words = set(ALNUM_RUN.findall(headings[at][1].lower()))
        if set(ALNUM_RUN.findall(ident.lower())) <= words:
            tree.own[serial] = tokens(rest) if rest.strip() else _NO_TOKENS


def noscript_page(raws: list[Raw]) -> bool:
    """The page's text sits in a ``<noscript>``: a fallback for browsers without scripts (or a
    ``<noscript>`` the parser never closed) holding the page, next to almost no text outside it."""
    shown = sum(len(r.text) for r in raws if r.kind is not Kinds.HIDDEN)
    noscript = max((len(r.text) for r in raws if r.kind is Kinds.HIDDEN and r.tag == "noscript"),
                   default=0)
    return noscript >= MIN_NOSCRIPT_PAGE_CHARS and shown <= MAX_SHOWN_BESIDE_NOSCRIPT * noscript
