"""Made-up pages for the batch tests, and poisoned split functions that the workers import by name.

Kept in a module of its own (not a test file) so that a worker started by spawn, such as a Dask worker, can
import it: ``tests/`` is on the path pytest gives the test process, and a spawned process inherits the path."""

from __future__ import annotations

import faulthandler
import os
import time

from pagesplit.batch import Item
from pagesplit.batch.work import SplitOptions, split_item
from pagesplit.model import Page

HANG = "This page hangs for ever."
ABORT = "This page aborts its process."
ALLOCATE = "This page allocates without bound."
#: Memory the unbounded page takes per step: each step is written to, so it is resident at once.
ALLOCATION_STEP = 32 << 20
#: The per-page time limit of the poisoned batches: the unbounded page must reach its memory limit well within
#: it. Alone that takes some 0.3 s; on two cores shared by a load of 7 a worker may get a quarter of one.
POISON_TIME_LIMIT = 5.0
#: Memory a worker may take above the resident size of the process that starts it (a forked worker starts out
#: resident at its parent's size): far above what splitting these pages needs, far below the machine's memory.
POISON_MEMORY_HEADROOM = 300 << 20


def poison_memory_limit() -> int:
    """The memory limit of the poisoned batches: this process's resident size plus the headroom."""
    with open("/proc/self/statm", "rb") as statm:
        resident = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return resident + POISON_MEMORY_HEADROOM


def note(number: int, sentences: int = 4) -> str:
    """A short made-up news dump, different for every number."""
    return (f"Menu\n\nCouncil number {number} extends the opening hours of library {number}\n\n"
            + f"The library {number} will now stay open until nine in the evening on weekdays, the council said. "
            * sentences
            + f"\n\nStaff said {number} students had asked for longer hours during the exam season.\n")


def poisoned_items(count: int, poison_at: dict[int, str]) -> list[Item]:
    """``count`` text items with ids ``p00000``...; the item at each key of ``poison_at`` carries that marker."""
    return [Item(id=f"p{number:05d}", source="made-up", data=poison_at.get(number, "") + "\n\n" + note(number),
                 mode="text") for number in range(count)]


def split_or_poison(item: Item, options: SplitOptions) -> Page:
    """``split_item``, except on a page marked to hang, to abort its process, or to allocate without bound."""
    head = item.data[:200] if isinstance(item.data, str) else (item.data or b"")[:200].decode("utf-8", "replace")
    if HANG in head:
        while True:
            time.sleep(1)
    if ABORT in head:
        faulthandler.disable()  # pytest's handler would print the abort's stack on the shared stderr
        os.abort()
    if ALLOCATE in head:
        hoard: list[bytes] = []
        while True:
            hoard.append(b"x" * ALLOCATION_STEP)
    return split_item(item, options)


def split_in_place(item: Item) -> Page:
    """``split_or_poison`` with the default options, for a plain ``bag.map`` that splits in the Dask worker itself
    (no guard): the contrast ``tests/test_batch_dask.py`` draws."""
    return split_or_poison(item, SplitOptions())
