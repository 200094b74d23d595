"""Properties over generated input: any ``str`` or ``bytes`` gives a ``Page`` or a documented
``PagesplitError`` (never ``InternalError``: a bug is not a documented error), and ``to_dict()`` is
strict JSON that round-trips and encodes as UTF-8.

The profile is short in CI; ``HYPOTHESIS_PROFILE=fuzz`` (see ``fuzz/README.md``) runs it for long.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pagesplit
from pagesplit import InternalError, Page, PagesplitError

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=1_000_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: Pieces of markup and text dumps that reach the sniff, the parsers, the charset prescan and the bullets.
PIECES = ["<", ">", "</", "<!--", "-->", "<!---->", "<p>", "</p>", "<div>", "<a ", "<a href='x'>", "</a>",
          "<script>", "</script>", "<meta charset='utf-7'>", "<meta charset=base64>", "<?xml version='1.0'?>",
          "<!DOCTYPE html>", "&amp;", "&#", "&#x", "9999999999999", ";", "\n", "\n\n", " ", "\t", "\x00", "\x0b",
          "\ufeff", "\ud800", "o ", "- ", "+ ", "• ", "1. ", "Share", "Read more", "By Jane Doe", "\u202e",
          "\u0301", "\u200b", "Words in a sentence of the article. ", '<script type="application/ld+json">',
          '{"headline": "x", "author": {"name": "A"}}', "[[[[", "NaN", "class=\"", "hidden", "<br>", "<li>",
          "<table><tr><td>", "<h1>", "<template>", "<noscript>"]

markup = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=60).map("".join)


def _check(raw: str | bytes) -> None:
    try:
        page = pagesplit.split(raw)
    except InternalError as exc:  # pragma: no cover - a failure to report
        raise AssertionError(f"InternalError on {raw!r}") from exc
    except PagesplitError:
        return
    assert isinstance(page, Page)
    as_dict = page.to_dict()
    text = json.dumps(as_dict, ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")
    assert json.loads(text) == as_dict
    assert [b.index for b in page.blocks] == list(range(len(page.blocks)))


@given(st.text(max_size=400))
def test_any_text_gives_a_page_or_a_documented_error(raw: str) -> None:
    _check(raw)


@given(markup)
def test_any_markup_gives_a_page_or_a_documented_error(raw: str) -> None:
    _check(raw)


@given(st.binary(max_size=400))
def test_any_bytes_give_a_page_or_a_documented_error(raw: bytes) -> None:
    _check(raw)


@given(markup, st.sampled_from(["utf-8", "utf-16-le", "cp1252", "utf-32"]))
def test_any_encoded_markup_gives_a_page_or_a_documented_error(raw: str, codec: str) -> None:
    _check(raw.encode(codec, errors="replace"))
