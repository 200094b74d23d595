"""Markdown links and pictures read over the whole dump, not block by block.

A page-to-markdown converter writes a link around whatever the link holds. A card that is one link (a picture, a
headline, a lede, a time) becomes one link whose text runs over several lines, and over blank lines when the card
holds paragraphs ("[ ![](a.jpg) Headline" / "" / "Lede ](/story)"); a run of such cards becomes one paragraph of
links, one after the other. Read block by block, the pieces are no markdown: an opening "[" in one block, a
closing "](/story)" two blocks on, a picture's alt text opened in one block and closed in the next. Read over the
whole dump, every bracket finds its pair: a link shows its text and no brackets or target, a picture shows nothing
(innerText shows none of it), and a bracket with no target after it is the page's own text ("[29]").

Only dumps ``dump_syntax.detect`` reads as markdown come here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import pairwise

import regex

from pagesplit.rules.record_symbols import MIN_RECORD_TITLE_WORDS
from pagesplit.timed_match import timed

#: A link of at least this many words is a card (a story's headline, maybe with its lede and time), not a menu
#: entry: the floor of a record's headline (``rules.record_symbols``).
MIN_CARD_LINK_WORDS = MIN_RECORD_TITLE_WORDS
#: A paragraph of links is a run of cards when at least this many of its links are cards.
MIN_CARD_LINKS = 2
_BLANK_LINE = "\n\n"
_BLANK_LINES = timed(regex.compile(r"\n\n"), "markdown-links.blank-lines")
#: What the pairing looks at: a bracket, or an escape and the character it escapes ("\\[" is a bracket of the text).
_BRACKETS = timed(regex.compile(r"\\.|[\[\]]", regex.DOTALL), "markdown-links.brackets")
#: What ends a target: its parentheses, or a blank line.
_TARGET_MARKS = timed(regex.compile(r"[()]|\n\n"), "markdown-links.target-marks")


@dataclass(frozen=True)
class MarkdownReading:
    """The dump's lines as a reader sees them, and the lines that open a card link of their own."""

    shown: list[str]  #: each (left-stripped) line without link syntax and pictures; "" where nothing is shown
    breaks: frozenset[int]  #: lines (0-based) that open a block: the first line of a card in a run of card links
    linked: list[int]  #: each line's characters a reader sees inside a link's text
    #: Lines (0-based) whose line break stands inside what a reader does not see (a link's target, a picture): the
    #: tool wrapped its own syntax ("![](https://cdn.example-" / "org/a.png)"), and the line runs on into the next.
    runs_on: frozenset[int]


@dataclass(frozen=True)
class _Link:
    start: int  #: its "[" (a picture's "!")
    end: int  #: after the ")" closing its target
    depth: int  #: how many links it sits inside


def read(lines: list[str]) -> MarkdownReading:
    """The reading of a markdown dump's left-stripped lines."""
    text = "\n".join(lines)
    hidden = bytearray(len(text))
    texts: list[tuple[int, int]] = []
    links = _pair(text, hidden, texts)
    shown = _shown(text, hidden).split("\n")
    return MarkdownReading(shown, frozenset(_card_breaks(text, hidden, links)), _linked(text, hidden, texts),
                           frozenset(_hidden_breaks(text, hidden)))


def _hidden_breaks(text: str, hidden: bytearray) -> list[int]:
    """The lines (0-based) whose line break is hidden: inside a link's target or a picture."""
    out: list[int] = []
    line = 0
    at = 0
    while (brk := text.find("\n", at)) >= 0:
        if hidden[brk]:
            out.append(line)
        line += 1
        at = brk + 1
    return out


def _target_end(text: str, at: int) -> int:
    """Where the target opened by the "(" at ``at`` ends (after its ")"); when it does not close before a blank
    line, minus where the search stopped (the blank line, or the end). A target may hold parentheses
    ("…/Tide_(sea)") and, wrapped, line breaks."""
    level = 0
    while (mark := _TARGET_MARKS.search(text, at)) is not None:  # (a timed finditer would find every mark first)
        c = mark.group()
        if c == "(":
            level += 1
        elif c == ")":
            level -= 1
            if not level:
                return mark.end()
        else:
            return -mark.start()  # a blank line
        at = mark.end()
    return -len(text)


def _pair(text: str, hidden: bytearray, texts: list[tuple[int, int]]) -> list[_Link]:
    """Pair every bracket of the dump, mark what a reader does not see in ``hidden`` (a link's brackets and target,
    a whole picture), add where each link's text stands to ``texts``, and return the links and pictures. An escaped
    bracket ("\\\\[") is text; so is a bracket pair with no target after it, and a bracket never closed."""
    links: list[_Link] = []
    runs: list[tuple[int, int]] = []  # what is hidden, marked once at the end: nested pictures overlap
    blanks = [m.start() for m in _BLANK_LINES.finditer(text)] if _BLANK_LINE in text else []
    stack: list[int] = []
    at = 0
    # a "](" before where a target left open stopped has none either (near enough: a text with a "(" never closed);
    # it is not searched again, so a paragraph of many such is read once, not once per "](" (adversarial input)
    unclosed = 0
    while (mark := _BRACKETS.search(text, at)) is not None:
        i = mark.start()
        at = mark.end()  # past the bracket, or past an escape and the character it escapes
        c = mark.group()
        if c == "[":
            stack.append(i)
        elif c == "]" and stack:
            opening = stack.pop()
            end = _target_end(text, i + 1) if i >= unclosed and text.startswith("(", i + 1) else 0
            if end < 0:
                unclosed = -end
            elif end:
                picture = opening > 0 and text[opening - 1] == "!"
                start = opening - 1 if picture else opening
                if picture and bisect.bisect_left(blanks, opening) == bisect.bisect_left(blanks, i):
                    runs.append((start, end))
                else:  # a link, or a "picture" whose alt runs over a blank line: its text shows
                    runs += [(start, opening + 1), (i, end)]
                    if not picture:
                        texts.append((opening + 1, i))
                links.append(_Link(start, end, len(stack)))
                at = end
    reach = 0
    for start, end in sorted(runs):
        if end > reach:
            start = max(start, reach)
            hidden[start:end] = b"\x01" * (end - start)
            reach = end
    return links


def _linked(text: str, hidden: bytearray, texts: list[tuple[int, int]]) -> list[int]:
    """Each line's characters a reader sees inside a link's text (a link in a link's text counted once)."""
    starts = [0]  # where each line starts
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    linked = [0] * len(starts)
    reach = 0
    for start, end in sorted(texts):
        start = max(start, reach)
        if start >= end:
            continue
        reach = end
        line = bisect.bisect_right(starts, start) - 1
        while start < end:
            stop = min(end, starts[line + 1] - 1 if line + 1 < len(starts) else len(text))
            linked[line] += hidden.count(0, start, stop)
            start = stop + 1
            line += 1
    return linked


def _shown(text: str, hidden: bytearray, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` without its hidden characters. Lines keep their numbers: a hidden run's line breaks
    stay, but when text follows the run with no space (a target the tool wrapped, then "-Situation" or ", "), they
    move to the end of that line: the text goes on the line the run started on, as the tool would have printed
    it unwrapped ("[Radon](…/radon-" / "glossary)-Situation" reads "Radon-Situation")."""
    stop = len(text) if end is None else end
    out: list[str] = []
    pending = 0  # line breaks of a hidden run, put back at the end of the line its glued text is on
    at = start
    while at < stop:
        cut = hidden.find(1, at, stop)
        piece = text[at:stop if cut < 0 else cut]
        if pending and (brk := piece.find("\n")) >= 0:
            piece = piece[:brk] + "\n" * pending + piece[brk:]
            pending = 0
        out.append(piece)
        if cut < 0:
            break
        back = hidden.find(0, cut, stop)
        back = stop if back < 0 else back
        pending += text.count("\n", cut, back)
        if pending and (back == stop or text[back].isspace()):
            out.append("\n" * pending)  # the text after the run starts a line of its own (or none follows)
            pending = 0
        at = back
    out.append("\n" * pending)
    return "".join(out)


def _card_breaks(text: str, hidden: bytearray, links: list[_Link]) -> list[int]:
    """The lines that open a card of their own in a run of card links: a paragraph of nothing but links, at least
    MIN_CARD_LINKS of them of MIN_CARD_LINK_WORDS words or more. Each of its links is a block from the line after
    the one the link before it closes on, when that line shows nothing after the close (an opening bracket, a
    picture): a browser shows each card apart. Menus of short links, and links in prose, are not broken."""
    outer = [link for link in links if not link.depth]
    if len(outer) < MIN_CARD_LINKS:
        return []
    starts = [0]  # where each line starts
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    breaks: list[int] = []
    run: list[_Link] = []
    for link in [*outer, None]:
        if link is not None and run and _BLANK_LINE not in text[run[-1].end:link.start] \
                and _only_spaces(text, hidden, run[-1].end, link.start):
            run.append(link)
            continue
        if len(run) >= MIN_CARD_LINKS and _is_card_run(text, hidden, run, starts):
            for before, after in pairwise(run):
                line = bisect.bisect_right(starts, before.end - 1) - 1  # the line the link closes on
                if line + 1 >= len(starts):
                    continue
                end = starts[line + 1] - 1
                # the next card starts on a line of its own, or shows nothing (its bracket, a picture) on this one
                if after.start >= end or (after.end > end and _only_spaces(text, hidden, after.start, end)):
                    breaks.append(line + 1)
        run = [] if link is None else [link]
    return breaks


def _is_card_run(text: str, hidden: bytearray, run: list[_Link], starts: list[int]) -> bool:
    """The links fill their paragraph (nothing shown before the first or after the last on their lines), and
    enough of them are cards."""
    first = starts[bisect.bisect_right(starts, run[0].start) - 1]
    last = bisect.bisect_right(starts, run[-1].end - 1)
    stop = starts[last] - 1 if last < len(starts) else len(text)
    if not (_only_spaces(text, hidden, first, run[0].start) and _only_spaces(text, hidden, run[-1].end, stop)):
        return False
    cards = sum(len(_shown(text, hidden, link.start, link.end).split()) >= MIN_CARD_LINK_WORDS for link in run)
    return cards >= MIN_CARD_LINKS


def _only_spaces(text: str, hidden: bytearray, start: int, end: int) -> bool:
    """Nothing a reader sees between ``start`` and ``end``."""
    return not _shown(text, hidden, start, end).strip()
