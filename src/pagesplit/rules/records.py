"""Pipeline stage: teaser cards in text dumps, found as repeated records.

A teaser card is one record in a run of similar records. Every block gets a shape symbol from the
features already computed (a headline, a kicker or name line, a date or byline, a caption or credit,
a short summary); a run of cards is a stretch where a unit of two to six symbols holding exactly one
headline repeats at least three times in a row, each repetition allowed to miss one optional part
(a card without its date, a card without its picture). Labels ("More For You") and toggles play no
part in finding the run: the zones they open are left to ``group_teasers``. Before the runs are looked for,
``rules.record_reading`` corrects the shapes a card's blocks misread: a headline that asks, or over a lede cut
short; a headline (and kicker) printed twice; a short headline followed by the parts every card has.

Runs are found before the article is selected, so a carousel of headline + lede cards above the
story, or below it, is never taken for its first paragraphs: claimed cards score as teasers there.

The shortest record is a headline alone: four or more bare headlines in a row ("Most read" with no
label a lexicon knows) are a run of one-block records; ``rules.headline_lists`` finds the ones outside
the article that this stage leaves (a kicker line between headlines).

A page must keep its story, and a run must tell other stories:
- a run with the story's prose on both sides of it, a list of bare headlines reaching into the story run
  or coming back as its sub-headings (a table of contents), or a run holding nearly all the page's prose
  is the story's own (a listicle, sub-headed short sections, a how-to's steps, a calendar);
- the headlines are distinct, as long as a story's and do not open alike (``tells_stories``), and a
  summary is longer than its headline (an interview's answers are not) unless each record is dated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container
from datetime import datetime
from functools import cache
from itertools import pairwise

import regex

from pagesplit import lexicon
from pagesplit.context import Context
from pagesplit.dates import date_line
from pagesplit.draft import Draft
from pagesplit.lexicon import DIGIT, ascii_words
from pagesplit.members import Inputs, Kinds, Parts, Roles
from pagesplit.model import TeaserPart
from pagesplit.rules.article import best_run
from pagesplit.rules.block_scores import (
    CHROME_COST,
    MIN_ARTICLE_SCORE,
    MIN_SHORT_ARTICLE_SCORE,
    SHORT_COST,
    SHORT_COST_FRAGMENTED,
    TOGGLE_COST,
    block_score,
)
from pagesplit.rules.card_parts import MAX_META_WORDS
from pagesplit.rules.card_shapes import keyword_string
from pagesplit.rules.form_fields import holds_form_field
from pagesplit.rules.label_zones import MAX_SKIPPED_LINES
from pagesplit.rules.record_reading import (
    asking_headlines,
    claim_repeats,
    cut_headlines,
    cut_short,
    headlines_over_ledes,
    listed_headlines,
    ranks,
    short_headlines,
    without_repeats,
)
from pagesplit.rules.record_symbols import (
    BARRIER,
    EVIDENCE,
    HEADLINE,
    KICKED,
    KICKER,
    MAX_PERIOD,
    META,
    MIN_LIST_TITLES,
    MIN_PERIOD,
    MIN_RECORD_TITLE_WORDS,
    MIN_RECORDS,
    PICTURE,
    PROSE,
    SUMMARY,
    TOGGLE,
)
from pagesplit.rules.topic_names import PageNames
from pagesplit.timed_match import timed

#: Text browsers print the cells of a layout table side by side, apart by a run of spaces; a line holding
#: one is no card's part (prose and headlines hold single spaces, a wrapped line is joined with one).
_COLUMN_GAP = "   "
#: Symbols no record holds.
_STOPS = frozenset((BARRIER, PROSE))
#: Symbols no record starts with: a summary, a read-more toggle (it closes a card).
_NO_START = _STOPS | {SUMMARY, TOGGLE}
#: A card's kicker, author or category line is at most this many words and ends no sentence.
MAX_KICKER_WORDS = 3
#: A card's summary (lede) is at most this long: one or two sentences or a lede cut with "…"; a story's
#: paragraphs run longer, and a longer block ends the run. Set from the card ledes read in dev dumps, not swept.
MAX_LEDE_CHARS = 450
#: …and at least this share of them complete (the others miss one optional part).
MIN_COMPLETE_SHARE = 0.5
#: How far a run of MIN_RECORDS records of the longest period reaches.
_REACH = MAX_PERIOD * MIN_RECORDS
#: The page's prose outside the run must score at least this much, or the run is the page's content
#: (``rules.block_scores.MIN_ARTICLE_SCORE``: the least prose an article run holds).
MIN_PROSE_LEFT = MIN_ARTICLE_SCORE
#: A run's headlines average at least this many words: a card's headline tells a story ("Police collect 204
#: dead bodies after the crash"); menu and directory entries ("Disaster Recovery Learning Center") name a place.
#: Set from the dev false positives of the record shape (menus and directories of 4-5-word entries), not swept.
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
#: …and this share for records with parts that all have the same parts (``_alike``: headline and date, each
#: one): the parts tell them for cards, and one site's cards on one topic open with its name ("Harbour …") as
#: often as a list's entries do with the same word. Dev dumps read: every run of records with parts that the list
#: share turned down on fold a was all gold (topical card runs, 30-40 % alike); the lists it must still stop
#: (calendars, source lists, menus, forms) are bare lines (records of one block). Tried: 0.5 for every record
#: run also took a four-card run of headlines and deks read out of step (two of four alike: the deks became
#: headlines), and records whose parts vary (a dek under some headlines) misread the same way; 0.4 and
#: same-part records only keep them out. Not swept further.
MAX_SHARED_CARD_OPENING = 0.4
#: A list of bare headlines whose headlines come back, at least this share of them, as sub-headings over the
#: story's prose is its table of contents.
MIN_CONTENTS_SHARE = 0.5
#: In at least this share of a run's records that have a summary, the summary is longer than the headline (a
#: card's lede tells more than its title; an interview's long answers under short questions are the other way).
#: The share ``rules.label_zones.MIN_PAIRED_SHARE`` asks of headline / summary pairs under a label. Records that date
#: their headline are not asked: the date line tells a card (no interview dates its questions), and a dated card's
#: lede may be one short line under a long headline ("You can do this.").
MIN_LONGER_SUMMARY_SHARE = 0.75
#: A run with at least this much prose score on both sides of it inside the page's main run of prose (as
#: ``rules.article`` scores it, before any card is claimed) is a list inside the story: a how-to's commands
#: between their explanations, an interview. One short paragraph of the story's (``MIN_SHORT_ARTICLE_SCORE``);
#: a carousel above the story or cards below it have none on one side.
MIN_STORY_AROUND = MIN_SHORT_ARTICLE_SCORE


def shape(d: Draft) -> str:
    """The block's shape symbol (see the module docstring)."""
    if d.is_toggle:
        return TOGGLE
    if d.role is not Roles.OTHER:
        if d.role is Roles.CHROME and d.opens_comments and d.is_meta_like:
            return META  # a card's comment count ("8 comments": a count line; "Comments" opens the comments)
        if d.role is Roles.CHROME and not d.is_section_label and not d.opens_comments:
            return ""  # a share button or an image marker inside a card: no part of the record's shape
        return BARRIER
    if d.chars > MAX_LEDE_CHARS:
        return BARRIER if d.opens_comments else PROSE  # too long for any part of a card (and not scanned)
    if d.kind is Kinds.TABLE:
        return BARRIER  # a table's row
    symbol = _TEXT_SHAPES.get(d.text)
    if symbol is None:
        if len(_TEXT_SHAPES) >= TEXT_SHAPES_SIZE:
            _TEXT_SHAPES.clear()
        symbol = _TEXT_SHAPES[d.text] = _text_shape(d)
    if d.nested and symbol == HEADLINE:
        return KICKER  # an entry of a dump's nested list (a menu tree's, a card's picture line) heads no record
    return symbol


#: The shape symbols of undecided blocks up to MAX_LEDE_CHARS long, by text: what ``_text_shape`` reads are
#: features of the text alone (``features.compute``, one lexicon per process). Lines repeat within a page
#: (``rules.headline_lists`` asks again after the article is selected) and across a site's pages (menus,
#: kickers, labels).
_TEXT_SHAPES: dict[str, str] = {}
#: The cache is emptied when it holds this many texts: a few dozen pages' short lines (features' cache of
#: short features, ``features.SHORT_CACHE_SIZE``, is of the same order), a few hundred kilobytes at most.
TEXT_SHAPES_SIZE = 8192


def _text_shape(d: Draft) -> str:
    """The shape symbol of an undecided block no longer than MAX_LEDE_CHARS that is no table row."""
    text = d.text
    if d.opens_comments or "\t" in text or _COLUMN_GAP in text or holds_form_field(text):
        # two layout columns side by side (printed with gaps between cells), a form's field
        return BARRIER
    if d.is_meta_like or lexicon.load().is_yearless_date_line(text):
        return META  # a date line, a byline; a card's date with no year ("Mar. 4"), which only its place tells
    if d.is_caption_like or d.is_credit_like:
        return PICTURE
    if d.is_headline_like and not d.ends_sentence:
        # a line that ends a sentence is no card's headline: a question over its answer (a Q&A, an FAQ),
        # a step of a how-to ("Click Properties.")
        if _says_again(text):
            return BARRIER  # a menu label printed once per screen size ("Recipes Recipes Recipes")
        if d.words < MIN_RECORD_TITLE_WORDS:
            return KICKER
        # a date line as long as a headline is a card's date: "Posted 4 hours ago" (``features`` reads a relative
        # date as meta only when it opens with its number)
        # (a date line is a card's meta line, at most MAX_META_WORDS long, and holds a number: most headlines are
        # longer or hold none, and are not searched for a date)
        dated = d.words <= MAX_META_WORDS and DIGIT.search(text) is not None \
            and date_line(text, reference=_ANY_TIME) is not None
        return META if dated else HEADLINE
    if d.words <= MAX_KICKER_WORDS and not d.ends_sentence:
        return BARRIER if _says_again(text) else KICKER
    return SUMMARY


#: ``dates.date_line`` reads a relative date ("4 hours ago") only against a reference time; any one tells that
#: a line is a date line.
_ANY_TIME = datetime(2000, 1, 1)


def _says_again(text: str) -> bool:
    """The line is one phrase said two or more times over ("Tips & Tricks Tips & Tricks Tips & Tricks")."""
    head = text[:1]
    if head.isascii() and head.isalnum():
        start = 0  # most lines open with a letter or a digit: no scan
    else:
        first = _FIRST_ALNUM.search(text)
        if first is None:
            return False
        start = first.start()
    if text.find(text[start:start + _SAID_AGAIN_HEAD].rstrip(), start + 1) < 0:
        return False  # most lines: their first letters come only once
    words = text.split()
    while words and not any(c.isalnum() for c in words[0]):
        del words[0]  # a bullet or a star before the label
    n = len(words)
    return n > 1 and any(n % k == 0 and words == words[:k] * (n // k) for k in range(1, n // 2 + 1))




@cache  # units are short strings over five symbols: a few hundred distinct ones in all
def _variants(unit: str) -> tuple[str, ...]:
    """The unit, then the unit missing each part that is not its headline: the records a run may hold."""
    return (unit, *(unit[:k] + unit[k + 1:] for k in range(len(unit)) if unit[k] != HEADLINE))


@cache  # units are short strings over a few symbols: a few hundred distinct ones in all
def _unit_variants(unit: str) -> tuple[str, ...]:
    """The records a run repeating ``unit`` may hold (``_variants``), or none when no run repeats it: a unit
    holds one headline, one part a card has and a menu has not, at most one summary, not first, and no block
    no record holds; or it is a kicker over a headline (``KICKED``), every record whole."""
    if unit == KICKED:
        return (unit,)  # its only part is its kicker: a record without it is a bare headline
    if unit.count(HEADLINE) != 1 or not _STOPS.isdisjoint(unit) or not EVIDENCE.intersection(unit) \
            or unit.count(SUMMARY) > 1 or unit.count(TOGGLE) > 1 or unit[0] in _NO_START:
        return ()  # a headline over two paragraphs, or a paragraph first, is a sub-headed story's section
    return _variants(unit)


def _match(symbols: str, at: int, variants: tuple[str, ...]) -> int:
    """How many symbols from ``at`` one record takes: the whole unit (``variants[0]``), or the unit missing one
    part that is not its headline; 0 when none matches."""
    for variant in variants:
        if symbols.startswith(variant, at):
            return len(variant)
    return 0


def _trim(symbols: str, unit: str, ends: list[tuple[int, bool]]) -> None:
    """Drop the records a run only seems to end with: one missing a part (the story's own headline under a
    carousel of headline + lede cards would pass for one), and one whose summary the next paragraph goes on
    from (the story's headline and first paragraph under the carousel: a card's lede stands alone), or a kicker +
    headline record followed by a byline, a date or a paragraph (the story's own section kicker and headline). A run
    that ends on one record missing its part keeps it when the list goes on past it (``_list_goes_on``): the story's
    headline does not."""
    dropped = []
    while ends and not ends[-1][1]:
        dropped.append(ends.pop())
    if len(dropped) == 1 and ends and _list_goes_on(symbols, dropped[0][0]):
        ends.append(dropped[0])
    after = symbols[ends[-1][0]:ends[-1][0] + 1] if ends else ""
    if (SUMMARY in unit and after in (SUMMARY, PROSE)) or (unit == KICKED and after in _OPENS_A_STORY):
        ends.pop()
        while ends and not ends[-1][1]:
            ends.pop()


#: What follows a story's own headline (under its section's kicker): its byline or date, its first paragraph.
_OPENS_A_STORY = frozenset((META, SUMMARY, PROSE))


def _list_goes_on(symbols: str, at: int) -> bool:
    """Another headline comes after ``at`` before any summary, paragraph or block no record holds: the box's entries
    go on (a guide's last cards printed as bare titles, kickers between them). The story's own headline under a
    carousel is followed by its byline and its first paragraph, before any other headline."""
    for symbol in symbols[at:at + _REACH]:
        if symbol == HEADLINE:
            return True
        if symbol in _ENDS_A_LIST:
            return False
    return False


#: Symbols after which no entry of a list comes: a summary, a paragraph, a toggle, a block no record holds.
_ENDS_A_LIST = frozenset((SUMMARY, PROSE, TOGGLE, BARRIER))


def _closed_by_toggle(symbols: str, at: int) -> bool:
    """A read-more toggle comes after ``at`` before any headline: what stands before it is one card's."""
    toggle, headline = symbols.find(TOGGLE, at), symbols.find(HEADLINE, at)
    return toggle >= 0 and (headline < 0 or toggle < headline)


def _run_at(symbols: str, at: int) -> tuple[int, int, int]:
    """(blocks covered, period, records) of the best run starting at ``at``; (0, 0, 0) when none."""
    best = (0, 0, 0)
    if symbols.startswith(HEADLINE * MIN_LIST_TITLES, at):  # a list of bare headlines: a record of one block
        end = at + MIN_LIST_TITLES
        while symbols.startswith(HEADLINE, end):
            end += 1
        if not _closed_by_toggle(symbols, end):  # a list inside a toggled card's summary is the card's
            best = (end - at, 1, end - at)
    for p in range(MIN_PERIOD, MAX_PERIOD + 1):
        unit = symbols[at:at + p]
        if len(unit) < p or not (variants := _unit_variants(unit)):
            continue
        ends: list[tuple[int, bool]] = []  # where each record ends, and whether it is complete
        j = at
        while (taken := _match(symbols, j, variants)) > 0:
            j += taken
            ends.append((j, taken == p))
        _trim(symbols, unit, ends)
        j = ends[-1][0] if ends else at
        records, complete = len(ends), sum(whole for _, whole in ends)
        least = MIN_LIST_TITLES if unit == KICKED else MIN_RECORDS
        if (complete >= least or records > least) and complete >= MIN_COMPLETE_SHARE * records \
                and j - at > best[0]:
            best = (j - at, p, records)
    return best


def find_runs(symbols: str, at: int = 0,
              tried: dict[int, tuple[int, int, int]] | None = None) -> list[tuple[int, int, int]]:
    """(start, end exclusive, period) of every run of records in a string of shape symbols from ``at`` on, left to
    right, the longest at each place.

    A record holds a headline within its first MAX_PERIOD symbols, so only the places up to that far before
    a headline can start a run: they are tried in order from each headline, and the rest of the string is
    never walked symbol by symbol (a page has a few hundred blocks and a few dozen headlines).

    ``tried``: the best run found at each place so far in the same ``symbols``, filled in here. A caller that looks
    for runs again from a later place (``group_record_cards``, after turning a run down) passes the same dict: a
    third of the places it tries again were tried before (dev sh innerText dumps: 1,612 of 4,707).
    """
    runs: list[tuple[int, int, int]] = []
    # ``at``: the first place not tried yet
    head = symbols.find(HEADLINE, at)
    while head >= 0:
        for start in range(max(at, head - MAX_PERIOD + 1), head + 1):
            # a record never starts with a summary (see ``_run_at``), nor with a block no record holds
            if symbols[start] in _NO_START or symbols.count(HEADLINE, start, start + _REACH) < MIN_RECORDS:
                continue
            best = tried.get(start) if tried is not None else None
            if best is None:
                best = _run_at(symbols, start)
                if tried is not None:
                    tried[start] = best
            covered, period, _ = best
            if covered:
                runs.append((start, start + covered, period))
                at = start + covered
                break
        else:
            at = head + 1
        head = symbols.find(HEADLINE, max(at, head + 1))
    return runs


def _records(shaped: list[tuple[str, Draft]], symbols: str, start: int, end: int,
             period: int) -> list[list[tuple[str, Draft]]]:
    """The run cut into records, each holding one headline, by the unit the run repeats."""
    variants = _variants(symbols[start:start + period])
    records, j = [], start
    while j < end:
        taken = _match(symbols, j, variants)
        records.append(shaped[j:j + taken])
        j += taken
    return records


_FIRST_WORD = timed(regex.compile(r"\w+"), "records.first-word")
#: ``[\p{L}\p{N}]`` is ``str.isalnum`` (the ``[^\W_]`` of the standard library's ``re``; ``regex``'s ``\w`` also takes
#: combining marks and leaves out ``²``).
_FIRST_ALNUM = timed(regex.compile(r"[\p{L}\p{N}]"), "records.first-alnum")
#: ``_says_again`` first looks for a line's first this many characters a second time.
_SAID_AGAIN_HEAD = 3


def _opening(text: str, skipped: frozenset[str] = frozenset()) -> str:
    """The first word of a line, past any bullet marker ("• ", "* "); every ordinal is one opening, a list
    entry's number ("1a etapa: …", "2a etapa: …"; "1st round: …", "2nd round: …"). A word of ``skipped`` (the
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
    return "#" if first[:1].isdigit() and not first.isdigit() else first


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
    vortex"), its alternative text printed over a card's headline, not a sentence going on.
    """
    return any(_FIRST_WORD_LOWER.match(d.text) is not None and d.chars > above.chars and not _picture_keywords(d)
               for above, d in pairwise(titles))


def _picture_keywords(d: Draft) -> bool:
    """A picture's keywords printed as its alternative text ("queen news prince philip health latest"): no capital
    (``card_shapes.keyword_string``) and no stopword between the words, which a sentence going on says."""
    return keyword_string(d) and _no_stopword(d.text)


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


def _alike(records: list[list[tuple[str, Draft]]], period: int) -> bool:
    """Records with parts (``period`` blocks), every one the same parts in the same order: cards by their shape."""
    return period > 1 and len({"".join(s for s, _ in record) for record in records}) == 1


def _summaries_longer(records: list[list[tuple[str, Draft]]]) -> bool:
    """Summaries are longer than their headlines in most records that have one (``MIN_LONGER_SUMMARY_SHARE``)."""
    pairs = []
    for record in records:
        parts = dict(record)  # symbol -> block; a record holds one headline and at most one summary
        if SUMMARY in parts:
            pairs.append(parts[SUMMARY].chars > parts[HEADLINE].chars)
    return not pairs or sum(pairs) >= MIN_LONGER_SUMMARY_SHARE * len(pairs)


_PARTS: dict[str, tuple[TeaserPart, str]] = {
    KICKER: (Parts.META, "teaser.meta"),
    META: (Parts.META, "teaser.meta"),
    SUMMARY: (Parts.SUMMARY, "teaser.summary"),
}


def _claim(record: list[tuple[str, Draft]], card: int, detail: str, section: str | None) -> None:
    for symbol, d in record:
        d.card, d.section = card, section
        if symbol == TOGGLE or d.role is Roles.CHROME:
            continue  # a read-more toggle, a comment count: chrome by their own text, they keep that verdict
        if symbol == HEADLINE:
            d.part = Parts.TITLE
            d.decide(Roles.TEASER, "teaser.record", detail)
        elif symbol == PICTURE:
            d.part = Parts.CREDIT if d.is_credit_like else Parts.CAPTION
            d.decide(Roles.TEASER, "teaser.credit" if d.is_credit_like else "teaser.caption")
        else:
            d.part, rule = _PARTS[symbol]
            d.decide(Roles.TEASER, rule)


def _label_above(drafts: list[Draft], first: int) -> str | None:
    """The section label right above a run's first block ("Trending Now"), which names its cards' section: past
    at most as many chrome lines ("Advertisement") as ``rules.label_zones`` skips before a zone's first card."""
    for d in reversed(drafts[max(0, first - MAX_SKIPPED_LINES - 1):first]):
        if d.is_section_label:
            return d.text.strip()
        if d.role is not Roles.CHROME:
            return None
    return None


def is_contents(titles: list[Draft], drafts: list[Draft]) -> bool:
    """A table of contents: most of a list's headlines come again further down, each over a paragraph of
    prose, as the story's sub-headings (``rules.article`` keeps such entries in the story as well)."""
    below = drafts[titles[-1].index + 1:]
    heads = {d.text for d, after in pairwise(below) if after.prose}
    return sum(d.text in heads for d in titles) >= MIN_CONTENTS_SHARE * len(titles)


def _story_scores(drafts: list[Draft], ctx: Context) -> tuple[list[float], int, int]:
    """Each block's positive article score inside the page's main run of prose as ``rules.article`` finds it
    with no card claimed yet (0 elsewhere), and that run's first and last index."""
    n = max(1, len(drafts) - 1)
    short_cost = SHORT_COST_FRAGMENTED if ctx.fragmented else SHORT_COST
    scores = [
        # plain chrome (most blocks) scores without a call, as in ``select_article``
        (-TOGGLE_COST if d.is_toggle else -CHROME_COST)
        if d.role is Roles.CHROME and not (d.inline or d.opens_comments or d.is_section_label)
        else block_score(d, i / n, short_cost)
        for i, d in enumerate(drafts)
    ]
    start, end, _ = best_run(scores)
    return [max(0.0, s) if start <= i <= end else 0.0 for i, s in enumerate(scores)], start, end


def read_records(drafts: list[Draft]) -> tuple[list[tuple[str, Draft]], list[Draft]]:
    """The blocks that have a shape, each with its symbol as ``rules.record_reading`` corrects it, and the lines
    printed again that it leaves out (``without_repeats``)."""
    kept, repeats = without_repeats([(s, d) for d in drafts if (s := shape(d))])
    read = asking_headlines(headlines_over_ledes(cut_headlines(ranks(kept))))
    return short_headlines(listed_headlines(read)), repeats


def _in_menu(symbols: str, start: int, end: int, period: int, shaped: list[tuple[str, Draft]]) -> bool:
    """A run of kicker + headline records (no part but the kicker) with kicker lines right above and right below it:
    a menu whose entries carry a tagline (a service's name over what it offers), not a box of cards, which its
    label or other content sets apart from the menus around it. Or such a run whose "headlines" are mostly long
    lines with no stopword: a menu's sections, each over its entries run together on one line ("FIFA 22" / "News
    Release Date Demo Closed Beta Cover Star Game Modes …")."""
    if not (symbols.startswith(KICKED, start) and period == len(KICKED)):
        return False
    if start > 0 and symbols[start - 1] == KICKER and symbols[end:end + 1] == KICKER:
        return True
    heads = [d for s, d in shaped[start:end] if s == HEADLINE]
    return sum(d.words >= MIN_RUN_TOGETHER_WORDS and _no_stopword(d.text) for d in heads) * 2 > len(heads)


#: A headline-shaped line of at least this many words with no stopword is a menu's entries run together (a dump
#: that joins a menu's links into one line); a headline that long says "to", "of", "the", "in" somewhere. Probe
#: dumps read: such menu lines hold 8-30 entry words. Not swept.
MIN_RUN_TOGETHER_WORDS = 8


def _no_stopword(text: str) -> bool:
    """No word of the line is a stopword of any language the lexicon knows."""
    stopwords = lexicon.load().all_stopwords
    return not any(word.casefold() in stopwords for word in text.split())


def group_record_cards(drafts: list[Draft], ctx: Context) -> None:
    """Text dumps: claim every run of repeated records (see the module docstring) as teaser cards.

    A run turned down gives its last record back: that record may be the first of the next run (a menu's last
    entry over the first headline of a list), and the runs are looked for again from there.
    """
    if ctx.kind is not Inputs.TEXT:
        return
    shaped, repeats = read_records(drafts)
    symbols = "".join([s for s, _ in shaped])
    tried: dict[int, tuple[int, int, int]] = {}  # each place's best run, for the looks again after a run turned down
    runs = find_runs(symbols, 0, tried)
    if not runs:
        return  # most pages: the story and its chrome, no run of records
    prose_total = sum(d.chars for d in drafts if d.role is Roles.OTHER and d.prose)
    story: tuple[list[float], int, int] | None = None  # worked out for the first run that looks like cards
    names: PageNames | None = None  # read for the first run whose headlines open alike

    def page_names() -> PageNames:
        nonlocal names
        if names is None:
            names = PageNames(drafts)
        return names

    def tells_cards(start: int, end: int, period: int, records: list[list[tuple[str, Draft]]]) -> bool:
        nonlocal story
        if _in_menu(symbols, start, end, period, shaped):
            return False
        dated = META in symbols[start:start + period]
        if not tells_stories([d for record in records for s, d in record if s == HEADLINE],
                             ctx.lexicon.all_stopwords if period > 1 else frozenset(),
                             MIN_MEAN_DATED_TITLE_WORDS if dated else MIN_MEAN_TITLE_WORDS,
                             MAX_SHARED_CARD_OPENING if _alike(records, period) else MAX_SHARED_OPENING,
                             page_names) \
                or not (dated or _summaries_longer(records)):
            return False
        run_prose = sum(d.chars for _, d in shaped[start:end] if d.prose)
        if prose_total - run_prose < MIN_PROSE_LEFT:
            return False  # the run is the page's content: nothing else would be left for the article
        story = story or _story_scores(drafts, ctx)
        scores, story_start, story_end = story
        first, last = shaped[start][1].index, shaped[end - 1][1].index
        if sum(scores[:first]) >= MIN_STORY_AROUND and sum(scores[last + 1:]) >= MIN_STORY_AROUND:
            return False  # a list inside the story
        bare = [d for _, d in shaped[start:end]]
        # a list of headlines cut short to fit a box is no list of the story's own, which cuts no item short
        reaches_story = story_start <= last and first <= story_end \
            and sum(map(cut_short, bare)) < MIN_RECORDS
        # bare headlines reaching into the story, or its contents, are its own list; a menu's are none
        return not (period == 1 and (reaches_story or is_contents(bare, drafts) or names_sections(bare)
                                     or continues_above(bare)))

    pending = runs[::-1]  # the next run last
    while pending:
        start, end, period = pending.pop()
        records = _records(shaped, symbols, start, end, period)
        if not tells_cards(start, end, period, records):
            if len(records) > 1:
                pending = find_runs(symbols, end - len(records[-1]), tried)[::-1]
            continue
        first = shaped[start][1].index
        detail = f"{len(records)} records of {period} block{'s' if period > 1 else ''}"
        section = _label_above(drafts, first)
        pictures: list[tuple[str, Draft]] = []
        for k, record in enumerate(records):
            if period == 1 and k + 1 < len(records) and _picture_keywords(record[0][1]):
                # a picture's keywords over a list's next headline (its alternative text): that card's picture
                pictures.append((PICTURE, record[0][1]))
                continue
            _claim(pictures + record, ctx.new_card(), detail, section)
            pictures = []
    claim_repeats(repeats, drafts)
