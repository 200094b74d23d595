"""Relative dates in a batch ("2 hours ago"): read against when each page was fetched, when the input says so
(a JSON line's fetch time; WARC-Date in tests/test_batch_warc.py) or the command line's ``--reference-time``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pagesplit.batch import read, run
from pagesplit.batch.items import fetch_time
from pagesplit.cli import main

#: A made-up dump whose only date is relative.
RELATIVE_DUMP = ("A harbour town opens a floating garden on its old pier\n\nBy Kim Lee\n\n2 hours ago\n\n"
                 + "The town has opened a garden on the pier where the ferry used to dock. " * 8)


def published(record: dict[str, object]) -> object:
    article = record["article"]
    assert isinstance(article, dict)
    return article["published"]


def test_a_json_line_s_fetch_time_dates_its_relative_date(tmp_path: Path) -> None:
    pages = tmp_path / "pages.jsonl"
    pages.write_text(json.dumps({"text": RELATIVE_DUMP, "fetch_time": "2024-03-31T12:00:00Z"}) + "\n"
                     + json.dumps({"text": RELATIVE_DUMP}) + "\n", encoding="utf-8")
    items = list(read([str(pages)]))
    assert [item.fetched for item in items] == [fetch_time("2024-03-31T12:00:00Z"), None]
    results = list(run(items, workers=1))
    articles = [r.page.article for r in results if r.page is not None]
    assert [a.published if a else None for a in articles] == ["2024-03-31T10:00+00:00", None]


def test_the_command_line_reference_time_dates_inputs_that_give_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE_DUMP, encoding="utf-8")
    pages = tmp_path / "pages.jsonl"
    pages.write_text(json.dumps({"text": RELATIVE_DUMP, "fetch_time": "2024-03-31T12:00:00Z"}) + "\n",
                     encoding="utf-8")
    status = main([str(tmp_path / "a.txt"), str(pages), "--jsonl", "--reference-time", "2025-01-02T09:30:00+01:00"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    # the file has no fetch time of its own: the flag's; the JSON line has one, and it wins
    assert [published(r) for r in records] == ["2025-01-02T07:30+01:00", "2024-03-31T10:00+00:00"]


def test_a_reference_time_that_is_no_time_is_a_usage_error(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(RELATIVE_DUMP, encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "--reference-time", "yesterday"]) == 2
    assert "not an ISO 8601 time" in capsys.readouterr().err
