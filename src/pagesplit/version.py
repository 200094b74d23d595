"""The installed version, read from the package metadata: ``pyproject.toml`` is its one source."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("pagesplit")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
