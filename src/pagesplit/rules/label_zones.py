"""Pipeline stage: teaser cards in the zones that section labels open.

A zone starts after a section label ("More For You", "Related") and holds cards. Two card shapes
reach us, and both appear in the user's example:

- *toggled* cards, closed by a read-more control: headline, caption, credit, the headline again,
  summary paragraphs, "Keep ReadingShow less";
- *bare* cards: a headline, optionally a short summary and a meta line, then the next headline.

A zone ends at the next label, at the article, at a long paragraph that belongs to no card, or
at a run of chrome. A label that opens no card stays a plain chrome label. What a card's line looks like is
``card_shapes``; the parts of each card found are named by ``card_parts``.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_HEADLINE_WORDS
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Kinds, Roles
from pagesplit.rules.card_pairs import is_longer_summary
from pagesplit.rules.card_parts import SAME_STORY_OVERLAP, headline_overlap, label_card
from pagesplit.rules.card_shapes import (
    MIN_BARE_TITLE_WORDS,
    keyword_string,
    marks_a_card,
    names_a_card,
    opens_bare_card,
)
from pagesplit.rules.form_fields import fills_in
from pagesplit.rules.record_symbols import MAX_PERIOD, MIN_RECORDS

#: A toggled card is at most this many blocks long (headline, caption, credit, repeat, summaries).
MAX_TOGGLED_CARD_BLOCKS = 16
#: A bare card's summary: at most this many blocks, each at most this long.
MAX_SUMMARY_BLOCKS = 2
MAX_SUMMARY_CHARS = 450
#: Chrome blocks in a row that end a zone (a footer after the last card).
MAX_CHROME_RUN = 2
#: Headline / summary pairs (``card_pairs``): the first lines of a zone looked at, how many pairs at least,
#: and in what share of the pairs the summary is the longer line.
MAX_PAIRING_LINES = 12
MIN_PAIRS = 2
MIN_PAIRED_SHARE = 0.75
#: Lines before a zone's first card: a sub-label or a category line ("Nation" under "Top stories in Nation"),
#: chrome ("Advertisement"). More, and the label is an item of a menu, which opens no zone.
MAX_SKIPPED_LINES = 2


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


def _tells_several_stories(blocks: list[Draft]) -> bool:
    """The blocks before a zone's first toggle hold the headlines of MIN_RECORDS stories or more (a headline and
    its repeat tell one): they are a list of cards, and the toggle after them is another box's ("Play Video"),
    not the read-more control closing one card."""
    heads = [d for d in blocks if opens_bare_card(d) and not d.is_caption_like]
    stories: list[Draft] = []
    for d in heads:
        if all(headline_overlap(d, other) < SAME_STORY_OVERLAP for other in stories):
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
    heads = "".join("H" if opens_bare_card(d) else "x" for d in lines)
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
        if fills_in(d.text):
            break  # a form after the cards (a comment form's "Name ____", a newsletter's sign-up): no card's line
        if not current and not opens_bare_card(d) and not marks_a_card(d) and not (resumed and d.is_meta_like):
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
        if keyword_string(d):
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
        elif deked and current and names_a_card(d):
            current.append(d)  # an author or a section line of a card headed by a dek: no summary
        elif opens_bare_card(d):
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
    return not any(opens_bare_card(d) for d in after)


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
            label_card(blocks, ctx.new_card(), section)
