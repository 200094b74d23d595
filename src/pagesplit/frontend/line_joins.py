"""Whether a dump's line runs on into the next, per dump style, and how the lines of one block are joined.

Hard-wrapped lines are rejoined with the greedy-wrap test: a wrapping tool breaks a line only when
the next word does not fit, so line *i* continues on line *i+1* exactly when ``len(line_i) + 1 +
len(first word of line_i+1)`` exceeds the wrap width. That test is exact for greedy wrapping and
never joins two short menu lines, which a "no final period" test would.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from pagesplit import lexicon
from pagesplit.features import MAX_HEADLINE_WORDS, ends_like_prose
from pagesplit.frontend.dump_style import FIRST_WIDE, MAX_WORD_CHARS, WIDE, DumpStyle, columns
from pagesplit.frontend.list_markers import bullet
from pagesplit.frontend.shown_twice import doubled_run
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.timed_match import timed

#: bs4 fragments: a sentence interrupted by an inline run has at least this many characters before it…
MIN_FRAGMENT_HEAD = 25
#: …and the run (a link, a bold name) is at most this many words and characters.
MAX_INLINE_RUN_WORDS = 6
MAX_FRAGMENT_TAIL = 60

#: Text wrapped in a table column: lines looked at on each side, the narrowest column width we
#: rejoin, and how close to that width a wrapped line comes.
COLUMN_WINDOW = 3
MIN_COLUMN_WIDTH = 40
NEAR_COLUMN_SHARE = 0.7
_WORD = timed(regex.compile(r"\S+"), "text.word")
#: A line stops at the end of a sentence (or a clause) when its last visible character is one of these.
SENTENCE_STOPS = frozenset(".!?…:;。！？」”\"')]")
#: Characters that close what came before them: a piece opening with one is glued without a space.
_CLOSING = ",.;:!?)]»”’%"
_STARTS_CONTINUATION = timed(regex.compile(rf"^[\p{{Ll}}{regex.escape(_CLOSING)}]"), "text.starts-continuation")
#: bs4 prints a count set after its label in an element of its own on a line of its own ("Juni" / "(15)", a post's
#: title / "(3)" comments), where innerText shows the two on one line. Dev bs4 dumps read against their innerText
#: twins: a line of this shape after another is on that line in innerText 1,750 times (19 pages), apart twice.
_COUNT_IN_PARENTHESES = timed(regex.compile(r"^\(\s*\d[\d.,]*\s*\)$"), "text.count-in-parentheses")
#: A function word alone on a line ("The", "in") runs on into an inline element holding words ("The" / "Fetch
#: API" / "intends to fix…") when the sentence goes on in lower case after it. Dev bs4 dumps read against their
#: innerText twins: such an element is on the function word's line in innerText 161 times (89 pages) and
#: apart 14 times (14 pages: a table's units, code).
_HAS_LETTER = timed(regex.compile(r"\p{L}"), "text.has-letter")
#: bs4 prints a colon set in an element of its own on a line of its own between a kicker and its headline
#: ("Kicker" / ":" / "Headline"), where innerText shows "Kicker: Headline" on one line. A short line followed by
#: such a colon is a kicker opening a record, not an inline run inside the sentence of the line before it.
LONE_COLON = ":"


def continues_wrapped(prev: str, nxt: str, width: int, wide: bool = False) -> bool:
    """Greedy wrap test: the next line's first word would not have fit on this line (``wide``: as for
    ``detect_style``)."""
    measure = columns if wide else len
    used = measure(prev)
    if used + 2 <= width - MAX_WORD_CHARS or used + 1 + measure(nxt) <= width:
        # far from the width, or the whole next line (so its first word) would have fit: nothing wrapped.
        # The common case, and no pattern run.
        return False
    if bullet(nxt.lstrip()):
        return False
    first = _WORD.search(nxt)
    if first is None:
        return False
    return used + 1 + measure(first.group(0)) > width


#: A list's number alone on a line ("6."): a text browser prints an ordered list's number on a line of its own, over
#: the item it numbers, when the item holds a block (a heading, a paragraph), indented other than the item's text.
#: Dev lynx dumps: 29 such lines on 15 pages ran on into the line above ("… Cover Him 6."); 20 (12 pages) are
#: indented other than that line, and number the item under them; the 9 at its margin go on a references list's
#: long address or end a sentence wrapped before its last number ("… shown in figure" / "8.").
_LONE_ITEM_NUMBER = timed(regex.compile(r"^\d{1,3}\.$"), "text.lone-item-number")


def numbers_next_item(prev: str, nxt: str) -> bool:
    """The line ``nxt`` (as printed, its indentation and all) is a list's number alone, indented other than the line
    above it: it numbers the item under it and runs on from no line (a wrapped line goes on at its margin)."""
    item = nxt.lstrip()
    if _LONE_ITEM_NUMBER.match(item) is None:  # the caller asks only about lines opening with a digit
        return False
    return len(nxt) - len(item) != len(prev) - len(prev.lstrip())


def continues_in_column(raws: list[str], prev: int, nxt: int) -> bool:
    """The greedy-wrap test against the local width: text wrapped inside a table column is narrower
    than the page. The local width is the longest line among the neighbours; the line must be near it.
    """
    line = raws[prev]
    if len(line) < NEAR_COLUMN_SHARE * MIN_COLUMN_WIDTH:
        return False  # the window holds this line, so it is under NEAR_COLUMN_SHARE of any local width it allows
    window = [len(raws[k]) for k in range(max(0, prev - COLUMN_WINDOW), min(len(raws), nxt + COLUMN_WINDOW + 1))]
    local = max(window)
    if local < MIN_COLUMN_WIDTH or len(line) < NEAR_COLUMN_SHARE * local or bullet(raws[nxt].lstrip()):
        return False
    first = _WORD.search(raws[nxt])
    if first is None or len(line) + 1 + len(first.group(0)) <= local:
        return False
    if line[:1] == " " or first.start() == 0:
        return True
    # a line at the page's left margin (a text browser's heading, a flush paragraph) that wraps goes on at the
    # margin, or where its text starts after a list marker ("15. ^ Fischer…" / "    . Slashfilm."): a line indented
    # further in under it is text of its own
    marker = bullet(line)
    return marker is not None and first.start() <= marker.end()


def continues_fragment(prev: str, nxt: str, after: str | None) -> bool:
    """bs4 splits a sentence at every inline element; glue the pieces back.

    A piece continues the sentence when it starts in lower case or with closing punctuation, or
    when it is a short inline run (a link, a bold name) that is itself continued by the next piece:
    "He met" / "Ana Ruiz" / ", the mayor." Two complete lines are never glued, so a headline and
    the "By" line under it stay apart. A count in parentheses alone ("(3)") belongs to the line
    before it, as innerText shows it. A function word alone ("The", "in") runs on into the inline
    element after it, of any length, when the sentence goes on in lower case after that:
    "The" / "Fetch API" / "intends to fix…".
    """
    if nxt[:1] == "(" and _COUNT_IN_PARENTHESES.match(nxt):
        return True  # a count, even after a title that ends a sentence ("Is it over?" / "(8)")
    if bullet(nxt) or stops(prev):
        return bool(nxt) and nxt[0] in _CLOSING
    if _STARTS_CONTINUATION.match(nxt):
        return True
    if after is not None and after[:1].islower() and _HAS_LETTER.search(nxt) and _is_function_word(prev):
        return True  # "The" / "Fetch API" / "intends to fix…": an inline element of any length inside a sentence
    return (
        len(prev) >= MIN_FRAGMENT_HEAD
        and len(nxt) <= MAX_FRAGMENT_TAIL
        and len(nxt.split()) <= MAX_INLINE_RUN_WORDS
        and after is not None
        and after != LONE_COLON  # "Headline" / "Kicker" / ":": the next record's kicker, not a run in a sentence
        and _STARTS_CONTINUATION.match(after) is not None
    )


#: bs4 prints a card's kicker in an element of its own, "Kicker:" / "Headline" (or "Kicker" / ":" / "Headline", which
#: ``continues_fragment`` reads as "Kicker:" / "Headline"), where innerText shows "Kicker: Headline" on one line. Such a
#: break is read only where it comes again record after record: MIN_KICKER_BREAKS or more at one period (the same
#: number of lines from each to the next, at most MAX_KICKER_PERIOD), as a list of cards prints it. A one-off label
#: over a line ("Tags:" / "News") or a record's fields, "Edited by:" / "Jo Doe" / "Subjects:" / "Crime", at uneven
#: distances, stay apart. Dev bs4 dumps read against their innerText twins: a line ending with a colon over a line
#: opening with a capital is on that line in innerText 1,055 times and apart 811; the breaks read here are on one line
#: there 219 times (27 pages) and apart 33 (12 pages: a table's fields at one period, kickers set as blocks). 3 breaks,
#: not 2: two breaks a few lines apart are as often a record's fields as two cards (silver titles +33 / -22 and wrong
#: cards +56 / -67 with 2 and any distance, +25 / -13 and +15 / -21 with 3 at one period); 8 lines: the dev cards
#: that print this break repeat every 2 to 7 lines.
MIN_KICKER_BREAKS = 3
MAX_KICKER_PERIOD = 8
_OPENS_HEADLINE = timed(regex.compile(r"^[\p{Lu}\p{N}\"'„“‘«]"), "text.opens-headline")


def kicker_breaks(lines: list[str]) -> frozenset[int]:
    """The indices of a bs4 dump's lines that end a card's kicker with a colon ("Kicker:", or a colon alone under the
    kicker) and run on into the card's headline on the next line: the breaks that repeat at one period
    (``MIN_KICKER_BREAKS``), none of them a record's field label (``_field_labels``).

    >>> lines = ["Menu", "Rome:", "A storm hits the coast", "Oslo:", "Snow closes roads", "Kyiv:", "A bridge reopens"]
    >>> sorted(kicker_breaks(lines))
    [1, 3, 5]
    """
    lex = lexicon.load()
    found = [i for i in range(len(lines) - 1) if _breaks_kicker(lines, i, lex)]
    if len(found) < MIN_KICKER_BREAKS:
        return frozenset()
    found = _field_labels(lines, found)
    kept: set[int] = set()
    start = 0
    while start < len(found) - 1:
        end = start + 1
        period = found[end] - found[start]
        if period <= MAX_KICKER_PERIOD:
            while end + 1 < len(found) and found[end + 1] - found[end] == period:
                end += 1
            if end - start + 1 >= MIN_KICKER_BREAKS:
                kept.update(found[start:end + 1])
                start = end + 1
                continue
        start += 1
    return frozenset(kept)


def _field_labels(lines: list[str], found: list[int]) -> list[int]:
    """The breaks whose kicker is no field label: a label said again over another value ("Zweck:" / "Analyse",
    "Zweck:" / "Videos") names a field of records, where a card's kicker goes with its one headline (a box printed
    twice says both again)."""
    values: dict[str, set[str]] = {}
    for i in found:
        values.setdefault(_kicker(lines, i), set()).add(lines[i + 1])
    return [i for i in found if len(values[_kicker(lines, i)]) == 1]


def _kicker(lines: list[str], i: int) -> str:
    return lines[i - 1] if lines[i] == LONE_COLON else lines[i]


def _breaks_kicker(lines: list[str], i: int, lex: lexicon.Lexicon) -> bool:
    """Line ``i`` ends a kicker with a colon over a headline: the next line opens like one and is one in shape (no
    prose end, at most MAX_HEADLINE_WORDS words), and the kicker is no phrase of the lexicon (a section label,
    "Share:", "Previous post:", "Foto:" open a list or a credit, not a card)."""
    line, nxt = lines[i], lines[i + 1]
    if line[-1:] != ":" or not nxt or nxt[-1] == ":" or _OPENS_HEADLINE.match(nxt) is None:
        return False
    kicker = line
    if line == LONE_COLON:
        if i == 0 or not lines[i - 1] or lines[i - 1][-1] == ":":
            return False
        kicker = lines[i - 1]
    if ends_like_prose(nxt) or len(nxt.split()) > MAX_HEADLINE_WORDS:
        return False
    exact, prefixed = lex.entries(normalize(kicker))
    return not exact and not prefixed


def _is_function_word(line: str) -> bool:
    """The line is one function word of a lexicon language ("The", "in", "von", "de"): a sentence bs4 broke at an
    inline element right after its first word, or before the element that ends it, no line of its own."""
    return " " not in line and line.casefold() in lexicon.load().all_stopwords


def continues_line(prev: str, nxt: str) -> bool:
    """innerText keeps a <br> inside a paragraph as a line break: a sentence running on in lower case. A picture's
    text printed twice ("red kiwi tart red kiwi tart Red Kiwi Tart") is no sentence, whatever its case."""
    return (
        nxt[:1].islower()
        and len(prev) >= MIN_FRAGMENT_HEAD
        and not stops(prev)
        and not bullet(nxt)
        and _OPENER_AND_NAME.match(nxt) is None
        and doubled_run(nxt) == 0
    )



#: A line of one lower-case word (a colon may close it) and a name of MIN_NAME_WORDS to MAX_NAME_WORDS
#: capitalized words, and nothing after it: a byline or credit under a headline ("by: Jo Doe", "von Jo Q. Doe",
#: "por Ana Ruiz"), in any language, is a line of its own. Dev innerText: of the 679 lower-case lines under a
#: line of MIN_FRAGMENT_HEAD+ characters with no stop, the 40 of this shape are 33 bylines of stories and cards
#: and 7 menu, ad or award lines, no sentence; one capitalized word after the opener ("in Afrika", "für
#: Literatur") may run a sentence on and stays joined. A sentence broken before "in New York" is split too: no
#: dev dump has one.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
_NAME_WORD = r"\p{Lu}[\p{L}'’.\-]*"
_OPENER_AND_NAME = timed(regex.compile(
    rf"^\p{{Ll}}+:?\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{{MIN_NAME_WORDS - 1},{MAX_NAME_WORDS - 1}}}$"),
    "text.opener-and-name")



def join_lines(parts: list[str], style: DumpStyle, hyphen_breaks: bool = False) -> str:
    if style is DumpStyle.FRAGMENTS:
        out = parts[0]
        for part in parts[1:]:
            out += part if part[0] in _CLOSING else " " + part
        return out
    if hyphen_breaks:  # "Hightech-" / "Beamer" is one word, "Hightech-Beamer"
        out = parts[0]
        for part in parts[1:]:
            out += part if out[-1:] == "-" and out[-2:-1].isalpha() and part[0].isalpha() else " " + part
        return out
    if all(before[-1] < FIRST_WIDE or after[0] < FIRST_WIDE for before, after in pairwise(parts)):
        return " ".join(parts)  # the common case: no wide character on either side of a line break
    out = parts[0]
    for part in parts[1:]:
        # a wrapping tool breaks between two wide characters where the text has no space
        wide = WIDE.match(out[-1]) is not None and WIDE.match(part[0]) is not None
        out += part if wide else " " + part
    return out


def stops(line: str) -> bool:
    tail = line.rstrip()
    return bool(tail) and tail[-1] in SENTENCE_STOPS



#: What a horizontal rule (``<hr>``) is drawn with: w3m draws a full-width line of "━" (innerText prints nothing).
#: Such a line is as wide as the wrap width, so the greedy-wrap test would run it into the next line. (lynx draws
#: one of "_", as it draws a form's text field: "Your e-mail ____", which is the form's line, not a rule.)
RULE_CHARS = "━─═"
#: The shortest line of them read as a horizontal rule.
MIN_RULE_CHARS = 3


def is_rule(line: str) -> bool:
    """The line is a horizontal rule: MIN_RULE_CHARS or more box-drawing rule characters, nothing else."""
    return line[:1] in RULE_CHARS and len(line) >= MIN_RULE_CHARS and not line.strip(RULE_CHARS + " ")
