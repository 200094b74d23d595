"""Quality gate: compare ``score.py --json`` results with the F1 floors pinned in quality_floors.json.

    python benchmarks/check_floors.py SCORES.json [SCORES.json ...] [--floors benchmarks/quality_floors.json]
    python benchmarks/check_floors.py SCORES.json ... --raise   # lift floors to (measured - margin), never lower

Each scores file is the ``--json`` output of ``../shared/eval/score.py`` for one mode and dump
(e.g. ``--mode text --dump w3m``). Every figure named in the floors file must be present and at or
above its floor; the exit status is 1 otherwise, with one line per figure that fell below.
Floors only go up: ``--raise`` rewrites the file with ``max(floor, measured - margin)``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FLOORS = Path(__file__).resolve().parent / "quality_floors.json"
EXTRACTOR = "pagesplit"
SPLIT = "dev"
#: Slack under the measured value when floors are raised: runs differ by a few thousandths.
DEFAULT_MARGIN = 0.01

BELOW_TEXT = "QUALITY GATE: {mode} {corpus} F1 {value:.3f} fell below its floor {floor:.3f} (-{gap:.3f})"
MISSING_TEXT = "QUALITY GATE: {mode} {corpus} F1 has a floor {floor:.3f} but was not measured"


def measured(paths: list[Path]) -> dict[str, dict[str, float]]:
    """``{"text:w3m": {"sh": 0.91, ...}, ...}`` from score.py JSON files (pagesplit rows only)."""
    out: dict[str, dict[str, float]] = {}
    for path in paths:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        for result in data["results"]:
            if result["extractor"] != EXTRACTOR:
                continue
            figures = out.setdefault(result["mode_label"], {})
            for group, metrics in result["groups"].items():
                corpus, _, split = group.partition("/")
                if split == SPLIT and metrics.get("f1") is not None:
                    figures[corpus] = float(metrics["f1"])
    return out


def check(floors: dict[str, dict[str, float]], got: dict[str, dict[str, float]]) -> list[str]:
    """One message per figure below its floor or missing; empty when the gate passes."""
    problems = []
    for mode, corpora in floors.items():
        for corpus, floor in corpora.items():
            value = got.get(mode, {}).get(corpus)
            if value is None:
                problems.append(MISSING_TEXT.format(mode=mode, corpus=corpus, floor=floor))
            elif value < floor:
                problems.append(BELOW_TEXT.format(mode=mode, corpus=corpus, value=value, floor=floor,
                                                  gap=floor - value))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scores", nargs="+", type=Path)
    parser.add_argument("--floors", type=Path, default=FLOORS)
    parser.add_argument("--raise", dest="lift", action="store_true", help="lift floors to measured - margin")
    parser.add_argument("--margin", type=float, default=DEFAULT_MARGIN)
    args = parser.parse_args(argv)
    document: dict[str, Any] = json.loads(args.floors.read_text(encoding="utf-8"))
    floors: dict[str, dict[str, float]] = document["f1"]
    got = measured(args.scores)
    for mode, corpora in sorted(got.items()):
        for corpus, value in sorted(corpora.items()):
            floor = floors.get(mode, {}).get(corpus)
            note = "" if floor is None else f"floor {floor:.3f}" + ("  BELOW" if value < floor else "")
            print(f"  {mode:<16} {corpus:<3} F1 {value:.3f}  {note}")
    if args.lift:
        for mode, corpora in got.items():
            for corpus, value in corpora.items():
                current = floors.setdefault(mode, {}).get(corpus, 0.0)
                floors[mode][corpus] = round(max(current, value - args.margin), 3)
        args.floors.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"floors raised where measured - {args.margin} exceeded them: {args.floors}")
        return 0
    problems = check(floors, got)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("quality gate passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
