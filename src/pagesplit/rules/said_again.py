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
from pagesplit.members import Roles
from pagesplit.timed_match import timed

#: A block counts as said again when it holds at least this many distinct earlier body blocks…
MIN_HELD_BLOCKS = 2
#: …of at least this many words each (a paragraph, not a heading or a name said again; ``article.MIN_PROSE_WORDS``)…
MIN_HELD_WORDS = 8
#: Words compared, punctuation and case aside (a hidden copy spaces and punctuates its text its own way).
_WORD = timed(regex.compile(r"\w+"), "said-again.word")
#: …which make up at least this share of its words. Dev sh dumps: the hidden copies are 0.9-1.0 earlier text; a
#: paragraph that holds the two halves of a pull quote printed above it holds 0.37.
MIN_HELD_SHARE = 0.8


def drop_copies(body: Sequence[Draft]) -> None:
    """Mark as chrome each article block of ``body`` (a dump's, in page order) that holds MIN_HELD_BLOCKS
    earlier article blocks word for word, making up MIN_HELD_SHARE of its words."""
    earlier: dict[str, int] = {}  # normalized text, padded with spaces -> its word count
    for d in body:
        if d.role is not Roles.ARTICLE or d.dom is not None or d.words < MIN_HELD_WORDS:
            continue
        words = _WORD.findall(d.text.casefold())
        if d.markup is not None and d.markup.ordered and words and words[0].isdigit():
            words = words[1:]  # a numbered item's number is the browser's, not the page's text
        key = f" {' '.join(words)} "
        if d.words >= MIN_HELD_BLOCKS * MIN_HELD_WORDS and len(earlier) >= MIN_HELD_BLOCKS:
            held = [words for text, words in earlier.items() if text in key]
            if len(held) >= MIN_HELD_BLOCKS and sum(held) >= MIN_HELD_SHARE * d.words:
                d.decide(Roles.CHROME, "chrome.copy", f"says again {len(held)} earlier blocks of the story")
                continue
        earlier[key] = d.words
