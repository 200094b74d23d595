"""The build installed is the one ``pagesplit.COMPILED`` names: all hot modules compiled, or none.

Run on the pure build (``pip install -e .``) and on the compiled one (``.ci/run`` installs it from the sdist
with ``PAGESPLIT_COMPILE=require``); the modules kept interpreted are ``setup.py``'s ``INTERPRETED``.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pagesplit

REPO = Path(__file__).resolve().parents[1]


def interpreted() -> frozenset[str]:
    """``setup.py``'s ``INTERPRETED``: module file names and package directories under ``src/pagesplit``."""
    for node in ast.parse((REPO / "setup.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "INTERPRETED" for t in node.targets):
            assert isinstance(node.value, ast.Call)
            return frozenset(ast.literal_eval(node.value.args[0]))
    raise AssertionError("setup.py defines no INTERPRETED")


def kept_interpreted(name: str) -> bool:
    """Whether setup.py keeps the module ``pagesplit.…`` interpreted (a sub-package goes by its directory)."""
    parts = name.split(".")[1:]
    if not parts:
        return "__init__.py" in interpreted()
    is_package = hasattr(importlib.import_module(name), "__path__")
    return (parts[0] if len(parts) > 1 or is_package else f"{parts[0]}.py") in interpreted()


def test_interpreted_modules_exist() -> None:
    package = REPO / "src" / "pagesplit"
    assert [entry for entry in sorted(interpreted()) if not (package / entry).exists()] == []


def test_every_module_is_built_as_compiled_says() -> None:
    names = ["pagesplit", *(info.name for info in pkgutil.walk_packages(pagesplit.__path__, "pagesplit."))]
    names = [name for name in names if name != "pagesplit.dask"]  # needs the dask extra; interpreted anyway
    compiled = {name for name in names
                if (importlib.import_module(name).__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))}
    expected = {name for name in names if not kept_interpreted(name)} if pagesplit.COMPILED else set()
    assert compiled == expected
    assert "pagesplit.pipeline" in expected or not pagesplit.COMPILED


def test_results_pickle_and_entry_points_stay_python_functions() -> None:
    page = pagesplit.split_text("Harbour town opens a garden\n\nThe pier is now a garden that floats at high tide.")
    assert pickle.loads(pickle.dumps(page)) == page
    assert type(pagesplit.split).__name__ == "function"
