"""Recipe: reading WARC files with warcio instead of FastWARC. Not a shipped API: copy it.

``pagesplit[warc]`` reads WARC files with FastWARC; where warcio is what a pipeline already has, this turns its
records into the batch's items. warcio, like FastWARC, ends silently on a truncated gzip file: check the file with
``gzip`` (or compare the record count) before trusting its end.

    from pagesplit.batch import run
    for result in run(warc_items("crawl.warc.gz"), workers=2):
        ...
"""

from __future__ import annotations

from collections.abc import Iterator

from pagesplit.batch import Item

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_items(path: str) -> Iterator[Item]:
    """The HTML responses of a WARC file as items (id ``PATH:WARC-RECORD-ID``, the target URI and HTTP charset)."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                continue
            yield Item(id=f"{path}:{record.rec_headers.get_header('WARC-Record-ID')}", source=path,
                       data=record.content_stream().read(), mode="html",
                       url=record.rec_headers.get_header("WARC-Target-URI"), charset=content_type)
