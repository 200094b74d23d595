"""The ``pagesplit`` command: a thin shell over ``pagesplit.split`` and ``pagesplit.render``.

    pagesplit FILE|DIR|- [...] [--json | --jsonl | --text | --markdown | --explain | --summary]

Exit status: 0 when every input was split, 1 when some input failed (each failure is an error
record in ``--jsonl`` / ``--json`` output and one line on stderr), 2 on a usage error, 3 when none of two or
more inputs was split (a single failed input is 1), 130 when interrupted; no traceback unless ``--debug``.

A batch runs through ``pagesplit.batch`` (guarded worker processes, streamed inputs, resumable output);
``--workers N`` (alias ``--jobs``) splits it in N processes; the output is the same, in the same order.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from pagesplit import COMPILED, __version__, render
from pagesplit.api import DEFAULT_MAX_CHARS
from pagesplit.batch.files import open_regular
from pagesplit.batch.items import BatchError, Mode, Result, fetch_time
from pagesplit.batch.output import JsonlSink, result_record, written_ids
from pagesplit.batch.read import PAGE_FIELDS, Inputs, read
from pagesplit.batch.run import DEFAULT_TIME_LIMIT
from pagesplit.batch.run import run as run_batch
from pagesplit.batch.work import SplitOptions
from pagesplit.errors import DecodeError, LimitError, SizeLimitError
from pagesplit.limits import DEFAULT_LIMITS, Limits
from pagesplit.model import Page
from pagesplit.version import COMPILE_FALLBACK

EPILOG = """\
output, when no format is chosen: a summary on a terminal; otherwise one JSON object for one file
(or stdin), JSON lines for a directory or several inputs (even when a directory holds one file).
--glob matches file names at any depth ('*.txt.gz'); a pattern with a '/' matches paths under the directory.
.jsonl/.ndjson files hold a page a line; .warc/.wet files (pagesplit[warc]) a page per HTML response.
exit status: 0 all inputs split, 1 some inputs failed (reported, the batch goes on; also a single input that
failed), 2 usage error, 3 none of two or more inputs split, 130 interrupted (every line written is whole).
"""
STDIN = "-"
#: Which build runs, shown by ``--version``: mypyc-compiled hot modules or pure Python (``setup.py``).
BUILD = ("compiled with mypyc" if COMPILED else "pure Python"
         + (f"; the compiled build fell back: {COMPILE_FALLBACK}" if COMPILE_FALLBACK else ""))
#: The default ``--glob``: every file, at any depth.
ALL_FILES = "*"
#: A UTF-8 character is at most 4 bytes: reading stops here, before the character limit can be checked.
BYTES_PER_CHAR = 4
GZIP_MAGIC = b"\x1f\x8b"

NO_INPUTS_TEXT = "no input files found under {path} (glob {glob!r}; hidden files are skipped)"
NOT_FOUND_TEXT = "no such file or directory"
#: Each limit the library names (``LimitError.limit``), worded with the flag that sets it here and its unit.
LIMIT_TEXTS = {
    "max_chars": "the input is longer than --max-chars {limit:,} characters; pass a larger --max-chars to accept it",
    "max_depth": "the HTML nests deeper than --max-depth {limit:,} elements; pass a larger --max-depth to accept it",
    "max_attributes": "an HTML element has more than --max-attributes {limit:,} attributes; "
                      "pass a larger --max-attributes to accept it",
    "max_elements": "the HTML has more than --max-elements {limit:,} elements; "
                    "pass a larger --max-elements to accept it",
    "max_lines": "the dump has more than --max-lines {limit:,} lines; pass a larger --max-lines to accept it",
    "max_blocks": "the page makes more than --max-blocks {limit:,} blocks; pass a larger --max-blocks to accept it",
    "max_seconds": "splitting took longer than --max-seconds {limit:g} seconds; pass a larger --max-seconds "
                   "to accept it",
}
TOO_LONG_TEXT = LIMIT_TEXTS["max_chars"]
BAD_GZIP_TEXT = "the file looks gzip-compressed but cannot be decompressed: {problem}"
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pagesplit",
        description="Split scraped pages (HTML or text dumps) into the article, teaser cards and chrome, "
                    "every block with the rule that decided it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE|DIR|-",
                        help="files (.gz read transparently), directories (walked recursively), or - for stdin")
    out = parser.add_mutually_exclusive_group()
    for flag, fmt, help_text in (
        ("--json", "json", "the whole page as JSON (exactly Page.to_dict()); a JSON array of records for a "
                           "directory or several inputs"),
        ("--jsonl", "jsonl", "one JSON line per input, with its path; failures as error records"),
        ("--text", "text", "the article only: title, then paragraphs"),
        ("--markdown", "markdown", "the article as markdown (headings, lists, tables, quotes), then its teasers"),
        ("--explain", "explain", "every block with its line span, role, rule id and text; a legend of the rule ids"),
        ("--summary", "summary", "a short human summary (the default on a terminal)"),
    ):
        out.add_argument(flag, dest="fmt", action="store_const", const=fmt, help=help_text)
    parser.add_argument("--mode", choices=("auto", "html", "text"), default="auto",
                        help="force the HTML or the text-dump front end (default: tell by the content)")
    parser.add_argument("--url", help="the page's URL, kept as the page's url (and resolving teaser links in HTML)")
    parser.add_argument("--charset", help="the encoding of byte input, e.g. from an HTTP Content-Type header")
    parser.add_argument("--reference-time", type=parse_time, metavar="ISO",
                        help="when the pages were fetched (2024-03-12T10:00:00Z), to date stories that say '2 hours "
                             "ago'; a WARC record's WARC-Date, or a JSON line's fetch time, takes precedence")
    parser.add_argument("--glob", default=ALL_FILES,
                        help="which files to take from a directory: a file-name pattern matched at any depth "
                             "('*.txt.gz'), or a path pattern when it holds a '/' (default: %(default)s)")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                        help="refuse inputs longer than N characters (default: %(default)s)")
    for flag, field_name, kind, what in (
            ("--max-depth", "max_depth", int, "refuse HTML nested deeper than N elements"),
            ("--max-attributes", "max_attributes", int, "refuse HTML elements with more than N attributes"),
            ("--max-elements", "max_elements", int, "refuse HTML of more than N elements"),
            ("--max-lines", "max_lines", int, "refuse text dumps of more than N lines"),
            ("--max-blocks", "max_blocks", int, "refuse pages of more than N blocks"),
            ("--max-seconds", "max_seconds", float, "give up on a page after N seconds")):
        parser.add_argument(flag, type=kind, default=getattr(DEFAULT_LIMITS, field_name), metavar="N",
                            help=f"{what} (default: %(default)s; see docs/limits.md)")
    parser.add_argument("--debug", action="store_true",
                        help="let an unexpected error stop the run with its traceback (default: an error record)")
    batch = parser.add_argument_group("batches")
    batch.add_argument("--workers", "--jobs", dest="workers", type=int, default=1, metavar="N",
                       help="split a batch in N worker processes, 0 for one per CPU; the output is the same, "
                            "in the same order (default: %(default)s)")
    batch.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                       help="stop a page's worker after this long and record a timeout (default: %(default)g)")
    batch.add_argument("--max-worker-memory", type=parse_size, metavar="SIZE",
                       help="stop a worker whose resident memory passes SIZE (e.g. 2G, 500M) and record its page "
                            "as a memory error (default: no limit)")
    batch.add_argument("--recycle-after", type=int, default=0, metavar="N",
                       help="replace each worker after N pages (default: never)")
    batch.add_argument("--unordered", action="store_true",
                       help="write each result as soon as it is ready instead of in input order")
    batch.add_argument("--field", help="the JSON field that holds the page in .jsonl inputs (default: the first of "
                                       + ", ".join(PAGE_FIELDS) + ")")
    batch.add_argument("-o", "--output", metavar="FILE|DIR/",
                       help="write JSON lines to FILE, or to rotating part files in DIR/ (default: stdout)")
    batch.add_argument("--resume", action="store_true",
                       help="with -o: skip the inputs whose ids the output already holds, and append")
    batch.add_argument("--shard", type=parse_shard, metavar="K/N",
                       help="split only the inputs of shard K of N (K from 0 to N-1, by a hash of the id)")
    batch.add_argument("--stats", metavar="FILE", help="write counts and timings of the run to FILE as JSON")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar (shown only on a terminal)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} ({BUILD})")
    return parser


#: Size suffixes of ``--max-worker-memory``.
SIZE_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def parse_size(text: str) -> int:
    """'2G', '500M', '1048576' -> bytes."""
    number, unit = text.strip().upper().rstrip("B") or "0", ""
    if number and number[-1] in SIZE_UNITS:
        number, unit = number[:-1], number[-1]
    try:
        size = int(float(number) * SIZE_UNITS[unit])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 2G, 500M)") from None
    if size <= 0:
        raise argparse.ArgumentTypeError(f"the size must be positive: {text!r}")
    return size


def parse_time(text: str) -> datetime:
    """'2024-03-12T10:00:00Z' -> an aware datetime (ISO 8601)."""
    parsed = fetch_time(text)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r} (e.g. 2024-03-12T10:00:00Z)")
    return parsed


def parse_shard(text: str) -> tuple[int, int]:
    """'K/N' -> (K, N), with 0 <= K < N."""
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not K/N: {text!r}") from None
    if not 0 <= index < count:
        raise argparse.ArgumentTypeError(f"shard K/N needs 0 <= K < N: {text!r}")
    return index, count


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _matches(directory: Path, glob: str) -> Iterator[Path]:
    """A file-name pattern ('*.txt.gz') matches at any depth, as ``find -name`` does; a pattern with a '/'
    ('2024/*/*.html') matches paths relative to the directory, as ``Path.glob`` does."""
    return directory.glob(glob) if "/" in glob else directory.rglob(glob)


def iter_inputs(targets: Sequence[str], glob: str) -> Iterator[str]:
    """Expand directories into their files (sorted, hidden ones skipped); keep files and '-' as given."""
    for target in targets:
        path = Path(target)
        if target != STDIN and path.is_dir():
            found = sorted(p for p in _matches(path, glob) if p.is_file() and not _is_hidden(p, path))
            if not found:
                print(NO_INPUTS_TEXT.format(path=target, glob=glob), file=sys.stderr)
            yield from (str(p) for p in found)
        else:
            yield target


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _read_capped(stream: _Readable, max_chars: int) -> bytes:
    """At most ``max_chars`` characters' worth of bytes: more bytes than the longest encoding of that many
    characters cannot be ``max_chars`` characters or fewer."""
    limit = max_chars * BYTES_PER_CHAR
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise SizeLimitError(TOO_LONG_TEXT.format(limit=max_chars), allowed=max_chars)
    return data


def read_input(target: str, max_chars: int) -> bytes:
    """The bytes of a file or of stdin, gunzipped when they start with the gzip magic number; refused when they
    hold more than ``max_chars`` characters' worth of bytes."""
    if target == STDIN:
        data = _read_capped(sys.stdin.buffer, max_chars)
    else:
        try:
            with open_regular(target) as handle:  # a FIFO, device or socket is an InputError, not a hang
                data = _read_capped(handle, max_chars)
        except FileNotFoundError:
            raise FileNotFoundError(NOT_FOUND_TEXT) from None
    if data[:2] == GZIP_MAGIC:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
                data = _read_capped(unzipped, max_chars)
        except (OSError, EOFError, zlib.error) as exc:
            raise DecodeError(BAD_GZIP_TEXT.format(problem=exc)) from None
    return data


def _terminal_width() -> int:
    return shutil.get_terminal_size((render.DEFAULT_WIDTH, 24)).columns


class _Output:
    """Writes each input's result to stdout in the chosen format, with separators between inputs."""

    def __init__(self, fmt: render.Format, width: int, *, batch: bool) -> None:
        self.fmt, self.width = fmt, width
        self.as_array = fmt == "json" and batch  # --json stays one document for a batch, an array even of one
        self.headed = batch and fmt not in ("json", "jsonl")
        self.count = 0

    def _write(self, text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    def _record(self, rec: dict[str, Any], pretty: str | None = None) -> None:
        if self.fmt == "jsonl":
            self._write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        elif self.as_array:
            self._write(("[\n" if self.count == 1 else ",\n") + json.dumps(rec, ensure_ascii=False))
        else:
            self._write((pretty or json.dumps(rec, ensure_ascii=False, indent=2)) + "\n")

    def page(self, path: str, page: Page) -> None:
        self.count += 1
        if self.fmt in ("json", "jsonl"):
            self._record(render.record(page, path), pretty=render.to_json(page))
            return
        rendered = render.render(page, self.fmt, path=path, width=self.width)
        head = ("\n" if self.count > 1 else "") + f"==> {path} <==\n" if self.headed else ""
        self._write(head + rendered + ("" if not rendered or rendered.endswith("\n") else "\n"))

    def record(self, record: dict[str, Any]) -> None:
        """A batch record (``--json`` of several inputs): a page's or an error's."""
        self.count += 1
        self._record(record)

    def close(self) -> None:
        if self.as_array:
            self._write("[]\n" if self.count == 0 else "\n]\n")


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


def _progress_bar(enabled: bool) -> Any:
    """A tqdm bar on stderr when it is a terminal (tqdm is imported only then), else None."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm  # type: ignore[import-untyped]

    return tqdm(file=sys.stderr, unit=" pages", dynamic_ncols=True, leave=False)


def limit_text(limit: str | None, allowed: float | None) -> str | None:
    """A limit worded with the flag that sets it (``--max-depth 50``), or None for a limit without a flag."""
    text = LIMIT_TEXTS.get(limit or "")
    return None if text is None or allowed is None else text.format(limit=allowed)


def limit_message(exc: LimitError) -> str:
    """The library names its keyword (``max_depth=50``); here the limit is a flag (``--max-depth 50``)."""
    return limit_text(exc.limit, exc.allowed) or str(exc)


def _error_message(error: BatchError) -> str:
    """An error's message, a limit's worded with its flag (the worker keeps the limit's name and value)."""
    return limit_text(error.limit, error.allowed) or error.message


def _write_stats(path: str, counts: Counter[str], inputs: Inputs, seconds: float) -> None:
    done = counts["ok"] + sum(count for kind, count in counts.items() if kind != "ok")
    stats = {"inputs": done, "ok": counts["ok"],
             "failed": {kind: count for kind, count in sorted(counts.items()) if kind != "ok"},
             "skipped_records": dict(sorted(inputs.skipped.items())), "not_selected": inputs.unselected,
             "seconds": round(seconds, 3), "pages_per_second": round(done / seconds, 2) if seconds else None}
    Path(path).write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")


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
    output = _Output(fmt, _terminal_width() if sys.stdout.isatty() else render.DEFAULT_WIDTH, batch=several)
    progress = _progress_bar(batch.progress and several)
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
            _write_stats(batch.stats, counts, inputs, time.monotonic() - started)
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
    problem = _usage_problem(args)
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


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with a combination of flags argparse accepted, or None."""
    for flag, value, least in (("--max-chars", args.max_chars, 1), ("--workers", args.workers, 0),
                               ("--time-limit", args.time_limit, 0), ("--recycle-after", args.recycle_after, 0),
                               ("--max-depth", args.max_depth, 1), ("--max-attributes", args.max_attributes, 1),
                               ("--max-elements", args.max_elements, 1), ("--max-lines", args.max_lines, 1),
                               ("--max-blocks", args.max_blocks, 1)):
        if value < least:
            return f"{flag} must be {'positive' if least else 'zero or more'}"
    if args.max_seconds is not None and not args.max_seconds > 0:
        return "--max-seconds must be positive"
    if args.output and args.fmt not in (None, "jsonl"):
        return f"-o/--output writes JSON lines: drop --{args.fmt}"
    if args.resume and not args.output:
        return "--resume needs -o/--output (the ids already written are read from there)"
    return None


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
