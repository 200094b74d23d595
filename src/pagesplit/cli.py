"""The ``pagesplit`` command: a thin shell over ``pagesplit.split`` and ``pagesplit.render``.

    pagesplit FILE|DIR|- [...] [--json | --jsonl | --text | --markdown | --explain | --summary]

Exit status: 0 when every input was split, 1 when some input failed (each failure is an error
record in ``--jsonl`` / ``--json`` output and one line on stderr), 2 on a usage error.

``--jobs N`` splits a batch in N worker processes; the output is the same, in the same order.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import stat
import sys
import zlib
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from pagesplit import __version__, render
from pagesplit.api import DEFAULT_MAX_CHARS, split, split_html, split_text
from pagesplit.errors import DecodeError, InputError, LimitError, PagesplitError, SizeLimitError
from pagesplit.limits import DEFAULT_LIMITS, Limits
from pagesplit.model import Page

EPILOG = """\
output, when no format is chosen: a summary on a terminal; otherwise one JSON object for one file
(or stdin), JSON lines for a directory or several inputs (even when a directory holds one file).
--glob matches file names at any depth ('*.txt.gz'); a pattern with a '/' matches paths under the directory.
exit status: 0 all inputs split, 1 some inputs failed (reported, the batch goes on), 2 usage error.
"""
STDIN = "-"
#: The default ``--glob``: every file, at any depth.
ALL_FILES = "*"
#: A UTF-8 character is at most 4 bytes: reading stops here, before the character limit can be checked.
BYTES_PER_CHAR = 4
GZIP_MAGIC = b"\x1f\x8b"

NO_INPUTS_TEXT = "no input files found under {path} (glob {glob!r}; hidden files are skipped)"
NOT_FOUND_TEXT = "no such file or directory"
NOT_REGULAR_TEXT = "not a regular file (a FIFO, device or socket); pass its content on stdin instead"
OUT_OF_MEMORY_TEXT = "ran out of memory splitting this input; the batch goes on (lower the limits, see docs/limits.md)"
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
WORKER_DIED_TEXT = "the worker process splitting this input died (killed, or out of memory); the batch goes on"
#: With ``--jobs``, at most this many inputs per worker are read ahead of the output (a batch of millions of
#: files never queues them all).
INPUTS_AHEAD_PER_JOB = 8


@dataclass(frozen=True, slots=True)
class Options:
    fmt: render.Format | None
    mode: str
    url: str | None
    charset: str | None
    explain: bool
    max_chars: int
    limits: Limits = DEFAULT_LIMITS
    debug: bool = False  #: let an unexpected error out with its traceback instead of an error record


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
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="split a batch in N worker processes, 0 for one per CPU; the output is the same, "
                             "in the same order (default: %(default)s)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


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
            # opening a FIFO blocks until a writer comes: only regular files are opened
            if not stat.S_ISREG(os.stat(target).st_mode):
                raise InputError(NOT_REGULAR_TEXT)
            with open(target, "rb") as handle:
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


def split_input(data: bytes, options: Options) -> Page:
    kwargs: dict[str, Any] = {"url": options.url, "charset": options.charset, "explain": options.explain,
                              "max_chars": options.max_chars, "limits": options.limits}
    if options.mode == "text":
        return split_text(data, **kwargs)
    if options.mode == "html":
        return split_html(data, **kwargs)
    return split(data, **kwargs)


#: One input's outcome: its page, or the type name and message of the error that stopped it.
Outcome = Page | tuple[str, str]


def limit_message(exc: LimitError) -> str:
    """The library names its keyword (``max_depth=50``); here the limit is a flag (``--max-depth 50``)."""
    text = LIMIT_TEXTS.get(exc.limit or "")
    return str(exc) if text is None or exc.allowed is None else text.format(limit=exc.allowed)


def split_path(path: str, options: Options) -> Outcome:
    """Read and split one input; an input error is returned, not raised (a worker process reports it)."""
    try:
        return split_input(read_input(path, options.max_chars), options)
    except LimitError as exc:
        return type(exc).__name__, limit_message(exc)
    except (PagesplitError, OSError) as exc:
        return type(exc).__name__, str(exc)
    except MemoryError:  # one input too large for this machine: the batch goes on
        return "MemoryError", OUT_OF_MEMORY_TEXT


def _split_alone(path: str, options: Options) -> Outcome:
    """One input in a worker process of its own: its outcome, or a ``WorkerError`` when it kills the worker."""
    alone = ProcessPoolExecutor(max_workers=1)
    try:
        return alone.submit(split_path, path, options).result()
    except BrokenProcessPool:
        return "WorkerError", WORKER_DIED_TEXT
    finally:
        alone.shutdown(wait=False, cancel_futures=True)


def _outcomes(paths: list[str], options: Options, jobs: int) -> Iterator[Outcome]:
    """Each input's outcome, in input order; with ``jobs`` > 1 split in that many worker processes, reading a
    bounded number of inputs ahead (stdin is read here, in its turn). When a worker dies (killed, out of
    memory), the input at the head of the queue is split again alone, to tell whether it was the cause (then it
    fails with a ``WorkerError``), and the inputs queued behind it go to a new pool."""
    if jobs <= 1 or len(paths) <= 1:
        yield from (split_path(path, options) for path in paths)
        return
    workers = min(jobs, len(paths))
    pool = ProcessPoolExecutor(max_workers=workers)
    ahead: deque[tuple[str, Future[Outcome] | Outcome]] = deque()
    pending = iter(paths)
    try:
        while True:
            for path in islice(pending, max(0, jobs * INPUTS_AHEAD_PER_JOB - len(ahead))):
                ahead.append((path, split_path(path, options) if path == STDIN
                              else pool.submit(split_path, path, options)))
            if not ahead:
                return
            path, done = ahead.popleft()
            if not isinstance(done, Future):
                yield done
                continue
            try:
                yield done.result()
            except BrokenProcessPool:  # every unfinished input fails with it: find out whether this one did it
                pool.shutdown(wait=False, cancel_futures=True)
                yield _split_alone(path, options)
                pool = ProcessPoolExecutor(max_workers=workers)
                ahead = deque((queued, outcome if not isinstance(outcome, Future)
                               else pool.submit(split_path, queued, options)) for queued, outcome in ahead)
    finally:  # also on Ctrl-C or a closed pipe: drop the queued inputs, do not wait for them
        pool.shutdown(wait=False, cancel_futures=True)


def _terminal_width() -> int:
    return shutil.get_terminal_size((render.DEFAULT_WIDTH, 24)).columns


class _Progress:
    """'[3/120] path' on stderr, rewritten in place; only for several inputs on a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.enabled = total > 1 and sys.stderr.isatty()

    def show(self, number: int, path: str) -> None:
        if self.enabled:
            line = render.shorten(f"[{number}/{self.total}] {path}", _terminal_width() - 1)
            sys.stderr.write("\r\x1b[K" + line)
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()

    def message(self, text: str) -> None:
        self.clear()
        print(text, file=sys.stderr)


class _Output:
    """Writes each input's result to stdout in the chosen format, with separators between inputs."""

    def __init__(self, fmt: render.Format, total: int, width: int, *, batch: bool) -> None:
        self.fmt, self.total, self.width = fmt, total, width
        self.as_array = fmt == "json" and batch  # --json stays one document for a batch, an array even of one
        self.headed = total > 1 and fmt not in ("json", "jsonl")
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
        head = f"==> {path} <==\n" if self.headed else ""
        gap = "\n" if self.headed and self.count < self.total else ""
        self._write(head + rendered + ("" if not rendered or rendered.endswith("\n") else "\n") + gap)

    def error(self, path: str, error_type: str, message: str) -> None:
        self.count += 1
        if self.fmt in ("json", "jsonl"):
            self._record(render.failure_record(path, error_type, message))

    def close(self) -> None:
        if self.as_array:
            self._write("[]\n" if self.count == 0 else "\n]\n")


def is_batch(targets: Sequence[str]) -> bool:
    """Several inputs, or a directory (however many files it holds today): a batch, printed as JSON lines
    when piped, so a daily job reads the same shape on the day a folder holds one file."""
    return len(targets) > 1 or any(target != STDIN and Path(target).is_dir() for target in targets)


def run(targets: Sequence[str], options: Options, glob: str, jobs: int = 1) -> int:
    """Split every input and print it; returns the exit status."""
    paths = list(iter_inputs(targets, glob))
    if not paths:
        return 1
    fmt = options.fmt
    if fmt is None:
        fmt = "summary" if sys.stdout.isatty() else ("jsonl" if is_batch(targets) else "json")
    output = _Output(fmt, len(paths), _terminal_width() if sys.stdout.isatty() else render.DEFAULT_WIDTH,
                     batch=is_batch(targets))
    progress = _Progress(len(paths))
    failed = 0
    for number, (path, page) in enumerate(zip(paths, _outcomes(paths, options, jobs), strict=True), 1):
        progress.show(number, path)
        if not isinstance(page, Page):
            error_type, message = page
            failed += 1
            progress.message(FAILED_TEXT.format(path=path, type=error_type, message=message))
            output.error(path, error_type, message)
            continue
        progress.clear()
        if fmt in ("text", "markdown") and page.article is None:
            progress.message(NO_ARTICLE_TEXT.format(path=path))
        try:
            output.page(path, page)
        except (BrokenPipeError, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug in rendering this page: an error record, the batch goes on
            if options.debug:
                raise
            failed += 1
            message = f"rendering failed: {type(exc).__name__}: {exc}"
            progress.message(FAILED_TEXT.format(path=path, type="InternalError", message=message))
            output.error(path, "InternalError", message)
    output.close()
    progress.clear()
    if failed and len(paths) > 1:
        print(SUMMARY_FAILED_TEXT.format(failed=failed, total=len(paths)), file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting (argparse usage errors give 2)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on usage errors (2)
        return exc.code if isinstance(exc.code, int) else 2
    for flag, value, least in (("--max-chars", args.max_chars, 1), ("--jobs", args.jobs, 0),
                               ("--max-depth", args.max_depth, 1), ("--max-attributes", args.max_attributes, 1),
                               ("--max-elements", args.max_elements, 1), ("--max-lines", args.max_lines, 1),
                               ("--max-blocks", args.max_blocks, 1)):
        if value < least:
            parser.print_usage(sys.stderr)
            print(f"pagesplit: error: {flag} must be {'positive' if least else 'zero or more'}", file=sys.stderr)
            return 2
    if args.max_seconds is not None and not args.max_seconds > 0:
        parser.print_usage(sys.stderr)
        print("pagesplit: error: --max-seconds must be positive", file=sys.stderr)
        return 2
    limits = Limits(max_chars=args.max_chars, max_depth=args.max_depth, max_attributes=args.max_attributes,
                    max_elements=args.max_elements, max_lines=args.max_lines, max_blocks=args.max_blocks,
                    max_seconds=args.max_seconds)
    options = Options(fmt=args.fmt, mode=args.mode, url=args.url, charset=args.charset,
                      explain=args.fmt == "explain", max_chars=args.max_chars, limits=limits, debug=args.debug)
    return run(args.inputs, options, args.glob, jobs=args.jobs or os.cpu_count() or 1)


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
