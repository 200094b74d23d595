"""The unseen-dump probe: the dev pages dumped by tools the dev corpus has no dumps of.

    python benchmarks/dump_probe.py OUT_DIR --styles elinks,html2text [--corpus ../shared/eval/dev]
    python ../shared/eval/score.py --corpus OUT_DIR/elinks --extractor pagesplit --mode text --dump w3m --folds

Held-out sets include a dump style the dev corpus does not have. This probe renders each dev page's HTML
with another tool and writes the dump where ``score.py --dump w3m`` reads one (``ID.w3m.txt.gz``), beside
links to the page's truth, HTML and teaser annotations, so each style is scored like a dev dump, fold by fold.
The tools are the caller's to install (none is a dependency of pagesplit): ``elinks``, ``links``, ``lynx``
(with its list of links, which the dev lynx dumps leave out), ``pandoc`` from the system's packages;
``html2text`` and ``inscriptis`` from PyPI. A style whose tool is missing is reported and skipped.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pagesplit import ingest

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
#: A tool that has not printed a page in this many seconds has hung on it: the page's dump is empty.
TOOL_TIMEOUT_S = 120
#: The name ``score.py --dump w3m`` reads: any style goes in under it.
DUMP_SUFFIX = ".w3m.txt.gz"


def _run(command: list[str], html: str) -> str:
    done = subprocess.run(command, input=html.encode("utf-8"), capture_output=True, timeout=TOOL_TIMEOUT_S)
    return done.stdout.decode("utf-8", "replace")


def _elinks(html: str) -> str:
    return _run(["elinks", "-dump", "-dump-charset", "utf-8", "-force-html",
                 "-eval", 'set document.codepage.assume = "utf-8"',
                 "-eval", "set document.codepage.force_assumed = 1", "/dev/stdin"], html)


def _links(html: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as page:  # links reads no stdin
        page.write(html)
        page.flush()
        return _run(["links", "-dump", "-codepage", "utf-8", "-html-assume-codepage", "utf-8",
                     "-html-hard-assume", "1", page.name], "")


def _lynx_with_links(html: str) -> str:
    return _run(["lynx", "-dump", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8", "-stdin"], html)


def _pandoc(html: str) -> str:
    return _run(["pandoc", "-f", "html", "-t", "plain"], html)


def _html2text(html: str) -> str:
    return str(importlib.import_module("html2text").HTML2Text().handle(html))


def _inscriptis(html: str) -> str:
    return str(importlib.import_module("inscriptis").get_text(html))


#: style -> (how to render a page, what must be installed: a command on PATH or a module).
STYLES: dict[str, tuple[Callable[[str], str], str]] = {
    "elinks": (_elinks, "elinks"),
    "links": (_links, "links"),
    "lynxrefs": (_lynx_with_links, "lynx"),
    "pandoc": (_pandoc, "pandoc"),
    "html2text": (_html2text, "module:html2text"),
    "inscriptis": (_inscriptis, "module:inscriptis"),
}


def installed(style: str) -> bool:
    need = STYLES[style][1]
    if need.startswith("module:"):
        return importlib.util.find_spec(need.removeprefix("module:")) is not None
    return shutil.which(need) is not None


def _dump(job: tuple[str, Path, Path]) -> str | None:
    """Render one page; the error, if its tool failed on it (its dump is then empty)."""
    style, page, target = job
    html = ingest.decode(gzip.decompress(page.read_bytes())).text
    error = None
    try:
        text = STYLES[style][0](html)
    except (subprocess.SubprocessError, OSError, ValueError) as failure:
        text, error = "", f"{page.name}: {failure}"
    target.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return error


def build(corpus: Path, out: Path, style: str, workers: int) -> tuple[int, list[str]]:
    """Write the probe of one style under ``out/style``: (pages dumped, the tool's failures)."""
    jobs: list[tuple[str, Path, Path]] = []
    for source in sorted(corpus.glob("*/*")):
        if source.name.endswith((".txt.gz", ".txt")):  # the dev dumps: the probe has its own
            continue
        target = out / style / source.parent.name / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink() or target.exists():
            target.unlink()
        target.symlink_to(source.resolve())
        if source.name.endswith(".html.gz") and source.with_name(source.name[: -len(".html.gz")] + ".json").exists():
            jobs.append((style, source, target.with_name(source.name[: -len(".html.gz")] + DUMP_SUFFIX)))
    with ProcessPoolExecutor(workers) as pool:
        errors = [error for error in pool.map(_dump, jobs, chunksize=4) if error]
    return len(jobs), errors


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write one probe corpus per style to")
    parser.add_argument("--styles", default=",".join(STYLES), help=f"comma-separated, of {', '.join(STYLES)}")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus whose pages to dump (dev)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    styles = [style for style in args.styles.split(",") if style]
    unknown = [style for style in styles if style not in STYLES]
    if unknown:
        parser.error(f"unknown style {', '.join(unknown)}; known: {', '.join(STYLES)}")
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    for style in styles:
        if not installed(style):
            print(f"{style}: skipped, {STYLES[style][1].removeprefix('module:')} is not installed")
            continue
        pages, errors = build(args.corpus, args.out, style, args.workers)
        print(f"{style}: {pages} pages dumped under {args.out / style}, {len(errors)} failed")
        for error in errors[:5]:
            print(f"  {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
