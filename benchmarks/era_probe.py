"""The older-era probe: the names-stripped probe, with the body's markup written the way 2000s pages wrote it.

    python benchmarks/era_probe.py OUT_DIR [--corpus ../shared/eval/dev] [--tables]
    python ../shared/eval/score.py --corpus OUT_DIR --extractor pagesplit --mode html --folds --json probe.json

Held-out pages include a corpus "of a different era". Pages of the 2000s have no class or landmark vocabulary a
rule could lean on (the names probe takes that away) and they also lack the markup modern pages are split by:
paragraphs are text runs ended by ``<br><br>``, not ``<p>``; a headline is a ``<font size>`` over ``<b>``, not
``<h1>``; emphasis is ``<b>``/``<i>``; and with ``--tables`` the page's parts are laid out as table cells. Every
transform is one function below, applied to each ``<body>`` after ``names_probe`` has read it as pagesplit does;
the text of the page stays word for word the same (a break is added where taking a tag away would glue two words),
so the truth, the dumps and the teaser annotations are linked as they are and ``score.py`` scores the probe like
dev, fold by fold (see ``docs/design.md``, "Measuring generalization").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

import lxml.html
import regex
from names_probe import DEFAULT_CORPUS, build, rewrite, strip_body

Transform = Callable[[lxml.html.HtmlElement], None]

#: Tags a browser lays out on lines of their own: text before one of them is never glued to its text.
BREAKING_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
#: Tags whose content is never shown: they glue nothing.
UNSHOWN_TAGS = frozenset({"script", "style", "noscript", "template"})
#: The ``<font size>`` an older page gave each heading level: the sizes browsers rendered ``<h1>``-``<h3>`` at.
HEADING_FONT_SIZES = {"h1": "6", "h2": "5", "h3": "4"}
#: The emphasis tags of HTML 4's presentational markup, for their HTML5 counterparts.
PRESENTATIONAL = {"strong": "b", "em": "i"}
#: Characters libxml2 keeps in a parsed page but lxml refuses to set as text again when a tag is taken away.
XML_INCOMPATIBLE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: The HTML5 sectioning containers that ``--tables`` lays out as a one-cell table.
SECTIONING = frozenset({"article", "main", "header", "footer", "nav", "aside", "section"})


def settable_text(body: lxml.html.HtmlElement) -> None:
    """Control characters in the body's text read as spaces (they are not words; a space keeps words apart), so
    that the transforms below can move text from one node to another."""
    for element in body.iter():
        for side in ("text", "tail"):
            value = getattr(element, side)
            if value and XML_INCOMPATIBLE.search(value):
                setattr(element, side, XML_INCOMPATIBLE.sub(" ", value))


def _runs_on(element: lxml.html.HtmlElement) -> bool:
    """Whether shown text sits right before ``element`` on the same line (taking its break away would glue)."""
    previous = element.getprevious()
    while previous is not None:
        if previous.tail and previous.tail.strip():
            return True
        if isinstance(previous.tag, str):
            if previous.tag in BREAKING_TAGS:
                return False
            if previous.tag not in UNSHOWN_TAGS and (previous.text_content().strip() or previous.tag == "img"):
                return True
        previous = previous.getprevious()
    parent = element.getparent()
    if parent is None or parent.tag in BREAKING_TAGS or parent.tag == "body":
        return bool(parent is not None and parent.text and parent.text.strip())
    return bool(parent.text and parent.text.strip()) or _runs_on(parent)  # first in an inline: what precedes it


def _break_before(element: lxml.html.HtmlElement, count: int) -> None:
    """``count`` ``<br>`` before ``element`` if text runs on into it, so its words stay apart."""
    if _runs_on(element):
        for _ in range(count):
            element.addprevious(lxml.html.Element("br"))


def paragraphs_as_breaks(body: lxml.html.HtmlElement) -> None:
    """``<p>text</p>`` -> ``text<br><br>``: the paragraphs of pages written before CSS, runs of text in their
    parent ended by a blank line."""
    for paragraph in list(body.iter("p")):
        _break_before(paragraph, 2)
        paragraph.append(lxml.html.Element("br"))
        paragraph.append(lxml.html.Element("br"))
        paragraph.drop_tag()


def headings_as_fonts(body: lxml.html.HtmlElement) -> None:
    """``<h1>T</h1>`` -> ``<font size=6><b>T</b></font><br>``: a headline set in a big bold font, as sites laid
    out by hand (or by the WYSIWYG editors of the time) wrote it."""
    for heading in [element for element in body.iter(*HEADING_FONT_SIZES)]:
        _break_before(heading, 1)
        size = HEADING_FONT_SIZES[heading.tag]
        bold = lxml.html.Element("b")
        bold.text, heading.text = heading.text, None
        for child in list(heading):
            bold.append(child)
        heading.attrib.clear()
        heading.tag = "font"
        heading.set("size", size)
        heading.append(bold)
        after = lxml.html.Element("br")
        after.tail, heading.tail = heading.tail, None
        heading.addnext(after)


def emphasis_as_presentational(body: lxml.html.HtmlElement) -> None:
    """``<strong>``/``<em>`` -> ``<b>``/``<i>``: HTML 4 pages said how text looks, not what it stresses."""
    for element in body.iter(*PRESENTATIONAL):
        element.tag = PRESENTATIONAL[element.tag]


def sections_as_tables(body: lxml.html.HtmlElement) -> None:
    """``<nav>…</nav>`` -> ``<table><tr><td>…</td></tr></table>``: the page's parts (masthead, menu, story,
    sidebar, footer) laid out in layout tables, as pages were before CSS positioning."""
    for section in [element for element in body.iter(*SECTIONING)]:
        cell = lxml.html.Element("td")
        cell.text, section.text = section.text, None
        for child in list(section):
            cell.append(child)
        row = lxml.html.Element("tr")
        row.append(cell)
        section.tag = "table"
        section.append(row)


#: The older-era transforms, in the order they run (``transforms`` puts the tables before them: those read the
#: sectioning tags, and ``strip_body`` after them, which renames those tags).
ERA_TRANSFORMS: tuple[Transform, ...] = (paragraphs_as_breaks, headings_as_fonts, emphasis_as_presentational)


def transforms(tables: bool) -> tuple[Transform, ...]:
    """The body transforms of the probe, with or without the layout tables."""
    return (settable_text,) + ((sections_as_tables,) if tables else ()) + ERA_TRANSFORMS + (strip_body,)


def age(html: bytes, tables: bool = False) -> bytes:
    """The page written as an older-era page: no names, no ``<p>``, ``<h1>``-``<h3>``, ``<strong>`` or ``<em>``
    (and with ``tables``, no sectioning containers but layout tables); its text and ``<head>`` unchanged."""
    return rewrite(html, transforms(tables))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the probe corpus to")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus to rewrite (dev)")
    parser.add_argument("--tables", action="store_true", help="also lay out sectioning containers as tables")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    pages = build(args.corpus, args.out, partial(age, tables=args.tables))
    print(f"{pages} pages rewritten in older-era markup under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
