"""A hostile line for every timed pattern: none may run out of time on it (issue 13, item 4).

Every ``TimedPattern`` pagesplit holds is found at test time (module level, in containers, the patterns a
``Lexicon`` builds and the attribute pre-scan's), so a new pattern is covered without a list. Its lines are
made from its own pieces: a character matching each literal, escape or class of its source, repeated alone, in
adjacent pairs and as the whole sequence, with a character it does not expect at the end (where a careless
pattern backtracks), plus a few shapes every pattern gets. Each pattern scans every line (``findall``, which
starts a match at every place) with a short time limit: a linear pattern reads a line in milliseconds, a
super-linear one (nested or adjacent unbounded quantifiers over the same characters, a search that rereads the
rest of the line from every start) runs out of time, and the test names it and the line.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
from collections.abc import Iterator

import pytest
import regex

import pagesplit
from pagesplit import lexicon, timed_match
from pagesplit.frontend import parse
from pagesplit.limits import DEFAULT_LIMITS
from pagesplit.timed_match import TimedPattern, collect

#: Characters a hostile line is made of: for each piece of a pattern, the first (and second) of these it matches.
POOL = (" \ta1A.,-_:;/|<>=\"'&#()[]*+?!@%$^~`{}\\\n\r\x0b\x0c\xa0\u2009\u200b\u0301²éÉßñ漢字カナ한ไ年月日"
        "—–…«»“”„’")
#: Characters of each line: a linear scan takes about a millisecond, a quadratic one about 10^8 steps.
LINE_CHARS = 20_000
#: The time limit in this test: 100 times what a linear scan of a line needs, a fraction of what a quadratic
#: one does (the ``regex`` module looks at the clock only now and then, so it stops a little later).
TEST_TIMEOUT_SECONDS = 0.25
#: Shapes every pattern gets, beside those made from its pieces.
COMMON = ("<a", "<a ", "<a b=\"", " ", " \t", "a ", "a", "aA", "a1", "1", "1.", "0", "&#0", ". ", "\n", "-_",
          "\u0301", "漢", "word, ")
#: A token of a pattern's source: an escape (``\p{..}``, ``\L<..>``, ``\x..``, ``\u....``, one character), a
#: class (``[...]``), a group opening or verb (skipped), a metacharacter (skipped) or a literal.
_TOKEN = regex.compile(r"""\\[pP]\{[^}]*\}|\\L<[^>]*>|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}
    |\\N\{[^}]*\}|\\.|\[\^?\]?(?:\\.|\[:[a-z]+:\]|[^\]\\])*\]|\(\?[<=!>:a-zA-Z-]*|\(\*[A-Z]+\)|\{\d*,?\d*\}
    |[()|*+?^$]|.""", regex.VERBOSE | regex.DOTALL)
_SKIPPED = regex.compile(r"\(.*|\{.*|[)|*+?^$]")
#: Patterns pagesplit only ever runs at one place (``match``/``fullmatch``), never as a search: they get those.
ANCHORED = frozenset({"Lexicon.glued", "pagesplit.lexicon.date_shapes._AFTER_DAY_MONTH",
                      "pagesplit.lexicon.date_shapes._AFTER_MONTH_DAY",
                      "pagesplit.lexicon.date_shapes._AFTER_SLASHED_MONTH"})
#: Patterns that these lines show super-linear, not fixed yet (each stopped by the time limit on a page, with
#: a warning): expected to fail, strictly, so a fix shows here and its entry goes.
KNOWN_SUPERLINEAR: dict[str, str] = {}


def _timed_patterns() -> Iterator[tuple[str, TimedPattern]]:
    for info in pkgutil.walk_packages(pagesplit.__path__, "pagesplit."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra not installed
            continue
        for attr, value in vars(module).items():
            items = value.items() if isinstance(value, dict) else enumerate(value) \
                if isinstance(value, tuple | list) else [("", value)]
            for key, each in items:
                if isinstance(each, TimedPattern):
                    yield f"{info.name}.{attr}" + (f"[{key}]" if key != "" else ""), each
    lex = lexicon.load()
    for attr in dir(lex):
        value = getattr(lex, attr, None)
        if isinstance(value, TimedPattern):
            yield f"Lexicon.{attr}", value
    yield "parse._crowded_tag", parse._crowded_tag(DEFAULT_LIMITS.max_attributes)


def _patterns() -> dict[str, TimedPattern]:
    found: dict[str, TimedPattern] = {}
    seen: set[int] = set()
    for name, pattern in _timed_patterns():
        if id(pattern) not in seen:  # a pattern imported into another module is scanned once
            seen.add(id(pattern))
            found[name] = pattern
    return found


PATTERNS = _patterns()


def _samples(pattern: regex.Pattern[str]) -> list[str]:
    """One or two characters (or a named list's first entry) for each literal, escape or class of the source."""
    named = getattr(pattern, "named_lists", {})
    flags = pattern.flags & (regex.IGNORECASE | regex.DOTALL | regex.ASCII)
    samples = []
    for token in _TOKEN.findall(pattern.pattern):
        if _SKIPPED.fullmatch(token):
            continue
        if token.startswith("\\L<"):
            entries = sorted(named.get(token[3:-1], ()))
            samples.extend(entries[:1])
            continue
        try:
            piece = regex.compile(token, flags)
        except regex.error:
            continue
        samples.extend([c for c in POOL if piece.fullmatch(c)][:2])
    return list(dict.fromkeys(samples))


def _lines(pattern: regex.Pattern[str]) -> Iterator[str]:
    samples = _samples(pattern)
    units = [*samples, *(a + b for a, b in itertools.pairwise(samples)), "".join(samples), *COMMON]
    for unit in dict.fromkeys(u for u in units if u):
        body = unit * (LINE_CHARS // len(unit) + 1)
        yield body[:LINE_CHARS] + "\u2603"


def test_the_scan_finds_the_patterns() -> None:
    assert len(PATTERNS) > 60
    named = {"parse._crowded_tag", "pagesplit.lexicon.char_classes.DIGIT", "pagesplit.lexicon.LETTER_RUN"}
    assert named <= set(PATTERNS)


def test_the_lists_name_patterns_that_exist() -> None:
    assert ANCHORED | set(KNOWN_SUPERLINEAR) <= set(PATTERNS)


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_SUPERLINEAR[name], strict=True))
    if name in KNOWN_SUPERLINEAR else name for name in sorted(PATTERNS)])
def test_no_pattern_runs_out_of_time_on_a_hostile_line(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", TEST_TIMEOUT_SECONDS)
    pattern = PATTERNS[name]
    for line in _lines(pattern.compiled):
        for method in ("match", "fullmatch") if name in ANCHORED else ("findall",):
            _, skips = collect(lambda line=line, method=method: getattr(pattern, method)(line))
            assert not skips.by_pattern, \
                f"{name}.{method} ran out of time on {line[:40]!r}... ({len(line):,} characters)"


#: Lines that once made a pattern re-read the rest of the line from each start (quadratic): pattern name, line.
HOSTILE_LINES = [
    ("pagesplit.rules.title._INNER_SENTENCE_BREAK", "ab" * 100_000),
    ("pagesplit.rules.title._ENDS_WITH_INITIALISM", "\u00c9." * 100_000 + "x"),
    ("pagesplit.rules.title._TEXT_BROWSER_MARK", "[" * 100_000),
    ("pagesplit.rules.title._TEXT_BROWSER_MARK", "[" + "a" * 200_000),
    ("pagesplit.rules.inline_boxes._INLINE_SEPARATOR", "a" + " " * 200_000 + "b"),
    ("pagesplit.frontend.deep._TAG", "<a" * 100_000),
]


@pytest.mark.parametrize(("name", "line"), HOSTILE_LINES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(HOSTILE_LINES)])
def test_a_formerly_quadratic_pattern_reads_its_hostile_line_once(name: str, line: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", TEST_TIMEOUT_SECONDS)
    _, skips = collect(lambda: PATTERNS[name].findall(line))
    assert not skips.by_pattern, f"{name} ran out of time on {line[:20]!r}... ({len(line):,} characters)"
