"""Recipe: pagesplit on Apache Spark (PySpark). Not a shipped API: copy it.

Each partition goes through ``pagesplit.batch.run`` in worker processes of the executor's own, so a page that
hangs or kills its process becomes an error row, never a failed task that Spark retries and then fails the job.

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.getOrCreate()
    rows = spark.read.json("pages.jsonl")                       # columns: id, url, html
    out = rows.rdd.mapPartitions(split_partition).toDF(SCHEMA_DDL)
    out.write.parquet("split/")
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from pagesplit.batch import Item, run

#: The output rows: the page's JSON (``Page.to_dict()``) as a string, or the error's kind and message.
SCHEMA_DDL = "id STRING, url STRING, page STRING, error_kind STRING, error_message STRING"


def split_partition(rows: Iterable[Any], *, field: str = "html", time_limit: float = 10.0) -> Iterator[dict[str, Any]]:
    """One Spark partition: rows with ``id``, ``url`` and the page in ``field`` -> one output row each."""
    items = (Item(id=str(row["id"]), source="spark", data=row[field], url=row["url"],
                  mode="html" if field == "html" else "auto") for row in rows)
    for result in run(items, workers=1, time_limit=time_limit, as_json=True):
        yield {"id": result.id, "url": result.url,
               "page": result.page_json.decode("utf-8") if result.page_json is not None else None,
               "error_kind": result.error.kind if result.error else None,
               "error_message": result.error.message if result.error else None}


def page_of(row: dict[str, Any]) -> dict[str, Any] | None:
    """The page of an output row, as ``Page.to_dict()`` gives it."""
    return json.loads(row["page"]) if row["page"] else None
