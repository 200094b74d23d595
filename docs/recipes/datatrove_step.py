"""Recipe: a datatrove ``PipelineStep`` that splits each document. Not a shipped API: copy it.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    LocalPipelineExecutor(pipeline=[WarcReader("crawl/"), PagesplitStep(), JsonlWriter("split/")], tasks=4).run()

Each document's text (the raw HTML from datatrove's WARC reader) goes through ``pagesplit.batch.run``; the article
replaces the text, the teasers and the rule-level split go to the metadata, and a document that could not be split
is dropped and counted, so one bad page never fails a task.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datatrove.pipeline.base import PipelineStep

from pagesplit.batch import Item, run


class PagesplitStep(PipelineStep):  # type: ignore[misc]
    name = "pagesplit"
    type = "✂️ - SPLIT"

    def __init__(self, time_limit: float = 10.0) -> None:
        super().__init__()
        self.time_limit = time_limit

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        documents: dict[str, Any] = {}

        def items() -> Iterator[Item]:
            for document in data:
                documents[document.id] = document
                yield Item(id=document.id, source="datatrove", data=document.text,
                           url=document.metadata.get("url"), mode="html")

        for result in run(items(), workers=1, time_limit=self.time_limit):
            document = documents.pop(result.id)
            if result.page is None or result.page.article is None:
                self.stat_update("dropped" if result.page is not None else f"error_{result.error.kind}")
                continue
            document.text = result.page.article.text
            document.metadata["title"] = result.page.article.title
            document.metadata["teasers"] = [teaser.title for teaser in result.page.teasers]
            self.stat_update("split")
            yield document
