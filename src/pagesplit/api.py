"""The public entry points: ``split``, ``split_text``, ``split_html``."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from datetime import datetime
from typing import Any, ParamSpec, TypeVar

from pagesplit import ingest, lexicon, pipeline
from pagesplit.arguments import CallCheck
from pagesplit.assemble import assemble
from pagesplit.context import Context
from pagesplit.errors import InputError, InternalError, LimitError, PagesplitError
from pagesplit.frontend.text import DumpStyle, blocks_from_text
from pagesplit.model import InputKind, Page

#: Inputs larger than this are refused unless the caller raises ``max_chars`` (50 MB of text).
DEFAULT_MAX_CHARS = 50_000_000


_P = ParamSpec("_P")
_R = TypeVar("_R")


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
            return split_function(*args, **kwargs)
        except (PagesplitError, MemoryError):
            raise
        except Exception as exc:
            raise InternalError(f"{name} failed: {type(exc).__name__}: {exc}") from exc

    return wrapper


def _check_size(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise LimitError(f"input has {len(text):,} characters, over max_chars={max_chars:,}; pass a larger max_chars",
                         limit="max_chars", allowed=max_chars)


@_typed_errors
def split_text(dump: str | bytes, *, url: str | None = None, charset: str | None = None, explain: bool = False,
               max_chars: int = DEFAULT_MAX_CHARS, reference_time: datetime | None = None,
               disable: tuple[str, ...] | frozenset[str] = ()) -> Page:
    """Split a text dump (innerText, w3m, lynx, BeautifulSoup get_text) into article, teasers, chrome.

    ``url`` is where the dump came from: kept as ``Page.url``. ``disable``: rule ids whose verdicts are not
    taken, for measuring what a rule is worth (``benchmarks/ablation.py``); the block keeps its earlier verdict.

    >>> page = split_text("Skip to content\\n\\nA headline for the story\\n\\n" + "Words in a sentence. " * 30)
    >>> page.article.title
    'A headline for the story'
    >>> page.chrome[0].reason.rule
    'chrome.lexicon'
    """
    if isinstance(dump, str):
        ingest.check_not_binary(dump)
        text = dump
    elif isinstance(dump, bytes | bytearray | memoryview):
        text = ingest.decode(bytes(dump), charset)
    else:
        raise InputError(f"split_text expects str or bytes, got {type(dump).__name__}")
    _check_size(text, max_chars)
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.TEXT, explain=explain, url=url,
                  reference_time=reference_time, disabled=frozenset(disable))
    drafts, style = blocks_from_text(text)
    ctx.notes.append(f"dump-style: {style.value}")
    ctx.fragmented = style is DumpStyle.FRAGMENTS
    return assemble(pipeline.run(drafts, ctx), ctx)


@_typed_errors
def split_html(html: Any, *, url: str | None = None, charset: str | None = None, explain: bool = False,
               max_chars: int = DEFAULT_MAX_CHARS, max_depth: int | None = None,
               reference_time: datetime | None = None, disable: tuple[str, ...] | frozenset[str] = ()) -> Page:
    """Split an HTML page: ``str``, ``bytes``, an lxml element or tree, or a ``BeautifulSoup`` object.

    The caller's tree is never modified. ``reference_time``: when the page was fetched, to date a story
    that says "2 hours ago"; without it relative dates are not read. ``disable``: as for ``split_text``.
    """
    from pagesplit.frontend.html import DEFAULT_MAX_DEPTH, blocks_from_html, parse

    root = parse(html, charset=charset, max_chars=max_chars)
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.HTML, explain=explain, url=url,
                  reference_time=reference_time, disabled=frozenset(disable))
    drafts, hints = blocks_from_html(root, url=url, max_depth=max_depth or DEFAULT_MAX_DEPTH)
    ctx.hints = hints
    return assemble(pipeline.run(drafts, ctx), ctx)


@_typed_errors
def split(raw: Any, *, url: str | None = None, charset: str | None = None, explain: bool = False,
          max_chars: int = DEFAULT_MAX_CHARS, reference_time: datetime | None = None,
          disable: tuple[str, ...] | frozenset[str] = ()) -> Page:
    """Split a page, telling HTML from a text dump by its first characters.

    ``raw`` is ``str``, ``bytes``, an lxml element or tree, or a ``BeautifulSoup`` object.
    """
    if isinstance(raw, str | bytes | bytearray | memoryview):
        text, kind = ingest.read(raw if isinstance(raw, str) else bytes(raw), charset)
        _check_size(text, max_chars)
        if kind is InputKind.TEXT:
            return split_text(text, url=url, explain=explain, max_chars=max_chars, reference_time=reference_time,
                              disable=disable)
        return split_html(text, url=url, explain=explain, max_chars=max_chars, reference_time=reference_time,
                          disable=disable)
    return split_html(raw, url=url, charset=charset, explain=explain, max_chars=max_chars,
                      reference_time=reference_time, disable=disable)
