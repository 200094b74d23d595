"""The pure-Python and the compiled build side by side, in one run: HTML time and text instructions.

    python benchmarks/bench_builds.py --pure PURE_PYTHON --compiled COMPILED_PYTHON [--limit N] [--warm-limit N]
                                      [--shared ../shared] [--skip-html] [--skip-text]

PURE_PYTHON and COMPILED_PYTHON are the interpreters of two environments, one with ``pip install .`` and one
with ``PAGESPLIT_COMPILE=1 pip install .`` (each is checked against ``pagesplit.COMPILED``). Run this script
with an interpreter that has lxml, and trafilatura for its column (e.g. the pure one).

- **HTML**: every dev page (``sh``, ``tf``, ``rd``), decompressed first, then timed page by page, best of three
  calls: this process times the baselines (the lxml parse, the parse plus a Python loop touching every node,
  trafilatura; see ``bench_html.py``), and one worker process per build times ``pagesplit.split_html``. The
  timers take turns on each page, so a noisy moment of the machine falls on every timer alike. The table
  gives each build's median and p95, and the ratio of its median to trafilatura's and to parse+touch's.
- **Text**: instructions (callgrind ``Ir``) per sh innerText dump on its first call, the figure of
  ``bench_text.py``'s ``first``: a process splits the tf and rd innerText dumps (a cache warm for common
  chrome), then every sh dump once; a second process does only the warm-up; the difference over the sh dumps
  is the figure (``PYTHONHASHSEED=0``, so both runs hash alike). Needs ``valgrind``; four runs under
  callgrind take a few minutes, ``--warm-limit`` shortens them.

Targets of issue 15 are printed beside the figures. This is not a test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from bench_html import load, lxml_input, parse, parse_touch, trafilatura_extract
from timing import p95, time_each

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
HERE = Path(__file__).resolve()
CORPORA = ("sh", "tf", "rd")
#: Each timing is the best of this many calls, as in ``bench_html.py``.
REPEATS = 3
#: The corpora whose innerText dumps warm the process before the sh dumps are counted (``bench_text.py``).
WARM_CORPORA = ("tf", "rd")
#: Issue 15's targets for the compiled build: HTML median x trafilatura, x parse+touch; text instructions.
TARGET_TRAFILATURA, TARGET_TOUCH, TARGET_TEXT_M = 0.33, 3.0, 8.0


def worker(shared: Path, limit: int | None, out: IO[str]) -> int:
    """Answer page indexes on stdin with ``split_html``'s best time in ms; first line: ``pagesplit.COMPILED``."""
    import pagesplit

    pages = [html for _, html in load(shared, CORPORA, limit)]
    pagesplit.split_html(pages[0])  # load and compile the lexicons outside the timing
    print(json.dumps({"compiled": pagesplit.COMPILED, "pages": len(pages)}), file=out, flush=True)
    for line in sys.stdin:
        print(time_each(pagesplit.split_html, [pages[int(line)]], REPEATS)[0], file=out, flush=True)
    return 0


def text_harness(shared: Path, count: bool, warm_limit: int | None) -> int:
    """Split the warm-up dumps, then (``count``) every sh innerText dump once; print how many sh dumps."""
    import pagesplit

    def dumps(corpus: str, limit: int | None) -> list[str]:
        paths = sorted((shared / "eval" / "dev" / corpus).glob("*.innertext.txt.gz"))[:limit]
        return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in paths]

    warm = [d for corpus in WARM_CORPORA for d in dumps(corpus, warm_limit)]
    measured = dumps("sh", None)
    pagesplit.split_text("Load the lexicons.\n\nOutside.")
    for dump in warm:
        pagesplit.split_text(dump)
    if count:
        for dump in measured:
            pagesplit.split_text(dump)
    print(len(measured))
    return 0


class Build:
    """One build's worker process."""

    def __init__(self, name: str, python: str, shared: Path, limit: int | None) -> None:
        self.name, self.python = name, python
        self.proc = subprocess.Popen(
            [python, str(HERE), "--worker", "--shared", str(shared), *(["--limit", str(limit)] if limit else [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO / "benchmarks")
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        hello = json.loads(self.stdout.readline())
        self.compiled, self.pages = bool(hello["compiled"]), int(hello["pages"])
        self.times: list[float] = []

    def time(self, index: int) -> None:
        self.stdin.write(f"{index}\n")
        self.stdin.flush()
        self.times.append(float(self.stdout.readline()))

    def close(self) -> None:
        self.stdin.close()
        self.proc.wait()


def check_builds(pure: str, compiled: str) -> None:
    """Refuse to compare two environments that are not the builds they are said to be."""
    for python, expected in ((pure, False), (compiled, True)):
        out = subprocess.run([python, "-c", "import pagesplit; print(pagesplit.COMPILED)"],
                             capture_output=True, text=True, check=True).stdout.strip()
        if out != str(expected):
            raise SystemExit(f"{python}: pagesplit.COMPILED is {out}, expected {expected}")


def html(args: argparse.Namespace) -> None:
    loaded = [page for _, page in load(args.shared, CORPORA, args.limit)]
    extract = trafilatura_extract()
    builds = [Build("pure", args.pure, args.shared, args.limit),
              Build("compiled", args.compiled, args.shared, args.limit)]
    if any(b.pages != len(loaded) for b in builds):
        raise SystemExit("the workers loaded other pages than this process")
    if extract is not None:
        extract(loaded[0])
    baselines: dict[str, list[float]] = {"parse": [], "parse+touch": [], "trafilatura": []}
    for index, page in enumerate(loaded):
        raw = lxml_input(page)
        baselines["parse"] += time_each(parse, [raw], REPEATS)
        baselines["parse+touch"] += time_each(parse_touch, [raw], REPEATS)
        if extract is not None:
            baselines["trafilatura"] += time_each(extract, [page], REPEATS)
        for build in builds:
            build.time(index)
    for build in builds:
        build.close()
    print(f"HTML: {len(loaded)} dev pages ({'+'.join(CORPORA)}), best of {REPEATS} calls per page, timers taking "
          f"turns page by page; trafilatura {'timed' if extract else 'not installed: no ratio'}\n")
    head = f"{'timer':<20} {'median ms':>10} {'p95 ms':>8} {'x trafilatura':>14} {'x parse+touch':>14}"
    print(head)
    print("-" * len(head))
    for name, times in baselines.items():
        if times:
            print(f"{name:<20} {statistics.median(times):>10.2f} {p95(times):>8.2f}")
    touch = statistics.median(baselines["parse+touch"])
    peer = statistics.median(baselines["trafilatura"]) if baselines["trafilatura"] else None
    for build in builds:
        median = statistics.median(build.times)
        versus_peer = f"{median / peer:.2f}" if peer else "n/a"
        print(f"{'pagesplit ' + build.name:<20} {median:>10.2f} {p95(build.times):>8.2f} {versus_peer:>14} "
              f"{median / touch:>14.2f}")
    pure, compiled = (statistics.median(b.times) for b in builds)
    print(f"\ncompiled / pure: {compiled / pure:.2f} ({pure / compiled:.2f}x faster); issue 15's compiled targets: "
          f"<= {TARGET_TRAFILATURA}x trafilatura, <= {TARGET_TOUCH}x parse+touch\n")


def instructions(python: str, args: argparse.Namespace, count: bool, workdir: Path) -> tuple[int, int]:
    """Callgrind's instruction total of one harness run, and how many sh dumps it reported."""
    out = workdir / f"callgrind.{Path(python).parent.parent.name}.{int(count)}"
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python, str(HERE),
               "--text-harness", "1" if count else "0", "--shared", str(args.shared),
               *(["--warm-limit", str(args.warm_limit)] if args.warm_limit else [])]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO / "benchmarks",
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    for line in out.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1]), int(done.stdout.split()[-1])
    raise SystemExit(f"no instruction total in {out}")


def text(args: argparse.Namespace) -> None:
    if shutil.which("valgrind") is None:
        print("Text: valgrind not found, skipped")
        return
    warm = f"the first {args.warm_limit} of each" if args.warm_limit else "all"
    print(f"Text: instructions per sh innerText dump on its first call (callgrind Ir), after {warm} "
          f"{'+'.join(WARM_CORPORA)} innerText dumps\n")
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, python in (("pure", args.pure), ("compiled", args.compiled)):
            base, _ = instructions(python, args, False, Path(tmp))
            total, n = instructions(python, args, True, Path(tmp))
            figures[name] = (total - base) / n / 1e6
            print(f"pagesplit {name:<10} {figures[name]:>6.2f} M instructions per dump ({n} dumps)")
    print(f"\ncompiled / pure: {figures['compiled'] / figures['pure']:.2f}; issue 15's compiled target: "
          f"<= {TARGET_TEXT_M} M")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pure", help="the interpreter of the pure-Python environment")
    parser.add_argument("--compiled", help="the interpreter of the compiled environment")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--limit", type=int, default=None, help="HTML: first N pages of each corpus")
    parser.add_argument("--warm-limit", type=int, default=None, help="text: first N warm-up dumps of each corpus")
    parser.add_argument("--skip-html", action="store_true")
    parser.add_argument("--skip-text", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--text-harness", choices=("0", "1"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.shared, args.limit, sys.stdout)
    if args.text_harness is not None:
        return text_harness(args.shared, args.text_harness == "1", args.warm_limit)
    if not args.pure or not args.compiled:
        parser.error("--pure and --compiled are both needed")
    if not (args.shared / "eval" / "dev").is_dir():
        print(f"no dev corpus under {args.shared}/eval/dev: nothing to measure", file=sys.stderr)
        return 1
    check_builds(args.pure, args.compiled)
    info: dict[str, Any] = {"python": sys.version.split()[0]}
    print(f"pagesplit pure ({args.pure}) against compiled ({args.compiled}), Python {info['python']}\n")
    if not args.skip_html:
        html(args)
    if not args.skip_text:
        text(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
