"""Charset labels -> Python codecs, by the rules of the WHATWG Encoding Standard.

A label comes from a page (``<meta charset>``, ``http-equiv``, an XML declaration) or from the caller
(an HTTP ``Content-Type``). Python's codec registry knows far more names than browsers do, and many are
not text encodings a page can be in: ``base64``, ``hex``, ``zlib``, ``rot13`` (bytes-to-bytes),
``undefined`` (always fails), ``punycode`` (quadratic), ``idna``, ``unicode_escape`` (makes lone
surrogates), ``utf-7`` (browsers refuse it as a cross-site-scripting vector). Only the encodings a
browser supports are accepted here; any other label is ignored, as a browser ignores it.
"""

from __future__ import annotations

import codecs

__all__ = ["SINGLE_BYTE", "UTF16_FAMILY", "resolve"]

#: The Python codec of every WHATWG encoding, by the canonical name ``codecs.lookup`` gives for a label.
#: Labels that WHATWG maps elsewhere than Python does are in ``_WHATWG_OVERRIDES``.
_ALLOWED = frozenset({
    "utf-8", "utf-16-le", "utf-16-be", "utf-16", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5",
    "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
    "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "cp1258", "gb18030", "big5hkscs", "euc_jp", "iso2022_jp", "cp932", "cp949",
})
#: WHATWG: what a browser decodes these labels as (ISO-8859-1 and ASCII are windows-1252, and so on).
_WHATWG_OVERRIDES = {
    "ascii": "cp1252", "us-ascii": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "iso-8859-1": "cp1252", "iso8859-9": "cp1254", "iso-8859-9": "cp1254", "latin5": "cp1254",
    "iso-8859-11": "cp874", "iso8859-11": "cp874", "tis-620": "cp874", "windows-874": "cp874",
    "x-user-defined": "cp1252", "x-mac-cyrillic": "mac-cyrillic", "x-mac-roman": "mac-roman",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "chinese": "gb18030", "big5": "big5hkscs",
    "x-sjis": "cp932", "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "korean": "cp949",
    "iso-8859-8-i": "iso8859-8", "logical": "iso8859-8", "visual": "iso8859-8",
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "unicode11utf8": "utf-8", "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8", "unicode": "utf-16-le", "ucs-2": "utf-16-le", "csunicode": "utf-16-le",
    "iso-10646-ucs-2": "utf-16-le", "unicodefeff": "utf-16-le", "unicodefffe": "utf-16-be",
}
#: Encodings of one byte per character: bytes declared as one of these that are valid UTF-8 with non-ASCII
#: in them were re-encoded by a scraper that kept the old declaration (issue "Pipeline-grade output").
SINGLE_BYTE = frozenset(name for name in _ALLOWED if name.startswith(("cp12", "iso8859", "koi8", "mac", "cp8")))
UTF16_FAMILY = frozenset({"utf-16", "utf-16-le", "utf-16-be"})


def resolve(label: str) -> str | None:
    """The codec a browser uses for ``label``, or None for a label no browser decodes with.

    >>> resolve("ISO-8859-1"), resolve(" utf8 "), resolve("base64"), resolve("UTF-7"), resolve("undefined")
    ('cp1252', 'utf-8', None, None, None)
    """
    key = label.strip().strip("\"'").lower()
    if not key or len(key) > 40:
        return None
    key = _WHATWG_OVERRIDES.get(key, key)
    try:
        name = codecs.lookup(key).name
    except (LookupError, ValueError):
        return None
    name = _WHATWG_OVERRIDES.get(name, name)
    return name if name in _ALLOWED else None
