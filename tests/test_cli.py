"""The command line, in-process through ``main([...])``, plus one subprocess smoke test."""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import pagesplit
from pagesplit import cli_flags, cli_inputs
from pagesplit.batch import Item, read, work
from pagesplit.batch.work import SplitOptions, split_item
from pagesplit.cli import main
from pagesplit.model import Page

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "example" / "page.txt"
TITLE = "Harbour town turns its old ferry pier into a floating tidal garden"
#: A small dump in our own words, for batches.
NOTE = (
    "Menu\n\nTown library extends its opening hours\n\n"
    + "The library will now stay open until nine in the evening on weekdays, the council said. " * 4
    + "\n\nStaff said students had asked for longer hours during the exam season for several years.\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02\x03binary\xff\xfe" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt.gz").write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    (tmp_path / ".hidden.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "d.txt").write_text(NOTE, encoding="utf-8")
    return tmp_path


def test_json_is_exactly_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(EXAMPLE), "--json")
    assert status == 0 and err == ""
    assert json.loads(out) == pagesplit.split(EXAMPLE.read_bytes()).to_dict()


def test_default_when_piped_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(EXAMPLE))
    assert status == 0
    assert json.loads(out)["article"]["title"] == TITLE


def test_jsonl_carries_the_path(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(EXAMPLE), "--jsonl")
    assert status == 0
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["path"] == str(EXAMPLE)
    assert record["article"]["title"] == TITLE
    assert len(record["teasers"]) == 3


def test_text_is_the_article_only(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(EXAMPLE), "--text")
    assert status == 0
    paragraphs = out.rstrip("\n").split("\n\n")
    assert paragraphs[0] == TITLE
    assert len(paragraphs) == 9
    assert "Skip to content" not in out and "Keep Reading" not in out and "Night trains" not in out


def test_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(EXAMPLE), "--markdown")
    assert status == 0
    assert out.startswith(f"# {TITLE}\n")
    assert "*By Marta Olsen · 12 March 2024*" in out
    assert "## Teasers" in out
    assert "- Night trains return to the northern coast after a decade (More For You)" in out


def test_explain_lists_every_block(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(EXAMPLE), "--explain")
    assert status == 0
    page = pagesplit.split(EXAMPLE.read_bytes())
    table, legend = out.split("\n\nrules:\n")
    rows = [line for line in table.splitlines()[1:-1] if not line.lstrip().startswith("=")]
    assert len(rows) == len(page.blocks)
    assert "chrome.glued-label" in out and "teaser[2]:summary" in out
    assert table.splitlines()[-1].startswith(f"{len(page.blocks)} blocks: ")
    assert "  teaser.summary: the summary text of a teaser card" in legend.splitlines()


def test_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(EXAMPLE), "--summary")
    assert status == 0
    assert f"Title:       {TITLE}" in out
    assert "Teasers:     3" in out


def test_batch_with_a_broken_file_goes_on_and_exits_1(capsys: pytest.CaptureFixture[str], batch: Path) -> None:
    status, out, err = run(capsys, str(batch), "--jsonl")
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["a.txt", "b.bin", "c.txt.gz"]  # sorted, hidden skipped
    broken = records[1]
    assert set(broken) == {"id", "path", "error"}
    assert broken["error"]["kind"] == "decode"
    assert broken["error"]["type"] == "DecodeError"
    assert "not text" in broken["error"]["message"]
    assert records[0]["article"]["title"] == "Town library extends its opening hours"
    assert records[2]["article"]["title"] == TITLE
    assert f"{batch / 'b.bin'}: DecodeError: " in err
    assert "1 of 3 inputs failed" in err
    assert "Traceback" not in err


def test_a_page_that_meets_a_bug_is_an_error_record_and_the_batch_goes_on(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pagesplit import pipeline

    real_run = pipeline.run

    def run_or_break(drafts: list[Any], ctx: Any) -> Any:
        if any("trips the bug" in d.text for d in drafts):
            raise IndexError("a stage read past the end")
        return real_run(drafts, ctx)

    monkeypatch.setattr(pipeline, "run", run_or_break)
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("This page trips the bug.\n\n" + NOTE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(NOTE, encoding="utf-8")
    status, out, err = run(capsys, str(tmp_path), "--jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1 and len(records) == 3
    assert records[1]["error"]["type"] == "InternalError"
    assert "IndexError: a stage read past the end" in records[1]["error"]["message"]
    assert "article" in records[0] and "article" in records[2]
    assert "Traceback" not in err


@pytest.mark.parametrize("fmt", ["--jsonl", "--json", "--text"])
def test_jobs_give_the_same_output_in_the_same_order(capsys: pytest.CaptureFixture[str], batch: Path,
                                                     fmt: str) -> None:
    for number in range(6):  # more inputs than workers, so several wait in the queue
        (batch / f"n{number}.txt").write_text(NOTE.replace("Town", f"Town {number}"), encoding="utf-8")
    alone = run(capsys, str(batch), fmt)
    assert run(capsys, str(batch), fmt, "--jobs", "2") == alone
    assert run(capsys, str(batch), fmt, "--jobs", "0") == alone  # one per CPU
    assert alone[0] == 1 and "1 of 9 inputs failed" in alone[2]


def _split_or_die(item: Item, options: SplitOptions) -> Page:
    """A worker that dies on an input named "crash" (as one killed for its memory would)."""
    if Path(item.source).name.startswith("crash"):
        os._exit(1)
    return split_item(item, options)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the stand-in for a dying worker reaches the workers only when they are forked")
def test_a_dead_worker_fails_its_input_and_the_batch_goes_on(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"):
        (tmp_path / name).write_text(NOTE, encoding="utf-8")
    monkeypatch.setattr(work, "split_item", _split_or_die)  # the workers are forked: they see it too
    status, out, err = run(capsys, str(tmp_path), "--jsonl", "--jobs", "2")
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"]
    assert [r.get("error", {}).get("kind") for r in records] == [None, None, "crashed", None, None]
    assert status == 1
    assert "crash.txt: crashed" in err


def test_batch_in_a_human_format_reports_on_stderr(capsys: pytest.CaptureFixture[str], batch: Path) -> None:
    status, out, err = run(capsys, str(batch), "--text")
    assert status == 1
    assert out.count("==> ") == 2
    assert TITLE in out
    assert err.count("DecodeError") == 1


def test_batch_json_is_one_document(capsys: pytest.CaptureFixture[str], batch: Path) -> None:
    status, out, _ = run(capsys, str(batch), "--json")
    assert status == 1
    records = json.loads(out)
    assert [("error" in r) for r in records] == [False, True, False]


def test_glob_selects_files(capsys: pytest.CaptureFixture[str], batch: Path) -> None:
    status, out, _ = run(capsys, str(batch), "--glob", "*.txt", "--jsonl")
    assert status == 0
    assert [Path(json.loads(line)["path"]).name for line in out.splitlines()] == ["a.txt"]


def test_empty_directory_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, str(tmp_path))
    assert status == 1 and out == ""
    assert "no input files" in err


def test_missing_file_is_an_error_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, str(tmp_path / "nope.txt"), str(EXAMPLE), "--jsonl")
    assert status == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["error"]["type"] == "FileNotFoundError"
    assert second["article"]["title"] == TITLE
    assert "nope.txt: FileNotFoundError: no such file or directory" in err


def test_gz_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    status, out, _ = run(capsys, str(path), "--json")
    assert status == 0
    assert json.loads(out) == pagesplit.split(EXAMPLE.read_bytes()).to_dict()


def test_corrupt_gz_is_a_decode_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(EXAMPLE.read_bytes())[:40])
    status, _, err = run(capsys, str(path), "--text")
    assert status == 1  # a single input that failed: 1, not 3 (3 is for two or more inputs, none split)
    assert "DecodeError" in err and "gzip" in err and "Traceback" not in err


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run(capsys, "-", "--jsonl")
    assert status == 0
    record = json.loads(out)
    assert record["path"] == "-" and record["article"]["title"] == TITLE


def test_too_large_is_a_limit_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(EXAMPLE), "--jsonl", "--max-chars", "100")
    assert status == 1  # a single input that failed: 1, not 3 (3 is for two or more inputs, none split)
    error = json.loads(out)["error"]
    assert error["type"] == "SizeLimitError"
    assert error["message"] == cli_inputs.TOO_LONG_TEXT.format(limit=100)
    assert error["message"].startswith("the input is longer than --max-chars 100 characters")
    assert "bytes" not in err and "max_chars" not in err


def test_limit_found_after_decoding_names_the_flag_too(capsys: pytest.CaptureFixture[str]) -> None:
    """Between N and 4N bytes only the decoded text tells: the library's LimitError is worded with the flag."""
    size = len(EXAMPLE.read_text(encoding="utf-8"))
    status, out, _ = run(capsys, str(EXAMPLE), "--jsonl", "--max-chars", str(size - 1))
    assert status == 1  # a single input that failed: 1, not 3 (3 is for two or more inputs, none split)
    assert json.loads(out)["error"]["message"] == cli_inputs.TOO_LONG_TEXT.format(limit=size - 1)


@pytest.mark.parametrize(("flag", "value", "error_type"), [
    ("--max-lines", 2, "LineLimitError"),
    ("--max-blocks", 2, "BlockLimitError"),
])
def test_every_limit_is_worded_with_its_flag_and_unit(capsys: pytest.CaptureFixture[str], flag: str, value: int,
                                                      error_type: str) -> None:
    status, out, err = run(capsys, str(EXAMPLE), "--jsonl", flag, str(value))
    assert status == 1
    error = json.loads(out)["error"]
    assert error["type"] == error_type
    assert error["message"] == cli_flags.LIMIT_TEXTS[flag[2:].replace("-", "_")].format(limit=value)
    assert f"{flag} {value} " in error["message"] and "max_" not in err


def test_url_is_kept_for_a_dump(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(EXAMPLE), "--json", "--url", "https://example.org/pier")
    assert status == 0
    assert json.loads(out)["url"] == "https://example.org/pier"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0
    build = "compiled with mypyc" if pagesplit.COMPILED else "pure Python"
    assert out == f"pagesplit {pagesplit.__version__} ({build})\n"
    from importlib.metadata import version

    assert pagesplit.__version__ == version("pagesplit")


# -- the output shape when piped: one file is one JSON object, a directory or several inputs JSON lines ------


def _shape(out: str) -> str:
    """'jsonl' when every line is a JSON object of its own, else what the whole output is ('object', 'array')."""
    try:
        if all(isinstance(json.loads(line), dict) for line in out.splitlines()):
            return "jsonl"
    except json.JSONDecodeError:
        pass
    return "array" if isinstance(json.loads(out), list) else "object"


@pytest.mark.parametrize(("files", "args", "shape"), [
    (["a.txt"], ["a.txt"], "object"),
    (["a.txt"], ["a.txt", "--jsonl"], "jsonl"),
    (["a.txt"], ["."], "jsonl"),  # a directory holding one file is still a batch
    (["sub/a.txt"], ["."], "jsonl"),
    (["a.txt", "b.txt"], ["."], "jsonl"),
    (["a.txt", "b.txt"], ["a.txt", "b.txt"], "jsonl"),
    (["a.txt"], [".", "--json"], "array"),
    (["a.txt", "b.txt"], ["a.txt", "b.txt", "--json"], "array"),
    (["a.txt"], ["a.txt", "--json"], "object"),
])
def test_piped_output_shape(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            files: list[str], args: list[str], shape: str) -> None:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, *args)
    assert status == 0
    assert _shape(out) == shape
    if shape == "jsonl":
        assert len(out.splitlines()) == len(files)


def test_glob_matches_file_names_at_any_depth(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in ("top.txt.gz", "2024/05/deep.txt.gz", "2024/05/other.html", "2024/skip.txt", ".cache/hidden.txt.gz"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(gzip.compress(NOTE.encode()))
    status, out, _ = run(capsys, str(tmp_path), "--glob", "*.txt.gz", "--jsonl")
    assert status == 0
    found = [Path(json.loads(line)["path"]).relative_to(tmp_path).as_posix() for line in out.splitlines()]
    assert found == ["2024/05/deep.txt.gz", "top.txt.gz"]
    status, out, _ = run(capsys, str(tmp_path), "--glob", "2024/*/*", "--jsonl")  # a path pattern stays one
    found = [Path(json.loads(line)["path"]).relative_to(tmp_path).as_posix() for line in out.splitlines()]
    assert found == ["2024/05/deep.txt.gz", "2024/05/other.html"]


def test_mode_text_and_charset(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(NOTE.replace("Town library", "Café library").encode("latin-1"))
    status, out, _ = run(capsys, str(path), "--mode", "text", "--charset", "latin-1", "--json")
    assert status == 0
    assert json.loads(out)["article"]["title"] == "Café library extends its opening hours"


@pytest.mark.parametrize("argv", [[], ["--bogus", "x"], ["x", "--json", "--text"], ["x", "--mode", "pdf"],
                                  ["x", "--max-chars", "0"], ["x", "--jobs", "-1"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert "usage:" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "--jsonl" in out and "exit status" in out


def test_importing_the_cli_does_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib

    import pagesplit.cli
    import pagesplit.cli_flags
    import pagesplit.cli_inputs
    import pagesplit.cli_output

    for module in (pagesplit.cli_flags, pagesplit.cli_inputs, pagesplit.cli_output, pagesplit.cli):
        importlib.reload(module)
    assert capsys.readouterr() == ("", "")


def test_python_dash_m_smoke(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02\x03" * 50)
    done = subprocess.run([sys.executable, "-m", "pagesplit", str(EXAMPLE), str(binary), "--jsonl"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert json.loads(lines[0])["article"]["title"] == TITLE
    assert json.loads(lines[1])["error"]["type"] == "DecodeError"
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_an_error_record_not_a_hang(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    status, out, err = run(capsys, str(fifo), str(tmp_path / "a.txt"), "--jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["error"]["type"] == "InputError" and "article" in records[1]
    assert status == 1 and "Traceback" not in err


def test_ctrl_c_while_a_batch_opens_a_file_stays_an_interrupt(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C can land inside ``os.fdopen`` after it took the descriptor; ``fdopen`` then closes it itself. The
    interrupt must reach the caller, not turn into a read error (EBADF) for that file while the batch goes on."""
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")

    def interrupted_fdopen(descriptor: int, *args: Any, **kwargs: Any) -> Any:
        os.close(descriptor)  # what io.open does with a descriptor it was given when it fails
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fdopen", interrupted_fdopen)
    with pytest.raises(KeyboardInterrupt):
        list(read([str(tmp_path)]))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("name", ["pages.jsonl", "pages.jsonl.gz", "crawl.warc", "crawl.warc.gz"])
def test_a_fifo_named_as_jsonl_or_warc_is_a_read_error_not_a_hang(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)  # nobody ever writes to it: opening it to read would wait for ever
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pagesplit", str(fifo), str(tmp_path / "a.txt"), "--jsonl"],
                          capture_output=True, text=True, timeout=60, check=False)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(fifo), str(tmp_path / "a.txt")]
    assert records[0]["error"]["kind"] == "read" and "article" in records[1]
    assert done.returncode == 1 and "Traceback" not in done.stderr


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched split reaches the workers only when they are forked")
def test_out_of_memory_on_one_input_is_a_record(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "big.txt").write_text(NOTE, encoding="utf-8")
    monkeypatch.setattr(work, "split_item", _split_or_run_out)  # the workers are forked: they see it too
    status, out, err = run(capsys, str(tmp_path), "--jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r.get("error", {}).get("type") for r in records] == ["MemoryError", None]
    assert records[0]["error"]["kind"] == "memory" and "docs/limits.md" in records[0]["error"]["message"]
    assert status == 1 and "Traceback" not in err


def _split_or_run_out(item: Item, options: SplitOptions) -> Page:
    """Runs out of memory on the first input it meets (no worker memory limit: a plain ``MemoryError``)."""
    if not hasattr(_split_or_run_out, "done"):
        _split_or_run_out.done = True  # type: ignore[attr-defined]
        raise MemoryError
    return split_item(item, options)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched split reaches the workers only when they are forked")
def test_a_limit_met_in_a_worker_is_worded_with_its_flag(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("A short note.", encoding="utf-8")
    status, out, err = run(capsys, str(tmp_path), "--jsonl", "--max-blocks", "2")
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["error"] == {"kind": "too_large", "type": "BlockLimitError",
                                   "message": cli_flags.LIMIT_TEXTS["max_blocks"].format(limit=2)}
    assert "article" in records[1] and status == 1 and "max_blocks" not in err


def test_a_directory_of_one_failing_file_exits_1_and_of_two_exits_3(capsys: pytest.CaptureFixture[str],
                                                                    tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.bin").write_bytes(b"\x00\x01" * 100)
    assert run(capsys, str(tmp_path / "one"), "--jsonl")[0] == 1
    (tmp_path / "one" / "b.bin").write_bytes(b"\x00\x01" * 100)
    assert run(capsys, str(tmp_path / "one"), "--jsonl")[0] == 3


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched pipeline reaches the workers only when they are forked")
def test_debug_lets_a_bug_out_with_its_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from pagesplit import pipeline

    def broken(drafts: list[Any], ctx: Any) -> Any:
        raise IndexError("a stage read past the end")

    monkeypatch.setattr(pipeline, "run", broken)
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NOTE, encoding="utf-8")
    assert run(capsys, str(tmp_path), "--jsonl")[0] == 3  # records without --debug
    with pytest.raises(pagesplit.InternalError):
        main([str(tmp_path), "--jsonl", "--debug"])
    with pytest.raises(pagesplit.InternalError):  # one input, split in this process
        main([str(tmp_path / "a.txt"), "--jsonl", "--debug"])


def test_limit_flags_reach_the_limits(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOTE, encoding="utf-8")
    status, out, _ = run(capsys, str(tmp_path / "a.txt"), "--jsonl", "--max-blocks", "2")
    assert status == 1 and json.loads(out)["error"]["type"] == "BlockLimitError"
    assert run(capsys, str(tmp_path / "a.txt"), "--max-seconds", "0")[0] == 2


def test_binary_on_stdin_exits_1(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200))))
    status, out, err = run(capsys, "-", "--jsonl")
    assert status == 1 and json.loads(out)["error"]["type"] == "DecodeError" and "Traceback" not in err
