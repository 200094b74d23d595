"""Caption shapes: whether a block's text reads as a photo's caption, by its credit or its people's places.

``features.compute`` asks once per block (``Draft.is_caption_like``); rules read the flag, never these patterns.
"""

from __future__ import annotations

import regex

from pagesplit.lexicon import Lexicon, first_of
from pagesplit.timed_match import timed

__all__ = ["CAPTION_LABELS", "CREDITS", "MAX_CAPTION_CHARS", "caption_like"]

#: The lexicon category of credit openers and credits ("Foto", "Getty Images").
CREDITS = ("credits",)
#: The lexicon category of the labels a caption opens with when its picture is not shown ("Image caption …").
CAPTION_LABELS = ("caption_labels",)
#: Credit tails are only looked for in blocks this short (captions, not paragraphs).
MAX_CAPTION_CHARS = 300
#: "(PTI Photo)", "(Photo by …)", "FILE PHOTO:" and "Name/Agency" credit tails.
_PAREN_CREDIT = timed(regex.compile(
    r"\((?:[^()]{0,60}\b(?:photo|photos|image|foto|bild|picture|credit|symbolbild|symbolfoto|archivbild)\b"
    r"[^()]{0,80})\)\s*\.?\s*$",
    regex.IGNORECASE,
), "caption_shapes.paren-credit")
_FILE_PHOTO = timed(regex.compile(r"^\s*file photo\b", regex.IGNORECASE), "caption_shapes.file-photo")
#: A photo caption says where the people stand: "Jo Doe (l.) and Ann Roe", "(v. l. n. r.)", "(left)".
_POSITION_MARKER = timed(regex.compile(
    r"\((?:v\.\s?l\.(?:\s?n\.\s?r\.)?|l\.|r\.|li\.|re\.|links|rechts|left|right|from left|l-r)\)",
    regex.IGNORECASE,
), "caption_shapes.position-marker")
#: A wire photo's credit closing the caption names the photographer and the outlet, or the source and the agency that
#: sent it: "(Jo Doe/Harbour Times)", "(Jo Doe/The Courier via AP)", "(Harbour TV via AP)".
_NAMED_CREDIT = timed(regex.compile(
    r"\(\s*\p{Lu}[\p{L}.'’ -]{1,40}/\s*\p{Lu}[^()/]{1,40}\)\s*\.?\s*$"
    r"|\([^()]{1,60}\bvia\s+\p{Lu}[^()]{0,30}\)\s*\.?\s*$"),
    "caption_shapes.named-credit")
_AGENCY_AFTER_SLASH = timed(regex.compile(r"/\s*(?:getty|ap|afp|reuters|epa|pa|shutterstock)\b", regex.IGNORECASE),
                            "caption_shapes.agency-after-slash")
#: A caption ends with its credit: "… Foto: GdP/Jo Doe", "… © Agency", "… Source: Agency". The word before
#: the colon must be a credits-lexicon opener ("Foto", "Photo", "Quelle", "Źródło"…).
_TRAILING_CREDIT = timed(regex.compile(r"(?:^|[\s.(\[])(\w{3,15})\s?:\s*[^:!?]{2,80}[)\]]?\s*$|©\s*[^!?]{2,80}$"),
                         "caption_shapes.trailing-credit")
#: The longest credit opener ``_TRAILING_CREDIT`` takes ("Fotografie"), and the word before a colon.
MAX_CREDIT_OPENER_CHARS = 15
#: The last word of a text (and one space after it). Matched from the end (``(?r)``): searched forward, the
#: pattern tries every start and runs each word to the end; both find the same word, the whole run of ``\w``.
_LAST_WORD = timed(regex.compile(r"(?r)(\w+)\s?$"), "caption_shapes.last-word")
#: Both credit-at-the-end patterns span at most about a hundred characters: they are searched in the
#: block's last CREDIT_TAIL_CHARS only (a pattern ending in ``$`` still tries every start otherwise).
CREDIT_TAIL_CHARS = 200


def caption_like(text: str, lex: Lexicon) -> bool:
    """A photo caption: a credit in parentheses, an agency after a slash, or a credit at the end. Every test
    needs one of "(", "/", ":" or "©" in the text, or an "F" first: ``features`` asks only about texts with one."""
    # ``max(0, …)`` as a conditional expression: a builtin call (see ``rules.record_reading.without_repeats``)
    tail_start = len(text) - CREDIT_TAIL_CHARS if len(text) > CREDIT_TAIL_CHARS else 0
    if ("(" in text and (_PAREN_CREDIT.search(text, tail_start) is not None
                         or _NAMED_CREDIT.search(text, tail_start) is not None)) \
            or ("/" in text and _AGENCY_AFTER_SLASH.search(text) is not None) \
            or (text[:1] in "Ff" and _FILE_PHOTO.match(text) is not None) \
            or ("(" in text and _POSITION_MARKER.search(text) is not None):
        return True
    if "©" not in text and (":" not in text or not _credit_before_last_colon(text, lex)):
        return False
    tail = _TRAILING_CREDIT.search(text, tail_start)
    if tail is None:
        return False
    opener = tail.group(1)
    return opener is None or first_of(lex.prefix.get(opener.casefold()), CREDITS) is not None


def _credit_before_last_colon(text: str, lex: Lexicon) -> bool:
    """The word before the block's last colon opens a credit ("Foto:", "Quelle:"): without it, and without
    a "©", ``_TRAILING_CREDIT`` cannot name a credit (its text after the colon holds no other colon)."""
    colon = text.rfind(":")
    head = text[max(0, colon - MAX_CREDIT_OPENER_CHARS - 2):colon]
    word = _LAST_WORD.search(head)
    return word is not None and first_of(lex.prefix.get(word.group(1).casefold()), CREDITS) is not None
