"""The dump's style (one block per line, hard-wrapped, one inline element per line) and its wrap width.

Hard-wrapped lines are rejoined with the greedy-wrap test (``frontend.line_joins``): that needs the width the tool
wrapped at, which the lines show (many lines come close to it, and sentences run on past it in lower case).
"""

from __future__ import annotations

import bisect
import enum

import regex

from pagesplit.frontend.list_markers import bullet
from pagesplit.lexicon.char_classes import has_word_longer_than
from pagesplit.timed_match import first_in_ranges, timed

#: Lines at least this long decide the wrap width (shorter dumps are never treated as wrapped).
MIN_WRAP_WIDTH = 68
#: w3m's widest setting in common use; wider "widths" are prose lines of an innerText dump.
MAX_WRAP_WIDTH = 132
#: Share of non-blank lines that must reach within WRAP_BAND of the width for a dump to count as wrapped.
MIN_WRAPPED_SHARE = 0.015
WRAP_BAND = 12
#: …and at least this many of them: a short list of similar headlines is not a wrapped dump.
MIN_WRAPPED_LINES = 3
#: Share of near-width lines whose next line starts in lower case (a sentence running on); headline
#: lists of similar length have none. Measured on the dev dumps: w3m/lynx 0.3-0.8, innerText lists 0.
MIN_LOWER_CONTINUATIONS = 0.05
#: …and when near-width lines are scarce (under CLEAR_WRAPPED_SHARE of the lines), a clearer signal.
CLEAR_WRAPPED_SHARE = 0.04
MIN_LOWER_CONTINUATIONS_SCARCE = 0.2
#: A wrapped dump has almost no line past its width (only unbreakable URLs, tables, preformatted text).
MAX_LONGER_LINES = 5
MAX_LONGER_SHARE = 0.01
#: A dump with fewer blank lines than this share of its lines is one-element-per-line (bs4 get_text).
MAX_BLANK_SHARE_FOR_FRAGMENTS = 0.01
#: Longest word a wrapping tool moves to the next line that we care about (longer ones are URLs).
MAX_WORD_CHARS = 60
#: A wide character (CJK ideographs, kana, hangul, fullwidth forms; not emoji, which tools count either way): a
#: wrapping tool gives it two columns of its width.
WIDE = timed(regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Ea=F}]"), "text.wide")
#: Below this code point no character is wide (a quick test that skips the pattern for most lines).
FIRST_WIDE = "\u1100"
#: The code points any wide character lies in (from the CJK radicals on, then hangul jamo), which a text's typographic
#: quotes and dashes (U+2000-U+206F) do not pass, as ``max(text) >= FIRST_WIDE`` did. One plain range a pattern, which
#: the pattern engine scans several times as fast as a set of two ranges (dev sh innerText dumps, the whole text: 4.4
#: against 20.6 ns a character). Checked against ``WIDE`` on every code point (tests/test_text_frontend.py).
_MAY_BE_WIDE = timed(regex.compile(r"[\u2e80-\U0010ffff]"), "text.may-be-wide")
_MAY_BE_WIDE_JAMO = timed(regex.compile(r"[\u1100-\u11ff]"), "text.may-be-wide-jamo")


class DumpStyle(enum.Enum):
    """How the dump was made, as far as its shape tells."""

    LINES = "lines"  #: innerText-like: one block per line
    WRAPPED = "wrapped"  #: w3m / lynx: hard-wrapped paragraphs
    FRAGMENTS = "fragments"  #: bs4 get_text("\n"): one inline element per line


def detect_style(lines: list[str], wide: bool = False) -> tuple[DumpStyle, int]:
    """The dump style and, for wrapped dumps, the wrap width, from the dump's right-stripped lines. ``wide``: the
    tool gave wide characters two columns (``columns``), and a line of a script without case may run on."""
    # ``lines`` are right-stripped: a blank line is "".
    non_blank = len(lines) - lines.count("")
    if not non_blank:
        return DumpStyle.LINES, 0
    blank_share = (len(lines) - non_blank) / len(lines)
    if blank_share < MAX_BLANK_SHARE_FOR_FRAGMENTS and non_blank > 3:
        return DumpStyle.FRAGMENTS, 0
    widths = list(map(columns if wide else len, lines))  # once: a wide line's columns take a pattern
    # lists, not generators, into ``sorted``: a generator is resumed once per line (callgrind)
    width = _wrap_width(lines, widths, non_blank, sorted([w for w in widths if w]), wide=wide)
    if not width:
        # Some tools let a line run past the width for a word they cannot break (a URL, a link's target; w3m and
        # lynx break it at the width), and leave list items unwrapped: without such lines, does a width show?
        if _prose_past_any_width(lines, widths, non_blank, wide):
            return DumpStyle.LINES, 0
        # (a line too short to hold a long word is not passed to the test: most lines of a dump)
        past = [len(line) > MAX_WORD_CHARS and _may_run_past_width(line, wide) for line in lines]
        width = _wrap_width(lines, widths, non_blank, sorted([w for w, runs_past in zip(widths, past, strict=True)
                                                              if w and not runs_past]), past, wide)
    return (DumpStyle.WRAPPED, width) if width else (DumpStyle.LINES, 0)


def first_may_be_wide(text: str) -> int:
    """Where the text's first character that may be wide (``_MAY_BE_WIDE``, ``_MAY_BE_WIDE_JAMO``) is; -1 when it
    has none. No wide character comes before it: the wide-character pattern is run from there."""
    return first_in_ranges(_MAY_BE_WIDE, _MAY_BE_WIDE_JAMO, text)


def columns(line: str) -> int:
    """How many columns a wrapping tool gives the line: one per character, two per wide character ("港")."""
    if not line or max(line) < FIRST_WIDE:
        return len(line)
    return len(line) + len(WIDE.findall(line))


def _runs_on_in_lower_case(line: str) -> bool:
    return line.lstrip()[:1].islower()


def _runs_on(line: str) -> bool:
    """The line opens as a sentence's continuation does: in lower case, or with a letter of a script without case
    (Chinese, Japanese, Thai), which a wrapping tool breaks anywhere between words."""
    head = line.lstrip()[:1]
    return head.islower() or (head.isalpha() and not head.isupper() and not head.istitle())


def _wrap_width(lines: list[str], widths: list[int], non_blank: int, lengths: list[int],
                past: list[bool] | None = None, wide: bool = False) -> int:
    """The wrap width the lines of ``lengths`` show, 0 when they show none (``widths``: each line's columns).
    ``past``: whether each line may run past a width (``_may_run_past_width``), given when ``lengths`` leaves those
    lines out; a width is then proposed only by lines of ``lengths`` coming close to it: unwrapped list items of a
    similar length (a menu of links) propose none. ``wide``: as for ``detect_style``."""
    runs_on = _runs_on if wide else _runs_on_in_lower_case
    # The width is the longest line that many lines come close to: a lone long line is a URL or a table.
    for candidate in sorted(set(lengths), reverse=True):
        if candidate > MAX_WRAP_WIDTH:
            continue
        if candidate < MIN_WRAP_WIDTH:
            break
        longer = len(lengths) - bisect.bisect_right(lengths, candidate)
        if longer > max(MAX_LONGER_LINES, MAX_LONGER_SHARE * non_blank):
            break  # prose lines run past any width: an innerText dump, not a wrapped one
        near = [i for i, w in enumerate(widths) if candidate - WRAP_BAND <= w <= candidate]
        if past is not None and sum(not past[i] for i in near) < MIN_WRAPPED_LINES:
            continue
        if len(near) >= MIN_WRAPPED_LINES and len(near) / non_blank >= MIN_WRAPPED_SHARE:
            lower = sum(1 for i in near if i + 1 < len(lines) and runs_on(lines[i + 1]))
            scarce = len(near) / non_blank < CLEAR_WRAPPED_SHARE
            if lower / len(near) >= (MIN_LOWER_CONTINUATIONS_SCARCE if scarce else MIN_LOWER_CONTINUATIONS):
                return candidate
            break
    return 0


def _prose_past_any_width(lines: list[str], widths: list[int], non_blank: int, wide: bool) -> bool:
    """More lines than a wrapped dump has past its width (MAX_LONGER_LINES, MAX_LONGER_SHARE) are wider than any wrap
    width (MAX_WRAP_WIDTH) and may not run past one (``_may_run_past_width``): an innerText dump's paragraphs. Then no
    width shows without the lines that may run past one either (``_wrap_width`` stops at its first candidate, which
    they are all longer than), and the test of every long line (a split per line) is not needed: those lines are
    tested only until they are too many (callgrind: most of ``detect_style``'s cost on an innerText dump)."""
    allowed = max(MAX_LONGER_LINES, MAX_LONGER_SHARE * non_blank)
    longer = 0
    for line, width in zip(lines, widths, strict=True):
        if width > MAX_WRAP_WIDTH and not _may_run_past_width(line, wide):
            longer += 1
            if longer > allowed:
                return True
    return False


def _may_run_past_width(line: str, wide: bool = False) -> bool:
    """The line holds a word longer than MAX_WORD_CHARS (one no tool breaks), or is a list item (which some tools
    leave unwrapped): it may run past a wrap width. ``wide``: a run of wide characters is no such word (a tool breaks
    Chinese or Japanese text between any two characters), so an innerText paragraph of them runs past no width."""
    if len(line) <= MAX_WORD_CHARS:
        return False
    if bullet(line.lstrip()) is not None:
        return True
    return has_word_longer_than(line, MAX_WORD_CHARS) and not (wide and WIDE.search(line) is not None)
