"""Runs of records in a string of shape symbols: a unit of two to six symbols holding exactly one headline that
repeats at least three times in a row, each repetition allowed to miss one optional part, or four or more bare
headlines in a row; and a run cut into its records. Symbols only: whether a run's records are cards is
``rules.records``' question."""

from __future__ import annotations

from functools import cache

from pagesplit.draft import Draft
from pagesplit.rules.record_symbols import (
    BARRIER,
    EVIDENCE,
    HEADLINE,
    KICKED,
    MAX_PERIOD,
    META,
    MIN_LIST_TITLES,
    MIN_PERIOD,
    MIN_RECORDS,
    PROSE,
    SUMMARY,
    TOGGLE,
)

#: Symbols no record holds.
_STOPS = frozenset((BARRIER, PROSE))
#: Symbols no record starts with: a summary, a read-more toggle (it closes a card).
_NO_START = _STOPS | {SUMMARY, TOGGLE}
#: A run's records, at least this share of them complete (the others miss one optional part).
MIN_COMPLETE_SHARE = 0.5
#: How far a run of MIN_RECORDS records of the longest period reaches.
_REACH = MAX_PERIOD * MIN_RECORDS


@cache  # units are short strings over five symbols: a few hundred distinct ones in all
def _variants(unit: str) -> tuple[str, ...]:
    """The unit, then the unit missing each part that is not its headline: the records a run may hold."""
    return (unit, *(unit[:k] + unit[k + 1:] for k in range(len(unit)) if unit[k] != HEADLINE))


@cache  # units are short strings over a few symbols: a few hundred distinct ones in all
def _unit_variants(unit: str) -> tuple[str, ...]:
    """The records a run repeating ``unit`` may hold (``_variants``), or none when no run repeats it: a unit
    holds one headline, one part a card has and a menu has not, at most one summary, not first, and no block
    no record holds; or it is a kicker over a headline (``KICKED``), every record whole."""
    if unit == KICKED:
        return (unit,)  # its only part is its kicker: a record without it is a bare headline
    if unit.count(HEADLINE) != 1 or not _STOPS.isdisjoint(unit) or not EVIDENCE.intersection(unit) \
            or unit.count(SUMMARY) > 1 or unit.count(TOGGLE) > 1 or unit[0] in _NO_START:
        return ()  # a headline over two paragraphs, or a paragraph first, is a sub-headed story's section
    return _variants(unit)


def _match(symbols: str, at: int, variants: tuple[str, ...]) -> int:
    """How many symbols from ``at`` one record takes: the whole unit (``variants[0]``), or the unit missing one
    part that is not its headline; 0 when none matches."""
    for variant in variants:
        if symbols.startswith(variant, at):
            return len(variant)
    return 0


def _trim(symbols: str, unit: str, ends: list[tuple[int, bool]]) -> None:
    """Drop the records a run only seems to end with: one missing a part (the story's own headline under a
    carousel of headline + lede cards would pass for one), and one whose summary the next paragraph goes on
    from (the story's headline and first paragraph under the carousel: a card's lede stands alone), or a kicker +
    headline record followed by a byline, a date or a paragraph (the story's own section kicker and headline). A run
    that ends on one record missing its part keeps it when the list goes on past it (``_list_goes_on``): the story's
    headline does not."""
    dropped = []
    while ends and not ends[-1][1]:
        dropped.append(ends.pop())
    if len(dropped) == 1 and ends and _list_goes_on(symbols, dropped[0][0]):
        ends.append(dropped[0])
    after = symbols[ends[-1][0]:ends[-1][0] + 1] if ends else ""
    if (SUMMARY in unit and after in (SUMMARY, PROSE)) or (unit == KICKED and after in _OPENS_A_STORY):
        ends.pop()
        while ends and not ends[-1][1]:
            ends.pop()


#: What follows a story's own headline (under its section's kicker): its byline or date, its first paragraph.
_OPENS_A_STORY = frozenset((META, SUMMARY, PROSE))


def _list_goes_on(symbols: str, at: int) -> bool:
    """Another headline comes after ``at`` before any summary, paragraph or block no record holds: the box's entries
    go on (a guide's last cards printed as bare titles, kickers between them). The story's own headline under a
    carousel is followed by its byline and its first paragraph, before any other headline."""
    for symbol in symbols[at:at + _REACH]:
        if symbol == HEADLINE:
            return True
        if symbol in _ENDS_A_LIST:
            return False
    return False


#: Symbols after which no entry of a list comes: a summary, a paragraph, a toggle, a block no record holds.
_ENDS_A_LIST = frozenset((SUMMARY, PROSE, TOGGLE, BARRIER))


def _closed_by_toggle(symbols: str, at: int) -> bool:
    """A read-more toggle comes after ``at`` before any headline: what stands before it is one card's."""
    toggle, headline = symbols.find(TOGGLE, at), symbols.find(HEADLINE, at)
    return toggle >= 0 and (headline < 0 or toggle < headline)


def _run_at(symbols: str, at: int) -> tuple[int, int, int]:
    """(blocks covered, period, records) of the best run starting at ``at``; (0, 0, 0) when none."""
    best = (0, 0, 0)
    if symbols.startswith(HEADLINE * MIN_LIST_TITLES, at):  # a list of bare headlines: a record of one block
        end = at + MIN_LIST_TITLES
        while symbols.startswith(HEADLINE, end):
            end += 1
        if not _closed_by_toggle(symbols, end):  # a list inside a toggled card's summary is the card's
            best = (end - at, 1, end - at)
    for p in range(MIN_PERIOD, MAX_PERIOD + 1):
        unit = symbols[at:at + p]
        if len(unit) < p or not (variants := _unit_variants(unit)):
            continue
        ends: list[tuple[int, bool]] = []  # where each record ends, and whether it is complete
        j = at
        while (taken := _match(symbols, j, variants)) > 0:
            j += taken
            ends.append((j, taken == p))
        _trim(symbols, unit, ends)
        j = ends[-1][0] if ends else at
        records, complete = len(ends), sum(whole for _, whole in ends)
        least = MIN_LIST_TITLES if unit == KICKED else MIN_RECORDS
        if (complete >= least or records > least) and complete >= MIN_COMPLETE_SHARE * records \
                and j - at > best[0]:
            best = (j - at, p, records)
    return best


def find_runs(symbols: str, at: int = 0,
              tried: dict[int, tuple[int, int, int]] | None = None) -> list[tuple[int, int, int]]:
    """(start, end exclusive, period) of every run of records in a string of shape symbols from ``at`` on, left to
    right, the longest at each place.

    A record holds a headline within its first MAX_PERIOD symbols, so only the places up to that far before
    a headline can start a run: they are tried in order from each headline, and the rest of the string is
    never walked symbol by symbol (a page has a few hundred blocks and a few dozen headlines).

    ``tried``: the best run found at each place so far in the same ``symbols``, filled in here. A caller that looks
    for runs again from a later place (``rules.records.group_record_cards``, after turning a run down) passes the
    same dict: a third of the places it tries again were tried before (dev sh innerText dumps: 1,612 of 4,707).
    """
    runs: list[tuple[int, int, int]] = []
    # ``at``: the first place not tried yet
    head = symbols.find(HEADLINE, at)
    while head >= 0:
        first = head - MAX_PERIOD + 1
        # a conditional expression, not ``max``: a builtin call per headline (see ``record_reading.without_repeats``)
        for start in range(first if first > at else at, head + 1):
            # a record never starts with a summary (see ``_run_at``), nor with a block no record holds
            if symbols[start] in _NO_START or symbols.count(HEADLINE, start, start + _REACH) < MIN_RECORDS:
                continue
            best = tried.get(start) if tried is not None else None
            if best is None:
                best = _run_at(symbols, start)
                if tried is not None:
                    tried[start] = best
            covered, period, _ = best
            if covered:
                runs.append((start, start + covered, period))
                at = start + covered
                break
        else:
            at = head + 1
        head = symbols.find(HEADLINE, max(at, head + 1))
    return runs


def cut_records(shaped: list[tuple[str, Draft]], symbols: str, start: int, end: int,
             period: int) -> list[list[tuple[str, Draft]]]:
    """The run cut into records, each holding one headline, by the unit the run repeats."""
    variants = _variants(symbols[start:start + period])
    records, j = [], start
    while j < end:
        taken = _match(symbols, j, variants)
        records.append(shaped[j:j + taken])
        j += taken
    return records
