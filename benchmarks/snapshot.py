"""Snapshot pagesplit's whole output on the dev corpus, to prove a refactor changes nothing (or list what it changes).

    python benchmarks/snapshot.py OUT.json [--corpus ../shared/eval/dev] [--workers 2]
    python benchmarks/snapshot.py --diff BEFORE.json AFTER.json

Every dev page is split as HTML and as each of its four dumps (innertext, w3m, lynx, bs4), with ``explain``
off and on; the snapshot keeps, per input, a digest of ``Page.to_dict()`` as canonical JSON (or of the error).
``--diff`` lists the inputs whose output differs, and for each the teaser count and article length before
and after, so a deliberate change can be listed and every other input shown to be identical.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
DUMPS = ("innertext", "w3m", "lynx", "bs4")


def _inputs(corpus: Path) -> list[tuple[str, str, Path, Path]]:
    """(page id, style, file, ground-truth file) for every page and dump, in a stable order."""
    found: list[tuple[str, str, Path, Path]] = []
    for meta in sorted(corpus.glob("*/*.json")):
        name = meta.name[: -len(".json")]
        page_id = f"{meta.parent.name}:{name}"
        found.append((page_id, "html", meta.with_name(f"{name}.html.gz"), meta))
        found.extend((page_id, dump, meta.with_name(f"{name}.{dump}.txt.gz"), meta) for dump in DUMPS)
    return [item for item in found if item[2].exists()]


def _digest(item: tuple[str, str, Path, Path]) -> tuple[str, dict[str, object]]:
    import pagesplit

    page_id, style, path, meta_path = item
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        raw = handle.read()
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    record: dict[str, object] = {}
    for explain in (False, True):
        fn = pagesplit.split_html if style == "html" else pagesplit.split_text
        try:
            page = fn(raw, url=meta.get("url"), explain=explain) if style == "html" else fn(raw, explain=explain)
            out = json.dumps(page.to_dict(), sort_keys=True, ensure_ascii=False)
            summary = {"teasers": len(page.teasers), "article_chars": len(page.article.text) if page.article else 0}
        except Exception as exc:  # a snapshot records failures too
            out = f"{type(exc).__name__}: {exc}"
            summary = {"error": out[:200]}
        record["explain" if explain else "plain"] = hashlib.sha1(out.encode("utf-8")).hexdigest()
        record.setdefault("summary", summary)
    return f"{page_id}|{style}", record


def snapshot(corpus: Path, out: Path, workers: int) -> None:
    items = _inputs(corpus)
    with ProcessPoolExecutor(workers) as pool:
        records = dict(pool.map(_digest, items, chunksize=16))
    out.write_text(json.dumps(records, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(records)} inputs -> {out}")


def diff(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    changed = [key for key in sorted(before.keys() | after.keys())
               if {k: v for k, v in before.get(key, {}).items() if k != "summary"}
               != {k: v for k, v in after.get(key, {}).items() if k != "summary"}]
    for key in changed:
        print(f"{key}: {before.get(key, {}).get('summary')} -> {after.get(key, {}).get('summary')}")
    print(f"{len(changed)} of {len(after)} inputs differ")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--diff", action="store_true", help="compare two snapshots")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if args.diff:
        return diff(*args.paths[:2])
    snapshot(args.corpus, args.paths[0], args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
