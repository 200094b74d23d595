"""The slowest single timed match (``pagesplit.timed_match``) on long inputs: what ``MATCH_TIMEOUT_SECONDS`` must
stay far above, so that no ordinary text is ever skipped.

    python benchmarks/bench_match_times.py

Each shape is split once in this process, after a warm-up call, with every ``TimedPattern`` method timed (CPU
seconds per call); the table gives the call's CPU time, its warnings (there should be none) and its slowest
matches. This is not a test.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import pagesplit
from pagesplit import timed_match

#: name -> the input: long blocks, long lines and shapes the patterns look for, at the size limits.
SHAPES: dict[str, Callable[[], str]] = {
    "9.7M characters in one paragraph": lambda: "<html><body><p>" + "word " * 1_950_000 + "</p>",
    "9.7M characters of one text line": lambda: "word " * 1_950_000,
    "950k short lines": lambda: "ab\n" * 950_000,
    "4M characters in a photo credit": lambda: "(Photo: " + "a b " * 1_000_000 + ")",
    "1M bars in one line": lambda: "a | " * 1_000_000,
    "400k month-year dates in one line": lambda: "March 2024, " * 400_000,
    "500k 'Agency:' in one paragraph": lambda: "<p>" + "Reuters: " * 500_000 + "</p>",
    "a 5M-character URL": lambda: "https://x.org/" + "a" * 5_000_000,
}

slowest: dict[str, float] = {}


def _timed(method: str) -> None:
    original = getattr(timed_match.TimedPattern, method)

    def wrapper(self: timed_match.TimedPattern, *args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        result = original(self, *args, **kwargs)
        spent = time.process_time() - start
        key = f"{self.name}.{method}"
        slowest[key] = max(spent, slowest.get(key, 0.0))
        return result

    setattr(timed_match.TimedPattern, method, wrapper)


def main() -> int:
    for method in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
        _timed(method)
    pagesplit.split("<p>Load the lexicons.</p>")
    pagesplit.split("Load the lexicons.")
    print(f"{'shape':36} {'cpu s':>6} {'warnings':>8}  slowest matches (CPU seconds)")
    for name, make in SHAPES.items():
        slowest.clear()
        raw = make()
        start = time.process_time()
        page = pagesplit.split(raw)
        spent = time.process_time() - start
        top = sorted(slowest.items(), key=lambda item: -item[1])[:3]
        print(f"{name:36} {spent:6.2f} {len(page.warnings):8}  " + ", ".join(f"{k} {v:.3f}" for k, v in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
