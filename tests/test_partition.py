"""Nothing lost: ``Page.blocks`` partitions the input, whatever the input.

The invariant itself lives in ``conftest.partition_problems`` (it also runs on every fixture).
Here it runs on small hand-made pages, on generated text (hypothesis: arbitrary strings and
page-like dumps) and on every dump of the dev corpus, when ``../shared`` is present.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pagesplit
from conftest import partition_problems, structure_problems
from pagesplit import BlockKind, InputError, Page, PagesplitError, Reason, Role, Span, Teaser, ingest

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
STYLES = ("innertext", "w3m", "lynx", "bs4")

Check = Callable[[Page, str], None]

# -- the invariant on hand-made pages -------------------------------------------------------------

SMALL_PAGES = {
    "empty": "",
    "blank-lines-only": "\n \n\t\n",
    "one-word": "Hello",
    "crlf": "Skip to content\r\n\r\nA headline for a story\r\n\r\n" + "A sentence of the story. " * 20 + "\r\n",
    "form-feed-and-unicode-breaks": "Menu\x0cSearch\u2028A line\u2029" + "Another sentence here. " * 15,
    "lonely-toggle": "Keep ReadingShow less",
    "label-without-cards": "Story title here\n\n" + "Words of the story go on. " * 20 + "\n\nRelated\n",
    "bullets-only": "  • one\n  • two\n  • three\n",
    "wide-lines": ("x" * 200 + "\n") * 5,
}


@pytest.mark.parametrize("text", SMALL_PAGES.values(), ids=SMALL_PAGES.keys())
def test_small_pages_are_partitioned(text: str, assert_partition: Check) -> None:
    assert_partition(pagesplit.split_text(text), text)


def _block(index: int, line: int, role: Role = Role.CHROME, rule: str = "chrome.outside") -> pagesplit.Block:
    return pagesplit.Block(index=index, text=f"line {line}", kind=BlockKind.LINE, role=role,
                           reason=Reason(rule), span=Span(line, line))


def _page(*blocks: pagesplit.Block, teasers: tuple[Teaser, ...] = ()) -> Page:
    return Page(kind=pagesplit.InputKind.TEXT, article=None, teasers=teasers, blocks=blocks)


def test_the_check_catches_a_lost_line() -> None:
    problems = partition_problems(_page(_block(0, 1)), "one\ntwo\n")
    assert problems == ["line 2 ('two') is in no block"]


def test_the_check_catches_overlap_order_and_rules() -> None:
    page = _page(_block(0, 2), _block(2, 1, Role.ARTICLE, "chrome.outside"))
    problems = "\n".join(partition_problems(page, "one\ntwo\n"))
    assert "index 2 at position 1" in problems
    assert "overlaps or precedes" in problems
    assert "role article decided by rule chrome.outside" in problems


def test_the_check_catches_a_teaser_pointing_at_chrome() -> None:
    page = _page(_block(0, 1), teasers=(Teaser(title="line 1", block_indexes=(0,)),))
    assert partition_problems(page, "one\n") == ["teaser 0 points at block 0 with role chrome, card None"]


# -- generated inputs -------------------------------------------------------------------------------

_CHROME_LINES = st.sampled_from([
    "Skip to content", "Search", "Menu", "Sign in", "Home | News | Sport | Weather", "Share", "Advertisement",
    "More For You", "Related", "Latest Stories", "Mehr zum Thema", "À lire aussi", "関連記事", "Keep ReadingShow less",
    "Read moreShare", "(Example Press)", "© 2024 The Example Gazette", "Privacy Policy", "23 comments", "1 / 12",
    "https://example.org/story", "•", "---", "By Jane Example", "March 3, 2024", "Photo: Example Images",
])
_WORD = st.sampled_from([
    "the", "council", "river", "said", "on", "Monday", "a", "new", "bridge", "would", "open", "in", "spring",
    "residents", "of", "town", "voted", "and", "plan", "was", "approved", "after", "years", "debate", "Straße",
    "été", "город", "市", "—", "“quote”", "(PTI", "Photo)", "3,400", "per", "cent",
])
_HEADLINE = st.lists(_WORD, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize())
_SENTENCE = st.lists(_WORD, min_size=6, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=6).map(" ".join)
_DECORATION = st.sampled_from(["", "", "", "  • ", "   ", "     * ", "  1. ", "- "])


@st.composite
def _page_like(draw: st.DrawFn) -> str:
    """A dump assembled from chrome lines, headlines, paragraphs and blank lines, maybe hard-wrapped."""
    parts = draw(st.lists(st.one_of(_CHROME_LINES, _HEADLINE, _PARAGRAPH, st.just("")), max_size=40))
    width = draw(st.sampled_from([0, 0, 76, 119]))
    lines: list[str] = []
    for part in parts:
        prefix = draw(_DECORATION)
        if width and len(part) > width:
            words, line = part.split(" "), prefix
            for word in words:
                if line.strip() and len(line) + 1 + len(word) > width:
                    lines.append(line)
                    line = " " * len(prefix)
                line = f"{line} {word}" if line.strip() else line + word
            lines.append(line)
        else:
            lines.append(prefix + part)
        if draw(st.booleans()):
            lines.append("")
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines)


def _split_or_refused(raw: str | bytes) -> Page | None:
    """The page, or None when the input is refused as input (binary data, undecodable bytes).

    Only ``InputError`` is a documented refusal: an ``InternalError`` (a bug wrapped for callers) or any
    other exception fails the test, so a crash in a stage cannot hide behind ``except PagesplitError``.
    """
    try:
        return pagesplit.split_text(raw)
    except InputError:
        return None


_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.text())
def test_any_text_is_partitioned(assert_partition: Check, text: str) -> None:
    page = _split_or_refused(text)
    if page is not None:
        assert_partition(page, ingest.clean(text).text)  # the text as repaired: NULs out, surrogates U+FFFD


@_SETTINGS
@given(_page_like())
def test_page_like_dumps_are_partitioned(assert_partition: Check, text: str) -> None:
    page = _split_or_refused(text)
    if page is not None:
        assert_partition(page, ingest.clean(text).text)  # the text as repaired: NULs out, surrogates U+FFFD


@_SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_raise_only_documented_errors(data: bytes) -> None:
    """Bytes are either refused with an ``InputError`` or split into a well-formed page (never a bug)."""
    page = _split_or_refused(data)
    if page is not None:
        problems = structure_problems(page)
        assert not problems, "page structure broken:\n  " + "\n  ".join(problems[:20])


def test_the_property_check_lets_a_wrapped_bug_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stage that crashes reaches the caller as ``InternalError``: the property tests must see it fail."""
    from pagesplit import InternalError, pipeline

    def broken_stage(*_: object) -> None:
        raise KeyError("a stage that breaks")

    monkeypatch.setattr(pipeline, "run", broken_stage)
    with pytest.raises(InternalError):
        _split_or_refused("A headline\n\nSome words of a story.")
    with pytest.raises(InternalError):
        _split_or_refused(b"A headline\n\nSome words of a story.")
    assert _split_or_refused(b"\x00\x01\x02\x89PNG\r\n\x1a\n\x00\x00") is None  # a refusal is no failure


# -- the dev corpus ---------------------------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_dev_corpus_dumps_are_partitioned(style: str) -> None:
    """Every dump of one style, in one test: failures are collected, not stopped at."""
    dumps = sorted(DEV.glob(f"*/*.{style}.txt.gz")) if DEV.is_dir() else []
    if not dumps:
        pytest.skip(f"no {style} dumps under {DEV}")
    failures: list[str] = []
    for path in dumps:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            text = f.read()
        name = f"{path.parent.name}/{path.name}"
        try:
            page = pagesplit.split_text(text)
        except PagesplitError as e:
            failures.append(f"{name}: raised {type(e).__name__}: {e}")
            continue
        problems = partition_problems(page, text)
        if problems:
            failures.append(f"{name}: {len(problems)} problems, first: {problems[0]}")
    assert not failures, f"{len(failures)} of {len(dumps)} {style} dumps:\n" + "\n".join(failures[:25])
