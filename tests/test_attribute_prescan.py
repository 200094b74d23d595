"""The attribute pre-scan searches only the stretches of a page a crowded tag can lie in (``parse._stretches``);
whatever the page, it answers as the search over the whole text does.

The sampling is tried here with limits of a few attributes, which ``parse._check_attributes`` would search whole,
so that short generated texts reach every branch: a ``>`` in a quoted value, spaces around ``=``, apostrophes,
tags with a ``<`` in their names, long runs without a ``>``.
"""

from __future__ import annotations

import os
import sys

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pagesplit.frontend import parse

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=1_000_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: Pieces of tags, values and text that move the cuts: quotes after ``=`` or not, ``>`` inside values, spaces
#: around ``=`` past the look-back bound, a space only ``str.isspace`` knows (``\x1c`` is a name character to the
#: pattern), long runs of one character.
PIECES = ["<a", "<", ">", '"', "'", "=", " ", "a", "/", "\n", "\x1c", "\u3000", '">"', 'a="x"', "='", '="', " = ",
          "x=", "<p ", "</p>", "a=1", "'>'", '"a>b"', " " * 70, "=" + " " * 70 + '"', "x" + " " * 70 + '="', "<div",
          " c d e f g h", "text " * 5, "<b<c", "don't"]

texts = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def _whole(text: str, allowed: int) -> bool:
    return parse._crowded_tag(allowed).search(text) is not None


@given(texts, st.integers(min_value=1, max_value=6))
def test_the_stretches_answer_as_the_whole_text(text: str, allowed: int) -> None:
    assert parse._has_crowded_tag(text, allowed) == _whole(text, allowed)


@pytest.mark.parametrize(("text", "crowded"), [
    ('<p class="a">Text</p><div ' + 'a b c d' + ">x</div>", True),
    ('<p class="a">Text</p><div ' + 'a b c' + ">x</div>", False),
    ("<div " + 'a=">" ' * 4 + ">", True),  # every ">" of the tag in a value
    ("<div " + "a='>'" * 4 + ">", True),  # apostrophes, no separators
    ("<div" + ' a = ">"' * 4 + ">", True),  # spaces around "="
    ("<div" + ' a\x1c=">"' * 4 + ">", True),  # "\x1c" is a name character to the pattern, a space to isspace
    ("<div " + ("a=" + " " * 70 + '">" ') * 4 + ">", True),  # more spaces than the look back reads
    ("<script>x = '<b>';</script>" + "<p>" + "w " * 40 + "</p>" + "<div a b c d>", True),
    ('<img src="data:aa==">' * 10 + "<style>" + "p{}" * 40 + "</style><i a b c>", False),
])
def test_a_tag_is_found_wherever_it_sits(text: str, crowded: bool) -> None:
    assert parse._has_crowded_tag(text, 3) is crowded
    assert _whole(text, 3) is crowded


@pytest.mark.parametrize("before", [
    "", "<p>" + "word " * 2_000 + "</p>", "<script>var a = 1;" + " " * 5_000 + "</script>", '<a title="x=">' * 300,
    "<style>" + "p{}" * 2_000 + "</style>" + "<i>x</i>" * 200])
def test_a_crowded_tag_after_long_markup_is_found(before: str) -> None:
    """At the default sampling distance (``max_attributes + 1``), with the tag after stretches of every kind."""
    allowed = 150
    assert parse._has_crowded_tag(before + "<div " + 'a=">" ' * allowed + ">x</div>", allowed) is False
    assert parse._has_crowded_tag(before + "<div " + 'a=">" ' * (allowed + 1) + ">x</div>", allowed) is True
    assert parse._has_crowded_tag(before + "<div " + "a " * (allowed + 1) + ">x</div>" + before, allowed) is True


def test_the_pattern_spaces_are_what_regex_takes_for_spaces() -> None:
    spaces = {chr(code) for code in range(sys.maxunicode + 1) if regex.match(r"\s", chr(code))}
    assert spaces == parse._PATTERN_SPACES
