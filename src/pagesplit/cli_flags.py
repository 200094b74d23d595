"""The ``pagesplit`` command's flags: the argument parser, the parsers of flag values (sizes, times, shards),
the checks of flag combinations argparse cannot make, and each library limit worded with the flag that sets it."""

from __future__ import annotations

import argparse
from datetime import datetime

from pagesplit import COMPILED, __version__
from pagesplit.api import DEFAULT_MAX_CHARS
from pagesplit.batch.items import fetch_time
from pagesplit.batch.read import PAGE_FIELDS
from pagesplit.batch.run import DEFAULT_TIME_LIMIT
from pagesplit.errors import LimitError
from pagesplit.limits import DEFAULT_LIMITS
from pagesplit.version import COMPILE_FALLBACK

EPILOG = """\
output, when no format is chosen: a summary on a terminal; otherwise one JSON object for one file
(or stdin), JSON lines for a directory or several inputs (even when a directory holds one file).
--glob matches file names at any depth ('*.txt.gz'); a pattern with a '/' matches paths under the directory.
.jsonl/.ndjson files hold a page a line; .warc/.wet files (pagesplit[warc]) a page per HTML response.
exit status: 0 all inputs split, 1 some inputs failed (reported, the batch goes on; also a single input that
failed), 2 usage error, 3 none of two or more inputs split, 130 interrupted (every line written is whole).
"""
#: Which build runs, shown by ``--version``: mypyc-compiled hot modules or pure Python (``setup.py``).
BUILD = ("compiled with mypyc" if COMPILED else "pure Python"
         + (f"; the compiled build fell back: {COMPILE_FALLBACK}" if COMPILE_FALLBACK else ""))
#: The default ``--glob``: every file, at any depth.
ALL_FILES = "*"
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
#: Size suffixes of ``--max-worker-memory``.
SIZE_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


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


def usage_problem(args: argparse.Namespace) -> str | None:
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


def limit_text(limit: str | None, allowed: float | None) -> str | None:
    """A limit worded with the flag that sets it (``--max-depth 50``), or None for a limit without a flag."""
    text = LIMIT_TEXTS.get(limit or "")
    return None if text is None or allowed is None else text.format(limit=allowed)


def limit_message(exc: LimitError) -> str:
    """The library names its keyword (``max_depth=50``); here the limit is a flag (``--max-depth 50``)."""
    return limit_text(exc.limit, exc.allowed) or str(exc)
