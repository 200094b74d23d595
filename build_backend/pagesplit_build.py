"""The PEP 517 build backend: setuptools', plus mypy for the build only when ``PAGESPLIT_COMPILE`` asks for it.

A plain ``pip install .`` or ``pip install -e .`` needs nothing beyond setuptools, so it stays fast; only a
compiled build (``PAGESPLIT_COMPILE=1``, see ``setup.py``) fetches the pinned compiler below. Editable installs
are always pure Python: their source is the checkout, which a compiled module would shadow.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 (the rest of the backend is setuptools' own)

#: What mypyc needs to compile the package: mypy itself (pinned: each mypyc release compiles a little
#: differently) and the stubs ``mypy --strict`` reads for lxml and regex (those of the dev extra).
COMPILE_REQUIRES = ["mypy==2.4.1", "lxml-stubs==0.5.1", "types-regex==2026.11.8.20261109"]


def _compiling() -> bool:
    return os.environ.get("PAGESPLIT_COMPILE", "").strip().lower() not in ("", "0", "false", "no")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    requires: list[str] = build_meta.get_requires_for_build_wheel(config_settings)
    return requires + COMPILE_REQUIRES if _compiling() else requires


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    if _compiling():
        print("pagesplit build: an editable install is always pure Python; PAGESPLIT_COMPILE is ignored",
              file=sys.stderr, flush=True)
    name: str = build_meta.build_editable(wheel_directory, config_settings, metadata_directory)
    return name
