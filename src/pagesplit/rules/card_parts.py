"""The parts of one teaser card, once its blocks are known: meta lines above the headline, the headline, its
caption and credit, the headline shown again, summary and meta lines.

``label_zones`` and ``unlabeled_cards`` find the blocks; ``label_card`` names each block's part and decides it a
teaser (``teaser.title``, ``teaser.repeat``, ``teaser.caption``, ``teaser.credit``, ``teaser.summary``,
``teaser.meta``).
"""

from __future__ import annotations

from pagesplit.draft import Draft, Facts
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Parts, Roles
from pagesplit.model import TeaserPart

#: The repeated headline of a card shares at least this share of the shorter headline's words.
SAME_STORY_OVERLAP = 0.5
#: A card's photo credit is at most this many words ("Amazon.UK", "Getty Images").
MAX_CREDIT_WORDS = 4
#: Meta lines of a card (date, author, read time) are at most this many words.
MAX_META_WORDS = 6


def label_card(blocks: list[Draft], card_id: int, section: str | None) -> None:
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
        overlap = headline_overlap(title, d)
        if overlap >= best_overlap:
            best, best_overlap = i, overlap
    return best


def _tokens(text: str) -> set[str]:
    return {w for w in normalize(text).split() if len(w) > 2}


def headline_overlap(a: Draft, b: Draft) -> float:
    """Share of the shorter headline's words found in the other one."""
    ta, tb = _tokens(a.text), _tokens(b.text)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))
