"""Per-page state shared by the stages: the lexicon, the options, what earlier stages found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from pagesplit.lexicon import Lexicon
from pagesplit.model import InputKind, Role

if TYPE_CHECKING:
    from pagesplit.draft import Verdict


@dataclass(slots=True)
class Hints:
    """What the input says about itself outside its blocks (HTML metadata); text dumps have none, except the
    ``<title>`` a bs4 dump prints as its first line, which ``rules.title.find_title`` sets as ``title`` when no
    block reads as the headline."""

    title: str | None = None
    byline: str | None = None
    published: str | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    #: ``title`` is what JSON-LD or a meta tag declares (not the ``<title>`` element or an h1 standing in)
    title_declared: bool = False
    document_title: str | None = None  #: the ``<title>`` as it stands (error pages say what they are there)


@dataclass(slots=True)
class Context:
    lexicon: Lexicon
    kind: InputKind
    explain: bool = False
    url: str | None = None
    reference_time: datetime | None = None  #: "now" for relative dates ("2 hours ago"); None: not read
    hints: Hints = field(default_factory=Hints)
    fragmented: bool = False  #: one inline element per line (bs4 get_text): short lines are common in prose
    disabled: frozenset[str] = frozenset()  #: rule ids whose verdicts are not taken (``split(disable=…)``)
    # set by the stages
    #: text dumps: (first, last) block index of every list of bare story headlines on the page, found before the
    #: article is (``rules.headline_lists.find_headline_lists``): ``rules.article`` ends a story above one at its tail
    headline_lists: list[tuple[int, int]] = field(default_factory=list)
    #: text dumps: each block's ``rules.block_scores.block_score`` as ``rules.records`` worked it out, with the role
    #: and verdict the block had then; ``rules.article`` takes a score again for a block that still has both (one
    #: page's, in this page's context only)
    block_scores: list[tuple[Role, Verdict, float]] | None = None
    #: text dumps: each undecided block's ``rules.record_shapes.shape`` as ``rules.records`` read it, by position
    #: (None for a block decided then); ``rules.headline_lists`` takes it again for a block still undecided
    shapes: list[str | None] = field(default_factory=list)
    tail_list: int | None = None  #: the first headline of the list the article run was ended above (``rules.article``)
    article_start: int | None = None  #: index of the first block of the article run
    article_end: int | None = None  #: index of the last block of the article run (inclusive)
    title_index: int | None = None
    listing: bool = False  #: most of the article run's text sat in teaser card items (``group_dom_cards``)
    error_page: bool = False  #: the page says it is an error page (404, access denied): no story (``drop_error_page``)
    site: str | None = None  #: the page's site, as ``rules.links.page_site`` finds it (HTML)…
    site_known: bool = False  #: …once it has looked
    notes: list[str] = field(default_factory=list)
    #: the next teaser card id ``new_card`` hands out; every stage that makes a card draws its id here, so no
    #: two cards of a page share one (``assemble`` renumbers the cards in page order)
    next_card: int = 0

    def new_card(self) -> int:
        """A card id no other card of this page has."""
        card = self.next_card
        self.next_card += 1
        return card
