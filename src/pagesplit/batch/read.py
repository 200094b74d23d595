"""Streamed batch inputs with stable ids: files and directories, stdin, JSON lines, WARC and WET.

- a file (``.gz`` read transparently) or stdin (``-``) is one page; its id is its path as given (``-``);
- a JSON-lines file (``.jsonl``, ``.ndjson``, ``.gz`` too) holds one page a line, in a field named by ``field`` or
  the first of ``PAGE_FIELDS`` present; its id is ``PATH:LINE``; the first of ``FETCH_TIME_FIELDS`` that holds an
  ISO 8601 time is when the page was fetched (the reference time of its relative dates);
- a WARC or WET file (``.warc``, ``.wet``, ``.gz`` too; needs ``pagesplit[warc]``) holds one page per HTML response
  or WET conversion record; its id is ``PATH:WARC-RECORD-ID`` (see ``pagesplit.batch.warc``).

Whatever cannot be read (a missing file, a bad JSON line, a truncated ``.gz``) becomes an item with an error,
so it still gets its line in the output. Directories are walked by the CLI's rules (sorted, hidden skipped).
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from pagesplit.batch.files import open_regular
from pagesplit.batch.items import BatchError, Item, Mode, fetch_time
from pagesplit.batch.work import classify
from pagesplit.errors import InputError, PagesplitError
from pagesplit.limits import DEFAULT_LIMITS, Limits

GZIP_MAGIC = b"\x1f\x8b"
#: Fields that hold the page in a JSON line, in the order they are looked for, with the front end each implies.
PAGE_FIELDS: dict[str, Mode] = {"html": "html", "raw_html": "html", "text": "text", "raw_content": "text",
                                "content": "auto"}
#: Fields of a JSON line that say when its page was fetched (ISO 8601): the reference time of relative dates.
FETCH_TIME_FIELDS = ("fetch_time", "fetched_at", "crawl_date", "warc_date", "timestamp")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")

BAD_JSON_TEXT = "line {line} is not a JSON object: {problem}"
NO_FIELD_TEXT = "line {line} has no page field (looked for {fields})"
TRUNCATED_TEXT = "the file ends early, after line {line}: {problem}"

Select = Callable[[str], bool]


def _everything(_: str) -> bool:
    return True


class Inputs(Iterable[Item]):
    """The items of some inputs, read as they are iterated (once). ``skipped`` counts the records that hold no
    page (by kind: ``"revisit"``, ``"response application/pdf"``, ...), ``unselected`` the items ``select``
    turned away (another shard's, or already written)."""

    def __init__(self, targets: Sequence[str], *, glob: str = "*", field: str | None = None, mode: Mode = "auto",
                 url: str | None = None, charset: str | None = None, limits: Limits = DEFAULT_LIMITS,
                 select: Select | None = None) -> None:
        self.targets = list(targets)
        self.glob, self.field, self.mode, self.url, self.charset = glob, field, mode, url, charset
        self.limits = limits  # its max_chars caps the bytes read from a file or stdin
        self.select = select or _everything
        self.skipped: Counter[str] = Counter()
        self.unselected = 0

    def __iter__(self) -> Iterator[Item]:
        from pagesplit.cli_inputs import iter_inputs  # the CLI's directory walk, so both expand directories alike

        for path in iter_inputs(self.targets, self.glob):
            name = path.lower()
            if name.endswith(JSONL_SUFFIXES):
                items = self._jsonl(path)
            elif name.endswith(WARC_SUFFIXES):
                from pagesplit.batch.warc import read_warc

                items = read_warc(path, self.skipped)
            else:
                items = self._file(path)
            for item in items:
                if self.select(item.id):
                    yield item
                else:
                    self.unselected += 1

    def _file(self, path: str) -> Iterator[Item]:
        from pagesplit.cli_inputs import read_input

        def item(**kwargs: Any) -> Item:
            return Item(id=path, source=path, mode=self.mode, url=self.url, charset=self.charset, **kwargs)

        if not self.select(path):  # decided before reading: a shard or a resumed run reads only its own files
            yield item()
            return
        try:
            data = read_input(path, self.limits.max_chars)
        except (PagesplitError, OSError, MemoryError) as exc:  # a FIFO, too large, undecodable gzip, unreadable
            yield item(error=classify(exc))
            return
        yield item(data=data)

    def _jsonl(self, path: str) -> Iterator[Item]:
        line_number = 0
        try:
            handle = open_maybe_gzip(path)
        except (InputError, OSError) as exc:  # a FIFO, a missing or unreadable file
            yield Item(id=path, source=path, error=classify(exc))
            return
        try:
            with handle:
                for line_number, line in enumerate(handle, 1):
                    if line.strip():
                        yield self._json_item(path, line_number, line)
        except (OSError, EOFError, zlib.error) as exc:
            problem = str(exc) or type(exc).__name__
            yield Item(id=f"{path}:{line_number + 1}", source=path,
                       error=BatchError("read", TRUNCATED_TEXT.format(line=line_number, problem=problem),
                                        type(exc).__name__))

    def _json_item(self, path: str, line_number: int, line: bytes) -> Item:
        item_id = f"{path}:{line_number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            return Item(id=item_id, source=path, error=BatchError(
                "parse", BAD_JSON_TEXT.format(line=line_number, problem=exc), type(exc).__name__))
        if not isinstance(record, dict):
            return Item(id=item_id, source=path, error=BatchError(
                "parse", BAD_JSON_TEXT.format(line=line_number, problem=f"a {type(record).__name__}")))
        url = record.get("url") if isinstance(record.get("url"), str) else self.url
        names = [self.field] if self.field else list(PAGE_FIELDS)
        for name in names:
            value = record.get(name)
            if isinstance(value, str):
                mode = PAGE_FIELDS.get(name, "auto") if self.mode == "auto" else self.mode
                fetched = next((t for t in map(fetch_time, map(record.get, FETCH_TIME_FIELDS)) if t), None)
                return Item(id=item_id, source=path, data=value, mode=mode, url=url, fetched=fetched)
        return Item(id=item_id, source=path, url=url, error=BatchError(
            "parse", NO_FIELD_TEXT.format(line=line_number, fields=", ".join(names))))


def open_maybe_gzip(path: str) -> io.BufferedIOBase:
    """A regular file's bytes, gunzipped when it starts with the gzip magic number (whatever its name); a FIFO,
    device or socket is an ``InputError`` (``open_regular``)."""
    raw = open_regular(path)
    try:
        magic = raw.peek(len(GZIP_MAGIC))[:len(GZIP_MAGIC)]
    except BaseException:
        raw.close()
        raise
    return _ClosingGzipFile(raw) if magic == GZIP_MAGIC else raw


class _ClosingGzipFile(gzip.GzipFile):
    """A ``GzipFile`` over an open file that closes that file too (``GzipFile`` leaves a given file open)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def read(targets: Sequence[str], **options: Any) -> Inputs:
    """The items of ``targets`` (files, directories, ``-``), streamed; see ``Inputs`` for the options."""
    return Inputs(targets, **options)
