"""Batches of pages: streamed inputs with stable ids (``read``), a guarded worker pool (``run``) and JSON-lines
output that can be resumed (``JsonlSink``).

    from pagesplit import batch

    for result in batch.run(batch.read(["crawl.warc.gz", "pages/"]), workers=2, time_limit=10):
        print(result.id, result.error.kind if result.error else result.page.article)

A page that hangs, kills its worker or outgrows its memory limit becomes an error record (``Result.error``)
and the batch goes on; no page is lost and none stalls the others.
"""

from pagesplit.batch.items import ERROR_KINDS, BatchError, Item, Result
from pagesplit.batch.read import Inputs, read
from pagesplit.batch.run import run

__all__ = ["ERROR_KINDS", "BatchError", "Inputs", "Item", "Result", "read", "run"]
