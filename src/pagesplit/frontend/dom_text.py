"""Text and attribute helpers of the HTML walk: class/id tokens, link words, hidden elements, folding.

Kept apart from the walk (``walk.py``) so that each stays small; the walk calls these per element,
so they are written for speed (bytes translation for ASCII values, a per-page ``TokenCache`` of ``split_tokens``).
"""

from __future__ import annotations

from typing import Any

import regex

from pagesplit.frontend import SOFT_HYPHEN
from pagesplit.lexicon.unspaced import CHARS_PER_UNSPACED_HEADLINE_WORD
from pagesplit.timed_match import timed

__all__ = ["BR", "TokenCache", "ends_line", "fold", "is_hidden", "link_words", "metadata_names", "split_tokens",
           "tag_name"]

#: Link text of one or two "words" this long in a non-Latin script is a phrase without spaces
#: (Japanese, Chinese): count one word per ``lexicon.unspaced.CHARS_PER_UNSPACED_HEADLINE_WORD`` characters.
UNSPACED_MIN_CHARS = 9
BR = None  #: marks a line break in a frame's text parts
_HIDDEN_STYLE = timed(regex.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", regex.IGNORECASE),
                      "dom_text.hidden-style")
#: Runs of ``str.isalnum`` characters: ``[\p{L}\p{N}]`` is the standard library's ``[^\W_]`` (``regex``'s ``\w`` also
#: takes combining marks and leaves out ``²``).
ALNUM_RUN = timed(regex.compile(r"[\p{L}\p{N}]+"), "dom_text.alnum-run")
#: The same runs in an ASCII value (almost every class and id): every other ASCII character made a space, then
#: ``str.split``; in C, about three times faster than a pattern. The value's bytes are translated (a table lookup
#: per byte, twice as fast as ``str.translate``'s mapping: 0.9 against 2.2 µs for a four-class value, timeit).
_ASCII_NOT_ALNUM_TO_SPACE = bytes(c if chr(c).isalnum() else ord(" ") for c in range(128)) + bytes(128)
_CAMEL = timed(regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\d+"), "dom_text.camel")


#: A page's ``TokenCache`` remembers the tokens of attribute values up to this long (class lists repeat on
#: every card and list item of a page; a longer value is rare and may be hostile)…
MAX_CACHED_VALUE_CHARS = 256
#: …and this many of them, then starts again (at most about 16 MB held, for as long as the page's walk).
MAX_CACHED_VALUES = 16_384


class TokenCache(dict[str, frozenset[str]]):
    """Attribute value -> its tokens, for one page's walk (``cache[value]``). A hit is one C-level ``dict``
    lookup; a miss computes the tokens and keeps them only for a short value, within ``MAX_CACHED_VALUES``.
    Dropped with the page: a process-wide cache of whole attribute values held memory across calls (an
    ``lru_cache`` of them kept 417 MB after 200 pages with a unique 1 MB class each), and sites share few."""

    def __missing__(self, value: str) -> frozenset[str]:
        tokens = split_tokens(value)
        if len(value) <= MAX_CACHED_VALUE_CHARS:
            if len(self) >= MAX_CACHED_VALUES:
                self.clear()
            self[value] = tokens
        return tokens


def split_tokens(value: str) -> frozenset[str]:
    """``"related-posts articleBody"`` -> ``{"related", "posts", "articlebody", "article", "body"}`` (the walk
    asks its page's ``TokenCache``)."""
    ascii = value.isascii()
    chunks = value.encode("ascii").translate(_ASCII_NOT_ALNUM_TO_SPACE).decode("ascii").split() if ascii \
        else ALNUM_RUN.findall(value)
    if ascii and value.islower():
        # most class lists: no upper-case letter, so no camelCase to split, nothing to lower-case (a chunk of
        # digits alone is its own camel part)
        return frozenset(chunks)
    out = set(map(str.lower, chunks))
    camel = [chunk for chunk in chunks if not chunk.islower() and not chunk.isupper()]
    if camel:  # camelCase: its words are tokens too
        # one search over those chunks joined by spaces finds what a search over each finds (no part holds a space,
        # and a space after a chunk is no lower-case letter, as its end is not): one call, not one a chunk
        out.update(map(str.lower, _CAMEL.findall(" ".join(camel))))
    return frozenset(out)


def metadata_names(el: Any) -> str:
    if not isinstance(el.tag, str):
        return ""
    return " ".join(v for v in (el.get("class"), el.get("id"), el.get("itemprop")) if v)


def link_words(text: str) -> int:
    """Words of a link's text; scripts without spaces count by length."""
    words = text.split()
    if len(words) <= 2 and len(text) >= UNSPACED_MIN_CHARS and not text.isascii():
        return len(text) // CHARS_PER_UNSPACED_HEADLINE_WORD
    return len(words)


def tag_name(el: Any) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return None  # comment, processing instruction, entity
    if tag[:1] == "{":
        tag = tag.rpartition("}")[2]
    return tag.lower()


def is_hidden(attrs: dict[str, str]) -> bool:
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    if style is None:
        return False
    if style.isascii():  # the pattern's "none" or "hidden", in any case: in ASCII, only ASCII letters match them
        lowered = style.lower()
        if "none" not in lowered and "hidden" not in lowered:  # most styles (dev sh: 129 of 166 a page)
            return False
    return _HIDDEN_STYLE.search(style) is not None


#: What a table cell puts before its text (the walk's ``<td>``/``<th>`` break): a character no page text holds
#: (ASCII unit separator), so that cells are told apart from tabs in the page's source, which are whitespace.
CELL = "\x1f"


def ends_line(parts: list[str | None]) -> bool:
    """Whether the text parts end with a line break (``BR``), whitespace after it aside: a ``<br>`` now would
    leave a blank line.

    >>> ends_line(["Harbour news", BR, "\\n "]), ends_line(["Harbour news", BR, "Ferry"]), ends_line(["Port"])
    (True, False, False)
    """
    for part in reversed(parts):
        if part is BR:
            return True
        if not part.isspace():
            return False
    return False


def fold(parts: list[str | None], pre: bool) -> str:
    r"""Text parts -> block text: whitespace folded (kept in ``pre``), ``<br>`` as a newline, table cells
    (``CELL``) separated by a tab, soft hyphens dropped. A tab in the page's own text is whitespace like any
    other: it folds.

    >>> fold(["1\t\t", "Ferry strike ends"], False), fold(["Port", CELL, "Hull"], False)
    ('1 Ferry strike ends', 'Port\tHull')
    >>> fold(["Harbour\xadmaster"], False)
    'Harbourmaster'
    """
    if not pre and BR not in parts:  # the common case: one line of running text
        line = "".join(parts)  # type: ignore[arg-type]  # no BR (None) in parts
        if SOFT_HYPHEN in line:
            line = line.replace(SOFT_HYPHEN, "")
        if CELL not in line:
            return " ".join(line.split())
    lines: list[str] = []
    current: list[str] = []
    for part in parts:
        if part is BR:
            lines.append("".join(current).replace(SOFT_HYPHEN, ""))
            current = []
        else:
            current.append(part)
    lines.append("".join(current).replace(SOFT_HYPHEN, ""))
    if pre:
        text = "\n".join(lines).replace(CELL, "\t")
        return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()).strip("\n")
    folded = (" ".join(line.split()) if CELL not in line
              else "\t".join(c for c in (" ".join(cell.split()) for cell in line.split(CELL)) if c) for line in lines)
    return "\n".join(line for line in folded if line)

