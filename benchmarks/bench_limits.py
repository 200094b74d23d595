"""Time and peak memory of one call on the worst shapes found for each limit, at the default limits.

    python benchmarks/bench_limits.py [--only NAME]

Each shape runs in a fresh process (peak RSS is per process), after a warm-up call that loads the lexicons, just
under or over the limit it tests;
the figures back the defaults in ``pagesplit/limits.py`` and docs/limits.md (no call over 10 s or 1.5 GB).
The second table is issue 13's "tried by hand" inputs, each of which must give a Page or a ``LimitError`` in under
1 s (``HAND_TRIED_SECONDS``); the last column says whether it did.
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

#: Issue 13's "tried by hand" inputs (the hang, the slow and the memory cases), the same way.
HAND_TRIED = {
    "40 empty comments, then text": '"<!---->" * 40 + "x"',
    "a template fragment: 30 comments and a div": '"<!-- slot -->\\n" * 30 + "<div>x</div>"',
    "2,100 divs and 20,000 '<a '": '"<div>" * 2100 + "<a " * 20_000',
    "2,100 divs and 50,000 '<a ' (hand)": '"<div>" * 2100 + "<a " * 50_000',
    "a 5,000-digit character reference": '"<p>&#" + "9" * 5000 + ";</p>"',
    "punycode declared, 800 kB": 'b"<meta charset=punycode><p>" + "caf\\xe9 ".encode("latin-1") * 160_000',
    "unicode_escape declared": 'b"<meta charset=unicode_escape><p>\\\\ud800 text</p>"',
    "base64 declared": 'b"<meta charset=base64><p>" + b"text " * 1000 + b"</p>"',
    "a dump quoting tags, then '<!--'":
        '"Tags such as <p> <div> <span> open blocks.\\n\\nWrite <!-- to open a comment.\\n\\n" * 3',
    "2.3M blank-separated lines (hand)": '"a\\n\\n" * 2_300_000',
    "1M paragraphs (hand)": '"<p>x</p>" * 1_000_000',
    "100,000 spaces and a letter (text)": '" " * 100_000 + "x"',
    "100,000 spaces and a letter (HTML)": '"<p>" + " " * 100_000 + "x</p>"',
}
#: What the issue allows a "tried by hand" input: a Page or a LimitError, in under this many seconds.
HAND_TRIED_SECONDS = 1.0

CHILD = """
import json, resource, sys, time
import pagesplit
pagesplit.split("<p>Load the lexicons.</p>")  # a warm call: the lexicons load once per process, not per page
pagesplit.split("Load the lexicons.")
raw = eval(sys.argv[1])
start, cpu_start = time.perf_counter(), time.process_time()
try:
    page = pagesplit.split(raw)
    outcome = f"Page ({len(page.blocks):,} blocks)"
except pagesplit.PagesplitError as exc:
    outcome = type(exc).__name__
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                  "outcome": outcome}))
"""


def _measure(expression: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", CHILD, expression], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="run the shapes whose name contains this")
    args = parser.parse_args()
    print("seconds: wall clock; cpu: this process's CPU seconds (what a loaded machine does not inflate)")
    print(f"{'shape':45} {'seconds':>8} {'cpu':>6} {'peak MB':>8}  outcome")
    for name, expression in SHAPES.items():
        if args.only and args.only not in name:
            continue
        result = _measure(expression)
        print(f"{name:45} {result['seconds']:8.2f} {result['cpu']:6.2f} {result['peak_mb']:8,}  {result['outcome']}")
    print(f"\n{'tried by hand (issue 13)':45} {'seconds':>8} {'cpu':>6} {'peak MB':>8}  outcome "
          f"(under {HAND_TRIED_SECONDS:g} s of CPU?)")
    for name, expression in HAND_TRIED.items():
        if args.only and args.only not in name:
            continue
        result = _measure(expression)
        cpu = float(str(result["cpu"]))
        good = "Page" in str(result["outcome"]) or "LimitError" in str(result["outcome"])
        verdict = "ok" if good and cpu < HAND_TRIED_SECONDS else "NO"
        print(f"{name:45} {result['seconds']:8.2f} {cpu:6.2f} {result['peak_mb']:8,}  {result['outcome']} ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
