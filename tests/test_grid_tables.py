"""Tables a dump tool draws as grids ("+----+----+" rules, "|" between the cells), on made-up dumps: a page laid out
with a table holds its story in one column of the grid, each line a slice of the story's wrapped lines; the front end
reads the cell, joining the lines the tool wrapped inside it, and leaves a box of one item per line as it was."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pagesplit
from dredging import PARAGRAPHS
from pagesplit import Page, Role
from pagesplit.frontend import grid_tables
from pagesplit.frontend.text import blocks_from_text

SIDEBAR = ["Harbour news", "Ferries", "Tides"]
#: the cells' widths between their borders (a space each side of the text): a sidebar column and a story column
LEFT, RIGHT = 16, 40


def _grid(left: list[str], right: list[str], indent: str = "") -> list[str]:
    """A two-column grid of one row, each column's lines padded to its width, as a page-to-text converter draws a
    layout table."""
    rule = f"{indent}+{'-' * LEFT}+{'-' * RIGHT}+"
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [rule, *(f"{indent}| {a:<{LEFT - 2}} | {b:<{RIGHT - 2}} |" for a, b in zip(left, right, strict=True)), rule]


def _story_lines() -> list[str]:
    lines: list[str] = []
    for paragraph in PARAGRAPHS:
        lines += [*textwrap.wrap(paragraph, RIGHT - 2), ""]
    return lines[:-1]


def _sidebar_lines() -> list[str]:
    return [x for entry in SIDEBAR for x in (entry, "")][:-1]


def test_a_story_in_a_grid_column_is_read_as_its_paragraphs(assert_partition: Callable[[Page, str], None]) -> None:
    dump = "\n".join(["Dredging the harbour at last", "", *_grid(_sidebar_lines(), _story_lines())]) + "\n"
    drafts, _ = blocks_from_text(dump)
    texts = [d.text for d in drafts]
    for paragraph in PARAGRAPHS[1:]:  # the first shares its lines with the sidebar's entries
        assert paragraph in texts
    page = pagesplit.split_text(dump)
    assert page.article is not None
    assert PARAGRAPHS[2] in page.article.paragraphs
    assert_partition(page, dump)


def test_a_grid_inside_a_list_item_is_read_too() -> None:
    dump = "\n".join(["-   Harbour", "", *_grid([], _story_lines(), indent="    ")]) + "\n"
    texts = [d.text for d in blocks_from_text(dump)[0]]
    assert all(paragraph in texts for paragraph in PARAGRAPHS)


def test_a_box_of_one_item_per_line_is_left_as_drawn() -> None:
    """No line of a box of code or of a form's fields runs on in its cell: the box is left as the tool drew it,
    not read as cells, each of its items a block of its own line."""
    box = ["x = load(data)", "y = fit(x)", "plot(y)"]
    raws = _grid(box, ["Username", "Password", "Remember me"])
    assert grid_tables.read_cells(raws) == {}
    story = _grid([], _story_lines())
    assert len(grid_tables.read_cells(story)) == sum(1 for line in _story_lines() if line)


def test_the_block_of_a_story_column_is_its_wrapped_lines_only() -> None:
    """The story's role does not depend on the sidebar beside it: the short entries are their own blocks."""
    dump = "\n".join(_grid(_sidebar_lines(), _story_lines())) + "\n"
    page = pagesplit.split_text(dump)
    roles = {b.text: b.role for b in page.blocks}
    assert roles[PARAGRAPHS[2]] is Role.ARTICLE
