"""Every pattern is a ``regex`` pattern, and every one that runs over page text has a time limit (issue 13, item 4).

The standard library's ``re`` has no time limit, so no module may import it (an AST scan). A pattern over page
text is compiled inside ``timed(...)`` (``TimedPattern``); the few that only ever see pagesplit's own constants
or a bounded slice are listed below with the reason. A new untimed pattern fails here until it is timed or listed.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import regex

import pagesplit
from pagesplit.timed_match import TimedPattern

SOURCE = Path(pagesplit.__file__).parent
#: ``module.NAME`` of module-level ``regex`` patterns that run without a time limit, and why that is safe.
UNTIMED_PATTERNS = {
    "pagesplit.ingest._DECLARED": "bytes, searched in the first PRESCAN_BYTES (1,024) of the input only",
    "pagesplit.rules.records._DATED_RUN": "the record stage's shape symbols (one letter a block), no page text",
    "pagesplit.rules.records._DATED_RECORD": "the record stage's shape symbols (one letter a block), no page text",
}
#: ``module.function`` that call a ``regex`` module function (``regex.fullmatch(...)``, no time limit), and why.
UNTIMED_CALLS = {
    "pagesplit.dates._read_zones": "checks the lines of the package's own lexicon/_dates/time_zones.txt",
}
_MATCHING_FUNCTIONS = frozenset({"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split",
                                 "splititer"})


def _modules() -> list[tuple[str, Path]]:
    return [(".".join(("pagesplit", *path.relative_to(SOURCE).with_suffix("").parts)).removesuffix(".__init__"),
             path) for path in sorted(SOURCE.rglob("*.py"))]


def test_no_module_imports_the_standard_re() -> None:
    offenders = []
    for name, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            imports_re = (isinstance(node, ast.Import) and any(a.name == "re" for a in node.names)) or (
                isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "re")
            if imports_re:
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == [], f"stdlib re imported (use regex and timed(...)): {offenders}"


def _is_timed_call(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "timed"


def _compile_sites(tree: ast.Module) -> list[tuple[ast.Call, ast.AST | None, str | None]]:
    """Each ``regex.compile(...)`` call, with its parent node and the module-level name it is assigned to."""
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    sites = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "regex":
            parent = parents.get(node)
            target = None
            if isinstance(parent, ast.Assign) and parents.get(parent) is tree and len(parent.targets) == 1 \
                    and isinstance(parent.targets[0], ast.Name):
                target = parent.targets[0].id
            sites.append((node, parent, target))
    return sites


def test_every_compiled_pattern_is_timed_or_listed() -> None:
    offenders = []
    for name, path in _modules():
        for node, parent, target in _compile_sites(ast.parse(path.read_text(encoding="utf-8"))):
            if _is_timed_call(parent):
                continue
            if target is not None and f"{name}.{target}" in UNTIMED_PATTERNS:
                continue
            offenders.append(f"{name}:{node.lineno}")
    assert offenders == [], f"regex.compile outside timed(...) and not listed in UNTIMED_PATTERNS: {offenders}"


def test_no_untimed_module_function_matches() -> None:
    offenders = []
    for name, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr in _MATCHING_FUNCTIONS and isinstance(node.func.value, ast.Name) \
                        and node.func.value.id == "regex" and f"{name}.{function.name}" not in UNTIMED_CALLS:
                    offenders.append(f"{name}.{function.name}:{node.lineno}")
    assert offenders == [], f"regex.<function>(...) has no time limit; use a timed pattern: {offenders}"


def _module_patterns() -> dict[str, object]:
    """Every pattern object held at module level, directly or in a dict, tuple, list or frozenset."""
    found: dict[str, object] = {}
    for info in pkgutil.walk_packages(pagesplit.__path__, "pagesplit."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra not installed (dask): the AST tests still read its source
            continue
        for attr, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value \
                if isinstance(value, tuple | list | frozenset) else (value,)
            for each in values:
                if isinstance(each, regex.Pattern | TimedPattern):
                    found.setdefault(f"{info.name}.{attr}", each)
    return found


def test_every_module_level_pattern_is_a_timed_pattern_or_listed() -> None:
    patterns = _module_patterns()
    untimed = sorted(name for name, pattern in patterns.items()
                     if not isinstance(pattern, TimedPattern) and name not in UNTIMED_PATTERNS)
    assert untimed == [], f"module-level patterns without a time limit: {untimed}"
    assert sum(isinstance(p, TimedPattern) for p in patterns.values()) > 50  # the scan does find them
    for name in UNTIMED_PATTERNS:  # the list holds no stale entry
        assert isinstance(patterns.get(name), regex.Pattern), name


def test_the_listed_untimed_calls_exist() -> None:
    for qualified in UNTIMED_CALLS:
        module, function = qualified.rsplit(".", 1)
        assert callable(getattr(importlib.import_module(module), function)), qualified
