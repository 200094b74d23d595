"""The guarded runner: a page that hangs, kills its worker or grows without bound becomes an error record of its
kind, in its place, and every other page is split; order and output do not depend on the number of workers."""

from __future__ import annotations

import pytest

from batch_pages import (
    ABORT,
    ALLOCATE,
    HANG,
    POISON_TIME_LIMIT,
    note,
    poison_memory_limit,
    poisoned_items,
    split_or_poison,
)
from pagesplit import split_text
from pagesplit.batch import BatchError, Item, run

#: Small enough for a unit test on two loaded cores; the 2,000-page version runs in benchmarks/batch.py.
PAGES = 200
POISON = {40: HANG, 90: ABORT, 150: ALLOCATE}
KINDS = {40: "timeout", 90: "crashed", 150: "memory"}


@pytest.mark.parametrize("ordered", [True, False])
def test_poisoned_pages_fail_alone_with_their_kind(ordered: bool) -> None:
    items = poisoned_items(PAGES, POISON)
    results = list(run(items, workers=2, time_limit=POISON_TIME_LIMIT, max_worker_memory=poison_memory_limit(),
                       ordered=ordered,
                       split_function=split_or_poison))
    assert len(results) == PAGES
    ids = [result.id for result in results]
    if ordered:
        assert ids == [item.id for item in items]
    assert sorted(ids) == [item.id for item in items]
    by_id = {result.id: result for result in results}
    for number, item in enumerate(items):
        result = by_id[item.id]
        if number in KINDS:
            assert result.page is None and result.error is not None
            assert result.error.kind == KINDS[number], (number, result.error)
        else:
            assert result.error is None and result.page is not None
            assert result.page.article is not None
            assert result.page.article.title == f"Council number {number} extends the opening hours of library {number}"


def test_recycling_and_one_worker_give_the_same_pages() -> None:
    items = poisoned_items(30, {})
    expected = [split_text(item.data or "") for item in items]
    assert [r.page for r in run(items, workers=1, recycle_after=4)] == expected
    assert [r.page for r in run(items, workers=2, recycle_after=1)] == expected


def test_unreadable_items_pass_through_in_their_place() -> None:
    broken = Item(id="broken", source="x", error=BatchError("read", "no such file"))
    items = [Item(id="a", source="x", data=note(1)), broken, Item(id="b", source="x", data=note(2))]
    results = list(run(items, workers=2))
    assert [r.id for r in results] == ["a", "broken", "b"]
    assert results[1].error == broken.error
    assert [r.id for r in run(items, isolate=False)] == ["a", "broken", "b"]


def test_library_errors_are_classified_in_the_worker() -> None:
    items = [Item(id="big", source="x", data=note(1)), Item(id="bin", source="x", data=b"\x00\x01\x02" * 50),
             Item(id="ok", source="x", data=note(2))]
    from pagesplit.batch.work import SplitOptions
    from pagesplit.limits import Limits

    results = list(run(items, workers=1, options=SplitOptions(limits=Limits(max_chars=100))))
    assert [r.error.kind if r.error else None for r in results] == ["too_large", "decode", "too_large"]


def test_a_consumer_that_stops_early_stops_the_workers() -> None:
    results = run(poisoned_items(50, {3: HANG}), workers=2, time_limit=60, split_function=split_or_poison)
    assert next(results).id == "p00000"
    results.close()  # returns at once: the hanging worker is killed, not waited for


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(run([], workers=0))


def test_pages_encoded_in_the_workers_give_the_same_lines() -> None:
    from pagesplit.batch.output import encode, encode_result, result_record

    items = [*poisoned_items(5, {}), Item(id="bin", source="x", data=b"\x00\x01" * 40)]
    as_pages = [encode(result_record(result)) for result in run(items, workers=2)]
    as_json = list(run(items, workers=2, as_json=True))
    assert all(result.page is None for result in as_json)
    assert [encode_result(result) for result in as_json] == as_pages
    assert [encode(result_record(result)) for result in as_json] == as_pages
