"""Chrome shapes: a block whose text is shaped as page furniture whatever its words say (``draft.ChromeShape``):
link texts glued into one line, a menu line, a counter, a data blob.

``features.compute`` asks once per block (``Draft.shape``); ``rules.chrome`` turns a shape into a verdict.
"""

from __future__ import annotations

import regex

from pagesplit.draft import ChromeShape
from pagesplit.lexicon.char_classes import ascii_classes
from pagesplit.timed_match import timed

__all__ = [
    "MAX_SHAPE_WORDS", "MIN_DATA_BLOB_CHARS", "MIN_GLUED_LIST_WORDS", "MIN_TITLE_ROW_WORDS", "chrome_shape",
    "has_upper_after_lower", "is_data_blob", "is_glued_list", "is_title_row", "menu_or_counter",
]

#: "Home | News | Sport", "Politics • Economy • World": three or more short items.
_MENU_LINE = timed(regex.compile(r"^(?:[^|•·/]{1,30}\s*[|•·]\s*){2,}[^|•·]{1,30}$"), "chrome_shapes.menu-line")
#: Chrome shapes are looked for only in blocks this short (menus and counters are a few words).
MAX_SHAPE_WORDS = 12
#: A block of at least this many characters whose words average more than this many (spaces aside) is data
#: printed as text: a settings object, minified script, an encoded URL, form fields drawn with underscores.
#: Prose of any language averages under 10 (German compounds included); dev dumps' blobs average 20-70.
#: Code in a how-to can average over 20 too, but its lines are shorter and a block of it keeps its lines.
MIN_DATA_BLOB_CHARS = 200
MAX_MEAN_WORD_CHARS = 20
#: …except a glued list: link texts run together, at least this many words with a lower-case letter right before
#: an upper-case one every other word or more, and fewer than one comma per this many such junctions. Dev
#: innertext: blogrolls, tag clouds and footers run together score 0.5-2 junctions a word; prose under 0.25, a
#: changelog of camelCase names 1.0 with a comma per 2.5 junctions.
MIN_GLUED_LIST_WORDS = 8
_CODE_CHARS = frozenset("();={}")
GLUED_LIST_JUNCTIONS_PER_WORD = 0.5
GLUED_LIST_COMMAS = 3
_COUNTER = timed(regex.compile(
    r"^(?:\d+\s*(?:/|of|von|de|di|z|из)\s*\d+|page\s+\d+(?:\s+of\s+\d+)?|\d+\s+(?:comments?|replies|shares?))$",
    regex.IGNORECASE,
), "chrome_shapes.counter")
#: A lower-case letter right before an upper-case one. Written as "an upper-case letter, looking back at the
#: pair" so that the scan stops only at upper-case letters (a few per line) instead of at every lower-case
#: one (most letters); the same places are found, and as many (two junctions never share a letter).
_UPPER_AFTER_LOWER = timed(regex.compile(r"\p{Lu}(?<=\p{Ll}\p{Lu})"), "chrome_shapes.upper-after-lower")
#: The same pair in an ASCII text's classes (``char_classes.ascii_classes``): found and counted in C, no pattern call.
_UPPER_AFTER_LOWER_ASCII = b"aA"


def has_upper_after_lower(text: str, ascii_text: bool | None = None) -> bool:
    """A lower-case letter right before an upper-case one: where labels are glued ("ReadingShow").
    ``ascii_text``: ``text.isascii()``, when the caller knows it."""
    if ascii_text if ascii_text is not None else text.isascii():
        # ASCII text all in lower case, all in upper case or title-cased ("Keep Reading") has no such pair: three
        # str tests, no scan (most short lines of the dev dumps)
        return not (text.islower() or text.isupper() or text.istitle()) \
            and ascii_classes(text).find(_UPPER_AFTER_LOWER_ASCII) >= 0  # not ``in``: see ``Lexicon.has_date``
    return _UPPER_AFTER_LOWER.search(text) is not None


def chrome_shape(text: str, words: int) -> ChromeShape | None:
    """The chrome shape the block has: a glued list, a menu line, a counter, a data blob."""
    if words >= MIN_GLUED_LIST_WORDS and is_glued_list(text, words):
        return ChromeShape.GLUED_LIST
    shape = menu_or_counter(text, words) if words <= MAX_SHAPE_WORDS else None
    return shape or (ChromeShape.DATA_BLOB if is_data_blob(text, words) else None)


def menu_or_counter(text: str, words: int) -> ChromeShape | None:
    """A menu line or a counter: shapes of blocks of a few words."""
    if ("|" in text or "•" in text or "·" in text) and _MENU_LINE.match(text.strip()):
        return ChromeShape.MENU_LINE
    head = text.lstrip()[:4]
    if (head[:1].isdigit() or head.lower() == "page") and _COUNTER.match(text.strip()):
        return ChromeShape.COUNTER
    return None


#: A text dump's row of link texts set apart by spaces alone (a mega-menu's row, a tag cloud: "Latest News
#: Applications Cloud Data Center Internet of Things …") has more words than any headline (``features.
#: MAX_HEADLINE_WORDS``, 30: a card's headline in Title Case runs to 29 words in the dev dumps, a tag cloud or a
#: menu row to 31-330) ...
MIN_TITLE_ROW_WORDS = 31
#: ... and at least this share of its words open with a capital ("of", "and" between the items). Prose, German
#: included (its nouns are capitalized, its verbs and articles are not), stays far below. Dev dumps (all corpora,
#: innerText): no block from this share and length up, no comma and no sentence end was story text.
MIN_TITLE_ROW_CAPITALS = 0.9
#: The marks that end a sentence or a clause: a row of items has none at its end and no comma.
_CLAUSE_MARKS = ".!?:;\"”“'’)"


def is_title_row(text: str, words: int) -> bool:
    """A row of link texts run together with spaces alone, each item in Title Case: MIN_TITLE_ROW_WORDS words with
    a letter or more, set apart by spaces, MIN_TITLE_ROW_CAPITALS of them opening with a capital, no comma, no
    sentence end, one line and single spaces (a table's rows and cells, a text browser's columns set apart by runs
    of spaces, are no row of links). ``words``: the block's word count, a cheap first gate."""
    if words < MIN_TITLE_ROW_WORDS or "," in text or "\n" in text or "\t" in text or "  " in text:
        return False
    stripped = text.rstrip()
    if not stripped or stripped[-1] in _CLAUSE_MARKS:
        return False
    # words set apart by spaces: ``words`` also counts those of scripts written without spaces, where no capital
    # tells an item
    lettered = [w for w in text.split() if w[:1].isalpha()]
    if len(lettered) < MIN_TITLE_ROW_WORDS:
        return False
    capitals = sum(1 for w in lettered if w[:1].isupper())
    return capitals >= MIN_TITLE_ROW_CAPITALS * len(lettered)


def is_data_blob(text: str, words: int) -> bool:
    """Words far longer than any language's: ``{"path":{"baseUrl":"\\/",…`` or ``____ ____`` (see
    ``MAX_MEAN_WORD_CHARS``). ``words`` counts words of scripts written without spaces too."""
    chars = len(text)
    return (chars >= MIN_DATA_BLOB_CHARS and chars - text.count(" ") > MAX_MEAN_WORD_CHARS * max(words, 1)
            and "\n" not in text)  # a block of code keeps its lines


def is_glued_list(text: str, words: int, ascii_text: bool | None = None) -> bool:
    """Link texts run together with no separator ("Home ServicesOur TeamContact UsCareers"): a lower-case
    letter right before an upper-case one at least every other word, and few commas (a list of camelCase names
    in a sentence has them) and no code punctuation (``reqHeaders.get("Accept");``). ``ascii_text``:
    ``text.isascii()``, when the caller knows it.

    ASCII text in one case or title-cased has no junction at all (three str tests); other text is first given a
    bound read in C (most of it is prose in a Latin script); then one scan counts the junctions, with no search for a
    first one beforehand (a glued list has at least
    ``GLUED_LIST_JUNCTIONS_PER_WORD * MIN_GLUED_LIST_WORDS`` of them); the code punctuation, looked for a
    character at a time (``frozenset.isdisjoint`` over a ``str``), comes last."""
    if ascii_text if ascii_text is not None else text.isascii():
        if text.islower() or text.isupper() or text.istitle():
            return False
        # two junctions never overlap (one ends with the upper-case letter the other would start with)
        junctions = ascii_classes(text).count(_UPPER_AFTER_LOWER_ASCII)
    else:
        # at most the junctions of two ASCII letters (the text's ASCII characters read in C, the others left out,
        # which can only add pairs) and one for each other character (a junction holds two letters, and no letter
        # is the lower-case one of one junction and the upper-case one of another): prose in a Latin script, its
        # few accented letters and typographic quotes aside, stays far below what a glued list needs and is not
        # scanned with the pattern (Greek or Cyrillic text is)
        ascii_part = text.encode("ascii", "ignore")
        most = ascii_classes(ascii_part.decode("ascii")).count(_UPPER_AFTER_LOWER_ASCII) + len(text) - len(ascii_part)
        if most < GLUED_LIST_JUNCTIONS_PER_WORD * words:
            return False
        junctions = len(_UPPER_AFTER_LOWER.findall(text))
    return junctions >= GLUED_LIST_JUNCTIONS_PER_WORD * words and text.count(",") * GLUED_LIST_COMMAS < junctions \
        and _CODE_CHARS.isdisjoint(text)
