"""pagesplit on Dask (the optional extra ``pagesplit[dask]``): a bag of pages, split under the batch runner's guards.

    from pagesplit.dask import read_bag, split_bag, to_jsonl

    to_jsonl(split_bag(read_bag(["crawl-00.warc.gz", "crawl-01.warc.gz"]), time_limit=10), "out/")

Each partition runs its pages through ``pagesplit.batch.run``, in worker processes of its own, so a page that
hangs, kills its process or grows without bound becomes an error record instead of a ``KilledWorker`` that
fails the graph. Dask's workers are daemonic by default, and a daemonic process may not start processes: set
``distributed.worker.daemon: False`` before starting the cluster, or pass ``isolate=False`` (no guards).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from typing import Any

import dask.bag as db

from pagesplit.batch import Item, Result, read, run
from pagesplit.batch.output import encode_result

DAEMON_TEXT = (
    "pagesplit.dask.split_bag runs each partition in worker processes of its own, and this Dask worker is a "
    "daemonic process, which may not start any: start the cluster with the setting distributed.worker.daemon: "
    "False (dask.config.set({'distributed.worker.daemon': False}) before LocalCluster), or pass isolate=False "
    "to split in the Dask worker itself, without the per-page guards"
)


def _read_partition(paths: list[str], options: dict[str, Any]) -> list[Item]:
    return list(read(paths, **options))


def read_bag(paths: Sequence[str], **read_options: Any) -> db.Bag:
    """A bag of ``Item``s with one partition per path (a WARC, JSON-lines or page file, or a folder); the
    keywords are ``pagesplit.batch.read``'s."""
    return db.from_sequence(list(paths), npartitions=max(1, len(paths))).map_partitions(
        _read_partition, read_options)


#: How a partition's worker processes start: a Dask worker runs threads (its event loop, its comms), and a child
#: forked from a threaded process may inherit a lock that another thread held, and wait on it for ever.
START_METHOD = "spawn"


def _split_partition(items: list[Item], options: dict[str, Any]) -> list[Result]:
    if options.get("isolate", True) and multiprocessing.current_process().daemon:
        raise RuntimeError(DAEMON_TEXT)
    return list(run(items, **{"start_method": START_METHOD, **options}))


def split_bag(bag: db.Bag, **run_options: Any) -> db.Bag:
    """A bag of ``Result``s, one per item, each partition split by ``pagesplit.batch.run(**run_options)``."""
    return bag.map_partitions(_split_partition, run_options)


def _line(result: Result) -> str:
    return encode_result(result).decode("utf-8").rstrip("\n")


def to_jsonl(bag: db.Bag, folder: str) -> list[str]:
    """Write the results as JSON lines (the CLI's records), one ``part-N.jsonl`` per partition; returns the
    file names."""
    names: list[str] = bag.map(_line).to_textfiles(f"{folder.rstrip('/')}/part-*.jsonl")
    return names
