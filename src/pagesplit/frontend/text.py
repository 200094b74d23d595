"""Text front end: a raw dump of a rendered page -> blocks with line spans.

Four dump styles reach us, and one routine reads them all:

- ``innerText``: one line per block element, blank lines between paragraphs;
- ``w3m -dump`` and ``lynx -dump``: paragraphs hard-wrapped at a fixed width (lynx indents them);
- BeautifulSoup ``get_text("\\n")``: no blank lines, one *inline* element per line, so a sentence
  with a link in it arrives as three lines.

Hard-wrapped lines are rejoined with the greedy-wrap test: a wrapping tool breaks a line only when
the next word does not fit, so line *i* continues on line *i+1* exactly when ``len(line_i) + 1 +
len(first word of line_i+1)`` exceeds the wrap width. That test is exact for greedy wrapping and
never joins two short menu lines, which a "no final period" test would.
"""

from __future__ import annotations

import bisect
import enum
from itertools import pairwise

import regex

from pagesplit.draft import Draft
from pagesplit.errors import LineLimitError
from pagesplit.frontend import SOFT_HYPHEN, dump_syntax, grid_tables
from pagesplit.frontend.dump_syntax import DumpSyntax
from pagesplit.frontend.entities import unescape
from pagesplit.members import Kinds
from pagesplit.model import BlockKind, Markup, Span
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
#: Longest word a wrapping tool moves to the next line that we care about (longer ones are URLs).
MAX_WORD_CHARS = 60
#: List markers. Text browsers mark each nesting level of a list with its own: w3m "•", "□", "☆", "○", "■"; lynx
#: "*", "+", "o", "#", "@", "-" (dev dumps: every level-3 w3m item and level-4/5 lynx item opens with one of
#: the last ones, 6,260 "☆", 1,581 "#" and 471 "@" lines).
_BULLET_CHARS = frozenset("•·▪◦‣∙●○■□☆➤►▸-*+#@")
_BULLET = timed(regex.compile(r"^\s*(?:[•·▪◦‣∙●○■□☆➤►▸#@-]|\*|\+|o(?=\s)|\d{1,3}[.)](?=\s))\s+"), "text.bullet")
#: Markers that are also page text: a dialogue dash, "+ 3", the word "o" ("o menino comeu…"), "# 1 hit", "@ home",
#: a rating's "☆ ☆". Such a marker is dropped from the text only in a list: the line before or after the block
#: (across blank lines) opens with a list marker too (lynx nests "+", "o", "#", "@"; w3m "□", "☆", "○").
_TEXT_MARKERS = frozenset("-+o#@☆")
#: Markers that mark an empty list item when alone on a line.
_LONE_MARKERS = _BULLET_CHARS - frozenset("#@☆")
#: How many blank lines may separate two items of one list.
MAX_LIST_GAP_LINES = 2
_WORD = timed(regex.compile(r"\S+"), "text.word")
#: A line stops at the end of a sentence (or a clause) when its last visible character is one of these.
_SENTENCE_STOPS = frozenset(".!?…:;。！？」”\"')]")
#: A numbered "bullet" followed by a capitalized word and a year is a date ("12. März 2024").
_DATE_AFTER_NUMBER = timed(regex.compile(r"^\d{1,2}\.\s+\p{L}+\.?,?\s+\d{4}\b"), "text.date-after-number")
#: Characters that close what came before them: a piece opening with one is glued without a space.
_CLOSING = ",.;:!?)]»”’%"
_STARTS_CONTINUATION = timed(regex.compile(rf"^[\p{{Ll}}{regex.escape(_CLOSING)}]"), "text.starts-continuation")
#: A line this long is a paragraph even without a final stop (a wrapped or cut sentence).
MIN_PARAGRAPH_CHARS = 80
#: A wide character (CJK ideographs, kana, hangul, fullwidth forms; not emoji, which tools count either way): a
#: wrapping tool gives it two columns of its width.
_WIDE = timed(regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Ea=F}]"), "text.wide")
#: Below this code point no character is wide (a quick test that skips the pattern for most lines).
_FIRST_WIDE = "\u1100"
#: The code points any wide character lies in (from the CJK radicals on, then hangul jamo), which a text's typographic
#: quotes and dashes (U+2000-U+206F) do not pass, as ``max(text) >= _FIRST_WIDE`` did. One plain range a pattern, which
#: the pattern engine scans several times as fast as a set of two ranges (dev sh innerText dumps, the whole text: 4.4
#: against 20.6 ns a character). Checked against ``_WIDE`` on every code point (tests/test_text_frontend.py).
_MAY_BE_WIDE = timed(regex.compile(r"[\u2e80-\U0010ffff]"), "text.may-be-wide")
_MAY_BE_WIDE_JAMO = timed(regex.compile(r"[\u1100-\u11ff]"), "text.may-be-wide-jamo")
_SOFT_HYPHENS_IN_WORDS = timed(regex.compile(rf"(?<=\S){SOFT_HYPHEN}+(?=\S)"), "text.soft-hyphens-in-words")


class DumpStyle(enum.Enum):
    """How the dump was made, as far as its shape tells."""

    LINES = "lines"  #: innerText-like: one block per line
    WRAPPED = "wrapped"  #: w3m / lynx: hard-wrapped paragraphs
    FRAGMENTS = "fragments"  #: bs4 get_text("\n"): one inline element per line


def detect_style(lines: list[str], wide: bool = False) -> tuple[DumpStyle, int]:
    """The dump style and, for wrapped dumps, the wrap width, from the dump's right-stripped lines. ``wide``: the
    tool gave wide characters two columns (``_columns``), and a line of a script without case may run on."""
    # ``lines`` are right-stripped: a blank line is "".
    non_blank = len(lines) - lines.count("")
    if not non_blank:
        return DumpStyle.LINES, 0
    blank_share = (len(lines) - non_blank) / len(lines)
    if blank_share < MAX_BLANK_SHARE_FOR_FRAGMENTS and non_blank > 3:
        return DumpStyle.FRAGMENTS, 0
    widths = list(map(_columns if wide else len, lines))  # once: a wide line's columns take a pattern
    # lists, not generators, into ``sorted``: a generator is resumed once per line (callgrind)
    width = _wrap_width(lines, widths, non_blank, sorted([w for w in widths if w]), wide=wide)
    if not width:
        # Some tools let a line run past the width for a word they cannot break (a URL, a link's target; w3m and
        # lynx break it at the width), and leave list items unwrapped: without such lines, does a width show?
        # (a line too short to hold a long word is not passed to the test: most lines of a dump)
        past = [len(line) > MAX_WORD_CHARS and _may_run_past_width(line, wide) for line in lines]
        width = _wrap_width(lines, widths, non_blank, sorted([w for w, runs_past in zip(widths, past, strict=True)
                                                              if w and not runs_past]), past, wide)
    return (DumpStyle.WRAPPED, width) if width else (DumpStyle.LINES, 0)


def _first_may_be_wide(text: str) -> int:
    """Where the text's first character that may be wide (``_MAY_BE_WIDE``, ``_MAY_BE_WIDE_JAMO``) is; -1 when it
    has none. No wide character comes before it: the wide-character pattern is run from there."""
    return first_in_ranges(_MAY_BE_WIDE, _MAY_BE_WIDE_JAMO, text)


def _columns(line: str) -> int:
    """How many columns a wrapping tool gives the line: one per character, two per wide character ("港")."""
    if not line or max(line) < _FIRST_WIDE:
        return len(line)
    return len(line) + len(_WIDE.findall(line))


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


def _may_run_past_width(line: str, wide: bool = False) -> bool:
    """The line holds a word longer than MAX_WORD_CHARS (one no tool breaks), or is a list item (which some tools
    leave unwrapped): it may run past a wrap width. ``wide``: a run of wide characters is no such word (a tool breaks
    Chinese or Japanese text between any two characters), so an innerText paragraph of them runs past no width."""
    if len(line) <= MAX_WORD_CHARS:
        return False
    if _bullet(line.lstrip()) is not None:
        return True
    return max(map(len, line.split())) > MAX_WORD_CHARS and not (wide and _WIDE.search(line) is not None)


def _continues_wrapped(prev: str, nxt: str, width: int, wide: bool = False) -> bool:
    """Greedy wrap test: the next line's first word would not have fit on this line (``wide``: as for
    ``detect_style``)."""
    measure = _columns if wide else len
    used = measure(prev)
    if used + 2 <= width - MAX_WORD_CHARS or used + 1 + measure(nxt) <= width:
        # far from the width, or the whole next line (so its first word) would have fit: nothing wrapped.
        # The common case, and no pattern run.
        return False
    if _bullet(nxt.lstrip()):
        return False
    first = _WORD.search(nxt)
    if first is None:
        return False
    return used + 1 + measure(first.group(0)) > width


def _continues_in_column(raws: list[str], prev: int, nxt: int) -> bool:
    """The greedy-wrap test against the local width: text wrapped inside a table column is narrower
    than the page. The local width is the longest line among the neighbours; the line must be near it.
    """
    line = raws[prev]
    if len(line) < NEAR_COLUMN_SHARE * MIN_COLUMN_WIDTH:
        return False  # the window holds this line, so it is under NEAR_COLUMN_SHARE of any local width it allows
    window = [len(raws[k]) for k in range(max(0, prev - COLUMN_WINDOW), min(len(raws), nxt + COLUMN_WINDOW + 1))]
    local = max(window)
    if local < MIN_COLUMN_WIDTH or len(line) < NEAR_COLUMN_SHARE * local or _bullet(raws[nxt].lstrip()):
        return False
    first = _WORD.search(raws[nxt])
    return first is not None and len(line) + 1 + len(first.group(0)) > local


def _continues_fragment(prev: str, nxt: str, after: str | None) -> bool:
    """bs4 splits a sentence at every inline element; glue the pieces back.

    A piece continues the sentence when it starts in lower case or with closing punctuation, or
    when it is a short inline run (a link, a bold name) that is itself continued by the next piece:
    "He met" / "Ana Ruiz" / ", the mayor." Two complete lines are never glued, so a headline and
    the "By" line under it stay apart.
    """
    if _bullet(nxt) or _stops(prev):
        return bool(nxt) and nxt[0] in _CLOSING
    if _STARTS_CONTINUATION.match(nxt):
        return True
    return (
        len(prev) >= MIN_FRAGMENT_HEAD
        and len(nxt) <= MAX_FRAGMENT_TAIL
        and len(nxt.split()) <= MAX_INLINE_RUN_WORDS
        and after is not None
        and _STARTS_CONTINUATION.match(after) is not None
    )


def _continues_line(prev: str, nxt: str) -> bool:
    """innerText keeps a <br> inside a paragraph as a line break: a sentence running on in lower case. A picture's
    text printed twice ("red kiwi tart red kiwi tart Red Kiwi Tart") is no sentence, whatever its case."""
    return (
        nxt[:1].islower()
        and len(prev) >= MIN_FRAGMENT_HEAD
        and not _stops(prev)
        and not _bullet(nxt)
        and _OPENER_AND_NAME.match(nxt) is None
        and _doubled_run(nxt) == 0
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


#: A text browser prints a picture's text (its ``alt``, its ``title``, a second copy for another screen size) where
#: the picture stands, glued to the link text after it: "Red Kiwi TartRed Kiwi Tart", "red kiwi tart red kiwi tart
#: Red Kiwi Tart". A line opening with the same run of at least MIN_DOUBLED_CHARS characters twice (one space
#: between them or none) shows it once. Dev dumps: 358 w3m and 323 lynx lines open so, on 100+ pages each (74
#: innerText lines, a screen reader's label shown twice); the shortest are names and labels of 12 to 16 characters.
MIN_DOUBLED_CHARS = 12
#: …and at most this long: a picture's text is a name or a headline (the dev dumps' longest run is 75 characters); a
#: longer repeat is the page's own text said twice (a test page's paragraph of filler text).
MAX_DOUBLED_CHARS = 120
#: The second copy starts at most one space past the first: where its first MIN_DOUBLED_CHARS characters end.
_DOUBLED_REACH = MAX_DOUBLED_CHARS + 1 + MIN_DOUBLED_CHARS + 1


def _doubled_run(line: str) -> int:
    """The length of the run ``line`` opens with twice, 0 when it opens with none; ``line`` then goes on at
    ``2 * run`` or ``2 * run + 1`` (a space between the two copies)."""
    seed = line[:MIN_DOUBLED_CHARS]
    if len(seed) < MIN_DOUBLED_CHARS or not any(map(str.isalpha, seed)):
        return 0  # a picture's text opens with a word (a rule of "━" or a row of figures repeats too)
    at = line.find(seed, 1, _DOUBLED_REACH)
    while at > 0:
        for run in (at, at - 1):  # the copy right after the run, or after one space
            if MIN_DOUBLED_CHARS <= run <= MAX_DOUBLED_CHARS and line[run:at] in ("", " ") \
                    and line[at:at + run] == line[:run] and not _says_a_sentence(line[:at]):
                return run
        at = line.find(seed, at + 1, _DOUBLED_REACH)
    return 0


def _says_a_sentence(run: str) -> bool:
    """The run (with the space after it, if any) holds a sentence ended and followed by a space: the page's prose,
    said again ("It rained. It rained."), not a picture's text, which is glued to its copy when it ends a sentence
    ("A roofer at work.A roofer at work.")."""
    return any(run.find(stop + " ") >= 0 for stop in ".!?")


def _shown_once(line: str) -> str:
    """``line`` with the run it opens with twice (or more) shown once: "Kiwi TartKiwi Tart" -> "Kiwi Tart"."""
    if line.find(line[:MIN_DOUBLED_CHARS], 1, _DOUBLED_REACH) < 0:
        return line  # most lines: their opening comes back nowhere near
    run = _doubled_run(line)
    if not run:
        return line
    copy = line[:run].rstrip()
    at = run  # where the rest of the line starts: past every further copy, glued or after one space
    while True:  # (positions, not slices: a line of one word repeated a million times is read once)
        start = at + 1 if line.startswith(" ", at) else at
        if not line.startswith(copy, start):
            break
        at = start + len(copy)
    rest = line[at:].lstrip()
    return copy + " " + rest if rest else copy


#: A numbered list item ("1. Choose a pot": its number stays in its text).
_NUMBERED = Markup(ordered=True)


def _kind_of(text: str, bulleted: bool) -> BlockKind:
    if bulleted:
        return Kinds.LIST_ITEM
    return Kinds.PARAGRAPH if len(text) >= MIN_PARAGRAPH_CHARS or _stops(text) else Kinds.LINE


def _join(parts: list[str], style: DumpStyle, hyphen_breaks: bool = False) -> str:
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
    if all(before[-1] < _FIRST_WIDE or after[0] < _FIRST_WIDE for before, after in pairwise(parts)):
        return " ".join(parts)  # the common case: no wide character on either side of a line break
    out = parts[0]
    for part in parts[1:]:
        # a wrapping tool breaks between two wide characters where the text has no space
        wide = _WIDE.match(out[-1]) is not None and _WIDE.match(part[0]) is not None
        out += part if wide else " " + part
    return out


def _stops(line: str) -> bool:
    tail = line.rstrip()
    return bool(tail) and tail[-1] in _SENTENCE_STOPS


def _bullet(line: str) -> regex.Match[str] | None:
    """The list marker opening a line, if any ("• ", "* ", "1. "); cheap test before the pattern."""
    head = line[:1]
    if head and (head in _BULLET_CHARS or head.isdigit() or head == "o"):
        match = _BULLET.match(line)
        if match and head.isdigit() and _DATE_AFTER_NUMBER.match(line):
            return None  # "12. März 2024" is a date, not item 12
        return match
    return None


def _in_list(stripped: list[str], first: int, last: int) -> bool:
    """The nearest non-blank line before ``first`` or after ``last`` opens with a list marker."""
    for start, step in ((first - 1, -1), (last + 1, 1)):
        at = start
        for _ in range(MAX_LIST_GAP_LINES + 1):
            if not 0 <= at < len(stripped):
                break
            if stripped[at]:
                near = stripped[at]
                # an empty item is a marker alone ("+", lynx); a lone "#" or "@" is a link's (a permalink)
                if _bullet(near) is not None or (len(near) == 1 and (near in _LONE_MARKERS or near == "o")):
                    return True
                break  # the first item of a list has no item before it: look after it
            at += step
    return False


def _draft(stripped: list[str], first: int, last: int, style: DumpStyle, index: int,
           syntax: DumpSyntax = dump_syntax.NONE) -> Draft:
    """The draft of lines ``first``..``last`` (0-based, inclusive); its text read without the dump tool's
    ``syntax``."""
    line = stripped[first]
    head = line[0]
    if first == last and not (head in _BULLET_CHARS or head.isdigit() or head == "o"):
        # the common case (most blocks of every dump): one line, no list marker
        # a picture's text twice needs two copies of MIN_DOUBLED_CHARS: most lines are shorter, and not looked at
        text = _shown_once(line) if len(line) >= 2 * MIN_DOUBLED_CHARS else line
        if syntax.any:
            text = dump_syntax.read(text, syntax)
            if not text:  # a picture, an empty link: nothing a reader sees
                return Draft(index, line, Kinds.HIDDEN, Span.lines(first + 1, first + 1))
        paragraph = len(text) >= MIN_PARAGRAPH_CHARS or text[-1] in _SENTENCE_STOPS
        kind = Kinds.PARAGRAPH if paragraph else Kinds.LINE
        return Draft(index, text, kind, Span.lines(first + 1, first + 1))
    bullet = _bullet(line)
    if bullet and head in _TEXT_MARKERS and not _in_list(stripped, first, last):
        bullet = None  # "- Olá, disse ele.", "+ 3 pontos", "o menino comeu…": the page's own text
    if bullet and head == "#" and syntax.markdown:
        bullet = None  # markdown's "#" opens a heading, never a list item
    parts = stripped[first:last + 1]
    if bullet and not head.isdigit():  # "1. Choose a pot": the number is content, a "•" is not
        parts[0] = line[bullet.end():].strip() or line
    # a picture's text printed twice may wrap onto the next line ("Kiwi TartKiwi" / "Tart"): looked for once joined
    body = _shown_once(parts[0] if len(parts) == 1 else _join(parts, style, syntax.hyphen_breaks))
    if syntax.any:
        read = dump_syntax.read(body, syntax)
        if not read:  # pictures, empty links: nothing a reader sees
            return Draft(index, body, Kinds.HIDDEN, Span.lines(first + 1, last + 1))
        body = read
    kind = _kind_of(body, bullet is not None and bool(line[bullet.end():].strip()))
    draft = Draft(index, body, kind, Span.lines(first + 1, last + 1))
    if kind is Kinds.LIST_ITEM and head.isdigit():
        draft.markup = _NUMBERED
    return draft


#: What a horizontal rule (``<hr>``) is drawn with: w3m draws a full-width line of "━" (innerText prints nothing).
#: Such a line is as wide as the wrap width, so the greedy-wrap test would run it into the next line. (lynx draws
#: one of "_", as it draws a form's text field: "Your e-mail ____", which is the form's line, not a rule.)
_RULE_CHARS = "━─═"
#: The shortest line of them read as a horizontal rule.
MIN_RULE_CHARS = 3


def _is_rule(line: str) -> bool:
    """The line is a horizontal rule: MIN_RULE_CHARS or more box-drawing rule characters, nothing else."""
    return line[:1] in _RULE_CHARS and len(line) >= MIN_RULE_CHARS and not line.strip(_RULE_CHARS + " ")


def _nested_items(raws: list[str], stripped: list[str]) -> dict[int, int]:
    """The lines that open an item of a nested list, with how many lists they sit inside beyond the outermost: a
    list marker (no number) indented past the marker of an item above it in the same list. Text browsers print a
    list inside a list item one indentation step further in (w3m "•" / "    □" / "        ☆", lynx "*" / "+" /
    "o"); a line that is no item, as far left as the list's first marker, ends the list. innerText and bs4 dumps
    indent nothing: no line of theirs is nested."""
    nested: dict[int, int] = {}
    columns: list[int] = []  # the marker columns of the open list, outermost first
    for i, raw in enumerate(raws):
        if raw[:1] != " ":  # most lines: flush left (or blank), which no list item is
            if raw and columns:
                columns.clear()
            continue
        line = stripped[i]
        if not line:
            continue
        column = len(raw) - len(line)
        head = line[0]
        # a marker and a space opens an item (the pattern only for a number: "12. …", not "12.5 kg")
        if not (((head in _BULLET_CHARS or head == "o") and line[1:2].isspace())
                or (head.isdigit() and _bullet(line) is not None)):
            if columns and column <= columns[0]:
                columns.clear()
            continue
        while columns and columns[-1] > column:
            columns.pop()
        if not columns or columns[-1] < column:
            columns.append(column)
        if len(columns) > 1 and not line[0].isdigit():
            nested[i] = len(columns) - 1  # a numbered sub-list is an outline's (an agenda's sub-points), not a menu's
    return nested


def _unescape_line(line: str) -> str:
    """A line with its references undone, unless that leaves it blank ("&nbsp;" alone): every non-blank
    line of the dump stays in a block."""
    undone = unescape(line)
    return undone if undone.strip() else line


def blocks_from_text(text: str, max_blocks: int | None = None,
                     max_lines: int | None = None) -> tuple[list[Draft], DumpStyle]:
    """Split a dump into drafts: every non-blank line belongs to exactly one draft.

    With ``max_blocks``, stops as soon as the dump has made more drafts than that (the caller raises);
    with ``max_lines``, a dump of more lines raises ``LineLimitError`` before any work on them.

    Soft hyphens inside words (U+00AD, invisible hyphenation hints that innerText keeps) are left out of
    the blocks' text, as a reader sees it; a line of them alone stays a line. Character references a page
    escaped twice ("O&#039;Donnell") are undone (``entities.unescape``): display text, not markup.
    """
    if SOFT_HYPHEN in text:
        text = _SOFT_HYPHENS_IN_WORDS.sub("", text)
    source = text.splitlines()
    if max_lines is not None and len(source) > max_lines:
        raise LineLimitError(f"the dump has {len(source):,} lines, over max_lines={max_lines:,}; "
                             "pass a larger max_lines in Limits to accept it", allowed=max_lines)
    if "&" in text:  # references the page escaped twice, which the browser showed as markup
        source = [_unescape_line(line) if "&" in line else line for line in source]
    raws = [raw.rstrip() for raw in source]
    stripped = [raw.lstrip() for raw in raws]
    syntax = dump_syntax.detect(text)
    # the tool's list of the page's links at the end of the dump is no text of the page: its long numbered addresses
    # would run past any wrap width, and its many lines would make the page's wrapped lines look scarce
    link_list = dump_syntax.link_list_start(stripped) if syntax.link_numbers else None
    page_lines = raws if link_list is None else raws[:link_list]
    style, width = detect_style(page_lines)
    wide = False
    if style is DumpStyle.LINES and (may_be := _first_may_be_wide(text)) >= 0 \
            and _WIDE.search(text, may_be) is not None:
        # a tool that gives a wide character two columns wraps Chinese or Japanese text at half the characters
        style, width = detect_style(page_lines, wide=True)
        wide = style is DumpStyle.WRAPPED
    # a table drawn as a grid is read cell by cell: each of its lines as the text of the cell holding text there
    grid = grid_tables.read_cells(raws) if grid_tables.may_hold_grid(text) else None
    if grid:
        for i, cell in grid.items():
            raws[i] = stripped[i] = cell.text
    # a dump of fewer lines than max_blocks cannot make more blocks: no count per block then
    cap = len(source) if max_blocks is None else max_blocks
    capped = cap < len(source)
    # looked up once: an Enum member costs a hook call per lookup (see ``pagesplit.members``)
    lines, wrapped = style is DumpStyle.LINES, style is DumpStyle.WRAPPED
    drafts: list[Draft] = []
    first = -1  # first line of the block being built; -1 when there is none
    prev = -1  # its last line so far
    last = len(raws) - 1
    for i, line in enumerate(stripped):
        if not line:
            if first >= 0:
                drafts.append(_draft(stripped, first, prev, style, len(drafts), syntax))
                first = -1
                if capped and len(drafts) > cap:
                    return drafts, style
            continue
        if first < 0:
            first = i
        else:
            if grid and (prev in grid or i in grid):  # a grid's cell runs on over its lines, and only there
                joined = grid_tables.runs_on(grid, prev, i)
            elif lines:  # innerText-like, the commonest: a line is a block unless a <br> ran it on
                joined = line[0].islower() and _continues_line(stripped[prev], line)
            elif wrapped:
                joined = (_continues_wrapped(raws[prev], raws[i], width, wide) or _continues_in_column(raws, prev, i)
                          or _continues_line(stripped[prev], line))
            else:
                joined = _continues_fragment(stripped[prev], line, stripped[i + 1] if i < last else None)
            if not joined and syntax.markdown and dump_syntax.link_runs_on(stripped[prev], line):
                joined = True  # a link's text broken across lines: "[the new" / "pier](/news/pier)"
            if joined and (line[0] in _RULE_CHARS or stripped[prev][0] in _RULE_CHARS) \
                    and (_is_rule(line) or _is_rule(stripped[prev])):
                joined = False  # a horizontal rule is a line of its own, never a wrapped sentence's
            if not joined:
                drafts.append(_draft(stripped, first, prev, style, len(drafts), syntax))
                first = i
                if capped and len(drafts) > cap:
                    return drafts, style
        prev = i
    if first >= 0:
        drafts.append(_draft(stripped, first, prev, style, len(drafts), syntax))
    nested = _nested_items(raws, stripped) if text.startswith(" ") or "\n " in text else None
    if nested:
        for d in drafts:
            assert d.span.start_line is not None  # the text front end gives every draft its lines
            d.nested = nested.get(d.span.start_line - 1, 0)
    if syntax.link_numbers:
        _hide_link_list(drafts, link_list)
    if lines and "\n\t" in text:
        drafts = _join_block_cells(drafts, source)
    return drafts, style


def _hide_link_list(drafts: list[Draft], start: int | None) -> None:
    """The tool's list of the page's links (from line ``start``, 0-based) is no text of the page: hidden, as the
    HTML front end hides a script's text."""
    if start is None:
        return
    for d in reversed(drafts):
        assert d.span.start_line is not None  # the text front end gives every draft its lines
        if d.span.start_line - 1 < start:
            break
        d.kind = Kinds.HIDDEN


def _is_cell_break(gap: list[str]) -> bool:
    """A blank line, a line of tabs only, a blank line: what innerText puts between two block cells."""
    return len(gap) == 3 and not gap[0] and not gap[2] and bool(gap[1]) and not gap[1].strip("\t")


def _join_block_cells(drafts: list[Draft], source: list[str]) -> list[Draft]:
    """innerText prints a table whose cells hold blocks one cell per paragraph, with a line holding only a
    tab between two cells of a row ("Rank", "", "\t", "", "Team"). Such a table becomes one block, as the
    HTML front end makes it: cells separated by tabs, rows (only blank lines between them) by newlines."""

    def first(d: Draft) -> int:
        assert d.span.start_line is not None  # the text front end gives every draft its lines
        return d.span.start_line

    def last(d: Draft) -> int:
        assert d.span.end_line is not None
        return d.span.end_line

    def gap(a: Draft, b: Draft) -> list[str]:
        return source[last(a):first(b) - 1]  # the lines between the two (1-based spans): blank, or tabs

    rows: list[list[Draft]] = []
    for d in drafts:
        if rows and _is_cell_break(gap(rows[-1][-1], d)):
            rows[-1].append(d)
        else:
            rows.append([d])
    out: list[Draft] = []
    table: list[list[Draft]] = []

    def flush() -> None:
        if table:
            text = "\n".join("\t".join(cell.text for cell in row) for row in table)
            span = Span.lines(first(table[0][0]), last(table[-1][-1]))
            out.append(Draft(len(out), text, Kinds.TABLE, span))
            table.clear()

    for row in rows:
        if len(row) == 1:
            flush()
            row[0].index = len(out)
            out.append(row[0])
        else:
            if table and any(line.strip() for line in gap(table[-1][-1], row[0])):
                flush()
            table.append(row)
    flush()
    return out
