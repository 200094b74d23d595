"""Generated docs stay in sync with the code they describe."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

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
    from pagesplit.cli_flags import build_parser

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


def test_api_md_matches_the_docstrings() -> None:
    gen = _load(REPO / "docs" / "gen_api.py")
    for name in gen.EXTRA_MODULES:  # pagesplit.dask needs the dask extra: api.md is written with every extra
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and not exc.name.startswith("pagesplit"):
                pytest.skip(f"{name} needs {exc.name} (pip install -e '.[dev,dask,warc]')")
    assert (REPO / "docs" / "api.md").read_text(encoding="utf-8") == gen.generate(), (
        "docs/api.md is out of date: run python docs/gen_api.py"
    )


def test_every_public_field_and_enum_member_says_what_it_is() -> None:
    """Over ``pagesplit.__all__`` (the documented core; modules beside it are listed in api.md as they are)."""
    import dataclasses
    import enum
    import inspect

    import pagesplit

    gen = _load(REPO / "docs" / "gen_api.py")
    silent = []
    for name in pagesplit.__all__:
        obj = getattr(pagesplit, name)
        if not inspect.isclass(obj):
            continue
        comments = gen._field_comments(obj)
        if issubclass(obj, enum.Enum):
            silent += [f"{name}.{member.name}" for member in obj if member.name not in comments]
        elif dataclasses.is_dataclass(obj):
            silent += [f"{name}.{f.name}" for f in dataclasses.fields(obj) if f.name not in comments]
        if not inspect.getdoc(obj):
            silent.append(name)
    assert silent == [], "document these with a #: comment or a docstring"


def test_no_doc_names_a_path_outside_the_repository() -> None:
    import re

    outside = re.compile(r"\.\./|/work/")
    found = [f"{path.relative_to(REPO)}:{number}: {line.strip()}"
             for path in sorted((REPO / "docs").rglob("*")) if path.suffix in {".md", ".py"}
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if outside.search(line)]
    assert found == []


def test_readme_links_every_doc_page() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    pages = sorted(path.relative_to(REPO).as_posix() for path in (REPO / "docs").glob("*.md"))
    assert [page for page in pages if f"]({page})" not in readme] == []


def _shown_outputs(doc: str) -> list[str]:
    """The fenced blocks that follow an ``<!-- output of: … -->`` comment, without their ``$ `` command lines."""
    import re

    blocks = re.findall(r"<!-- output of: .*?-->\n```\n(.*?)\n```", doc, flags=re.DOTALL)
    return ["\n".join(line for line in block.splitlines() if not line.startswith("$ ")) for block in blocks]


def test_debugging_md_shows_the_real_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib
    import io

    from pagesplit.cli import main

    doc = (REPO / "docs" / "debugging.md").read_text(encoding="utf-8")
    example = REPO / "fixtures" / "example" / "page.txt"
    nolabel = tmp_path / "nolabel.txt"
    nolabel.write_text("".join(line for line in example.read_text(encoding="utf-8").splitlines(keepends=True)
                               if line != "More For You\n"), encoding="utf-8")
    shown = []
    for path in (example, nolabel):
        assert main([str(path), "--explain"]) == 0
        shown.append(capsys.readouterr().out.rstrip("\n"))
    code = doc.split("```python\n", 1)[1].split("```", 1)[0]
    printed = io.StringIO()
    monkeypatch.chdir(REPO)
    with contextlib.redirect_stdout(printed):
        exec(code, {})
    shown.append(printed.getvalue().rstrip("\n"))
    assert _shown_outputs(doc) == shown, "docs/debugging.md shows outdated output: paste the commands' output"
