"""HTML front end: an lxml tree -> blocks with DOM evidence.

``parse`` (``parse.py``) turns whatever the caller holds (``str``, ``bytes``, an lxml element or tree,
a ``BeautifulSoup`` object) into an lxml root without touching the caller's tree. ``blocks_from_html``
walks that root once (``walk.py``), scores where the main content is and which sibling structures are
teaser cards (``dom_score.py``), and turns each raw block into a ``Draft`` with its ``Evidence``.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from pagesplit.context import Hints
from pagesplit.draft import Draft, Evidence
from pagesplit.errors import InputError
from pagesplit.frontend import dom_score
from pagesplit.frontend.dom_text import split_tokens, tag_name
from pagesplit.frontend.parse import parse
from pagesplit.frontend.walk import DEFAULT_MAX_DEPTH, Raw, Walker
from pagesplit.members import Kinds
from pagesplit.metadata import read_metadata
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


# ``Evidence`` and ``Span`` are frozen dataclasses: their generated ``__init__`` sets each field through
# ``object.__setattr__``: about 5 µs per block for Evidence's 14 fields, half the time of turning a page's raw
# blocks into drafts (dev pages). As ``assemble._block`` does for ``Block``, each block's are written through
# the slot descriptors instead: same objects, same invariants, and nothing else can write them.
_EVIDENCE_FIELDS = ("tag", "path", "heading_level", "tokens", "own_tokens", "landmarks", "link_chars", "href",
                    "container", "content_score", "card_group", "card_item", "is_credit", "tag_link_chars")
if tuple(f.name for f in fields(Evidence)) != _EVIDENCE_FIELDS:  # pragma: no cover - caught by any test run
    raise RuntimeError("pagesplit.frontend.html: Evidence's fields changed; update _EVIDENCE_FIELDS and _evidence")
_SPAN_FIELDS = ("start_line", "end_line", "path")
if tuple(f.name for f in fields(Span)) != _SPAN_FIELDS:  # pragma: no cover - caught by any test run
    raise RuntimeError("pagesplit.frontend.html: Span's fields changed; update _SPAN_FIELDS and _span")
(_set_tag, _set_path, _set_heading_level, _set_tokens, _set_own_tokens, _set_landmarks, _set_link_chars, _set_href,
 _set_container, _set_content_score, _set_card_group, _set_card_item, _set_is_credit, _set_tag_link_chars) = (
    getattr(Evidence, name).__set__ for name in _EVIDENCE_FIELDS)
_set_start_line, _set_end_line, _set_span_path = (getattr(Span, name).__set__ for name in _SPAN_FIELDS)
_new = object.__new__


def _evidence(r: Raw, path: str, tokens: frozenset[str], content_score: float, card_group: int | None,
              card_item: int | None) -> Evidence:
    """``Evidence(tag=r.tag, path=path, …)`` for one raw block, written slot by slot."""
    text_len = len(r.text)
    dom: Evidence = _new(Evidence)
    _set_tag(dom, r.tag)
    _set_path(dom, path)
    _set_heading_level(dom, int(r.tag[1]) if r.kind is Kinds.HEADING and r.tag[:1] == "h" else None)
    _set_tokens(dom, tokens)
    _set_own_tokens(dom, r.own)
    _set_landmarks(dom, r.landmarks)
    _set_link_chars(dom, round(text_len * r.link_share))
    _set_href(dom, r.href)
    _set_container(dom, r.container)
    _set_content_score(dom, content_score)
    _set_card_group(dom, card_group)
    _set_card_item(dom, card_item)
    _set_is_credit(dom, r.credit)
    _set_tag_link_chars(dom, round(text_len * r.tag_share))
    return dom


def _span(path: str) -> Span:
    """``Span(path=path)``, written slot by slot."""
    span: Span = _new(Span)
    _set_start_line(span, None)
    _set_end_line(span, None)
    _set_span_path(span, path)
    return span


def blocks_from_html(root: Any, *, url: str | None = None,
                     max_depth: int = DEFAULT_MAX_DEPTH) -> tuple[list[Draft], Hints]:
    """Walk a parsed page (see ``parse``) into drafts with ``Evidence``, and read its metadata.

    >>> drafts, hints = blocks_from_html(parse("<html><body><h1>A title here</h1><p>Some text.</p></body></html>"))
    >>> [(d.kind.value, d.text, d.dom.path) for d in drafts]
    [('heading', 'A title here', 'html/body/h1'), ('paragraph', 'Some text.', 'html/body/p')]
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
    raws = walker.raws
    paths = [walker.path(r) for r in raws]
    page_tokens = dom_score.NearTokens(walker.tree, dom_score.framework_tokens(walker.tree))
    scores, restricted = dom_score.content_scores(walker.tree, raws, page_tokens)
    cards = dom_score.find_cards(walker.tree, raws, page_tokens)
    drafts = []
    for i, r in enumerate(raws):
        group, item = cards.get(i, (None, None))
        path = paths[i]
        dom = _evidence(r, path, restricted[i], scores[i], group, item)
        drafts.append(Draft(i, r.text, r.kind, _span(path), dom))
    return drafts, read_metadata(root, url, walker.byline_elements)
