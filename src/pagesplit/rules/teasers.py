"""Pipeline stage: teaser cards in the zones that section labels open.

A zone starts after a section label ("More For You", "Related") and holds cards. Two card shapes
reach us, and both appear in the user's example:

- *toggled* cards, closed by a read-more control: headline, caption, credit, the headline again,
  summary paragraphs, "Keep ReadingShow less";
- *bare* cards: a headline, optionally a short summary and a meta line, then the next headline.

A zone ends at the next label, at the article, at a long paragraph that belongs to no card, or
at a run of chrome. A label that opens no card stays a plain chrome label.
"""

from __future__ import annotations

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_HEADLINE_WORDS, MAX_INLINE_HEAD_CHARS, MIN_HEADLINE_WORDS, count_words
from pagesplit.lexicon import first_of, holds_any, normalize
from pagesplit.members import Kinds, Parts, Roles
from pagesplit.model import TeaserPart
from pagesplit.rules.block_scores import is_prose
from pagesplit.rules.card_pairs import is_longer_summary
from pagesplit.rules.record_symbols import MAX_PERIOD, MIN_RECORDS
from pagesplit.timed_match import timed

#: A toggled card is at most this many blocks long (headline, caption, credit, repeat, summaries).
MAX_TOGGLED_CARD_BLOCKS = 16
#: A bare card's summary: at most this many blocks, each at most this long.
MAX_SUMMARY_BLOCKS = 2
MAX_SUMMARY_CHARS = 450
#: Chrome blocks in a row that end a zone (a footer after the last card).
MAX_CHROME_RUN = 2
#: The repeated headline of a card shares at least this share of the shorter headline's words.
SAME_STORY_OVERLAP = 0.5
#: A card's photo credit is at most this many words ("Amazon.UK", "Getty Images").
MAX_CREDIT_WORDS = 4
#: A bare card's headline has at least this many words (menu items have one to three).
MIN_BARE_TITLE_WORDS = 4
#: Headline / summary pairs (``card_pairs``): the first lines of a zone looked at, how many pairs at least,
#: and in what share of the pairs the summary is the longer line.
MAX_PAIRING_LINES = 12
MIN_PAIRS = 2
MIN_PAIRED_SHARE = 0.75
#: Prose that resumes after an inline box is at least this long, in one paragraph or a few in a row (a card
#: summary is shorter, and a headline follows it).
MIN_RESUMING_PROSE_CHARS = 150
#: Unlabeled teaser lists: at least this many cards, this share of them with a meta line, at most
#: this many meta lines per card.
MIN_UNLABELED_CARDS = 3
MIN_UNLABELED_SHARE = 0.8
MAX_META_LINES = 3
#: An unlabeled card's summary is one short paragraph.
MAX_UNLABELED_SUMMARY_CHARS = 350
#: Lines before a zone's first card: a sub-label or a category line ("Nation" under "Top stories in Nation"),
#: chrome ("Advertisement"). More, and the label is an item of a menu, which opens no zone.
MAX_SKIPPED_LINES = 2
#: An inline box holds at least this many headlines (one is enough with prose on both sides).
MIN_INLINE_BOX_CARDS = 2
#: Author or category lines under a box headline are at most this many words.
MAX_CARD_NAME_WORDS = 4
#: How far above a label to look for the paragraph it interrupts.
PROSE_LOOKBACK = 3
#: "Read more: <headline>": the block is at most this many words (its head: ``features.MAX_INLINE_HEAD_CHARS``).
MAX_INLINE_TEASER_WORDS = 30
#: HTML: chrome verdicts set by what markup names the block (a landmark, class tokens), which a "Read more:
#: <headline>" block's own text overrules; link density (``chrome.link-list``) is not overruled.
_MARKUP_NAMES_CHROME = frozenset({Facts.CHROME_LANDMARK, Facts.PAGE_HEADER, Facts.CHROME_TOKENS})
#: Meta lines of a card (date, author, read time) are at most this many words.
MAX_META_WORDS = 6


def _is_barrier(d: Draft, ctx: Context) -> bool:
    """Blocks a zone never crosses: another label, the article."""
    if d.verdict.fact is Facts.SECTION_LABEL:
        return True
    if ctx.article_start is None or ctx.article_end is None:
        return False
    return ctx.article_start <= d.index <= ctx.article_end and d.role is Roles.ARTICLE


def _zone_end(drafts: list[Draft], label: int, ctx: Context) -> int:
    """Index one past the last block the zone may hold."""
    i = label + 1
    while i < len(drafts) and not _is_barrier(drafts[i], ctx):
        i += 1
    return i


def _label_card(blocks: list[Draft], card_id: int, section: str | None) -> None:
    """Label the parts of one card: headline, [caption, credit, headline again], summary."""
    # A toggle is chrome by its own text (``chrome.lexicon``, ``chrome.glued-label``: ``features`` sets
    # ``is_toggle`` only with one of them); it keeps that verdict.
    content = [d for d in blocks if d.role is not Roles.CHROME and not d.is_toggle]
    # The headline is the first block that is no date, byline or count line ("November 18, 2019 | 4:10pm" above
    # it is the card's meta line); a card of meta lines alone has no headline and is no card.
    first = next((i for i, d in enumerate(content) if not d.is_meta_like), None)
    if first is None or not content[first].may_decide("teaser.title"):
        return  # no headline, or its rule is switched off: no card, and none of its lines is claimed
    for d in content[:first]:
        d.card, d.section = card_id, section
        _part(d, Parts.META, "teaser.meta")
    content = content[first:]
    title = content[0]
    repeat = _find_repeat(title, content)
    for i, d in enumerate(content):
        d.card, d.section = card_id, section
        if i == 0:
            _part(d, Parts.TITLE, "teaser.title")
        elif repeat is not None and i == repeat:
            _part(d, Parts.REPEAT, "teaser.repeat")
        elif repeat is not None and i < repeat:
            short = d.words <= MAX_CREDIT_WORDS and not d.ends_sentence
            if d.is_credit_like or (short and not d.is_caption_like):
                _part(d, Parts.CREDIT, "teaser.credit")
            else:
                _part(d, Parts.CAPTION, "teaser.caption")
        elif d.is_credit_like:
            _part(d, Parts.CREDIT, "teaser.credit")
        elif d.is_caption_like:
            _part(d, Parts.CAPTION, "teaser.caption")
        elif d.is_meta_like or (d.words <= MAX_META_WORDS and not d.ends_sentence):
            _part(d, Parts.META, "teaser.meta")
        else:
            _part(d, Parts.SUMMARY, "teaser.summary")


def _part(d: Draft, part: TeaserPart, rule: str) -> None:
    d.part = part
    d.decide(Roles.TEASER, rule, fact=Facts.SHAPE_CARD)


def _find_repeat(title: Draft, content: list[Draft]) -> int | None:
    """Position of the headline shown again in the card: the closest match to the title, not a caption."""
    best, best_overlap = None, SAME_STORY_OVERLAP
    for i, d in enumerate(content[1:], 1):
        if not d.is_headline_like or d.is_caption_like:
            continue
        overlap = _overlap(title, d)
        if overlap >= best_overlap:
            best, best_overlap = i, overlap
    return best


def _tokens(text: str) -> set[str]:
    return {w for w in normalize(text).split() if len(w) > 2}


def _overlap(a: Draft, b: Draft) -> float:
    """Share of the shorter headline's words found in the other one."""
    ta, tb = _tokens(a.text), _tokens(b.text)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _tells_several_stories(blocks: list[Draft]) -> bool:
    """The blocks before a zone's first toggle hold the headlines of MIN_RECORDS stories or more (a headline and
    its repeat tell one): they are a list of cards, and the toggle after them is another box's ("Play Video"),
    not the read-more control closing one card."""
    heads = [d for d in blocks if _opens_bare_card(d) and not d.is_caption_like]
    stories: list[Draft] = []
    for d in heads:
        if all(_overlap(d, other) < SAME_STORY_OVERLAP for other in stories):
            stories.append(d)
    return len(stories) >= MIN_RECORDS


def _toggled_cards(zone: list[Draft]) -> list[list[Draft]]:
    cards, current = [], []
    for d in zone:
        current.append(d)
        if d.is_toggle:
            if len(current) > MAX_TOGGLED_CARD_BLOCKS:
                break
            cards.append(current)
            current = []
    return cards


def _pairs_headlines_with_summaries(zone: list[Draft]) -> bool:
    """Cards printed as headline / one-line summary pairs, both without a final period.

    The summary is the longer line of each pair, consistently; a plain list of headlines shows no
    such alternation.
    """
    lines = [d for d in _before_chrome_run(zone) if d.role is not Roles.CHROME and not d.is_meta_like]
    lines = lines[:MAX_PAIRING_LINES]
    pairs = [(lines[i], lines[i + 1]) for i in range(0, len(lines) - 1, 2)]
    if len(pairs) < MIN_PAIRS:
        return False
    longer = sum(1 for title, summary in pairs if is_longer_summary(title, summary))
    return longer / len(pairs) >= MIN_PAIRED_SHARE


def _before_chrome_run(zone: list[Draft]) -> list[Draft]:
    """The zone up to its first MAX_CHROME_RUN chrome blocks in a row (credits aside), where ``_bare_cards``
    ends it: a footer's links after the last card are no card's lines."""
    run = 0
    for k, d in enumerate(zone):
        run = run + 1 if d.role is Roles.CHROME and not d.is_credit_like else 0
        if run >= MAX_CHROME_RUN:
            return zone[:k + 1 - run]
    return zone


#: A card headed by a headline and its dek has at least this many lines: the two, and a part that is neither (an
#: author, a section, a date), which sets the records apart from a list of bare headlines.
MIN_DEKED_PERIOD = 3


def _headlines_over_deks(zone: list[Draft]) -> bool:
    """The zone's cards open with a headline and its dek, a longer headline-like line right under it ("Car maker
    unveils its new coupe" / "The two-door has a bigger engine and a folding roof" / author / section): the
    lines, read as headline-like or not, repeat one unit of MIN_DEKED_PERIOD to MAX_PERIOD lines that opens with
    two headline-like lines and holds no third, MIN_RECORDS times or more from the first headline (each record
    may differ in one line), and the second line is the longer one in MIN_PAIRED_SHARE of the records (a dek
    says more than its headline; it need not be ``card_pairs.PAIR_LENGTH_RATIO`` times as long, the records' shape
    already tells the pairs)."""
    lines = [d for d in _before_chrome_run(zone) if d.role is not Roles.CHROME and d.kind is not Kinds.HIDDEN]
    heads = "".join("H" if _opens_bare_card(d) else "x" for d in lines)
    start = heads.find("HH")
    if start < 0 or start > MAX_SKIPPED_LINES:
        return False
    for period in range(MIN_DEKED_PERIOD, MAX_PERIOD + 1):
        unit = heads[start:start + period]
        if len(unit) < period or "H" in unit[2:]:
            continue
        records = []
        at = start
        while at + period <= len(heads) and sum(a != b for a, b in zip(heads[at:at + period], unit, strict=True)) <= 1:
            records.append(lines[at:at + period])
            at += period
        longer = sum(r[1].chars > r[0].chars for r in records)
        if len(records) >= MIN_RECORDS and longer >= MIN_PAIRED_SHARE * len(records):
            return True
    return False


def _bare_cards(zone: list[Draft], after_found: frozenset[int] = frozenset()) -> list[list[Draft]]:
    """The zone's cards, each a headline and what explains it. ``after_found``: the indexes of the zone's blocks
    right after cards found already (a run ``rules.records`` took inside the zone): the card above ends there.
    When the zone had cards of its own before them, a date line among the lines skipped before its next card (a
    sub-label, a headline too short to open a card) is that card's, and not counted as a menu's item."""
    cards: list[list[Draft]] = []
    current: list[Draft] = []
    summaries = chrome_run = leading = 0
    resumed = False  # past cards found already, after cards of the zone's own
    deked = _headlines_over_deks(zone)  # records of three lines or more: no pair alternates with the next one
    paired = not deked and _pairs_headlines_with_summaries(zone)
    for d in zone:
        if d.kind is Kinds.HIDDEN:
            continue  # a script or an icon's hidden text between the cards: no reader sees it, nor a line to skip
        if d.index in after_found:
            if current:
                cards.append(current)
            # chrome lines with found cards between them ("Advertisement" after every few cards) are no run
            current, summaries, resumed, chrome_run = [], 0, bool(cards), 0
        if d.opens_comments and not d.is_meta_like and cards:
            break  # "Comments" opens readers' comments, not more cards ("12 comments" is a card's meta line)
        if _fills_in(d.text):
            break  # a form after the cards (a comment form's "Name ____", a newsletter's sign-up): no card's line
        if not current and not _opens_bare_card(d) and not _marks_a_card(d) and not (resumed and d.is_meta_like):
            leading += 1  # (past cards found already, a date line is a card's, whose headline is short)
            if leading > MAX_SKIPPED_LINES:
                break  # menu items after the label: it names a section in a menu and opens no zone
        if d.role is Roles.CHROME and not d.is_credit_like:
            chrome_run += 1
            # a footer after the last card; in a dump, after the first one too. In HTML, markup chrome (an ad's
            # script, a comment widget) can stand between a zone's first card and the others (dev html, sh:a).
            if chrome_run >= MAX_CHROME_RUN and (cards or (current and d.dom is None)):
                break
            continue
        chrome_run = 0
        if _keyword_string(d):
            # the keywords of the next card's picture: the card above is over, and what may stand before the next
            # card's headline is what may stand before the first one's
            if current:
                cards.append(current)
                leading = 0
            current, summaries = [], 0
            continue
        if current and (d.is_meta_like or normalize(d.text) == normalize(current[0].text)):
            current.append(d)  # date, author, read time, or the headline again, of the card above
        elif paired and current and summaries == 0 and d.chars <= MAX_SUMMARY_CHARS:
            current.append(d)  # the summary line of a headline / summary pair
            summaries += 1
        elif deked and len(current) == 1 and current[0].chars < d.chars <= MAX_SUMMARY_CHARS:
            current.append(d)  # the dek right under a card's headline
            summaries += 1
        elif deked and current and _names_a_card(d):
            current.append(d)  # an author or a section line of a card headed by a dek: no summary
        elif _opens_bare_card(d):
            if current:
                cards.append(current)
            current, summaries = [d], 0
        elif current and d.chars <= MAX_SUMMARY_CHARS and summaries < MAX_SUMMARY_BLOCKS:
            current.append(d)
            summaries += 1
        elif not current and (d.words < MIN_BARE_TITLE_WORDS or d.is_meta_like):
            pass  # a sub-label, a category or a count line before the first card (counted above)
        else:
            break  # a paragraph no card explains: the zone is over
    if current:
        cards.append(current)
    return cards


def _is_card_summary(d: Draft) -> bool:
    return is_prose(d) and d.chars <= MAX_UNLABELED_SUMMARY_CHARS


def _unlabeled_cards(run: list[Draft]) -> list[list[Draft]]:
    """Cards in a run of blocks no label opens: each a headline followed by its summary or meta lines."""
    cards: list[list[Draft]] = []
    for d in run:
        if _opens_bare_card(d):
            cards.append([d])
        elif cards and len(cards[-1]) <= MAX_META_LINES and (
                d.is_meta_like or (_is_card_summary(d) and not any(_is_card_summary(b) for b in cards[-1]))):
            cards[-1].append(d)
        else:
            break
    return cards


def group_unlabeled_teasers(drafts: list[Draft], ctx: Context) -> None:
    """Teaser lists with no label: at least MIN_UNLABELED_CARDS headlines in a row outside the article,
    each followed by its own short summary or byline/date line ("Headline" / "By Staff" / "11/20/2019").
    The summary or meta line under every headline is what sets such a list apart from a menu.
    """
    j = 0  # the first block not yet looked at
    for i in [k for k, d in enumerate(drafts) if d.is_headline_like and d.role is Roles.OTHER and _opens_bare_card(d)]:
        if i < j:
            continue  # inside the list found above
        j = i
        while j < len(drafts) and drafts[j].role is Roles.OTHER and (
                drafts[j].is_meta_like or _opens_bare_card(drafts[j]) or _is_card_summary(drafts[j])):
            j += 1
        cards = _unlabeled_cards(drafts[i:j])
        complete = [c for c in cards if len(c) > 1]
        if len(cards) >= MIN_UNLABELED_CARDS and len(complete) >= MIN_UNLABELED_SHARE * len(cards):
            for blocks in cards:
                _label_card(blocks, ctx.new_card(), None)
            j = max(j, cards[-1][-1].index + 1)
        j = max(j, i + 1)


def _opens_bare_card(d: Draft) -> bool:
    """A bare card's headline: headline-like and long enough not to be a menu item; never a table of several
    rows (an infobox's cells can read like a headline, and its lines like a card's; a one-row layout table
    around a headline is a card's markup), never an entry of a dump's nested list (a menu tree's)."""
    return d.is_headline_like and d.words >= MIN_BARE_TITLE_WORDS and not d.nested \
        and (d.kind is not Kinds.TABLE or "\n" not in d.text) and not _keyword_string(d) \
        and _has_title_words(d)


def _has_title_words(d: Draft) -> bool:
    """At least MIN_BARE_TITLE_WORDS words with a letter or a digit: a symbol between two words is none ("Arts
    Stories & Interviews" is an item of a menu)."""
    symbols = 0
    for w in d.text.split()[1:-1]:  # (lynx's rule, "____", may end a headline's block)
        if not w.isalnum() and not any(c.isalnum() for c in w):  # (most words: ``isalnum``, no generator)
            symbols += 1
    return symbols <= d.words - MIN_BARE_TITLE_WORDS


def _keywords_over_headline(drafts: list[Draft], j: int) -> bool:
    """``drafts[j]`` is a picture's keywords right over a box's headline: that card's, no end of the box."""
    return _keyword_string(drafts[j]) and j + 1 < len(drafts) and _opens_inline_card(drafts[j + 1])


def _keyword_string(d: Draft) -> bool:
    """A line as long as a bare card's headline that opens with a small letter and holds no capital: a picture's
    keywords ("uk weather map polar vortex snow"), no headline. A headline opens with a capital or a digit ("10
    great gifts for …"), and a brand's small letter ("iPhone", "eBay") comes with a capital."""
    return d.words >= MIN_BARE_TITLE_WORDS and d.text[:1].islower() and d.text.lower() == d.text


def _opens_inline_card(d: Draft) -> bool:
    """A headline of an inline box: a bare card's headline, and in HTML one that links somewhere (the
    notes under a story, "More information: <reference>", "Provided by <source>", are not links)."""
    return _opens_bare_card(d) and (d.dom is None or d.dom.href is not None)


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


#: A text browser draws a form's text field with underscores (lynx) or as an empty box (w3m).
_UNDERSCORED_FIELD, _BOXED_FIELD = "___", "[    "


def holds_form_field(text: str) -> bool:
    """The line holds a form's text field: the lines around it are a form's (a newsletter sign-up, a search box, a
    weather widget's place picker), not a card or a list of stories (``rules.records``, ``rules.headline_lists``
    read it too)."""
    return _UNDERSCORED_FIELD in text or _BOXED_FIELD in text


def _fills_in(text: str) -> bool:
    """The text holds a form's field with words after it ("Search for: ____ Search", "____ Name (required)") or a
    w3m box ("Leave this field empty [    ]"): a form (a comment form, a newsletter's sign-up), which ends a zone of
    cards. Underscores that end the text are lynx's rule (``<hr>``) under a headline, whose line a dump's block
    joins to the headline's."""
    return _BOXED_FIELD in text or _UNDERSCORED_FIELD in text.rstrip("_ \t\n")


#: "Read more: <headline>", "READ NEXT<tab><headline>", "Related | <headline>".
_INLINE_SEPARATOR = timed(regex.compile(r"(?<!\s)\s*+[:|»›]\s*|\t+|(?<!\s)\s++[–—]\s+"), "teasers.inline-separator")


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
    while k < len(drafts) and is_prose(drafts[k]) and chars < MIN_RESUMING_PROSE_CHARS:
        chars += drafts[k].chars
        k += 1
    return chars


def _names_a_card(d: Draft) -> bool:
    """A short line under a box headline: its authors ("Jo Doe, Ann Roe"), a category, a date."""
    return d.role is Roles.OTHER and d.words <= MAX_CARD_NAME_WORDS and not d.ends_sentence


def _past_chrome(drafts: list[Draft], j: int) -> int:
    """The first block from ``j`` past at most MAX_CHROME_RUN short chrome blocks in a row (``j`` when more
    follow: a footer, not a break in the story). A notice's paragraph stays where it is."""
    k = j
    while k < len(drafts) and _short_chrome(drafts[k]) and k - j < MAX_CHROME_RUN:
        k += 1
    return j if k < len(drafts) and _short_chrome(drafts[k]) else k


def _short_chrome(d: Draft) -> bool:
    return d.role is Roles.CHROME and not is_prose(d)


def _card_picture(d: Draft) -> bool:
    """A text browser's marker of a card's picture or list bullet in a box ("[27yahoo-sale]", a lone "*":
    ``features``' chrome.image and chrome.symbols)."""
    return d.dom is None and d.chrome_rule in _CARD_MARKER_RULES


_CARD_MARKER_RULES = frozenset({"chrome.image", "chrome.symbols"})


def _marks_a_card(d: Draft) -> bool:
    """A text browser's picture marker ("[27harbour]") or list bullet ("*") over a zone's first card: that card's,
    not a line the zone skips before its cards (a carousel's arrows, "‹" "›", are no card's)."""
    return _card_picture(d) and (d.chrome_rule == "chrome.image" or d.text.strip() in _BULLETS)


#: The bullets text browsers print before a list item.
_BULLETS = frozenset("*•·+-–o")


def _prose_before(drafts: list[Draft], label: int) -> bool:
    """The nearest block above ``label`` that is not chrome is a paragraph."""
    for d in reversed(drafts[max(0, label - PROSE_LOOKBACK):label]):
        if d.role is not Roles.CHROME:
            return is_prose(d)
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
                    or (interrupts and _card_picture(drafts[j])) or _keywords_over_headline(drafts, j)
                    or (headlines and _names_a_card(drafts[j]))):
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
                if _card_picture(h):
                    continue  # stays chrome
                if _keyword_string(h) and not h.is_meta_like:
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
        elif d.dom is None and d.role is Roles.OTHER and (title := _arrowed_title(d, ctx)) is not None:
            d.inline, d.teaser_title = True, title
            d.card, d.part = ctx.new_card(), Parts.TITLE
            d.decide(Roles.TEASER, "teaser.inline", "post navigation")


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


def _cards_found_under(drafts: list[Draft], label: int, end: int) -> bool:
    """The label's first cards are found already (``rules.records`` took the run of records under it), and no card
    of its own follows them within MAX_SKIPPED_LINES lines (a form's "Name" field, a footer's links come next): the
    label has no zone left."""
    rest = [d for d in drafts[label + 1:end] if d.role is not Roles.CHROME]
    if not rest or rest[0].role is not Roles.TEASER:
        return False
    after = [d for d in rest if d.role is not Roles.TEASER][:MAX_SKIPPED_LINES + 1]
    # what follows a line opening the comments ("User comments", then its form) is theirs, not the label's
    after = after[:next((i for i, d in enumerate(after) if d.opens_comments), len(after))]
    return not any(_opens_bare_card(d) for d in after)


def group_teasers(drafts: list[Draft], ctx: Context) -> None:
    """Cards in every zone a section label opens (outside the article, or inline inside it)."""
    for label in [d.index for d in drafts if d.verdict.fact is Facts.SECTION_LABEL and not d.inline]:
        end = _zone_end(drafts, label, ctx)
        if _cards_found_under(drafts, label, end):
            continue
        zone = [d for d in drafts[label + 1:end] if d.role is not Roles.TEASER]
        if ctx.title_index is not None:
            zone = [d for d in zone if d.index != ctx.title_index]
        if not zone:
            continue
        section = drafts[label].text.strip()
        first_toggle = next((i for i, d in enumerate(zone) if d.is_toggle), None)
        toggled = first_toggle is not None and first_toggle < MAX_TOGGLED_CARD_BLOCKS \
            and not _tells_several_stories(zone[:first_toggle])
        after_found = frozenset(d.index for d in zone if drafts[d.index - 1].role is Roles.TEASER)
        cards = _toggled_cards(zone) if toggled else _bare_cards(zone, after_found)
        for blocks in cards:
            if not any(b.is_headline_like or b.words <= MAX_HEADLINE_WORDS for b in blocks):
                continue
            _label_card(blocks, ctx.new_card(), section)
