"""The build: pure Python by default; ``PAGESPLIT_COMPILE=1`` also compiles the hot modules with mypyc.

    pip install .                          # pure Python (also ``pip install -e .``, always pure)
    PAGESPLIT_COMPILE=1 pip install .      # the hot modules as C extensions; pagesplit.COMPILED is True

Everything else about the package is in ``pyproject.toml``. The compiled build needs mypy (pinned in
``build_backend/pagesplit_build.py``, fetched only for this build) and a C compiler. Without either, or when
mypyc or the compiler fails, the build says why on stderr (``pip install -v`` shows it) and installs the pure
Python package: the same source, slower (``pagesplit.COMPILED`` is False, and ``pagesplit --version`` says why).
``PAGESPLIT_COMPILE=require`` turns that fallback into a build error (CI uses it, so a broken compiled build
cannot pass as a pure one).
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "src" / "pagesplit"
#: The name of mypyc's shared library of all compiled modules (a top-level module, ``pagesplit__mypyc``).
GROUP = "pagesplit"

#: Modules that stay interpreted in the compiled build: the public surface and the process plumbing.
#: The public frozen dataclasses (model, limits) must pickle and keep their runtime checks (mypyc issue 1213);
#: the entry points check their arguments at run time and are monkeypatched by tests and callers; ``cli`` (and its
#: ``cli_flags``, ``cli_inputs``, ``cli_output``) and ``__main__`` run as ``python -m``; ``batch`` and ``dask`` pickle
#: work across processes and spend their time waiting, not computing. Every other module under ``src/pagesplit`` is
#: compiled.
INTERPRETED = frozenset({
    "__init__.py", "__main__.py", "api.py", "arguments.py", "cli.py", "cli_flags.py", "cli_inputs.py",
    "cli_output.py", "dask.py", "errors.py", "limits.py", "model.py", "render.py", "version.py", "batch",
})


def compile_mode() -> str:
    """``""`` (pure Python), ``"1"`` (compile, fall back to pure on failure) or ``"require"`` (compile or fail)."""
    value = os.environ.get("PAGESPLIT_COMPILE", "").strip().lower()
    if value in ("", "0", "false", "no"):
        return ""
    return "require" if value == "require" else "1"


def say(message: str) -> None:
    """One clear line on stderr (pip shows the build's output with ``-v``, or when the build fails)."""
    print(f"pagesplit build: {message}", file=sys.stderr, flush=True)


#: Why the compiled build fell back, shipped in the package (``FALLBACK_NOTE``) for ``pagesplit --version``.
FALLBACK_REASONS: list[str] = []
#: The file, beside the package's modules, that ``pagesplit.version`` reads; absent from any other build.
FALLBACK_NOTE = "compile-fallback.txt"


def fall_back(reason: str) -> None:
    """Give up on the compiled build: fail under ``require``, else say why and build pure Python."""
    if compile_mode() == "require":
        raise SystemExit(f"pagesplit build: PAGESPLIT_COMPILE=require, but {reason}")
    say(f"{reason}; installing the pure-Python build instead (same behaviour, slower; pagesplit.COMPILED is False)")
    FALLBACK_REASONS.append(reason)


def write_note(build_lib: str) -> None:
    """Ship why the compiled build fell back, if it did, in the package being built (and no stale note if not)."""
    note = Path(build_lib) / "pagesplit" / FALLBACK_NOTE
    if FALLBACK_REASONS:
        note.parent.mkdir(parents=True, exist_ok=True)
        note.write_text("; ".join(FALLBACK_REASONS) + "\n", encoding="utf-8")
    else:  # a build tree reused after a fall-back
        note.unlink(missing_ok=True)


def clip(message: str, head: int = 120, tail: int = 100) -> str:
    """A long compiler message cut in the middle (its command line), keeping how it starts and ends."""
    return message if len(message) <= head + tail else f"{message[:head]} ... {message[-tail:]}"


def compiled_sources() -> list[str]:
    """The modules mypyc compiles, as paths relative to the project root, in a stable order."""
    sources = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in INTERPRETED:
            continue
        sources.append(path.relative_to(ROOT).as_posix())
    return sources


class BuildExtOrFallBack(build_ext):  # type: ignore[misc]  # setuptools is Any to mypy (pyproject.toml)
    """``build_ext`` that, when the C compiler fails, removes every extension it built and leaves the pure package."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # distutils' CompileError/LinkError/CCompilerError, or a missing compiler
            built = Path(self.build_lib)
            for path in [*built.glob(f"{GROUP}__mypyc.*"), *(built / "pagesplit").rglob("*")]:
                if path.name.endswith(tuple(EXTENSION_SUFFIXES)):
                    path.unlink()  # a half-built set of modules would not import
            self.extensions: list[Any] = []
            fall_back(f"the C compiler failed ({type(error).__name__}: {clip(str(error))})")
            write_note(self.build_lib)


class BuildPyWithNote(build_py):  # type: ignore[misc]  # setuptools is Any to mypy (pyproject.toml)
    """``build_py`` that also ships why mypyc could not run, when it could not (``build_ext`` notes its own)."""

    def run(self) -> None:
        super().run()
        write_note(self.build_lib)


#: The setup.py commands that build a wheel or install; the others (egg_info, dist_info, sdist and the
#: editable_wheel of ``pip install -e``) never compile, so the metadata steps do not run mypyc.
BUILD_COMMANDS = frozenset({"bdist_wheel", "build", "build_ext", "install"})


def ext_modules() -> list[Any]:
    """mypyc's extensions for the compiled build, or none (pure Python)."""
    if not compile_mode() or BUILD_COMMANDS.isdisjoint(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        fall_back(f"mypyc is not importable ({error})")
        return []
    os.chdir(ROOT)  # mypyc writes its C files under ./build and reads [tool.mypy] from ./pyproject.toml
    say(f"compiling {len(compiled_sources())} modules with mypyc")
    try:
        return list(mypycify(compiled_sources(), opt_level="3", group_name=GROUP))
    except (Exception, SystemExit) as error:  # mypyc exits on a type error it cannot compile
        fall_back(f"mypyc failed ({type(error).__name__}: {error})")
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": BuildExtOrFallBack, "build_py": BuildPyWithNote})
