"""Coverage-guided fuzzing of ``pagesplit.split`` with atheris (libFuzzer), over bytes and over ``str``.

    python fuzz/fuzz_split.py -max_total_time=600 -rss_limit_mb=2048 -timeout=10 [CORPUS_DIR]

A finding is any exception other than a documented ``PagesplitError`` (``InternalError`` counts as a
finding: a bug is not a documented error), a hang past ``-timeout`` or memory past ``-rss_limit_mb``.
Each finding becomes a case in ``tests/adversarial/hostile_fixtures.py``. Without atheris, run the
hypothesis properties for long instead: ``HYPOTHESIS_PROFILE=fuzz pytest tests/adversarial/test_properties.py``.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    import pagesplit
    from pagesplit import InternalError, PagesplitError


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    as_text = provider.ConsumeBool()
    raw: str | bytes = provider.ConsumeUnicodeNoSurrogates(len(data)) if as_text else provider.ConsumeBytes(len(data))
    try:
        page = pagesplit.split(raw)
    except InternalError:
        raise
    except PagesplitError:
        return
    json.dumps(page.to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
