"""Reading a text dump's shape symbols as records: the corrections ``rules.records`` makes before it looks for
runs, where a block's own shape misreads its place in a card.

- ``without_repeats``: a card printing its headline (and kicker) twice is one record;
- ``headlines_over_ledes``: a headline that asks over its summary, or over a lede cut short, heads its card;
- ``short_headlines``: a short line followed by the parts every card has takes the headline's place;
- ``claim_repeats``: once the runs are claimed, a line printed again joins the card above it.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from pagesplit.draft import Draft
from pagesplit.features import MIN_HEADLINE_WORDS, TRAILING_CLOSERS
from pagesplit.members import Parts, Roles
from pagesplit.rules.record_symbols import EVIDENCE, HEADLINE, KICKER, MAX_PERIOD, MIN_RECORD_TITLE_WORDS, SUMMARY


def without_repeats(shaped: list[tuple[str, Draft]]) -> tuple[list[tuple[str, Draft]], list[Draft]]:
    """The shaped blocks without a card's headline (and kicker) printed again, and those left out.

    A card often prints its headline twice, once as its picture's link and once as its own ("Company Town" /
    headline / "Company Town" / headline / lede), or once with its kicker glued on ("… Altima FEATURES" /
    "… Altima" / date). A headline or kicker line that repeats one of the REPEAT_REACH blocks right above it
    (the same text, or for a headline the same text with more after it) is left out of the record's shape
    when a part of a card (a summary, a date, a picture) comes next; a menu printed twice, with no part
    after it, keeps its repeats (``tells_stories`` turns it down for them).
    """
    # written out, no generator or call per pair: this runs for every shaped block of every dump (callgrind)
    again = [False] * len(shaped)
    for k, (symbol, d) in enumerate(shaped):
        if symbol not in _REPEATED:
            continue
        text, index = d.text, d.index
        for j in range(max(0, k - REPEAT_REACH), k):
            before_symbol, before = shaped[j]
            if index - before.index > REPEAT_REACH:
                continue  # a repeat is right under what it repeats
            said = before.text
            # the same text, or for a headline under a headline, the same text with more after it
            if text == said or (symbol == before_symbol == HEADLINE
                                and (text.startswith(said) or said.startswith(text))):
                again[k] = True
                break
    if True not in again:
        return shaped, []  # most pages: no line printed twice
    kept: list[tuple[str, Draft]] = []
    left: list[Draft] = []
    for k, (symbol, d) in enumerate(shaped):
        after = next((shaped[j][0] for j in range(k + 1, len(shaped)) if not again[j]), "") if again[k] else ""
        if after in EVIDENCE:
            left.append(d)
        else:
            kept.append((symbol, d))
    return kept, left


#: A repeat is one of this many blocks right above it (a headline again under its kicker again: two).
REPEAT_REACH = 2
#: The blocks a card prints twice: its headline, its kicker.
_REPEATED = frozenset((HEADLINE, KICKER))


#: A short line takes the headline's place only in records of at least this many blocks: the parts it must be
#: followed by are then two or more, a pattern a story's text broken into lines (a bs4 dump's) does not repeat.
MIN_SHORT_HEADED_PERIOD = 3


def short_headlines(shaped: list[tuple[str, Draft]]) -> list[tuple[str, Draft]]:
    """A card whose headline is short ("Pandemic goes on", two words) reads as a kicker line. It is the card's
    headline when the parts under it repeat, in order, the parts under the headline one record above (date,
    author, section under each), those parts include a card's part (summary, date, picture), and its text is
    the page's only such line (a section kicker, "AUTO NEWS", comes back on every card)."""
    symbols = "".join(s for s, _ in shaped)
    out = list(shaped)
    seen = Counter(d.text for s, d in shaped if s == KICKER)
    for k, (symbol, d) in enumerate(shaped):
        if symbol != KICKER or d.words < MIN_HEADLINE_WORDS or seen[d.text] > 1:
            continue
        for p in range(MIN_SHORT_HEADED_PERIOD, MAX_PERIOD + 1):
            parts = symbols[k + 1:k + p]
            if k - p >= 0 and symbols[k - p] == HEADLINE and len(parts) == p - 1 \
                    and symbols[k - p + 1:k] == parts and EVIDENCE.intersection(parts):
                out[k] = (HEADLINE, d)
                break
    return out


def claim_repeats(left: list[Draft], drafts: list[Draft]) -> None:
    """A headline or kicker printed again goes to the card of the block right above it, when that is a card's."""
    for d in left:
        above = next((e for e in reversed(drafts[max(0, d.index - REPEAT_REACH):d.index])
                      if e.role is Roles.TEASER and e.card is not None), None)
        if above is None:
            continue
        d.card = above.card
        if d.is_headline_like and d.words >= MIN_RECORD_TITLE_WORDS:
            d.part = Parts.REPEAT
            d.decide(Roles.TEASER, "teaser.repeat")
        else:
            d.part = Parts.META
            d.decide(Roles.TEASER, "teaser.meta")


def headlines_over_ledes(shaped: list[tuple[str, Draft]]) -> list[tuple[str, Draft]]:
    """A card's headline over its lede, where ``shape`` misreads one of them:

    - a headline that asks ("Who pays for the new bridge?") ends a sentence, and ``shape`` calls it a summary;
      over a longer summary of its own it is its card's headline;
    - a lede cut short with no final stop ("… the second location opened in") is headline-shaped; at least
      LEDE_RATIO times as long as the headline (or the asking or cut headline: "Prices climb again...")
      right above it, it is that card's summary. Three or more headlines in a row are a list of bare
      headlines and keep their shape.
    """
    out = list(shaped)
    symbols = "".join(s for s, _ in shaped)
    for k, ((symbol, d), (after, lede)) in enumerate(pairwise(shaped)):
        if not d.is_headline_like or symbol not in _CARD_TEXT or after not in _CARD_TEXT:
            continue
        tail = d.text.rstrip().rstrip(TRAILING_CLOSERS)
        asks, cut = tail[-1:] in _QUESTION_MARKS, tail.endswith(_ELLIPSES)
        if symbol == SUMMARY and not (asks or cut):
            continue  # a sentence
        if after == SUMMARY and asks and lede.chars > d.chars:
            out[k] = (HEADLINE, d)
        elif lede.chars >= LEDE_RATIO * d.chars and not _in_headline_list(symbols, k):
            out[k], out[k + 1] = (HEADLINE, d), (SUMMARY, lede)
    return out


def _in_headline_list(symbols: str, k: int) -> bool:
    """The headline at ``k`` and the one after it are two of three or more in a row."""
    return symbols.startswith(HEADLINE * 3, max(0, k - 1)) or symbols.startswith(HEADLINE * 3, k)


#: The blocks a headline / lede pair is read from: headline- or summary-shaped.
_CARD_TEXT = frozenset((HEADLINE, SUMMARY))
#: A cut lede is at least this many times as long as its headline, in characters. Dev dumps read: card ledes
#: cut short run two to four times their headline; a second headline of a list is rarely twice the first
#: (1.3, ``card_pairs.PAIR_LENGTH_RATIO``, took such pairs too).
LEDE_RATIO = 2.0
#: A question mark ends a headline; an exclamation ends a photo caption or a story's sentence as often ("The
#: crowds came!"). Dev dumps read, all four styles.
_QUESTION_MARKS = frozenset("?？")
#: An ellipsis cuts a headline short ("Prices climb again..."); a comment's excerpt too, but that is longer
#: than the headline under it, never half as long.
_ELLIPSES = ("..", "…")
