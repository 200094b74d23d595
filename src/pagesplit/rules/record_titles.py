"""Whether a list's headlines tell different stories, or read as a list of the story's own, a menu, a table of
contents or a sentence broken into lines (``rules.records`` and ``rules.headline_lists`` ask it of their runs)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Container
from itertools import pairwise

import regex

from pagesplit import lexicon
from pagesplit.draft import Draft
from pagesplit.lexicon.char_classes import ascii_words
from pagesplit.rules.card_shapes import keyword_string
from pagesplit.rules.record_symbols import MIN_RECORD_TITLE_WORDS, MIN_RECORDS
from pagesplit.timed_match import timed

#: A run's headlines average at least this many words: a card's headline tells a story ("Police collect 204
#: dead bodies after the crash"); menu and directory entries ("Disaster Recovery Learning Center") name a place.
#: Set from the dev false positives of the record shape (menus and directories of 4-5-word entries). Swept in
#: session 24 (innerText): 5 costs teaser precision tf:a -0.055, tf:b -0.080; 7 moves no gold figure (23 pages'
#: cards change, silver not measured).
MIN_MEAN_TITLE_WORDS = 6
#: …unless each record dates its headline (a date line in the unit the run repeats): a menu or a directory dates
#: no entry, and a dated card's headline may be as short as a kicker ("Ferry strike ends"). Dated runs ask only
#: the headline floor of a record (``MIN_RECORD_TITLE_WORDS``), on average. Dev dumps read: dated card runs whose
#: headlines average 4-5 words (tf); no menu or directory run holds a date line.
MIN_MEAN_DATED_TITLE_WORDS = MIN_RECORD_TITLE_WORDS
#: At most this share of a run's headlines open with the same word. The items of one list written for the
#: story are parallel ("Added rabbits", "Added mutton"; "No fixed fees", "No contract term"; "June 9 – …",
#: "June 17 – …"); headlines of different stories are not. Dev dumps read: such story lists open 30-50 % of their
#: items alike, the card runs read at most 20 % (three "Huawei …" among sixteen headlines).
MAX_SHARED_OPENING = 0.25
#: …and this share for records with parts that all have the same parts (``rules.records._alike``: headline and
#: date, each one; a picture or a date line that some print and some do not makes no difference): the parts tell
#: them for cards, and one site's cards on one topic open with its name ("Harbour …") as
#: often as a list's entries do with the same word. Dev dumps read: every run of records with parts that the list
#: share turned down on fold a was all gold (topical card runs, 30-40 % alike); the lists it must still stop
#: (calendars, source lists, menus, forms) are bare lines (records of one block). Tried: 0.5 for every record
#: run also took a four-card run of headlines and deks read out of step (two of four alike: the deks became
#: headlines), and records whose parts vary (a dek under some headlines) misread the same way; 0.4 and
#: same-part records only keep them out. Swept in session 24 (innerText): 0.3 and 0.35 change 3 pages' cards, no
#: gold figure; 0.45 changes no page.
MAX_SHARED_CARD_OPENING = 0.4
#: A list of bare headlines whose headlines come back, at least this share of them, as sub-headings over the
#: story's prose is its table of contents.
MIN_CONTENTS_SHARE = 0.5


_FIRST_WORD = timed(regex.compile(r"\w+"), "records.first-word")


def _opening(text: str, skipped: frozenset[str] = frozenset()) -> str:
    """The first word of a line, past any bullet marker ("• ", "* "); every ordinal is one opening, a list
    entry's number ("1a etapa: …", "2a etapa: …"; "1st round: …", "2nd round: …"), but a rank glued onto a
    capitalised word is read past ("3Harbour …" opens with "harbour"). A word of ``skipped`` (the
    stopwords, for records with parts) opens with the word after it ("I quit my job", "I moved back home":
    "i quit", "i moved"), unless that is a number (a calendar's "On 9 June …", "On 17 June …" stay parallel)."""
    head = text[:_OPENING_CHARS]
    # most lines are ASCII: their words without a pattern call (``_opening`` runs for every headline of every run)
    words = ascii_words(head).split(None, 2)[:2] if head.isascii() else _FIRST_WORD.findall(head)
    if not words:
        return ""
    first = words[0].casefold()
    if skipped and len(words) > 1 and not words[1][:1].isdigit() and first in skipped:
        return f"{first} {words[1].casefold()}"
    if first[:1].isdigit() and not first.isdigit():
        letters = words[0].lstrip(_DIGITS)
        # an ordinal's letters are small ("1st", "2a"); a capital right after the number is a rank glued onto its
        # headline by a dump that joins a list's number to its item ("1Council backs …", "2Ferry …")
        return letters.casefold() if letters[:1].isupper() else "#"
    return first


#: The digits a glued rank is read past (ASCII: the ranks the dev dumps print).
_DIGITS = "0123456789"
#: ``_opening`` reads at most a line's first this many characters (two words).
_OPENING_CHARS = 80


def tells_stories(titles: list[Draft], skipped: frozenset[str] = frozenset(),
                  min_mean_words: float = MIN_MEAN_TITLE_WORDS,
                  max_shared: float = MAX_SHARED_OPENING,
                  names: Callable[[], Container[str]] | None = None) -> bool:
    """Every record has its own headline, the headlines are as long as a story's (``MIN_MEAN_TITLE_WORDS``:
    "Back to main menu" five times is a menu's), and they do not open alike (``MAX_SHARED_OPENING``).

    Records with parts (a summary, a date, a picture under each headline) are cards by their shape, and only
    a parallel opening past a stopword (``skipped``: the stopwords) tells a list of the story's: the headlines
    of a first-person column's cards open with "I" as often as a list's entries do with the same verb. Such
    records may open alike more often (``max_shared``: ``MAX_SHARED_CARD_OPENING``).

    Headlines that open alike with a name the page keeps mentioning (``names``: ``topic_names.PageNames``, asked
    only then) are cards on the page's subject ("Apple to name …", "Apple working on …"), not a list's entries.
    """
    if len({d.text for d in titles}) < len(titles):
        return False
    if sum(d.words for d in titles) < min_mean_words * len(titles):
        return False
    opening, shared = Counter(_opening(d.text, skipped) for d in titles).most_common(1)[0]
    if shared <= max(1.0, max_shared * len(titles)):
        return True
    # a month's name opening a date ("June 9 -- …") opens a calendar's entries: no name of the page's subject; the
    # story's own headline, printed again with more glued on ("… Convertible image Auto News"), opens with it too
    return names is not None and opening in names() \
        and not any(_opening(d.text) == opening and _opens_with_date(d.text) for d in titles) \
        and not _said_twice(titles)


def _said_twice(titles: list[Draft]) -> bool:
    """One headline is another one with more after it."""
    texts = sorted(d.text for d in titles)
    return any(longer.startswith(text) for text, longer in pairwise(texts))


def _opens_with_date(text: str) -> bool:
    """The line's first two words are a date with no year ("June 9 -- Arena, Nashville")."""
    return lexicon.load().is_yearless_date_line(" ".join(text.split(maxsplit=2)[:2]))


def continues_above(titles: list[Draft]) -> bool:
    """A line of the list goes on from the line right above it, as a sentence or a form's text broken into lines
    does ("Pour lire la suite" / "et accéder gratuitement à 3 articles par mois, créez votre compte"): it opens in
    lower case, is longer than that line and says a stopword. No headline opens in lower case past a brand name
    ("iPhone"); a line of words with no stopword between them is a picture's keywords ("uk weather forecast map polar
    vortex"), its alternative text printed over a card's headline, not a sentence going on, and so is a line that
    spells its headline twice, small then capitalized (``names_twice``). In a list with MIN_RECORDS or more such
    keyword lines, each right over a line of another kind, a line in small letters that says a stopword ("night market
    what is on tonight") is one more of them: the list prints a picture over each headline. (Keyword lines two in
    a row are no such device: a command's output, "libz.so.1 => /usr/lib/libz.so.1", is no headline's picture.)
    """
    if not any(_FIRST_WORD_LOWER.match(d.text) is not None and d.chars > above.chars and not picture_keywords(d)
               and not names_twice(d) for above, d in pairwise(titles)):
        return False  # most lists: no line goes on from the one above
    keywords = [picture_keywords(d) for d in titles]
    # fewer than MIN_RECORDS keyword lines, each right over a line of another kind (its headline): no such device
    return sum(over and not under for over, under in pairwise(keywords)) < MIN_RECORDS


def names_twice(d: Draft) -> bool:
    """A picture's alternative text in small letters glued before the card's headline it names ("kaese spaetzle
    pfanne Käse-Spätzle-Pfanne", "harbour ferry timetable Harbour Ferry Timetable"): the line opens with
    two or more words in small letters whose first letters, and their number, are those of the capitalized words
    right after them. First letters only: the small words are often spelled without accents ("ae" for "ä")."""
    words = _LETTER_RUN.findall(d.text)
    for k in range(_MIN_TWICE_WORDS, len(words) // 2 + 1):
        small, named = words[:k], words[k:2 * k]
        if named[0][:1].isupper() and all(w.islower() for w in small) \
                and [_base_letter(w[0]) for w in small] == [_base_letter(w[0]) for w in named]:
            return True
    return False


def _base_letter(letter: str) -> str:
    """The letter in small case without its accent ("Ü" -> "u")."""
    return unicodedata.normalize("NFKD", letter)[:1].lower()


#: A name said twice is at least this many words long (one word twice is a repeat, ``rules.record_reading``'s).
_MIN_TWICE_WORDS = 2
#: The words of a line: runs of letters ("Käse-Spätzle-Pfanne" is three).
_LETTER_RUN = timed(regex.compile(r"\p{L}+"), "records.letter-runs")


def picture_keywords(d: Draft) -> bool:
    """A picture's keywords printed as its alternative text ("queen news prince philip health latest"): no capital
    (``card_shapes.keyword_string``) and no stopword between the words, which a sentence going on says."""
    return keyword_string(d) and no_stopword(d.text)


#: A line whose first word (past bullets and quotes) is all lower case: no brand name ("iPhone", "e-Tron"),
#: no address ("prices.example.com").
_FIRST_WORD_LOWER = timed(regex.compile(r"^\W*\p{Ll}+(?![\w.-])"), "records.first-word-lower")


#: A menu's entries name sections that pair two subjects with an ampersand ("Food & Drink", "Apps & Help"); a
#: headline says "and" when it pairs things. Dev dumps read: menus read as headline lists hold two to five such
#: entries among four to nine; lists of story headlines hold at most one.
_SECTION_JOIN = " & "
#: A list with at least this many ampersand-joined entries, and at least MIN_JOINED_SHARE of them, is a menu.
MIN_JOINED_ENTRIES = 2
MIN_JOINED_SHARE = 0.2


def names_sections(titles: list[Draft]) -> bool:
    """The list reads as a menu of sections: several of its entries join two subjects with an ampersand."""
    joined = sum(_SECTION_JOIN in d.text for d in titles)
    return joined >= MIN_JOINED_ENTRIES and joined >= MIN_JOINED_SHARE * len(titles)


def is_contents(titles: list[Draft], drafts: list[Draft]) -> bool:
    """A table of contents: most of a list's headlines come again further down, each over a paragraph of
    prose, as the story's sub-headings (``rules.article`` keeps such entries in the story as well)."""
    below = drafts[titles[-1].index + 1:]
    heads = {d.text for d, after in pairwise(below) if after.prose}
    return sum(d.text in heads for d in titles) >= MIN_CONTENTS_SHARE * len(titles)



def no_stopword(text: str) -> bool:
    """No word of the line is a stopword of any language the lexicon knows."""
    stopwords = lexicon.load().all_stopwords
    return not any(word.casefold() in stopwords for word in text.split())

