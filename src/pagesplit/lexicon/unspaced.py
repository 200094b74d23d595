"""Scripts written without spaces (Han, kana, Thai): whether a text may hold them, and how many of their
characters count as one word."""

from __future__ import annotations

import regex

from pagesplit.timed_match import first_in_ranges, timed

#: Scripts written without spaces (Han, kana, Thai), and the Unicode blocks they live in: a superset,
#: checked by a test. Plain ranges (``_UNSPACED_BLOCKS``) scan faster than script properties are looked up, and
#: most text has none of these characters.
#: The scripts' letters as a character-class body, for patterns that refuse or take them (``date_shapes``' edges).
UNSPACED_LETTERS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}"
UNSPACED_SCRIPT = timed(regex.compile(rf"[{UNSPACED_LETTERS}]"), "lexicon.unspaced-script")
#: How many characters of a script written without spaces count as one word: in block text (``features``), and in
#: a headline's text (the HTML front end's link texts and title pieces; a Japanese headline runs 15-40
#: characters). One value for both moves every mode it touches down (dev, score.py --folds, issue 10): 2 for
#: both lowers HTML teaser precision (sh:b 0.977 -> 0.922, tf:b 0.561 -> 0.515), 3 for both lowers w3m article
#: F1 (sh:b, tf:a, tf:b; 5 pages down, none up).
CHARS_PER_UNSPACED_WORD = 2
CHARS_PER_UNSPACED_HEADLINE_WORD = 3
_UNSPACED_BLOCKS = timed(regex.compile("[\u0e00-\u0e7f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00016fe0-\U0003ffff]"),
                         "lexicon.unspaced-blocks")


#: Every character from U+0E00 on, but the punctuation, currency, arrow and symbol blocks (U+2000-U+2BFF): a superset
#: of ``_UNSPACED_BLOCKS`` in two ranges (a non-ASCII line is Latin, Greek or Cyrillic text with typographic quotes
#: and dashes, and holds none of them). One plain range a pattern: ``regex`` scans a range several times as fast as a
#: set (dev sh innerText lines that are not ASCII: 2.9 against 4.3 µs a line for the set of both, which was more than
#: twice as fast as the set of five).
_FROM_GLAGOLITIC = timed(regex.compile("[\u2c00-\U0010ffff]"), "lexicon.from-glagolitic")
_THAI_TO_GREEK = timed(regex.compile("[\u0e00-\u1fff]"), "lexicon.thai-to-greek")


def may_have_unspaced_script(text: str) -> bool:
    """False when ``text`` surely has no Han, kana or Thai character (cheap: ASCII check, then plain ranges: a
    superset in two, then from its first character on, the blocks themselves)."""
    if text.isascii():
        return False
    first = first_in_ranges(_FROM_GLAGOLITIC, _THAI_TO_GREEK, text)
    return first >= 0 and _UNSPACED_BLOCKS.search(text, first) is not None
