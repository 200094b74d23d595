"""Records of a run of DOM cards whose headline is too short to read as one take their title from the run's
title slot (``claim_aligned_records``, a pass of ``dom_cards``), as record miners align the fields of a run's
records."""

from __future__ import annotations

from collections import Counter

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.lexicon.dom_tokens import load_tokens
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Kinds, Parts, Roles
from pagesplit.rules.dom_card_claim import MAX_CARD_LINKS, SIBLING_INDEX, claim_card, held, may_title, shown_titles
from pagesplit.rules.title import MAX_TITLE_WORDS

#: A block takes its title from its run's slot (``claim_aligned_records``) beside at least this many card titles
#: in that slot: two records agree on where a run keeps its headlines, as two cards make a run (``MIN_CARDS``).
MIN_ALIGNED_TITLES = 2
#: ... when it has at least this many words: a one-word link beside headlines is a topic of a site map ("Radon").
#: Dev: the short teaser titles so found run two words or more ("Pandemia trwa").
MIN_ALIGNED_TITLE_WORDS = 2
#: ... and no landmark alone ruled it chrome (these verdicts): short links in a footer or a nav are its entries.
#: (``dom_boxes``: a summarized story box in a menu or side column overrules them.)
LANDMARK_FACTS = (Facts.CHROME_LANDMARK, Facts.PAGE_HEADER)


def _record_keys(path: str) -> list[tuple[str, int]]:
    """The keys of the runs a block may sit in: for each indexed segment of its path (``li[3]``), the path with
    that index blanked (``…/ul/li[*]/a``), and where the segment ends in the path. Two blocks sharing a key sit in
    the same slot of two sibling records of one container (the segment is the record element)."""
    keys = []
    for match in SIBLING_INDEX.finditer(path):
        at = match.end()
        keys.append((f"{path[:match.start()]}[*]{path[at:]}", at))
    return keys


def claim_aligned_records(drafts: list[Draft], ctx: Context) -> set[int]:
    """Records of a run whose headline is too short to read as one (a word or two, a cut headline of a script
    without spaces) take their title from the run's title slot.

    A block linking a story page in the slot where MIN_ALIGNED_TITLES or more DOM card titles sit (its path is
    theirs but for the index of one element, its record's: ``.../article[3]/h5`` beside ``.../article[2]/h5``
    and ``.../article[4]/h5``) is the headline of a sibling record of the same shape, as record miners align the
    fields of a run's records. Its record (the blocks under that element) becomes a card of the run's section,
    taking them from a text-shape card (returned, as ``claim_card`` does) but never from another DOM card.
    """
    titles = [d for d in drafts if d.role is Roles.TEASER and d.part is Parts.TITLE
              and d.verdict.fact is Facts.MARKUP_CARD and d.dom is not None]
    if len(titles) < MIN_ALIGNED_TITLES:
        return set()
    slots: Counter[str] = Counter()
    section_of: dict[str, str | None] = {}
    seen = shown_titles(drafts)
    paths = set()  # titles at one path count once: records set inline share their parent's path, not a slot
    for d in titles:
        assert d.dom is not None
        if d.dom.path in paths:
            continue
        paths.add(d.dom.path)
        for key, _ in _record_keys(d.dom.path):
            slots[key] += 1
            section_of.setdefault(key, d.section)
    menu_tokens = load_tokens("menu_tokens")
    robbed: set[int] = set()
    for d in drafts:
        dom = d.dom
        if dom is None or not dom.href or held(d) or d.role is Roles.ARTICLE or d.kind is Kinds.HIDDEN \
                or not MIN_ALIGNED_TITLE_WORDS <= d.words <= MAX_TITLE_WORDS or d.verdict.fact in LANDMARK_FACTS:
            continue
        # the slot first: most blocks sit in none, and ``may_title`` reads the block's link and text
        found = next(((key, end) for key, end in _record_keys(dom.path) if slots[key] >= MIN_ALIGNED_TITLES), None)
        if found is None or not may_title(d, menu_tokens, False):
            continue
        title_key = normalize(d.text)
        if title_key in seen:
            continue  # a carousel's clone of a card already taken
        key, end = found
        record = _record_blocks(drafts, d, dom.path[:end])
        if record is None:
            continue  # its record has its title: this block is the record's summary, linked as its headline is
        if len({b.dom.href for b in record if b.dom is not None and b.dom.href}) > MAX_CARD_LINKS:
            continue
        seen.add(title_key)
        robbed |= claim_card(record, d, ctx.new_card(), section_of.get(key))
    return robbed


def _record_blocks(drafts: list[Draft], title: Draft, record: str) -> list[Draft] | None:
    """The blocks around ``title`` under the record element at path ``record`` (that no card holds yet); None when
    a card's title is one of them (the record is titled)."""
    def inside(d: Draft) -> bool:
        return d.dom is not None and (d.dom.path == record or d.dom.path.startswith(record + "/"))
    first = last = title.index
    while first > 0 and inside(drafts[first - 1]):
        first -= 1
    while last + 1 < len(drafts) and inside(drafts[last + 1]):
        last += 1
    blocks = drafts[first:last + 1]
    if any(d.role is Roles.TEASER and d.part is Parts.TITLE for d in blocks):
        return None
    return [d for d in blocks if d is title or not held(d)]
