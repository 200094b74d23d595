"""HTML front end: an lxml tree -> blocks with DOM evidence.

``parse`` (``parse.py``) turns whatever the caller holds (``str``, ``bytes``, an lxml element or tree,
a ``BeautifulSoup`` object) into an lxml root without touching the caller's tree. ``blocks_from_html``
walks that root once (``walk.py``), finds which sibling structures are teaser cards (``card_groups.py``) and
where the main content is (``content_score.py``), both reading the elements' class/id tokens
(``element_tokens.py``), and turns each raw block into a ``Draft`` with its ``Evidence``.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from pagesplit.context import Hints
from pagesplit.draft import Draft, Evidence
from pagesplit.errors import BlockLimitError, InputError
from pagesplit.frontend import card_groups, records
from pagesplit.frontend.after_walk import noscript_page
from pagesplit.frontend.content_score import OUTSIDE_SCORE, SIBLING_SCORE, content_scores
from pagesplit.frontend.dom_text import split_tokens, tag_name
from pagesplit.frontend.dom_tree import Tree
from pagesplit.frontend.element_paths import ElementPaths
from pagesplit.frontend.element_tokens import NearTokens, framework_tokens
from pagesplit.frontend.metadata import read_metadata
from pagesplit.frontend.parse import parse
from pagesplit.frontend.walk import DEFAULT_MAX_DEPTH, Walker
from pagesplit.frozen import new_span
from pagesplit.members import Kinds
from pagesplit.model import Markup

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


#: Elements whose text is a quotation: a block inside one is quoted.
_QUOTATION_TAGS = ("blockquote",)


class _Structure:
    """The markup facts of a block (``Markup``): its heading level, an item of an ``<ol>``, inside a quotation."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        # the outermost quotations' subtrees, as sorted serial ranges [first, last]; most pages have none, and
        # the list scans to find them run in C
        ranges: list[tuple[int, int]] = []
        for quotation in _QUOTATION_TAGS:
            last = -1
            for serial in tree.serials_of(quotation):
                if serial > last:  # a quotation nested in the one before adds nothing
                    last = tree.end[serial]
                    ranges.append((serial, last))
        ranges.sort()
        self.firsts = [first for first, _ in ranges]
        self.lasts = [last for _, last in ranges]

    def markup(self, serial: int, tag: str, level: int | None) -> Markup | None:
        tree = self.tree
        ordered = tag == "li" and serial >= 0 and tree.tag[tree.parent[serial]] == "ol"
        at = bisect_right(self.firsts, serial) - 1
        quoted = at >= 0 and serial <= self.lasts[at]
        return Markup.of(level, ordered, quoted)


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
    if noscript_page(walker.raws):
        walker = Walker(base, max_depth, show_noscript=True)
        walker.walk(root)
    raws, path_of = walker.raws, ElementPaths(walker.tree).path
    if max_blocks is not None and len(raws) > max_blocks:  # before the scoring, which costs most per block
        raise BlockLimitError(f"the page makes {len(raws):,} blocks, over max_blocks={max_blocks:,}; "
                              "pass a larger max_blocks in Limits to accept it", allowed=max_blocks)
    page_tokens = NearTokens(walker.tree, framework_tokens(walker.tree))
    cards, short_headlines = card_groups.find_cards(walker.tree, raws, page_tokens, url)
    carded = card_groups.titled_card_blocks(walker.tree, raws, cards)  # a run of teaser cards is no main content
    scores, restricted = content_scores(walker.tree, raws, page_tokens, carded)
    card_groups.partly_linked_titles(walker.tree, raws, cards, scores, url)
    card_groups.bold_card_link_headings(walker.tree, raws)
    pictured = card_groups.pictured_groups(walker.tree, cards, url) if cards else set()
    for i in records.in_story_runs(walker.tree, raws, cards, url):  # no story text, wherever it sits
        scores[i] = min(scores[i], OUTSIDE_SCORE)
    lone = records.lone_story_cards(walker.tree, raws, cards, scores, SIBLING_SCORE, url)
    for i in lone:  # a card embedded alone in the story: no story text either
        scores[i] = min(scores[i], OUTSIDE_SCORE)
    cards.update(lone)
    structure = _Structure(walker.tree)
    quotations = bool(structure.firsts)
    # looked up once, not per block (an enum member, a module's constant)
    heading, sibling_score, no_card = Kinds.HEADING, SIBLING_SCORE, (None, None)
    drafts = []
    for i, r in enumerate(raws):
        group, item = cards.get(i, no_card)
        path = path_of(r)
        text, tag, kind, score = r.text, r.tag, r.kind, scores[i]
        text_len = len(text)
        level = int(tag[1]) if kind is heading and tag[:1] == "h" else r.level
        # most blocks hold no link and no tag link: no rounding of a zero
        dom = Evidence(tag, path, level, restricted[i], r.own, r.landmarks,
                       round(text_len * r.link_share) if r.link_share else 0, r.href, r.container, score,
                       score >= sibling_score, group, item, r.credit,
                       round(text_len * r.tag_share) if r.tag_share else 0, group in short_headlines,
                       item is not None and card_groups.is_record_title(walker.tree, item, r.href),
                       None if group is None else card_groups.record_tokens(walker.tree, r.serial, group, page_tokens),
                       group in pictured, r.hrefs)
        draft = Draft(i, text, kind, new_span(None, None, path), dom)
        if level is not None or quotations or tag == "li":
            draft.markup = structure.markup(r.serial, tag, level)
        drafts.append(draft)
    return drafts, read_metadata(root, url, walker.byline_elements)
