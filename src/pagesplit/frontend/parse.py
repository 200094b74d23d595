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
#: What ``\s`` matches in ``regex`` (``tests/test_html_frontend.py`` checks it against the module): the spaces
#: an attribute's ``=`` may have on either side.
_PATTERN_SPACES = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                            "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
#: Characters no attribute name ends with (besides spaces).
_NOT_IN_NAMES = frozenset("/>\"'=")
#: Spaces read on either side of a ``=`` before a quote: past this many, the quote is taken for a value's
#: opening one without reading further (spaces around ``=`` are rare; this bounds the look back).
MAX_SPACES_AROUND_EQUALS = 64
#: With fewer attributes allowed than this, the whole text is searched (``_check_attributes``): the sampling of
#: ``_stretches`` would look at a ``>`` every few characters, in Python, and cost more than the pattern.
MIN_SAMPLED_ATTRIBUTES = 100


def _crowded_tag(max_attributes: int) -> TimedPattern:
    """A tag with more than ``max_attributes`` attributes. Names take any character libxml2 takes (``<`` too:
    ``<a<b>`` is one tag to it), so a tag that has too few is skipped whole (``(*SKIP)``): the search goes on
    after its attributes instead of at the next ``<`` inside them, which on ``"<a" * 40_000`` read the rest of
    the page again at every ``<`` (quadratic: 9 s), and reads each tag once (a tag inside another is no tag to
    libxml2 either).

    ``regex`` spends about 65 instructions on each character of a page it searches with this pattern (10.8 M a
    page on 15 sh pages of 167,000 characters, callgrind): ``_has_crowded_tag`` runs it only over the few
    stretches of a page that could hold a match."""
    pattern = _CROWDED_TAGS.get(max_attributes)
    if pattern is None:
        source = rf"<[A-Za-z][^\s/>]*+{_ATTRIBUTE}{{0,{max_attributes}}}+(*SKIP){_ATTRIBUTE}"
        pattern = _CROWDED_TAGS[max_attributes] = timed(regex.compile(source), "parse.crowded-tag")
    return pattern


def _before_spaces(text: str, at: int) -> int | None:
    """The last character at or before ``at`` that is no pattern space (-1: the text starts first); None past
    MAX_SPACES_AROUND_EQUALS spaces."""
    first = at
    while at >= 0 and text[at] in _PATTERN_SPACES:
        at -= 1
        if first - at > MAX_SPACES_AROUND_EQUALS:
            return None
    return at


def _may_open_value(text: str, quote: int) -> bool:
    """The quote character at ``quote`` (-1: none) may open an attribute's value: a name character, ``=`` and
    the quote come before it, with spaces allowed around ``=`` (more than are read count as such)."""
    if quote <= 0:
        return False
    before = text[quote - 1]
    if before != "=" and before not in _PATTERN_SPACES:  # most quotes: a value's closing one
        return False
    equals = _before_spaces(text, quote - 1)
    if equals is None:
        return True
    if equals < 1 or text[equals] != "=":
        return False
    name = _before_spaces(text, equals - 1)
    return name is None or (name >= 0 and text[name] not in _NOT_IN_NAMES)


class _LastQuote:
    """The last ``quote`` character before a position, in ``text[start:]``, for positions asked from right to
    left: each character is read once however many are asked."""

    __slots__ = ("found", "quote", "start", "text")

    def __init__(self, text: str, quote: str, start: int) -> None:
        self.text, self.quote, self.start = text, quote, start
        self.found: int | None = None  #: the answer for the last position asked (-1: none)

    def before(self, at: int) -> int:
        found = self.found
        if found is None or found >= at:
            found = self.found = self.text.rfind(self.quote, self.start, at)
        return found


def _stretches(text: str, max_attributes: int) -> list[tuple[int, int]]:
    """Stretches ``(start, end)`` of ``text`` that no tag reads out of and that are long enough for a tag of more
    than ``max_attributes`` attributes: the rest of the text holds none.

    A tag's attributes read past a ``>`` only inside a quoted value, so a ``>`` is a *cut* unless the last ``"``
    or ``'`` before it may open one (``_may_open_value``: a name, ``=`` and the quote), and no tag spans a cut.
    Every attribute takes two characters or more (a separator and a name, or a name, ``=`` and two quotes before
    the one attribute that may follow without a separator), so a tag of more than ``max_attributes`` spans more
    than ``2 * max_attributes`` characters. Only one ``>`` per ``max_attributes + 1`` characters is looked at
    (``str.find``, in C; a Python step per ``>`` cost a quarter of the pattern's own time), the first at or
    after that distance from the last: two cuts so found are less than that span apart unless no ``>`` lies
    between, or the ones there may sit in values."""
    step, longest, end = max_attributes + 1, 2 * max_attributes, len(text)
    find, rfind = text.find, text.rfind
    last_double = last_single = -1  # the last quote of each kind before ``seen``
    seen = 0
    next_single = find("'")  # apostrophes are rare in markup: looked for only past the next one
    if next_single < 0:
        next_single = end
    cut = -1
    stretches = []
    gt = find(">")
    while gt >= 0:
        if gt and text[gt - 1] == '"':  # most ``>`` close a tag whose last value is double-quoted
            last_double = gt - 1
        else:
            found = rfind('"', seen, gt)
            if found >= 0:
                last_double = found
        if next_single < gt:
            last_single = rfind("'", next_single, gt)
            next_single = find("'", gt)
            if next_single < 0:
                next_single = end
        seen = gt
        if not (_may_open_value(text, last_double) or _may_open_value(text, last_single)):
            if gt - cut > longest:
                stretches.append((cut + 1, gt + 1))
            cut = gt
        gt = find(">", gt + step)
    if end - cut > longest:
        stretches.append((cut + 1, end))
    return stretches


def _has_crowded_tag(text: str, max_attributes: int) -> bool:
    """A tag of more than ``max_attributes`` attributes (``_crowded_tag``), searched for only where one may be.

    The search over a stretch between cuts (``_stretches``) finds what the search over the whole text finds
    there, as no tag reads across a cut. Within a stretch a match starts at a ``<`` at least ``2 *
    max_attributes`` characters before its end, and, if the last ``>`` before that point is a cut too (a long
    script or style ends there), after it; the part before that cut is a stretch of its own."""
    pattern = _crowded_tag(max_attributes)
    find, rfind, longest = text.find, text.rfind, 2 * max_attributes
    for start, end in _stretches(text, max_attributes):
        lt = find("<", start, end - longest)  # a match starts at a ``<`` this far from the stretch's end
        if lt < 0:
            continue
        doubles, singles = _LastQuote(text, '"', start), _LastQuote(text, "'", start)
        while end - longest > lt:
            latest = end - longest
            gt = rfind(">", lt, latest)
            if gt < 0 or _may_open_value(text, doubles.before(gt)) or _may_open_value(text, singles.before(gt)):
                if pattern.search(text, lt, end) is not None:
                    return True
                break
            after = find("<", gt, latest)
            if after >= 0 and pattern.search(text, after, end) is not None:
                return True
            end = gt + 1
    return False


def check_size(text: str, limits: Limits) -> None:
    if len(text) > limits.max_chars:
        raise SizeLimitError(f"input has {len(text):,} characters, over max_chars={limits.max_chars:,}; "
                             "pass a larger max_chars to accept it", allowed=limits.max_chars)


def _check_attributes(text: str, limits: Limits) -> None:
    # A tag of more than max_attributes attributes is more than twice that many characters long.
    if len(text) <= 2 * limits.max_attributes:
        return
    allowed = limits.max_attributes
    if allowed >= MIN_SAMPLED_ATTRIBUTES:
        crowded = _has_crowded_tag(text, allowed)
    else:  # few attributes allowed: sampling would look at a ``>`` every few characters
        crowded = _crowded_tag(allowed).search(text) is not None
    if crowded:
        raise AttributeLimitError(f"an element has more than max_attributes={limits.max_attributes:,} attributes; "
                                  "pass a larger max_attributes in Limits to accept it", allowed=limits.max_attributes)


def check_elements(root: Any, limits: Limits, source: str | None = None) -> None:
    """Refuse a tree of more than ``max_elements`` elements (counted in C); parsed text only when the text also
    has more ``<`` than that (each element the text writes needs one; a text no longer than that has no more).

    The elements are counted first: a tree has far fewer of them than its text has characters, and the ``<`` of a
    page holding any character past U+00FF are counted one by one (no ``memchr`` for two-byte characters: 0.63 M
    instructions a page, callgrind, 15 sh pages), so only a tree over the limit has them counted."""
    if source is not None and len(source) <= limits.max_elements:
        return
    count = int(root.xpath("count(//*)"))
    if count > limits.max_elements and (source is None or source.count("<") > limits.max_elements):
        raise ElementLimitError(f"the HTML has {count:,} elements, over max_elements={limits.max_elements:,}; "
                                "pass a larger max_elements in Limits to accept it", allowed=limits.max_elements)


def _empty_root() -> Any:
    return etree.Element("html")


def _nul_free_utf8(text: str, limits: Limits) -> bytes | None:
    """The page's UTF-8 bytes, for lxml, when they hold no NUL (None: it has lone surrogates or NULs, or is over
    ``max_chars``, and takes ``ingest.clean``'s way). Looked for in the bytes, by ``memchr``: in the text, a
    page holding any character past U+00FF has its characters read one by one (0.76 M instructions a page,
    callgrind, 15 sh pages), and the page is encoded for lxml anyway."""
    if len(text) > limits.max_chars:
        return None  # refused, unless its NULs make up the difference: not encoded for nothing
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return None if b"\x00" in data else data


def _from_text(text: str, limits: Limits, notes: list[str], data: bytes | None = None) -> Any:
    """``text`` parsed (``data``: its UTF-8 bytes, when already encoded)."""
    if not text.strip():
        return _empty_root()
    _check_attributes(text, limits)
    # A plain etree parser: lxml.html's element classes cost a Python lookup per element proxy.
    parser = etree.HTMLParser(huge_tree=True, no_network=True, encoding="utf-8", remove_comments=False)
    if data is None:
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
        data = None
        if isinstance(html, str):
            data = _nul_free_utf8(html, limits)
            # surrogates are found as the page is encoded for lxml; NULs in its bytes when encoded here
            decoded = ingest.clean(html, notes, surrogates=False, nuls=data is None, utf8=data)
            if decoded.text is not html:
                data = None  # composed to NFC: the bytes encoded above are not the text's any more
        else:
            decoded = ingest.decode(bytes(html), charset)
            notes.extend(decoded.notes)
        check_size(decoded.text, limits)
        return _from_text(decoded.text, limits, notes, data)
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
