"""What a candidate record rule would reach: missed silver titles against the other lines it would take as cards.

    python benchmarks/silver_reach.py --shared /path/to/shared --mode innertext --out lines.jsonl
    python benchmarks/silver_reach.py --lines lines.jsonl --pattern '(?:kH){3,}' [--pattern ...]

The first form splits every dev page's dump (609 pages, about 80 s a mode) and writes, per page, the record-shape
symbol of each block as ``rules.records.group_record_cards`` reads it (``rules.record_shapes.read_records``: H a
headline, k a kicker or short line, M a date or byline, S a summary, C a caption, P prose, | a barrier, T a toggle)
with a tag: ``m`` the line holds a silver title the split missed (``benchmarks/silver_cards.py``), ``r`` a recalled
silver title, ``T`` the title of a card the split made that no silver title matches, ``-`` none of these. The read
is caught by wrapping ``read_records`` in this process while the page is split; nothing in the library changes.

The second form counts, for each regular expression over a page's symbol string, the headline lines (H) inside its
matches by tag: what a rule taking such runs as cards would add (``m``) against the lines it would take that are no
silver card (``-``; silver precision is a lower bound, so a few of these are cards the HTML reading missed). ``r``
and ``T`` lines are cards already. Measure before building: a rule is worth building when ``m`` outweighs ``-``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import silver_cards  # the benchmark beside this one

#: A block holds a silver title when the title is in its text and the block is at most this many times as long
#: (plus ``_SLACK`` characters: a date or a count glued on): a kicker line inside a long title holds no title.
_MAX_LONGER = 2
_SLACK = 20


def tag_lines(shaped: list[tuple[str, str]], silver: list[str], recalled: set[str], cards: set[str],
              norm: Any) -> list[list[str]]:
    """[symbol, tag, text] for each (symbol, text) line of a page (tags: see the module docstring).

    >>> norm = str.lower
    >>> tag_lines([("H", "Ferry Strike Ends"), ("k", "Ferry"), ("H", "Quay Closes"), ("H", "Menu Item")],
    ...           ["ferry strike ends", "quay closes"], {"quay closes"}, {"menu item"}, norm)
    [['H', 'm', 'Ferry Strike Ends'], ['k', '-', 'Ferry'], ['H', 'r', 'Quay Closes'], ['H', 'T', 'Menu Item']]
    """
    rows = []
    for symbol, text in shaped:
        t = norm(text)
        held = [s for s in silver if silver_cards.contains(s, t) and len(t) <= _MAX_LONGER * len(s) + _SLACK]
        tag = ("r" if held[0] in recalled else "m") if held else ("T" if t and t in cards else "-")
        rows.append([symbol, tag, text])
    return rows


def reach(pages: list[dict[str, Any]], pattern: str) -> tuple[Counter[str], int]:
    """Headline lines inside the pattern's matches by tag, and how many pages hold a missed one.

    >>> reach([{"rows": [["k", "-", ""], ["H", "m", ""], ["k", "-", ""], ["H", "-", ""], ["S", "-", ""]]}], "(?:kH){2}")
    (Counter({'m': 1, '-': 1}), 1)
    """
    tags: Counter[str] = Counter()
    pages_missed = 0
    for page in pages:
        rows = page["rows"]
        symbols = "".join(row[0] or "_" for row in rows)
        found = Counter(rows[i][1] for m in re.finditer(pattern, symbols)
                        for i in range(m.start(), m.end()) if rows[i][0] == "H")
        tags.update(found)
        pages_missed += found["m"] > 0
    return tags, pages_missed


def _collect(shared: Path, mode: str, out: Path) -> None:
    import pagesplit
    import pagesplit.rules.records as records

    evaluation = shared / "eval"
    silver_cards._init(evaluation)
    score, metrics = silver_cards._module("score"), silver_cards._module("metrics")
    norm, matches = metrics.text_norm, metrics.title_match
    read = records.read_records
    caught: list[list[tuple[str, str]]] = []

    def catching(drafts: Any, shapes: Any = None) -> Any:
        result = read(drafts, shapes)
        caught.append([(symbol, d.text) for symbol, d in result[0]])
        return result

    records.read_records = catching  # type: ignore[assignment]  # this process only, while pages are split
    try:
        with out.open("w", encoding="utf-8") as f:
            for doc in score.load_docs([str(evaluation / "dev")], "html", None):
                stem = doc["input"][: -len(".html")]
                try:
                    html_titles = [t.title for t in pagesplit.split(score.read_text(stem + ".html"),
                                                                    url=doc.get("url")).teasers]
                    caught.clear()
                    page = pagesplit.split(score.read_text(f"{stem}.{mode}.txt"), url=doc.get("url"))
                except pagesplit.PagesplitError:
                    continue
                if not caught:
                    continue
                silver = silver_cards.silver_titles(html_titles, score.read_text(f"{stem}.{mode}.txt"), norm)
                titles = [t.title for t in page.teasers]
                recalled = {s for s in silver if any(matches(s, o) for o in titles)}
                rows = tag_lines(caught[0], silver, recalled, {norm(o) for o in titles}, norm)
                f.write(json.dumps({"id": doc["id"], "fold": score.fold_of(doc["id"]), "rows": rows},
                                   ensure_ascii=False) + "\n")
    finally:
        records.read_records = read  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=silver_cards.DEFAULT_SHARED)
    parser.add_argument("--mode", default="innertext")
    parser.add_argument("--out", type=Path, help="write every page's tagged shape lines here (JSON lines)")
    parser.add_argument("--lines", type=Path, help="a saved --out file to count patterns in")
    parser.add_argument("--pattern", action="append", default=[], help="a regular expression over shape symbols")
    args = parser.parse_args(argv)
    if args.out:
        _collect(args.shared, args.mode, args.out)
    source = args.lines or args.out
    if args.pattern and source:
        pages = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
        print("| pattern | m (missed silver) | pages | - (no silver card) | r | T |\n|---|---|---|---|---|---|")
        for pattern in args.pattern:
            tags, pages_missed = reach(pages, pattern)
            print(f"| `{pattern}` | {tags['m']} | {pages_missed} | {tags['-']} | {tags['r']} | {tags['T']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
