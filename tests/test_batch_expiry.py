"""A worker's death is pinned on the page that killed it even when the parent reads the worker's messages late: the
race of a loaded machine, made certain by holding pebble's message thread back until the death has been handled."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pebble import ProcessPool
from pebble.pool import process

from batch_pages import ABORT, ALLOCATE, POISON_TIME_LIMIT, poison_memory_limit, poisoned_items, split_or_poison
from pagesplit.batch import run
from pagesplit.batch.expiry import exact_expiry

#: The longest the held-back message thread waits for the death to be handled (a death comes within a second).
GATE_SECONDS = 30.0


class HeldBack:
    """pebble's message thread, let read ``messages`` messages and then held until a death has been attributed."""

    def __init__(self, messages: int) -> None:
        self.messages = messages
        self.read = 0
        self.attributed = threading.Event()
        self.thread: int | None = None

    def hold(self) -> None:
        if self.read >= self.messages:
            self.attributed.wait(GATE_SECONDS)

    def loop(self, pool_manager: Any) -> None:
        """pebble's own message loop, on a manager whose ``process_next_message`` waits at the gate first."""
        self.thread = threading.get_ident()
        MESSAGE_LOOP(Gated(pool_manager, self))


class Gated:
    def __init__(self, manager: Any, gate: HeldBack) -> None:
        self.manager = manager
        self.gate = gate

    def __getattr__(self, name: str) -> Any:
        return getattr(self.manager, name)

    def process_next_message(self, timeout: float) -> None:
        self.gate.hold()
        self.manager.process_next_message(timeout)


MESSAGE_LOOP = process.message_manager_loop


@pytest.fixture
def held_back(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[HeldBack]:
    gate = HeldBack(request.param)
    receive = process.WorkerManager.receive
    attribute = process.PoolManager.handle_worker_expiration

    def counted_receive(self: Any, timeout: float) -> Any:
        message = receive(self, timeout)
        if threading.get_ident() == gate.thread and not isinstance(message, process.NoMessage):
            gate.read += 1
        return message

    def attributed(self: Any, expiration: tuple[int, int]) -> None:
        try:
            attribute(self, expiration)
        finally:
            gate.attributed.set()

    monkeypatch.setattr(process, "message_manager_loop", gate.loop)
    monkeypatch.setattr(process.WorkerManager, "receive", counted_receive)
    monkeypatch.setattr(process.PoolManager, "handle_worker_expiration", attributed)
    yield gate


#: Messages read before the death is seen: none (pebble would call the pool broken), the good page's
#: acknowledgement (the death pinned on the good page), its acknowledgement and result (the death dropped: timeout).
@pytest.mark.parametrize("held_back", [0, 1, 2], indirect=True)
@pytest.mark.parametrize(("poison", "kind"), [(ABORT, "crashed"), (ALLOCATE, "memory")])
def test_a_death_read_late_is_pinned_on_its_page(held_back: HeldBack, poison: str, kind: str) -> None:
    items = poisoned_items(3, {1: poison})
    results = list(run(items, workers=1, time_limit=POISON_TIME_LIMIT, max_worker_memory=poison_memory_limit(),
                       split_function=split_or_poison))
    assert held_back.attributed.is_set()
    assert [result.id for result in results] == [item.id for item in items]
    assert [result.error.kind if result.error else None for result in results] == [None, kind, None]
    assert results[0].page is not None and results[2].page is not None


def test_the_pool_manager_is_the_one_patched() -> None:
    """If a pebble release renames what ``exact_expiry`` replaces, this says so (the batch would still run, with
    pebble's own attribution)."""
    pool = ProcessPool(max_workers=1)
    try:
        assert exact_expiry(pool)
    finally:
        pool.stop()  # type: ignore[no-untyped-call]
        pool.join()
    assert not exact_expiry(object())  # type: ignore[arg-type]
