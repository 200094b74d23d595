"""Ablation: what each rule is worth, per fold, on the dev corpus.

    python benchmarks/ablation.py [--modes html,innertext] [--rules chrome.counter,...] [--out benchmarks/ablation.md]
    python benchmarks/ablation.py --modes innertext --rules teaser.title+teaser.inline
    python benchmarks/ablation.py --shared /path/to/shared ...   # from a checkout that has no ../shared beside it


For every registered rule id (or the ones named), the dev corpus is split again with that rule switched off
(``split(..., disable=(rule,))``: its verdicts are not taken, so each block keeps the verdict it had) and scored
with ``../shared/eval/score.py``'s own scoring, per fold. The report lists, per rule, the change of article
F1 (and of teaser recall and precision where annotated) on each fold when the rule is off: a rule whose removal
costs nothing on either fold is a candidate for deletion, a negative figure is what the rule earns.
Rule ids joined by ``+`` are switched off together, in one row: ``teaser.title+teaser.inline`` (the cards that
a section label opens) leaves the cards found by repetition alone, the figure to watch for pages whose labels
no lexicon knows.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

from folds import fold_key

#: ``../shared/eval`` beside the repository (``--shared`` names another: a git worktree sits elsewhere).
DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
MODES = {"html": ("html", None), "innertext": ("text", "innertext"), "w3m": ("text", "w3m"),
         "lynx": ("text", "lynx"), "bs4": ("text", "bs4")}
#: Rules that cannot be switched off: the fallbacks every block ends on.
NOT_ABLATED = frozenset({"none"})


_EVAL: list[Path] = [DEFAULT_EVAL]  # the evaluation folder of this process (set by ``_load`` in each worker)


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pagesplit_eval_score", _EVAL[0] / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(_EVAL[0]))
    spec.loader.exec_module(module)
    return module


_DOCS: list[dict[str, Any]] = []
_TEXTS: list[str] = []


def _load(mode: str, evaluation: Path) -> None:
    """Per worker: the documents of one mode and their raw inputs, read once."""
    _EVAL[0] = evaluation
    kind, dump = MODES[mode]
    score = _score_module()
    _DOCS[:] = score.load_docs([str(evaluation / "dev")], kind, dump)
    _TEXTS[:] = [score.read_text(d["input"]) for d in _DOCS]


def _outputs(job: tuple[str, tuple[str, ...]]) -> list[dict[str, Any]]:
    """What score.py's pagesplit adapter would record for every document, with the given rules off."""
    import pagesplit

    _, disabled = job
    records: list[dict[str, Any]] = []
    for doc, raw in zip(_DOCS, _TEXTS, strict=True):
        try:  # as the adapter does: ``split`` tells HTML from a dump by itself
            page = pagesplit.split(raw, url=doc.get("url"), disable=disabled)
        except pagesplit.PagesplitError:
            records.append({"s": 0.0, "error": "error", "out": None})
            continue
        article = page.article
        out = {"body": article.text if article else "", "title": article.title if article else None,
               "byline": article.byline if article else None, "date": article.published if article else None,
               "teasers": [{"title": t.title, "url": t.url, "summary": t.summary} for t in page.teasers]}
        records.append({"s": 0.0, "error": None, "out": out})
    return records


def _figures(score: ModuleType, records: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, float]:
    """``{"sh:a f1": …, "sh:a teasers": …, "sh:a precision": …}`` for every fold of every corpus."""
    out: dict[str, float] = {}
    for group, metrics in score.score(_DOCS, records, gold, folds=True).items():
        key = fold_key(group)
        if key is None:
            continue
        out[f"{key} f1"] = metrics["f1"]
        teasers = metrics.get("teasers") or {}
        if teasers.get("recall") is not None:
            out[f"{key} teasers"] = teasers["recall"]
        if teasers.get("precision") is not None:  # a rule may earn only precision (no card taken from chrome)
            out[f"{key} precision"] = teasers["precision"]
    return out


#: A rule is worth less than this on a fold's article F1 when switching it off costs less (the issue's bar).
WORTH_BAR = 0.001


def _costs_nothing(deltas: dict[str, float]) -> bool:
    """Off, the rule loses less than ``WORTH_BAR`` article F1 and no teaser recall or precision on every fold."""
    return all(d > -WORTH_BAR if column.endswith(" f1") else d >= 0.0 for column, d in deltas.items())


def ablate(mode: str, rules: list[str], workers: int, evaluation: Path) -> list[str]:
    """The mode's table, one row per rule; rows are printed as they come (a long run can be read as it goes)."""
    _load(mode, evaluation)
    score = _score_module()
    gold = score.load_teasers(_DOCS)
    jobs = [(mode, ())] + [(mode, tuple(rule.split("+"))) for rule in rules]
    lines: list[str] = []

    def emit(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    with ProcessPoolExecutor(workers, initializer=_load, initargs=(mode, evaluation)) as pool:
        results = pool.map(_outputs, jobs)
        base = _figures(score, next(results), gold)
        columns = sorted(base)
        for line in (f"### {mode}", "", "| rule off | " + " | ".join(columns) + " | worth | costs nothing |",
                     "|---|" + "---|" * (len(columns) + 2),
                     "| (none) | " + " | ".join(f"{base[c]:.4f}" for c in columns) + " | | |"):
            emit(line)
        for rule, records in zip(rules, results, strict=True):
            got = _figures(score, records, gold)
            deltas = {c: got[c] - base[c] for c in columns}
            worth = max((0.0, *(-d for d in deltas.values())))  # the most the rule earns on any fold
            emit(f"| {rule} | " + " | ".join(f"{deltas[c]:+.4f}" for c in columns)
                 + f" | {worth:.4f} | {'yes' if _costs_nothing(deltas) else ''} |")
    emit("")
    return lines


def main(argv: list[str] | None = None) -> int:
    from pagesplit.rules.registry import RULES

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modes", default="html,innertext")
    parser.add_argument("--rules", default="",
                        help="comma-separated rule ids, each switched off in a row of its own; ids joined by '+' "
                             "are switched off together (default: every registered rule, one by one)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, help="also write the report here (Markdown)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_EVAL.parent,
                        help="the folder holding eval/score.py and eval/dev (default: ../shared beside the repo)")
    args = parser.parse_args(argv)
    rules = [r for r in (args.rules.split(",") if args.rules else sorted(RULES)) if r not in NOT_ABLATED]
    started = time.perf_counter()
    report = ["# Ablation on the dev corpus", "",
              "Change of each per-fold figure when one rule is switched off (`benchmarks/ablation.py`); "
              "`worth` is the largest loss on any fold, what the rule earns; `costs nothing`: off, it loses less "
              "than 0.001 F1 and no teaser recall or precision on every fold. Figures: article F1 "
              "(`f1`), teaser-title recall (`teasers`) and precision (`precision`) as "
              "`../shared/eval/score.py --folds` computes them.", ""]
    print("\n".join(report), flush=True)
    for mode in args.modes.split(","):
        report += ablate(mode, rules, args.workers, args.shared / "eval")
    report.append(f"({len(rules)} rules, {time.perf_counter() - started:.0f} s)")
    text = "\n".join(report) + "\n"
    print(report[-1])
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
