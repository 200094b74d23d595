"""The installed version, read from the package metadata (``pyproject.toml`` is its one source), and its build.

``COMPILED`` is True when the hot modules run as mypyc-compiled C extensions (``PAGESPLIT_COMPILE=1 pip
install .``, see ``setup.py``), False for the pure-Python build. ``pipeline`` stands for them all: a build
compiles every hot module or none. ``COMPILE_FALLBACK`` is why a compiled build was asked for and the pure
one installed instead (no C compiler, say), from the note ``setup.py`` ships in that case; otherwise None.
"""

from __future__ import annotations

from importlib import machinery, metadata, resources

from pagesplit import pipeline

try:
    __version__ = metadata.version("pagesplit")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

COMPILED: bool = (pipeline.__file__ or "").endswith(tuple(machinery.EXTENSION_SUFFIXES))


def _fallback_note() -> str | None:
    note = resources.files("pagesplit") / "compile-fallback.txt"
    return note.read_text(encoding="utf-8").strip() if note.is_file() else None


COMPILE_FALLBACK: str | None = _fallback_note()
