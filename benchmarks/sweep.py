"""Sweep module-level thresholds on a corpus, per fold, in one process pool.

    python benchmarks/sweep.py --mode innertext --set pagesplit.rules.records.MIN_RUN_TOGETHER_WORDS=6,7,9,10
    python benchmarks/sweep.py --mode html --corpus PROBE --set pagesplit.frontend.figures.MAX_CAPTION_DEPTH=2,4

Each value is tried in a fresh worker process (nothing a cache kept from another value is read): the constant is set
in the module that defines it and in every ``pagesplit`` module that imported it by name, then the corpus is split
as ``ablation.py`` splits it (``score.py``'s pagesplit adapter) and scored per fold. A row per value gives each
fold's article F1 (and teaser recall / precision where annotated) as a change from the tree's own value, the pages
whose output changed and, by page F1 (``compare.py``'s reading, 0.005), the pages up and down. A constant whose
values all change no page is slack on that corpus; a flat region of values around the tree's value holds.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import ablation

#: A page moved when its F1 changed by more than this (``compare.py``'s default ``--min-delta``).
MIN_DELTA = 0.005


def _patch(name: str, value: str) -> None:
    """Set ``module.NAME`` to value where it is defined and where it was imported by name. ``never`` sets a
    pattern that matches nothing, ``empty`` a function that finds nothing (``frozenset()``): a rule switched off
    that has no rule id of its own."""
    import regex

    import pagesplit

    module_name, attr = name.rsplit(".", 1)
    for info in pkgutil.walk_packages(pagesplit.__path__, "pagesplit."):
        try:
            importlib.import_module(info.name)
        except ImportError:  # a module for an extra not installed (dask, warcio): it imports no swept constant
            continue
    home = importlib.import_module(module_name)
    old = getattr(home, attr)
    new: Any = (regex.compile(r"(?!)") if value == "never" else (lambda *_a, **_k: frozenset()) if value == "empty"
                else type(old)(float(value)))
    for mod_name, mod in list(sys.modules.items()):
        if mod is home or not mod_name.startswith("pagesplit") or getattr(mod, attr, None) != old:
            continue
        source = Path(mod.__file__ or "").read_text(encoding="utf-8") if mod.__file__ else ""
        if f"from {module_name} import" in source and attr in source:
            setattr(mod, attr, new)
    setattr(home, attr, new)


def _run(job: tuple[tuple[tuple[str, str], ...]]) -> list[dict[str, Any]]:
    (settings,) = job
    for name, value in settings:
        _patch(name, value)
    return ablation._outputs(("", ()))


def _page_scores(score: Any, records: list[dict[str, Any]]) -> dict[str, float]:
    rows = score.per_doc(ablation._DOCS, records)
    return {r["id"]: (r["f1"] if "f1" in r else _tf_f1(r["tp_fp_fn_tn"])) for r in rows}


def _tf_f1(counts: list[int]) -> float:
    tp, fp, fn, _ = counts
    return 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 1.0


def _load(mode: str, evaluation: Path, corpus: Path) -> None:
    ablation._EVAL[0] = evaluation
    kind, dump = ablation.MODES[mode]
    score = ablation._score_module()
    ablation._DOCS[:] = score.load_docs([str(corpus)], kind, dump)
    ablation._TEXTS[:] = [score.read_text(d["input"]) for d in ablation._DOCS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", default="innertext")
    parser.add_argument("--set", action="append", required=True,
                        help="module.NAME=v1,v2,... (one row per value); repeat for more constants")
    parser.add_argument("--corpus", type=Path, help="default: the shared dev corpus")
    parser.add_argument("--shared", type=Path, default=ablation.DEFAULT_EVAL.parent)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    evaluation = args.shared / "eval"
    corpus = args.corpus or evaluation / "dev"
    _load(args.mode, evaluation, corpus)
    score = ablation._score_module()
    gold = score.load_teasers(ablation._DOCS)
    jobs: list[tuple[tuple[tuple[str, str], ...]]] = [((),)]
    for spec in args.set:
        name, values = spec.split("=")
        jobs += [(((name, v),),) for v in values.split(",")]
    with ProcessPoolExecutor(args.workers, initializer=_load, initargs=(args.mode, evaluation, corpus),
                             max_tasks_per_child=1) as pool:
        results = pool.map(_run, jobs)
        base_records = next(results)
        base = ablation._figures(score, base_records, gold)
        base_pages = _page_scores(score, base_records)
        columns = sorted(base)
        print(f"### {args.mode} {corpus}")
        print("| setting | " + " | ".join(columns) + " | changed | up | down |")
        print("| (tree) | " + " | ".join(f"{base[c]:.4f}" for c in columns) + " | | | |", flush=True)
        for job, records in zip(jobs[1:], results, strict=True):
            got = ablation._figures(score, records, gold)
            pages = _page_scores(score, records)
            changed = sum(1 for a, b in zip(base_records, records, strict=True) if a["out"] != b["out"])
            moves = [(pages[k] - base_pages[k], k) for k in pages]
            up = [k for d, k in moves if d > MIN_DELTA]
            down = [k for d, k in moves if d < -MIN_DELTA]
            name, value = job[0][0]
            print(f"| {name.rsplit('.', 1)[1]}={value} | "
                  + " | ".join(f"{got[c] - base[c]:+.4f}" for c in columns)
                  + f" | {changed} | {len(up)} | {len(down)} |", flush=True)
            for label, ids in (("up", up), ("down", down)):
                if ids:
                    print(f"|   {label}: {' '.join(sorted(ids)[:12])}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
