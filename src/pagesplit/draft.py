"""The back end's working unit: a block being decided.

Front ends emit ``Draft`` objects; the stages of ``pipeline`` set their role, reason and card;
``assemble`` freezes them into public ``Block`` objects. Drafts never leave the package.
"""

from __future__ import annotations

from dataclasses import dataclass

from pagesplit.members import Roles
from pagesplit.model import BlockKind, Markup, Reason, Role, Span, TeaserPart


@dataclass(slots=True)
class Evidence:
    """What the DOM says about a block. Text dumps have none (``Draft.dom is None``).

    Set once by the HTML front end and only read after (the class is internal, so it is not frozen: a frozen
    dataclass's ``__init__`` pays a call per field, and a mypyc build compiles this one to plain stores).
    """

    tag: str  #: the block element's tag (``p``, ``h2``, ``li``, ``figcaption``…)
    path: str  #: a readable element path, ``body/div[2]/article/p[3]``
    heading_level: int | None = None
    tokens: frozenset[str] = frozenset()  #: class, id and role tokens of the block and its ancestors
    own_tokens: frozenset[str] = frozenset()  #: class, id and role tokens of the block element itself
    landmarks: frozenset[str] = frozenset()  #: enclosing article/main/nav/aside/footer/header/figure/form…
    link_chars: int = 0  #: characters of text inside links
    href: str | None = None  #: absolute href of the block's headline link, if the block is (mostly) one link
    container: int = -1  #: id of the nearest block-level container element (for sibling grouping)
    content_score: float = 0.0  #: the front end's estimate that the block sits in the main content (0-1)
    #: the block sits in the main content or a sibling box that scores nearly as well
    #: (``content_score >= frontend.dom_score.SIBLING_SCORE``); rules ask this, never the score's value
    in_main_content: bool = False
    card_group: int | None = None  #: id of a repeated sibling structure this block belongs to
    card_item: int | None = None  #: id of the structure's item (one card) this block belongs to
    is_credit: bool = False  #: credit markup (``.credit``, ``<small>`` in a figure…)
    tag_link_chars: int = 0  #: characters of text inside ``rel="tag"`` links (a post's keyword list)
    #: the card group's headlines are short: its items are cards only with a meta line (date, byline) each
    card_needs_meta: bool = False
    #: the block carries its card's main link (the first headline-like link of the record): the card's title
    #: by structure, whatever its text looks like (a date before it, a cut-off end "..")
    card_title: bool = False

    def __init__(self, tag: str, path: str, heading_level: int | None = None, tokens: frozenset[str] = frozenset(),
                 own_tokens: frozenset[str] = frozenset(), landmarks: frozenset[str] = frozenset(),
                 link_chars: int = 0, href: str | None = None, container: int = -1, content_score: float = 0.0,
                 in_main_content: bool = False, card_group: int | None = None, card_item: int | None = None,
                 is_credit: bool = False, tag_link_chars: int = 0, card_needs_meta: bool = False,
                 card_title: bool = False) -> None:
        """Written out, not generated, so that mypy checks each call's types (the front end passes the fields
        positionally: keywords cost a third of the build) and mypyc compiles it; ``tests/test_assemble.py``
        checks the parameters against the fields (names, order, defaults)."""
        self.tag = tag
        self.path = path
        self.heading_level = heading_level
        self.tokens = tokens
        self.own_tokens = own_tokens
        self.landmarks = landmarks
        self.link_chars = link_chars
        self.href = href
        self.container = container
        self.content_score = content_score
        self.in_main_content = in_main_content
        self.card_group = card_group
        self.card_item = card_item
        self.is_credit = is_credit
        self.tag_link_chars = tag_link_chars
        self.card_needs_meta = card_needs_meta
        self.card_title = card_title


#: Reasons are immutable and repeat on every page ("chrome.lexicon", "[en] navigation: home"): one object
#: per (rule, detail) is shared, up to this many.
MAX_SHARED_REASONS = 20_000
_REASONS: dict[tuple[str, str] | str, Reason] = {}  #: keyed by the rule alone when there is no detail

#: The reason every draft starts with; no draft keeps it past the pipeline.
UNDECIDED = Reason("none", "no rule decided")


@dataclass(slots=True)
class Draft:
    """A block under decision. Mutable on purpose: the stages refine it in place."""

    index: int
    text: str
    kind: BlockKind
    span: Span
    dom: Evidence | None = None
    role: Role = Roles.OTHER
    reason: Reason = UNDECIDED
    card: int | None = None
    part: TeaserPart | None = None
    inline: bool = False  #: a teaser box inside the article run ("Related" + headlines, "Read more: …")
    teaser_title: str | None = None  #: the card title when it is only part of the block ("Read more: <title>")
    section: str | None = None  #: section label text of the teaser zone holding this block
    trail: list[Reason] | None = None  #: earlier verdicts, kept only when explaining
    # features computed once by ``features.compute``
    chars: int = 0
    words: int = 0
    ends_sentence: bool = False
    stopword_ratio: float = 0.0
    is_chrome_phrase: bool = False
    is_section_label: bool = False
    is_toggle: bool = False  #: a read-more / show-less control that closes a card
    is_headline_like: bool = False
    opens_comments: bool = False  #: "Comments", "Leave a reply": the article is over
    is_date_like: bool = False
    is_meta_like: bool = False  #: date, relative time, byline or count line ("20 hours ago", "By Jo Doe")
    is_credit_like: bool = False
    is_caption_like: bool = False
    chrome_rule: str | None = None
    chrome_detail: str = ""
    shape_rule: str | None = None  #: a chrome shape: "chrome.menu-line", "chrome.url", "chrome.counter"
    names_byline: bool = False  #: the block is, or opens with, a byline word ("By", "Von", "Par")
    has_inline_head: bool = False  #: a separator near the start: "Read more: …", "Related | …"
    markup: Markup | None = None  #: the front end's structure facts, passed on to the block

    def decide(self, role: Role, rule: str, detail: str = "") -> None:
        """Give the block a role, keeping the previous verdict in the trail when explaining."""
        if self.trail is not None and self.reason.rule != "none":
            self.trail.append(self.reason)
        self.role = role
        reason = _REASONS.get((rule, detail) if detail else rule)
        if reason is None:
            if len(_REASONS) >= MAX_SHARED_REASONS:
                _REASONS.clear()
            reason = _REASONS[(rule, detail) if detail else rule] = Reason(rule, detail)
        self.reason = reason

    @property
    def link_density(self) -> float:
        if self.dom is None or self.chars == 0:
            return 0.0
        return min(1.0, self.dom.link_chars / self.chars)
