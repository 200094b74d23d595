"""Typed fast builders of the two frozen public classes the pipeline makes once per block: ``Block`` and ``Span``.

A frozen dataclass's ``__init__`` (generated or written out) must set each field through
``object.__setattr__``, since the class's own ``__setattr__`` refuses: a call per field, which made text
mode 6.7 % slower than these builders (callgrind, sh innerText dumps). ``new_block`` and ``new_span``
build the object as an instance of an *open twin* of its class (a plain class with the same slots in the
same order, so the same memory layout), fill it with plain attribute stores, then make it a ``Block`` (or
``Span``) by assigning its ``__class__``, which Python allows between classes of one layout. The object is
the one ``Block(...)`` builds: of that type, equal and hashed alike, and still frozen.

Each builder spells out every field, typed and in declaration order, so mypy checks each call
(``tests/typing/constructors.py``); ``tests/test_assemble.py`` checks the parameters against the
dataclass fields. The twins are made with ``type()`` at import, so they stay plain classes when this module
is compiled with mypyc; ``model.py`` stays interpreted in such a build (its frozen classes must pickle), and
``_open_twin`` refuses a class whose layout it cannot copy. The internal, mutable ``Evidence`` needs no
builder: its written-out ``__init__`` is as fast (``draft.py``).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Final

from pagesplit.model import Block, BlockKind, Markup, Reason, Role, Span, TeaserPart

__all__ = ["line_span", "new_block", "new_span"]


def _open_twin(cls: type[Any]) -> type[Any]:
    """A plain class with ``cls``'s slots in the same order: the same layout, without the frozen ``__setattr__``."""
    names = tuple(f.name for f in fields(cls))
    if getattr(cls, "__slots__", None) != names or cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__}: a slotted dataclass with no base class is needed (its layout is copied)")
    return type(f"Open{cls.__name__}", (), {"__slots__": names})


_OPEN_BLOCK = _open_twin(Block)
_OPEN_SPAN = _open_twin(Span)
_new = object.__new__


def new_block(index: int, text: str, kind: BlockKind, role: Role, reason: Reason, span: Span,
              card: int | None, part: TeaserPart | None, trail: tuple[Reason, ...], markup: Markup | None) -> Block:
    """``Block(index, text, …, markup)``, every field given, built without a call per field."""
    obj: Any = _new(_OPEN_BLOCK)
    obj.index = index
    obj.text = text
    obj.kind = kind
    obj.role = role
    obj.reason = reason
    obj.span = span
    obj.card = card
    obj.part = part
    obj.trail = trail
    obj.markup = markup
    obj.__class__ = Block
    block: Block = obj
    return block


def new_span(start_line: int | None, end_line: int | None, path: str | None) -> Span:
    """``Span(start_line, end_line, path)``, every field given, built as ``new_block`` builds a block."""
    obj: Any = _new(_OPEN_SPAN)
    obj.start_line = start_line
    obj.end_line = end_line
    obj.path = path
    obj.__class__ = Span
    span: Span = obj
    return span


#: How many distinct line ranges ``line_span`` keeps.
MAX_SHARED_SPANS: Final = 100_000
_LINE_SPANS: dict[tuple[int, int], Span] = {}
#: Spans of one line, the commonest, by line number (index 0 unused): a list lookup, no key to build.
ONE_LINE_SPANS: Final = 5_000
_ONE_LINE_SPANS: list[Span] = []


def line_span(start: int, end: int) -> Span:
    """``Span.lines(start, end)``: the shared span of lines ``start``..``end`` (1-based, inclusive).

    Kept here rather than in ``model`` (which ``Span.lines`` calls) because the text front end asks for one per
    block: ``model`` stays interpreted in a compiled build, and a call into it from compiled code runs as Python.
    """
    if start == end:
        if start < len(_ONE_LINE_SPANS):
            return _ONE_LINE_SPANS[start]
        if start < ONE_LINE_SPANS:  # grown on demand, so importing the package builds none
            for n in range(len(_ONE_LINE_SPANS), min(ONE_LINE_SPANS, 2 * start + 64)):
                _ONE_LINE_SPANS.append(new_span(n, n, None))
            return _ONE_LINE_SPANS[start]
    key = (start, end)
    span = _LINE_SPANS.get(key)
    if span is None:
        if len(_LINE_SPANS) >= MAX_SHARED_SPANS:
            _LINE_SPANS.clear()
        span = _LINE_SPANS[key] = new_span(start, end, None)
    return span
