"""Silver teaser labels: text-card recall measured on every dev page, not only the 86 annotated ones.

    python benchmarks/silver_cards.py --shared /path/to/shared [--modes innertext,w3m,lynx,bs4] [--workers 1]
                                      [--out silver.md] [--json silver.json] [--misses misses.jsonl]
    python benchmarks/silver_cards.py --report silver.json     # the report of a saved run again

The HTML front end finds teaser cards with recall ~.95 and precision ~.97 on the annotated dev pages; a dump of the
same page shows the same cards. So for every dev page (609, both folds), the titles of pagesplit's own HTML cards
that appear in a dump of the page (normalized text, on token boundaries, as ``score.py`` normalizes titles) are
that dump's SILVER labels. The report gives, per dump mode, corpus and fold, the dump's card recall and precision
against them, matched as ``score.py`` matches teaser titles. Silver precision is a lower bound: a dump card the HTML
reading missed counts as wrong.

How far to trust silver: on the annotated pages the report compares silver with gold (how many silver titles are
gold, how many gold titles that a dump shows are silver) and gives each mode's recall against both on those pages.

Every missed silver title is given a kind, read from the block(s) of the dump's split that hold its text:
``split`` (no block holds the whole title: it runs over two blocks), ``article`` (a block of the article: title,
body, byline), ``chrome`` (with its rule id and the record shape of its line read alone: a headline no run took, a
short line, a date or byline, a sentence), ``other``, ``card-title`` (a teaser block of a card whose title is
another line: the title line misread), ``merged`` (a teaser block of a card holding another silver title too: two
records read as one). ``--misses`` writes one JSON line per missed title (page, mode, kind, rule, block text) to
read a kind's cases.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

#: ``../shared/eval`` beside the repository (``--shared`` names another: a git worktree sits elsewhere).
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
DUMPS = ("innertext", "w3m", "lynx", "bs4")

_EVAL: list[Path] = [DEFAULT_SHARED / "eval"]  # the evaluation folder of this process (set by ``_init``)
_MODULES: dict[str, ModuleType] = {}


def _module(name: str) -> ModuleType:
    """``score`` or ``metrics`` from the evaluation folder, loaded once per process."""
    if name not in _MODULES:
        sys.path.insert(0, str(_EVAL[0]))
        spec = importlib.util.spec_from_file_location(f"pagesplit_eval_{name}", _EVAL[0] / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _MODULES[name] = module
    return _MODULES[name]


def _init(evaluation: Path) -> None:
    _EVAL[0] = evaluation


def contains(title: str, text: str) -> bool:
    """The (normalized) title occurs in the normalized text on token boundaries (``metrics._contains``).

    >>> contains("a storm hits", "x a storm hits y"), contains("storm", "stormy")
    (True, False)
    """
    return f" {title} " in f" {text} "


def silver_titles(html_titles: list[str], dump: str, norm: Any) -> list[str]:
    """The HTML card titles a dump shows, normalized, each once, in the order of the HTML cards.

    >>> import re
    >>> norm = lambda s: " ".join(re.sub(r"[^\\w\\s]", " ", s.casefold()).split())
    >>> silver_titles(["A Storm Hits", "Gone", "a storm hits!"], "Today: a storm hits the coast", norm)
    ['a storm hits']
    """
    text = norm(dump)
    seen: list[str] = []
    for title in html_titles:
        t = norm(title)
        if t and t not in seen and contains(t, text):
            seen.append(t)
    return seen


def _miss_kind(title: str, silver: list[str], page: Any, norm: Any, matches: Any) -> tuple[str, str, str]:
    """(kind, rule id, block text) of a missed silver title, from the blocks that hold its text."""
    from pagesplit.model import Role

    holders = [b for b in page.blocks if contains(title, norm(b.text))]
    if not holders:
        return "split", "", ""
    block = holders[0]
    if block.role is Role.TEASER and block.card is not None:
        card = page.teasers[block.card]
        others = [s for s in silver if s != title and matches(s, card.title)]
        return ("merged" if others else "card-title"), block.reason.rule, block.text[:200]
    if block.role is Role.CHROME:
        return "chrome", f"{block.reason.rule} {line_shape(block.text)}", block.text[:200]
    if block.role in (Role.ARTICLE, Role.TITLE, Role.BYLINE, Role.DATE, Role.ATTRIBUTION, Role.CAPTION):
        return "article", block.reason.rule, block.text[:200]
    return "other", block.reason.rule, block.text[:200]


#: What ``rules.record_shapes.shape`` calls a line read alone (no neighbours' corrections), by its symbol.
SHAPE_NAMES = {"H": "headline", "k": "short-line", "M": "date-or-byline", "S": "sentence", "C": "caption",
               "P": "prose", "|": "barrier", "T": "toggle", "": "no-shape"}


def line_shape(text: str) -> str:
    """The record shape of a block's text read alone: why a missed title that is chrome was no card's headline
    (a short line, a date, a sentence), or that it was read as a headline and no run took it."""
    from pagesplit import features, lexicon
    from pagesplit.draft import Draft
    from pagesplit.model import BlockKind, Span
    from pagesplit.rules.record_shapes import shape

    d = Draft(0, text, BlockKind.PARAGRAPH, Span.lines(1, 1))
    features.compute([d], lexicon.load())
    return SHAPE_NAMES.get(shape(d), "other-shape")


def _page(job: tuple[dict[str, Any], tuple[str, ...], list[str] | None]) -> dict[str, Any]:
    """One page: its HTML cards, and per dump mode the silver titles, what the dump's split recalls, its misses."""
    import pagesplit

    doc, modes, gold = job
    score, metrics = _module("score"), _module("metrics")
    norm, matches = metrics.text_norm, metrics.title_match
    stem = doc["stem"]
    html = score.read_text(stem + ".html")
    try:
        html_titles = [t.title for t in pagesplit.split(html, url=doc.get("url")).teasers]
    except pagesplit.PagesplitError:
        html_titles = []
    record: dict[str, Any] = {"id": doc["id"], "corpus": doc["corpus"], "fold": score.fold_of(doc["id"]),
                              "html": html_titles, "gold": gold, "modes": {}}
    for mode in modes:
        dump = score.read_text(f"{stem}.{mode}.txt")
        silver = silver_titles(html_titles, dump, norm)
        try:
            page = pagesplit.split(dump, url=doc.get("url"))
        except pagesplit.PagesplitError:
            page = None
        out = [t.title for t in page.teasers] if page is not None else []
        recalled = [s for s in silver if any(matches(s, o) for o in out)]
        misses = []
        if page is not None:
            for s in silver:
                if s not in recalled:
                    kind, rule, text = _miss_kind(s, silver, page, norm, matches)
                    misses.append({"title": s, "kind": kind, "rule": rule, "block": text})
        entry: dict[str, Any] = {
            "silver": len(silver), "recalled": len(recalled), "output": len(out),
            "correct": sum(1 for o in out if any(matches(s, o) for s in silver)), "misses": misses}
        if gold is not None:  # how silver and gold compare on an annotated page
            text = norm(dump)
            shown = [g for g in (norm(g) for g in gold) if g and contains(g, text)]
            entry.update(
                gold_shown=len(shown),
                gold_recalled=sum(1 for g in shown if any(matches(g, o) for o in out)),
                silver_gold=sum(1 for s in silver if any(matches(s, g) for g in shown)),
                gold_silver=sum(1 for g in shown if any(matches(g, s) for s in silver)))
        record["modes"][mode] = entry
    return record


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def report(records: list[dict[str, Any]], modes: tuple[str, ...]) -> list[str]:
    """The Markdown tables: silver recall/precision per mode and fold; silver against gold; misses by kind."""
    groups = [*sorted({f"{r['corpus']}:{r['fold']}" for r in records}), "a", "b"]
    lines = ["## Silver card recall / precision (dump cards against the HTML cards the dump shows)", "",
             "Per corpus and fold, then per fold over the three corpora (`a`, `b`), then all pages.", "",
             "| mode | " + " | ".join(f"{g} R | {g} P" for g in groups) + " | all R | all P | silver titles |",
             "|---|" + "---|---|" * len(groups) + "---|---|---|"]
    for mode in modes:
        cells = []
        for group in [*groups, "all"]:
            totals: Counter[str] = Counter()
            for r in records:
                if group in ("all", r["fold"], f"{r['corpus']}:{r['fold']}"):
                    totals.update({k: r["modes"][mode][k] for k in ("silver", "recalled", "output", "correct")})
            cells += [_ratio(totals["recalled"], totals["silver"]), _ratio(totals["correct"], totals["output"])]
        lines.append(f"| {mode} | " + " | ".join(cells) + f" | {totals['silver']} |")
    pages = Counter(r["corpus"] for r in records if any(r["modes"][m]["silver"] for m in modes))
    lines += ["", "Pages with at least one silver title: "
              + ", ".join(f"{c} {n}" for c, n in sorted(pages.items())), ""]

    annotated = [r for r in records if r["gold"] is not None]
    lines += [f"## Silver against gold on the {len(annotated)} annotated pages", "",
              "`silver is gold`: silver titles matching a gold title the dump shows; `gold is silver`: gold titles the "
              "dump shows that a silver title matches; then the dump's card recall against gold (titles it shows) and "
              "against silver, on these pages only.", "",
              "| mode | gold shown | silver | silver is gold | gold is silver | dump R gold | dump R silver |",
              "|---|---|---|---|---|---|---|"]
    for mode in modes:
        t: Counter[str] = Counter()
        for r in annotated:
            t.update({k: v for k, v in r["modes"][mode].items() if isinstance(v, int)})
        lines.append(f"| {mode} | {t['gold_shown']} | {t['silver']} | {_ratio(t['silver_gold'], t['silver'])} | "
                     f"{_ratio(t['gold_silver'], t['gold_shown'])} | {_ratio(t['gold_recalled'], t['gold_shown'])} | "
                     f"{_ratio(t['recalled'], t['silver'])} |")

    lines += ["", "## Missed silver titles by kind (pages in brackets)", "",
              "| mode | " + " | ".join(KINDS) + " |", "|---|" + "---|" * len(KINDS)]
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    for mode in modes:
        count: Counter[str] = Counter()
        page_count: dict[str, set[str]] = defaultdict(set)
        for r in records:
            for miss in r["modes"][mode]["misses"]:
                count[miss["kind"]] += 1
                page_count[miss["kind"]].add(r["id"])
                if miss["rule"]:
                    rules[mode][f"{miss['kind']} {miss['rule']}"] += 1
        lines.append(f"| {mode} | " + " | ".join(f"{count[k]} ({len(page_count[k])})" for k in KINDS) + " |")
    lines += ["", "Most frequent (kind, rule, and for chrome the record shape of the line read alone) of the blocks "
              "holding missed titles:", ""]
    for mode in modes:
        lines.append(f"- {mode}: " + ", ".join(f"{k} {n}" for k, n in rules[mode].most_common(10)))
    return lines


KINDS = ("split", "article", "chrome", "other", "card-title", "merged")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the folder holding eval/score.py and eval/dev (default: ../shared beside the repo)")
    parser.add_argument("--modes", default=",".join(DUMPS))
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the report here (Markdown)")
    parser.add_argument("--json", type=Path, help="every page's record (silver counts, misses) as JSON")
    parser.add_argument("--misses", type=Path, help="one JSON line per missed silver title")
    parser.add_argument("--report", type=Path, help="print the report of a saved --json, splitting nothing")
    args = parser.parse_args(argv)
    modes = tuple(args.modes.split(","))
    if args.report:
        print("\n".join(report(json.loads(args.report.read_text(encoding="utf-8")), modes)))
        return 0
    evaluation = args.shared / "eval"
    _init(evaluation)
    score = _module("score")
    docs = score.load_docs([str(evaluation / "dev")], "html", None)
    gold = score.load_teasers(docs)
    jobs = [({"id": d["id"], "corpus": d["corpus"], "url": d.get("url"), "stem": d["input"][: -len(".html")]},
             modes, gold.get(d["id"])) for d in docs]
    started = time.perf_counter()
    with ProcessPoolExecutor(args.workers, initializer=_init, initargs=(evaluation,)) as pool:
        records = list(pool.map(_page, jobs, chunksize=4))
    lines = ["# Silver teaser labels on the dev corpus", "",
             f"`benchmarks/silver_cards.py` ({len(records)} pages, {time.perf_counter() - started:.0f} s).", "",
             *report(records, modes), ""]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    if args.misses:
        with args.misses.open("w", encoding="utf-8") as f:
            for r in records:
                for mode in modes:
                    for miss in r["modes"][mode]["misses"]:
                        f.write(json.dumps({"id": r["id"], "mode": mode, **miss}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
