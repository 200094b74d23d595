"""Any HTML input -> an lxml root, without touching the caller's objects.

``str`` and ``bytes`` are parsed by lxml with ``huge_tree`` on (libxml2 otherwise stops at depth
256). libxml2 still refuses to nest deeper than 2048 elements even then; such a page is rebuilt by
``deep.build``, a small stack-based tree builder, so its deepest text is not lost. An lxml element
or tree is walked read-only as it is; a ``BeautifulSoup`` object is serialized and re-parsed.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from pagesplit import ingest
from pagesplit.errors import InputError, LimitError
from pagesplit.frontend import deep

#: Inputs larger than this are refused unless the caller raises ``max_chars`` (same as ``api``).
DEFAULT_MAX_CHARS = 50_000_000
_EMPTY_TEXT = ("the input holds no HTML elements (it is empty or whitespace); "
               "pass the page's markup, or use split_text for a text dump")


def _check_size(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise LimitError(f"input has {len(text):,} characters, over max_chars={max_chars:,}; pass a larger max_chars",
                         limit="max_chars", allowed=max_chars)


def _from_text(text: str) -> Any:
    if not text.strip():
        raise InputError(_EMPTY_TEXT)
    # A plain etree parser: lxml.html's element classes cost a Python lookup per element proxy.
    parser = etree.HTMLParser(huge_tree=True, encoding="utf-8", remove_comments=False)
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise InputError(f"cannot parse the input as HTML: {err}") from None
    if root is None:
        raise InputError(_EMPTY_TEXT)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return deep.build(text)
    return root


def parse(html: Any, *, charset: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Any:
    """``str`` | ``bytes`` | lxml element or tree | ``BeautifulSoup`` -> an lxml root element.

    >>> parse(b"<p>caf\\xe9</p>", charset="windows-1252").findtext(".//p")
    'café'
    """
    if isinstance(html, str):
        ingest.check_not_binary(html)
        _check_size(html, max_chars)
        return _from_text(html)
    if isinstance(html, bytes | bytearray | memoryview):
        text = ingest.decode(bytes(html), charset)
        _check_size(text, max_chars)
        return _from_text(text)
    if isinstance(html, etree._ElementTree):
        root = html.getroot()
        if root is None:
            raise InputError(_EMPTY_TEXT)
        return root
    if isinstance(html, etree._Element):
        return html
    if type(html).__name__ == "BeautifulSoup" or hasattr(html, "decode_contents"):
        return parse(str(html), max_chars=max_chars)
    raise InputError(f"split_html expects str, bytes, an lxml element or tree, or a BeautifulSoup object; "
                     f"got {type(html).__name__}")
