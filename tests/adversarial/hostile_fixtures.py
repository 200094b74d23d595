"""Hostile inputs, generated at test time (nothing large is committed).

Each case is built by a function and written to a directory with a spec the runner reads
(``hostile_runner.py``). Every input that should give a ``Page`` plants ``MARKER`` in a sentence
*after* its hostile part: the page must hold it exactly once, so a parser that stopped early, dropped
a subtree or duplicated text fails. Inputs aimed at local files name ``CANARY``'s path; its text
must never reach the output.

    python tests/adversarial/hostile_fixtures.py OUTDIR      # writes OUTDIR/<case>.input and .json
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

MARKER = "ZQXPLANTEDMARKER"
PLANTED_SENTENCE = f"The planted sentence {MARKER} comes after the hostile part."
PLANTED_P = f"<p>{PLANTED_SENTENCE}</p>"
PLANTED_LINE = f"\n\n{PLANTED_SENTENCE}\n"
#: The local file the XXE-style inputs aim at; the runner writes it before the call.
CANARY_TEXT = "CANARYSECRETCONTENT"
CANARY_NAME = "canary.txt"

#: Outcomes a case may expect: a Page holding the marker once; an empty Page; a typed error (by class name);
#: or either a Page with the marker or any LimitError (inputs where refusing is as good as coping).
PAGE, EMPTY, PAGE_OR_LIMIT = "page", "empty", "page_or_limit"

Payload = str | bytes
#: Enough links for a dump to read as markdown (``dump_syntax.detect``).
_MARKDOWN_HEAD = "[Home](/) [News](/news/) [Sport](/sport/)\n\n"
QUOTED_GT = '">"'  #: an attribute value holding ">", which a tag scanner must not take for the tag's end


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[str], Payload]  #: canary path -> input
    expect: str = PAGE  #: PAGE, EMPTY, PAGE_OR_LIMIT or an error class name
    api: str = "split"
    kwargs: dict[str, Any] = field(default_factory=dict)
    contains: tuple[str, ...] = ()  #: texts the page must also hold (decoded right)


def _html(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}{PLANTED_P}</body></html>"


def _attributes(count: int, value: str = "1") -> str:
    return " ".join(f"a{i}={value}" for i in range(count))


def _labelled(label: str) -> bytes:
    return (f'<html><head><meta charset="{label}"></head><body><p>An opening sentence of plain words.</p>'
            f"{PLANTED_P}</body></html>").encode("ascii")


def _billion_laughs(_: str) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                                            for i in range(1, 10)]
    return f'<?xml version="1.0"?><!DOCTYPE html [{"".join(entities)}]>' + _html("<p>&lol9;</p>")


def _lexicon_lines(category: str) -> str:
    """One hostile line per language for a lexicon category: a phrase of it, then runs of spaces, tabs,
    punctuation and repeats that a careless pattern backtracks on."""
    lines = []
    root = resources.files("pagesplit") / "lexicon"
    for lang in sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")):
        path = root / lang / f"{category}.txt"
        if not path.is_file():
            continue
        phrases = [s.strip() for s in path.read_text(encoding="utf-8").splitlines()
                   if s.strip() and not s.startswith("#")]
        if phrases:
            phrase = phrases[0]
            lines.append(phrase + " \t" * 5_000 + (phrase + " ") * 500 + "." * 5_000 + " " * 20_000 + phrase)
    return "\n\n".join(lines) + PLANTED_LINE


def _cases() -> list[Case]:
    cases = [
        # -- deep, wide, huge
        Case("deep-1000", lambda _: _html("<div>" * 1000 + "<p>Deep text.</p>" + "</div>" * 1000)),
        Case("deep-3000-unclosed", lambda _: _html("<div>" * 3000 + "<p>Deep text.</p>")),
        Case("deep-over-the-limit", lambda _: _html("<div>" * 25_000), expect="DepthLimitError"),
        Case("deep-then-unclosed-a-run", lambda _: "<div>" * 2100 + "<a " * 20_000 + PLANTED_P,
             expect=PAGE_OR_LIMIT),
        Case("unclosed-a-run", lambda _: _html("<a " * 50_000), expect=PAGE_OR_LIMIT),
        # a tag name takes "<" (to libxml2 too): the attribute pre-scan reread the rest at each "<" (40,000: 9 s)
        Case("lt-a-run-then-gt", lambda _: _html("<a" * 200_000 + ">")),
        Case("deep-then-lt-a-run", lambda _: _html("<div>" * 2100 + "<a" * 20_000 + ">")),
        Case("siblings-100k-spans", lambda _: _html("<span>w</span>" * 100_000)),
        Case("siblings-100k-paragraphs", lambda _: _html("<p>w</p>" * 100_000)),
        Case("elements-over-the-limit", lambda _: _html("<br>" * 1_000_000), expect="ElementLimitError"),
        Case("huge-text-node", lambda _: _html("<p>" + "word " * 1_500_000 + "</p>")),
        Case("huge-attribute", lambda _: _html('<div class="' + "a" * 5_000_000 + '">x</div>')),
        Case("unique-class-attributes", lambda _: _html("".join(
            f'<div class="c{i}{"x" * 5000}">w</div>' for i in range(1000)))),
        Case("attribute-bomb", lambda _: _html(f"<div {_attributes(100_000)}>x</div>"),
             expect="AttributeLimitError"),
        Case("attribute-bomb-quoted-gt", lambda _: _html(f"<div {_attributes(100_000, QUOTED_GT)}>x</div>"),
             expect="AttributeLimitError"),
        Case("attribute-bomb-no-spaces", lambda _: _html("<div " + "".join(f'a{i}=">"' for i in range(100_000))
                                                         + ">x</div>"), expect="AttributeLimitError"),
        Case("less-than-run", lambda _: _html("&lt;" + "<" * 1_000_000)),
        Case("ampersand-run", lambda _: _html("<p>" + "&amp;" * 1_000_000 + "</p>")),
        # -- the sniff, comments, character references
        Case("comment-run-then-text", lambda _: "<!---->" * 40 + "x" + PLANTED_LINE),
        Case("comment-run-then-div", lambda _: "<!-- c -->" * 30 + "<div>" + PLANTED_P + "</div>"),
        Case("prose-quoting-tags", lambda _: "A note about markup.\n\nThe tags <p> <div> <span> are common, and a "
                                           "comment opens with <!-- in HTML." + PLANTED_LINE),
        Case("huge-charref", lambda _: _html("<p>&#" + "9" * 5000 + "; x</p>")),
        Case("huge-charref-deep", lambda _: _html("<div>" * 2100 + "<p>&#" + "9" * 5000 + "; x</p>")),
        Case("huge-hex-charref-deep", lambda _: _html("<div>" * 2100 + "<p>&#x" + "f" * 5000 + "; x</p>")),
        # -- entities and external resources: nothing expanded, no file read
        Case("billion-laughs", _billion_laughs),
        Case("xxe-file-entity", lambda canary: f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{canary}">]>'
                                               + _html("<p>&xxe;</p>")),
        Case("xxe-parameter-entity", lambda canary: f'<!DOCTYPE html [<!ENTITY % x SYSTEM "file://{canary}"> %x;]>'
                                                    + _html("")),
        Case("external-dtd", lambda canary: f'<!DOCTYPE html SYSTEM "file://{canary}">' + _html("")),
        Case("xinclude", lambda canary: '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
                                        f'<xi:include href="file://{canary}" parse="text"/>{PLANTED_P}</body></html>'),
        Case("xml-stylesheet-pi", lambda canary: f'<?xml-stylesheet type="text/xsl" href="file://{canary}"?>'
                                                 + _html("")),
        Case("xml-declaration-in-str", lambda _: '<?xml version="1.0" encoding="ISO-8859-1"?>' + _html("<p>é</p>")),
        # -- binary
        Case("png-bytes", lambda _: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, expect="DecodeError"),
        Case("gzip-bytes", lambda _: gzip.compress(PLANTED_SENTENCE.encode()), expect="DecodeError"),
        Case("random-bytes", lambda _: random.Random(13).randbytes(200_000), expect="DecodeError"),
        Case("nul-bytes", lambda _: b"\x00" * 10_000, expect="DecodeError"),
        # -- encodings: lying, broken, wide
        *(Case(f"charset-{label}", lambda _, label=label: _labelled(label))
          for label in ("base64", "hex", "zlib", "rot13", "idna", "undefined", "punycode", "unicode_escape",
                        "utf-7", "utf-16", "utf-16le", "x-user-defined")),
        Case("charset-overlong-label", lambda _: _labelled("x" * 300)),
        Case("caller-charset-base64", lambda _: _html("<p>Plain words.</p>").encode(), kwargs={"charset": "base64"}),
        Case("caller-charset-header-utf7", lambda _: _html("<p>Plain words.</p>").encode(),
             kwargs={"charset": "text/html; charset=utf-7"}),
        Case("utf8-declared-latin1",
             lambda _: ('<meta charset="iso-8859-1">' + _html("<p>Köln am Rhein.</p>")).encode(),
             contains=("Köln",)),
        Case("conflicting-meta-charsets", lambda _: ('<meta charset="utf-8"><meta charset="windows-1251">'
                                                     + _html("<p>Grüße.</p>")).encode(), contains=("Grüße",)),
        Case("utf16le-no-bom", lambda _: _html("<p>Plain words.</p>").encode("utf-16-le")),
        Case("utf16be-bom", lambda _: codecs.BOM_UTF16_BE + _html("<p>Plain words.</p>").encode("utf-16-be")),
        Case("utf32le-no-bom", lambda _: _html("<p>Plain words.</p>").encode("utf-32-le")),
        Case("invalid-utf8-bytes", lambda _: _html("<p>Grüße aus Köln, café \u20ac</p>").encode()
             .replace(b"\xe2\x82\xac", b"\xe2\x82") + b"\xff\xfe", contains=("café",)),
        Case("bom-only", lambda _: codecs.BOM_UTF8, expect=EMPTY),
        Case("empty-bytes", lambda _: b"", expect=EMPTY),
        Case("empty-str-html", lambda _: "", expect=EMPTY, api="split_html"),
        Case("whitespace-only-html", lambda _: " \n\t ", expect=EMPTY, api="split_html"),
        Case("comment-only-html", lambda _: "<!-- nothing here -->", expect=EMPTY),
        # -- NUL, controls, surrogates, unusual text
        Case("nul-in-html-str", lambda _: _html("<p>a\x00b</p>")),
        Case("nul-in-text-dump", lambda _: "A first line\x00 with a NUL." + PLANTED_LINE, api="split_text"),
        Case("controls-in-text", lambda _: "Line\x01 one\x02 of text." + PLANTED_LINE, api="split_text"),
        Case("lone-surrogates", lambda _: _html("<p>\ud800 x \udfff</p>")),
        Case("rtl-combining-zero-width", lambda _: _html("<p>\u202eabc" + "\u0301" * 2000 + "\u200b" * 20_000
                                                          + "\u200f\u05e9\u05dc\u05d5\u05dd</p>")),
        Case("broken-json-ld", lambda _: "<html><head>" + "".join(
            f'<script type="application/ld+json">{ld}</script>' for ld in (
                "[" * 100_000, '{"headline": NaN, "datePublished": 1' + "9" * 5000 + "}", '{"headline": "x"')
        ) + "</head><body>" + PLANTED_P + "</body></html>"),
        # -- text dumps
        Case("blank-separated-lines", lambda _: "a\n\n" * 2_300_000, expect="LineLimitError", api="split_text"),
        Case("short-lines-no-blanks", lambda _: "ab\n" * 3_000_000, expect="LineLimitError", api="split_text"),
        Case("spaces-then-letter", lambda _: " " * 100_000 + "x" + PLANTED_LINE, api="split_text"),
        Case("one-long-line", lambda _: "word " * 1_000_000 + PLANTED_LINE, api="split_text"),
        Case("tabs-and-spaces-lines", lambda _: (" \t" * 50_000 + "\n") * 20 + PLANTED_LINE, api="split_text"),
        Case("bullets-everywhere", lambda _: "• \n* \n- \no \n+ \n1. \n" * 20_000 + PLANTED_LINE, api="split_text"),
        # a markdown dump's brackets are paired over the whole dump: nested pictures each re-marked what the one
        # inside had (100,000: 120 s), and every "](" searched the rest of the paragraph for its ")"
        Case("markdown-nested-pictures", lambda _: _MARKDOWN_HEAD + "![" * 100_000 + "](/x)" * 100_000 + PLANTED_LINE,
             api="split_text"),
        Case("markdown-unclosed-targets", lambda _: _MARKDOWN_HEAD + "[b](" * 200_000 + PLANTED_LINE, api="split_text"),
    ]
    categories = sorted({p.name.removesuffix(".txt") for lang in (resources.files("pagesplit") / "lexicon").iterdir()
                         if lang.is_dir() and not lang.name.startswith("_") for p in lang.iterdir()
                         if p.name.endswith(".txt")})
    cases += [Case(f"lexicon-{category}", lambda _, c=category: _lexicon_lines(c), api="split_text")
              for category in categories]
    return cases


CASES = {case.name: case for case in _cases()}


def write(case: Case, out: Path) -> Path:
    """Write the case's input and spec into ``out``; returns the spec's path."""
    canary = out / CANARY_NAME
    canary.write_text(CANARY_TEXT, encoding="utf-8")
    payload = case.build(str(canary))
    data = payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else payload
    (out / f"{case.name}.input").write_bytes(data)
    spec = {"name": case.name, "input": str(out / f"{case.name}.input"), "is_str": isinstance(payload, str),
            "api": case.api, "kwargs": case.kwargs, "expect": case.expect, "contains": list(case.contains),
            "marker": MARKER, "canary": CANARY_TEXT}
    path = out / f"{case.name}.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for each in CASES.values():
        print(write(each, target))
