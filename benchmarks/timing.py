"""Timing helpers shared by the benchmarks: best-of-N per input, and the 95th percentile."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def time_each(func: Callable[[Any], object], inputs: list[Any], repeats: int) -> list[float]:
    """Milliseconds per input, the best of ``repeats`` calls (the least disturbed by a noisy machine)."""
    out = []
    for item in inputs:
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            func(item)
            best = min(best, time.perf_counter() - start)
        out.append(best * 1000)
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]
