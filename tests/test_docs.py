"""Generated docs stay in sync with the code they describe."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_md_matches_the_registry() -> None:
    gen = _load(REPO / "docs" / "gen_rules.py")
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == gen.generate(), (
        "docs/rules.md is out of date: run python docs/gen_rules.py"
    )


def test_readme_names_every_cli_flag() -> None:
    from pagesplit.cli import build_parser

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    flags = [flag for action in build_parser()._actions for flag in action.option_strings
             if flag.startswith("--") and flag != "--help"]
    assert [flag for flag in flags if flag not in readme] == []


def test_limits_md_lists_every_limit_with_its_default_and_every_error() -> None:
    import dataclasses

    import pagesplit
    from pagesplit.limits import DEFAULT_LIMITS

    doc = (REPO / "docs" / "limits.md").read_text(encoding="utf-8")
    for limit in dataclasses.fields(DEFAULT_LIMITS):
        default = getattr(DEFAULT_LIMITS, limit.name)
        shown = "None" if default is None else f"{default:,}"
        assert f"| `{limit.name}` | {shown} |" in doc, limit.name
    errors = [name for name in pagesplit.__all__ if name.endswith("Error")]
    assert [name for name in errors if f"| `{name}` |" not in doc] == []
