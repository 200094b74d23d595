"""Instructions per sh input (callgrind), the noise-free speed figure, for one source tree against another.

    python benchmarks/callgrind_split.py --mode text [--src SRC ...] [--warm 20] [--shared ../shared]
    python benchmarks/callgrind_split.py --mode html --src /tmp/before/src /tmp/after/src

For each source tree (``--src``, put first on ``PYTHONPATH``; default: this checkout's ``src``) the harness runs twice
under ``valgrind --tool=callgrind``: once splitting the first ``--warm`` tf and rd inputs only, once splitting them and
then every sh input (innerText dumps for ``text``, HTML pages for ``html``). The difference of the two totals, over
the sh inputs, is what a page costs after the process has warmed its caches on other sites' pages: imports, lexicon
loading and the first calls' caches are paid in both runs and cancel out. ``PYTHONHASHSEED`` is fixed, so the same
tree gives the same count run after run, whatever else the machine is doing. Compare trees within one run of this
script (one interpreter, one lxml and regex build): counts from another environment differ by several percent.

``bench_builds.py`` gives the pure-against-compiled text figure the same way; this script compares source trees (a
commit against the one before it: ``git archive REV src | tar -x -C DIR``). Not a test.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
SUFFIX = {"text": ".innertext.txt.gz", "html": ".html.gz"}
#: The corpora whose first inputs warm the caches, and the one measured.
WARM_CORPORA = ("tf", "rd")
MEASURED = "sh"


def harness(dev: Path, mode: str, warm: int, measure: bool) -> int:
    """Split the warm-up inputs, then (``measure``) every sh input; the number of sh inputs split."""
    import pagesplit

    def inputs(corpus: str) -> list[str]:
        return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
                for p in sorted((dev / corpus).glob("*" + SUFFIX[mode]))]

    split = pagesplit.split_html if mode == "html" else pagesplit.split_text
    for corpus in WARM_CORPORA:
        for doc in inputs(corpus)[:warm]:
            split(doc)
    count = 0
    if measure:
        for doc in inputs(MEASURED):
            split(doc)
            count += 1
    return count


def instructions(src: Path, args: argparse.Namespace, measure: bool, workdir: Path) -> tuple[int, int]:
    """Callgrind's instruction total of one harness run, and the number of sh inputs it split."""
    out = workdir / f"callgrind.{int(measure)}"
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, str(HERE),
               "--harness", "1" if measure else "0", "--mode", args.mode, "--warm", str(args.warm),
               "--shared", str(args.shared)]
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(src)}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    for line in out.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1]), int(done.stdout.split()[-1])
    raise SystemExit(f"no instruction total in {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=sorted(SUFFIX), default="text")
    parser.add_argument("--src", type=Path, nargs="+", default=[REPO / "src"])
    parser.add_argument("--warm", type=int, default=20, help="warm-up inputs from each of tf and rd")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--harness", choices=("0", "1"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    dev = args.shared / "eval" / "dev"
    if args.harness is not None:
        print(harness(dev, args.mode, args.warm, args.harness == "1"))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind not found: nothing measured", file=sys.stderr)
        return 1
    if not dev.is_dir():
        print(f"no dev corpus under {dev}", file=sys.stderr)
        return 1
    print(f"{args.mode}: instructions per {MEASURED} input after the first {args.warm} of each of "
          f"{'+'.join(WARM_CORPORA)} (callgrind Ir)")
    for src in args.src:
        with tempfile.TemporaryDirectory() as tmp:
            base, _ = instructions(src.resolve(), args, False, Path(tmp))
            total, count = instructions(src.resolve(), args, True, Path(tmp))
        print(f"{src!s:<40} {(total - base) / count / 1e6:>8.2f} M ({count} inputs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
