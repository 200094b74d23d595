"""The back end's working unit: a block being decided.

Front ends emit ``Draft`` objects; the stages of ``pipeline`` set their role, reason and card;
``assemble`` freezes them into public ``Block`` objects. Drafts never leave the package.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final

from pagesplit.members import Roles
from pagesplit.model import BlockKind, Markup, Reason, Role, Span, TeaserPart
from pagesplit.rules.registry import RULES, VerdictKind


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
    #: (``content_score >= frontend.content_score.SIBLING_SCORE``); rules ask this, never the score's value
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
    #: for a block of a card record, the tokens of the block and its ancestors up to the run's container (those
    #: above it describe a wider box holding the run); None for other blocks
    record_tokens: frozenset[str] | None = None
    #: the block's card run is pictured records (``card_groups.pictured_groups``): a title of a word or two is a title
    card_pictured: bool = False
    #: the block's links, href -> characters of text inside them (None: no link)
    hrefs: dict[str, int] | None = None

    def __init__(self, tag: str, path: str, heading_level: int | None = None, tokens: frozenset[str] = frozenset(),
                 own_tokens: frozenset[str] = frozenset(), landmarks: frozenset[str] = frozenset(),
                 link_chars: int = 0, href: str | None = None, container: int = -1, content_score: float = 0.0,
                 in_main_content: bool = False, card_group: int | None = None, card_item: int | None = None,
                 is_credit: bool = False, tag_link_chars: int = 0, card_needs_meta: bool = False,
                 card_title: bool = False, record_tokens: frozenset[str] | None = None,
                 card_pictured: bool = False, hrefs: dict[str, int] | None = None) -> None:
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
        self.record_tokens = record_tokens
        self.card_pictured = card_pictured
        self.hrefs = hrefs


class ChromeShape(enum.Enum):
    """A chrome shape of a block's text (``chrome_shapes.chrome_shape``); the value is the rule id it sets."""

    GLUED_LIST = "chrome.glued-list"
    MENU_LINE = "chrome.menu-line"
    COUNTER = "chrome.counter"
    DATA_BLOB = "chrome.data-blob"


class Fact(enum.Enum):
    """What a verdict tells later stages about its block, beyond its role: set with the verdict
    (``Draft.decide``), gone when another verdict replaces it. Stages ask these, never the rule id."""

    SECTION_LABEL = "section-label"  #: a label that opens a zone of teaser cards ("More For You")
    CHROME_LANDMARK = "chrome-landmark"  #: chrome only because it sits in a nav, footer, aside… landmark
    PAGE_HEADER = "page-header"  #: …in the page's ``<header>`` landmark (a standfirst may sit there)
    CHROME_TOKENS = "chrome-tokens"  #: chrome only because class/id/role tokens name it so ("share", "promo")
    SHAPE_CARD = "shape-card"  #: a part of a teaser card found by the shape of its text (a zone, an unlabelled list)
    MARKUP_CARD = "markup-card"  #: a part of a teaser card that markup draws (a card item, a linked box, a link list)

    #: Members are singletons compared by identity: hash them by identity too, in C (``Enum.__hash__`` is Python
    #: code, and facts are part of the key of every shared verdict ``decide`` looks up).
    __hash__ = object.__hash__


class _Facts:
    """``Fact`` members as plain instance attributes, for the stages' loops: reading ``Fact.SECTION_LABEL`` goes
    through ``EnumType``'s attribute hook, several times the cost of a plain attribute, and a class's attribute costs
    more than an instance's (as ``members`` says). One instance: ``Facts``."""

    def __init__(self) -> None:
        self.SECTION_LABEL: Final = Fact.SECTION_LABEL
        self.CHROME_LANDMARK: Final = Fact.CHROME_LANDMARK
        self.PAGE_HEADER: Final = Fact.PAGE_HEADER
        self.CHROME_TOKENS: Final = Fact.CHROME_TOKENS
        self.SHAPE_CARD: Final = Fact.SHAPE_CARD
        self.MARKUP_CARD: Final = Fact.MARKUP_CARD


Facts: Final = _Facts()


@dataclass(frozen=True, slots=True)
class Verdict:
    """A block's current verdict: the reason users see, and what later stages may ask of it."""

    reason: Reason
    kind: VerdictKind  #: what kind of evidence set it (``registry.RuleInfo.kind``)
    overridable: bool  #: a later stage may take it back (``registry.RuleInfo.overridable``)
    fact: Fact | None = None  #: what it tells later stages about the block


#: Verdicts are immutable and repeat on every page ("chrome.lexicon", "[en] navigation: home"): one object
#: per (rule, detail, fact) is shared, up to this many.
MAX_SHARED_VERDICTS = 20_000
#: keyed by the rule alone when there is no detail and no fact
_VERDICTS: dict[tuple[str, str, Fact | None] | str, Verdict] = {}

#: The verdict every draft starts with; no draft keeps it past the pipeline.
UNDECIDED = Verdict(Reason("none", "no rule decided"), RULES["none"].kind, RULES["none"].overridable)


@dataclass(slots=True)
class Draft:
    """A block under decision. Mutable on purpose: the stages refine it in place."""

    index: int
    text: str
    kind: BlockKind
    span: Span
    dom: Evidence | None = None
    role: Role = Roles.OTHER
    verdict: Verdict = UNDECIDED
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
    #: ``features.is_prose``, stored once: it reads only ``words`` and ``ends_sentence``, which no stage changes
    #: after ``features.compute``, and the rules ask it about a thousand times a page (a call costs ~1,500
    #: instructions, an attribute a few)
    prose: bool = False
    #: the share of stopwords among the words of prose (0 for other blocks), or a part's count over all the words
    #: once that reaches ``features.LOW_STOPWORD_RATIO``: rules ask only whether it is below that ratio
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
    shape: ChromeShape | None = None  #: a chrome shape: a menu line, a counter, a glued list…
    names_byline: bool = False  #: the block is, or opens with, a byline word ("By", "Von", "Par")
    has_inline_head: bool = False  #: a separator near the start: "Read more: …", "Related | …"
    markup: Markup | None = None  #: the front end's structure facts, passed on to the block
    #: text dumps: how deep an item of a list sits inside other lists' items (a text browser indents it under its
    #: parent), as a site's menu tree prints its sub-menus; 0 for a block in no list or in an outermost list
    nested: int = 0
    #: text dumps whose tool marks links (markdown's "[text](url)"): the share of the block's text inside links, as
    #: ``Evidence.link_chars`` tells it in HTML; 0 when the dump marks none
    link_share: float = 0.0
    #: rule ids switched off for measurement (``split(disable=…)``); ``pipeline.run`` sets it only when some are
    disabled: frozenset[str] = frozenset()
    #: ``rules.card_shapes.opens_bare_card``, worked out on its first call (None before): it reads only the text, the
    #: kind, the nesting and features, which no stage changes after ``features.compute``, and three stages ask it of
    #: the same blocks (dev sh innerText dumps: 135 calls a page, 48 % of them of a block asked before)
    bare_card: bool | None = None

    def decide(self, role: Role, rule: str, detail: str = "", fact: Fact | None = None) -> None:
        """Give the block a role, keeping the previous verdict in the trail when explaining. The verdict's kind
        and overridability are the rule's (``registry.RULES``); ``fact`` is what it tells later stages.
        A rule switched off (``disabled``) decides nothing: the block keeps the verdict it had."""
        if self.disabled and rule in self.disabled:  # ``may_decide`` written out: a method call on the hot path
            return
        if self.trail is not None and self.verdict is not UNDECIDED:
            self.trail.append(self.verdict.reason)
        self.role = role
        key = (rule, detail, fact) if detail or fact else rule
        verdict = _VERDICTS.get(key)
        if verdict is None:
            if len(_VERDICTS) >= MAX_SHARED_VERDICTS:
                _VERDICTS.clear()
            info = RULES[rule]
            verdict = _VERDICTS[key] = Verdict(Reason(rule, detail), info.kind, info.overridable, fact)
        self.verdict = verdict

    def may_decide(self, rule: str) -> bool:
        """``rule`` is not switched off for measurement: its verdicts are taken. A stage that claims several blocks
        on the strength of one verdict (a card's lines on its headline's) asks this first, so that switching the
        headline's rule off switches off the claim whole."""
        return not (self.disabled and rule in self.disabled)

    @property
    def reason(self) -> Reason:
        """The verdict's reason (rule id and detail), as the public ``Block`` will carry it."""
        return self.verdict.reason

    @property
    def link_density(self) -> float:
        """The share of the block's text inside links: from the DOM in HTML, from the dump's link syntax in text."""
        if self.dom is None:
            return self.link_share
        if self.chars == 0:
            return 0.0
        return min(1.0, self.dom.link_chars / self.chars)
