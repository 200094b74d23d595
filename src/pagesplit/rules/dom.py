"""DOM evidence in the back end: chrome that markup proves, and teaser cards that markup draws.

Both stages only act on blocks with ``Draft.dom`` (HTML input); text dumps pass through untouched.

- ``mark_dom_chrome`` (after ``mark_chrome``): navigation/header/footer/aside landmarks without
  article evidence, class/id tokens that name chrome (``lexicon/_dom/chrome_tokens.txt``), and
  link lists outside the main content.
- ``group_dom_cards`` (after ``group_teasers``): repeated sibling structures with a headline link
  (``Evidence.card_item``) outside the article become teaser cards, under the nearest heading.
"""

from __future__ import annotations

import functools
import itertools

from pagesplit.context import Context
from pagesplit.draft import Draft, Fact
from pagesplit.frontend.dom_score import STRONG_CHROME_STEMS
from pagesplit.lexicon import normalize
from pagesplit.lexicon.dom_tokens import chrome_hits, load_tokens, not_card_hits
from pagesplit.members import Inputs, Kinds, Parts, Roles
from pagesplit.model import TeaserPart
from pagesplit.rules.article import is_prose
from pagesplit.rules.links import is_non_story_url, page_site, site_of
from pagesplit.rules.release import release

#: Blocks with at least this content score sit in the main content container (see dom_score).
MAIN_CONTENT_SCORE = 0.8
#: A block with at least this share of its text in ``rel="tag"`` links is the post's tag list ("Tags: a, b,
#: c", "Filed under …"): keywords, not story text, wherever it sits. Dev: such blocks are outside every
#: annotated body; 0.5 leaves a sentence that merely links one keyword in place.
MIN_TAG_LINK_SHARE = 0.5
#: Landmarks that hold chrome unless the block also sits in an article/main landmark.
CHROME_LANDMARKS = ("nav", "header", "footer", "aside", "dialog", "form")
ARTICLE_LANDMARKS = frozenset({"article", "main"})
#: A block outside the main content with at least this share of link text is a link list.
LINK_LIST_DENSITY = 0.7
#: A card links at most this many places: its story, and a category, an author or its comments. A column
#: of links (a footer's list of services) may hold one that reads like a headline, and is no card.
MAX_CARD_LINKS = 4
#: An article run with at least this share of its text inside cards is a listing page.
LISTING_SHARE = 0.6
#: A card meta line (date, author, category) has at most this many words.
MAX_META_WORDS = 6
#: A card title cut short with an ellipsis still has this many words (and at most MAX_TITLE_WORDS).
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
#: Headings and labels at most this long can name the section of the cards that follow.
MAX_SECTION_WORDS = 10
#: How many landmark sets ``_chrome_landmark`` remembers: the sets are combinations of the walk's few landmark
#: names, so a few hundred exist at most.
LANDMARK_CACHE_SIZE = 1024
#: Chrome verdicts set by a landmark alone (a summarized story box in a menu or side column overrules them).
_LANDMARK_FACTS = (Fact.CHROME_LANDMARK, Fact.PAGE_HEADER)


def mark_dom_chrome(drafts: list[Draft], ctx: Context) -> None:
    """Chrome that the markup proves: landmarks, class/id tokens, link lists; then inline card boxes."""
    if ctx.kind is not Inputs.HTML:
        return  # text dumps carry no markup
    _mark_chrome(drafts)
    mark_inline_cards(drafts, ctx)
    _mark_linked_boxes(drafts, ctx)


def _mark_chrome(drafts: list[Draft]) -> None:
    for d in drafts:
        dom = d.dom
        if dom is None or d.role is not Roles.OTHER:
            continue
        main = dom.content_score >= MAIN_CONTENT_SCORE
        if not dom.landmarks.isdisjoint(CHROME_LANDMARKS):  # most blocks are in no chrome landmark
            landmark, outside_article = _chrome_landmark(dom.landmarks)
            if landmark == "nav" or (outside_article and not main):
                d.decide(Roles.CHROME, "chrome.dom-landmark", landmark,
                         Fact.PAGE_HEADER if landmark == "header" else Fact.CHROME_LANDMARK)
                continue
        if dom.tag_link_chars and dom.tag_link_chars >= MIN_TAG_LINK_SHARE * d.chars:
            d.decide(Roles.CHROME, "chrome.dom-tags", f"{dom.tag_link_chars / max(d.chars, 1):.0%} tag-link text")
            continue
        hits = chrome_hits(dom.tokens)
        if hits and main and _quoted(dom.path) and not any(h.startswith(STRONG_CHROME_STEMS) for h in hits):
            hits = frozenset()  # an embedded post quoted in the story ("twitter-tweet", "social-embed")
        if hits:
            d.decide(Roles.CHROME, "chrome.dom-token", " ".join(sorted(hits)), Fact.CHROME_TOKENS)
        elif not main and d.link_density >= LINK_LIST_DENSITY and (dom.href is None or not d.is_headline_like):
            d.decide(Roles.CHROME, "chrome.link-list", f"{d.link_density:.0%} link text")


@functools.lru_cache(maxsize=LANDMARK_CACHE_SIZE)
def _chrome_landmark(landmarks: frozenset[str]) -> tuple[str, bool]:
    """The first chrome landmark of a block in one (``CHROME_LANDMARKS`` order), and whether it makes chrome of
    blocks outside the main content: it is not inside an article or main landmark, or it is an aside.
    Cached: a page's blocks share a few landmark sets, and so do all pages."""
    landmark = next(lm for lm in CHROME_LANDMARKS if lm in landmarks)
    return landmark, not landmarks & ARTICLE_LANDMARKS or "aside" in landmarks


def _quoted(path: str) -> bool:
    """The block is (in) a ``<blockquote>``: quoted content, whatever platform its class names."""
    return "blockquote" in path and any(seg.partition("[")[0] == "blockquote" for seg in path.split("/"))


def _in_article(d: Draft) -> bool:
    return d.role in (Roles.ARTICLE, Roles.TITLE, Roles.BYLINE, Roles.DATE, Roles.ATTRIBUTION, Roles.CAPTION)


def _claimable(d: Draft) -> bool:
    return d.role in (Roles.OTHER, Roles.TEASER, Roles.ARTICLE) \
        or (d.role is Roles.CHROME and d.overridable)


def _card_items(drafts: list[Draft]) -> dict[int, list[Draft]]:
    """Card item id -> its blocks in order."""
    items: dict[int, list[Draft]] = {}
    for d in drafts:
        dom = d.dom
        if dom is not None and dom.card_item is not None:
            blocks = items.get(dom.card_item)
            if blocks is None:
                items[dom.card_item] = [d]
            else:
                blocks.append(d)
    return items


def _sections(drafts: list[Draft]) -> dict[int | None, str | None]:
    """Card group id -> the label (a heading, a section label) nearest above its first block."""
    section_of: dict[int | None, str | None] = {}
    section: str | None = None
    for d in drafts:
        dom = d.dom
        if dom is None:
            continue
        if dom.card_item is None:
            if (d.is_section_label or d.kind is Kinds.HEADING) and d.words <= MAX_SECTION_WORDS \
                    and d.kind is not Kinds.HIDDEN and d.role is not Roles.TITLE:
                section = d.text.strip()
        elif dom.card_group not in section_of:
            section_of[dom.card_group] = section
    return section_of


def _lacks_meta(blocks: list[Draft]) -> bool:
    """A card of a group with short headlines (``Evidence.card_needs_meta``) without its date or byline line:
    short link texts beside other short text are a menu or a list of services, not stories."""
    first = blocks[0].dom
    return first is not None and first.card_needs_meta and not any(d.is_meta_like for d in blocks)


def _claim(blocks: list[Draft], title: Draft, card: int, label: str | None, inline: bool = False) -> set[int]:
    """Make ``blocks`` one teaser card; returns the text-shape cards it took blocks from."""
    robbed = set()
    title_key = normalize(title.text)
    for d in blocks:
        if not _claimable(d) or d.kind is Kinds.HIDDEN:
            continue
        if d.role is Roles.TEASER and d.card is not None:
            robbed.add(d.card)
        part = _part_of(d, title, title_key)
        d.card, d.part, d.section, d.inline = card, part, label, inline or d.inline
        d.decide(Roles.TEASER, "teaser.dom-card", part.value, Fact.MARKUP_CARD)
    return robbed


def mark_inline_cards(drafts: list[Draft], ctx: Context) -> None:
    """A labelled card box inside the main content with prose after it ("Related articles" and two
    headline links mid-story) is teasers, found before the article run so that it does not cut it."""
    items = _card_items(drafts)
    groups: dict[int | None, list[list[Draft]]] = {}
    for blocks in items.values():
        groups.setdefault(blocks[0].dom.card_group if blocks[0].dom else None, []).append(blocks)
    for cards in groups.values():
        first, last = cards[0][0].index, cards[-1][-1].index
        label = drafts[first - 1] if first > 0 else None
        if label is None or not label.is_section_label:
            continue
        after = next((d for d in itertools.islice(drafts, last + 1, None) if d.kind is not Kinds.HIDDEN), None)
        if after is None or not is_prose(after):
            continue
        if not all(d.dom is not None and d.dom.content_score >= MAIN_CONTENT_SCORE for d in (label, after)):
            continue
        titles = [_title_of(blocks) for blocks in cards]
        if any(t is None for t in titles) or any(_lacks_meta(blocks) for blocks in cards):
            continue
        label.inline = True
        for blocks, title in zip(cards, titles, strict=False):
            assert title is not None
            _claim(blocks, title, ctx.new_card(), label.text.strip(), inline=True)


def _link_box(path: str) -> str | None:
    """The path of the link element wrapping the block's element (``…/figure/a`` over ``…/a/div/h3``):
    a box that is one link as a whole. None when the block is not inside such a link."""
    segs = path.split("/")
    for at in range(len(segs) - 2, -1, -1):
        if segs[at] == "a" or segs[at].startswith("a["):
            return "/".join(segs[:at + 1])
    return None


def _mark_linked_boxes(drafts: list[Draft], ctx: Context) -> None:
    """A box that is one link as a whole (a link wrapping a headline, a kicker and a summary) with a
    headline inside it is an inline teaser card, wherever it sits: story text is never wrapped in a
    link to somewhere else (dev: no such box is article text; the annotated ones are teasers).
    A box linking to another site (a partner, "follow us on …") is no story of this one; the page's
    site is the one most of its links lead to (the page's URL may be a copy's or unknown)."""
    boxes: list[list[Draft]] = []
    key: str | None = None
    for d in drafts:
        dom = d.dom
        if dom is None:
            key = None
            continue
        path = dom.path
        # A quick test before splitting the path: can a segment but the last be ``a`` or ``a[n]``?
        # (``/article``, ``/aside`` hold ``/a`` too.) Most blocks are in no link.
        may_be_linked = "/a/" in path or "/a[" in path or (path.startswith(("a/", "a[")) and "/a" in path)
        box = _link_box(path) if may_be_linked and d.kind is not Kinds.HIDDEN else None
        if box is None or dom.card_item is not None:
            key = None
            continue
        if box != key:
            boxes.append([])
            key = box
        boxes[-1].append(d)
    site = page_site(drafts, ctx)
    for blocks in boxes:
        # A menu entry never carries a summary or a date: a box that does is a story featured in a mega menu or
        # a side column, whatever the markup around it says (a nav or aside landmark, a "flyout" token).
        summarized = any((is_prose(d) and not d.is_headline_like) or d.is_date_like for d in blocks)
        title = _title_of(blocks, in_menu=summarized)
        if title is None or title.dom is None or not any(
                d.role is Roles.OTHER or (summarized and d.fact in _LANDMARK_FACTS) for d in blocks):
            continue  # all chrome: a menu's entries
        if site and title.dom.href and site_of(title.dom.href) not in (None, site):
            continue
        _claim(blocks, title, ctx.new_card(), None, inline=True)


def group_dom_cards(drafts: list[Draft], ctx: Context) -> None:
    """Turn card evidence outside the article into teaser cards: title, summary, caption, credit, meta."""
    if ctx.kind is not Inputs.HTML:
        return
    items = _card_items(drafts)
    section_of = _sections(drafts) if items else {}
    listing = _is_listing(drafts, items)
    robbed: set[int] = set()  # text-shape cards that lost blocks to DOM cards
    titles_seen: dict[int | None, set[str]] = {}
    for blocks in items.values():
        if any(d.role is Roles.TITLE for d in blocks):
            continue
        if _lacks_meta(blocks):
            continue
        if any(_in_article(d) for d in blocks) and not listing and (
                not _run_has_main_content(drafts, ctx)
                or any(d.dom is not None and d.dom.content_score >= MAIN_CONTENT_SCORE for d in blocks)):
            continue  # cards inside the main content are the article's own lists
        title = _title_of(blocks)
        if title is None:
            continue
        dom = title.dom
        assert dom is not None
        if len({d.dom.href for d in blocks if d.dom is not None and d.dom.href}) > MAX_CARD_LINKS:
            continue  # a column of links under a heading (a footer's "Services"), one of which reads like a title
        seen = titles_seen.setdefault(dom.card_group, set())
        title_key = normalize(title.text)
        if title_key in seen:
            continue  # the same headline again in one group: a gallery or a carousel's clones
        seen.add(title_key)
        if title.role is Roles.TEASER and title.fact is Fact.MARKUP_CARD:
            continue  # an inline box, claimed before the article run
        robbed |= _claim(blocks, title, ctx.new_card(), section_of.get(dom.card_group))
    _drop_headless(drafts, robbed)
    _drop_orphans(drafts)
    if listing and not any(d.role is Roles.ARTICLE for d in drafts):
        _drop_article(drafts, ctx)


def _drop_article(drafts: list[Draft], ctx: Context) -> None:
    """A listing page whose run was all cards has no article: its title and parts are page chrome."""
    for d in drafts:
        if d.role in (Roles.TITLE, Roles.BYLINE, Roles.DATE, Roles.ATTRIBUTION, Roles.CAPTION):
            release(d, has_article=False)
    ctx.article_start = ctx.article_end = ctx.title_index = None
    ctx.notes.append("no-article: the main run was a listing of teaser cards")


def _drop_headless(drafts: list[Draft], robbed: set[int]) -> None:
    """A text-shape card whose headline went to a DOM card is no card: its leftovers are outside."""
    if not robbed:
        return
    titled = {d.card for d in drafts if d.role is Roles.TEASER and d.part is Parts.TITLE}
    for d in drafts:
        if d.role is Roles.TEASER and d.card in robbed and d.card not in titled:
            release(d)


def _drop_orphans(drafts: list[Draft]) -> None:
    """A DOM card part whose title a later text rule took over (an inline "Read more" line) is in no
    card any more: it goes back outside, as a card without a headline would."""
    titled: set[int | None] = set()
    dom_parts = []
    for d in drafts:
        if d.role is Roles.TEASER:
            if d.part is Parts.TITLE:
                titled.add(d.card)
            if d.fact is Fact.MARKUP_CARD:
                dom_parts.append(d)
    for d in dom_parts:
        if d.card is None or d.card not in titled:
            release(d)


def _run_has_main_content(drafts: list[Draft], ctx: Context) -> bool:
    if ctx.article_start is None or ctx.article_end is None:
        return False
    return any(d.dom is not None and d.dom.content_score >= MAIN_CONTENT_SCORE and d.role is Roles.ARTICLE
               for d in drafts[ctx.article_start:ctx.article_end + 1])


def _is_listing(drafts: list[Draft], items: dict[int, list[Draft]]) -> bool:
    """Most of the article run's text sits in cards: an index page, not an article."""
    if not items:
        return False
    body = [d for d in drafts if d.role is Roles.ARTICLE]
    in_cards = sum(d.chars for blocks in items.values() for d in blocks if d.role is Roles.ARTICLE)
    total = sum(d.chars for d in body)
    return total > 0 and in_cards / total >= LISTING_SHARE


def _title_of(blocks: list[Draft], in_menu: bool = False) -> Draft | None:
    """The block holding the card's headline link: a heading first, then any headline-like link.

    A link to a listing page (a tag, an author, a search) is no title. ``in_menu``: menu tokens
    (``_dom/menu_tokens.txt``) do not rule the card out.
    A title has MIN_TITLE_WORDS or more (every annotated dev teaser title does): a one- or two-word
    link is a category or a menu entry. A heading linking elsewhere than a longer headline link of the
    card is the card's category ("Finance" above the story's own link), not its title.
    """
    menu_tokens = load_tokens("menu_tokens")
    linked = [d for d in blocks if d.dom is not None and d.dom.href and _claimable(d)
              and d.words >= MIN_TITLE_WORDS and not d.is_chrome_phrase
              and not (not_card_hits(d.dom.tokens) - menu_tokens if in_menu else not_card_hits(d.dom.tokens))
              and not is_non_story_url(d.dom.href)]
    headlines = [d for d in linked
                 if d.kind is not Kinds.HEADING and (d.is_headline_like or _truncated_headline(d))]
    for d in linked:
        if d.kind is Kinds.HEADING and not any(h.dom is not None and d.dom is not None and h.dom.href != d.dom.href
                                                   and h.words > d.words for h in headlines):
            return d
    return headlines[0] if headlines else None


def _truncated_headline(d: Draft) -> bool:
    """"UK weather alert: Plague of mosquitos to devastate Britain as Hurri..." is a cut headline."""
    return d.text.rstrip().endswith(("...", "…")) and MIN_TITLE_WORDS <= d.words <= MAX_TITLE_WORDS


def _part_of(d: Draft, title: Draft, title_key: str) -> TeaserPart:
    """The block's part of the card whose title block is ``title`` (``title_key``: its text, normalized)."""
    if d is title:
        return Parts.TITLE
    if normalize(d.text) == title_key:
        return Parts.REPEAT
    if (d.dom is not None and d.dom.is_credit) or d.is_credit_like:
        return Parts.CREDIT
    if d.kind is Kinds.CAPTION or d.is_caption_like:
        return Parts.CAPTION
    if d.words <= MAX_META_WORDS and not d.ends_sentence:
        return Parts.META
    return Parts.SUMMARY
