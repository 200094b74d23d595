"""Runs of consecutive blocks that share a key: the items of one list, the blocks of one linked box."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pagesplit.draft import Draft


def runs_by(drafts: Iterable[Draft], key_of: Callable[[Draft], str | None]) -> list[list[Draft]]:
    """The runs of consecutive drafts with the same key, in page order. A draft whose key is None belongs to
    no run and ends the one before it.

    >>> from pagesplit.model import BlockKind, Span
    >>> ds = [Draft(i, t, BlockKind.LINE, Span.lines(i + 1, i + 1)) for i, t in enumerate("aab-b")]
    >>> [[d.text for d in run] for run in runs_by(ds, lambda d: None if d.text == "-" else d.text)]
    [['a', 'a'], ['b'], ['b']]
    """
    runs: list[list[Draft]] = []
    key: str | None = None
    for d in drafts:
        current = key_of(d)
        if current is None:
            key = None
            continue
        if current != key:
            runs.append([])
            key = current
        runs[-1].append(d)
    return runs
