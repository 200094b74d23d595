"""What flows through a batch: an ``Item`` read from an input, a ``Result`` after splitting it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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

    kind: ErrorKind  #: what stopped the input, one of ``ERROR_KINDS`` ("timeout", "crashed", "memory", …)
    message: str  #: a sentence for a person, saying what happened and what to change
    type: str | None = None  #: the name of the exception raised, when one was (``InternalError`` for a bug)
    #: For a ``LimitError``: the ``Limits`` field it names and its value, so that a caller (the command line) can
    #: word the message its own way across a process boundary; not part of the record.
    limit: str | None = None
    allowed: float | None = None  #: the value of that limit (not part of the record either)

    def to_dict(self) -> dict[str, str]:
        """The error record's fields: ``kind``, ``message`` and ``type`` when there is one."""
        out = {"kind": self.kind, "message": self.message}
        if self.type is not None:
            out["type"] = self.type
        return out


@dataclass(frozen=True, slots=True)
class Item:
    """One page to split: a stable ``id`` (unique within a batch), the ``source`` it was read from (a file,
    ``-``), its bytes or text, and how to split it. An item that could not be read carries ``error`` instead
    of ``data``."""

    #: stable and unique within a batch (a resumed run skips the ids written): the file's path, ``PATH:LINE`` for
    #: a JSON-lines input, ``PATH:WARC-RECORD-ID`` for a WARC record
    id: str
    source: str  #: where it was read from: a file, ``-`` for stdin
    data: bytes | str | None = None  #: the page's bytes or text (None when it could not be read)
    mode: Mode = "auto"  #: "auto" tells HTML from a text dump, "html" and "text" force a front end
    url: str | None = None  #: the page's URL when the input gives one (a WARC record, a JSON-lines field)
    charset: str | None = None  #: the encoding of ``data`` when the input declares it
    error: BatchError | None = None  #: why it could not be read (then ``data`` is None)
    #: when the page was fetched, when the input says (a WARC record's ``WARC-Date``, a JSON line's fetch time): the
    #: reference time of relative dates ("2 hours ago"), which are not read without one
    fetched: datetime | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """One input's outcome: its ``page``, or the ``error`` that stopped it. Run with ``as_json``, a page comes as
    ``page_json`` (its ``to_dict()`` as UTF-8 JSON, encoded in the worker) and ``page`` is None."""

    id: str  #: the ``Item.id`` it comes from
    source: str  #: the ``Item.source`` it comes from
    page: Page | None  #: the split page (None on error, or when run with ``as_json``)
    error: BatchError | None  #: what stopped it, or None
    url: str | None = None  #: the item's URL
    page_json: bytes | None = None  #: with ``as_json``: ``page.to_dict()`` as UTF-8 JSON, encoded in the worker

    @property
    def ok(self) -> bool:
        """True when the input was split (no ``error``)."""
        return self.error is None


def fetch_time(value: object) -> datetime | None:
    """A fetch time written in ISO 8601, as WARC and crawl records write it; None for anything else.

    >>> fetch_time("2024-03-12T10:00:00Z").isoformat(), fetch_time("yesterday"), fetch_time(1710237600)
    ('2024-03-12T10:00:00+00:00', None, None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text[-1:] in ("Z", "z"):  # datetime.fromisoformat reads "Z" only from Python 3.11
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
