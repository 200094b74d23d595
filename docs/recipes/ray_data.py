"""Recipe: pagesplit on Ray Data. Not a shipped API: copy it.

``map_batches`` hands a batch of rows to a function; each batch goes through ``pagesplit.batch.run``, so a page that
hangs or kills its process becomes an error row instead of a failed Ray task.

    import ray
    ds = ray.data.read_json("pages.jsonl")                      # columns: id, url, html
    ds.map_batches(split_batch, batch_size=256, batch_format="pandas").write_parquet("split/")
"""

from __future__ import annotations

from typing import Any

from pagesplit.batch import Item, run


def split_batch(batch: Any, *, field: str = "html", time_limit: float = 10.0) -> dict[str, list[Any]]:
    """A batch of rows (a pandas DataFrame, or a dict of columns) -> columns id, url, page (JSON), error_kind."""
    columns = batch if isinstance(batch, dict) else {name: list(batch[name]) for name in batch.columns}
    items = [Item(id=str(item_id), source="ray", data=page, url=url, mode="html" if field == "html" else "auto")
             for item_id, url, page in zip(columns["id"], columns["url"], columns[field], strict=True)]
    out: dict[str, list[Any]] = {"id": [], "url": [], "page": [], "error_kind": []}
    for result in run(items, workers=1, time_limit=time_limit, as_json=True):
        out["id"].append(result.id)
        out["url"].append(result.url)
        out["page"].append(result.page_json.decode("utf-8") if result.page_json is not None else None)
        out["error_kind"].append(result.error.kind if result.error else None)
    return out
