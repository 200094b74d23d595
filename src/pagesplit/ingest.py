"""Raw input -> decoded ``str`` and its kind (HTML or text dump).

Bytes are decoded the way a browser would without HTTP headers, unless the caller knows better:
byte-order mark, then the caller's ``charset`` (an HTTP header value works too), then the page's
own declaration (``<meta charset>``, ``http-equiv``, XML declaration), then strict UTF-8, then
detection (``bs4.UnicodeDammit``). Binary data is refused with a ``DecodeError``.
"""

from __future__ import annotations

import codecs
import contextvars
import logging
import re

import regex

from pagesplit.errors import DecodeError, InputError
from pagesplit.model import InputKind

#: How much of the input is inspected to tell HTML from text and find a declared charset.
SNIFF_CHARS = 4096
#: Share of control characters (other than tab, newline, carriage return, form feed) that marks binary data.
MAX_CONTROL_SHARE = 0.05

#: Openings only a page's source has: a doctype, the document elements, head-only elements, scripts, styles.
_LOOKS_HTML = regex.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml|script|style|link|noscript)[\s>/]",
    regex.IGNORECASE | regex.DOTALL,
)
#: Openings that a page fragment has, and also a text dump whose page printed a stray tag at its top.
_OPENS_WITH_ELEMENT = regex.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:div|article|main|p|section)[\s>/]", regex.IGNORECASE | regex.DOTALL)
#: The run of tags a document opens with (``<div><img src="…" /></div>``, a tag may span lines).
_OPENING_TAGS = regex.compile(r"\s*(?:<!--.*?-->|</?[a-zA-Z][^<>]*>)(?:\s*(?:<!--.*?-->|</?[a-zA-Z][^<>]*>))*",
                              regex.DOTALL)
_LINE_END = regex.compile(r"[ \t]*\r?\n")
_ANY_TAG = regex.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*[\s/>]")
_MANY_TAGS = regex.compile(r"</?(?:p|div|span|a|br|li|h[1-6]|table|section|article)\b[^>]*>", regex.IGNORECASE)
_DECLARED = regex.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""",
    regex.IGNORECASE,
)
_HEADER_CHARSET = regex.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_:.\-]+)", regex.IGNORECASE)
#: The standard library scans a plain class of code points about three times faster than ``regex``: every
#: text input passes here (its first ``SNIFF_CHARS``), so that was some 3% of a text dump's time.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: WHATWG: these labels mean windows-1252 in a browser.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "iso8859-1": "cp1252"}

BYTES_ERROR_TEXT = (
    "the input is not text: it holds {what}. pagesplit reads HTML or text dumps; "
    "if this is compressed (gzip) or a PDF, extract the text first"
)


#: Set while pagesplit runs ``UnicodeDammit``: its "characters were replaced" warning is ours to handle, not a
#: line on the caller's stderr for every damaged page of a batch (the U+FFFD characters stay in the text).
_DETECTING = contextvars.ContextVar("pagesplit_detecting_encoding", default=False)


class _QuietDetection(logging.Filter):
    """Drops ``bs4.dammit`` records logged while pagesplit detects an encoding; the caller's own use of bs4
    logs as before."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _DETECTING.get()


_QUIET_DETECTION = _QuietDetection()


def _detect(raw: bytes) -> str | None:
    """``UnicodeDammit``'s text of ``raw`` (None when no encoding fits), without its warning."""
    from bs4 import UnicodeDammit

    logger = logging.getLogger("bs4.dammit")
    if _QUIET_DETECTION not in logger.filters:
        logger.addFilter(_QUIET_DETECTION)
    token = _DETECTING.set(True)
    try:
        return UnicodeDammit(raw, is_html=True).unicode_markup
    finally:
        _DETECTING.reset(token)


def _codec(label: str) -> str | None:
    name = _WHATWG_ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def check_not_binary(text: str) -> None:
    sample = text[:SNIFF_CHARS]
    if "\x00" in sample:
        raise DecodeError(BYTES_ERROR_TEXT.format(what="NUL bytes"))
    if sample and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise DecodeError(BYTES_ERROR_TEXT.format(what="control characters"))


def decode(raw: bytes, charset: str | None = None) -> str:
    """Bytes -> text, or ``DecodeError``."""
    if raw[:2] == b"\x1f\x8b":
        raise DecodeError(BYTES_ERROR_TEXT.format(what="gzip-compressed data"))
    if raw[:5] == b"%PDF-":
        raise DecodeError(BYTES_ERROR_TEXT.format(what="a PDF document"))
    for bom, bom_codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(bom_codec, errors="replace")
    labels: list[str] = []
    if charset:
        header = _HEADER_CHARSET.search(charset)
        labels.append(header.group(1) if header else charset)
    declared = _DECLARED.search(raw[:SNIFF_CHARS])
    if declared:
        labels.append((declared.group(1) or declared.group(2)).decode("ascii", "replace"))
    for label in labels:
        name = _codec(label)
        if name is not None:
            text = raw.decode(name, errors="replace")
            check_not_binary(text)
            return text
    if b"\x00" in raw[:SNIFF_CHARS]:
        raise DecodeError(BYTES_ERROR_TEXT.format(what="NUL bytes"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        detected = _detect(raw)
        if detected is None:
            raise DecodeError("cannot determine the text encoding of the input; pass charset=") from None
        text = detected
    check_not_binary(text)
    return text


def looks_like_html(text: str) -> bool:
    """HTML when the input opens like a page's source, or like an element whose markup goes on past the
    tags it opens with, or when its first characters hold several tags.

    A text dump can open with a tag too: a page that printed ``<div><img …></div>`` as text at its top.
    There the opening tags end their line and plain lines follow, with no markup after them.
    """
    head = text[:SNIFF_CHARS]
    if _LOOKS_HTML.match(head):
        return True
    if _OPENS_WITH_ELEMENT.match(head):
        opening = _OPENING_TAGS.match(head)
        rest = head[opening.end():] if opening is not None else head
        return not rest.strip() or _LINE_END.match(rest) is None or _ANY_TAG.search(rest) is not None
    return len(_MANY_TAGS.findall(head)) >= 3


def read(raw: str | bytes, charset: str | None = None) -> tuple[str, InputKind]:
    """Decode if needed and tell HTML from a text dump."""
    if isinstance(raw, bytes | bytearray | memoryview):
        text = decode(bytes(raw), charset)
    elif isinstance(raw, str):
        text = raw
        check_not_binary(text)
    else:
        raise InputError(f"expected str or bytes, got {type(raw).__name__}")
    return text, InputKind.HTML if looks_like_html(text) else InputKind.TEXT
