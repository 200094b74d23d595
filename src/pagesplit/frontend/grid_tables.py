"""Tables a dump tool draws with borders, read cell by cell.

Some tools that turn a page into text draw its tables as grids: a rule of ``+`` and ``-`` (or ``=``) above and below
each row, a ``|`` between the cells of every line, and each cell's text wrapped to the cell's width::

    +----------------------+----------------------+
    | Harbour news         | The ferry between    |
    |                      | Holm and the         |
    |                      | mainland will run    |

A page laid out with a table (a sidebar beside the story) then holds its whole story in one column of such a grid,
each of its lines a slice of a line of the story. A reader reads the cell, not the line: this module tells, for each
line of a grid, the text of the one cell that holds text on it, which cell that is and its width, so that the front
end joins the lines the tool wrapped inside a cell into its paragraphs (``frontend.line_joins``, by the greedy-wrap test
at the cell's width: a box of one field per line, a form or a menu, stays one block per line). A line where several
cells hold text keeps its cells side by side, read left to right; the borders and the rules are left as they are
(lines of symbols, no text of the page). The grid is read from the dump itself: a rule line, and rows whose every
line has a ``|`` at each of the rule's ``+`` columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import regex

from pagesplit.timed_match import timed

#: A grid's rule: ``+`` at each column border, ``-``, ``=`` or ``:`` (alignment marks) between.
_RULE = timed(regex.compile(r"\+(?:[-=:]++\+)++"), "grid-tables.rule")
#: A grid is read only with at least this many columns' borders in its rule (one cell: two ``+``).
MIN_BORDERS = 2
#: A cell's text stands between its borders with a space on each side ("| text |"): its wrap width is the
#: distance between the borders less this.
CELL_PADDING = 3
#: A row is read cell by cell when at least this many of its lines run on in their cell (wrapped text): one could be
#: a long code line the tool broke. Swept in session 24 on w3m dev: 1 and 3 change no page (w3m draws few such
#: tables; the bordered-table probes were not swept).
MIN_WRAPPED_PAIRS = 2


@dataclass(frozen=True, slots=True)
class CellLine:
    """A line of a grid's row: the text of the one cell holding text on it (``text``), and where that cell is
    (``row``: the line number of the rule above the row; ``column``: the cell's place in the row; ``width``: how many
    characters the tool wraps the cell's text at). ``column`` is -1 when several cells hold text on the line, and
    the text is theirs side by side."""

    text: str
    row: int
    column: int
    width: int


def may_hold_grid(text: str) -> bool:
    """A cheap test on the whole dump: a grid's rule opens a line (past its indent)."""
    return "+-" in text and ("-+\n" in text or "=+\n" in text)


def read_cells(raws: list[str]) -> dict[int, CellLine]:
    """The lines of the dump's grids (0-based, as in ``raws``) that hold text, each with its cell's text; lines of
    borders only, and the rules, are not in it. Only rows that wrap text inside a cell are read (at least
    MIN_WRAPPED_PAIRS lines running on in their cell, ``runs_on``): a box of code or of a form's fields, one item
    per line, is left as the tool drew it."""
    cells: dict[int, CellLine] = {}
    borders: list[int] | None = None  # the '+' columns of the rule above the current row
    row = -1
    held_here: dict[int, CellLine] = {}  # the current row's lines
    for i, raw in enumerate(raws):
        line = raw.rstrip()
        body = line.lstrip()  # a grid inside a list item is indented as the item's text is
        if body.startswith("+") and _RULE.fullmatch(body) is not None:
            _keep_wrapped(held_here, cells)
            held_here = {}
            found = [k for k, c in enumerate(line) if c == "+"]
            borders, row = (found, i) if len(found) >= MIN_BORDERS else (None, -1)
            continue
        if borders is None:
            continue
        if len(line) != borders[-1] + 1 or any(line[k] != "|" for k in borders):
            _keep_wrapped(held_here, cells)  # the grid ended (or this is no grid line after all)
            borders, row, held_here = None, -1, {}
            continue
        texts = [(column, line[a + 1:b].strip()) for column, (a, b) in enumerate(pairwise(borders))]
        held = [(column, text) for column, text in texts if text]
        if len(held) == 1:
            column = held[0][0]
            held_here[i] = CellLine(held[0][1], row, column, borders[column + 1] - borders[column] - CELL_PADDING)
        elif held:
            held_here[i] = CellLine(" ".join(text for _, text in held), row, -1, 0)
    _keep_wrapped(held_here, cells)
    return cells


def _keep_wrapped(row: dict[int, CellLine], cells: dict[int, CellLine]) -> None:
    """Add a row's lines to ``cells`` when the row wraps text in a cell (MIN_WRAPPED_PAIRS)."""
    if sum(runs_on(row, k, k + 1) for k in row) >= MIN_WRAPPED_PAIRS:
        cells.update(row)


def runs_on(cells: dict[int, CellLine], prev: int, i: int) -> bool:
    """Line ``i`` goes on with the text of line ``prev``'s cell: the next line of the same cell of a grid's row (no
    line of borders only between: a paragraph break inside the cell), where the tool wrapped the cell's text (the
    greedy-wrap test at the cell's width)."""
    before, after = cells.get(prev), cells.get(i)
    if before is None or after is None or i != prev + 1 or before.row != after.row or before.column != after.column \
            or before.column < 0:
        return False
    return len(before.text) + 1 + len(after.text.split(None, 1)[0]) > before.width
