"""The examples in the package's docstrings run and still say what the code does."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import pagesplit

MODULES = sorted(info.name for info in pkgutil.walk_packages(pagesplit.__path__, "pagesplit.")
                 if info.name != "pagesplit.__main__")
#: The packages of the optional extras (``dask``, ``warc``): the README's quick start installs only ``test``, and a
#: module that needs one of them cannot be imported there.
OPTIONAL_PACKAGES = frozenset({"dask", "distributed", "fastwarc"})


def _module(name: str) -> ModuleType | None:
    """The module ``name``, or None when it needs an optional extra that is not installed."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if (missing.name or "").split(".")[0] in OPTIONAL_PACKAGES:
            return None
        raise


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = _module(name)
    if module is None:
        pytest.skip(f"{name} needs an optional extra that is not installed")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_some_examples_exist() -> None:
    modules = [module for name in MODULES if (module := _module(name)) is not None]
    attempted = sum(doctest.testmod(module).attempted for module in modules)
    assert attempted >= 5
