"""benchmarks/silver_cards.py: the HTML cards a dump shows are its silver labels; a missed one gets a kind."""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pagesplit

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _benchmark(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _silver() -> ModuleType:
    return _benchmark("silver_cards")


def _norm(text: str) -> str:  # the shape of metrics.text_norm
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.casefold()).split())


def test_doctests() -> None:
    failures, _ = doctest.testmod(_silver())
    assert failures == 0


def test_silver_keeps_shown_titles_once_in_card_order() -> None:
    silver = _silver().silver_titles(["Boats leave early", "Quay closes", "boats leave early"],
                                     "Menu\nQuay closes at noon\nBoats leave early\n", _norm)
    assert silver == ["boats leave early", "quay closes"]


def test_title_inside_the_article_is_an_article_miss() -> None:
    page = pagesplit.split_text("The ferry runs again\n\nThe ferry ran again on Monday after a week in the yard, and "
                                "its crew said the new engine was quiet and fast on the water.\n")
    kind, _, _ = _silver()._miss_kind("the ferry ran again on monday", [], page, _norm, lambda a, b: a == _norm(b))
    assert kind == "article"


def test_title_over_two_blocks_is_a_split_miss() -> None:
    page = pagesplit.split_text("Boats leave\n\nearly today\n")
    kind, _, _ = _silver()._miss_kind("boats leave early today", [], page, _norm, lambda a, b: a == _norm(b))
    assert kind == "split"


def _reach() -> ModuleType:
    return _benchmark("silver_reach")


def test_reach_doctests() -> None:
    failures, _ = doctest.testmod(_reach())
    assert failures == 0


def test_a_kicker_inside_a_title_holds_no_title_and_a_long_block_none() -> None:
    rows = _reach().tag_lines([("k", "Harbour"), ("S", "Harbour ferry strike ends " + "after a long week " * 6)],
                              ["harbour ferry strike ends"], set(), set(), _norm)
    assert [tag for _, tag, _ in rows] == ["-", "-"]


def test_reach_counts_headlines_only_inside_matches() -> None:
    pages = [{"rows": [["H", "m", ""], ["S", "m", ""], ["P", "-", ""], ["H", "-", ""], ["H", "r", ""]]}]
    tags, pages_missed = _reach().reach(pages, "HS")
    assert (tags["m"], tags["-"], tags["r"], pages_missed) == (1, 0, 0, 1)
