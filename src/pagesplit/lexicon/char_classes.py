"""A text's characters by class: an ASCII text's classes one byte each, so that a pair or run of classes is a
substring search in C rather than a pattern call (about 7,000 instructions on a short line, callgrind), an ASCII
text's words (``ascii_words``), the digit tests every date shape passes and a digit anywhere (``DIGIT``,
``has_digit``), and whether a text holds one of a few characters outside ASCII (``holds_any``)."""

from __future__ import annotations

import regex

from pagesplit.timed_match import timed

#: The digits of an ASCII text. ``frozenset.isdisjoint`` over a short line costs a third of a pattern call (the
#: features' lines of up to 60 characters: 220 against 730 ns), and seven lines in eight of the dev dumps' have none.
ASCII_DIGITS = frozenset("0123456789")
_TWO_DIGITS = timed(regex.compile(r"\d\d"), "lexicon.two-digits")


def has_two_digits(text: str, pos: int = 0) -> bool:
    """Two digits in a row in ``text[pos:]``: every date shape holds them (its year, or its day and month), so a
    text without them holds no date (``Lexicon.has_date``, ``dates.find_date``). Most lines hold no digit at all:
    for an ASCII one, a set test says so before anything is scanned, and a pair is then found in its classes
    (``ascii_classes``)."""
    if text.isascii():
        return not ASCII_DIGITS.isdisjoint(text) and ascii_classes(text).find(b"00", pos) >= 0
    return _TWO_DIGITS.search(text, pos) is not None


#: ``ascii_classes``' table: each ASCII byte -> its class, ``a`` for a lower-case letter, ``A`` for an upper-case
#: one, ``0`` for a digit, a space for any other character.
_ASCII_CLASS_TABLE = bytes(
    ord("a") if chr(c).islower() else ord("A") if chr(c).isupper() else ord("0") if chr(c).isdigit() else ord(" ")
    for c in range(128)) + bytes(128)



def ascii_classes(text: str) -> bytes:
    """An ASCII text's characters by class (``a``: lower-case letter, ``A``: upper-case, ``0``: digit, a space:
    anything else), one byte each, so that a pair of classes is a substring search in C:
    ``ascii_classes(text).find(b"aA") >= 0`` is a lower-case letter right before an upper-case one. A pattern call
    costs about 7,000 instructions on a short line (callgrind), more than the whole translation. Search the classes
    with ``find`` or ``count``, not ``in``: ``bytes.__contains__`` first tries its operand as an integer and raises
    and clears a TypeError for a bytes one, about 1,800 instructions a test."""
    return text.encode("ascii").translate(_ASCII_CLASS_TABLE)


#: ``ascii_date_classes``' table: an ASCII byte -> ``0`` for a digit, ``-`` for a date separator (``-``, ``.``, ``/``),
#: the lower-case letter for a letter, a space for any other character.
_ASCII_DATE_CLASS_TABLE = bytes(
    ord("0") if chr(c).isdigit() else ord("-") if chr(c) in "-./" else ord(chr(c).lower()) if chr(c).isalpha()
    else ord(" ") for c in range(128)) + bytes(128)
#: What is left of those classes for ``ascii_letter_runs``: the letters.
_LETTERS_OF_DATE_CLASSES = bytes.maketrans(b"0-", b"  ")


def ascii_date_classes(text: str) -> bytes:
    """An ASCII text's characters by date class (see ``_ASCII_DATE_CLASS_TABLE``), one byte each: ``b"00"`` in them is
    ``_TWO_DIGITS``, ``b"0000"`` ``FOUR_DIGITS``, ``b"0-0"`` ``NUMERIC_DATE_HINT`` in the text (ASCII digits are its
    only ``\\d``), each a substring search in C instead of a pattern call (about 7,000 instructions on a short line)."""
    return text.encode("ascii").translate(_ASCII_DATE_CLASS_TABLE)


def ascii_letter_runs(classes: bytes) -> list[str]:
    """The runs of letters of an ASCII text, lower-cased, from its ``ascii_date_classes``: ``LETTER_RUN.findall`` of
    the case-folded text (an ASCII letter is its only ``[\\p{L}\\p{Nl}\\p{No}]``), without a pattern call."""
    return classes.translate(_LETTERS_OF_DATE_CLASSES).decode("ascii").split()


def holds_any(text: str, chars: str) -> bool:
    """One of ``chars``, characters outside ASCII, is in ``text``. An ASCII text holds none (a flag, no scan); else a
    substring search per character, each a plain scan in C, and none at all when the character is wider than every
    character of the text (an arrow in Latin-1 text). ``frozenset.isdisjoint(text)`` reads the text a character at a
    time instead, and outside Latin-1 (Cyrillic, Greek) makes and hashes a string of each: about 150 instructions a
    character (callgrind)."""
    return not text.isascii() and any(map(text.__contains__, chars))  # no generator to resume per character


def has_digit(text: str) -> bool:
    """A digit anywhere in ``text``; for an ASCII text (most lines), a set test, no pattern."""
    return not ASCII_DIGITS.isdisjoint(text) if text.isascii() else DIGIT.search(text) is not None


#: ``ascii_words``' table: an ASCII byte -> itself for a character ``\w`` takes (a letter, a digit, "_"), a space for
#: any other.
_ASCII_WORD_TABLE = bytes(c if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(128)) + bytes(128)


def ascii_words(text: str) -> str:
    """An ASCII text with every character that ``\\w`` does not take made a space: its ``split()`` is the words
    ``\\w+`` finds (``findall``), read in C. A pattern call costs about 7,000 instructions on a short line (callgrind),
    and a ``findall`` over a paragraph makes a match per word."""
    return text.encode("ascii").translate(_ASCII_WORD_TABLE).decode("ascii")


#: ``folded_ascii_words``' table: ``_ASCII_WORD_TABLE`` with each upper-case letter made lower-case (an ASCII text's
#: case folding).
_FOLDED_ASCII_WORD_TABLE = bytes(ord(chr(c).lower()) for c in _ASCII_WORD_TABLE[:128]) + bytes(128)


def folded_ascii_words(text: str) -> str:
    """``ascii_words(text.casefold())`` of an ASCII text in one translation: case folding an ASCII text lower-cases
    its letters."""
    return text.encode("ascii").translate(_FOLDED_ASCII_WORD_TABLE).decode("ascii")


#: The typographic punctuation of Western European prose outside Latin-1 (quotation marks, dashes, the ellipsis),
#: which ``\w`` does not take: ``folded_latin1_words`` reads each as a space.
WIDE_PUNCTUATION = "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026"
_WORD_CHAR = timed(regex.compile(r"\w"), "lexicon.word-char")
#: The Latin-1 characters whose case folding is not one Latin-1 character (``ß`` -> ``ss``, ``µ`` -> Greek ``μ``).
_LATIN1_FOLDS = tuple((chr(c), chr(c).casefold()) for c in range(256)
                      if len(chr(c).casefold()) != 1 or ord(chr(c).casefold()) > 255)
#: ``folded_latin1_words``' table: each Latin-1 byte -> its case folding when ``\w`` takes that (asked of the
#: pattern itself: the superscript digits and the fractions are no ``\w``), a space for any other.
_FOLDED_LATIN1_WORD_TABLE = bytes(
    ord(chr(c).casefold()) if (chr(c), chr(c).casefold()) not in _LATIN1_FOLDS and _WORD_CHAR.match(chr(c).casefold())
    else ord(" ") for c in range(256))


def folded_latin1_words(text: str) -> str | None:
    """The words of ``text.casefold()`` (what ``\\w+`` finds), every other character a space, for a text of Latin-1
    characters and ``WIDE_PUNCTUATION`` (most Western European prose), read in C: ``casefold`` and a ``findall``
    read a table or match a character at a time (about 80 and 50 instructions a character, callgrind). None for a
    text with any other character (Greek, Cyrillic, a letter from Latin Extended)."""
    for mark in WIDE_PUNCTUATION:  # each a scan in C, and most texts hold none
        if mark in text:
            text = text.replace(mark, " ")
    for char, folded in _LATIN1_FOLDS:
        if char in text:
            text = text.replace(char, folded)
    raw = text.encode("latin-1", "replace")
    if raw.count(b"?") != text.count("?"):  # a character outside Latin-1 became a "?"
        return None
    return raw.translate(_FOLDED_LATIN1_WORD_TABLE).decode("latin-1")


#: ``has_word_longer_than``'s table: each ASCII byte -> a space for a character ``str.split`` cuts at (``isspace``),
#: ``x`` for any other.
_ASCII_WORD_RUN_TABLE = bytes(ord(" ") if chr(c).isspace() else ord("x") for c in range(128)) + bytes(128)


def has_word_longer_than(text: str, chars: int) -> bool:
    """A word of ``text.split()`` is longer than ``chars`` characters. For an ASCII text, a run of that many and one
    more characters with no whitespace among them, found in its classes in C, where splitting a paragraph makes a
    string per word (timeit, one 1,485-character line: 1.7 us against 50 us)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_RUN_TABLE).find(b"x" * (chars + 1)) >= 0
    return max(map(len, text.split()), default=0) > chars


#: A digit anywhere in a text (``has_digit``, which reads an ASCII text without it).
DIGIT = timed(regex.compile(r"\d"), "lexicon.digit")
