"""The examples in the package's docstrings run and still say what the code does."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import pagesplit

MODULES = sorted(info.name for info in pkgutil.walk_packages(pagesplit.__path__, "pagesplit.")
                 if info.name != "pagesplit.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_some_examples_exist() -> None:
    attempted = sum(doctest.testmod(importlib.import_module(name)).attempted for name in MODULES)
    assert attempted >= 5
