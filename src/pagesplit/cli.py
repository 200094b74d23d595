"""The ``pagesplit`` command: a thin shell over ``pagesplit.split`` and ``pagesplit.render``.

    pagesplit FILE|DIR|- [...] [--json | --jsonl | --text | --markdown | --explain | --summary]

Exit status: 0 when every input was split, 1 when some input failed (each failure is an error
record in ``--jsonl`` / ``--json`` output and one line on stderr), 2 on a usage error, 3 when none of two or
more inputs was split (a single failed input is 1), 130 when interrupted; no traceback unless ``--debug``.

A batch runs through ``pagesplit.batch`` (guarded worker processes, streamed inputs, resumable output);
``--workers N`` (alias ``--jobs``) splits it in N processes; the output is the same, in the same order.

This module turns the flags into options and drives the run; the flags themselves are ``cli_flags``, reading the
inputs is ``cli_inputs``, and writing the results to stdout is ``cli_output``.
"""

from __future__ import annotations

import os
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pagesplit import render
from pagesplit.batch.items import BatchError, Mode, Result
from pagesplit.batch.output import JsonlSink, result_record, written_ids
from pagesplit.batch.read import read
from pagesplit.batch.run import DEFAULT_TIME_LIMIT
from pagesplit.batch.run import run as run_batch
from pagesplit.batch.work import SplitOptions
from pagesplit.cli_flags import build_parser, limit_text, usage_problem
from pagesplit.cli_inputs import STDIN
from pagesplit.cli_output import Output, progress_bar, terminal_width, write_stats
from pagesplit.limits import DEFAULT_LIMITS, Limits

NO_ARTICLE_TEXT = "{path}: " + render.NO_ARTICLE_TEXT
FAILED_TEXT = "{path}: {type}: {message}"
SUMMARY_FAILED_TEXT = "pagesplit: {failed} of {total} inputs failed"
INTERRUPTED_TEXT = "pagesplit: interrupted"
RENDER_FAILED_TEXT = "rendering failed: {type}: {problem}"


@dataclass(frozen=True, slots=True)
class Options:
    fmt: render.Format | None
    mode: str
    url: str | None
    charset: str | None
    explain: bool
    limits: Limits = DEFAULT_LIMITS  #: from the --max-* flags; its max_chars also caps the bytes read
    debug: bool = False  #: let an unexpected error out with its traceback instead of an error record
    reference_time: datetime | None = None  #: --reference-time: "now" for relative dates of inputs that give none


def is_batch(targets: Sequence[str]) -> bool:
    """Several inputs, or a directory (however many files it holds today): a batch, printed as JSON lines
    when piped, so a daily job reads the same shape on the day a folder holds one file."""
    return len(targets) > 1 or any(target != STDIN and Path(target).is_dir() for target in targets)


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch runs and where its JSON lines go (the ``batches`` flags)."""

    workers: int = 1
    time_limit: float | None = DEFAULT_TIME_LIMIT
    max_worker_memory: int | None = None
    recycle_after: int = 0
    ordered: bool = True
    field: str | None = None
    output: str | None = None
    resume: bool = False
    shard: tuple[int, int] | None = None
    stats: str | None = None
    progress: bool = True


def in_shard(item_id: str, shard: tuple[int, int]) -> bool:
    """Whether an id falls in shard K of N: by a CRC-32 of the id, the same on every machine and run."""
    index, count = shard
    return zlib.crc32(item_id.encode("utf-8", "surrogatepass")) % count == index


def _selector(shard: tuple[int, int] | None, done: set[str]) -> Callable[[str], bool] | None:
    if shard is None and not done:
        return None
    return lambda item_id: item_id not in done and (shard is None or in_shard(item_id, shard))


def _error_message(error: BatchError) -> str:
    """An error's message, a limit's worded with its flag (the worker keeps the limit's name and value)."""
    return limit_text(error.limit, error.allowed) or error.message


def exit_status(counts: Counter[str]) -> int:
    """0 when every input was split, 3 when none of two or more was, else 1 when some were not (a single input
    that failed is 1, as a failed batch item is: 3 tells a batch that produced nothing from one that lost some)."""
    failed = sum(count for kind, count in counts.items() if kind != "ok")
    if not failed:
        return 0
    return 3 if counts["ok"] == 0 and failed > 1 else 1


def run(targets: Sequence[str], options: Options, glob: str, batch: BatchOptions | None = None) -> int:
    """Split every input and print it (or write it to ``batch.output``); returns the exit status."""
    batch = batch or BatchOptions()
    several = is_batch(targets)
    fmt = options.fmt or ("jsonl" if batch.output else None)
    if fmt is None:
        fmt = "summary" if sys.stdout.isatty() else ("jsonl" if several else "json")
    done = written_ids(batch.output) if batch.resume and batch.output else set()
    mode: Mode = "html" if options.mode == "html" else "text" if options.mode == "text" else "auto"
    inputs = read(targets, glob=glob, field=batch.field, mode=mode, url=options.url, charset=options.charset,
                  limits=options.limits, select=_selector(batch.shard, done))
    sink = JsonlSink(batch.output, resume=batch.resume) if fmt == "jsonl" else None
    output = Output(fmt, terminal_width() if sys.stdout.isatty() else render.DEFAULT_WIDTH, batch=several)
    progress = progress_bar(batch.progress and several)
    results = run_batch(inputs, workers=batch.workers, time_limit=batch.time_limit,
                        max_worker_memory=batch.max_worker_memory, ordered=batch.ordered,
                        recycle_after=batch.recycle_after or None, isolate=several or batch.workers > 1,
                        as_json=sink is not None,
                        options=SplitOptions(explain=options.explain, limits=options.limits, debug=options.debug,
                                             reference_time=options.reference_time))
    counts: Counter[str] = Counter()
    started = time.monotonic()

    def message(text: str) -> None:
        if progress is not None:
            progress.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    try:
        for result in results:
            if progress is not None:
                progress.update()
            if result.error is not None:
                error = BatchError(result.error.kind, _error_message(result.error), result.error.type)
                result = Result(result.id, result.source, None, error, result.url)
                counts[error.kind] += 1
                message(FAILED_TEXT.format(path=result.id, type=error.type or error.kind, message=error.message))
            else:
                counts["ok"] += 1
            if sink is not None:
                sink.write(result)
            elif (fmt == "json" and several) or result.page is None:
                if fmt in ("json", "jsonl"):
                    output.record(result_record(result))
            else:
                if fmt in ("text", "markdown") and result.page.article is None:
                    message(NO_ARTICLE_TEXT.format(path=result.id))
                try:
                    output.page(result.id, result.page)
                except (BrokenPipeError, KeyboardInterrupt):
                    raise
                except Exception as exc:  # a bug in rendering this page: an error record, the batch goes on
                    if options.debug:
                        raise
                    counts["ok"] -= 1
                    error = BatchError("parse", RENDER_FAILED_TEXT.format(type=type(exc).__name__, problem=exc),
                                       "InternalError")
                    counts[error.kind] += 1
                    message(FAILED_TEXT.format(path=result.id, type=error.type, message=error.message))
                    if fmt == "json":
                        output.record(result_record(Result(result.id, result.source, None, error, result.url)))
    finally:  # also on Ctrl-C: stop the workers; every line written so far is whole and flushed
        results.close()
        if sink is not None:
            sink.close()
        if progress is not None:
            progress.close()
        if batch.stats:
            write_stats(batch.stats, counts, inputs, time.monotonic() - started)
    output.close()
    total = sum(counts.values())
    if total == 0:
        return 0 if inputs.unselected else 1
    failed = total - counts["ok"]
    if failed and total > 1:
        print(SUMMARY_FAILED_TEXT.format(failed=failed, total=total), file=sys.stderr)
    return exit_status(counts)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting (argparse usage errors give 2)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on usage errors (2)
        return exc.code if isinstance(exc.code, int) else 2
    problem = usage_problem(args)
    if problem:
        parser.print_usage(sys.stderr)
        print(f"pagesplit: error: {problem}", file=sys.stderr)
        return 2
    limits = Limits(max_chars=args.max_chars, max_depth=args.max_depth, max_attributes=args.max_attributes,
                    max_elements=args.max_elements, max_lines=args.max_lines, max_blocks=args.max_blocks,
                    max_seconds=args.max_seconds)
    options = Options(fmt=args.fmt, mode=args.mode, url=args.url, charset=args.charset,
                      explain=args.fmt == "explain", limits=limits, debug=args.debug,
                      reference_time=args.reference_time)
    batch = BatchOptions(workers=args.workers or os.cpu_count() or 1, time_limit=args.time_limit or None,
                         max_worker_memory=args.max_worker_memory, recycle_after=args.recycle_after,
                         ordered=not args.unordered, field=args.field, output=args.output, resume=args.resume,
                         shard=args.shard, stats=args.stats, progress=not args.no_progress)
    return run(args.inputs, options, args.glob, batch)


def main_entry() -> None:
    """The console script: ``main()`` with a quiet exit on a closed pipe or Ctrl-C."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``pagesplit DIR --jsonl | head``): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 1
    except KeyboardInterrupt:
        print(INTERRUPTED_TEXT, file=sys.stderr)
        status = 130
    sys.exit(status)
