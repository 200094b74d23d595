"""Recipe: pagesplit with Hugging Face ``datasets``. Not a shipped API: copy it.

``Dataset.map(batched=True)`` hands a dict of columns to a function; each batch goes through
``pagesplit.batch.run``, so a page that hangs or kills its process becomes an error in its row.

    from datasets import load_dataset
    ds = load_dataset("json", data_files="pages.jsonl", split="train")   # columns: id, url, html
    ds = ds.map(split_columns, batched=True, batch_size=256, num_proc=2)
"""

from __future__ import annotations

from typing import Any

from pagesplit.batch import Item, run


def split_columns(batch: dict[str, list[Any]], *, field: str = "html",
                  time_limit: float = 10.0) -> dict[str, list[Any]]:
    """Adds the columns ``title``, ``text`` (the article), ``teasers`` (their titles) and ``error``."""
    items = [Item(id=str(number), source="datasets", data=page, url=url, mode="html" if field == "html" else "auto")
             for number, (url, page) in enumerate(zip(batch["url"], batch[field], strict=True))]
    added: dict[str, list[Any]] = {"title": [], "text": [], "teasers": [], "error": []}
    for result in run(items, workers=1, time_limit=time_limit):
        article = result.page.article if result.page is not None else None
        added["title"].append(article.title if article else None)
        added["text"].append(article.text if article else None)
        added["teasers"].append([teaser.title for teaser in result.page.teasers] if result.page else [])
        added["error"].append(result.error.kind if result.error else None)
    return {**batch, **added}
