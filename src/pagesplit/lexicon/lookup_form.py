"""The form a text is looked up in the lexicon by (``normalize``: case-folded, whitespace-folded, edge punctuation
trimmed), with its caches, and the whitespace folding it does (``fold_spaces``)."""

from __future__ import annotations

import unicodedata

#: Characters trimmed from both ends before a block is compared with the lexicon.
EDGE_JUNK = " \t\u00a0|•·*-–—:>»«›‹→←↑↓▶►▼▲✕×+#…/\\()[]{}\"'“”‘’.,!?"


def normalize(text: str) -> str:
    """Case-folded, whitespace-folded, edge punctuation trimmed: the form lexicon lookups use."""
    norm = _NORMALIZED.get(text)
    if norm is not None:
        return norm
    short = len(text) <= MAX_NORMALIZED_KEY_CHARS
    if not short:
        norm = _LONG_NORMALIZED.get(text)
        if norm is not None:
            return norm
    norm = text if text.isascii() else unicodedata.normalize("NFKC", text)
    # ``fold_spaces``, written out: a call costs more than its test (about 1,000 instructions, callgrind)
    if not (norm.isprintable() and "  " not in norm and norm[:1] != " " and norm[-1:] != " "):
        norm = " ".join(norm.split())
    norm = norm.strip(EDGE_JUNK).casefold()
    if short:
        if len(_NORMALIZED) >= NORMALIZED_SIZE:
            _NORMALIZED.clear()
        _NORMALIZED[text] = norm
    else:
        global _long_normalized_chars
        if _long_normalized_chars + len(text) > LONG_NORMALIZED_CHARS:
            _LONG_NORMALIZED.clear()
            _long_normalized_chars = 0
        if len(text) <= LONG_NORMALIZED_CHARS:  # a text longer than the whole cache is not kept
            _LONG_NORMALIZED[text] = norm
            _long_normalized_chars += len(text)
    return norm


def fold_spaces(text: str) -> str:
    """``" ".join(text.split())``: runs of whitespace as one space, none at the ends. Most texts already are so
    (one line, single spaces): a printable text holds no whitespace but the ASCII space (every other character
    ``str.split`` cuts at is a Unicode separator or control character; ``tests/test_lexicon.py`` checks them all),
    and then two tests tell; splitting and joining costs a string per word."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


#: ``normalize``'s answers by text: features normalize every short block, and the rules that look a block up
#: again later (titles, parts, teasers, the own story) ask for the same texts. Texts up to this long are kept
#: (short blocks are, ``features.MAX_PREFIX_CHROME_CHARS``) in ``_NORMALIZED``…
MAX_NORMALIZED_KEY_CHARS = 300
#: …and this many of them, then the cache starts again (of the order of ``rules.record_shapes.TEXT_SHAPES_SIZE``:
#: a few dozen pages' lines, at most a few megabytes).
NORMALIZED_SIZE = 8192
_NORMALIZED: dict[str, str] = {}
#: Longer texts (a page's paragraphs) are asked for two or three times each within a page (the title's body words,
#: the body's opening, its copies: dev sh innerText, 230 asks of 124 texts): they are kept in ``_LONG_NORMALIZED``
#: until their texts add up to this many characters (a few long pages' paragraphs, a few megabytes at most), then
#: that cache starts again.
LONG_NORMALIZED_CHARS = 500_000
_LONG_NORMALIZED: dict[str, str] = {}
_long_normalized_chars = 0
