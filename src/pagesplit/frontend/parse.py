"""Any HTML input -> an lxml root, without touching the caller's objects.

``str`` and ``bytes`` are parsed by lxml's HTML parser, fed UTF-8 bytes, with ``huge_tree`` on
(libxml2 otherwise stops at depth 256 and drops text nodes over 10 MB) and no network access. Two
inputs are handled before or after libxml2 sees them:

- an element with more than ``Limits.max_attributes`` attributes is refused before parsing
  (``AttributeLimitError``): libxml2 checks each new attribute against all before it, so 100,000
  distinct attributes take minutes, in C, out of reach of any time budget;
- libxml2 still refuses to nest deeper than 2048 elements even with ``huge_tree``, silently
  dropping what lies below, and says so only in its ``error_log`` (``ERR_RESOURCE_LIMIT``). Such a
  page is rebuilt by ``deep.build``, so its deepest text is not lost (or ``DepthLimitError``).

An lxml element or tree is walked read-only as it is; a ``BeautifulSoup`` object is serialized and
re-parsed. pagesplit parses no XML: no entity is ever expanded, no DTD loaded, no file opened.
"""

from __future__ import annotations

from typing import Any

import regex
from lxml import etree

from pagesplit import ingest
from pagesplit.errors import AttributeLimitError, ElementLimitError, InputError, SizeLimitError
from pagesplit.frontend import deep
from pagesplit.limits import DEFAULT_LIMITS, Limits
from pagesplit.timed_match import TimedPattern, timed

#: One attribute of a tag: separators (none after a quoted value: ``a="1"b="2"`` is two attributes to libxml2
#: too), a name, an optional value. Possessive quantifiers over classes that do not overlap: each tag is read
#: once, never backtracked into.
_ATTRIBUTE = r"(?:[\s/]*+[^\s/>\"'=]++(?:\s*+=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s/>\"']++))?+)"
#: Compiled per limit (a pattern per distinct ``max_attributes``; one in practice).
_CROWDED_TAGS: dict[int, TimedPattern] = {}


def _crowded_tag(max_attributes: int) -> TimedPattern:
    """A tag with more than ``max_attributes`` attributes. Names take any character libxml2 takes (``<`` too:
    ``<a<b>`` is one tag to it), so a tag that has too few is skipped whole (``(*SKIP)``): the search goes on
    after its attributes instead of at the next ``<`` inside them, which on ``"<a" * 40_000`` read the rest of
    the page again at every ``<`` (quadratic: 9 s), and reads each tag once (a tag inside another is no tag to
    libxml2 either).

    Cost: the one pass over every page that is not yet as fast as ``re`` was. On 15 sh pages (167,000 characters
    each) it takes about 10.8 M instructions a page under callgrind against 3.2 M for ``re``'s form (0.74 ms against
    0.30 ms of CPU): ``regex`` spends about 20 instructions on each character a set reads, so any ``regex`` scan of
    the markup costs about what ``re``'s whole pre-scan did; a prefilter that reads fewer characters is left to do."""
    pattern = _CROWDED_TAGS.get(max_attributes)
    if pattern is None:
        source = rf"<[A-Za-z][^\s/>]*+{_ATTRIBUTE}{{0,{max_attributes}}}+(*SKIP){_ATTRIBUTE}"
        pattern = _CROWDED_TAGS[max_attributes] = timed(regex.compile(source), "parse.crowded-tag")
    return pattern


def check_size(text: str, limits: Limits) -> None:
    if len(text) > limits.max_chars:
        raise SizeLimitError(f"input has {len(text):,} characters, over max_chars={limits.max_chars:,}; "
                             "pass a larger max_chars to accept it", allowed=limits.max_chars)


def _check_attributes(text: str, limits: Limits) -> None:
    # A tag of more than max_attributes attributes is more than twice that many characters long.
    if len(text) <= 2 * limits.max_attributes:
        return
    if _crowded_tag(limits.max_attributes).search(text) is not None:
        raise AttributeLimitError(f"an element has more than max_attributes={limits.max_attributes:,} attributes; "
                                  "pass a larger max_attributes in Limits to accept it", allowed=limits.max_attributes)


def check_elements(root: Any, limits: Limits, source: str | None = None) -> None:
    """Refuse a tree of more than ``max_elements`` elements (counted in C; for parsed text, only when the
    text has more ``<`` than that, as each element needs one)."""
    if source is not None and source.count("<") <= limits.max_elements:
        return
    count = int(root.xpath("count(//*)"))
    if count > limits.max_elements:
        raise ElementLimitError(f"the HTML has {count:,} elements, over max_elements={limits.max_elements:,}; "
                                "pass a larger max_elements in Limits to accept it", allowed=limits.max_elements)


def _empty_root() -> Any:
    return etree.Element("html")


def _from_text(text: str, limits: Limits, notes: list[str]) -> Any:
    if not text.strip():
        return _empty_root()
    _check_attributes(text, limits)
    # A plain etree parser: lxml.html's element classes cost a Python lookup per element proxy.
    parser = etree.HTMLParser(huge_tree=True, no_network=True, encoding="utf-8", remove_comments=False)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        text = ingest.replace_surrogates(text, notes)
        data = text.encode("utf-8")
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise InputError(f"cannot parse the input as HTML: {err}") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return deep.build(text, limits)
    if root is None:  # only comments, a doctype or processing instructions: a page without text
        return _empty_root()
    check_elements(root, limits, text)
    return root


def parse(html: Any, *, charset: str | None = None, limits: Limits = DEFAULT_LIMITS,
          notes: list[str] | None = None) -> Any:
    """``str`` | ``bytes`` | lxml element or tree | ``BeautifulSoup`` -> an lxml root element.

    ``notes`` collects what decoding repaired (see ``ingest``).

    >>> parse(b"<p>caf\\xe9</p>", charset="windows-1252").findtext(".//p")
    'café'
    """
    if isinstance(html, str | bytes | bytearray | memoryview):
        if notes is None:
            notes = []
        if isinstance(html, str):
            decoded = ingest.clean(html, notes, surrogates=False)  # found as the page is encoded for lxml
        else:
            decoded = ingest.decode(bytes(html), charset)
            notes.extend(decoded.notes)
        check_size(decoded.text, limits)
        return _from_text(decoded.text, limits, notes)
    if isinstance(html, etree._ElementTree):
        html = html.getroot()
        if html is None:
            return _empty_root()
    if isinstance(html, etree._Element):
        check_elements(html, limits)
        return html
    if type(html).__name__ == "BeautifulSoup" or hasattr(html, "decode_contents"):
        return parse(str(html), limits=limits, notes=notes)
    raise InputError(f"split_html expects str, bytes, an lxml element or tree, or a BeautifulSoup object; "
                     f"got {type(html).__name__}")
