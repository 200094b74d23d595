"""Time and peak memory of one call on the worst shapes found for each limit, at the default limits.

    python benchmarks/bench_limits.py [--only NAME]

Each shape runs in a fresh process (peak RSS is per process), just under or over the limit it tests;
the figures back the defaults in ``pagesplit/limits.py`` and docs/limits.md (no call over 10 s or 1.5 GB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

#: name -> Python expression of the input (evaluated in the child, so nothing large crosses a pipe).
SHAPES = {
    "100k sibling paragraphs": '"<html><body>" + "<p>x</p>" * 100_000',
    "110k blocks 3,000 deep": '"<div>" * 3000 + ("<p>word " * 10 + "</p>") * 11_000',
    "1M paragraphs (over max_elements)": '"<p>x</p>" * 1_000_000',
    "9.7M characters in one paragraph": '"<html><body><p>" + "word " * 1_950_000 + "</p>"',
    "9.7M characters of one text line": '"word " * 1_950_000',
    "2.3M blank-separated lines (over max_lines)": '"a\\n\\n" * 2_300_000',
    "950k short lines, no blank line": '"ab\\n" * 950_000',
    "19,000 levels deep": '"<div>" * 19_000 + "x"',
    "100k attributes (over max_attributes)": '"<div " + " ".join(f"a{i}=1" for i in range(100_000)) + ">x</div>"',
    "2,100 divs and 50,000 '<a '": '"<div>" * 2100 + "<a " * 50_000',
}

CHILD = """
import json, resource, sys, time
import pagesplit
raw = eval(sys.argv[1])
start = time.perf_counter()
try:
    page = pagesplit.split(raw)
    outcome = f"Page ({len(page.blocks):,} blocks)"
except pagesplit.PagesplitError as exc:
    outcome = type(exc).__name__
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                  "outcome": outcome}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="run the shapes whose name contains this")
    args = parser.parse_args()
    print(f"{'shape':45} {'seconds':>8} {'peak MB':>8}  outcome")
    for name, expression in SHAPES.items():
        if args.only and args.only not in name:
            continue
        done = subprocess.run([sys.executable, "-c", CHILD, expression], capture_output=True, text=True, check=True)
        result = json.loads(done.stdout)
        print(f"{name:45} {result['seconds']:8.2f} {result['peak_mb']:8,}  {result['outcome']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
