"""The markup-shape probe: the dev corpus with the shape of each page's markup changed, its text and names kept.

    python benchmarks/shape_probe.py OUT_DIR [--corpus ../shared/eval/dev] [--only wrap,unwrap,rows,lines]
    python ../shared/eval/score.py --corpus OUT_DIR --extractor pagesplit --mode html --folds --json probe.json

Held-out pages come from sites whose templates nest the same parts differently: a card sits one ``<div>``
deeper on one site than on another, a story's paragraphs have a wrapper around each or none, a sidebar's lines
are ``<br>``-separated instead of ``<p>``s. The names probe takes the vocabulary away and the era probe the
modern tags; this probe keeps both and changes only the tree, in ways a browser lays out the same:

``wrap``
    some blocks (paragraphs, headings, lists, containers, the content of list items) get an extra ``<div>``
    around them;
``unwrap``
    some ``<div>``\\ s that hold one block and no text of their own are taken away (their classes join the
    child's, their ``id`` goes to a child without one: the names stay, only the depth changes);
``rows``
    some runs of four or more alike siblings (records of a list) are split into rows of two or three, each row
    a ``<div>``: the records sit one level deeper, in groups, as grid layouts write them;
``lines``
    in some boxes of two or more paragraphs, each ``<p>`` becomes a line: a ``<span>`` (with the paragraph's
    attributes) ended by a ``<br>``.

Which elements change is drawn from a generator seeded by the page's own bytes, so the probe is the same on every
run and every machine. ``<head>`` is kept and the text of the body stays word for word the same, so the truth, the
dumps and the teaser annotations are linked as they are and ``score.py`` scores the probe like dev, fold by fold
(see ``docs/design.md``, "Measuring generalization"). ``--only`` writes the probe of some transforms alone, to
tell which shape a failure comes from.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import lxml.html
from era_probe import settable_text
from names_probe import DEFAULT_CORPUS, build, rewrite

Transform = Callable[[lxml.html.HtmlElement, random.Random], None]

#: Containers whose children a ``<div>`` may be put around (flow content: a ``<div>`` inside is valid and laid
#: out the same).
FLOW_PARENTS = frozenset({"body", "div", "section", "article", "main", "aside", "nav", "header", "footer", "li",
                          "td", "th", "blockquote", "form", "figure", "dd"})
#: Blocks ``wrap`` puts a ``<div>`` around.
WRAPPABLE = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "div", "section",
                       "article", "aside", "nav", "header", "footer", "figure", "blockquote", "form"})
#: Blocks a wrapper ``unwrap`` takes away may hold (a wrapper around an inline is a line of its own: taking it
#: away could run its text into its neighbours').
BLOCKS = WRAPPABLE | {"main", "pre", "hr", "address"}
#: The attributes ``unwrap`` takes a wrapper with: names, which go to its child (any other, a ``style`` or
#: ``hidden``, may change how the page shows).
NAME_ATTRIBUTES = frozenset({"class", "id"})
#: Tags whose runs of alike siblings ``rows`` groups (records of a list or grid; ``<li>`` stays in its list).
RECORD_TAGS = frozenset({"div", "article", "section", "a", "figure"})
#: The share of candidates each transform changes: enough that most pages have several changes, few enough that
#: the page keeps most of its own shape (a probe of a different site, not of no site).
WRAP_SHARE = 0.25
UNWRAP_SHARE = 0.5
ROWS_SHARE = 0.5
LINES_SHARE = 0.3
#: The fewest alike siblings ``rows`` reads as a run of records, and the row lengths it draws from.
RUN_MIN = 4
ROW_LENGTHS = (2, 3)


def _has_text(text: str | None) -> bool:
    return bool(text and text.strip())


def _wrap(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A new ``<div>`` in ``element``'s place holding ``element`` (its tail stays outside)."""
    wrapper = lxml.html.Element("div")
    wrapper.tail, element.tail = element.tail, None
    element.addprevious(wrapper)
    wrapper.append(element)
    return wrapper


def wrap_blocks(body: lxml.html.HtmlElement, rng: random.Random) -> None:
    """Some blocks get a ``<div>`` around them; some list items get one around their content."""
    candidates = [element for element in body.iter() if isinstance(element.tag, str) and element is not body]
    for element in candidates:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tag == "li" and (len(element) or _has_text(element.text)) and rng.random() < WRAP_SHARE:
            inner = lxml.html.Element("div")
            inner.text, element.text = element.text, None
            for child in list(element):
                inner.append(child)
            element.append(inner)
        elif element.tag in WRAPPABLE and parent.tag in FLOW_PARENTS and rng.random() < WRAP_SHARE:
            _wrap(element)


def unwrap_single(body: lxml.html.HtmlElement, rng: random.Random) -> None:
    """Some ``<div>``\\ s that hold one block and no text of their own are taken away, the block in their place."""
    for wrapper in [element for element in body.iter("div")]:
        children = [child for child in wrapper if isinstance(child.tag, str)]
        if (len(children) != 1 or len(wrapper) != 1 or children[0].tag not in BLOCKS or _has_text(wrapper.text)
                or _has_text(children[0].tail) or wrapper.getparent() is None
                or not set(wrapper.attrib) <= NAME_ATTRIBUTES):  # a style or ``hidden`` says how it shows
            continue
        if rng.random() >= UNWRAP_SHARE:
            continue
        child = children[0]
        if wrapper.get("class"):
            child.set("class", " ".join(filter(None, (child.get("class"), wrapper.get("class")))))
        if wrapper.get("id") and not child.get("id"):
            child.set("id", wrapper.get("id"))
        child.tail = None
        wrapper.drop_tag()


def _alike_runs(parent: lxml.html.HtmlElement) -> list[list[lxml.html.HtmlElement]]:
    """The runs of siblings of one record tag and class, no text between them."""
    runs: list[list[lxml.html.HtmlElement]] = []
    run: list[lxml.html.HtmlElement] = []
    for child in parent:
        alike = (isinstance(child.tag, str) and child.tag in RECORD_TAGS and bool(run)
                 and child.tag == run[-1].tag and child.get("class") == run[-1].get("class")
                 and not _has_text(run[-1].tail))
        if alike:
            run.append(child)
            continue
        if len(run) >= RUN_MIN:
            runs.append(run)
        run = [child] if isinstance(child.tag, str) and child.tag in RECORD_TAGS else []
    if len(run) >= RUN_MIN:
        runs.append(run)
    return runs


def records_in_rows(body: lxml.html.HtmlElement, rng: random.Random) -> None:
    """Some runs of alike records are split into rows of two or three, each row a ``<div>``."""
    for parent in [element for element in body.iter() if isinstance(element.tag, str) and element.tag in FLOW_PARENTS]:
        for run in _alike_runs(parent):
            if rng.random() >= ROWS_SHARE:
                continue
            length = rng.choice(ROW_LENGTHS)
            for start in range(0, len(run), length):
                row = _wrap(run[start])
                for record in run[start + 1:start + length]:
                    row.tail, record.tail = (row.tail or "") + (record.tail or ""), None
                    row.append(record)


def paragraphs_as_lines(body: lxml.html.HtmlElement, rng: random.Random) -> None:
    """In some boxes of two or more paragraphs, each ``<p>`` becomes a line: a ``<span>`` with its attributes,
    ended by a ``<br>``."""
    boxes = [element for element in body.iter() if isinstance(element.tag, str) and element.tag in FLOW_PARENTS
             and sum(1 for child in element if child.tag == "p") >= 2]
    for box in boxes:
        if rng.random() >= LINES_SHARE:
            continue
        for paragraph in [child for child in box if child.tag == "p"]:
            previous = paragraph.getprevious()
            glued = _has_text(previous.tail) if previous is not None else _has_text(box.text)
            if glued:
                paragraph.addprevious(lxml.html.Element("br"))
            paragraph.tag = "span"  # its attributes stay: its names, and whatever hides it
            after = lxml.html.Element("br")
            after.tail, paragraph.tail = paragraph.tail, None
            paragraph.addnext(after)


#: The transforms by name, in the order they run: wrappers are taken away before any are added, so that ``wrap``
#: and ``unwrap`` do not undo each other.
TRANSFORMS: dict[str, Transform] = {
    "unwrap": unwrap_single,
    "rows": records_in_rows,
    "lines": paragraphs_as_lines,
    "wrap": wrap_blocks,
}


def reshape(html: bytes, names: Sequence[str] = tuple(TRANSFORMS)) -> bytes:
    """The page with the shape of its body changed by the transforms ``names``; its text, names and ``<head>``
    unchanged. Each transform draws from its own generator, seeded by the page's bytes and its name."""
    digest = hashlib.sha256(html).hexdigest()

    def seeded(name: str) -> Callable[[lxml.html.HtmlElement], None]:
        return lambda body: TRANSFORMS[name](body, random.Random(f"{digest}:{name}"))

    chosen = [name for name in TRANSFORMS if name in names]
    return rewrite(html, (settable_text, *(seeded(name) for name in chosen)))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the probe corpus to")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus to reshape (dev)")
    parser.add_argument("--only", default=",".join(TRANSFORMS),
                        help=f"comma-separated transforms to apply (default all: {','.join(TRANSFORMS)})")
    args = parser.parse_args(argv)
    names = [name for name in args.only.split(",") if name]
    unknown = sorted(set(names) - set(TRANSFORMS))
    if unknown:
        parser.error(f"unknown transforms: {', '.join(unknown)}")
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    pages = build(args.corpus, args.out, partial(reshape, names=names))
    print(f"{pages} pages reshaped ({', '.join(names)}) under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
