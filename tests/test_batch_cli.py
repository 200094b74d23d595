"""The command line over batches: exit codes, output targets, resume after a kill, shards, ordering with any number
of workers, whole lines under load, and the progress bar only on a terminal."""

from __future__ import annotations

import fcntl
import gzip
import json
import multiprocessing
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from batch_pages import ABORT, ALLOCATE, HANG, POISON_TIME_LIMIT, note, poison_memory_limit, split_or_poison
from pagesplit.batch import work
from pagesplit.cli import main

FORKED = multiprocessing.get_start_method() == "fork"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def pages_dir(root: Path, count: int, *, sentences: int = 4) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (root / f"page{number:05d}.txt").write_text(note(number, sentences), encoding="utf-8")
    return root


def pagesplit(*argv: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pagesplit", *argv], capture_output=True, timeout=300,
                          check=False, **kwargs)


def test_exit_codes_0_1_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = pages_dir(tmp_path / "good", 3)
    assert run(capsys, str(good), "--jsonl")[0] == 0
    mixed = pages_dir(tmp_path / "mixed", 2)
    (mixed / "zz.bin").write_bytes(b"\x00\x01" * 100)
    assert run(capsys, str(mixed), "--jsonl")[0] == 1
    bad = tmp_path / "bad"
    bad.mkdir()
    for name in ("a.bin", "b.bin"):
        (bad / name).write_bytes(b"\x00\x01" * 100)
    status, out, err = run(capsys, str(bad), "--jsonl")
    assert status == 3 and "2 of 2 inputs failed" in err
    assert [r["error"]["kind"] for r in records(out)] == ["decode", "decode"]


@pytest.mark.parametrize("argv", [["x", "--workers", "-1"], ["x", "--time-limit", "-1"], ["x", "--shard", "2/2"],
                                  ["x", "--shard", "a"], ["x", "--max-worker-memory", "lots"],
                                  ["x", "--resume"], ["x", "-o", "out.jsonl", "--text"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and "usage:" in err


def _default_interrupt() -> None:
    """A child started from a shell's background job inherits SIGINT ignored (nohup, ``cmd &``), and Python then
    keeps ignoring it: the CLI must meet the signal as a terminal's Ctrl-C gives it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_interrupt_exits_130_after_whole_lines(tmp_path: Path) -> None:
    pages = pages_dir(tmp_path / "in", 3000)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "pagesplit", str(pages), "-o", str(out), "--workers", "2"],
                               stderr=subprocess.PIPE, preexec_fn=_default_interrupt)
    _wait_for_lines(out, 5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert b"interrupted" in err
    written = out.read_bytes()
    assert written.endswith(b"\n")
    assert all(json.loads(line)["id"] for line in written.splitlines())


def _wait_for_lines(path: Path, lines: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached {lines} lines")


#: Issue 14's resume check: SIGKILL the CLI midway through 10,000 pages, then resume. The pages are short dumps
#: (0.2 ms of splitting each), so the two runs take about 15 s together on 2 loaded cores.
RESUME_PAGES = 10_000
#: Lines written before the kill: far enough in that every worker is busy, far from the end.
RESUME_KILL_AT = 3_000


def test_resume_after_sigkill_writes_every_id_once(tmp_path: Path) -> None:
    pages = pages_dir(tmp_path / "in", RESUME_PAGES)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "pagesplit", str(pages), "-o", str(out), "--workers", "2"],
                               stderr=subprocess.DEVNULL)
    _wait_for_lines(out, RESUME_KILL_AT)
    process.kill()
    process.wait()
    with open(out, "ab") as torn:  # as if the kill had come in the middle of a write
        torn.write(b'{"id": "half a li')
    before = [json.loads(line)["id"] for line in out.read_bytes().splitlines()[:-1]]
    assert RESUME_KILL_AT <= len(before) < RESUME_PAGES
    stats = tmp_path / "stats.json"
    done = pagesplit(str(pages), "-o", str(out), "--resume", "--workers", "2", "--stats", str(stats))
    assert done.returncode == 0, done.stderr
    ids = [json.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert len(ids) == RESUME_PAGES
    assert sorted(ids) == sorted(str(path) for path in pages.iterdir())  # every id once, no torn line
    figures = json.loads(stats.read_text())
    assert figures["ok"] == RESUME_PAGES - len(before)  # only the missing inputs ran
    assert figures["not_selected"] == len(before)


def test_output_folder_rotates_and_resumes(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pagesplit.batch import output

    monkeypatch.setattr(output, "PART_LINES", 4)
    pages = pages_dir(tmp_path / "in", 10)
    folder = tmp_path / "out"
    assert run(capsys, str(pages), "-o", f"{folder}/")[0] == 0
    parts = sorted(folder.iterdir())
    assert [len(part.read_text().splitlines()) for part in parts] == [4, 4, 2]
    pages_dir(tmp_path / "in", 12)  # two more inputs arrive
    assert run(capsys, str(pages), "-o", str(folder), "--resume")[0] == 0
    ids = [json.loads(line)["id"] for part in sorted(folder.iterdir()) for line in part.read_text().splitlines()]
    assert sorted(ids) == sorted(str(path) for path in pages.iterdir())


def test_shards_partition_the_inputs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pages = pages_dir(tmp_path / "in", 20)
    shards = [[r["id"] for r in records(run(capsys, str(pages), "--jsonl", "--shard", f"{k}/3")[1])]
              for k in range(3)]
    assert sorted(id_ for shard in shards for id_ in shard) == sorted(str(path) for path in pages.iterdir())
    assert all(shards)
    again = [r["id"] for r in records(run(capsys, str(pages), "--jsonl", "--shard", "1/3")[1])]
    assert again == shards[1]


def test_ordered_output_is_byte_identical_with_1_and_2_workers(tmp_path: Path) -> None:
    pages = pages_dir(tmp_path / "in", 40)
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "html"
    for number, page in enumerate(sorted(fixtures.rglob("*.html"))):
        (pages / f"html{number:03d}.html").write_bytes(page.read_bytes())
    outputs = []
    for workers in ("1", "2"):
        done = pagesplit(str(pages), "-o", str(tmp_path / f"w{workers}.jsonl"), "--workers", workers)
        assert done.returncode == 0, done.stderr
        outputs.append((tmp_path / f"w{workers}.jsonl").read_bytes())
    assert outputs[0] == outputs[1]


def test_large_parallel_lines_stay_whole(tmp_path: Path) -> None:
    pages = pages_dir(tmp_path / "in", 1000, sentences=70)
    done = pagesplit(str(pages), "--jsonl", "--workers", "2", "--unordered")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1000
    assert min(len(line) for line in lines) >= 20_000
    assert len({json.loads(line)["id"] for line in lines}) == 1000


def _progress_run(tmp_path: Path, *, tty: bool) -> tuple[bytes, bytes]:
    pages = pages_dir(tmp_path / "in", 30)
    if not tty:
        done = pagesplit(str(pages), "--jsonl")
        return done.stdout, done.stderr
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    process = subprocess.Popen([sys.executable, "-m", "pagesplit", str(pages), "--jsonl"], stdout=subprocess.PIPE,
                               stderr=follower)
    os.close(follower)
    chunks: list[bytes] = []

    def drain() -> None:  # read the terminal while the process runs: its buffer is small
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the process closed its end
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    stdout, _ = process.communicate(timeout=300)
    reader.join(timeout=10)
    os.close(leader)
    assert process.returncode == 0
    return stdout, b"".join(chunks)


@pytest.mark.parametrize("tty", [True, False])
def test_progress_bar_only_on_a_terminal(tmp_path: Path, tty: bool) -> None:
    stdout, stderr = _progress_run(tmp_path, tty=tty)
    assert len(records(stdout.decode())) == 30  # stdout holds JSON lines only
    assert (b"pages" in stderr) is tty


@pytest.mark.skipif(not FORKED, reason="the poisoned split function reaches the workers only when they are forked")
@pytest.mark.parametrize("order", [[], ["--unordered"]])
def test_poisoned_batch_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, order: list[str]) -> None:
    pages = pages_dir(tmp_path / "in", 60)
    for name, marker in (("page00010.txt", HANG), ("page00020.txt", ABORT), ("page00030.txt", ALLOCATE)):
        (pages / name).write_text(marker + "\n\n" + note(0), encoding="utf-8")
    monkeypatch.setattr(work, "split_item", split_or_poison)
    status, out, err = run(capsys, str(pages), "--jsonl", "--workers", "2", "--time-limit", str(POISON_TIME_LIMIT),
                           "--max-worker-memory", str(poison_memory_limit()), "--no-progress", *order)
    assert status == 1
    kinds = {Path(r["id"]).name: r["error"]["kind"] for r in records(out) if "error" in r}
    assert kinds == {"page00010.txt": "timeout", "page00020.txt": "crashed", "page00030.txt": "memory"}
    assert len(records(out)) == 60
    assert "3 of 60 inputs failed" in err


def test_jsonl_gz_input_with_fields_and_a_bad_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lines = [json.dumps({"url": "https://example.org/a", "html": f"<html><body><h1>Head</h1><p>{note(1)}</p>"}),
             json.dumps({"url": "https://example.org/b", "text": note(2)}),
             '{"text": "a line cut sh',
             json.dumps({"title": "no page here"}),
             json.dumps({"raw_content": note(3)})]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    status, out, _ = run(capsys, str(path), "--jsonl")
    got = records(out)
    assert status == 1
    assert [r["id"] for r in got] == [f"{path}:{n}" for n in range(1, 6)]
    assert [r.get("url") for r in got][:2] == ["https://example.org/a", "https://example.org/b"]
    assert [r["kind"] if "kind" in r else r["error"]["kind"] for r in got] == ["html", "text", "parse", "parse",
                                                                            "text"]
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(path.read_bytes()[:-20])
    got = records(run(capsys, str(truncated), "--jsonl")[1])
    assert got[-1]["error"]["kind"] == "read" and "ends early" in got[-1]["error"]["message"]


def test_jsonl_field_flag(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"body": note(4), "text": "not this one"}) + "\n", encoding="utf-8")
    got = records(run(capsys, str(path), "--jsonl", "--field", "body")[1])
    assert got[0]["article"]["title"] == "Council number 4 extends the opening hours of library 4"
