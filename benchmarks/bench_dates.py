"""Date parsing speed: ``pagesplit.dates`` beside dateparser and htmldate, when they are importable.

    python benchmarks/bench_dates.py [--shared ../shared] [--limit N]

Two jobs are timed, each the best of ``REPEATS`` calls:

- reading a printed date (the made-up date lines of ``tests/test_dates.py``, 10 languages):
  ``pagesplit.dates.to_iso(text)`` against ``dateparser.parse(text)`` (the languages left to detect);
- finding a page's date: ``htmldate.find_date(html)`` on the dev HTML pages against a whole
  ``pagesplit.split_html(html)`` (which finds the date along with everything else), to show what
  calling htmldate per page would add.

Issue 12 allows a date library only if it measures fast enough; this is where that is measured. Neither
library is a dependency of pagesplit; install them in a scratch environment to compare. Not a test.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

import pagesplit  # noqa: E402
from pagesplit.dates import to_iso  # noqa: E402

DEFAULT_SHARED = REPO.parent / "shared"
REPEATS = 3


def best_ms(fn: Callable[[Any], object], arg: Any) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - start)
    return 1000 * best


def row(name: str, times: list[float]) -> str:
    return f"  {name:<26} median {statistics.median(times):8.3f} ms   total {sum(times):9.1f} ms   ({len(times)} calls)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--limit", type=int, default=100, help="dev HTML pages for the page-level comparison")
    args = ap.parse_args(argv)
    from test_dates import CASES

    texts = [text for text, _ in CASES]
    print(f"printed dates ({len(texts)} strings):")
    to_iso(texts[0])  # compile the patterns once
    print(row("pagesplit.dates.to_iso", [best_ms(to_iso, t) for t in texts]))
    try:
        import dateparser
    except ImportError:
        print("  dateparser                 not installed")
    else:
        dateparser.parse(texts[0])
        print(row("dateparser.parse", [best_ms(dateparser.parse, t) for t in texts]))
        right = sum(1 for t, iso in CASES
                    if (d := dateparser.parse(t)) is not None and d.date().isoformat() == iso[:10])
        ours = sum(1 for t, iso in CASES if (to_iso(t) or "")[:10] == iso[:10])
        print(f"  right calendar date: pagesplit {ours}/{len(CASES)}, dateparser {right}/{len(CASES)}")
    paths = sorted(p for p in (args.shared / "eval" / "dev").glob("*/*.html.gz")
                   if not p.name.endswith(".orig.html.gz"))[:args.limit]
    pages = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            pages.append(f.read())
    print(f"\nwhole pages ({len(pages)} dev HTML pages):")
    print(row("pagesplit.split_html", [best_ms(pagesplit.split_html, p) for p in pages]))
    try:
        import htmldate
    except ImportError:
        print("  htmldate                   not installed")
    else:
        print(row("htmldate.find_date", [best_ms(htmldate.find_date, p) for p in pages]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
