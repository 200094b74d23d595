"""HTML-mode speed on the dev pages, beside lxml alone and beside trafilatura, measured in the same run.

    python benchmarks/bench_html.py [--shared ../shared] [--corpora sh,tf,rd] [--limit N]

Every dev page (``eval/dev/<corpus>/*.html.gz``, the UTF-8 text) is decompressed first, then each
page is timed one call at a time, in this process, with four functions:

- ``parse``: ``lxml.html.fromstring(html)``, the least any HTML extractor must do (UTF-8 bytes for the
  few pages whose ``<?xml encoding=…?>`` declaration lxml refuses in a ``str``);
- ``parse+walk``: the same plus a bare text walk (``"".join(root.itertext())``);
- ``parse+touch``: the parse plus a Python loop that reads each node's tag, attributes, text and tail
  once and does nothing with them: the floor of any walk written in Python that reads the markup (the
  DOM evidence pagesplit collects needs at least that), shown so the ratios above can be read against it;
- ``pagesplit``: ``pagesplit.split_html(html)``;
- ``trafilatura``: ``trafilatura.extract(html)`` when trafilatura is importable (skipped otherwise).

The table gives pages per second, median and p95 milliseconds per page for each, then the ratios of
the medians: pagesplit / parse, pagesplit / parse+walk, pagesplit / parse+touch and pagesplit / trafilatura
(issue 15 asks for at most 4x parse+touch and at most 0.45x trafilatura). Machines are noisy: compare
figures within one run, not across runs.

Memory, after the timings (untimed: tracing slows every allocation): each page's peak of the Python heap
during one ``split_html`` call (``tracemalloc``), against the page's size in UTF-8 bytes; the table gives
the median, p95 and largest ratio per corpus and the pages over ``MAX_PEAK_RATIO`` (issue 15's bound).
lxml's own tree lives in libxml2's C heap, which ``tracemalloc`` does not see. ``--per-page FILE`` writes
every page's figures (corpus, file, bytes, milliseconds, peak KiB, ratio) as tab-separated lines.
Text mode has its own benchmark, ``benchmarks/bench_text.py``.
This is not a test.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tracemalloc
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import lxml.html
from timing import p95, time_each

import pagesplit

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CORPORA = ("sh", "tf", "rd")
#: Each timing is the best of this many calls: the first call of a page may pay for cache misses.
REPEATS = 3
#: Issue 15's bound on a call's peak memory, in multiples of the page's size.
MAX_PEAK_RATIO = 30


#: For the few pages lxml refuses as ``str`` (an ``<?xml … encoding=…?>`` declaration): UTF-8 bytes.
UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def parse(html: str | bytes) -> object:
    """The least any HTML extractor must do: build the tree."""
    if isinstance(html, bytes):
        return lxml.html.fromstring(html, parser=UTF8_PARSER)
    return lxml.html.fromstring(html)


def parse_walk(html: str | bytes) -> str:
    """Build the tree and walk its text once."""
    return "".join(parse(html).itertext())  # type: ignore[attr-defined]


def parse_touch(html: str | bytes) -> int:
    """Build the tree and read every node's tag, attributes, text and tail from Python, once."""
    nodes = 0
    for el in parse(html).iter():  # type: ignore[attr-defined]
        el.tag, el.items(), el.text, el.tail  # reading them is the work measured
        nodes += 1
    return nodes


def lxml_input(html: str) -> str | bytes:
    """What the baselines get: the text, or its UTF-8 bytes when lxml refuses the text (decided untimed)."""
    try:
        lxml.html.fromstring(html)
    except ValueError:
        return html.encode("utf-8")
    return html


def trafilatura_extract() -> Callable[[str], object] | None:
    """``trafilatura.extract`` when it is installed, else None."""
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura.extract


def load(shared: Path, corpora: tuple[str, ...], limit: int | None,
         names: list[str] | None = None) -> list[tuple[str, str]]:
    """(corpus, html) for the dev pages, decompressed and decoded before any timing; their file names are
    appended to ``names`` when given."""
    pages: list[tuple[str, str]] = []
    for corpus in corpora:
        paths = sorted(p for p in (shared / "eval" / "dev" / corpus).glob("*.html.gz")
                       if not p.name.endswith(".orig.html.gz"))
        for path in paths[:limit]:
            pages.append((corpus, gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")))
            if names is not None:
                names.append(path.name)
    return pages


def peak_bytes(html: str) -> int:
    """The Python heap's peak during one ``split_html`` call, above what was allocated before it."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        pagesplit.split_html(html)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def memory_table(loaded: list[tuple[str, str]], corpora: tuple[str, ...]) -> list[int]:
    """Print each corpus's peak-to-size ratios (median, p95, largest, pages over the bound); returns the peaks."""
    peaks = [peak_bytes(html) for _, html in loaded]
    sizes = [len(html.encode("utf-8")) for _, html in loaded]
    head = (f"{'corpus':<8} {'pages':>5} {'peak/size median':>17} {'p95':>6} {'max':>6} "
            f"{f'over {MAX_PEAK_RATIO}x':>9} {'peak KiB median':>16}")
    print(f"\nPython heap peak per page (tracemalloc; lxml's C tree not traced) / page size in UTF-8 bytes\n{head}")
    print("-" * len(head))
    for corpus in (*corpora, "all"):
        picked = [i for i, (name, _) in enumerate(loaded) if corpus in ("all", name)]
        if not picked or (corpus == "all" and len(corpora) == 1):
            continue
        ratios = [peaks[i] / max(sizes[i], 1) for i in picked]
        print(f"{corpus:<8} {len(picked):>5} {statistics.median(ratios):>17.1f} {p95(ratios):>6.1f} "
              f"{max(ratios):>6.1f} {sum(r > MAX_PEAK_RATIO for r in ratios):>9} "
              f"{statistics.median(peaks[i] for i in picked) / 1024:>16,.0f}")
    return peaks


def row(name: str, times: list[float]) -> str:
    return (f"{name:<12} {len(times):>5} {len(times) / (sum(times) / 1000):>8.0f} "
            f"{statistics.median(times):>10.2f} {p95(times):>8.2f}")


def ratio(ours: list[float], base: list[float] | None) -> str:
    return f"{statistics.median(ours) / statistics.median(base):.2f}" if base else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    parser.add_argument("--per-page", type=Path, default=None, help="write each page's figures here (TSV)")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "dev").is_dir():
        print(f"no dev corpus under {args.shared}/eval/dev: nothing to measure", file=sys.stderr)
        return 1
    corpora = tuple(args.corpora.split(","))
    extract = trafilatura_extract()
    peer = f"trafilatura {metadata.version('trafilatura')}" if extract else "trafilatura not installed: skipped"
    print(f"pagesplit {metadata.version('pagesplit')} HTML mode on {args.shared}/eval/dev ({'+'.join(corpora)}), "
          f"Python {sys.version.split()[0]}, lxml {lxml.__version__}, {peer}; best of {REPEATS} per page\n")
    head = (f"{'corpus':<8} {'timer':<12} {'pages':>5} {'pages/s':>8} {'median ms':>10} {'p95 ms':>8}")
    ratios = (f"{'corpus':<8} {'pages':>5} {'x parse':>8} {'x parse+walk':>13} {'x parse+touch':>14} "
              f"{'x trafilatura':>14} {'touch x parse+walk':>19}")
    results: list[tuple[str, int, list[float], list[float], list[float], list[float] | None, list[float]]] = []
    print(head)
    print("-" * len(head))
    names: list[str] = []
    loaded = load(args.shared, corpora, args.limit, names)
    if not loaded:
        print("no pages")
        return 1
    pagesplit.split_html(loaded[0][1])  # load and compile the lexicons outside the timing
    if extract is not None:
        extract(loaded[0][1])
    for corpus in corpora:
        pages = [html for name, html in loaded if name == corpus]
        if not pages:
            print(f"{corpus:<8} no pages")
            continue
        peer_times = time_each(extract, pages, REPEATS) if extract is not None else None
        raw = [lxml_input(html) for html in pages]
        results.append((corpus, len(pages), time_each(parse, raw, REPEATS), time_each(parse_walk, raw, REPEATS),
                        time_each(pagesplit.split_html, pages, REPEATS), peer_times,
                        time_each(parse_touch, raw, REPEATS)))
    if len(results) > 1:  # every page of the run, from the timings above
        results.append(("all", sum(r[1] for r in results), *(
            [t for r in results for t in r[i]] for i in (2, 3, 4)),
            None if extract is None else [t for r in results for t in r[5] or []],
            [t for r in results for t in r[6]]))
    for corpus, _, base, walk, ours, peer_times, touch in results:
        for name, times in (("parse", base), ("parse+walk", walk), ("parse+touch", touch), ("pagesplit", ours),
                            ("trafilatura", peer_times)):
            if times is not None:
                print(f"{corpus:<8} {row(name, times)}")
    print()
    print(ratios)
    print("-" * len(ratios))
    for corpus, n, base, walk, ours, peer_times, touch in results:
        print(f"{corpus:<8} {n:>5} {ratio(ours, base):>8} {ratio(ours, walk):>13} {ratio(ours, touch):>14} "
              f"{ratio(ours, peer_times):>14} {ratio(touch, walk):>19}")
    peaks = memory_table(loaded, corpora)
    if args.per_page is not None:
        ours_all = [t for r in results if r[0] != "all" for t in r[4]]  # in corpus order, as ``loaded``
        with args.per_page.open("w", encoding="utf-8") as out:
            out.write("corpus\tfile\tbytes\tms\tpeak_kib\tpeak_ratio\n")
            for (corpus, html), name, ms, peak in zip(loaded, names, ours_all, peaks, strict=True):
                size = len(html.encode("utf-8"))
                out.write(f"{corpus}\t{name}\t{size}\t{ms:.3f}\t{peak / 1024:.1f}\t{peak / max(size, 1):.2f}\n")
    print(f"\n{'text':<8} see benchmarks/bench_text.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
