"""Raw input -> decoded, repaired ``str`` and its kind (HTML or text dump).

Bytes are decoded as a browser decodes them (WHATWG Encoding Standard), unless the caller knows better:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. the caller's ``charset`` (an HTTP ``Content-Type`` value works too);
3. a prescan of the first 1024 bytes for ``<meta charset>``, ``http-equiv`` or an XML declaration,
   where a UTF-16 label means UTF-8 (the bytes at hand are ASCII-compatible);
4. UTF-16/32 without a BOM, told by the pattern of NUL bytes;
5. UTF-8 when the bytes are (nearly all) valid UTF-8, else windows-1252, a browser's default.

Labels no browser decodes with (``utf-7``, ``base64``, ``undefined``…) are ignored (``charsets.py``).
Bytes that are valid UTF-8 with non-ASCII in them but are declared as a single-byte encoding are read
as UTF-8: a scraper re-encoded the page and kept its old declaration. Invalid bytes become U+FFFD,
never a shorter text. Binary data (magic numbers, a high share of NUL and control characters) is
refused with a ``DecodeError``. Text is normalized to Unicode NFC (a letter and a combining mark typed
apart become the one character the web writes: "u" + U+0308 -> "ü"). Every repair made on the way is a
note for ``Page.notes``.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field

import regex

from pagesplit import charsets
from pagesplit.errors import DecodeError, InputError
from pagesplit.model import InputKind
from pagesplit.timed_match import timed

#: How much of the input is inspected to tell HTML from text and whether it is binary.
SNIFF_CHARS = 4096
#: WHATWG: a declared charset is looked for in this many first bytes.
PRESCAN_BYTES = 1024
#: Share of NUL and control characters (other than tab, newline, carriage return, form feed) that marks
#: binary data. Text has none, or a stray one; binary formats have them in most runs of 20 bytes.
MAX_CONTROL_SHARE = 0.05
#: …and at least this many of them: one NUL in a short page is damage, not a binary file.
MIN_BINARY_CONTROLS = 3
#: UTF-16/32 without a BOM: at least this share of the code units' high bytes are NUL in ASCII-heavy text.
MIN_WIDE_NUL_SHARE = 0.7
#: Nearly-UTF-8 bytes: no more invalid sequences than valid non-ASCII characters is damage (a cut character)
#: in UTF-8, not another encoding: text in a single-byte encoding almost never holds a valid UTF-8 sequence.
MAX_INVALID_PER_NON_ASCII = 1.0
#: Markup that starts only after more plain lines than a terminal screen shows (24) is markup a text dump
#: quotes (a code sample in a story), not a page's source: a page or fragment opens with its markup, after at
#: most a short preamble (a server's warning, a status line). Dev: HTML read this way opens with a tag on its
#: first line; the dumps that quote tags print 39 to 117 plain lines first.
MAX_PLAIN_LINES_BEFORE_MARKUP = 24

_MAGIC = ((b"\x1f\x8b", "gzip-compressed data"), (b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive"),
          (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x7fELF", "an executable"), (b"BZh", "bzip2-compressed data"),
          (b"\xfd7zXZ\x00", "xz-compressed data"), (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
          (b"RIFF", "a RIFF (WebP, WAV, AVI) file"), (b"\x00asm", "WebAssembly"), (b"wOF2", "a web font"),
          (b"wOFF", "a web font"), (b"MZ", "an executable"))

#: Openings only a page's source has: a doctype, the document elements, head-only elements, scripts, styles.
_LOOKS_HTML = timed(regex.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|\?xml|script|style|link|noscript)[\s>/]", regex.IGNORECASE),
    "ingest.looks-html")
#: Openings that a page fragment has, and also a text dump whose page printed a stray tag at its top.
_OPENS_WITH_ELEMENT = timed(regex.compile(r"<(?:div|article|main|p|section)[\s>/]", regex.IGNORECASE),
                            "ingest.opens-with-element")
#: One tag (a tag may span lines); comments are skipped by ``_skip_comments``, never by a pattern.
_TAG = timed(regex.compile(r"</?[a-zA-Z][^<>]*>"), "ingest.tag")
_LINE_END = timed(regex.compile(r"[ \t]*\r?\n"), "ingest.line-end")
_ANY_TAG = timed(regex.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*[\s/>]"), "ingest.any-tag")
_MANY_TAGS = timed(regex.compile(r"</?(?:p|div|span|a|br|li|h[1-6]|table|section|article)\b[^<>]*>", regex.IGNORECASE),
                   "ingest.many-tags")
#: (bytes, run over the first ``PRESCAN_BYTES`` only: a bounded input needs no time limit)
_DECLARED = regex.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})"""
    rb"""|<\?xml[^>]{0,512}?encoding\s*=\s*["']([a-zA-Z0-9_.\-]{1,40})""",
    regex.IGNORECASE,
)
_HEADER_CHARSET = timed(regex.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_:.\-]{1,40})", regex.IGNORECASE),
                        "ingest.header-charset")
#: Control characters that binary data is full of and text is not (counted in the first ``SNIFF_CHARS``), as
#: bytes: counted by ``bytes.translate``, no pattern.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
#: An encoding error handler that writes U+FFFD for each character the codec cannot encode (lone surrogates
#: for UTF-8): ``replace_surrogates`` repairs a whole page in C, with no pattern (``re`` took 14 s to count and
#: 3 s to replace 50 million of them).
_FFFD_HANDLER = "pagesplit.fffd"
_FFFD_UTF8 = "\ufffd".encode()


def _fffd(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return _FFFD_UTF8 * (error.end - error.start), error.end  # bytes: the UTF-8 encoder takes only ASCII text


codecs.register_error(_FFFD_HANDLER, _fffd)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

BYTES_ERROR_TEXT = (
    "the input is not text: it holds {what}. pagesplit reads HTML or text dumps; "
    "if this is compressed (gzip) or a PDF, extract the text first"
)


@dataclass(slots=True)
class Decoded:
    """Text ready for a front end, and what was done to get it (notes for ``Page.notes``)."""

    text: str
    notes: list[str] = field(default_factory=list)


def _refuse_binary_sample(controls: int, size: int) -> None:
    if controls >= MIN_BINARY_CONTROLS and controls / size > MAX_CONTROL_SHARE:
        raise DecodeError(BYTES_ERROR_TEXT.format(what="binary data (NUL and control characters)"))


def clean(text: str, notes: list[str] | None = None, *, surrogates: bool = True, nuls: bool = True,
          utf8: bytes | None = None) -> Decoded:
    """A ``str`` input checked and repaired: binary refused, NULs removed (unless ``nuls`` is false: the caller
    found none, as the HTML front end does in the page's UTF-8 bytes), characters written in their one canonical
    form (Unicode NFC), lone surrogates replaced (unless ``surrogates`` is false: the HTML front end finds them as
    it encodes the page for lxml, see ``replace_surrogates``). ``utf8``: the text's UTF-8 bytes, when the caller
    has encoded it already (read for the NFC test)."""
    out = Decoded(text, [] if notes is None else notes)
    sample = text[:SNIFF_CHARS]
    # counted as bytes (``_CONTROL_BYTES``), in C: in UTF-8 a control character is its own byte and no other
    # character has a byte below 0x80; "surrogatepass" encodes a lone surrogate (three bytes past 0x80)
    data = sample.encode("utf-8", "surrogatepass")
    _refuse_binary_sample(len(data) - len(data.translate(None, _CONTROL_BYTES)), len(sample))
    if nuls and "\x00" in text:
        count = text.count("\x00")
        out.text = text = text.replace("\x00", "")
        utf8 = None  # the bytes given were the text's before the repair
        out.notes.append(f"repair: removed {count} NUL character{'s' if count > 1 else ''}")
    if not text.isascii() and not _composed(text, utf8):
        # one character typed two ways ("u" and a combining U+0308, or the precomposed "ü") is one character: NFC,
        # the web's normal form (W3C Character Model), writes each one way, so a phrase looked up, matched or
        # searched for in the output is found however the page's author typed it; canonically equivalent, nothing
        # of the text is lost
        out.text = text = unicodedata.normalize("NFC", text)
        out.notes.append("repair: wrote characters typed in two ways in one (Unicode NFC)")
    if surrogates and not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            out.text = replace_surrogates(text, out.notes)
    return out


def _composed(text: str, utf8: bytes | None) -> bool:
    """Whether non-ASCII ``text`` is in Unicode NFC (``utf8``: its UTF-8 bytes, when the caller encoded it).
    ``unicodedata.is_normalized`` reads every character: 5.6 M instructions for a sh page of markup (callgrind),
    most of it ASCII tags. Given the bytes, the page's non-ASCII characters are read alone first (taken out by
    ``bytes.translate``: a hundred or so a sh page; 2.8 M instructions a page in all). Taking the ASCII out leaves
    a text in NFC only when none of it can combine with a letter taken away: the marks that compose with an ASCII
    letter ("e" + U+0301) are all in U+0300..U+036F, whose UTF-8 starts with a byte 0xCC or 0xCD (found by
    ``memchr``). With neither, a character that is no NFC stays one; two that meet only once the ASCII between them
    is gone may compose (Hangul jamo), which sends the page to the full reading: never a wrong yes. A text dump has
    no bytes to hand and is mostly text: it is read whole (encoding it first cost as much)."""
    if utf8 is not None and b"\xcc" not in utf8 and b"\xcd" not in utf8 \
            and unicodedata.is_normalized("NFC", utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")):
        return True
    return unicodedata.is_normalized("NFC", text)


#: The bytes of ASCII characters, taken out of a page's UTF-8 by ``_composed``.
_ASCII_BYTES = bytes(range(0x80))


def replace_surrogates(text: str, notes: list[str]) -> str:
    """Lone surrogates (a ``str`` only: no decoder makes them) -> U+FFFD, with a note."""
    repaired = text.encode("utf-8", _FFFD_HANDLER)
    # each lone surrogate became U+FFFD, three bytes; "ignore" drops it instead
    count = (len(repaired) - len(text.encode("utf-8", "ignore"))) // 3
    notes.append(f"repair: replaced {count} lone surrogate{'s' if count > 1 else ''} with U+FFFD")
    return repaired.decode("utf-8")


def check_not_binary(text: str) -> None:
    """Refuse a ``str`` that holds binary data (``DecodeError``)."""
    clean(text[:SNIFF_CHARS])


def _wide_codec(raw: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM: ASCII-heavy text has a NUL in most of its code units' high bytes."""
    head = raw[:PRESCAN_BYTES]
    if len(head) < 8 or b"\x00" not in head:
        return None
    quads = range(0, len(head) // 4 * 4, 4)
    if quads and sum(head[i + 1:i + 4] == b"\0\0\0" for i in quads) >= MIN_WIDE_NUL_SHARE * len(quads):
        return "utf-32-le"
    if quads and sum(head[i:i + 3] == b"\0\0\0" for i in quads) >= MIN_WIDE_NUL_SHARE * len(quads):
        return "utf-32-be"
    pairs = len(head) // 2
    odd_nuls, even_nuls = head[1::2].count(0), head[0::2].count(0)
    if odd_nuls >= MIN_WIDE_NUL_SHARE * pairs and even_nuls < odd_nuls / 4:
        return "utf-16-le"
    if even_nuls >= MIN_WIDE_NUL_SHARE * pairs and odd_nuls < even_nuls / 4:
        return "utf-16-be"
    return None


def _declared(raw: bytes) -> tuple[str, str] | None:
    """The charset the page declares in its first 1024 bytes: (label, codec), codec per WHATWG."""
    for found in _DECLARED.finditer(raw[:PRESCAN_BYTES]):
        label = (found.group(1) or found.group(2)).decode("ascii", "replace")
        codec = charsets.resolve(label)
        if codec is not None:  # WHATWG: a label no browser knows is skipped, the prescan goes on
            return label, "utf-8" if codec in charsets.UTF16_FAMILY else codec
    return None


def _utf8_or_none(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _nearly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few damaged sequences (a cut character) stays UTF-8; another encoding does not."""
    text = raw.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return text if non_ascii and invalid <= MAX_INVALID_PER_NON_ASCII * non_ascii else None


def decode(raw: bytes, charset: str | None = None) -> Decoded:
    """Bytes -> repaired text and notes, or ``DecodeError``.

    >>> decoded = decode("<meta charset=iso-8859-1><p>Köln</p>".encode())
    >>> decoded.text[-11:], decoded.notes
    ('<p>Köln</p>', ["encoding: utf-8 (valid UTF-8, though the page declares 'iso-8859-1')"])
    """
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise DecodeError(BYTES_ERROR_TEXT.format(what=what))
    notes: list[str] = []
    text: str | None = None
    for bom, bom_codec in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(bom_codec, errors="replace")
            notes.append(f"encoding: {bom_codec} (byte-order mark)")
            break
    if text is None:
        text = _decode_unmarked(raw, charset, notes)
    return clean(text, notes, surrogates=False)  # no decoder makes lone surrogates


def _decode_unmarked(raw: bytes, charset: str | None, notes: list[str]) -> str:
    wide = _wide_codec(raw)
    if wide is not None:
        notes.append(f"encoding: {wide} (no byte-order mark)")
        return raw.decode(wide, errors="replace")
    head = raw[:SNIFF_CHARS]
    _refuse_binary_sample(len(head) - len(head.translate(None, _CONTROL_BYTES)), len(head))
    source = ""
    codec: str | None = None
    if charset:
        header = _HEADER_CHARSET.search(charset)
        codec = charsets.resolve(header.group(1) if header else charset)
        source = f"charset={charset!r}"
    if codec is None:
        declared = _declared(raw)
        if declared is not None:
            codec, source = declared[1], f"the page declares {declared[0]!r}"
    if codec is not None:
        if codec in charsets.SINGLE_BYTE and not raw.isascii():
            text = _utf8_or_none(raw)
            if text is not None:
                notes.append(f"encoding: utf-8 (valid UTF-8, though {source})")
                return text
        notes.append(f"encoding: {codec} ({source})")
        return raw.decode(codec, errors="replace")
    text = _utf8_or_none(raw)
    if text is not None:
        notes.append("encoding: utf-8")
        return text
    text = _nearly_utf8(raw)
    if text is not None:
        notes.append("encoding: utf-8 (invalid bytes replaced with U+FFFD)")
        return text
    notes.append("encoding: cp1252 (undeclared, not UTF-8)")
    return raw.decode("cp1252", errors="replace")


def _skip_comments(head: str) -> int:
    """Where the first thing that is not whitespace or a comment starts (a plain loop: a pattern such as
    ``(?:<!--.*?-->\\s*)*`` backtracks exponentially on a run of comments)."""
    at = len(head) - len(head.lstrip())
    while head.startswith("<!--", at):
        end = head.find("-->", at + 4)
        if end < 0:
            return at
        at = end + 3
        at += len(head[at:]) - len(head[at:].lstrip())
    return at


def _opening_tags_end(head: str, at: int) -> int:
    """The end of the run of tags (and comments) a document opens with (``<div><img src="…" /></div>``)."""
    while True:
        start = at + len(head[at:]) - len(head[at:].lstrip())
        if head.startswith("<!--", start):
            end = head.find("-->", start + 4)
            if end < 0:
                return at
            at = end + 3
            continue
        tag = _TAG.match(head, start)
        if tag is None:
            return at  # the whitespace after the run is not part of it
        at = tag.end()


def _quotes_markup(head: str) -> bool:
    """Prose that mentions tags rather than markup: no closing tag, or a comment opener never closed (parsed
    as HTML, everything after it would vanish into the comment)."""
    opener = head.find("<!--")
    if opener >= 0 and head.find("-->", opener + 4) < 0:
        return True
    return "</" not in head


def looks_like_html(text: str) -> bool:
    """HTML when the input opens like a page's source, or like an element whose markup goes on past the
    tags it opens with, or when its first characters hold several tags (and markup, not prose about it).

    A text dump can open with a tag too: a page that printed ``<div><img …></div>`` as text at its top.
    There the opening tags end their line and plain lines follow, with no markup after them. And a dump can
    quote markup further down (a story's code sample): there the tags start only after a screenful of text.
    Whitespace alone is not markup.

    >>> looks_like_html("<!---->" * 40 + "x"), looks_like_html("<!-- a --><html><p>x</p>")
    (False, True)
    """
    head = text[:SNIFF_CHARS]
    at = _skip_comments(head)
    if _LOOKS_HTML.match(head, at) or (at == len(head) and "<!--" in head):  # (or comments only: markup without text)
        return True
    if _OPENS_WITH_ELEMENT.match(head, at):
        rest = head[_opening_tags_end(head, at):]
        return not rest.strip() or _LINE_END.match(rest) is None or _ANY_TAG.search(rest) is not None
    tags = _MANY_TAGS.findall(head)
    if len(tags) < 3 or _quotes_markup(head):
        return False
    return head.count("\n", 0, head.find(tags[0])) <= MAX_PLAIN_LINES_BEFORE_MARKUP


def read(raw: str | bytes, charset: str | None = None) -> tuple[Decoded, InputKind]:
    """Decode or repair, and tell HTML from a text dump. Lone surrogates in HTML are left to the HTML front
    end, which finds them as it encodes the page for lxml (one pass over the text instead of two)."""
    if isinstance(raw, bytes | bytearray | memoryview):
        decoded = decode(bytes(raw), charset)
    elif isinstance(raw, str):
        decoded = clean(raw, surrogates=False)
    else:
        raise InputError(f"expected str or bytes, got {type(raw).__name__}")
    if looks_like_html(decoded.text):
        return decoded, InputKind.HTML
    if isinstance(raw, str) and not decoded.text.isascii():
        decoded = clean(decoded.text, decoded.notes)
    return decoded, InputKind.TEXT
