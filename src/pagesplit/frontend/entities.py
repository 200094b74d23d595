"""Character references a page escaped twice, undone: "O&#039;Donnell" -> "O'Donnell".

Feeds and CMS templates escape a value once more than its markup needs ("&amp;#8216;" in an ``og:title``,
"&#39;" in a caption), so the parser's one round leaves a reference that a reader sees as markup. Both
front ends undo such references in what they give as text (HTML: metadata values; text dumps: the dump,
where a browser showed them literally). Only complete references (ending in ";") are read: "&para"
in "x&parameter=1" or "AT&T" stay as they are.
"""

from __future__ import annotations

import html

import regex

from pagesplit.timed_match import timed

#: References are undone at most this many times: no dev page escaped a value more than twice beyond its
#: markup ("&amp;amp;" in a dump of an og:title read as text).
MAX_UNESCAPE_ROUNDS = 3

_REFERENCE = timed(regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"),
                   "entities.reference")


def _character(m: regex.Match[str]) -> str:
    char = html.unescape(m.group())
    # A reference to a line break or another control character would change the text's lines: a space.
    return " " if len(char) == 1 and ((char.isspace() and char not in " \u00a0") or ord(char) < 32) else char


def unescape(text: str) -> str:
    """``text`` with complete character references undone, again while some remain (up to 3 rounds).

    >>> unescape("Spreads Via &#8216;Game&#8217; &amp;amp; more, AT&T &para")
    'Spreads Via ‘Game’ & more, AT&T &para'
    """
    for _ in range(MAX_UNESCAPE_ROUNDS):
        if "&" not in text:
            break
        undone = _REFERENCE.sub(_character, text)
        if undone == text:
            break
        text = undone
    return text
