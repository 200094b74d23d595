"""What a worker does with one item: split it, and turn every failure into a ``BatchError``.

Classified here, in the worker, so that only plain data crosses back to the parent (an exception with
required constructor arguments would not survive pickling)."""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pagesplit.api import split, split_html, split_text
from pagesplit.batch.items import BatchError, Item
from pagesplit.errors import DecodeError, InputError, InternalError, LimitError, PagesplitError
from pagesplit.limits import DEFAULT_LIMITS, Limits
from pagesplit.model import Page

#: A worker that finds itself above its memory limit exits with this status; the parent reads it as ``memory``
#: (a status no signal or Python error gives: 128 + n is a shell's signal death, 1 and 2 Python's own).
MEMORY_EXIT_STATUS = 86
#: How often a worker's watchdog thread reads its resident size: an allocation loop grows by some hundreds of
#: MB a second, so 20 ms lets it overshoot the limit by a few MB at most.
MEMORY_CHECK_SECONDS = 0.02
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

OUT_OF_MEMORY_TEXT = "ran out of memory splitting this input; the batch goes on (lower the limits, see docs/limits.md)"


@dataclass(frozen=True, slots=True)
class SplitOptions:
    """The keywords every item is split with; ``debug`` lets a bug (``InternalError``, or an exception outside the
    library) out of the worker with its traceback instead of making it an error record."""

    explain: bool = False
    limits: Limits = DEFAULT_LIMITS
    debug: bool = False
    #: the reference time of relative dates for items that do not say when they were fetched (``Item.fetched``)
    reference_time: datetime | None = None


def is_bug(exc: BaseException) -> bool:
    """Whether an exception is a bug rather than a documented refusal, a read error or a lack of memory."""
    if isinstance(exc, InternalError):
        return True
    return not isinstance(exc, PagesplitError | OSError | MemoryError)


def classify(exc: BaseException) -> BatchError:
    """The error record of an exception that reading or splitting an input raised."""
    name = type(exc).__name__
    if isinstance(exc, MemoryError):
        return BatchError("memory", OUT_OF_MEMORY_TEXT, name)
    if isinstance(exc, LimitError):
        return BatchError("too_large", str(exc), name, limit=exc.limit, allowed=exc.allowed)
    if isinstance(exc, DecodeError):
        return BatchError("decode", str(exc), name)
    if isinstance(exc, InputError):  # not a page at all: a FIFO or device, the wrong type
        return BatchError("read", str(exc), name)
    if isinstance(exc, PagesplitError):
        return BatchError("parse", str(exc), name)
    if isinstance(exc, OSError):
        return BatchError("read", exc.strerror or str(exc), name)
    return BatchError("parse", f"{name}: {exc}", InternalError.__name__)


def split_item(item: Item, options: SplitOptions) -> Page:
    """Split one item as its mode says."""
    split_function: Callable[..., Page] = split_html if item.mode == "html" else \
        split_text if item.mode == "text" else split
    return split_function(item.data, url=item.url, charset=item.charset if not isinstance(item.data, str) else None,
                          explain=options.explain, limits=options.limits,
                          reference_time=item.fetched or options.reference_time)


def page_json(page: Page) -> bytes:
    """``page.to_dict()`` as compact UTF-8 JSON, as the output lines hold it."""
    return json.dumps(page.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _resident_bytes() -> int:
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE


def _watch_memory(limit: int) -> None:
    while True:
        time.sleep(MEMORY_CHECK_SECONDS)
        if _resident_bytes() > limit:
            os._exit(MEMORY_EXIT_STATUS)


def _data_segment_bytes() -> int:
    with open("/proc/self/status", encoding="ascii", errors="replace") as status:
        for line in status:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


#: Set in a worker started with a memory limit: a ``MemoryError`` there means the limit was reached.
_memory_limit: list[int] = []


def stop_if_over_limit(exc: BaseException) -> None:
    """In a worker with a memory limit, a ``MemoryError`` (its data segment cap) ends the worker the way its
    watchdog does, so both ways of passing the limit are the same ``memory`` record, and the worker that held
    the memory is replaced rather than reused."""
    if isinstance(exc, MemoryError) and _memory_limit:
        os._exit(MEMORY_EXIT_STATUS)


def start_worker(max_memory: int | None) -> None:
    """A worker's initializer: with a memory limit, a watchdog thread that ends the worker once its resident size
    passes the limit, and a cap on its data segment (what it holds now plus the limit) so that one allocation
    too large to be seen growing fails at once with a ``MemoryError``."""
    if max_memory is None or not sys.platform.startswith("linux"):
        return
    _memory_limit.append(max_memory)
    cap = _data_segment_bytes() + max_memory
    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard == resource.RLIM_INFINITY or hard > cap:
        resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    threading.Thread(target=_watch_memory, args=(max_memory,), daemon=True, name="pagesplit-memory").start()
