"""Pipeline stage: a card whose headline is worded like a section label is that list's label.

A label names a group of stories with the same few words whatever the site: "latest", "recent", "stories",
"related", "weitere", "Themen". The lexicon's section labels hold those words; a short line made mostly of them,
with one of the words that recur across labels, is a label too ("Ryan Reed's Most Recent Stories", "More Great
WIRED Stories", "Recent from Jo Doe", "Aktuelle News & Themen"). A dump prints a label the lexicon does not list
like the headlines under it, and the record and headline-list stages take it for their first card (dev: eight
sites in innerText, w3m, lynx and bs4); in HTML such a link in a list of story links leads to an author's or a
section's page (names probe: one card; dev HTML: none). Only cards are asked: read as a label anywhere else, the
same words make menu items ("Local News") and a story's sub-headings ("Die Themen im Überblick") chrome.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon import LABEL_WORD_EDGES, Lexicon
from pagesplit.lexicon.char_classes import has_digit
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Parts, Roles
from pagesplit.rules.release import drop_cards

#: A word of at least this many of the lexicon's section labels (all languages) names a label's kind ("latest",
#: "stories", "weitere"); rarer words are one label's own ("dich", "shop"). Dev: at 2, words of a single
#: language's phrasing ("may", "dich") come in and one gold headline ("6 Things to Do in May") reads as a label
#: but for its digit; at 3 no gold teaser title on dev is worded like a label.
MIN_LABEL_HEAD_ENTRIES = 3
#: At least this share of the line's words are words of section labels (stopwords included: "The latest from …")…
MIN_LABEL_WORD_SHARE = 0.5
#: …and at most this many are not: a label adds to its words no more than a name, an author's, a section's or a
#: site's ("Recent from Ed Cara", "More Great WIRED Stories"). Dev dumps, cards of every page: at 3, real headlines
#: half made of stopwords and one label word ("Our recent visit to Burkina Faso", "La fake news de Madame Salamé")
#: read as labels; at 2 they do not, and of the annotated false cards only two calls to act go back to cards.
MAX_NAME_WORDS = 2
#: Labels are short: the lexicon's section labels have at most 6 words (2 to 3 most often). Longer lines can be
#: half made of a label's words and stopwords and still be a headline ("Divers find the latest wreck in the bay").
MAX_LABEL_WORDS = 6
_SENTENCE_END = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]"

def worded_like_label(text: str, lex: Lexicon) -> bool:
    """A short line, no sentence and no count, at least half of whose words are words of the lexicon's section
    labels, one of them a word that recurs across labels, and the others a name of at most two words. A count
    makes a listicle's headline ("Top 50 …", "6 Things to Do in May"), a sentence's end a headline or a call
    ("Get the latest news!")."""
    # cheap tests first (``str`` methods in C): most card headlines are longer than any label
    if len(text.split()) > MAX_LABEL_WORDS or has_digit(text) \
            or text.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_END:
        return False
    tokens = [w for w in (t.strip(LABEL_WORD_EDGES) for t in normalize(text).split()) if w]
    if not tokens:
        return False
    counts = lex.label_words
    known = [w for w in tokens if w in counts]
    return len(known) >= MIN_LABEL_WORD_SHARE * len(tokens) and len(tokens) - len(known) <= MAX_NAME_WORDS \
        and any(counts[w] >= MIN_LABEL_HEAD_ENTRIES and w not in lex.all_stopwords for w in known)


def drop_label_cards(drafts: list[Draft], ctx: Context) -> None:
    """Cards whose headline is worded like a section label (``worded_like_label``): the headline becomes chrome, the
    card's other lines go back to nobody (as ``own_story`` drops a card)."""
    lex = ctx.lexicon
    dropped = {d.card for d in drafts
               if d.role is Roles.TEASER and d.part is Parts.TITLE and d.card is not None
               and worded_like_label(d.teaser_title or d.text, lex)}
    if not dropped:
        return
    drop_cards(drafts, dropped, "chrome.label-words")
