"""A small stack-based tree builder for pages nested deeper than libxml2 accepts (2048 levels).

Only used when lxml reports its depth limit. It follows the few HTML tree rules that matter for
text (void elements, implied ``</p>`` and ``</li>``, stray end tags ignored) on top of the standard
library's tokenizer, and builds an ordinary lxml tree, so the walk that follows is the same.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from lxml import etree

#: Elements without content or end tag.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
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
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def _settable(name: str) -> bool:
    """lxml takes this attribute name (HTML allows names it refuses: ``xml:lang``, ``xmlns:b``, ``a$``)."""
    try:
        etree.Element("p").set(name, "")
    except ValueError:
        return False
    return True


def _attributes(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    return {name: _xml_text(value or "") for name, value in attrs if _settable(name)}


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("html")
        self.stack: list[Any] = [self.root]
        self.names: list[str] = ["html"]  #: the open elements' names as the page spells them

    def _append_text(self, text: str) -> None:
        top = self.stack[-1]
        if len(top):
            last = top[-1]
            last.tail = (last.tail or "") + text
        else:
            top.text = (top.text or "") + text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            for name, value in _attributes(attrs).items():
                self.root.set(name, value)
            return
        top = self.names[-1]
        if (tag in _CLOSES_P and top == "p") or (tag == "li" and top == "li"):
            self.stack.pop()
            self.names.pop()
        clean = _attributes(attrs)
        try:
            el = etree.SubElement(self.stack[-1], tag, clean)
        except ValueError:  # a name lxml refuses: the element is kept under one it takes, and ends by its own
            el = etree.SubElement(self.stack[-1], FALLBACK_TAG, clean)
        if tag not in _VOID:
            self.stack.append(el)
            self.names.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and len(self.names) > 1 and self.names[-1] == tag:
            self.stack.pop()
            self.names.pop()

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.names) - 1, max(0, len(self.names) - 1 - MAX_END_TAG_SEARCH), -1):
            if self.names[i] == tag:
                del self.stack[i:]
                del self.names[i:]
                return

    def handle_data(self, data: str) -> None:
        self._append_text(_xml_text(data))


def build(text: str) -> Any:
    """Markup -> an lxml ``<html>`` root, at any depth."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root
