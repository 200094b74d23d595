"""WARC, WARC.gz and WET files as batch items, read with FastWARC (the optional extra ``pagesplit[warc]``).

- an HTTP response whose content type is HTML becomes an item for ``split_html``, with its target URI as ``url``
  and the charset of its HTTP ``Content-Type`` header;
- every page item's ``WARC-Date`` (when the record was fetched) is the reference time of its relative dates;
- a WET ``conversion`` record becomes an item for ``split_text``;
- every other record (request, metadata, revisit, a PDF or image response, ...) is skipped and counted.

Ids are ``PATH:WARC-RECORD-ID`` (the record id is unique by the WARC standard; the path keeps a copy of a file
apart), or ``PATH@OFFSET`` for a record without one; an error about the file as a whole has the id ``PATH@end``.

FastWARC ends silently on a truncated gzip stream, so the file is gunzipped here, by Python's ``gzip``, which
raises on a stream that ends early: that, or a record whose content is shorter than its declared length,
becomes an item with a ``read`` error after the records read before it.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from pagesplit.batch.files import open_regular
from pagesplit.batch.items import BatchError, Item, Mode, fetch_time
from pagesplit.errors import InputError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Bytes gunzipped per read: FastWARC asks for large blocks; this is what Python's gzip returns in one step.
CHUNK_BYTES = 1 << 16

MISSING_EXTRA_TEXT = "reading WARC files needs the optional extra: pip install 'pagesplit[warc]'"
TRUNCATED_TEXT = "the WARC file ends early, after {records} records: {problem}"
SHORT_RECORD_TEXT = "the record's content ends early: {got:,} of {expected:,} bytes (a truncated file)"


class _Gunzipped(io.RawIOBase):
    """A gzip stream that stops, rather than raises, where the compressed data ends early, and remembers why:
    FastWARC then sees an ordinary end of file and yields every record before it."""

    def __init__(self, compressed: gzip.GzipFile) -> None:
        super().__init__()
        self.compressed = compressed
        self.position = 0
        self.problem: str | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:  # FastWARC asks where it is; it only ever moves forward
        return True

    def tell(self) -> int:
        return self.position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset if whence == io.SEEK_SET else self.position + offset
        if whence == io.SEEK_END or target < self.position:
            raise io.UnsupportedOperation("a gzip stream is read forward only")
        self.read(target - self.position)
        return self.position

    def read(self, size: int = -1) -> bytes:
        parts: list[bytes] = []
        got = 0
        while self.problem is None and (size < 0 or got < size):
            try:
                block = self.compressed.read1(CHUNK_BYTES if size < 0 else min(size - got, CHUNK_BYTES))
            except (EOFError, OSError, zlib.error) as exc:
                self.problem = str(exc) or type(exc).__name__
                break
            if not block:
                break
            parts.append(block)
            got += len(block)
        self.position += got
        return b"".join(parts)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _content_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


def read_warc(path: str, skipped: Counter[str]) -> Iterator[Item]:
    """The pages of one WARC or WET file, in file order; see the module's docstring."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        yield Item(id=path, source=path, error=BatchError("read", MISSING_EXTRA_TEXT, "ImportError"))
        return
    records = 0
    try:
        raw = open_regular(path)
    except (InputError, OSError) as exc:  # a FIFO, a missing or unreadable file
        yield Item(id=path, source=path, error=BatchError("read", str(exc) if isinstance(exc, InputError)
                                                          else exc.strerror or str(exc), type(exc).__name__))
        return
    with raw:
        gunzipped = _Gunzipped(gzip.GzipFile(fileobj=raw)) if raw.peek(2)[:2] == b"\x1f\x8b" else None
        stream: IO[bytes] | _Gunzipped = gunzipped if gunzipped is not None else raw
        try:
            for record in ArchiveIterator(stream, parse_http=True):
                records += 1
                item = _item(path, record, WarcRecordType, skipped)
                if item is not None:
                    yield item
        except (OSError, ValueError) as exc:
            yield Item(id=f"{path}@end", source=path, error=BatchError(
                "read", TRUNCATED_TEXT.format(records=records, problem=exc), type(exc).__name__))
            return
    if gunzipped is not None and gunzipped.problem is not None:
        yield Item(id=f"{path}@end", source=path, error=BatchError(
            "read", TRUNCATED_TEXT.format(records=records, problem=gunzipped.problem), "EOFError"))


def _item(path: str, record: Any, types: Any, skipped: Counter[str]) -> Item | None:
    record_id = f"{path}:{record.record_id}" if record.record_id else f"{path}@{record.stream_pos}"
    url = record.headers.get("WARC-Target-URI")
    mode: Mode
    if record.record_type == types.conversion:
        mode, charset = "text", "utf-8"
    elif record.record_type == types.response and record.is_http:
        content_type = _content_type(record.http_content_type)
        if content_type not in HTML_TYPES:
            skipped[f"response {content_type or 'without a content type'}"] += 1
            return None
        mode, charset = "html", record.http_charset
    else:
        skipped[(record.headers.get("WARC-Type") or "unknown").lower()] += 1
        return None
    data = record.reader.read()
    if len(data) < record.content_length:
        return Item(id=record_id, source=path, url=url, error=BatchError(
            "read", SHORT_RECORD_TEXT.format(got=len(data), expected=record.content_length)))
    return Item(id=record_id, source=path, data=data, mode=mode, url=url, charset=charset,
                fetched=fetch_time(record.headers.get("WARC-Date")))
