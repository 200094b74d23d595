"""innerText tables whose cells hold blocks: one ``TABLE`` block, as the HTML front end makes it."""

from __future__ import annotations

from pagesplit.draft import Draft
from pagesplit.frozen import line_span
from pagesplit.members import Kinds


def _is_cell_break(gap: list[str]) -> bool:
    """A blank line, a line of tabs only, a blank line: what innerText puts between two block cells."""
    return len(gap) == 3 and not gap[0] and not gap[2] and bool(gap[1]) and not gap[1].strip("\t")


def join_block_cells(drafts: list[Draft], source: list[str]) -> list[Draft]:
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
            span = line_span(first(table[0][0]), last(table[-1][-1]))
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
