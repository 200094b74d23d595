"""Does the title depend on meta tags? Strip ``<meta>`` and JSON-LD from the dev pages and compare.

    python benchmarks/meta_strip.py [--shared ../shared] [--corpora sh,rd] [--show N]

For every dev page of the corpora (sh and rd by default: news and blog pages with one story each), the
page is split twice: as it is, and with every ``<meta>`` element and every ``application/ld+json`` script
removed (both after the same lxml round trip, so only the stripping differs). Counted are the pages
whose ``<h1>`` is the headline (the block marked ``article.title`` is an ``<h1>`` in the page as it is),
and among them those whose ``article.title`` changes when the metadata is gone. A title read from the
page itself should not change (issue 12 asks for at most 2%). This is not a test.

Titles are compared normalized, with typographic quotes and dashes folded to plain ones (a declared
"It's" against the shown "It’s" is the same title). The changed titles are grouped by kind:

- ``headline``: the block marked as the title is another one without the metadata (a title-finding error);
- ``declared``: with the metadata, the title is the publisher's declared one (JSON-LD, og:title), which says
  more or other words than the headline shown; nothing on the page says it once the metadata is gone;
- ``title-element``: without the metadata, the ``<title>`` element, which holds the shown headline and more
  ("Story | Section | Site"), is the title, as Readability returns it;
- ``other``.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

import lxml.html

import pagesplit
from pagesplit import Page, Role
from pagesplit.lexicon.lookup_form import normalize

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
#: The issue's bound on the share of h1-headline pages whose title may change.
MAX_CHANGED_SHARE = 0.02
#: Typographic quotes and dashes, and the plain characters they compare as.
_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"',
                              "\u00bb": '"', "\u2013": "-", "\u2014": "-"})
_METADATA = "//meta | //script[translate(normalize-space(@type), 'LDJSON', 'ldjson') = 'application/ld+json']"


def round_trip(html: str, strip: bool) -> str:
    """The page through lxml and back, with its metadata removed when ``strip``."""
    root = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    if strip:
        found = root.xpath(_METADATA)
        for el in found if isinstance(found, list) else []:
            if isinstance(el, lxml.html.HtmlElement):
                el.drop_tree()
    return str(lxml.html.tostring(root, encoding="unicode"))


def title_block(page: Page) -> pagesplit.Block | None:
    return next((b for b in page.blocks if b.role is Role.TITLE), None)


def h1_title(page: Page) -> bool:
    """The block marked as the title is an ``<h1>``."""
    block = title_block(page)
    return block is not None and (block.span.path or "").rsplit("/", 1)[-1].split("[")[0] == "h1"


def same(a: str | None, b: str | None) -> bool:
    """The same title, normalized, typographic quotes and dashes folded."""
    return normalize((a or "").translate(_TYPOGRAPHIC)) == normalize((b or "").translate(_TYPOGRAPHIC))


def kind_of_change(full: Page, bare: Page) -> str:
    """Why the title changed (see the module's docstring)."""
    shown = title_block(full)
    shown_bare = title_block(bare)
    if shown_bare is None or shown is None or not same(shown.text, shown_bare.text):
        return "headline"
    assert full.article is not None
    if not same(full.article.title, shown.text):
        return "declared"
    after = normalize(((bare.article.title if bare.article else "") or "").translate(_TYPOGRAPHIC))
    return "title-element" if normalize(shown.text.translate(_TYPOGRAPHIC)) in after else "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--corpora", default="sh,rd")
    ap.add_argument("--show", type=int, default=10, help="list this many changed titles")
    args = ap.parse_args(argv)
    total_eligible = total_changed = 0
    changed_titles: list[str] = []
    kinds: Counter[str] = Counter()
    for corpus in args.corpora.split(","):
        paths = sorted(p for p in (args.shared / "eval" / "dev" / corpus).glob("*.html.gz")
                       if not p.name.endswith(".orig.html.gz"))
        eligible = changed = 0
        for path in paths:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                html = f.read()
            try:
                full = pagesplit.split_html(round_trip(html, strip=False))
                bare = pagesplit.split_html(round_trip(html, strip=True))
            except (pagesplit.PagesplitError, ValueError) as e:
                print(f"{corpus}/{path.name}: skipped ({type(e).__name__})", file=sys.stderr)
                continue
            if full.article is None or not h1_title(full):
                continue
            eligible += 1
            before = full.article.title or ""
            after = bare.article.title if bare.article is not None else ""
            if not same(before, after):
                changed += 1
                kind = kind_of_change(full, bare)
                kinds[kind] += 1
                changed_titles.append(f"  {corpus} {kind}: {before[:60]!r} -> {(after or '')[:60]!r}")
        share = changed / eligible if eligible else 0.0
        print(f"{corpus}: {len(paths)} pages, {eligible} with the <h1> as headline, title changed on {changed} "
              f"({share:.1%})")
        total_eligible += eligible
        total_changed += changed
    share = total_changed / total_eligible if total_eligible else 0.0
    verdict = "within" if share <= MAX_CHANGED_SHARE else "over"
    print(f"all: {total_changed} of {total_eligible} ({share:.1%}), {verdict} the {MAX_CHANGED_SHARE:.0%} bound")
    print("by kind: " + (", ".join(f"{kind} {n} ({n / total_eligible:.1%})" for kind, n in kinds.most_common())
                         or "none"))
    print("\n".join(changed_titles[:args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
