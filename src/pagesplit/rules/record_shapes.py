"""The shape symbol each block of a text dump is read as (``rules.record_symbols``: a headline, a kicker or name
line, a date or byline, a caption or credit, a short summary, a block no record holds), and the symbols a page's
blocks read as once ``rules.record_reading`` has corrected them: what ``rules.records`` looks for runs in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from operator import itemgetter

import regex

from pagesplit import lexicon
from pagesplit.dates import date_line
from pagesplit.draft import Draft
from pagesplit.lexicon.char_classes import has_digit
from pagesplit.members import Kinds, Roles
from pagesplit.rules.block_scores import opener_key
from pagesplit.rules.card_parts import MAX_META_WORDS
from pagesplit.rules.form_fields import holds_form_field
from pagesplit.rules.record_reading import (
    asking_headlines,
    cut_headlines,
    headlines_over_ledes,
    leading_rank,
    listed_headlines,
    ranks,
    short_headlines,
    without_byline_names,
    without_repeats,
)
from pagesplit.rules.record_symbols import (
    BARRIER,
    HEADLINE,
    KICKER,
    META,
    MIN_RECORD_TITLE_WORDS,
    MIN_RECORDS,
    PICTURE,
    PROSE,
    SUMMARY,
    TOGGLE,
)
from pagesplit.timed_match import timed

#: Text browsers print the cells of a layout table side by side, apart by a run of spaces; a line holding
#: one is no card's part (prose and headlines hold single spaces, a wrapped line is joined with one).
_COLUMN_GAP = "   "
#: A card's kicker, author or category line is at most this many words and ends no sentence.
MAX_KICKER_WORDS = 3
#: A card's summary (lede) is at most this long: one or two sentences or a lede cut with "…"; a story's
#: paragraphs run longer, and a longer block ends the run. Set from the card ledes read in dev dumps. Swept in
#: session 24 (innerText): 350 costs one tf:a page (-0.0026), 600 moves no gold figure.
MAX_LEDE_CHARS = 450


def shape(d: Draft) -> str:
    """The block's shape symbol (see the module docstring)."""
    if d.is_toggle:
        return TOGGLE
    if d.role is not Roles.OTHER:
        if d.role is Roles.CHROME and d.opens_comments and d.is_meta_like:
            return META  # a card's comment count ("8 comments": a count line; "Comments" opens the comments)
        if d.role is Roles.CHROME and not d.is_section_label and not d.opens_comments:
            return ""  # a share button or an image marker inside a card: no part of the record's shape
        return BARRIER
    if d.chars > MAX_LEDE_CHARS:
        return BARRIER if d.opens_comments else PROSE  # too long for any part of a card (and not scanned)
    if d.kind is Kinds.TABLE:
        return BARRIER  # a table's row
    symbol = _TEXT_SHAPES.get(d.text)
    if symbol is None:
        if len(_TEXT_SHAPES) >= TEXT_SHAPES_SIZE:
            _TEXT_SHAPES.clear()
        symbol = _TEXT_SHAPES[d.text] = _text_shape(d)
    if d.nested and symbol == HEADLINE:
        return KICKER  # an entry of a dump's nested list (a menu tree's, a card's picture line) heads no record
    return symbol


#: The shape symbols of undecided blocks up to MAX_LEDE_CHARS long, by text: what ``_text_shape`` reads are
#: features of the text alone (``features.compute``, one lexicon per process). Lines repeat within a page
#: (``rules.headline_lists`` asks again after the article is selected) and across a site's pages (menus,
#: kickers, labels).
_TEXT_SHAPES: dict[str, str] = {}
#: The cache is emptied when it holds this many texts: a few dozen pages' short lines (features' cache of
#: short features, ``features.SHORT_CACHE_SIZE``, is of the same order), a few hundred kilobytes at most.
TEXT_SHAPES_SIZE = 8192


def _text_shape(d: Draft) -> str:
    """The shape symbol of an undecided block no longer than MAX_LEDE_CHARS that is no table row."""
    text = d.text
    if d.opens_comments or "\t" in text or _COLUMN_GAP in text or holds_form_field(text):
        # two layout columns side by side (printed with gaps between cells), a form's field
        return BARRIER
    if d.is_meta_like or lexicon.load().is_yearless_date_line(text):
        return META  # a date line, a byline; a card's date with no year ("Mar. 4"), which only its place tells
    if d.is_caption_like or d.is_credit_like:
        return PICTURE
    if d.is_headline_like and not d.ends_sentence:
        # a line that ends a sentence is no card's headline: a question over its answer (a Q&A, an FAQ),
        # a step of a how-to ("Click Properties.")
        if _says_again(text):
            return BARRIER  # a menu label printed once per screen size ("Recipes Recipes Recipes")
        if d.words < MIN_RECORD_TITLE_WORDS:
            return KICKER
        # a date line as long as a headline is a card's date: "Posted 4 hours ago" (``features`` reads a relative
        # date as meta only when it opens with its number)
        # (a date line is a card's meta line, at most MAX_META_WORDS long, and holds a number: most headlines are
        # longer or hold none, and are not searched for a date)
        dated = d.words <= MAX_META_WORDS and has_digit(text) \
            and date_line(text, reference=_ANY_TIME) is not None
        return META if dated else HEADLINE
    if d.words <= MAX_KICKER_WORDS and not d.ends_sentence:
        return BARRIER if _says_again(text) else KICKER
    return SUMMARY


#: ``dates.date_line`` reads a relative date ("4 hours ago") only against a reference time; any one tells that
#: a line is a date line.
_ANY_TIME = datetime(2000, 1, 1)


def _says_again(text: str) -> bool:
    """The line is one phrase said two or more times over ("Tips & Tricks Tips & Tricks Tips & Tricks")."""
    head = text[:1]
    if head.isascii() and head.isalnum():
        start = 0  # most lines open with a letter or a digit: no scan
    else:
        first = _FIRST_ALNUM.search(text)
        if first is None:
            return False
        start = first.start()
    if text.find(text[start:start + _SAID_AGAIN_HEAD].rstrip(), start + 1) < 0:
        return False  # most lines: their first letters come only once
    words = text.split()
    while words and not any(c.isalnum() for c in words[0]):
        del words[0]  # a bullet or a star before the label
    n = len(words)
    return n > 1 and any(n % k == 0 and words == words[:k] * (n // k) for k in range(1, n // 2 + 1))


#: ``[\p{L}\p{N}]`` is ``str.isalnum`` (the ``[^\W_]`` of the standard library's ``re``; ``regex``'s ``\w`` also takes
#: combining marks and leaves out ``²``).
_FIRST_ALNUM = timed(regex.compile(r"[\p{L}\p{N}]"), "records.first-alnum")
#: ``_says_again`` first looks for a line's first this many characters a second time.
_SAID_AGAIN_HEAD = 3


def numbered_siblings(drafts: list[Draft], symbols: list[str]) -> list[str]:
    """The items of one numbered list ("1. …", "2. …", "3. …": a text browser prints an ordered list's numbers on its
    items' lines) are one kind of line: where most of MIN_RECORDS or more items in a row, counting up by one, read as
    headlines, one with a headline's words that ends with "!" or "?" (a summary's shape) or holds a year (a date
    line's) is one more headline of the list: the number, a part every item has, tells the list, and a line's own
    shape varies with its last character. (A short item, a kicker's shape, stays one: read as a headline it lowers the
    list's average headline length, ``record_titles.tells_stories``, and lists of short names were lost so.) Items
    are the blocks that have a shape, one list's with no other shaped block between them."""
    out = symbols
    for chain in numbered_chains(drafts, lambda k: bool(symbols[k]),
                                 lambda k, k2: not any(symbols[j] for j in range(k + 1, k2))):
        if 2 * sum(symbols[j] == HEADLINE for j in chain) > len(chain):
            for j in chain:
                if symbols[j] in _MISREAD_ITEMS and drafts[j].is_headline_like:
                    out = out if out is not symbols else list(symbols)
                    out[j] = HEADLINE
    return out


def numbered_chains(drafts: list[Draft], among: Callable[[int], bool], joined: Callable[[int, int], bool]) \
        -> list[list[int]]:
    """The numbered lists of a dump, each its items' indexes: MIN_RECORDS or more items of an ordered list in a row,
    each numbered one more than the one before it ("1. …", "2. …", "3. …"), among the blocks ``among`` takes, and
    each ``joined`` to the one before it (``joined(k, k2)``: what may stand between items ``k`` and ``k2``)."""
    items = [(k, n) for k, d in enumerate(drafts)
             if d.markup is not None and d.markup.ordered and among(k) and (n := item_number(d.text)) is not None]
    chains: list[list[int]] = []
    if len(items) < MIN_RECORDS:
        return chains  # most pages
    chain: list[int] = []
    for (k, n), (k2, n2) in pairwise([*items, (-1, -1)]):
        chain.append(k)
        if n2 == n + 1 and joined(k, k2):
            continue
        if len(chain) >= MIN_RECORDS:
            chains.append(chain)
        chain = []
    return chains


def item_number(text: str) -> int | None:
    """The number a numbered item's line opens with ("12. Title", "3) Title"), or None (``leading_rank``, marked as a
    list's number)."""
    head = text.split(maxsplit=1)[0] if text else ""
    return leading_rank(head) if head.endswith((".", ")")) else None


#: A numbered item with a headline's words that ``shape`` reads otherwise: a summary (it ends with "!" or "?"), a date
#: line (it holds a year).
_MISREAD_ITEMS = frozenset((SUMMARY, META))


def cards_own_lines(drafts: list[Draft], symbols: list[str]) -> list[str]:
    """A section label or a comment opener said again MIN_RECORDS or more times on the page, its counts aside
    (``rules.block_scores.opener_key``: "| 2 Comments" and "| 15 Comments" say the same), is printed in every card
    of a box, not over a section or a thread: a page opens its comments once, and a label that names one section
    is not said again card after card ("More like this" under each headline, a card's "| 4 Comments" link). Such
    a comment opener is the card's comment count (a date or byline part, as ``shape`` reads a count line), such a
    label one of its kicker lines, not a block no record holds. A dump that prints these buttons on lines of their
    own (bs4's get_text()) otherwise boxes every card apart."""
    lines = [k for k, d in enumerate(drafts) if symbols[k] == BARRIER and (d.opens_comments or d.is_section_label)]
    if len(lines) < MIN_RECORDS:
        return symbols  # most pages: what each says is not read (a pattern call a line)
    keys = {k: opener_key(drafts[k]) for k in lines}
    said = Counter(keys.values())
    out = symbols
    for k, key in keys.items():
        if said[key] >= MIN_RECORDS:
            out = out if out is not symbols else list(symbols)
            out[k] = META if drafts[k].opens_comments else KICKER
    return out


def read_records(drafts: list[Draft], shapes: list[str | None] | None = None) \
        -> tuple[list[tuple[str, Draft]], str, list[Draft], list[Draft]]:
    """The blocks that have a shape, each with its symbol as ``rules.record_reading`` corrects it, their symbols as
    one string, and the lines printed again and the byline names under an opener that it leaves out
    (``without_repeats``, ``without_byline_names``). ``shapes``, when given, gets each undecided block's
    ``shape`` by position (None for a decided one): the symbol stays the block's while it stays undecided."""
    symbols = cards_own_lines(drafts, numbered_siblings(drafts, [shape(d) for d in drafts]))
    if shapes is not None:
        shapes[:] = [s if d.role is Roles.OTHER else None for d, s in zip(drafts, symbols, strict=True)]
    shaped = [(s, d) for d, s in zip(drafts, symbols, strict=True) if s]
    # The passes read the shaped blocks' symbols as one string, made once here (a block with no shape has "", and
    # every symbol is one character) and made again only after a pass that changed the blocks (a few pages)
    line = "".join(symbols)
    kept, repeats = without_repeats(shaped)
    if kept is not shaped:
        line = _symbols_of(kept)
    read, names = without_byline_names(kept, line)
    if read is not kept:
        line = _symbols_of(read)
    for reading in _READINGS:
        before, read = read, reading(read, line)
        if read is not before:
            line = _symbols_of(read)
    return read, line, repeats, names




def _symbols_of(shaped: list[tuple[str, Draft]]) -> str:
    """The shaped blocks' symbols as one string (read in C, no bytecode a block)."""
    return "".join(map(_SYMBOL, shaped))


_SYMBOL = itemgetter(0)


def one_tag_each(shaped: list[tuple[str, Draft]], symbols: str) -> list[tuple[str, Draft]]:
    """Two or more kicker lines in a row over a headline that has a summary, a date or a toggle under it are one
    card's tags ("Klima" / "Energiewende" / "Studie" / headline / lede): a box prints one to four of them over each
    headline, and records that differ only by how many would repeat no unit. The last one stands for them in the
    record's shape; the others are left out of it (unclaimed, they end as chrome). A menu's short entries over a
    headline with nothing of a card's under it are not touched (a kicker + headline run of a menu would come of
    them). ``symbols``: the blocks' symbols, as one string."""
    dropped: list[int] = []
    at = symbols.find(_TAGGED)
    while at >= 0:  # each kicker right over a headline (a few a page; no pattern call: menus hold long runs of them)
        if at > 0 and symbols[at - 1] == KICKER and symbols[at + 2:at + 3] in _CARD_PARTS:
            first = at - 1
            while first > 0 and symbols[first - 1] == KICKER:
                first -= 1
            dropped.extend(range(first, at))
        at = symbols.find(_TAGGED, at + 2)
    if not dropped:
        return shaped  # most pages
    gone = set(dropped)
    return [item for k, item in enumerate(shaped) if k not in gone]


#: A kicker line right over a headline: the last of a card's tags, when there are two or more.
_TAGGED = KICKER + HEADLINE
#: What a card has under its headline and a menu's entry has not: a summary, a date or byline, a read-more toggle.
_CARD_PARTS = frozenset((SUMMARY, META, TOGGLE))


#: The corrections ``read_records`` makes to the shaped blocks, in order (``rules.record_reading``, then the tag rows
#: here): each takes the blocks and their symbols as a string, and gives back the same list when it changes nothing.
_READINGS: tuple[Callable[[list[tuple[str, Draft]], str], list[tuple[str, Draft]]], ...] = (
    ranks, cut_headlines, headlines_over_ledes, asking_headlines, listed_headlines, short_headlines, one_tag_each,
)

