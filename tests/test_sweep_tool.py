"""``benchmarks/sweep.py`` sets a swept constant where it is defined and where it was imported by name.

Each case runs in a fresh interpreter, as the sweep's workers do: the patch changes module state for the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import pagesplit

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
pytestmark = pytest.mark.skipif(pagesplit.COMPILED, reason="a compiled module's constants are set at build time")


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(BENCHMARKS), *sys.path]))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


def test_a_constant_is_set_where_defined_and_where_imported_by_name() -> None:
    out = _run(
        "import sweep\n"
        "sweep._patch('pagesplit.rules.record_symbols.MIN_RECORD_TITLE_WORDS', '9')\n"
        "import pagesplit.rules.record_symbols as home, pagesplit.frontend.markdown_links as user\n"
        "print(home.MIN_RECORD_TITLE_WORDS, user.MIN_RECORD_TITLE_WORDS, type(home.MIN_RECORD_TITLE_WORDS).__name__)")
    assert out == "9 9 int"


def test_never_switches_a_pattern_off() -> None:
    out = _run(
        "import sweep, pagesplit.chrome_shapes as m\n"
        "before = m._MENU_LINE.search('Home | News | Sport') is not None\n"
        "sweep._patch('pagesplit.chrome_shapes._MENU_LINE', 'never')\n"
        "print(before, m._MENU_LINE.search('Home | News | Sport') is None)")
    assert out == "True True"
