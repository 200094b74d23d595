"""Reading a text dump's shape symbols as records: the corrections ``rules.record_shapes.read_records`` makes
before the record stage looks for runs, where a block's own shape misreads its place in a card.

- ``without_repeats``: a card printing its headline (and kicker) twice is one record;
- ``without_byline_names``: a byline's opener and its name on two lines ("By" / "Jo Doe") are one byline part;
- ``headlines_over_ledes``: a headline that asks over its summary, or over a lede cut short, heads its card;
- ``asking_headlines``: a headline that asks, over the parts the record above or below has, is its record's headline;
- ``listed_headlines``: a headline that asks, between two headlines, is one more of their list;
- ``ranks``: the numbers of a ranked list ("1", "2", "3" between its headlines) are a part of each card;
- ``cut_headlines``: headlines cut short with an ellipsis, several in a row, are a list of headlines;
- ``short_headlines``: a short line followed by the parts every card has takes the headline's place;
- ``claim_repeats``: once the runs are claimed, a line printed again joins the card above it;
- ``claim_byline_names``: a byline's name left out of the shape joins the card of its opener.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from pagesplit import lexicon
from pagesplit.draft import Draft
from pagesplit.features import MAX_BYLINE_WORDS, MAX_HEADLINE_WORDS, MIN_HEADLINE_WORDS, TRAILING_CLOSERS
from pagesplit.members import Parts, Roles
from pagesplit.rules.record_symbols import (
    EVIDENCE,
    HEADLINE,
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
)
from pagesplit.rules.title import is_bare_byline_opener


def without_repeats(shaped: list[tuple[str, Draft]]) -> tuple[list[tuple[str, Draft]], list[Draft]]:
    """The shaped blocks without a card's headline (and kicker) printed again, and those left out.

    A card often prints its headline twice, once as its picture's link and once as its own ("Company Town" /
    headline / "Company Town" / headline / lede), or once with its kicker glued on ("… Altima FEATURES" /
    "… Altima" / date). A headline or kicker line that repeats one of the REPEAT_REACH blocks right above it
    (the same text, or for a headline the same text with more after it) is left out of the record's shape
    when a part of a card (a summary, a date, a picture) comes next, or when it is the headline right above it
    again, word for word (``_twin``); a menu printed twice, with no part after it, keeps its repeats
    (``tells_stories`` turns it down for them).
    """
    # written out, no generator or call per pair: this runs for every shaped block of every dump (callgrind); the
    # first block looked at is a conditional expression, not ``max``, a builtin call that walks its arguments as an
    # iterable (about 1,300 instructions a call, callgrind: 0.12 M of this loop's 0.56 M per sh innerText dump)
    again = [False] * len(shaped)
    for k, (symbol, d) in enumerate(shaped):
        if symbol not in _REPEATED:
            continue
        text, index = d.text, d.index
        for j in range(k - REPEAT_REACH if k > REPEAT_REACH else 0, k):
            before_symbol, before = shaped[j]
            if index - before.index > REPEAT_REACH:
                continue  # a repeat is right under what it repeats
            said = before.text
            # the same text, or for a headline under a headline, the same text with more after it
            if text == said or (symbol == before_symbol == HEADLINE
                                and (text.startswith(said) or said.startswith(text))):
                again[k] = True
                break
    if True not in again:
        return shaped, []  # most pages: no line printed twice
    kept: list[tuple[str, Draft]] = []
    left: list[Draft] = []
    for k, (symbol, d) in enumerate(shaped):
        after = next((shaped[j][0] for j in range(k + 1, len(shaped)) if not again[j]), "") if again[k] else ""
        if after in EVIDENCE or (again[k] and _twin(shaped, k)):
            left.append(d)
        else:
            kept.append((symbol, d))
    return kept, left


def _twin(shaped: list[tuple[str, Draft]], k: int) -> bool:
    """The headline at ``k`` is the block right above it again, word for word: a card printing its headline under its
    picture's link (a menu printed twice prints its entries a whole menu apart, not each twice in a row)."""
    symbol, d = shaped[k]
    above_symbol, above = shaped[k - 1]
    return symbol == above_symbol == HEADLINE and d.index - above.index == 1 and d.text == above.text


#: A repeat is one of this many blocks right above it (a headline again under its kicker again: two).
REPEAT_REACH = 2
#: The blocks a card prints twice: its headline, its kicker.
_REPEATED = frozenset((HEADLINE, KICKER))


#: A short line takes the headline's place only in records of at least this many blocks: the parts it must be
#: followed by are then two or more, a pattern a story's text broken into lines (a bs4 dump's) does not repeat.
MIN_SHORT_HEADED_PERIOD = 3


def short_headlines(shaped: list[tuple[str, Draft]], symbols: str) -> list[tuple[str, Draft]]:
    """A card whose headline is short ("Pandemic goes on", two words) reads as a kicker line. It is the card's
    headline when the parts under it repeat, in order, the parts under the headline one record above (date,
    author, section under each), those parts include a card's part (summary, date, picture), and its text is
    the page's only such line (a section kicker, "AUTO NEWS", comes back on every card). ``symbols``: the blocks'
    symbols, as one string; the same list comes back when no line changes."""
    out = shaped
    seen = Counter(d.text for s, d in shaped if s == KICKER)
    for k, (symbol, d) in enumerate(shaped):
        if symbol != KICKER or d.words < MIN_HEADLINE_WORDS or seen[d.text] > 1:
            continue
        if _heads_like_a_neighbour(symbols, k, MIN_SHORT_HEADED_PERIOD):
            out = out if out is not shaped else list(shaped)
            out[k] = (HEADLINE, d)
    return out


#: The shapes a byline's name is read as by its own text: a kicker or name line ("Jo Doe"), a credit ("REUTERS"),
#: a headline ("Practical Horseman Editorial Staff"), a date or byline ("Jo Doe on March 3, 2015").
_NAME_SHAPES = frozenset((KICKER, PICTURE, HEADLINE, META))
#: A byline line ending in one of these runs on into a name on the next line: "Jo Doe," / "Kim Poe".
_LIST_MARKS = (",", "&")


def without_byline_names(shaped: list[tuple[str, Draft]], symbols: str) \
        -> tuple[list[tuple[str, Draft]], list[Draft]]:
    """The shaped blocks without the names under a byline line that runs on, and those names.

    A dump that prints an inline element on a line of its own (bs4's get_text) sets a byline's names apart from
    its opener and from each other ("By" / "Jo Doe", "By Jo Doe and" / "Kim Poe"), in some cards and not others
    ("By Jo Doe", a card with no author), and reads a name as a kicker, a credit or a headline: the records no
    longer repeat one unit. A byline line (a date or byline line by its shape that opens with a byline's words,
    ``Draft.names_byline``) that runs on (``_runs_on``: a bare opener, or a last word that joins names) and the
    block right under it, a card's line (``_NAME_SHAPES``) of up to MAX_BYLINE_WORDS words that ends no sentence
    (as ``rules.parts`` reads a story's byline), are one byline part, and so is a further name under a name that
    runs on: the names are left out of the record's shape and join the opener's card (``claim_byline_names``).
    ``symbols``: the blocks' symbols, as one string.
    """
    at = symbols.find(META)
    while at >= 0 and not shaped[at][1].names_byline:
        at = symbols.find(META, at + 1)
    if at < 0:
        return shaped, []  # most pages: no date or byline line opens with a byline's words (found by the string)
    left: list[Draft] = []
    kept: list[tuple[str, Draft]] = []
    opener: Draft | None = None  # the byline line above, when it runs on into a name
    stopwords = lexicon.load().all_stopwords
    for symbol, d in shaped:
        if opener is not None and d.index == opener.index + 1 and symbol in _NAME_SHAPES \
                and d.words <= MAX_BYLINE_WORDS and not d.ends_sentence:
            left.append(d)
            opener = d if _runs_on(d.text, stopwords) else None
            continue
        opener = d if symbol == META and d.names_byline and (is_bare_byline_opener(d)
                                                             or _runs_on(d.text, stopwords)) else None
        kept.append((symbol, d))
    return (kept, left) if left else (shaped, left)


def _runs_on(text: str, stopwords: frozenset[str]) -> bool:
    """The line ends where a list of names goes on: a comma or an ampersand, or a function word ("and", "und",
    "et"; the lexicons' stopwords), as a byline listing two or more authors breaks at each name's link."""
    tail = text.rstrip()
    if tail.endswith(_LIST_MARKS):
        return True
    last = tail.rsplit(None, 1)[-1] if tail else ""
    return last.casefold() in stopwords


def claim_repeats(left: list[Draft], drafts: list[Draft]) -> None:
    """A headline or kicker printed again goes to the card of the block right above it, when that is a card's."""
    for d in left:
        above = next((e for e in reversed(drafts[max(0, d.index - REPEAT_REACH):d.index])
                      if e.role is Roles.TEASER and e.card is not None), None)
        if above is None:
            continue
        d.card = above.card
        if d.is_headline_like and d.words >= MIN_RECORD_TITLE_WORDS:
            d.part = Parts.REPEAT
            d.decide(Roles.TEASER, "teaser.repeat")
        else:
            d.part = Parts.META
            d.decide(Roles.TEASER, "teaser.meta")


def claim_byline_names(names: list[Draft], drafts: list[Draft]) -> None:
    """Once the runs are claimed, a byline's name left out of the record's shape (``without_byline_names``) is the
    byline part of the card of the line right above it: its opener's, or the name before it on that line's card."""
    for d in names:  # in page order: a name over another is claimed first
        above = drafts[d.index - 1]
        if above.role is Roles.TEASER and above.card is not None:
            d.card, d.part = above.card, Parts.META
            d.decide(Roles.TEASER, "teaser.meta")


def headlines_over_ledes(shaped: list[tuple[str, Draft]], symbols: str) -> list[tuple[str, Draft]]:
    """A card's headline over its lede, where ``shape`` misreads one of them:

    - a headline that asks ("Who pays for the new bridge?") ends a sentence, and ``shape`` calls it a summary;
      over a longer summary of its own it is its card's headline;
    - a lede cut short with no final stop ("… the second location opened in") is headline-shaped; at least
      LEDE_RATIO times as long as the headline (or the asking or cut headline: "Prices climb again...")
      right above it, it is that card's summary. Three or more headlines in a row are a list of bare
      headlines and keep their shape.

    ``symbols``: the blocks' symbols, as one string; the same list comes back when no block changes.
    """
    out = shaped
    for k, ((symbol, d), (after, lede)) in enumerate(pairwise(shaped)):
        if not d.is_headline_like or symbol not in _CARD_TEXT or after not in _CARD_TEXT:
            continue
        tail = d.text.rstrip().rstrip(TRAILING_CLOSERS)
        asks, cut = tail[-1:] in _QUESTION_MARKS, tail.endswith(_ELLIPSES)
        if symbol == SUMMARY and not (asks or cut):
            continue  # a sentence
        if after == SUMMARY and asks and lede.chars > d.chars:
            out = out if out is not shaped else list(shaped)
            out[k] = (HEADLINE, d)
        elif lede.chars >= LEDE_RATIO * d.chars and not _in_headline_list(symbols, k):
            out = out if out is not shaped else list(shaped)
            out[k], out[k + 1] = (HEADLINE, d), (SUMMARY, lede)
    return out


def _in_headline_list(symbols: str, k: int) -> bool:
    """The headline at ``k`` and the one after it are two of three or more in a row."""
    return symbols.startswith(HEADLINE * 3, max(0, k - 1)) or symbols.startswith(HEADLINE * 3, k)


#: The blocks a headline / lede pair is read from: headline- or summary-shaped.
_CARD_TEXT = frozenset((HEADLINE, SUMMARY))
#: A cut lede is at least this many times as long as its headline, in characters. Dev dumps read: card ledes
#: cut short run two to four times their headline; a second headline of a list is rarely twice the first
#: (1.3, ``card_pairs.PAIR_LENGTH_RATIO``, took such pairs too).
LEDE_RATIO = 2.0
#: A question mark ends a headline; an exclamation ends a photo caption or a story's sentence as often ("The
#: crowds came!"). Dev dumps read, all four styles.
_QUESTION_MARKS = frozenset("?？")
#: An ellipsis cuts a headline short ("Prices climb again..."); a comment's excerpt too, but that is longer
#: than the headline under it, never half as long.
_ELLIPSES = ("..", "…")


def asking_headlines(shaped: list[tuple[str, Draft]], symbols: str) -> list[tuple[str, Draft]]:
    """A headline that asks ("Can the old lido be saved?") ends a sentence, and ``shape`` reads it as a summary
    (or, holding a year, as a date line). Over the parts the headline one record above has over its own, in the
    same order (a rank, an author and a date, a lede), it is its record's headline; so it is over the parts the
    headline one record below has (the run's first card asks, or the one above asks too), when those parts hold no
    headline. A line read as a headline here heads its record for the lines after it. So is any headline-shaped line
    misread as a summary or a date line (a question too short for ``asks``, two short sentences) over parts that
    repeat, in records of MIN_SHORT_HEADED_PERIOD blocks or more, and hold a date, a byline or a picture
    (``_HEADLINE_PLACE_PARTS``). In a list of bare headlines this
    pass leaves a question as it is (one-block records have no part to tell a headline's place by): only a
    question between two headlines joins their list (``listed_headlines``, the next pass). ``symbols``: the blocks'
    symbols, as one string; the same list comes back when no block changes."""
    out = shaped
    for k, (symbol, d) in enumerate(shaped):
        if symbol not in _ASKED_AS or not d.is_headline_like:
            continue
        if (asks(d) and (_heads_like_a_neighbour(symbols, k)
                        or _heads_like_a_neighbour(symbols, k, one_headline=True, below=True))) \
                or (k > 0 and symbols[k - 1] != HEADLINE  # a line right under a headline is its date or dek
                    and _heads_like_a_neighbour(symbols, k, MIN_SHORT_HEADED_PERIOD, _HEADLINE_PLACE_PARTS,
                                                one_headline=True)):
            out = out if out is not shaped else list(shaped)
            out[k] = (HEADLINE, d)
            symbols = symbols[:k] + HEADLINE + symbols[k + 1:]
    return out


def asks(d: Draft) -> bool:
    """A headline-shaped line, as long as a card's headline, that ends with a question mark (``headline_lists`` reads
    it too)."""
    return d.is_headline_like and d.words >= MIN_RECORD_TITLE_WORDS \
        and d.text.rstrip().rstrip(TRAILING_CLOSERS)[-1:] in _QUESTION_MARKS


def _heads_like_a_neighbour(symbols: str, k: int, min_period: int = MIN_PERIOD,
                            evidence: frozenset[str] = EVIDENCE, one_headline: bool = False,
                            below: bool = False) -> bool:
    """The parts under ``k`` repeat, in order, the parts under the headline one record above (``below``: one record
    below), in a record of ``min_period`` to MAX_PERIOD blocks; at least one of them is a card's part (``evidence``:
    a summary, a date, a picture). ``one_headline``: the parts hold no headline (a record holds one: two records of
    three blocks are no record of six)."""
    for p in range(min_period, MAX_PERIOD + 1):
        parts = symbols[k + 1:k + p]
        other = k + p if below else k - p  # the other record's headline
        if other >= 0 and symbols[other:other + 1] == HEADLINE and len(parts) == p - 1 \
                and symbols[other + 1:other + p] == parts and evidence.intersection(parts) \
                and not (one_headline and HEADLINE in parts):
            return True
    return False


#: The shapes an asking headline is misread as: a summary (it ends a sentence), a date line (it holds a year).
_ASKED_AS = frozenset((SUMMARY, META))
#: Any headline-shaped line misread so (a short question, "Who owns the ferry?"; two sentences, "Ferry is back. For
#: now") takes the headline's place of a record of MIN_SHORT_HEADED_PERIOD blocks or more when the parts under it
#: repeat those under the headline one record above and hold a date, a byline or a picture: a summary alone repeats
#: under a story's headline too (its short paragraphs), a card's byline or picture under each record does not.
_HEADLINE_PLACE_PARTS = frozenset((META, PICTURE))


def listed_headlines(shaped: list[tuple[str, Draft]], symbols: str) -> list[tuple[str, Draft]]:
    """A headline that asks ("Is the old lido worth saving?") ends a sentence, and ``shape`` reads it as a summary.
    Between two headlines it is one more headline of their list (``rules.headline_lists`` reads such a question
    the same way), unless the list stands right over a summary or a paragraph: a story's own headline asked as a
    question, between its dateline and byline read as headlines, over its first paragraph. ``symbols``: the
    blocks' symbols, as one string."""
    at = symbols.find(_BETWEEN_HEADLINES)
    if at < 0:
        return shaped  # most pages: no summary between two headlines (found without a call per block)
    out = list(shaped)
    while at >= 0:
        k = at + 1
        d = shaped[k][1]
        if asks(d) and not _over_prose(symbols, k + 1):
            out[k] = (HEADLINE, d)
        at = symbols.find(_BETWEEN_HEADLINES, k)
    return out


#: A summary between two headlines.
_BETWEEN_HEADLINES = HEADLINE + SUMMARY + HEADLINE


def _over_prose(symbols: str, k: int) -> bool:
    """The headlines from ``k`` on stand right over a summary or a paragraph."""
    end = k
    while symbols.startswith(HEADLINE, end):
        end += 1
    return symbols[end:end + 1] in _PROSE_TEXT


#: A card's lede or a story's paragraph.
_PROSE_TEXT = frozenset((SUMMARY, PROSE))


def ranks(shaped: list[tuple[str, Draft]], symbols: str) -> list[tuple[str, Draft]]:
    """A ranked list ("Most read": "1" / headline / "2" / headline …) prints each card's rank on a line of its own.
    A short line opening with a whole number reads as a kicker; where such numbers count up by one, at least
    MIN_RECORDS of them, each at most MAX_PERIOD blocks after the one before, they are the list's ranks: a part
    every card has and no menu has, as a date is (a text browser prints an ordered list's numbers on the item's
    own line, and a menu's numbers, a pager's or a score table's, do not stand between headlines). ``symbols``: the
    blocks' symbols, as one string (the passes' common signature; this one reads the blocks)."""
    numbered = [(k, n) for k, (symbol, d) in enumerate(shaped)
                if symbol in _RANKED_AS and (n := leading_rank(d.text)) is not None]
    if len(numbered) < MIN_RECORDS:
        return shaped  # most pages
    out = list(shaped)
    chain: list[int] = []
    for (k, n), (k2, n2) in pairwise([*numbered, (-1, -1)]):
        chain.append(k)
        if k2 - k <= MAX_PERIOD and n2 == n + 1:
            continue
        if len(chain) >= MIN_RECORDS:
            for j in chain:
                out[j] = (META, shaped[j][1])
        chain = []
    return out


def leading_rank(text: str) -> int | None:
    """The whole number a line opens with ("3", "4 Opinion", "12. Title"), or None."""
    words = text.split(maxsplit=1)
    head = words[0].rstrip(".)") if words else ""
    return int(head) if head.isdigit() and head.isascii() and len(head) <= _MAX_RANK_DIGITS else None


#: The shapes a rank line is read as: a kicker ("3"), a date line ("4 Opinion": a number and a word).
_RANKED_AS = frozenset((KICKER, META))
#: A rank has at most this many digits (a list's hundredth item; a year or a count is longer or stands alone).
_MAX_RANK_DIGITS = 2


def cut_headlines(shaped: list[tuple[str, Draft]], symbols: str) -> list[tuple[str, Draft]]:
    """A list of headlines cut short to fit its box ("Jury rules for half of the plaintiffs in …", "Council backs new
    bridge.."): an ellipsis ends no sentence, but ``shape`` reads such a line as a summary. MIN_RECORDS or more cut
    lines in a row repeat as records of their own: no card's lede (a lede stands under its headline, one per card:
    ``headlines_over_ledes``; two cut lines in a row are as often the excerpts of readers' comments, each over the
    headline of the story it is on). With the headlines that fit whole (those right below them, one right above them),
    MIN_LIST_TITLES or more in all, they are a list of bare headlines. ``symbols``: the blocks' symbols, as one
    string."""
    if symbols.count(SUMMARY) < MIN_RECORDS:
        return shaped  # most pages: too few summaries to be cut short (counted without a call per block)
    cut = [symbol == SUMMARY and cut_short(d) for symbol, d in shaped]
    if sum(cut) < MIN_RECORDS:
        return shaped  # most pages
    out = list(shaped)
    k = 0
    while k < len(shaped):
        if not all(cut[k:k + MIN_RECORDS]) or k + MIN_RECORDS > len(shaped):
            k += 1
            continue
        end = k
        while end < len(shaped) and (cut[end] or shaped[end][0] == HEADLINE):
            end += 1
        # the list may open with one headline that fit whole; what stands above that is counted as its label or a
        # menu's line (``find_runs`` takes any headline-shaped line above into the list all the same)
        start = k - 1 if k > 0 and shaped[k - 1][0] == HEADLINE else k
        if end - start >= MIN_LIST_TITLES:
            for j in range(start, end):
                out[j] = (HEADLINE, shaped[j][1])
        k = end
    return out


def cut_short(d: Draft) -> bool:
    """A line as long as a headline that ends with an ellipsis (``records`` reads it too)."""
    return MIN_RECORD_TITLE_WORDS <= d.words <= MAX_HEADLINE_WORDS \
        and d.text.rstrip().rstrip(TRAILING_CLOSERS).endswith(_ELLIPSES)
