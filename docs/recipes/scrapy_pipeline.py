"""Recipe: a Scrapy item pipeline that splits each crawled page. Not a shipped API: copy it.

    # settings.py
    ITEM_PIPELINES = {"myproject.pipelines.PagesplitPipeline": 300}

The spider yields items with ``url`` and ``html`` (``response.text``). The pipeline adds the article's title and
text, the teasers' titles and urls, and an ``error`` kind when the page could not be split; a failed page does not
stop the crawl. Scrapy runs pipelines in its one process, so the page is split in a guarded worker process:
a page that hangs past ``PAGESPLIT_TIME_LIMIT`` is stopped, not the crawl. That worker process is started per page
(some tens of milliseconds); set ``PAGESPLIT_ISOLATE = False`` to split in Scrapy's process when the pages are
trusted.
"""

from __future__ import annotations

from typing import Any

from pagesplit.batch import Item, run

#: Seconds a page may take before its worker is stopped.
PAGESPLIT_TIME_LIMIT = 10.0
#: Split in a guarded worker process (True) or in Scrapy's own process (False).
PAGESPLIT_ISOLATE = True


class PagesplitPipeline:
    """Adds ``title``, ``text``, ``teasers`` and ``error`` to each item (a dict or a Scrapy ``Item``)."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        page_item = Item(id=str(item["url"]), source="scrapy", data=item["html"], url=item["url"], mode="html")
        (result,) = run([page_item], workers=1, time_limit=PAGESPLIT_TIME_LIMIT, isolate=PAGESPLIT_ISOLATE)
        article = result.page.article if result.page is not None else None
        item["title"] = article.title if article else None
        item["text"] = article.text if article else None
        item["teasers"] = ([{"title": teaser.title, "url": teaser.url} for teaser in result.page.teasers]
                           if result.page is not None else [])
        item["error"] = result.error.kind if result.error else None
        return item
