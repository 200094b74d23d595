"""Where the ``pagesplit`` command's results go: each result printed to stdout in the chosen format (``Output``),
a progress bar on a terminal, and the run's counts and timings (``--stats``)."""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pagesplit import render
from pagesplit.batch.read import Inputs
from pagesplit.model import Page


def terminal_width() -> int:
    return shutil.get_terminal_size((render.DEFAULT_WIDTH, 24)).columns


class Output:
    """Writes each input's result to stdout in the chosen format, with separators between inputs."""

    def __init__(self, fmt: render.Format, width: int, *, batch: bool) -> None:
        self.fmt, self.width = fmt, width
        self.as_array = fmt == "json" and batch  # --json stays one document for a batch, an array even of one
        self.headed = batch and fmt not in ("json", "jsonl")
        self.count = 0

    def _write(self, text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    def _record(self, rec: dict[str, Any], pretty: str | None = None) -> None:
        if self.fmt == "jsonl":
            self._write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        elif self.as_array:
            self._write(("[\n" if self.count == 1 else ",\n") + json.dumps(rec, ensure_ascii=False))
        else:
            self._write((pretty or json.dumps(rec, ensure_ascii=False, indent=2)) + "\n")

    def page(self, path: str, page: Page) -> None:
        self.count += 1
        if self.fmt in ("json", "jsonl"):
            self._record(render.record(page, path), pretty=render.to_json(page))
            return
        rendered = render.render(page, self.fmt, path=path, width=self.width)
        head = ("\n" if self.count > 1 else "") + f"==> {path} <==\n" if self.headed else ""
        self._write(head + rendered + ("" if not rendered or rendered.endswith("\n") else "\n"))

    def record(self, record: dict[str, Any]) -> None:
        """A batch record (``--json`` of several inputs): a page's or an error's."""
        self.count += 1
        self._record(record)

    def close(self) -> None:
        if self.as_array:
            self._write("[]\n" if self.count == 0 else "\n]\n")


def progress_bar(enabled: bool) -> Any:
    """A tqdm bar on stderr when it is a terminal (tqdm is imported only then), else None."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm  # type: ignore[import-untyped]

    return tqdm(file=sys.stderr, unit=" pages", dynamic_ncols=True, leave=False)


def write_stats(path: str, counts: Counter[str], inputs: Inputs, seconds: float) -> None:
    done = counts["ok"] + sum(count for kind, count in counts.items() if kind != "ok")
    stats = {"inputs": done, "ok": counts["ok"],
             "failed": {kind: count for kind, count in sorted(counts.items()) if kind != "ok"},
             "skipped_records": dict(sorted(inputs.skipped.items())), "not_selected": inputs.unselected,
             "seconds": round(seconds, 3), "pages_per_second": round(done / seconds, 2) if seconds else None}
    Path(path).write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
