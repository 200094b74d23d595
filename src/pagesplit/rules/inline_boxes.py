"""Pipeline stage: teasers set inside the article, found before the article run so that they do not cut it.

- a "Related" box: a section label, then bare headlines (with their authors, dates, pictures' keywords), then
  the story's prose again;
- a "Read more: <headline>" line, whose head is a section label, or in a text dump a navigation label
  ("Previous post: <headline>");
- a text dump's post navigation line ("← <headline>", "<headline> →").
"""

from __future__ import annotations

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_INLINE_HEAD_CHARS, MIN_HEADLINE_WORDS, count_words
from pagesplit.lexicon import first_of
from pagesplit.lexicon.char_classes import holds_any
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Kinds, Parts, Roles
from pagesplit.rules.card_shapes import (
    MIN_BARE_TITLE_WORDS,
    card_picture,
    keyword_string,
    names_a_card,
    opens_bare_card,
)
from pagesplit.rules.form_fields import holds_form_field
from pagesplit.rules.label_zones import MAX_CHROME_RUN, MAX_TOGGLED_CARD_BLOCKS
from pagesplit.timed_match import timed

#: Prose that resumes after an inline box is at least this long, in one paragraph or a few in a row (a card
#: summary is shorter, and a headline follows it).
MIN_RESUMING_PROSE_CHARS = 150
#: An inline box holds at least this many headlines (one is enough with prose on both sides).
MIN_INLINE_BOX_CARDS = 2
#: How far above a label to look for the paragraph it interrupts.
PROSE_LOOKBACK = 3
#: "Read more: <headline>": the block is at most this many words (its head: ``features.MAX_INLINE_HEAD_CHARS``).
MAX_INLINE_TEASER_WORDS = 30
#: HTML: chrome verdicts set by what markup names the block (a landmark, class tokens), which a "Read more:
#: <headline>" block's own text overrules; link density (``chrome.link-list``) is not overruled.
_MARKUP_NAMES_CHROME = frozenset({Facts.CHROME_LANDMARK, Facts.PAGE_HEADER, Facts.CHROME_TOKENS})


def _keywords_over_headline(drafts: list[Draft], j: int) -> bool:
    """``drafts[j]`` is a picture's keywords right over a box's headline: that card's, no end of the box."""
    return keyword_string(drafts[j]) and j + 1 < len(drafts) and _opens_inline_card(drafts[j + 1])


def _opens_inline_card(d: Draft) -> bool:
    """A headline of an inline box: a bare card's headline, and in HTML one that links somewhere (the
    notes under a story, "More information: <reference>", "Provided by <source>", are not links)."""
    return opens_bare_card(d) and (d.dom is None or d.dom.href is not None)


def _story_heading(d: Draft) -> bool:
    """A sub-heading of the story rather than a card's headline. HTML: a heading element that links nowhere.
    Text: a line too short for a box headline ("What does it cost?"), which the box would have taken."""
    if d.dom is None:
        return d.role is Roles.OTHER and MIN_HEADLINE_WORDS <= d.words < MIN_BARE_TITLE_WORDS
    return d.kind is Kinds.HEADING and d.dom.href is None


#: A navigation label heads an inline teaser when a colon or a tab sets the headline after it ("Previous post:
#: <headline>", "Next article<tab><headline>"); after "»" or "|" the line is a breadcrumb trail or a row of links
#: ("Home » Science » <headline>", "News | Video | Podcasts").
_NAVIGATION_HEAD_SEPARATORS = frozenset((":", ""))


def _heads_inline_teaser(head: str, separator: str | None, rest: str, ctx: Context) -> bool:
    """``head`` (before ``separator``) opens an inline teaser of the story ``rest`` names: a section label ("Read
    more: <headline>"), or in a text dump a navigation label, whole, naming the story before or after this one
    ("Previous post: <headline>"), which links to that story, when a colon or a tab sets it apart and ``rest`` is
    no row of links (HTML: ``pager_links`` reads a post navigation's links). A form's text field after the head
    ("Search for: ____") is none."""
    if holds_form_field(rest):
        return False
    if ctx.lexicon.lookup(head, ("sections",)) is not None:
        return True
    return separator in _NAVIGATION_HEAD_SEPARATORS and not any(gap in rest for gap in _LINK_ROW_GAPS) \
        and _names_navigation(head, ctx)


def _names_navigation(head: str, ctx: Context) -> bool:
    """``head`` is a navigation label, whole, or two in a row: a screen reader's label before the shown one
    ("Back Previous post")."""
    words = normalize(head).split()

    def names(part: list[str]) -> bool:
        return first_of(ctx.lexicon.entries(" ".join(part))[0], ("navigation",)) is not None
    return names(words) or any(names(words[:k]) and names(words[k:]) for k in range(1, len(words)))


#: What stands between the items of a row of links or a breadcrumb trail ("Start » Science » …", "News | Video",
#: "Topics:  Astronomy  Physics"): a navigation label over such a row names no one story.
_LINK_ROW_GAPS = ("»", "›", "|", "  ", "\u00a0 ", " \u00a0")


#: "Read more: <headline>", "READ NEXT<tab><headline>", "Related | <headline>".
_INLINE_SEPARATOR = timed(regex.compile(r"(?<!\s)\s*+[:|»›]\s*|\t+|(?<!\s)\s++[–—]\s+"),
                          "inline_boxes.inline-separator")


def _inline_separator(text: str) -> tuple[regex.Match[str], regex.Match[str]] | None:
    """The first separator in the text's head (its first MAX_INLINE_HEAD_CHARS), and the first in the whole text
    (where it splits into head and rest; the same, but where a separator runs across the head's end), or None.

    One search of the whole text mostly tells both: a match in the head is one in the whole text (the pattern
    looks back, never ahead past its match), so the head's first starts no earlier than the text's; and the
    text's first, ending within the head, is the head's first as well. A pattern call costs about 7,000
    instructions (callgrind); the head is searched apart only when the text's first separator runs past it."""
    first = _INLINE_SEPARATOR.search(text)
    if first is None or first.end() <= MAX_INLINE_HEAD_CHARS:
        return None if first is None else (first, first)
    in_head = _INLINE_SEPARATOR.search(text[:MAX_INLINE_HEAD_CHARS])
    return None if in_head is None else (in_head, first)


def _resuming_prose_chars(drafts: list[Draft], k: int) -> int:
    """The length of the paragraphs in a row from ``k`` (0 when ``k`` is no paragraph): a story resumes with
    one long paragraph or a few short ones; a card's summary is one short paragraph, and a headline follows."""
    chars = 0
    while k < len(drafts) and drafts[k].prose and chars < MIN_RESUMING_PROSE_CHARS:
        chars += drafts[k].chars
        k += 1
    return chars


def _past_chrome(drafts: list[Draft], j: int) -> int:
    """The first block from ``j`` past at most MAX_CHROME_RUN short chrome blocks in a row (``j`` when more
    follow: a footer, not a break in the story). A notice's paragraph stays where it is."""
    k = j
    while k < len(drafts) and _short_chrome(drafts[k]) and k - j < MAX_CHROME_RUN:
        k += 1
    return j if k < len(drafts) and _short_chrome(drafts[k]) else k


def _short_chrome(d: Draft) -> bool:
    return d.role is Roles.CHROME and not d.prose


def _prose_before(drafts: list[Draft], label: int) -> bool:
    """The nearest block above ``label`` that is not chrome is a paragraph."""
    for d in reversed(drafts[max(0, label - PROSE_LOOKBACK):label]):
        if d.role is not Roles.CHROME:
            return d.prose
    return False


def _dom_chrome_guess(d: Draft) -> bool:
    """HTML: chrome only by its markup (``class="inline-promo"``, an ``<aside>``); a "Read more: <headline>"
    box inside the story is marked up exactly so, and is a teaser all the same."""
    return d.dom is not None and d.role is Roles.CHROME and d.verdict.fact in _MARKUP_NAMES_CHROME


def mark_inline_boxes(drafts: list[Draft], ctx: Context) -> None:
    """Teaser boxes set inside the article, found before the article run so they do not cut it.

    - a section label, then two or more bare headlines, then prose again ("Related" box);
    - one block "Read more: <headline>" whose head is a section label.
    """
    for i, d in enumerate(drafts):
        if d.verdict.fact is Facts.SECTION_LABEL and not d.inline:
            # The box may hold several labelled lists in a row ("Related" / 2 headlines / "Related" / …).
            headlines = 0
            j = i + 1
            interrupts = _prose_before(drafts, i)  # the label cuts into a paragraph of a story
            while j < len(drafts) and (
                    drafts[j].is_meta_like or _opens_inline_card(drafts[j])
                    or drafts[j].verdict.fact is Facts.SECTION_LABEL
                    or (interrupts and card_picture(drafts[j])) or _keywords_over_headline(drafts, j)
                    or (headlines and names_a_card(drafts[j]))):
                headlines += _opens_inline_card(drafts[j]) and not drafts[j].is_meta_like
                j += 1
            # One headline is a box too when prose stands on both sides of it.
            needed = 1 if interrupts else MIN_INLINE_BOX_CARDS
            resume = _past_chrome(drafts, j)  # "Advertisement" between the box and the story's next paragraph
            # the story may resume with a sub-heading of its own before its prose
            k = resume + 1 if resume + 1 < len(drafts) and _story_heading(drafts[resume]) else resume
            if headlines < needed or _resuming_prose_chars(drafts, k) < MIN_RESUMING_PROSE_CHARS \
                    or any(x.is_toggle for x in drafts[k:k + MAX_TOGGLED_CARD_BLOCKS]):
                continue  # no prose resumes, or it is a card's summary closed by a "Keep Reading" toggle
            section = d.text.strip()
            d.inline = True
            card: int | None = None  # the card above, under the current label
            keywords: Draft | None = None  # the keywords of the next card's picture
            for h in drafts[i + 1:j]:
                if card_picture(h):
                    continue  # stays chrome
                if keyword_string(h) and not h.is_meta_like:
                    keywords = h
                    continue
                if h.verdict.fact is Facts.SECTION_LABEL:
                    h.inline, section, card = True, h.text.strip(), None
                elif not h.may_decide("teaser.inline"):
                    card = None  # switched off for measurement: no card, and none of its lines is claimed
                elif h.is_meta_like or not _opens_inline_card(h):
                    if card is not None:  # a date or author line of the card above
                        h.inline, h.section = True, section
                        h.card, h.part = card, Parts.META
                        h.decide(Roles.TEASER, "teaser.meta")
                else:
                    card = ctx.new_card()
                    h.inline, h.section = True, section
                    h.card, h.part = card, Parts.TITLE
                    h.decide(Roles.TEASER, "teaser.inline", section)
                    if keywords is not None:
                        keywords.inline, keywords.section = True, section
                        keywords.card, keywords.part = card, Parts.CAPTION
                        keywords.decide(Roles.TEASER, "teaser.caption")
                        keywords = None
        elif i and drafts[i - 1].is_chrome_phrase and d.role is Roles.OTHER \
                and d.dom is None and d.words <= MAX_INLINE_TEASER_WORDS \
                and (label := _post_navigation_label(drafts[i - 1], ctx)) is not None \
                and _heads_as_on_one_line(label, d.text, ctx):
            d.inline, d.section, d.teaser_title = True, label, d.text
            d.card, d.part = ctx.new_card(), Parts.TITLE
            d.decide(Roles.TEASER, "teaser.inline", label)
        elif d.has_inline_head and d.words <= MAX_INLINE_TEASER_WORDS \
                and (d.role is Roles.OTHER or _dom_chrome_guess(d)) \
                and (found := _inline_separator(d.text)) is not None:
            separator, first = found
            head, rest = d.text[:first.start()], d.text[first.end():].strip()
            # A headline starts with a capital or a digit; "Related to each other: for example, a cache" is a
            # definition in the story, whose head only opens like a section label.
            if count_words(rest) >= MIN_BARE_TITLE_WORDS and not rest[:1].islower() \
                    and _heads_inline_teaser(head, separator.group().strip() if d.dom is None else None, rest, ctx):
                d.inline, d.section, d.teaser_title = True, head.strip(), rest
                d.card, d.part = ctx.new_card(), Parts.TITLE
                d.decide(Roles.TEASER, "teaser.inline", head.strip())
        elif d.dom is None and d.role is Roles.OTHER and not d.text.isascii() \
                and (title := _arrowed_title(d, ctx)) is not None:  # (the arrows are no ASCII: most lines, no call)
            d.inline, d.teaser_title = True, title
            d.card, d.part = ctx.new_card(), Parts.TITLE
            d.decide(Roles.TEASER, "teaser.inline", "post navigation")


def _post_navigation_label(d: Draft, ctx: Context) -> str | None:
    """A text dump's line, chrome, that is a post navigation label, whole ("Previous post:",
    "Nächster Beitrag": the ``post_navigation`` sub-list of the navigation lexicon, which names one story), or
    None. bs4 prints the label and the headline it links to as two elements on two lines, where innerText mostly
    shows one line. (The caller tests first that the line is a chrome phrase: most lines are none, no lookup.)"""
    if d.role is not Roles.CHROME:
        return None
    return d.text.strip() if first_of(ctx.lexicon.exact.get(normalize(d.text)), ("post_navigation",)) else None


def _heads_as_on_one_line(label: str, rest: str, ctx: Context) -> bool:
    """A post navigation label on the line above heads ``rest`` as it would "<label>: <rest>" on one line
    (``_heads_inline_teaser``): ``rest`` is as long as a bare card's headline, opens with no lower-case letter and is
    no row of links or form field."""
    return count_words(rest) >= MIN_BARE_TITLE_WORDS and not rest[:1].islower() \
        and _heads_inline_teaser(label, "", rest, ctx)


#: A post navigation's arrows: the previous post's headline after a left arrow, the next one's before a right arrow.
_LEFT_ARROWS, _RIGHT_ARROWS = "←⟵◄", "→⟶►"
_ARROWS = _LEFT_ARROWS + _RIGHT_ARROWS


def _arrowed_title(d: Draft, ctx: Context) -> str | None:
    """The headline of a text dump's post navigation line ("← <headline>", "<headline> →"), or None: the rest is as
    long as a bare card's headline, opens with no lower-case letter and is no navigation label ("Older posts →")."""
    if not holds_any(d.text, _ARROWS):  # most lines: no arrow
        return None
    text = d.text.strip()
    if text[:1] in _LEFT_ARROWS:
        rest = text[1:].strip()
    elif text[-1:] in _RIGHT_ARROWS:
        rest = text[:-1].strip()
    else:
        return None
    if count_words(rest) < MIN_BARE_TITLE_WORDS or d.words > MAX_INLINE_TEASER_WORDS or rest[:1].islower() \
            or ctx.lexicon.lookup(rest, _NOT_A_HEADLINE) is not None:
        return None
    return rest


#: Lexicon categories a line after an arrow must not be: a pager's or a site's link ("Older posts", "Read more").
_NOT_A_HEADLINE = ("navigation", "toggles", "sections")
