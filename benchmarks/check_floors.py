"""Quality gate: compare ``score.py --folds --json`` results with the floors pinned in quality_floors.json.

    python benchmarks/check_floors.py SCORES.json [SCORES.json ...] [--floors benchmarks/quality_floors.json]
    python benchmarks/check_floors.py SCORES.json ... --raise   # lift floors to (measured - margin), never lower

Each scores file is the ``--json`` output of ``../shared/eval/score.py --folds`` for one mode and dump
(e.g. ``--mode text --dump w3m``). Figures are gated per fold (``sh:a``, ``sh:b``, …: the two fixed halves
of each dev corpus), so a gain on one half cannot hide a loss on the other. Two measures are gated:
``f1`` (article body) and ``teaser_recall`` (teaser titles found, on the annotated pages). Every figure
named in the floors file must be present and at or above its floor; the exit status is 1 otherwise, with
one line per figure that fell below. Floors only go up: ``--raise`` rewrites the file with
``max(floor, measured - margin)`` for every measure already gated in that mode.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from folds import fold_key

FLOORS = Path(__file__).resolve().parent / "quality_floors.json"
EXTRACTOR = "pagesplit"
SPLIT = "dev"
#: Slack under the measured value when floors are raised: runs differ by a few thousandths.
DEFAULT_MARGIN = 0.01
MEASURES = ("f1", "teaser_recall")

BELOW_TEXT = "QUALITY GATE: {mode} {fold} {measure} {value:.3f} fell below its floor {floor:.3f} (-{gap:.3f})"
MISSING_TEXT = "QUALITY GATE: {mode} {fold} {measure} has a floor {floor:.3f} but was not measured"

Figures = dict[str, dict[str, dict[str, float]]]  #: measure -> mode -> fold ("sh:a") -> value


def measured(paths: list[Path]) -> Figures:
    """``{"f1": {"text:w3m": {"sh:a": 0.91, ...}}, "teaser_recall": {...}}`` from score.py JSON files."""
    out: Figures = {measure: {} for measure in MEASURES}
    for path in paths:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        for result in data["results"]:
            if result["extractor"] != EXTRACTOR:
                continue
            for group, metrics in result["groups"].items():
                key = fold_key(group, SPLIT)
                if key is None:
                    continue
                if metrics.get("f1") is not None:
                    out["f1"].setdefault(result["mode_label"], {})[key] = float(metrics["f1"])
                teasers = metrics.get("teasers")
                if teasers and teasers.get("recall") is not None:
                    out["teaser_recall"].setdefault(result["mode_label"], {})[key] = float(teasers["recall"])
    return out


def check(floors: Figures, got: Figures) -> list[str]:
    """One message per figure below its floor or missing; empty when the gate passes."""
    problems = []
    for measure, modes in floors.items():
        for mode, folds in modes.items():
            for fold, floor in folds.items():
                value = got.get(measure, {}).get(mode, {}).get(fold)
                if value is None:
                    problems.append(MISSING_TEXT.format(mode=mode, fold=fold, measure=measure, floor=floor))
                elif value < floor:
                    problems.append(BELOW_TEXT.format(mode=mode, fold=fold, measure=measure, value=value,
                                                      floor=floor, gap=floor - value))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scores", nargs="+", type=Path)
    parser.add_argument("--floors", type=Path, default=FLOORS)
    parser.add_argument("--raise", dest="lift", action="store_true", help="lift floors to measured - margin")
    parser.add_argument("--margin", type=float, default=DEFAULT_MARGIN)
    args = parser.parse_args(argv)
    document: dict[str, Any] = json.loads(args.floors.read_text(encoding="utf-8"))
    floors: Figures = {measure: document[measure] for measure in MEASURES if measure in document}
    got = measured(args.scores)
    for measure, modes in got.items():
        for mode, folds in sorted(modes.items()):
            for fold, value in sorted(folds.items()):
                floor = floors.get(measure, {}).get(mode, {}).get(fold)
                note = "" if floor is None else f"floor {floor:.3f}" + ("  BELOW" if value < floor else "")
                print(f"  {mode:<16} {fold:<5} {measure:<13} {value:.3f}  {note}")
    if args.lift:
        for measure, modes in floors.items():
            for mode, folds in modes.items():
                for fold, value in got.get(measure, {}).get(mode, {}).items():
                    folds[fold] = round(max(folds.get(fold, 0.0), value - args.margin), 3)
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
