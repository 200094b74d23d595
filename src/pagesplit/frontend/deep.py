"""A small linear tree builder for pages nested deeper than libxml2 accepts (2048 levels).

Only used when lxml reports its depth limit. It follows the few HTML tree rules that matter for
text (void elements, raw-text elements, implied ``</p>`` and ``</li>``, stray end tags ignored) and
builds an ordinary lxml tree, so the walk that follows is the same.

It tokenizes with ``str.find`` and anchored patterns, one pass, never rescanning: the standard
library's ``HTMLParser`` it replaces is quadratic on runs of unclosed tags (2,100 nested divs and
20,000 ``"<a "`` took 24 s). A ``<`` that opens no complete tag is text, as it is to a reader.
"""

from __future__ import annotations

import html
from typing import Any

import regex
from lxml import etree

from pagesplit.errors import AttributeLimitError, DepthLimitError, ElementLimitError
from pagesplit.limits import DEFAULT_LIMITS, Limits
from pagesplit.timed_match import timed

#: Elements without content or end tag.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
#: Elements whose content is text up to their end tag, never markup.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
#: A start tag of one of these closes an open ``<p>``.
_CLOSES_P = frozenset({"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer",
                       "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre",
                       "section", "table", "ul"})
#: How far down the open-element stack an end tag looks for its start tag (bounds stray end tags).
MAX_END_TAG_SEARCH = 64
#: What an element that lxml refuses to name (``<b:include>``, ``<a$>``) is built as: its text is kept.
FALLBACK_TAG = "span"
#: Characters XML (and so lxml's element API) cannot hold: C0 controls other than tab, newline and
#: carriage return, lone surrogates, and the two non-characters U+FFFE and U+FFFF. They carry no text.
_NOT_XML = timed(regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"), "deep.not-xml")
#: A tag: its name, then attributes with quoted or bare values, up to ``>``. The alternatives of the
#: attribute part start with different characters, so a failed match gives up at once (possessive: giving back
#: a step leaves a character that is no ``>``).
_TAG = timed(regex.compile(r"<(/?)([a-zA-Z][^\s/>]*+)((?:[^>\"']|\"[^\"]*+\"|'[^']*+')*+)(*SKIP)>"), "deep.tag")
#: One attribute: the name's first try always matches (the value is optional), so nothing is given back.
_ATTRIBUTE = timed(regex.compile(r"([^\s/>\"'=][^\s/>\"'=]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?"),
                   "deep.attribute")
#: A numeric character reference too long for any code point: ``html.unescape`` would give ``int()`` all
#: its digits (5,000 digits raise ValueError). It stands for U+FFFD, as in a browser.
_HUGE_CHARREF = timed(regex.compile(r"&#(?:[xX]0*[0-9a-fA-F]{7,}|0*[0-9]{8,});?"), "deep.huge-charref")
#: The end tag of each raw-text element.
_RAW_TEXT_END = {name: timed(regex.compile(rf"</{name}[\s/>]", regex.IGNORECASE), f"deep.{name}-end")
                 for name in _RAW_TEXT}


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def _unescape(text: str) -> str:
    if "&" not in text:
        return _xml_text(text)
    if "&#" in text:
        text = _HUGE_CHARREF.sub("\ufffd", text)
    return _xml_text(html.unescape(text))


def _settable(name: str) -> bool:
    """lxml takes this attribute name (HTML allows names it refuses: ``xml:lang``, ``xmlns:b``, ``a$``)."""
    try:
        etree.Element("p").set(name, "")
    except ValueError:
        return False
    return True


class _Builder:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.root = etree.Element("html")
        self.stack: list[Any] = [self.root]
        self.names: list[str] = ["html"]  #: the open elements' names as the page spells them
        self.elements = 1

    def text(self, text: str) -> None:
        if not text:
            return
        text = _unescape(text)
        top = self.stack[-1]
        if len(top):
            last = top[-1]
            last.tail = (last.tail or "") + text
        else:
            top.text = (top.text or "") + text

    def attributes(self, source: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for count, found in enumerate(_ATTRIBUTE.finditer(source), 1):
            if count > self.limits.max_attributes:
                raise AttributeLimitError(f"an element has more than max_attributes={self.limits.max_attributes:,} "
                                          "attributes; pass a larger max_attributes in Limits to accept it",
                                          allowed=self.limits.max_attributes)
            name = found.group(1).lower()
            if name not in out and _settable(name):
                value = found.group(2) if found.group(2) is not None else found.group(3) or found.group(4) or ""
                out[name] = _unescape(value)
        return out

    def start(self, tag: str, attrs: dict[str, str], self_closing: bool) -> None:
        if tag == "html":
            for name, value in attrs.items():
                self.root.set(name, value)
            return
        top = self.names[-1]
        if (tag in _CLOSES_P and top == "p") or (tag == "li" and top == "li"):
            self.stack.pop()
            self.names.pop()
        self.elements += 1
        if self.elements > self.limits.max_elements:
            raise ElementLimitError(f"the HTML has more than max_elements={self.limits.max_elements:,} elements; "
                                    "pass a larger max_elements in Limits to accept it",
                                    allowed=self.limits.max_elements)
        try:
            el = etree.SubElement(self.stack[-1], tag, attrs)
        except ValueError:  # a name lxml refuses: the element is kept under one it takes, and ends by its own
            el = etree.SubElement(self.stack[-1], FALLBACK_TAG, attrs)
        if tag not in _VOID and not self_closing:
            if len(self.stack) > self.limits.max_depth:
                raise DepthLimitError(f"the HTML nests deeper than max_depth={self.limits.max_depth:,} elements; "
                                      "pass a larger max_depth in Limits to accept it",
                                      allowed=self.limits.max_depth)
            self.stack.append(el)
            self.names.append(tag)

    def end(self, tag: str) -> None:
        for i in range(len(self.names) - 1, max(0, len(self.names) - 1 - MAX_END_TAG_SEARCH), -1):
            if self.names[i] == tag:
                del self.stack[i:]
                del self.names[i:]
                return

    def feed(self, source: str) -> None:
        at, size = 0, len(source)
        last_close = source.rfind(">")  # a "<" after the last ">" opens no tag: the rest is text
        while at < size:
            lt = source.find("<", at)
            if lt < 0 or lt > last_close:
                self.text(source[at:])
                return
            self.text(source[at:lt])
            at = self._markup(source, lt)

    def _markup(self, source: str, lt: int) -> int:
        """Read the markup at ``lt``; returns where the text after it starts."""
        if source.startswith("<!--", lt):
            end = source.find("-->", lt + 4)
            return len(source) if end < 0 else end + 3
        if source.startswith(("<!", "<?"), lt):
            end = source.find(">", lt)
            return end + 1
        tag = _TAG.match(source, lt)
        if tag is None:
            self.text("<")
            return lt + 1
        name = tag.group(2).lower()
        if tag.group(1):
            self.end(name)
            return tag.end()
        rest = tag.group(3)
        self_closing = rest.endswith("/")
        self.start(name, self.attributes(rest), self_closing)
        if name in _RAW_TEXT and not self_closing:
            close = _RAW_TEXT_END[name].search(source, tag.end())
            stop = len(source) if close is None else close.start()
            raw = source[tag.end():stop]
            if raw:
                self.stack[-1].text = _xml_text(raw if name in ("script", "style") else _unescape(raw))
            self.end(name)
            if close is None:
                return len(source)
            end = source.find(">", close.end() - 1)
            return end + 1
        return tag.end()


def build(text: str, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Markup -> an lxml ``<html>`` root, at any depth up to ``limits.max_depth``.

    >>> root = build("<div>" * 3000 + "<p>deep &amp; low</p>")
    >>> root.findtext(".//p")
    'deep & low'
    """
    builder = _Builder(limits)
    builder.feed(text)
    return builder.root
