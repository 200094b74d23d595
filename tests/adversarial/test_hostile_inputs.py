"""Every hostile case of ``hostile_fixtures`` in a subprocess under a time and memory cap.

A case passes when the call ends within the cap with the outcome it expects: a ``Page`` holding the
planted marker exactly once (and no byte of the canary file), an empty ``Page``, or the typed error
named. ``InternalError`` never passes: a bug is not a documented error.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_fixtures import CASES, EMPTY, PAGE, PAGE_OR_LIMIT, write

RUNNER = Path(__file__).with_name("hostile_runner.py")
#: Wall-clock cap per case, import included: generous (the slowest case takes about 3 s on a 2-core
#: machine), so only unbounded or super-linear behaviour reaches it.
TIME_CAP_SECONDS = 30


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input(name: str, fixture_dir: Path) -> None:
    case = CASES[name]
    spec = write(case, fixture_dir)
    try:
        done = subprocess.run([sys.executable, str(RUNNER), str(spec)], capture_output=True, text=True,
                              timeout=TIME_CAP_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: no answer within {TIME_CAP_SECONDS} s")
    finally:
        Path(fixture_dir / f"{name}.input").unlink(missing_ok=True)
    assert done.returncode == 0, f"{name}: the process died ({done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(done.stdout)
    assert not result.get("internal"), f"{name}: InternalError: {result.get('message')}"
    if case.expect == PAGE_OR_LIMIT and result["outcome"] != "Page":
        assert result["limit"], result
        return
    if case.expect in (PAGE, PAGE_OR_LIMIT, EMPTY):
        assert result["outcome"] == "Page", result
        assert not result["canary_leaked"], f"{name}: the canary file's text reached the output"
        assert result["round_trips"], f"{name}: to_dict() does not round-trip through JSON"
        assert result["missing"] == [], result
        if case.expect == EMPTY:
            assert result["blocks"] == 0, result
        else:
            assert result["marker_count"] == 1, result
        return
    assert result["outcome"] == case.expect, result
