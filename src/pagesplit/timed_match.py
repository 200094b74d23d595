"""Patterns over page text run with a time limit: one that runs too long is skipped, and the page says so.

Every pattern pagesplit runs is linear by construction (no nested or adjacent unbounded quantifiers over
overlapping characters; ``tests/adversarial`` feeds each a hostile line). The time limit is the backstop for the
pattern that an audit missed or a later edit breaks: the ``regex`` module stops a match after ``timeout=``
seconds, and ``TimedPattern`` turns that into *no match* (the rule that asked is skipped for that text) and a
``Skip`` record, which the entry points turn into a ``PageWarning`` of the page (``Page.warnings``, in
``to_dict()``).

A pattern that ran out of time once in a call is not run again in that call: a page of many hostile lines
would otherwise cost ``MATCH_TIMEOUT_SECONDS`` per line. Its later uses count as skips of the same warning.

A subject of at most ``UNTIMED_CHARS`` characters (most of them: a line, a label, a caption) is matched with no
time limit: the limit's clock costs a system call per match, and a text that short cannot run long.

A pattern is wrapped where it is defined, and its call sites stay as they are::

    _CREDIT = timed(regex.compile(r"..."), "features.credit")
    _CREDIT.search(text)            # None when the match ran out of time

Every pattern is a ``regex`` pattern: no module imports the standard library's ``re``, which has no time limit
(``tests/test_regex_module.py`` scans the source). Every pattern that runs over page text is a ``TimedPattern``;
the only untimed one, ``ingest._DECLARED``, reads the first 1,024 bytes. ``tests/adversarial/test_pattern_lines.py``
finds every ``TimedPattern`` and feeds it hostile lines made from its own pieces.

Where ``re`` was faster, ``regex`` is given a form that is not slower, or no pattern runs: the attribute pre-scan
reads each tag once (``(*SKIP)``), lone surrogates are replaced by the UTF-8 encoder, control bytes counted by
``bytes.translate``. ``re``'s ``[^\\W_]`` (``str.isalnum``) is written ``[\\p{L}\\p{N}]``: ``regex``'s ``\\w`` also
takes combining marks and leaves out superscript digits.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import regex

__all__ = ["MATCH_TIMEOUT_SECONDS", "Skip", "Skips", "TimedPattern", "collect", "first_in_ranges", "timed"]

#: The longest one match over page text may run. The slowest match measured on long inputs at the size limits
#: (``benchmarks/bench_match_times.py``: 9.7 million characters in one paragraph or line, 950,000 lines, a
#: 5-million-character URL) took 12 ms, so no ordinary text comes near it; a super-linear pattern on a hostile line
#: runs for minutes. The ``regex`` module looks at the clock only now and then: limits of 0.05 s stopped matches
#: after 0.12-0.16 s on a loaded machine.
MATCH_TIMEOUT_SECONDS = 1.0
#: A subject of at most this many characters is matched with no time limit. ``regex`` reads the time limit's clock
#: (``CLOCK_PROCESS_CPUTIME_ID``, a system call on Linux: the vDSO does not serve it) when a match starts and again
#: when it ends, and once more for each further match of ``findall``/``finditer``/``sub``/``split``, which callgrind
#: does not count. Dev sh pages (strace, 30 pages) made 766 such calls a text dump and 1,010 an HTML page; 229 and
#: 58 with this bound, and CPU time fell about 15 % (text) and 10 % (HTML). 89 % of text-mode and 94 % of
#: HTML-mode matches are on subjects this short (a line, a label, a caption: ``features.MAX_PREFIX_CHROME_CHARS`` is
#: 160, ``caption_shapes.MAX_CAPTION_CHARS`` 300). A short subject cannot run long: every pattern reads a hostile
#: line of ``tests/adversarial``'s 20,000 characters within its 0.25 s test limit, and a quadratic one would read
#: 300 characters 4,400 times faster; even the tests' made-up exponential pattern (nested quantifiers, which
#: ``regex``'s backtracking guards bound) reads 300 characters in about 20 ms.
UNTIMED_CHARS = 300


@dataclass(frozen=True, slots=True)
class Skip:
    """A pattern that ran out of time in this call: its name, the text it was stopped on (the first one) and
    how many of its uses were skipped (that one and every later one in the call)."""

    pattern: str
    subject: str
    count: int = 1


@dataclass(slots=True)
class Skips:
    """The skips of one call, by pattern name, in the order they first happened."""

    by_pattern: dict[str, Skip] = field(default_factory=dict)

    def add(self, pattern: str, subject: str) -> None:
        known = self.by_pattern.get(pattern)
        self.by_pattern[pattern] = Skip(pattern, subject) if known is None else \
            Skip(pattern, known.subject, known.count + 1)


_SKIPS: contextvars.ContextVar[Skips | None] = contextvars.ContextVar("pagesplit_skips", default=None)

_R = TypeVar("_R")


def collect(work: Callable[[], _R]) -> tuple[_R, Skips]:
    """Run ``work`` and return its result with the skips its timed matches made (a call of its own: nested calls
    of the entry points keep theirs apart)."""
    skips = Skips()
    token = _SKIPS.set(skips)
    try:
        return work(), skips
    finally:
        _SKIPS.reset(token)


#: Whether any match of this process ever ran out of time: until one does, no call needs to look for earlier skips.
_stopped_once = False


def _stopped(name: str, subject: str) -> None:
    global _stopped_once
    _stopped_once = True
    skips = _SKIPS.get()
    if skips is not None:
        skips.add(name, subject)


def _skipped_before(name: str) -> bool:
    skips = _SKIPS.get()
    return skips is not None and name in skips.by_pattern


class TimedPattern:
    """A compiled ``regex`` pattern whose matches stop after ``MATCH_TIMEOUT_SECONDS``: the methods of
    ``regex.Pattern`` that pagesplit uses, returning what *no match* returns when a match ran out of time
    (``None``, ``[]``, the text unchanged, the text unsplit).

    The time limit is passed by position, after the defaults of the arguments before it (``concurrent``,
    ``partial``, ``overlapped``, in the ``regex`` C module's order): passed by keyword, every call paid for
    parsing the keywords, about 3,500 instructions (callgrind), more than a short search itself.
    ``tests/test_timed_match.py`` stops every method on a hostile text, so a wrong position fails there.
    ``concurrent`` is False in every method: left at None, ``regex`` released the GIL
    around the match and took it back, 1,250 of a short search's 6,500 instructions (callgrind), for matches
    that last microseconds."""

    __slots__ = ("compiled", "name")

    def __init__(self, compiled: regex.Pattern[str], name: str) -> None:
        self.compiled = compiled
        self.name = name  #: what the pattern finds, named after its module ("caption_shapes.paren-credit")

    def __repr__(self) -> str:
        return f"timed({self.compiled!r}, {self.name!r})"

    @property
    def pattern(self) -> str:
        """The pattern's source, as ``regex.Pattern.pattern``."""
        return self.compiled.pattern

    def search(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        if _stopped_once and _skipped_before(self.name):
            _stopped(self.name, string)
            return None
        if len(string) <= UNTIMED_CHARS:
            return self.compiled.search(string, pos, endpos, False, False)
        try:
            return self.compiled.search(string, pos, endpos, False, False, MATCH_TIMEOUT_SECONDS)
        except TimeoutError:
            _stopped(self.name, string)
            return None

    def match(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        if _stopped_once and _skipped_before(self.name):
            _stopped(self.name, string)
            return None
        if len(string) <= UNTIMED_CHARS:
            return self.compiled.match(string, pos, endpos, False, False)
        try:
            return self.compiled.match(string, pos, endpos, False, False, MATCH_TIMEOUT_SECONDS)
        except TimeoutError:
            _stopped(self.name, string)
            return None

    def fullmatch(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        if _stopped_once and _skipped_before(self.name):
            _stopped(self.name, string)
            return None
        if len(string) <= UNTIMED_CHARS:
            return self.compiled.fullmatch(string, pos, endpos, False, False)
        try:
            return self.compiled.fullmatch(string, pos, endpos, False, False, MATCH_TIMEOUT_SECONDS)
        except TimeoutError:
            _stopped(self.name, string)
            return None

    def findall(self, string: str, pos: int | None = None, endpos: int | None = None) -> list[Any]:
        if _stopped_once and _skipped_before(self.name):
            _stopped(self.name, string)
            return []
        if len(string) <= UNTIMED_CHARS:
            return self.compiled.findall(string, pos, endpos, False, False)
        try:
            return self.compiled.findall(string, pos, endpos, False, False, MATCH_TIMEOUT_SECONDS)
        except TimeoutError:
            _stopped(self.name, string)
            return []

    def findall_spaced(self, string: str) -> list[Any]:
        """``findall(string)`` for a pattern whose matches are never empty, never hold a space and do not look around
        them (``\\w+``): the text is read in pieces of at most ``UNTIMED_CHARS`` cut at spaces, each with no time
        limit, so a long paragraph costs no clock read per match. A piece with no space to cut at is read with the
        limit; one that runs out of time gives what ``findall`` gives then (no match), for the whole text."""
        if len(string) <= UNTIMED_CHARS or (_stopped_once and _skipped_before(self.name)):
            return self.findall(string)
        found: list[Any] = []
        start = 0
        end = len(string)
        while start < end:
            if end - start <= UNTIMED_CHARS:
                cut = end
            else:  # the last space within UNTIMED_CHARS of the start, else the first one after it
                cut = string.rfind(" ", start, start + UNTIMED_CHARS + 1)
                if cut < 0:
                    cut = string.find(" ", start + UNTIMED_CHARS)
                    cut = end if cut < 0 else cut
            piece = string[start:cut]
            if len(piece) <= UNTIMED_CHARS:
                found += self.compiled.findall(piece, None, None, False, False)
            else:
                try:
                    found += self.compiled.findall(piece, None, None, False, False, MATCH_TIMEOUT_SECONDS)
                except TimeoutError:
                    _stopped(self.name, string)
                    return []
            start = cut + 1
        return found

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """The matches, found before the first is returned (a lazy iterator would raise in the caller's loop)."""
        if _stopped_once and _skipped_before(self.name):
            _stopped(self.name, string)
            return iter(())
        if len(string) <= UNTIMED_CHARS:
            return self.compiled.finditer(string, pos, endpos, False, False, False)
        try:
            return iter(list(self.compiled.finditer(string, pos, endpos, False, False, False, MATCH_TIMEOUT_SECONDS)))
        except TimeoutError:
            _stopped(self.name, string)
            return iter(())

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> str:
        if _stopped_once and _skipped_before(self.name):
            _stopped(self.name, string)
            return string
        if len(string) <= UNTIMED_CHARS:
            return self.compiled.sub(repl, string, count, None, None, False)
        try:
            return self.compiled.sub(repl, string, count, None, None, False, MATCH_TIMEOUT_SECONDS)
        except TimeoutError:
            _stopped(self.name, string)
            return string

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if _stopped_once and _skipped_before(self.name):
            _stopped(self.name, string)
            return [string]
        if len(string) <= UNTIMED_CHARS:
            return self.compiled.split(string, maxsplit, False)
        try:
            return self.compiled.split(string, maxsplit, False, MATCH_TIMEOUT_SECONDS)
        except TimeoutError:
            _stopped(self.name, string)
            return [string]


def timed(pattern: regex.Pattern[str], name: str) -> TimedPattern:
    """``pattern`` with a time limit on every match; ``name`` says what it finds, for the page's warning."""
    return TimedPattern(pattern, name)


def first_in_ranges(upper: TimedPattern, lower: TimedPattern, text: str) -> int:
    """Where the text's first character in either of two character ranges is, -1 when it has none: ``upper`` (a
    pattern of one plain range) is searched first, then ``lower`` (one plain range below it) only up to where
    ``upper`` matched. ``regex`` scans one plain range several times as fast as a set of two (a page's text, most
    of it in neither)."""
    later = upper.search(text)
    end = len(text) if later is None else later.start()
    first = lower.search(text, 0, end)
    return first.start() if first is not None else -1 if later is None else end
