"""Text-mode speed on the dev dumps, beside a trivial baseline measured in the same run.

    python benchmarks/bench_text.py [--shared ../shared] [--styles innertext,w3m] [--corpora sh] [--limit N]

For each dump style (innertext, w3m, lynx, bs4) every dev dump is decompressed and decoded first,
then timed one call at a time: ``pagesplit.split_text(dump)`` and the baseline, which only reads
the lines (``[line.strip() for line in dump.splitlines()]``).

pagesplit caches the features of short blocks by their text (menus and labels repeat across pages),
so a dump's second call is cheaper than its first. Two figures are given:

- ``first``: each dump's first call, in corpus order, after the process has split the dumps of the
  other dev corpora (same style): what a pipeline pays for a page it has not seen, with a cache warm
  for common chrome but not for the page's own headlines and captions. This is the figure to quote.
  A first call happens once per process, so it is measured in ``--rounds`` fresh processes (run one
  after the other) and each dump keeps its best: a noisy moment disturbs one round, not the figure.
- ``repeat``: the best of three further calls of the same dump (its own lines cached).

The table gives dumps per second and median / p95 milliseconds (from ``first``), the ``repeat``
median, the baseline's median, and how many times slower than the baseline pagesplit is (ratio of
the medians, ``first``). The memory figure is the ``tracemalloc`` peak while splitting the largest
dump of each style. Machines are noisy: compare figures within one run, not across runs.

HTML mode has its own benchmark, ``benchmarks/bench_html.py``. This is not a test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tracemalloc
from importlib import metadata
from pathlib import Path

from timing import p95, time_each

import pagesplit

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
STYLES = ("innertext", "w3m", "lynx", "bs4")
CORPORA = ("sh", "tf", "rd")
#: Each timing is the best of this many calls: the first call of a dump may pay for cache misses.
REPEATS = 3
#: Fresh processes that each time every dump's first call; a dump's figure is its best round.
ROUNDS = 3


def baseline(dump: str) -> list[str]:
    """The least any text splitter must do: read the lines."""
    return [line.strip() for line in dump.splitlines()]


def load(shared: Path, style: str, corpora: tuple[str, ...], limit: int | None) -> list[str]:
    dumps: list[str] = []
    for corpus in corpora:
        paths = sorted((shared / "eval" / "dev" / corpus).glob(f"*.{style}.txt.gz"))
        for path in paths[:limit]:
            dumps.append(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"))
    return dumps


def first_calls(shared: Path, style: str, corpora: tuple[str, ...], limit: int | None) -> list[float]:
    """Milliseconds of each dump's first call in this process, after warming on the other corpora."""
    dumps = load(shared, style, corpora, limit)
    pagesplit.split_text("Load the lexicons.\n\nOutside the timing.")
    for dump in load(shared, style, tuple(c for c in CORPORA if c not in corpora), limit):
        pagesplit.split_text(dump)  # a pipeline's cache: warm for other sites' chrome, not for these pages
    return time_each(pagesplit.split_text, dumps, 1)


def best_first_calls(args: argparse.Namespace, style: str, rounds: int) -> list[float]:
    """Each dump's best first call over ``rounds`` fresh processes, run one after the other."""
    command = [sys.executable, __file__, "--first-calls-only", "--shared", str(args.shared), "--styles", style,
               "--corpora", args.corpora] + ([] if args.limit is None else ["--limit", str(args.limit)])
    runs = [json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            for _ in range(rounds)]
    return [min(times) for times in zip(*runs, strict=True)]


def peak_kib(dump: str) -> float:
    tracemalloc.start()
    try:
        pagesplit.split_text(dump)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--limit", type=int, default=None, help="first N dumps of each corpus")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="fresh processes timing the first calls")
    parser.add_argument("--first-calls-only", action="store_true", help=argparse.SUPPRESS)  # one round, as JSON
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "dev").is_dir():
        print(f"no dev corpus under {args.shared}/eval/dev: nothing to measure", file=sys.stderr)
        return 1
    corpora = tuple(args.corpora.split(","))
    if args.first_calls_only:
        print(json.dumps(first_calls(args.shared, args.styles, corpora, args.limit)))
        return 0
    print(f"pagesplit {metadata.version('pagesplit')} text mode on {args.shared}/eval/dev "
          f"({'+'.join(corpora)}), Python {sys.version.split()[0]}; first call per dump (best of {args.rounds} "
          f"fresh processes), then best of {REPEATS} repeats\n")
    head = (f"{'style':<10} {'dumps':>5} {'dumps/s':>8} {'median ms':>10} {'p95 ms':>8} {'repeat ms':>10} "
            f"{'base med ms':>12} {'base dumps/s':>13} {'x base':>7} {'peak KiB (largest dump)':>24}")
    print(head)
    print("-" * len(head))
    for style in args.styles.split(","):
        dumps = load(args.shared, style, corpora, args.limit)
        if not dumps:
            print(f"{style:<10} no dumps")
            continue
        ours = best_first_calls(args, style, args.rounds)
        repeat = time_each(pagesplit.split_text, dumps, REPEATS)
        base = time_each(baseline, dumps, REPEATS)
        largest = max(dumps, key=len)
        print(f"{style:<10} {len(dumps):>5} {len(dumps) / (sum(ours) / 1000):>8.0f} "
              f"{statistics.median(ours):>10.2f} {p95(ours):>8.2f} {statistics.median(repeat):>10.2f} "
              f"{statistics.median(base):>12.3f} "
              f"{len(dumps) / (sum(base) / 1000):>13.0f} "
              f"{statistics.median(ours) / statistics.median(base):>7.0f} "
              f"{peak_kib(largest):>12,.0f} ({len(largest) // 1024:,} KiB)")
    print(f"{'html':<10} see benchmarks/bench_html.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
