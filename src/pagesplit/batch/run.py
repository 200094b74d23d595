"""The guarded runner: split a stream of items in worker processes, none of which can stall or sink the batch.

Built on ``pebble.ProcessPool``, which already does the hard part: a task past its timeout has its worker killed
and replaced, a worker that dies fails only the task it was running (``ProcessExpired``), and ``max_tasks``
recycles a worker after so many tasks. ``expiry`` makes pebble read every message a dead worker sent before it
says which task the death ends, so a page that kills its worker under load is not reported as a timeout and a good
page before it keeps its result. Workers take one task at a time from a shared queue, so a killed worker
takes no other page with it. On top of that this module keeps a bounded window of items in flight, restores
input order, tells a worker stopped for its memory from one that crashed, and turns every outcome into a
``Result``. Only the parent reads inputs and sees results; writing is the caller's."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections import deque
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from pagesplit.batch import work
from pagesplit.batch.expiry import exact_expiry
from pagesplit.batch.items import BatchError, Item, Result
from pagesplit.batch.work import (
    MEMORY_EXIT_STATUS,
    SplitOptions,
    classify,
    is_bug,
    page_json,
    start_worker,
    stop_if_over_limit,
)
from pagesplit.model import Page

#: Items handed to the pool ahead of the free workers, per worker: enough that a worker never waits for the
#: parent, few enough that a killed worker's replacement finds the queue short.
QUEUED_PER_WORKER = 4
#: Finished results kept waiting for a slower page ahead of them (ordered output): at some hundred pages a
#: second on two workers this covers a page that runs to the default 10 s time limit without stalling anyone.
REORDER_WINDOW = 2000
#: The default per-page time limit, in seconds.
DEFAULT_TIME_LIMIT = 10.0

SplitFunction = Callable[[Item, SplitOptions], Page]

TIMEOUT_TEXT = "the page took longer than the time limit of {limit:g} s; its worker was stopped and replaced"
MEMORY_TEXT = "the worker passed its memory limit of {limit:,} bytes on this page; it was stopped and replaced"
CRASHED_TEXT = "the worker process died splitting this page (exit status {code}); it was replaced"


#: What a worker sends back: the page, its JSON (``as_json``), or why there is none.
Outcome = Page | bytes | BatchError


#: What the pool returns for one item.
Future = concurrent.futures.Future[Outcome]


def guarded(split_function: SplitFunction, item: Item, options: SplitOptions, as_json: bool = False) -> Outcome:
    """What a worker runs: the split (as its JSON with ``as_json``), any failure returned as a ``BatchError`` (a bug
    raised instead with ``options.debug``: it reaches the caller of ``run`` with the worker's traceback)."""
    try:
        page = split_function(item, options)
        return page_json(page) if as_json else page
    except (Exception, MemoryError) as exc:
        stop_if_over_limit(exc)
        if options.debug and is_bug(exc):
            raise
        return classify(exc)


@dataclass(frozen=True, slots=True)
class _Limits:
    time_limit: float | None
    max_worker_memory: int | None


def _result(item: Item, outcome: Outcome) -> Result:
    if isinstance(outcome, Page):
        return Result(item.id, item.source, outcome, None, item.url)
    if isinstance(outcome, bytes):
        return Result(item.id, item.source, None, None, item.url, page_json=outcome)
    return Result(item.id, item.source, None, outcome, item.url)


def _finished(item: Item, future: Future | None, limits: _Limits) -> Result:
    if future is None:  # an item that could not be read: its error is its result
        assert item.error is not None
        return _result(item, item.error)
    try:
        return _result(item, future.result())
    except TimeoutError:
        return _result(item, BatchError("timeout", TIMEOUT_TEXT.format(limit=limits.time_limit or 0)))
    except ProcessExpired as exc:
        if exc.exitcode == MEMORY_EXIT_STATUS and limits.max_worker_memory is not None:
            return _result(item, BatchError("memory", MEMORY_TEXT.format(limit=limits.max_worker_memory)))
        return _result(item, BatchError("crashed", CRASHED_TEXT.format(code=exc.exitcode)))


def _inline(items: Iterable[Item], split_function: SplitFunction, options: SplitOptions,
            as_json: bool) -> Generator[Result, None, None]:
    for item in items:
        yield _result(item, item.error if item.error is not None else guarded(split_function, item, options, as_json))


def run(inputs: Iterable[Item], *, workers: int = 1, time_limit: float | None = DEFAULT_TIME_LIMIT,
        max_worker_memory: int | None = None, ordered: bool = True, recycle_after: int | None = None,
        options: SplitOptions | None = None, isolate: bool = True, reorder_window: int = REORDER_WINDOW,
        split_function: SplitFunction | None = None, as_json: bool = False,
        start_method: str | None = None) -> Generator[Result, None, None]:
    """Split every item and yield one ``Result`` per item: in input order (``ordered``), or as they finish.

    ``workers`` processes split the pages; one that runs past ``time_limit`` seconds on a page, dies, or grows
    past ``max_worker_memory`` bytes of resident memory is killed and replaced, and its page becomes an error
    (``timeout``, ``crashed``, ``memory``). ``recycle_after`` replaces each worker after that many pages.
    ``isolate=False`` splits in this process instead, with no guard (where processes cannot be started).
    ``as_json=True`` has the workers encode each page as its JSON (``Result.page_json``, UTF-8 bytes, ``page``
    None): the parent then only writes it, which is what lets a JSON-lines batch scale past one core's worth of
    encoding. ``split_function`` (item, options) -> Page replaces ``work.split_item``; it must be importable by
    name in a worker. ``start_method`` ("fork", "spawn", "forkserver") starts the workers the way
    ``multiprocessing`` would (default: its own default); from a process that runs threads, "spawn" is the safe
    one (a forked child may inherit a lock some other thread held)."""
    options = options or SplitOptions()
    split_function = split_function or work.split_item
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, got {workers}")
    if not isolate:
        yield from _inline(inputs, split_function, options, as_json)
        return
    limits = _Limits(time_limit, max_worker_memory)
    pool = ProcessPool(max_workers=workers, max_tasks=recycle_after or 0, initializer=start_worker,
                       initargs=(max_worker_memory,), context=multiprocessing.get_context(start_method))
    exact_expiry(pool)  # a death pinned on its page even when the parent reads the worker's messages late
    window: deque[tuple[Item, Future | None]] = deque()
    running: set[Future] = set()
    most_running = workers * (1 + QUEUED_PER_WORKER)
    most_waiting = max(reorder_window, most_running) if ordered else most_running
    pending = iter(inputs)
    exhausted = False
    finished_cleanly = False
    try:
        while True:
            while not exhausted and len(running) < most_running and len(window) < most_waiting:
                item = next(pending, None)
                if item is None:
                    exhausted = True
                    break
                if item.error is not None:
                    window.append((item, None))
                    continue
                future = pool.schedule(guarded, args=(split_function, item, options, as_json), timeout=time_limit)
                running.add(future)
                window.append((item, future))
            if not window:
                break
            if ordered:
                head, head_future = window[0]
                if head_future is None or head_future.done():
                    window.popleft()
                    if head_future is not None:
                        running.discard(head_future)
                    yield _finished(head, head_future, limits)
                    continue
            elif any(future is None or future.done() for _, future in window):
                for entry in [entry for entry in window if entry[1] is None or entry[1].done()]:
                    window.remove(entry)
                    if entry[1] is not None:
                        running.discard(entry[1])
                    yield _finished(*entry, limits)
                continue
            done, _ = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
            running.difference_update(done)
        finished_cleanly = True
    finally:  # on an error, Ctrl-C or a consumer that stops early: kill the workers, wait for nothing
        if finished_cleanly:
            pool.close()  # type: ignore[no-untyped-call]
        else:
            pool.stop()  # type: ignore[no-untyped-call]
        pool.join()
