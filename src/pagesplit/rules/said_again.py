"""Text dumps: a body block that says again, whole, what several earlier body blocks said is a copy.

A text browser (w3m, lynx) and ``get_text()`` print what a page's CSS hides: a second copy of the story's text
kept for search engines or a "read more" box, a share widget's excerpt. It comes as one long block holding two
or more of the story's paragraphs word for word, after them. innerText leaves it out; a dump must too, or the
article says everything twice. One earlier block said again (a quotation repeated, a lorem-ipsum test page's
paragraphs) is no copy: ``parts._repeats`` deals with lines said three times.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from pagesplit.draft import Draft
from pagesplit.lexicon.char_classes import folded_ascii_words, folded_latin1_words
from pagesplit.members import Roles
from pagesplit.timed_match import timed

#: A block counts as said again when it holds at least this many distinct earlier body blocks…
MIN_HELD_BLOCKS = 2
#: …of at least this many words each (a paragraph, not a heading or a name said again; ``article.MIN_PROSE_WORDS``)…
MIN_HELD_WORDS = 8
#: Words compared, punctuation and case aside (a hidden copy spaces and punctuates its text its own way). Read in
#: pieces cut at spaces (``findall_spaced``: a word holds no space): a long non-ASCII paragraph's ``findall`` read
#: the time limit's clock once a word.
_WORD = timed(regex.compile(r"\w+"), "said-again.word")
#: A block's first and last words (the last one absent when it is the first): a cheap test that an earlier block
#: may be held (both are then in the text). One search: a pattern call costs about 7,000 instructions (callgrind),
#: more than the scan back from the text's end to its last word's start.
_ENDS = timed(regex.compile(r"(?s)^\W*+(\w+)(?:.*\b(\w+))?"), "said-again.ends")
#: …which make up at least this share of its words. Dev sh dumps: the hidden copies are 0.9-1.0 earlier text; a
#: paragraph that holds the two halves of a pull quote printed above it holds 0.37.
MIN_HELD_SHARE = 0.8


class _Block:
    """An article block's case-folded words, and its key (its words padded with spaces, compared), made when first
    needed: most blocks are never held by another.

    ``said`` holds every case-folded word of the block: its words spaced (every other character made a space),
    read in C for an ASCII or Western European text (``folded_ascii_words``, ``folded_latin1_words``), else its
    case-folded text, whose words a pattern reads. ``first`` and ``last`` (its first and last words) tell cheaply
    when it surely is not held by a block: a held block's words are all in that block's ``said``. A block with no
    word at all has two empty ones (held by any). So do ``least`` and ``most``, the fewest and most letters its
    key can hold (both its key's count when that is read from its words): a held block's key is in that block's,
    so it has no more letters.
    """

    __slots__ = ("_key", "_numbered", "_spaced", "first", "last", "least", "most", "said", "words")

    def __init__(self, d: Draft) -> None:
        self.words = d.words
        self._numbered = d.markup is not None and d.markup.ordered
        self._key: str | None = None
        spaced = folded_ascii_words(d.text) if d.text.isascii() else folded_latin1_words(d.text)
        self._spaced = spaced is not None
        self.said = d.text.casefold() if spaced is None else spaced
        if self._numbered:  # its first word may be the browser's number: the key tells its words
            key = self.key()
            words = key.split()
            self.first, self.last = (words[0], words[-1]) if words else ("", "")
            self.least = self.most = len(key) - key.count(" ")
            return
        if spaced is not None:
            first = spaced.split(None, 1)
            self.first, self.last = (first[0], spaced.rsplit(None, 1)[-1]) if first else ("", "")
            self.least = self.most = len(spaced) - spaced.count(" ")
            return
        ends = _ENDS.match(self.said)
        self.first, self.last = ("", "") if ends is None else (ends.group(1), ends.group(2) or ends.group(1))
        self.least, self.most = 0, len(self.said)  # its words' letters, not read: at least none, at most the text

    def key(self) -> str:
        if self._key is None:
            words = self.said.split() if self._spaced else _WORD.findall_spaced(self.said)
            if self._numbered and words and words[0].isdigit():
                words = words[1:]  # a numbered item's number is the browser's, not the page's text
            self._key = f" {' '.join(words)} "
        return self._key


def drop_copies(body: Sequence[Draft]) -> None:
    """Mark as chrome each article block of ``body`` (a dump's, in page order) that holds MIN_HELD_BLOCKS
    earlier article blocks word for word, making up MIN_HELD_SHARE of its words."""
    earlier: list[_Block] = []
    for d in body:
        if d.role is not Roles.ARTICLE or d.dom is not None or d.words < MIN_HELD_WORDS:
            continue
        block = _Block(d)
        if d.words >= MIN_HELD_BLOCKS * MIN_HELD_WORDS and len(earlier) >= MIN_HELD_BLOCKS:
            # Only the earlier blocks no longer than this one, whose first and last words are in its text, may be
            # held by it. Written out (it runs for every pair of blocks): the lengths first, two numbers; then the
            # last word: a first word is often a common one.
            said, most = block.said, block.most
            maybe = [e for e in earlier if e.least <= most and e.last in said and e.first in said]
            if len(maybe) >= MIN_HELD_BLOCKS and sum(e.words for e in maybe) >= MIN_HELD_SHARE * d.words:
                key = block.key()
                distinct = {e.key(): e.words for e in maybe}  # a text said twice counts once, with its last count
                held = [words for text, words in distinct.items() if text in key]
                if len(held) >= MIN_HELD_BLOCKS and sum(held) >= MIN_HELD_SHARE * d.words:
                    d.decide(Roles.CHROME, "chrome.copy", f"says again {len(held)} earlier blocks of the story")
                    continue
        earlier.append(block)
