"""A pattern that runs out of time on a hostile text is skipped there, and the page says so (issue 13, item 4).

Every pattern pagesplit runs is linear, so no real one can be made to time out here: the tests put a made-up
super-linear pattern in the place of one (``chrome_shapes._MENU_LINE``, under its own name) and shorten the time limit,
then feed a made-up hostile line that sets it off.
"""

from __future__ import annotations

import json

import pytest
import regex

import pagesplit
from pagesplit import PageWarning, WarningKind, chrome_shapes, timed_match
from pagesplit.timed_match import TimedPattern, collect, timed

PROSE = "The council agreed on Tuesday to keep the harbour library open late through the exam season. " * 6
#: A line with a bar (so the menu-line shape is asked about it) and a long run the slow pattern backtracks on.
HOSTILE = "| " + "x" * 5000
#: Nested quantifiers over the same character: exponential on a run of x's with no y after it.
SLOW = r"^\|\s(?:x+x+)+y$"


@pytest.fixture
def slow_menu_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", 0.02)
    monkeypatch.setattr(chrome_shapes, "_MENU_LINE", timed(regex.compile(SLOW), "chrome_shapes.menu-line"))


def _dump(*lines: str) -> str:
    return "\n\n".join(("A headline for the story of the harbour library", PROSE, *lines, PROSE))


@pytest.mark.usefixtures("slow_menu_line")
def test_a_pattern_that_runs_out_of_time_is_skipped_with_a_typed_warning() -> None:
    page = pagesplit.split_text(_dump(HOSTILE))
    [warning] = page.warnings
    assert isinstance(warning, PageWarning) and warning.kind is WarningKind.REGEX_TIMEOUT
    assert warning.pattern == "chrome_shapes.menu-line" and warning.skipped == 1
    assert warning.block is not None and page.blocks[warning.block].text == HOSTILE
    assert page.article is not None and PROSE.strip() in page.article.text  # the page is whole
    record = json.loads(json.dumps(page.to_dict(), allow_nan=False))
    assert record["warnings"] == [{"kind": "regex-timeout", "pattern": "chrome_shapes.menu-line",
                                   "block": warning.block, "skipped": 1, "message": warning.message}]


@pytest.mark.usefixtures("slow_menu_line")
def test_once_stopped_a_pattern_is_not_run_again_on_that_page() -> None:
    page = pagesplit.split_text(_dump(HOSTILE, "Another paragraph in between the two odd lines.", HOSTILE + "x"))
    [warning] = page.warnings
    assert warning.skipped == 2  # the second hostile line did not cost another time limit


@pytest.mark.usefixtures("slow_menu_line")
def test_each_call_has_its_own_warnings() -> None:
    assert pagesplit.split_text(_dump(HOSTILE)).warnings
    assert pagesplit.split_text(_dump("An ordinary | menu | line")).warnings == ()


def test_a_normal_page_has_no_warnings() -> None:
    page = pagesplit.split_text(_dump("Home | News | Sport"))
    assert page.warnings == () and page.to_dict()["warnings"] == []


@pytest.mark.parametrize(("method", "args", "no_match"), [
    ("search", (), None), ("match", (), None), ("fullmatch", (), None), ("findall", (), []),
    ("sub", ("-",), None), ("split", (), None), ("finditer", (), None),
])
def test_every_method_answers_no_match_when_stopped(monkeypatch: pytest.MonkeyPatch, method: str,
                                                     args: tuple[str, ...], no_match: object) -> None:
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", 0.02)
    pattern = TimedPattern(regex.compile(r"(?:x+x+)+y"), "test.slow")
    text = "x" * 5000
    call = getattr(pattern, method)
    answer, skips = collect(lambda: call(*args, text) if args else call(text))
    expected = {"sub": text, "split": [text]}.get(method, no_match)
    assert (list(answer) if method == "finditer" else answer) == ([] if method == "finditer" else expected)
    assert list(skips.by_pattern) == ["test.slow"]


class _MustNotRun:
    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"a stopped pattern ran again ({name})")


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "findall", "split", "finditer"])
def test_a_stopped_pattern_is_not_run_again_in_the_call(monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", 0.02)
    pattern = TimedPattern(regex.compile(r"(?:x+x+)+y"), "test.slow")
    text = "x" * 5000

    def twice() -> None:
        getattr(pattern, method)(text)
        pattern.compiled = _MustNotRun()  # type: ignore[assignment]
        answer = getattr(pattern, method)(text)
        assert (list(answer) if method == "finditer" else answer) in (None, [], [text])

    _, skips = collect(twice)
    assert skips.by_pattern["test.slow"].count == 2


class _Recorder:
    """Stands in for a compiled pattern and keeps the positional arguments of the last call."""

    def __init__(self, compiled: regex.Pattern[str]) -> None:
        self.compiled = compiled
        self.calls: dict[str, tuple[object, ...]] = {}

    def __getattr__(self, name: str) -> object:
        def record(*args: object) -> object:
            self.calls[name] = args
            return getattr(self.compiled, name)(*args)
        return record


def _concurrent_position(method: object, args: tuple[object, ...]) -> int:
    """The position ``regex`` reads as ``concurrent``: the one where a non-number is refused under that name."""
    for position in range(len(args)):
        probe = (*args[:position], "not a flag", *args[position + 1:])
        try:
            method(*probe)  # type: ignore[operator]
        except (TypeError, ValueError) as refused:
            if "concurrent" in str(refused):
                return position
    raise AssertionError("no position is read as concurrent")


@pytest.mark.parametrize(("method", "args"), [
    ("search", ()), ("match", ()), ("fullmatch", ()), ("findall", ()), ("finditer", ()), ("sub", ("-",)),
    ("split", ()),
])
def test_every_method_keeps_the_gil_during_its_short_match(method: str, args: tuple[str, ...]) -> None:
    compiled = regex.compile(r"x")
    recorder = _Recorder(compiled)
    pattern = TimedPattern(compiled, "test.fast")
    pattern.compiled = recorder  # type: ignore[assignment]
    getattr(pattern, method)(*args, "axb")
    passed = recorder.calls[method]
    assert passed[_concurrent_position(getattr(compiled, method), passed)] is False


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "findall", "finditer", "sub", "split"])
def test_a_short_subject_is_matched_with_no_time_limit(monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", 0.0)  # a limit that stops every timed match at once
    pattern = TimedPattern(regex.compile(r"x+"), "test.short")
    call = getattr(pattern, method)
    short = "x" * timed_match.UNTIMED_CHARS
    answer, skips = collect(lambda: call("-", short) if method == "sub" else call(short))
    assert not skips.by_pattern
    if method == "finditer":
        assert [m.group() for m in answer] == [short]
    elif method in ("search", "match", "fullmatch"):
        assert answer is not None and answer.group() == short
    else:
        assert answer == {"sub": "-", "split": ["", ""], "findall": [short]}[method]
    _, skips = collect(lambda: call("-", short + "x") if method == "sub" else call(short + "x"))
    assert list(skips.by_pattern) == ["test.short"]  # one character longer: timed, and stopped


def test_words_read_in_pieces_cut_at_spaces_are_findalls_words_with_no_time_limit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = TimedPattern(regex.compile(r"\w+"), "test.word")
    texts = [PROSE * 3, "Ça va à l'école, dit-elle; " * 40, "日本語の文章 " * 120, "word " * 60 + "x" * 250 + " end",
             " " * 301 + "lead", "tail" + " " * 400, "a\u00a0b\u2009c " * 90, "x" * 299 + " " + "y" * 299 + " z"]
    expected = [pattern.compiled.findall(text) for text in texts]
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", 0.0)  # a limit that stops every timed match at once
    answers, skips = collect(lambda: [pattern.findall_spaced(text) for text in texts])
    assert answers == expected and not skips.by_pattern


def test_a_piece_with_no_space_to_cut_at_is_still_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timed_match, "MATCH_TIMEOUT_SECONDS", 0.0)
    pattern = TimedPattern(regex.compile(r"\w+"), "test.word")
    answer, skips = collect(lambda: pattern.findall_spaced("a few words " + "x" * (timed_match.UNTIMED_CHARS + 1)))
    assert answer == [] and list(skips.by_pattern) == ["test.word"]
