"""HTML front end: an lxml tree -> blocks with DOM evidence.

``parse`` (``parse.py``) turns whatever the caller holds (``str``, ``bytes``, an lxml element or tree,
a ``BeautifulSoup`` object) into an lxml root without touching the caller's tree. ``blocks_from_html``
walks that root once (``walk.py``), scores where the main content is and which sibling structures are
teaser cards (``dom_score.py``), and turns each raw block into a ``Draft`` with its ``Evidence``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from lxml import etree

from pagesplit.context import Hints
from pagesplit.draft import Draft, Evidence
from pagesplit.errors import BlockLimitError, InputError
from pagesplit.frontend import dom_score
from pagesplit.frontend.dom_text import split_tokens, tag_name
from pagesplit.frontend.metadata import read_metadata
from pagesplit.frontend.parse import parse
from pagesplit.frontend.walk import DEFAULT_MAX_DEPTH, Walker
from pagesplit.frozen import fast_constructor
from pagesplit.members import Kinds
from pagesplit.model import Span

__all__ = ["DEFAULT_MAX_DEPTH", "blocks_from_html", "parse", "split_tokens"]


def _base_url(root: Any, url: str | None) -> str | None:
    for el in root.iter("base", "{http://www.w3.org/1999/xhtml}base"):
        href = (el.get("href") or "").strip()
        if href:
            try:
                return urljoin(url, href) if url else href
            except ValueError:
                return url
    return url


_new_evidence = fast_constructor(Evidence)
_new_span = fast_constructor(Span)


def blocks_from_html(root: Any, *, url: str | None = None, max_depth: int = DEFAULT_MAX_DEPTH,
                     max_blocks: int | None = None) -> tuple[list[Draft], Hints]:
    """Walk a parsed page (see ``parse``) into drafts with ``Evidence``, and read its metadata.

    >>> drafts, hints = blocks_from_html(parse("<html><body><h1>A title here</h1><p>Some text.</p></body></html>"))
    >>> [(d.kind.value, d.text, d.dom.path) for d in drafts]
    [('heading', 'A title here', 'body/h1'), ('paragraph', 'Some text.', 'body/p')]
    """
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    if tag_name(root) is None:
        raise InputError("blocks_from_html expects an lxml element; use pagesplit.frontend.html.parse first")
    base = _base_url(root, url)
    walker = Walker(base, max_depth)
    walker.walk(root)
    if walker.noscript_page():
        walker = Walker(base, max_depth, show_noscript=True)
        walker.walk(root)
    raws, path_of = walker.raws, walker.path
    if max_blocks is not None and len(raws) > max_blocks:  # before the scoring, which costs most per block
        raise BlockLimitError(f"the page makes {len(raws):,} blocks, over max_blocks={max_blocks:,}; "
                              "pass a larger max_blocks in Limits to accept it", allowed=max_blocks)
    page_tokens = dom_score.NearTokens(walker.tree, dom_score.framework_tokens(walker.tree))
    scores, restricted = dom_score.content_scores(walker.tree, raws, page_tokens)
    cards, short_headlines = dom_score.find_cards(walker.tree, raws, page_tokens)
    drafts = []
    for i, r in enumerate(raws):
        group, item = cards.get(i, (None, None))
        path = path_of(r)
        text_len = len(r.text)
        level = int(r.tag[1]) if r.kind is Kinds.HEADING and r.tag[:1] == "h" else None
        dom = _new_evidence(r.tag, path, level, restricted[i], r.own, r.landmarks, round(text_len * r.link_share),
                            r.href, r.container, scores[i], scores[i] >= dom_score.SIBLING_SCORE, group, item,
                            r.credit, round(text_len * r.tag_share), group in short_headlines)
        drafts.append(Draft(i, r.text, r.kind, _new_span(None, None, path), dom))
    return drafts, read_metadata(root, url, walker.byline_elements)
