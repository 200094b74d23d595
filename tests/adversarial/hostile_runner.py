"""Run one hostile case (a spec written by ``hostile_fixtures.write``) and print its outcome as JSON.

    python tests/adversarial/hostile_runner.py SPEC.json

Run in a subprocess of its own under a memory cap (``RLIMIT_AS``, set here before pagesplit is imported)
and a wall-clock cap (the parent's timeout), so only unbounded or super-linear behaviour fails, never
a slow machine. The outcome names what went wrong; the parent asserts on it.
"""

from __future__ import annotations

import json
import resource
import sys
import time

#: Address space of the child: generous (the default limits keep a call under about 1.5 GB).
MEMORY_CAP_BYTES = 3 * 1024**3


def main(spec_path: str) -> dict[str, object]:
    with open(spec_path, encoding="utf-8") as spec_file:
        spec = json.load(spec_file)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
    import pagesplit

    with open(spec["input"], "rb") as handle:
        data: str | bytes = handle.read()
    if spec["is_str"]:
        data = data.decode("utf-8", "surrogatepass")  # type: ignore[union-attr]
    call = getattr(pagesplit, spec["api"])
    started = time.perf_counter()
    try:
        page = call(data, **spec["kwargs"])
    except pagesplit.PagesplitError as exc:
        return {"outcome": type(exc).__name__, "limit": isinstance(exc, pagesplit.LimitError),
                "internal": isinstance(exc, pagesplit.InternalError), "message": str(exc)[:300],
                "seconds": time.perf_counter() - started}
    seconds = time.perf_counter() - started
    as_dict = page.to_dict()
    text = json.dumps(as_dict, ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")  # strict: a lone surrogate would raise here
    found = sum(block.text.count(spec["marker"]) for block in page.blocks)
    return {"outcome": "Page", "blocks": len(page.blocks), "marker_count": found,
            "canary_leaked": spec["canary"] in text,
            "missing": [want for want in spec["contains"] if want not in text],
            "round_trips": json.loads(text) == as_dict, "seconds": seconds,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
