"""A split runs with the cyclic garbage collector paused, and leaves it as it found it, whatever happens."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import pagesplit
from pagesplit import api


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_split_pauses_the_collector_and_restores_it(collector_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = api.pipeline.run

    def spy(drafts: list, ctx: object) -> list:  # type: ignore[type-arg]
        seen.append(gc.isenabled())
        return real(drafts, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(api.pipeline, "run", spy)
    pagesplit.split_text("A headline for the story\n\n" + "Words in a sentence. " * 20)
    pagesplit.split_html("<html><body><h1>A headline here</h1><p>" + "Words in a sentence. " * 20 + "</p></body>")
    assert seen == [False, False]
    assert gc.isenabled()


def test_the_collector_comes_back_after_a_failed_split(collector_on: None) -> None:
    with pytest.raises(pagesplit.PagesplitError):  # raised inside the pause: not text
        pagesplit.split_text(12)  # type: ignore[arg-type]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        pagesplit.split_text("A line of text.\n\nAnother line of text.")
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_overlapping_splits_share_one_pause(collector_on: None) -> None:
    """The collector stays off until the last running split ends, then comes back once."""
    pause = api._CollectorPause()
    with pause:
        assert not gc.isenabled()
        done = threading.Event()

        def other() -> None:
            with pause:
                assert not gc.isenabled()
            done.set()

        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        assert done.is_set() and not gc.isenabled()  # the first split still runs
    assert gc.isenabled()
