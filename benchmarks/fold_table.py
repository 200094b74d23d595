"""One compact table of the per-fold figures in ``score.py --folds --json`` files.

    python benchmarks/fold_table.py html.json innertext.json w3m.json ...

Prints, per mode, corpus and fold (``dev:a``, ``dev:b``): article F1, title / byline / date (rd, normalized),
and teaser recall / precision / leakage where the corpus has teaser annotations.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from folds import fold_key


def rows(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for result in data["results"]:
        mode = result.get("mode_label") or result["mode"]
        for group, fig in sorted(result["groups"].items()):
            if fold_key(group) is None:
                continue
            cells = [f"{mode:<15}", f"{group:<9}", f"F1 {fig['f1']:.4f}"]
            for key in ("title", "byline", "date"):
                if key in fig and fig[key].get("n"):
                    cells.append(f"{key} {fig[key]['normalized']:.2f}")
            teasers = fig.get("teasers")
            if teasers:
                cells.append(f"teasers R {teasers['recall']:.3f} P {teasers['precision']:.3f} "
                             f"leak {teasers['leakage']:.3f} ({teasers['docs']} pages)")
            out.append("  ".join(cells))
    return out


def main(argv: list[str]) -> int:
    for name in argv:
        print("\n".join(rows(Path(name))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
