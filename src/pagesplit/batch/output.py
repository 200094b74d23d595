"""JSON-lines output of a batch: one whole, flushed line per input, to stdout, a file, or a folder of parts;
and resuming: the ids an earlier run already wrote.

A record is ``{"id", "path", **page.to_dict()}`` or ``{"id", "path", "url"?, "error": {"kind", "message",
"type"?}}``; ``path`` is where the input was read from (a file, a WARC, ``-``).

Resuming reads the earlier output, keeps every whole line and cuts a torn last one (a run killed mid-write),
so the new lines follow whole ones.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

from pagesplit.batch.items import Result

#: Lines per part file when writing to a folder: 100,000 pages of some 20 kB each make parts of about 2 GB,
#: large enough to keep the file count low, small enough to copy and re-read one at a time.
PART_LINES = 100_000
PART_NAME = "part-{number:05d}.jsonl"
PART_GLOB = "part-*.jsonl"


def result_record(result: Result) -> dict[str, Any]:
    """The output record of one result."""
    record: dict[str, Any] = {"id": result.id, "path": result.source}
    if result.page is not None:
        record.update(result.page.to_dict())
        return record
    if result.page_json is not None:
        record.update(json.loads(result.page_json))
        return record
    if result.url is not None:
        record["url"] = result.url
    assert result.error is not None
    record["error"] = result.error.to_dict()
    return record


def encode(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def encode_result(result: Result) -> bytes:
    """The output line of one result; a page the worker already encoded (``page_json``) is spliced in as it is,
    after the id and path (byte for byte what ``encode(result_record(...))`` gives for the same page)."""
    if result.page_json is None:
        return encode(result_record(result))
    head = json.dumps({"id": result.id, "path": result.source}, ensure_ascii=False, separators=(",", ":"))
    return head[:-1].encode("utf-8") + b"," + result.page_json[1:] + b"\n"


def _write_stdout(line: bytes) -> None:
    """A line on stdout, through its byte layer when it has one (text written before is flushed first)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(line.decode("utf-8"))
        sys.stdout.flush()
    else:
        buffer.write(line)
        buffer.flush()


def _whole_line_ids(path: Path) -> tuple[set[str], int]:
    """The ids on the whole lines of an output file, and where the whole lines end."""
    ids: set[str] = set()
    end = 0
    with open(path, "rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break  # a torn last line: written by a run that was killed mid-write
            try:
                record = json.loads(line)
            except ValueError:
                break
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                ids.add(record["id"])
            end += len(line)
    return ids, end


def written_ids(target: str) -> set[str]:
    """The ids already in the output at ``target`` (a file, or a folder of parts); none when there is none."""
    path = Path(target)
    files = sorted(path.glob(PART_GLOB)) if path.is_dir() else [path] if path.is_file() else []
    ids: set[str] = set()
    for file in files:
        ids |= _whole_line_ids(file)[0]
    return ids


def _cut_torn_line(path: Path) -> None:
    end = _whole_line_ids(path)[1]
    if end < path.stat().st_size:
        os.truncate(path, end)


def is_folder_target(target: str) -> bool:
    return target.endswith(("/", os.sep)) or Path(target).is_dir()


class JsonlSink:
    """Writes one line per result, each whole and flushed at once: to stdout (``target`` None or ``-``), to a file
    (appended to when ``resume``), or to a folder of parts of ``part_lines`` lines (new parts after the existing
    ones when ``resume``). A file or folder is replaced unless ``resume``."""

    def __init__(self, target: str | None = None, *, resume: bool = False, part_lines: int | None = None) -> None:
        self.target = None if target in (None, "-") else target
        self.part_lines = part_lines or PART_LINES
        self.lines = 0
        self._part_lines = 0
        self._handle: BinaryIO | None = None
        self._folder: Path | None = None
        self._next_part = 0
        if self.target is None:
            return
        if is_folder_target(self.target):
            self._folder = Path(self.target)
            self._folder.mkdir(parents=True, exist_ok=True)
            parts = sorted(self._folder.glob(PART_GLOB))
            if resume:
                for part in parts:
                    _cut_torn_line(part)
                self._next_part = len(parts)
            else:
                for part in parts:
                    part.unlink()
        else:
            path = Path(self.target)
            if resume and path.is_file():
                _cut_torn_line(path)
            self._handle = open(path, "ab" if resume else "wb", buffering=0)  # noqa: SIM115 (closed in close)

    def _open_part(self) -> BinaryIO:
        assert self._folder is not None
        if self._handle is None or self._part_lines >= self.part_lines:
            if self._handle is not None:
                self._handle.close()
            path = self._folder / PART_NAME.format(number=self._next_part)
            self._next_part += 1
            self._part_lines = 0
            self._handle = open(path, "wb", buffering=0)  # noqa: SIM115 (closed on rotation or in close)
        return self._handle

    def write(self, result: Result) -> None:
        self.write_line(encode_result(result))

    def write_line(self, line: bytes) -> None:
        if self.target is None:
            _write_stdout(line)
        else:
            handle = self._open_part() if self._folder is not None else self._handle
            assert handle is not None
            view = memoryview(line)
            while view:  # an unbuffered write may take part of the line: write the rest
                written = handle.write(view)
                view = view[written or 0:]
        self.lines += 1
        self._part_lines += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
