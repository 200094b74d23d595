"""What flows through a batch: an ``Item`` read from an input, a ``Result`` after splitting it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pagesplit.model import Page

#: How an input failed, as written in its error record.
ErrorKind = Literal["timeout", "crashed", "memory", "too_large", "decode", "parse", "read"]
ERROR_KINDS: tuple[ErrorKind, ...] = ("timeout", "crashed", "memory", "too_large", "decode", "parse", "read")
#: Which front end splits an item: told by its content, or forced by where it came from.
Mode = Literal["auto", "html", "text"]


@dataclass(frozen=True, slots=True)
class BatchError:
    """Why one input has no page: ``kind`` (one of ``ERROR_KINDS``), a message, and the exception type's name
    when one was raised (``InternalError`` for a bug)."""

    kind: ErrorKind
    message: str
    type: str | None = None
    #: For a ``LimitError``: the ``Limits`` field it names and its value, so that a caller (the command line) can
    #: word the message its own way across a process boundary; not part of the record.
    limit: str | None = None
    allowed: float | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"kind": self.kind, "message": self.message}
        if self.type is not None:
            out["type"] = self.type
        return out


@dataclass(frozen=True, slots=True)
class Item:
    """One page to split: a stable ``id`` (unique within a batch), the ``source`` it was read from (a file,
    ``-``), its bytes or text, and how to split it. An item that could not be read carries ``error`` instead
    of ``data``."""

    id: str
    source: str
    data: bytes | str | None = None
    mode: Mode = "auto"
    url: str | None = None
    charset: str | None = None
    error: BatchError | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """One input's outcome: its ``page``, or the ``error`` that stopped it. Run with ``as_json``, a page comes as
    ``page_json`` (its ``to_dict()`` as UTF-8 JSON, encoded in the worker) and ``page`` is None."""

    id: str
    source: str
    page: Page | None
    error: BatchError | None
    url: str | None = None
    page_json: bytes | None = None

    @property
    def ok(self) -> bool:
        return self.error is None
