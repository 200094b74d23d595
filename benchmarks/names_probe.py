"""The names-stripped probe: the dev corpus with the page's own vocabulary taken out of its markup.

    python benchmarks/names_probe.py OUT_DIR [--corpus ../shared/eval/dev]
    python ../shared/eval/score.py --corpus OUT_DIR --extractor pagesplit --mode html --folds --json probe.json

Held-out pages come from sites whose class names, ids and landmark tags no rule has seen, and from an older era
of markup that has none of them. This probe asks how much pagesplit leans on such names: in each page's
``<body>``, the HTML5 sectioning tags become ``<div>`` (``<time>`` and ``<mark>`` become ``<span>``), and the
``class``, ``id``, ``role``, microdata, ``aria-*`` and ``data-*`` attributes go. ``<head>`` is kept (its
metadata is no site vocabulary a splitter could overfit: it is the page's own statement of title, date and
author). The ground truth, the dumps and the teaser annotations are linked, not copied, so ``score.py`` scores
the probe exactly like dev, fold by fold.

A change that raises dev but not the probe leans on names; the probe's folds rising while dev's stay flat is
evidence that a change generalizes (see ``docs/design.md``, "Measuring generalization").
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import lxml.html
import regex

from pagesplit import ingest

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
#: Tags that name a part of the page (HTML5 sectioning and grouping), read as a plain container.
NAMED_BLOCKS = frozenset({"article", "main", "header", "footer", "nav", "aside", "section", "figure",
                          "figcaption", "hgroup", "address"})
#: Inline tags that name what they hold, read as a plain span.
NAMED_INLINES = frozenset({"time", "mark"})
#: Attributes that carry a site's own vocabulary.
NAMED_ATTRIBUTES = frozenset({"class", "id", "role", "itemprop", "itemtype", "itemscope", "itemid"})
NAMED_ATTRIBUTE_PREFIXES = ("aria-", "data-")
#: lxml parses no ``str`` that declares its encoding.
XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")


def _is_named(attribute: str) -> bool:
    return attribute in NAMED_ATTRIBUTES or attribute.startswith(NAMED_ATTRIBUTE_PREFIXES)


def _declares_charset(element: lxml.html.HtmlElement) -> bool:
    return element.get("charset") is not None or (element.get("http-equiv") or "").lower() == "content-type"


def strip_body(body: lxml.html.HtmlElement) -> None:
    """Take the names out of ``body``: sectioning tags become ``<div>`` / ``<span>``, named attributes go."""
    for element in body.iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            continue
        if element.tag in NAMED_BLOCKS:
            element.tag = "div"
        elif element.tag in NAMED_INLINES:
            element.tag = "span"
        for attribute in [name for name in element.attrib if _is_named(name)]:
            del element.attrib[attribute]


def rewrite(html: bytes, body_transforms: Sequence[Callable[[lxml.html.HtmlElement], None]]) -> bytes:
    """The page with each of ``body_transforms`` applied to its ``<body>`` in turn; its ``<head>`` unchanged.

    The page is decoded as pagesplit decodes it and written as UTF-8, declared in a ``<meta charset>`` that
    replaces the page's own declaration: its text is read back as it was, whatever it was encoded in.
    """
    text = ingest.decode(html).text
    document = lxml.html.document_fromstring(XML_DECLARATION.sub("", text, count=1))
    head = document.find("head")
    if head is not None:
        for meta in [meta for meta in head.iter("meta") if _declares_charset(meta)]:
            meta.drop_tree()
        head.insert(0, lxml.html.Element("meta", charset="utf-8"))
    body = document.find("body")
    if body is not None:
        for transform in body_transforms:
            transform(body)
    return str(lxml.html.tostring(document, encoding="unicode", doctype="<!DOCTYPE html>")).encode("utf-8")


def strip_names(html: bytes) -> bytes:
    """The page with the names of its body's parts taken away; its text and its ``<head>`` unchanged."""
    return rewrite(html, (strip_body,))


def build(corpus: Path, out: Path, rewrite_page: Callable[[bytes], bytes] = strip_names) -> int:
    """Write the probe of ``corpus`` under ``out``, each page rewritten by ``rewrite_page``; returns how many
    pages it rewrote. Everything else (truth, dumps, teaser annotations) is linked, not copied."""
    pages = 0
    for source in sorted(corpus.glob("*/*")):
        target = out / source.parent.name / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink() or target.exists():
            target.unlink()
        if source.name.endswith(".html.gz"):
            target.write_bytes(gzip.compress(rewrite_page(gzip.decompress(source.read_bytes())), mtime=0))
            pages += 1
        else:
            target.symlink_to(source.resolve())
    return pages


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the probe corpus to")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus to strip (dev)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    pages = build(args.corpus, args.out)
    print(f"{pages} pages stripped of their names under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
