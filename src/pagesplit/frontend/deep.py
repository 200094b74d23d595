"""A small stack-based tree builder for pages nested deeper than libxml2 accepts (2048 levels).

Only used when lxml reports its depth limit. It follows the few HTML tree rules that matter for
text (void elements, implied ``</p>`` and ``</li>``, stray end tags ignored) on top of the standard
library's tokenizer, and builds an ordinary lxml tree, so the walk that follows is the same.
"""

from __future__ import annotations

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


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("html")
        self.stack: list[Any] = [self.root]

    def _append_text(self, text: str) -> None:
        top = self.stack[-1]
        if len(top):
            last = top[-1]
            last.tail = (last.tail or "") + text
        else:
            top.text = (top.text or "") + text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            for name, value in attrs:
                self.root.set(name, value or "")
            return
        top = self.stack[-1]
        if (tag in _CLOSES_P and top.tag == "p") or (tag == "li" and top.tag == "li"):
            self.stack.pop()
        clean = {k: v or "" for k, v in attrs if k.isidentifier() or k.replace("-", "").isalnum()}
        el = etree.SubElement(self.stack[-1], tag, clean)
        if tag not in _VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and len(self.stack) > 1 and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, max(0, len(self.stack) - 1 - MAX_END_TAG_SEARCH), -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self._append_text(data)


def build(text: str) -> Any:
    """Markup -> an lxml ``<html>`` root, at any depth."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root
