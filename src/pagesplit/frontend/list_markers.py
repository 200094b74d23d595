"""List markers in a text dump: which line opens a list item, and how deep a nested item sits.

Text browsers print a list item behind a marker ("•", "*", "1."), one marker per nesting level, and indent a list
inside a list item one step further in; innerText and bs4 dumps print no marker of their own.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from pagesplit.timed_match import timed

#: List markers. Text browsers mark each nesting level of a list with its own: w3m "•", "□", "☆", "○", "■"; lynx
#: "*", "+", "o", "#", "@", "-" (dev dumps: every level-3 w3m item and level-4/5 lynx item opens with one of
#: the last ones, 6,260 "☆", 1,581 "#" and 471 "@" lines).
BULLET_CHARS = frozenset("•·▪◦‣∙●○■□☆➤►▸-*+#@")
_BULLET = timed(regex.compile(r"^\s*(?:[•·▪◦‣∙●○■□☆➤►▸#@-]|\*|\+|o(?=\s)|\d{1,3}[.)](?=\s))\s+"), "text.bullet")
#: Markers that are also page text: a dialogue dash, "+ 3", the word "o" ("o menino comeu…"), "# 1 hit", "@ home",
#: a rating's "☆ ☆". Such a marker is dropped from the text only in a list: the line before or after the block
#: (across blank lines) opens with a list marker too (lynx nests "+", "o", "#", "@"; w3m "□", "☆", "○").
TEXT_MARKERS = frozenset("-+o#@☆")
#: Markers that mark an empty list item when alone on a line.
_LONE_MARKERS = BULLET_CHARS - frozenset("#@☆")
#: How many blank lines may separate two items of one list.
MAX_LIST_GAP_LINES = 2
#: A numbered "bullet" followed by a capitalized word and a year is a date ("12. März 2024").
_DATE_AFTER_NUMBER = timed(regex.compile(r"^\d{1,2}\.\s+\p{L}+\.?,?\s+\d{4}\b"), "text.date-after-number")


def bullet(line: str) -> regex.Match[str] | None:
    """The list marker opening a line, if any ("• ", "* ", "1. "); cheap test before the pattern."""
    head = line[:1]
    if head and (head in BULLET_CHARS or head.isdigit() or head == "o"):
        match = _BULLET.match(line)
        if match and head.isdigit() and _DATE_AFTER_NUMBER.match(line):
            return None  # "12. März 2024" is a date, not item 12
        return match
    return None


def in_list(stripped: list[str], first: int, last: int) -> bool:
    """The nearest non-blank line before ``first`` or after ``last`` opens with a list marker."""
    for start, step in ((first - 1, -1), (last + 1, 1)):
        at = start
        for _ in range(MAX_LIST_GAP_LINES + 1):
            if not 0 <= at < len(stripped):
                break
            if stripped[at]:
                near = stripped[at]
                # an empty item is a marker alone ("+", lynx); a lone "#" or "@" is a link's (a permalink)
                if bullet(near) is not None or (len(near) == 1 and (near in _LONE_MARKERS or near == "o")):
                    return True
                break  # the first item of a list has no item before it: look after it
            at += step
    return False



def nested_items(raws: list[str], stripped: list[str], paragraph: Callable[[str], bool]) -> dict[int, int]:
    """The lines that open an item of a nested list, with how many lists they sit inside beyond the outermost: a
    list marker (no number) indented past the marker of an item above it in the same list. Text browsers print a
    list inside a list item one indentation step further in (w3m "•" / "    □" / "        ☆", lynx "*" / "+" /
    "o"); a line that is no item, as far left as the list's first marker, ends the list. innerText and bs4 dumps
    indent nothing: no line of theirs is nested.

    A line of prose (``paragraph``: the text front end's test of a stripped line) that does not start where an open
    list's item text starts ends the lists too: an item's own further lines (wrapped, a second paragraph) start
    there, and a tool that indents every block by how deep it sits in the page (inscriptis) prints the story under a
    menu list further in than the menu's markers, which the flush-left test alone would read as the menu's. (Short
    lines elsewhere, a sub-menu's heading or a picture's marker inside an item, do not end them: w3m prints those
    at their own indentation.)"""
    nested: dict[int, int] = {}
    columns: list[int] = []  # the marker columns of the open list, outermost first
    texts: list[int] = []  # the column each open list's last item's text starts at
    for i, raw in enumerate(raws):
        if raw[:1] != " ":  # most lines: flush left (or blank), which no list item is
            if raw and columns:
                columns.clear()
                texts.clear()
            continue
        line = stripped[i]
        if not line:
            continue
        column = len(raw) - len(line)
        head = line[0]
        # a marker and a space opens an item (the pattern only for a number: "12. …", not "12.5 kg")
        if not (((head in BULLET_CHARS or head == "o") and line[1:2].isspace())
                or (head.isdigit() and bullet(line) is not None)):
            if columns and (column <= columns[0] or (column not in texts and paragraph(line))):
                columns.clear()
                texts.clear()
            continue
        while columns and columns[-1] > column:
            columns.pop()
            texts.pop()
        marker = bullet(line) if head.isdigit() else None
        text_column = column + (marker.end() if marker is not None else len(line) - len(line[1:].lstrip()))
        if not columns or columns[-1] < column:
            columns.append(column)
            texts.append(text_column)
        else:
            texts[-1] = text_column
        if len(columns) > 1 and not line[0].isdigit():
            nested[i] = len(columns) - 1  # a numbered sub-list is an outline's (an agenda's sub-points), not a menu's
    return nested
