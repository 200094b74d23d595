"""What installing pagesplit brings: the batch runner adds only pebble and tqdm; WARC and Dask support are extras,
and a WARC input without its extra is an error record that says what to install."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from pagesplit.batch import read

REPO = Path(__file__).resolve().parents[1]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~ ;]", requirement, maxsplit=1)[0].lower() for requirement in requirements}


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is in the standard library from 3.11")
def test_the_batch_runner_adds_only_pebble_and_tqdm() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert _names(project["dependencies"]) == {"lxml", "beautifulsoup4", "regex", "pebble", "tqdm"}
    extras = project["optional-dependencies"]
    assert _names(extras["warc"]) == {"fastwarc"} and _names(extras["dask"]) == {"dask"}


def test_a_warc_without_its_extra_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc", None)  # as if it were not installed
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"")
    (item,) = list(read([str(path)]))
    assert item.error is not None and item.error.kind == "read"
    assert "pagesplit[warc]" in item.error.message
