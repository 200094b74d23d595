"""pagesplit on a Dask cluster (needs the extra pagesplit[dask]): a poisoned batch completes on a LocalCluster,
with the same error records as the command line's, and a daemonic worker is refused with a message that says
what to set."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from batch_pages import (
    ABORT,
    ALLOCATE,
    HANG,
    POISON_TIME_LIMIT,
    note,
    poison_memory_limit,
    split_in_place,
    split_or_poison,
)
from pagesplit.batch import work
from pagesplit.cli import main

dask = pytest.importorskip("dask", reason="the Dask integration needs the extra pagesplit[dask]")
distributed = pytest.importorskip("distributed", reason="the Dask integration needs the extra pagesplit[dask]")

from pagesplit.dask import read_bag, split_bag, to_jsonl  # noqa: E402 (after the skip)


def poisoned_files(folder: Path) -> list[str]:
    folder.mkdir()
    paths = []
    for number, marker in enumerate((HANG, ABORT, ALLOCATE)):
        lines = [json.dumps({"text": (marker + "\n\n" if line == 3 else "") + note(line)}) for line in range(8)]
        path = folder / f"part{number}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def errors(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {record["id"]: record["error"] for record in records if "error" in record}


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the CLI run's poisoned split function reaches its workers only when they are forked")
def test_poisoned_batch_completes_on_a_local_cluster(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    paths = poisoned_files(tmp_path / "in")
    limit = poison_memory_limit()
    run_options: dict[str, Any] = {"workers": 1, "time_limit": POISON_TIME_LIMIT, "max_worker_memory": limit,
                                   "split_function": split_or_poison}
    cli_flags = ["--workers", "1", "--time-limit", str(POISON_TIME_LIMIT), "--max-worker-memory", str(limit),
                 "--no-progress"]
    with dask.config.set({"distributed.worker.daemon": False}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  local_directory=str(tmp_path / "dask")) \
            as cluster, distributed.Client(cluster):
        names = to_jsonl(split_bag(read_bag(paths), **run_options), str(tmp_path / "out"))
    on_dask = [json.loads(line) for name in names for line in Path(name).read_text().splitlines()]
    assert len(on_dask) == 24
    monkeypatch.setattr(work, "split_item", split_or_poison)
    assert main([*paths, "--jsonl", *cli_flags]) == 1
    on_cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert errors(on_dask) == errors(on_cli)
    assert sorted(error["kind"] for error in errors(on_dask).values()) == ["crashed", "memory", "timeout"]


def test_plain_bag_map_loses_the_graph_where_split_bag_does_not(tmp_path: Path) -> None:
    """The contrast issue 14 draws: a page that aborts its process, split by a plain ``bag.map`` in the Dask
    worker, kills that worker each time the task is retried, and the graph fails with ``KilledWorker``; through
    ``split_bag`` the same partition completes, the page an error record of its own."""
    paths = poisoned_files(tmp_path / "in")[1:2]  # the file whose fourth line aborts its process
    # one retry, not the default three: each one waits for a killed worker's restart
    with dask.config.set({"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": 1}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  local_directory=str(tmp_path / "dask")) \
            as cluster, distributed.Client(cluster):
        with pytest.raises(distributed.KilledWorker):
            read_bag(paths).map(split_in_place).compute()
        results = split_bag(read_bag(paths), workers=1, split_function=split_or_poison).compute()
    assert len(results) == 8
    assert [r.error.kind for r in results if r.error is not None] == ["crashed"]


def test_a_daemonic_worker_is_refused_with_what_to_set(tmp_path: Path) -> None:
    paths = poisoned_files(tmp_path / "in")[:1]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                  local_directory=str(tmp_path / "dask")) \
            as cluster, distributed.Client(cluster), pytest.raises(RuntimeError, match=r"distributed\.worker\.daemon"):
        split_bag(read_bag(paths)).compute()
    plain = split_bag(read_bag([str(tmp_path / "in" / "part1.jsonl")]), isolate=False).compute(scheduler="sync")
    assert len(plain) == 8
