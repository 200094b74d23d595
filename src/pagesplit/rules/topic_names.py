"""The names a page's prose keeps mentioning: its subject (a company, a product, a place, a body).

A box of cards on a topic site tells stories about that subject, and their headlines open with its name as often as
the entries of one list written for the story open with the same word ("Apple to name …", "Apple working on …",
"Apple spent …" under a story about Apple). ``rules.records`` lets such headlines open alike.
"""

from __future__ import annotations

import regex

from pagesplit.draft import Draft
from pagesplit.lexicon.char_classes import ascii_words
from pagesplit.members import Roles
from pagesplit.timed_match import timed

#: A word the prose writes with a capital letter, not at the start of a sentence, at least this many times is a name
#: the page is about. Dev dumps read: the subject of a story is named five to twenty times in its paragraphs; the
#: opening word of a story's own parallel list ("Added", "No") is written with a capital letter only where it opens
#: a line. Swept in session 24 (innerText): 2 and 4 move no figure.
MIN_NAME_MENTIONS = 3

#: In a language that writes every noun with a capital letter (German), a capital tells no name: prose where more
#: than this share of the words have one inside a sentence names nothing this way. Dev dumps read: English, French
#: and Spanish story prose 5-12 %, German 20-30 %. Swept in session 24 (innerText): 0.14 moves nothing, 0.24 costs
#: one tf:b page (-0.0026).
MAX_CAPITALS_SHARE = 0.18
#: A word (as ``record_titles._opening`` reads one) with a capital letter in it.
_WORD = timed(regex.compile(r"(?<!\w)\w*\p{Lu}\w*"), "topic-names.word")
#: A word all in lower case.
_LOWER_WORD = timed(regex.compile(r"(?<!\w)\p{Ll}+(?!\w)"), "topic-names.lower-word")
#: ``_WORD`` on ASCII text without a pattern call (a scan of it cost 250 ns a character, dev sh prose): an ASCII byte
#: -> ``A`` for an upper-case letter, ``a`` for any other character ``\w`` takes (a letter, a digit, "_"), a space for
#: the rest. A word with a capital is then the run of ``a`` and ``A`` around each ``A``, found in C.
_CAPITAL_TABLE = bytes(ord("A") if chr(c).isupper() else ord("a") if chr(c).isalnum() or chr(c) == "_" else ord(" ")
                       for c in range(128)) + bytes(128)
#: The characters after which a capital letter opens a sentence (or a quotation, a list item), no name's capital.
_SENTENCE_ENDS = frozenset(".!?:;\"“”„«»'‘’()[]-–—•*")


def _capitalized(text: str) -> list[tuple[str, int]]:
    """Each word of the text with a capital letter in it, and where it starts: ``_WORD``'s matches."""
    if not text.isascii():
        return [(match[0], match.start()) for match in _WORD.finditer(text)]
    marks = text.encode("ascii").translate(_CAPITAL_TABLE)
    found = []
    at = marks.find(b"A")
    while at >= 0:
        start = marks.rfind(b" ", 0, at) + 1
        end = marks.find(b" ", at)
        if end < 0:
            end = len(marks)
        found.append((text[start:end], start))
        at = marks.find(b"A", end)
    return found


def _lower_case(text: str, wanted: set[str]) -> list[str]:
    """The words of ``wanted`` the text writes all in lower case: ``_LOWER_WORD``'s matches among them (on ASCII text
    read in C: each run of what ``\\w`` takes, ``ascii_words``, made of lower-case letters only)."""
    if not text.isascii():
        return [word for word in _LOWER_WORD.findall(text) if word in wanted]
    return [word for word in ascii_words(text).split() if word in wanted and word.isalpha() and word.islower()]


class PageNames:
    """``word in PageNames(drafts)``: the word (case-folded) is one of ``topic_names``, read from the undecided prose
    of the page as it is when this is made. Most words asked about are not written three times in the prose at all
    (a case-folded substring count tells, in C), and the names are worked out only for a word that is."""

    def __init__(self, drafts: list[Draft]) -> None:
        self._prose = [(d.text, d.words) for d in drafts if d.role is Roles.OTHER and d.prose]
        self._folded = "\n".join(text for text, _ in self._prose).casefold()
        self._names: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        # a name is written MIN_NAME_MENTIONS times: each time, its case-folded letters are in the folded prose
        if not isinstance(word, str) or self._folded.count(word) < MIN_NAME_MENTIONS:
            return False
        if self._names is None:
            self._names = topic_names(self._prose)
        return word in self._names


def topic_names(prose: list[tuple[str, int]]) -> frozenset[str]:
    """The words (case-folded) written with a capital letter inside sentences at least MIN_NAME_MENTIONS times in
    the prose (each block's text and word count), and more often so than in lower case ("New" in "New England"
    is a common word the prose writes "new" as well); one letter is an initial ("U.S."), no name."""
    named: dict[str, int] = {}
    capitals = words = 0
    for text, count in prose:
        words += count
        for word, start in _capitalized(text):
            at = start - 1
            while at >= 0 and text[at].isspace():
                at -= 1
            if at < 0 or text[at] in _SENTENCE_ENDS or len(word) < 2 or word[:1].isdigit():
                continue  # a capital that opens the block, a sentence, a quotation
            key = word.casefold()
            named[key] = named.get(key, 0) + 1
            capitals += 1
    names = {word for word, n in named.items() if n >= MIN_NAME_MENTIONS}
    if not names or capitals > MAX_CAPITALS_SHARE * words:
        return frozenset()  # no name, or a language that writes every noun with a capital letter
    # a name written in lower case as a word is written so as a substring too: a name whose letters come fewer times
    # than its capitals in the prose as it is (most: "apple" under "Apple") is not looked for word by word
    joined = "\n".join(text for text, _ in prose)
    unsure = {word for word in names if joined.count(word) >= named[word]}
    lower: dict[str, int] = {}
    if unsure:
        for text, _ in prose:
            for word in _lower_case(text, unsure):
                lower[word] = lower.get(word, 0) + 1
    return frozenset(word for word in names if lower.get(word, 0) < named[word])

