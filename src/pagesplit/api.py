"""The public entry points: ``split``, ``split_text``, ``split_html``.

Each takes ``limits=`` (a ``pagesplit.Limits``; docs/limits.md lists the defaults): over a limit,
the ``LimitError`` subclass naming it is raised, the input is never truncated.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import inspect
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any, ParamSpec, TypeVar

from pagesplit import ingest, lexicon, pipeline, timed_match
from pagesplit.arguments import CallCheck
from pagesplit.assemble import assemble
from pagesplit.context import Context
from pagesplit.errors import BlockLimitError, InputError, InternalError, PagesplitError
from pagesplit.frontend.dump_style import DumpStyle
from pagesplit.frontend.parse import check_size
from pagesplit.frontend.text import blocks_from_text
from pagesplit.limits import DEFAULT_LIMITS, Deadline, Limits
from pagesplit.model import InputKind, Page, PageWarning, WarningKind

#: Inputs larger than this are refused unless the caller raises ``max_chars`` (see ``Limits``).
DEFAULT_MAX_CHARS = DEFAULT_LIMITS.max_chars


_P = ParamSpec("_P")
_R = TypeVar("_R")


class _CollectorPause:
    """The cyclic garbage collector is off while any split runs, and back on (if it was on) when the last one
    ends. A split allocates tens of thousands of container objects that live until it returns, so the
    collector's young-generation passes (one per 700 net allocations by default) walk them and free nothing.
    Calls in other threads share one pause: the collector comes back when no split is running."""

    __slots__ = ("_lock", "_paused", "_running")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0  #: splits running
        self._paused = False  #: the collector was on when the first of them started, and this turned it off

    def __enter__(self) -> None:
        with self._lock:
            if not self._running and gc.isenabled():
                gc.disable()
                self._paused = True
            self._running += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._running -= 1
            if not self._running and self._paused:
                self._paused = False
                gc.enable()


_collector_pause = _CollectorPause()


def _typed_errors(split_function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Every failure of an entry point is a ``PagesplitError``: one the code raises on purpose as it is,
    any other (a bug) as an ``InternalError`` with the original as its cause. Memory errors pass.

    The caller's mistakes come first and stay ordinary: a call the signature does not accept, or a keyword
    of the wrong type, raises ``TypeError`` (a count out of range ``ValueError``) before any work starts."""
    name = split_function.__name__
    check_call = CallCheck(name, inspect.signature(split_function))

    @functools.wraps(split_function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        check_call(args, kwargs)
        try:
            with _collector_pause:
                result, skips = timed_match.collect(lambda: split_function(*args, **kwargs))
            if skips.by_pattern and isinstance(result, Page):
                return dataclasses.replace(result, warnings=_warnings(result, skips))
            return result
        except (PagesplitError, MemoryError):
            raise
        except RecursionError as exc:
            raise InternalError(f"{name} failed: RecursionError") from exc
        except Exception as exc:
            raise InternalError(f"{name} failed: {type(exc).__name__}: {exc}") from exc

    return wrapper


#: A skip's text is looked for among the page's blocks by its first this many characters (a block may hold it
#: re-spaced or joined with the lines around it).
SKIP_LOOKUP_CHARS = 200


def _warnings(page: Page, skips: timed_match.Skips) -> tuple[PageWarning, ...]:
    """The page's warnings for the patterns that ran out of time, each with the block it was stopped on."""
    warnings = []
    for skip in skips.by_pattern.values():
        probe = skip.subject.strip()[:SKIP_LOOKUP_CHARS]
        block = next((b.index for b in page.blocks if probe and probe in b.text), None)
        later = f", and on {skip.count - 1:,} later uses on this page" if skip.count > 1 else ""
        warnings.append(PageWarning(
            WarningKind.REGEX_TIMEOUT, skip.pattern, block, skip.count,
            f"the pattern {skip.pattern} ran past its time limit ({timed_match.MATCH_TIMEOUT_SECONDS:g} s) on a text "
            f"of {len(skip.subject):,} characters and was skipped there{later}: the rules that use it decided "
            "without it"))
    return tuple(warnings)


def _limits(limits: Limits | None, max_chars: int | None, max_depth: int | None = None) -> Limits:
    """``limits`` with the older single-limit keywords folded in."""
    chosen = DEFAULT_LIMITS if limits is None else limits
    if max_chars is not None:
        chosen = dataclasses.replace(chosen, max_chars=max_chars)
    if max_depth is not None:
        chosen = dataclasses.replace(chosen, max_depth=max_depth)
    return chosen


def _too_many_blocks(count: int, limits: Limits) -> BlockLimitError:
    return BlockLimitError(f"the page makes more than max_blocks={limits.max_blocks:,} blocks ({count:,} so far); "
                           "pass a larger max_blocks in Limits to accept it", allowed=limits.max_blocks)


def _text_page(decoded: ingest.Decoded, url: str | None, explain: bool, limits: Limits, deadline: Deadline,
               reference_time: datetime | None, disable: tuple[str, ...] | frozenset[str]) -> Page:
    check_size(decoded.text, limits)
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.TEXT, explain=explain, url=url,
                  reference_time=reference_time, disabled=frozenset(disable))
    ctx.notes.extend(decoded.notes)
    drafts, style = blocks_from_text(decoded.text, max_blocks=limits.max_blocks, max_lines=limits.max_lines)
    if len(drafts) > limits.max_blocks:
        raise _too_many_blocks(len(drafts), limits)
    deadline.check("the text front end")
    ctx.notes.append(f"dump-style: {style.value}")
    ctx.fragmented = style is DumpStyle.FRAGMENTS
    drafts = pipeline.run(drafts, ctx)
    deadline.check("the rules")
    return assemble(drafts, ctx)


def _html_page(html: Any, url: str | None, charset: str | None, explain: bool, limits: Limits,
               deadline: Deadline, notes: list[str], reference_time: datetime | None,
               disable: tuple[str, ...] | frozenset[str]) -> Page:
    from pagesplit.frontend.html import blocks_from_html, parse

    root = parse(html, charset=charset, limits=limits, notes=notes)
    deadline.check("parsing")
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.HTML, explain=explain, url=url,
                  reference_time=reference_time, disabled=frozenset(disable))
    ctx.notes.extend(notes)
    drafts, hints = blocks_from_html(root, url=url, max_depth=limits.max_depth, max_blocks=limits.max_blocks)
    if len(drafts) > limits.max_blocks:
        raise _too_many_blocks(len(drafts), limits)
    deadline.check("the HTML front end")
    ctx.hints = hints
    drafts = pipeline.run(drafts, ctx)
    deadline.check("the rules")
    return assemble(drafts, ctx)


@_typed_errors
def split_text(dump: str | bytes, *, url: str | None = None, charset: str | None = None, explain: bool = False,
               max_chars: int | None = None, limits: Limits | None = None,
               reference_time: datetime | None = None, disable: tuple[str, ...] | frozenset[str] = ()) -> Page:
    """Split a text dump (innerText, w3m, lynx, BeautifulSoup get_text) into article, teasers, chrome.

    ``url`` is where the dump came from, kept as ``Page.url``. The keywords, and the errors raised, are those of
    ``split``.

    >>> page = split_text("Skip to content\\n\\nA headline for the story\\n\\n" + "Words in a sentence. " * 30)
    >>> page.article.title
    'A headline for the story'
    >>> page.chrome[0].reason.rule
    'chrome.lexicon'
    """
    chosen = _limits(limits, max_chars)
    deadline = Deadline(chosen.max_seconds)
    if isinstance(dump, str):
        decoded = ingest.clean(dump)
    elif isinstance(dump, bytes | bytearray | memoryview):
        decoded = ingest.decode(bytes(dump), charset)
    else:
        raise InputError(f"split_text expects str or bytes, got {type(dump).__name__}")
    return _text_page(decoded, url, explain, chosen, deadline, reference_time, disable)


@_typed_errors
def split_html(html: Any, *, url: str | None = None, charset: str | None = None, explain: bool = False,
               max_chars: int | None = None, max_depth: int | None = None, limits: Limits | None = None,
               reference_time: datetime | None = None, disable: tuple[str, ...] | frozenset[str] = ()) -> Page:
    """Split an HTML page: ``str``, ``bytes``, an lxml element or tree, or a ``BeautifulSoup`` object.

    The caller's tree is never modified. ``url`` is where the page came from, kept as ``Page.url``, and the base
    that teaser links are resolved against. ``max_depth``, like ``max_chars``, is an older single-limit keyword
    that overrides that limit of ``limits``. The other keywords, and the errors raised, are those of ``split``.
    """
    chosen = _limits(limits, max_chars, max_depth)
    return _html_page(html, url, charset, explain, chosen, Deadline(chosen.max_seconds), [], reference_time,
                      disable)


@_typed_errors
def split(raw: Any, *, url: str | None = None, charset: str | None = None, explain: bool = False,
          max_chars: int | None = None, limits: Limits | None = None, reference_time: datetime | None = None,
          disable: tuple[str, ...] | frozenset[str] = ()) -> Page:
    """Split a page, telling HTML from a text dump by its first characters.

    ``raw`` is ``str``, ``bytes``, an lxml element or tree, or a ``BeautifulSoup`` object. A string or bytes is
    HTML when its first 4 KiB open as a page's source does (a doctype, ``<html>``, ``<head>``, an element followed
    by more markup) and a text dump otherwise; a parsed tree is HTML.

    Keywords (all optional, keyword-only):

    - ``url``: where the page came from, kept as ``Page.url`` (for HTML also the base that teaser links are
      resolved against).
    - ``charset``: the encoding of ``bytes`` input when the caller knows it (an HTTP ``Content-Type``); without
      it bytes are decoded as a browser does (BOM, a declared charset, UTF-8, windows-1252).
    - ``explain``: keep every block's earlier verdicts in ``Block.trail`` (docs/debugging.md).
    - ``limits``: a ``Limits`` bounding the call (docs/limits.md); ``max_chars``, the older single-limit
      keyword, overrides that limit.
    - ``reference_time``: when the page was fetched, to date a story that says "2 hours ago"; without it
      relative dates are not read.
    - ``disable``: registered rule ids whose verdicts are not taken, for measuring what a rule is worth
      (``benchmarks/ablation.py``): each block keeps the verdict it had before. An unknown id is a ``ValueError``.

    Over a limit the ``LimitError`` subclass naming it is raised; input it cannot read (a wrong type, binary data)
    raises ``InputError`` (``DecodeError`` for bytes that decode to no text); a call the signature does not accept,
    or a keyword of the wrong type or out of range, raises ``TypeError`` or ``ValueError`` before any work starts;
    any other failure is an ``InternalError``. All but the caller's ``TypeError``/``ValueError`` are
    ``PagesplitError``.
    """
    chosen = _limits(limits, max_chars)
    deadline = Deadline(chosen.max_seconds)
    if isinstance(raw, str | bytes | bytearray | memoryview):
        decoded, kind = ingest.read(raw if isinstance(raw, str) else bytes(raw), charset)
        check_size(decoded.text, chosen)
        if kind is InputKind.TEXT:
            return _text_page(decoded, url, explain, chosen, deadline, reference_time, disable)
        return _html_page(decoded.text, url, None, explain, chosen, deadline, decoded.notes, reference_time, disable)
    return _html_page(raw, url, charset, explain, chosen, deadline, [], reference_time, disable)
