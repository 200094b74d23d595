"""The error tree as callers meet it: every refusal is a ``PagesplitError`` with a helpful message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import pagesplit
from pagesplit import DecodeError, InputError, InternalError, LimitError, PagesplitError

BINARY = b"\x00\x01\x02\x03\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def test_binary_bytes_raise_decode_error_under_every_parent() -> None:
    with pytest.raises(DecodeError) as caught:
        pagesplit.split_text(BINARY)
    error = caught.value
    assert isinstance(error, InputError)
    assert isinstance(error, ValueError)
    assert isinstance(error, PagesplitError)
    assert "not text" in str(error)


def test_binary_str_is_refused_too() -> None:
    with pytest.raises(DecodeError):
        pagesplit.split_text("\x00\x01\x02 a string holding binary data")


@pytest.mark.parametrize("call", [pagesplit.split, pagesplit.split_text])
def test_gzip_bytes_say_what_to_do(call: object) -> None:
    import gzip

    with pytest.raises(DecodeError, match="gzip"):
        call(gzip.compress(b"A headline\n\nSome words in a paragraph."))  # type: ignore[operator]


def test_wrong_type_is_an_input_error() -> None:
    with pytest.raises(InputError, match="int"):
        pagesplit.split_text(12345)  # type: ignore[arg-type]


def test_wrong_type_is_not_a_decode_error() -> None:
    with pytest.raises(InputError) as caught:
        pagesplit.split_text(["a list", "of lines"])  # type: ignore[arg-type]
    assert not isinstance(caught.value, DecodeError)


@pytest.mark.parametrize("call", [pagesplit.split, pagesplit.split_text])
def test_max_chars_raises_limit_error(call: object) -> None:
    text = "A line of ordinary words.\n\n" * 40
    with pytest.raises(LimitError, match="max_chars") as caught:
        call(text, max_chars=100)  # type: ignore[operator]
    assert isinstance(caught.value, InputError)
    assert isinstance(caught.value, ValueError)


def test_max_chars_at_the_limit_is_accepted() -> None:
    text = "A headline for a short note\n\nThe note has one sentence of plain words in it."
    page = pagesplit.split_text(text, max_chars=len(text))
    assert page.blocks


def test_errors_can_be_caught_by_the_root() -> None:
    for bad in (BINARY, 3.5):
        with pytest.raises(PagesplitError):
            pagesplit.split_text(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("call", [pagesplit.split, pagesplit.split_text, pagesplit.split_html])
def test_a_bug_meeting_an_input_is_an_internal_error_with_its_cause(call: Callable[[str], object],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """One ``except PagesplitError`` covers every page: a failure of our own is an InternalError, chained."""
    from pagesplit import pipeline

    def broken_stage(*_: object) -> None:
        raise KeyError("a stage that breaks")

    monkeypatch.setattr(pipeline, "run", broken_stage)
    with pytest.raises(InternalError, match="KeyError") as caught:
        call("<p>The harbour opens at dawn.</p>" if call is pagesplit.split_html else "The harbour opens at dawn.")
    assert isinstance(caught.value.__cause__, KeyError)
    assert isinstance(caught.value, PagesplitError)


def test_errors_raised_on_purpose_keep_their_type() -> None:
    with pytest.raises(LimitError):
        pagesplit.split("x" * 20, max_chars=10)  # not wrapped as an InternalError


# -- the caller's mistakes stay ordinary TypeError / ValueError, raised before any work --------------------

ENTRY_POINTS = [pagesplit.split, pagesplit.split_text, pagesplit.split_html]
TEXT = "A headline for a short note\n\nThe note has one sentence of plain words in it."


@pytest.mark.parametrize("call", ENTRY_POINTS)
@pytest.mark.parametrize(("keywords", "error", "message"), [
    ({"foo": 1}, TypeError, "unexpected keyword argument 'foo'"),
    ({"max_chars": "10"}, TypeError, "'max_chars' must be int or None, not str"),
    ({"max_chars": True}, TypeError, "'max_chars' must be int or None, not bool"),
    ({"max_chars": 0}, ValueError, "'max_chars' must be positive, not 0"),
    ({"max_chars": -5}, ValueError, "'max_chars' must be positive"),
    ({"url": 5}, TypeError, "'url' must be str or None, not int"),
    ({"url": b"https://example.org/"}, TypeError, "'url' must be str or None, not bytes"),
    ({"explain": "yes"}, TypeError, "'explain' must be bool, not str"),
    ({"explain": 1}, TypeError, "'explain' must be bool, not int"),
    ({"charset": 5}, TypeError, "'charset' must be str or None, not int"),
    ({"limits": 5}, TypeError, "'limits' must be Limits or None, not int"),
    ({"limits": {"max_chars": 10}}, TypeError, "'limits' must be Limits or None, not dict"),
])
def test_a_wrong_keyword_is_the_callers_error(call: Callable[..., object], keywords: dict[str, object],
                                              error: type[Exception], message: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _no_work(monkeypatch)
    for raw in (TEXT, TEXT.encode()):
        with pytest.raises(error, match=message) as caught:
            call(raw, **keywords)
        assert not isinstance(caught.value, PagesplitError), "a caller's mistake is no pagesplit error"
        assert str(caught.value).startswith(f"{call.__name__}() ")


def _no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any work fail loudly: the caller's mistakes must be found before the input is read."""
    from pagesplit import api

    def no_work(*_: object, **__: object) -> None:
        raise AssertionError("work started before the arguments were checked")

    monkeypatch.setattr(api.ingest, "read", no_work)
    monkeypatch.setattr(api.ingest, "decode", no_work)
    monkeypatch.setattr(api.ingest, "check_not_binary", no_work)
    monkeypatch.setattr(api.lexicon, "load", no_work)


@pytest.mark.parametrize("call", ENTRY_POINTS)
def test_no_input_is_a_type_error(call: Callable[..., object]) -> None:
    with pytest.raises(TypeError, match=r"missing a required argument") as caught:
        call()
    assert not isinstance(caught.value, PagesplitError)


def test_max_depth_is_checked_too() -> None:
    with pytest.raises(TypeError, match="'max_depth' must be int or None, not float"):
        pagesplit.split_html("<p>x</p>", max_depth=2.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'max_depth' must be positive"):
        pagesplit.split_html("<p>x</p>", max_depth=0)


@pytest.mark.parametrize("call", ENTRY_POINTS)
def test_the_right_keywords_are_accepted(call: Callable[..., pagesplit.Page]) -> None:
    raw = TEXT if call is not pagesplit.split_html else f"<p>{TEXT}</p>"
    page = call(raw, url="https://example.org/a/note", charset=None, explain=True, max_chars=10_000)
    assert page.blocks
    page = call(raw, max_chars=None, limits=pagesplit.Limits(max_blocks=100))
    assert page.blocks


@pytest.mark.parametrize("raw", [TEXT, TEXT.encode(), f"<html><body><p>{TEXT}</p></body></html>"])
@pytest.mark.parametrize("call", [pagesplit.split, pagesplit.split_text])
def test_the_url_is_kept_for_every_input(call: Callable[..., pagesplit.Page], raw: str | bytes) -> None:
    assert call(raw, url="https://example.org/a/note").url == "https://example.org/a/note"
    assert call(raw).url is None


@pytest.mark.parametrize("raw", [TEXT, TEXT.encode(), f"<html><body><p>{TEXT}</p></body></html>"])
@pytest.mark.parametrize("call", ENTRY_POINTS)
def test_url_and_reference_time_reach_every_path(call: Callable[..., pagesplit.Page], raw: str | bytes,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Each entry point, for text and HTML, hands the caller's url and reference_time to the stages."""
    from datetime import datetime, timezone

    from pagesplit import api

    seen: list[tuple[object, object]] = []
    real_context = api.Context

    def recording_context(**kwargs: object) -> object:
        seen.append((kwargs.get("url"), kwargs.get("reference_time")))
        return real_context(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "Context", recording_context)
    when = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    call(raw, url="https://example.org/a/note", reference_time=when)
    assert seen == [("https://example.org/a/note", when)]


def test_each_limit_error_names_its_limit() -> None:
    from pagesplit import BlockLimitError, DepthLimitError, Limits, SizeLimitError

    with pytest.raises(SizeLimitError) as size:
        pagesplit.split("word " * 100, limits=Limits(max_chars=50))
    with pytest.raises(DepthLimitError) as depth:
        pagesplit.split_html("<div>" * 100 + "x", limits=Limits(max_depth=50))
    with pytest.raises(BlockLimitError) as blocks:
        pagesplit.split_text("line one\n\nline two\n\nline three\n", limits=Limits(max_blocks=2))
    assert [e.value.limit for e in (size, depth, blocks)] == ["max_chars", "max_depth", "max_blocks"]
    assert [e.value.allowed for e in (size, depth, blocks)] == [50, 50, 2]
    assert all(isinstance(e.value, LimitError) for e in (size, depth, blocks))


def test_limits_refuse_nonsense() -> None:
    from pagesplit import Limits

    with pytest.raises(ValueError):
        Limits(max_blocks=0)
    with pytest.raises(TypeError):
        Limits(max_chars="10")  # type: ignore[arg-type]


def test_empty_input_is_an_empty_page() -> None:
    for empty in ("", b"", "  \n", b"\xef\xbb\xbf"):
        page = pagesplit.split(empty)
        assert page.blocks == () and page.article is None


def test_a_spent_time_budget_is_a_time_limit_error() -> None:
    from pagesplit import Limits, TimeLimitError

    with pytest.raises(TimeLimitError) as caught:
        pagesplit.split("A headline\n\nA paragraph of words.", limits=Limits(max_seconds=1e-9))
    assert caught.value.limit == "max_seconds"


def test_a_deep_beautifulsoup_tree_is_split() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup("<div>" * 3000 + "<p>The deepest sentence of the page.</p>", "html.parser")
    page = pagesplit.split(soup)
    assert [b.text for b in page.blocks].count("The deepest sentence of the page.") == 1
