"""What a line of a teaser card looks like: the headline that opens a bare card, a picture's keywords, an author
or category line under a box headline, a text browser's picture marker or bullet over a card.

Shape only, no zone: the zones a section label opens (``label_zones``), inline boxes (``inline_boxes``) and
unlabelled card lists (``unlabeled_cards``) ask these questions of each line.
"""

from __future__ import annotations

from pagesplit.draft import Draft
from pagesplit.members import Kinds, Roles

#: A bare card's headline has at least this many words (menu items have one to three).
MIN_BARE_TITLE_WORDS = 4
#: Author or category lines under a box headline are at most this many words.
MAX_CARD_NAME_WORDS = 4


def opens_bare_card(d: Draft) -> bool:
    """A bare card's headline: headline-like and long enough not to be a menu item; never a table of several
    rows (an infobox's cells can read like a headline, and its lines like a card's; a one-row layout table
    around a headline is a card's markup), never an entry of a dump's nested list (a menu tree's). Worked out once
    per block (``Draft.bare_card``)."""
    known = d.bare_card
    if known is None:
        known = d.bare_card = d.is_headline_like and d.words >= MIN_BARE_TITLE_WORDS and not d.nested \
            and (d.kind is not Kinds.TABLE or "\n" not in d.text) and not keyword_string(d) \
            and _has_title_words(d)
    return known


def _has_title_words(d: Draft) -> bool:
    """At least MIN_BARE_TITLE_WORDS words with a letter or a digit: a symbol between two words is none ("Arts
    Stories & Interviews" is an item of a menu)."""
    symbols = 0
    for w in d.text.split()[1:-1]:  # (lynx's rule, "____", may end a headline's block)
        # (most words: ``isalnum``; the others are read by ``map``, not a generator: one left at its first
        # letter is closed by throwing GeneratorExit into it, about 1,700 instructions, callgrind)
        if not w.isalnum() and not any(map(str.isalnum, w)):
            symbols += 1
    return symbols <= d.words - MIN_BARE_TITLE_WORDS


def keyword_string(d: Draft) -> bool:
    """A line as long as a bare card's headline that opens with a small letter and holds no capital: a picture's
    keywords ("uk weather map polar vortex snow"), no headline. A headline opens with a capital or a digit ("10
    great gifts for …"), and a brand's small letter ("iPhone", "eBay") comes with a capital."""
    return d.words >= MIN_BARE_TITLE_WORDS and d.text[:1].islower() and d.text.lower() == d.text


def names_a_card(d: Draft) -> bool:
    """A short line under a box headline: its authors ("Jo Doe, Ann Roe"), a category, a date."""
    return d.role is Roles.OTHER and d.words <= MAX_CARD_NAME_WORDS and not d.ends_sentence


def card_picture(d: Draft) -> bool:
    """A text browser's marker of a card's picture or list bullet in a box ("[27yahoo-sale]", a lone "*":
    ``features``' chrome.image and chrome.symbols)."""
    return d.dom is None and d.chrome_rule in _CARD_MARKER_RULES


_CARD_MARKER_RULES = frozenset({"chrome.image", "chrome.symbols"})


def marks_a_card(d: Draft) -> bool:
    """A text browser's picture marker ("[27harbour]") or list bullet ("*") over a zone's first card: that card's,
    not a line the zone skips before its cards (a carousel's arrows, "‹" "›", are no card's)."""
    return card_picture(d) and (d.chrome_rule == "chrome.image" or d.text.strip() in _BULLETS)


#: The bullets text browsers print before a list item.
_BULLETS = frozenset("*•·+-–o")
