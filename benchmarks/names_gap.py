"""Where the names probe loses: story-text verdicts that change between a dev page and its names-stripped twin.

    python benchmarks/names_gap.py --dev ../shared/eval/dev --probe PROBE_DIR [--out gap.md] [--show 3]

``PROBE_DIR`` is ``benchmarks/names_probe.py``'s output (the same page ids). Each HTML page of the sh, rd and tf
corpora is split twice, dev and probe; the blocks are aligned by their text (difflib over the block texts) and a
block whose story membership differs (``role == "article"`` on one side only) is counted by its characters under
its pair of rule ids, dev's and the probe's (``article.caption -> article.body``: a caption that markup names on dev
is story text without the names). Each change is judged against the truth: sh and rd by the annotated body (the
block's words inside it or not), tf by the with/without snippets (a block holding a "with" snippet is story text,
one holding a "without" snippet is not; blocks holding neither are not counted). ``HARM`` rows move the probe away
from the truth, ``help`` rows towards it. A name signal worth replacing with structure is a big HARM row over many
pages; a row whose HARM and help are alike is a conflict of the truths, not a missing signal.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pagesplit

#: Words of a text, folded: the same reading for the block and the truth.
_WORD = re.compile(r"\w+")
#: Blocks shorter than this many characters of words (a "»", a counter) are not counted.
MIN_CHARS = 3

Block = tuple[str, str, str]  # text, role, rule


def words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def blocks(path: Path) -> list[Block]:
    page = pagesplit.split_html(gzip.decompress(path.read_bytes()))
    return [(b.text, b.role.value, b.reason.rule) for b in page.blocks]


def in_truth(truth: dict[str, Any], text: str) -> bool | None:
    """The block's words are story text by the truth (True / False), or the truth does not say (None)."""
    if truth.get("body"):
        return text in words(truth["body"])
    if any((w := words(s)) and w in text for s in truth.get("with") or []):
        return True
    if any((w := words(s)) and w in text for s in truth.get("without") or []):
        return False
    return None


def changes(dev: list[Block], probe: list[Block]) -> list[tuple[Block, Block]]:
    """Pairs of aligned blocks (same text) whose story membership differs."""
    matcher = difflib.SequenceMatcher(None, [b[0] for b in dev], [b[0] for b in probe], autojunk=False)
    out: list[tuple[Block, Block]] = []
    for op, i1, i2, j1, _ in matcher.get_opcodes():
        if op == "equal":
            out.extend((dev[i1 + k], probe[j1 + k]) for k in range(i2 - i1)
                       if (dev[i1 + k][1] == "article") != (probe[j1 + k][1] == "article"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, required=True, help="the dev corpus (sh/, rd/, tf/ with truth .json files)")
    ap.add_argument("--probe", type=Path, required=True, help="names_probe.py's output for that corpus")
    ap.add_argument("--out", type=Path, help="write the table here as well (markdown)")
    ap.add_argument("--show", type=int, default=3, help="example pages per row")
    ap.add_argument("--rows", type=int, default=30, help="rows of the table, biggest first")
    args = ap.parse_args()
    chars: Counter[tuple[str, str, str, str]] = Counter()
    pages: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for truth_path in sorted(args.dev.glob("*/*.json")):
        corpus = truth_path.parent.name
        twin = args.probe / corpus / (truth_path.stem + ".html.gz")
        if corpus not in ("sh", "rd", "tf") or not twin.exists():
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for (text, role, rule), (_, _, probe_rule) in changes(blocks(truth_path.with_suffix(".html.gz")),
                                                               blocks(twin)):
            text = words(text)
            good = in_truth(truth, text)
            if len(text) < MIN_CHARS or good is None:
                continue
            lost = role == "article"  # story text on dev, not on the probe
            key = ("lost" if lost else "gained", rule, probe_rule, "HARM" if lost == good else "help")
            chars[key] += len(text)
            pages[key].add(f"{corpus}:{truth_path.stem[:16]}")
    lines = ["| probe's story text | dev rule | probe rule | effect | characters | pages | e.g. |",
             "|---|---|---|---|---:|---:|---|"]
    for key, n in chars.most_common(args.rows):
        shown = ", ".join(sorted(pages[key])[: args.show])
        lines.append(f"| {key[0]} | {key[1]} | {key[2]} | {key[3]} | {n} | {len(pages[key])} | {shown} |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
