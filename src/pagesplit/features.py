"""Per-block features, computed once before any rule runs.

Rules read these flags instead of re-running patterns on the text, so every block is scanned a
fixed number of times whatever the number of rules. What a chrome shape is (a menu line, a glued list, a counter…)
lives in ``chrome_shapes``, what a caption's credit looks like in ``caption_shapes``; this module decides which
block is asked what, and caches the answers of short blocks.
"""

from __future__ import annotations

from typing import Any

import regex

from pagesplit import dates
from pagesplit.caption_shapes import CAPTION_LABELS, CREDITS, MAX_CAPTION_CHARS, caption_like
from pagesplit.chrome_shapes import (
    MAX_SHAPE_WORDS,
    MIN_DATA_BLOB_CHARS,
    MIN_GLUED_LIST_WORDS,
    chrome_shape,
    has_upper_after_lower,
    is_data_blob,
    is_glued_list,
    menu_or_counter,
)
from pagesplit.draft import ChromeShape, Draft
from pagesplit.lexicon import CHROME_CATEGORIES, Lexicon, Phrase, first_of
from pagesplit.lexicon.char_classes import has_digit
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.lexicon.unspaced import CHARS_PER_UNSPACED_WORD, UNSPACED_SCRIPT, may_have_unspaced_script
from pagesplit.members import Kinds
from pagesplit.timed_match import timed

_LETTER = timed(regex.compile(r"[\p{L}\p{N}]"), "features.letter")
#: An image as a text browser prints it: its file name, or its alt text in brackets ("[team-photo]"; w3m puts the
#: image's type in brackets before it, "[svg][team-photo]": 146 such lines in 39 dev w3m dumps, none in the other
#: dev dumps; elinks and lynx print "[108][IMG]" when they number links), or a file name without its suffix as a
#: picture's alt text often is, one token joining a word and a number with "_" ("IMG_1407-3", "010_Clymer-1",
#: "DSC_0042": a camera's or an upload's name, which no sentence writes).
_IMAGE_MARKER = timed(regex.compile(
    r"^\S+\.(?:png|jpe?g|gif|webp|svg|avif)$|^(?:\[[^\]\s]{1,60}\])+$|^(?=\S*\d)[\p{L}\d-]+(?:_[\p{L}\d-]+)+$",
    regex.IGNORECASE), "features.image-marker")
#: "20 hours ago", "2 min read", "5 Kommentare", "Updated 3h": card meta lines.
_RELATIVE_META = timed(regex.compile(
    r"^\W*\d+\s*(?:min(?:ute)?s?|h(?:ours?)?|hrs?|d(?:ays?)?|weeks?|months?|years?|sec(?:ond)?s?|std|tage?n?|jours?|heures?)"
    r"(?:\s+(?:ago|read|lesezeit|de lecture))?\W*$"
    r"|^\W*\d+\s+\w+\W*$"
    r"|^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h)?\W*$",
    regex.IGNORECASE,
), "features.relative-meta")
#: A short sentence with a number in it is a counter ("Shared 4,976 times."), at most this many words.
MAX_COUNTER_SENTENCE_WORDS = 8
#: Meta lines are short.
MAX_META_CHARS = 60
#: Headlines are short: more words than this and a block is prose, not a headline.
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 2
#: A block is prose when it has at least this many words and ends a sentence (or is long): ``is_prose``.
#: A block's stopword ratio is read for prose only (``rules.block_scores.block_score``): a short block that cannot be
#: prose is not counted (most short blocks of a page: headlines, labels, meta lines).
MIN_PROSE_WORDS = 8
MIN_LONG_WORDS = 25
#: Prose with a smaller share of stopwords is down-weighted (lists of names, keyword clouds: ``rules.block_scores``).
LOW_STOPWORD_RATIO = 0.04
#: A block's stopwords are counted in its first 1 / STOPWORD_HEAD_PARTS of its words first, all of them only when
#: those hold too few to reach LOW_STOPWORD_RATIO of the whole (running text is about two fifths stopwords, ten times
#: that ratio, so its first quarter holds more than enough). Speed only: the answer to "below LOW_STOPWORD_RATIO?"
#: is the same whatever the value.
STOPWORD_HEAD_PARTS = 4
#: Credit lines are short.
MAX_CREDIT_CHARS = 80
#: "Photo: Jo Doe/Agency" is a credit; "Photos: the parade lights up the town" is a headline.
MAX_CREDIT_PREFIX_WORDS = 6
#: Prefix and contains lexicon hits only count on blocks shorter than this (long blocks are prose).
MAX_PREFIX_CHROME_CHARS = 160
MAX_NOTICE_CHARS = 1000
#: Glued button labels ("Keep ReadingShow less") are short.
MAX_GLUED_CHARS = 60
#: Section labels are short ("More For You", "Top stories in Nation"); so is any label naming a box or a group of
#: cards (``link_lists``, ``dom_cards``). Those two rules had 10; dev (score.py --folds, five modes): 10 for all
#: three lowers sh:b article F1 on innertext, w3m and lynx (2 pages down each), 8 for all three leaves every
#: scored figure unchanged (15 HTML pages change only a card's section: a 9-10 word heading, mostly another
#: story's headline, gives way to the shorter label above it).
MAX_LABEL_WORDS = 8

#: "Read more: <headline>", "READ NEXT<tab><headline>", "Related | <headline>": a separator this near the start.
_INLINE_SEPARATORS = frozenset(":|»›\t–—")
MAX_INLINE_HEAD_CHARS = 30
#: Bylines are short.
MAX_BYLINE_WORDS = 12

#: Chrome categories whose prefix entries also mark blocks that end a sentence.
_SENTENCE_CHROME = ("legal", "navigation")
_SECTIONS, _BYLINES, _COMMENTS = ("sections",), ("bylines",), ("comments",)
_COMMENT_COUNTS = ("comment_counts",)
_SENTENCE_END_CHARS = frozenset(".!?…。！？")
#: Closing quotes and brackets after a sentence's or headline's last mark, skipped when its end is read.
TRAILING_CLOSERS = "\"'”’»)]"


def count_words(text: str) -> int:
    if not may_have_unspaced_script(text):
        return len(text.split())
    return _count_unspaced_words(text)


def _count_unspaced_words(text: str) -> int:
    """``count_words`` of a text that may hold a script written without spaces."""
    unspaced = len(UNSPACED_SCRIPT.findall(text))
    if unspaced:
        return len(UNSPACED_SCRIPT.sub(" ", text).split()) + unspaced // CHARS_PER_UNSPACED_WORD
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """The last visible character (closing quotes and brackets aside) ends a sentence."""
    tail = text.rstrip().rstrip(TRAILING_CLOSERS)
    return bool(tail) and tail[-1] in _SENTENCE_END_CHARS


def _stopword_ratio(tokens: list[str], lex: Lexicon) -> float:
    """The share of stopwords among ``tokens``, or, once the words of its first part are share enough, that part's
    count over all of them: the rules ask only whether it is below LOW_STOPWORD_RATIO (``Draft.stopword_ratio``), and
    prose reaches it within its first words (a long paragraph's tokens are most of this call's cost)."""
    if not tokens:
        return 0.0
    n = len(tokens)
    is_stopword = lex.all_stopwords.__contains__
    head = n // STOPWORD_HEAD_PARTS
    if head:
        # a lower bound of the share (more stopwords may follow), on the same side of LOW_STOPWORD_RATIO as the
        # share itself whenever it reaches it
        share = sum(map(is_stopword, tokens[:head])) / n
        if share >= LOW_STOPWORD_RATIO:
            return share
    return sum(map(is_stopword, tokens)) / n


def is_prose(d: Draft) -> bool:
    """The block reads as prose: MIN_LONG_WORDS words, or MIN_PROSE_WORDS and a sentence's end. ``compute`` stores
    the answer in ``Draft.prose``, which the rules read (its inputs never change after ``compute``)."""
    return d.words >= MIN_LONG_WORDS or (d.words >= MIN_PROSE_WORDS and d.ends_sentence)


def compute(drafts: list[Draft], lex: Lexicon) -> None:
    """Fill the feature fields of every draft in place.

    Hot path (millions of pages): long blocks only get what prose needs (length, sentence end,
    stopwords, notice and caption gates); short blocks repeat within and across pages (menus,
    buttons, labels), so their features are computed once per distinct text and then copied.
    """
    entry = _short_cache.get(id(lex))
    if entry is None or entry.lexicon is not lex:
        _short_cache.clear()  # one lexicon per process in practice; never keep features of a dropped one
        entry = _short_cache[id(lex)] = _ShortCache(lex)
    young, old = entry.young, entry.old
    for d in drafts:
        if d.kind is Kinds.HIDDEN:
            continue  # script, style, hidden markup (HTML): chrome whatever it says, and it can be megabytes
        text = d.text
        chars = len(text)
        if chars > MAX_PREFIX_CHROME_CHARS:
            d.chars = chars
            d.ends_sentence = ends_sentence(text)
            _long_block(d, lex)
            continue
        values = young.get(text)
        if values is None:
            values = old.get(text)
            if values is None:
                values = _short_features(text, chars, lex)
                if len(young) >= SHORT_CACHE_SIZE:
                    entry.old = old = young
                    entry.young = young = {}
            young[text] = values  # new, or still in use: it survives the next turnover
        # One unpacking statement (the fields of _SHORT_FIELDS, in order): cheaper than a setattr loop.
        (d.chars, d.ends_sentence, d.words, d.prose, d.stopword_ratio, d.is_chrome_phrase, d.chrome_rule,
         d.chrome_detail, d.is_toggle, d.is_section_label, d.opens_comments, d.is_caption_like,
         d.is_credit_like, d.is_date_like, d.is_meta_like, d.is_headline_like, d.shape, d.names_byline,
         d.has_inline_head) = values


def _short_names(d: Draft, lex: Lexicon) -> None:
    """Flags of short blocks that rules test by name: chrome shapes, byline openers, inline heads."""
    d.shape = chrome_shape(d.text, d.words)
    if d.words <= MAX_BYLINE_WORDS:
        d.names_byline = lex.lookup(d.text, _BYLINES) is not None
    d.has_inline_head = not _INLINE_SEPARATORS.isdisjoint(d.text[:MAX_INLINE_HEAD_CHARS])


def _long_block(d: Draft, lex: Lexicon) -> None:
    text = d.text
    tokens = text.lower().split()
    unspaced = may_have_unspaced_script(text)  # one scan of a long text, for the word count and the notices
    d.words = _count_unspaced_words(text) if unspaced else len(tokens)
    d.prose = is_prose(d)
    d.stopword_ratio = _stopword_ratio(tokens, lex)
    if d.chars <= MAX_NOTICE_CHARS and (unspaced or not lex.contained_words.isdisjoint(tokens)):  # may_contain
        notice = lex.find_contained(text, "notices", None, tokens, unspaced)
        if notice is not None:
            d.is_chrome_phrase, d.chrome_rule = True, "chrome.notice"
            d.chrome_detail = f"[{notice.lang}] {notice.text}"
    if d.chars <= MAX_CAPTION_CHARS:
        d.is_caption_like = caption_like(text, lex) or lex.lookup(text, CAPTION_LABELS) is not None
    d.is_headline_like = d.words <= MAX_HEADLINE_WORDS and not d.is_chrome_phrase and not ends_like_prose(text)
    _short_names(d, lex)


def _either(exact_hits: tuple[Phrase, ...], prefix_hits: tuple[Phrase, ...], categories: tuple[str, ...]) -> bool:
    """The block is, or opens with, an entry of ``categories``."""
    return (first_of(exact_hits, categories) or first_of(prefix_hits, categories)) is not None


def introduces_what_follows(text: str) -> bool:
    """The line ends with a colon ("Results:", "Read the releases on this:"): it introduces the list or cards below
    as the story's own (``rules.article``, ``rules.dom_cards``)."""
    return text.rstrip().endswith(":")


def ends_with_ellipsis(text: str) -> bool:
    """The text is cut short ("… as Hurri...", "… and how much…"): a card's headline or summary, not a sentence's
    end (``rules.article``, ``rules.dom_cards``)."""
    return text.rstrip().endswith(("...", "…"))


def _states_count(stripped: str) -> bool:
    """A line that ends a sentence ends it as a statement does: with a stop or an exclamation mark, not a question
    mark or an ellipsis (``features``' counter sentences: "Shared 4,976 times.")."""
    tail = stripped.rstrip(TRAILING_CLOSERS)
    return not tail.endswith(_ASKED_OR_CUT)


#: The ends of a sentence that asks or is cut short.
_ASKED_OR_CUT = ("?", "？", "..", "…")


def ends_like_prose(text: str) -> bool:
    """Ends with a stop or a comma (in any script: "。", "，"); not an ellipsis, which cuts a headline short as often
    as a sentence."""
    tail = text.rstrip()
    return tail.endswith(_PROSE_END_MARKS) and not tail.endswith("...")


#: The marks ``ends_like_prose`` reads as a sentence's or a clause's end.
_PROSE_END_MARKS = (".", ",", ";", ":", "。", "，", "；", "：", "．")


#: Short blocks' features are cached per lexicon in two generations of up to this many texts each: when
#: the young one is full it becomes the old one and the previous old one is dropped; a text found in
#: the old generation moves back to the young. Site chrome that recurs survives every turnover, a
#: page's own headlines do not linger (a plain dict cleared when full lost the common chrome as well).
SHORT_CACHE_SIZE = 25_000
#: The fields a cached short block restores, in the order ``compute`` stores and unpacks them.
_SHORT_FIELDS = (
    "chars", "ends_sentence", "words", "prose", "stopword_ratio", "is_chrome_phrase", "chrome_rule", "chrome_detail",
    "is_toggle", "is_section_label", "opens_comments", "is_caption_like", "is_credit_like", "is_date_like",
    "is_meta_like", "is_headline_like", "shape", "names_byline", "has_inline_head",
)


class _ShortCache:
    """Features of short blocks by text, for one lexicon (held, so its id cannot be reused)."""

    __slots__ = ("lexicon", "old", "young")

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.young: dict[str, tuple[Any, ...]] = {}  #: text -> values in ``_SHORT_FIELDS`` order
        self.old: dict[str, tuple[Any, ...]] = {}


#: id(lexicon) -> its cache.
_short_cache: dict[int, _ShortCache] = {}


def _short_features(text: str, chars: int, lex: Lexicon) -> tuple[Any, ...]:
    """The values of ``_SHORT_FIELDS`` for a short block never seen before.

    Hot path (a page's own headlines and captions miss the cache): the values are worked out in local
    variables and returned as the tuple the cache keeps, and ``compute`` writes them to the draft in one
    statement, whether they were cached or not.
    """
    # ``ends_sentence`` and ``ends_like_prose``, written out on the text stripped once (a call costs more than
    # either test: about 1,500 instructions, callgrind); an empty tail's ``[-1:]`` is in no set
    stripped = text.rstrip()
    ends = stripped.rstrip(TRAILING_CLOSERS)[-1:] in _SENTENCE_END_CHARS
    norm = normalize(text)
    tokens = norm.split()
    # ASCII text (most blocks) holds no script written without spaces: the gates below that look for one
    # are skipped on it at once, the text scanned once here
    ascii_text = text.isascii()
    unspaced = not ascii_text and may_have_unspaced_script(text)
    words = _count_unspaced_words(text) if unspaced else len(text.split()) if not ascii_text else len(tokens)
    prose = words >= MIN_LONG_WORDS or (words >= MIN_PROSE_WORDS and ends)  # ``is_prose``, written out
    stopword_ratio = _stopword_ratio(tokens, lex) if prose else 0.0
    exact_hits, prefix_hits = lex.entries(norm)
    hits = bool(exact_hits or prefix_hits)  # most blocks hit no entry: the lexicon flags below are then False
    # A lower-case letter right before an upper-case one: glued labels need one (glued lists count them).
    junction = chars <= MAX_GLUED_CHARS and has_upper_after_lower(text, ascii_text)
    chrome_rule, chrome_detail, toggle = _own_chrome(text, chars, norm, ends, words, junction,
                                                     exact_hits, prefix_hits, lex)
    # ``lex.may_contain``, written out with ``unspaced`` known: a block holding no word any contained entry holds
    # (most blocks) is not searched for one, for notices here or for credits below
    may_contain = unspaced or not lex.contained_words.isdisjoint(tokens)
    if chrome_rule is None and may_contain:
        notice = lex.find_contained(text, "notices", norm, tokens, unspaced) \
            or lex.find_contained(text, "legal", norm, tokens, unspaced)
        if notice is not None:
            chrome_rule, chrome_detail = "chrome.notice", f"[{notice.lang}] {notice.category}: {notice.text}"
    chrome = chrome_rule is not None
    section_label = opens_comments = False
    if not ends:
        if words <= MAX_LABEL_WORDS:
            section_label = hits and _either(exact_hits, prefix_hits, _SECTIONS)
        opens_comments = (hits and _either(exact_hits, prefix_hits, _COMMENTS)) or (
            # "167 comments", "[ 12 Kommentare ]"
            len(tokens) == 2 and tokens[0].isdigit() and first_of(lex.exact.get(tokens[1]), _COMMENTS) is not None
        ) or (
            # "10 thoughts on “<the article's title>”", "3 Kommentare zu „…“"
            len(tokens) > 2 and tokens[0].isdigit()
            and lex.lookup(norm.split(" ", 1)[1], _COMMENT_COUNTS) is not None
        )
    # ``caption_like`` finds nothing in a text without one of the marks its tests need (a bracket, a slash, a
    # colon, a "©", a first "F"): most blocks have none, and are not passed to it
    caption = (("(" in text or "/" in text or ":" in text or "©" in text or text[:1] in "Ff")
               and caption_like(text, lex)) or (hits and first_of(prefix_hits, CAPTION_LABELS) is not None)
    credit = False
    if chars <= MAX_CREDIT_CHARS:
        # "Getty Images" is a credit whole; "Photo: …" only opens one when the rest is a name, not a sentence.
        credit = (
            (hits and first_of(exact_hits, CREDITS) is not None)
            or (hits and words <= MAX_CREDIT_PREFIX_WORDS and first_of(prefix_hits, CREDITS) is not None)
            or (words <= 4 and caption)
            # "Jo Doe Submitted photo", "Jo Doe/Getty Images": a short line holding a credit phrase
            or (words <= MAX_CREDIT_PREFIX_WORDS and may_contain
                and lex.find_contained(text, CREDITS[0], norm, tokens, unspaced) is not None)
        )
    date = meta = False
    if chars <= MAX_META_CHARS:
        date = lex.has_date(text) and not _date_glued_to_headline(text, lex)
        meta = (
            date
            or (text.lstrip()[:1].isdigit() and _RELATIVE_META.match(text) is not None)
            or (hits and first_of(prefix_hits, _BYLINES) is not None)
            # "This story has been shared 4,976 times." - a counter sentence, not a headline; it states (a question
            # or a line cut short that holds a number is a headline: "Can a 2019 car still pass?", "Plant 2 shuts…")
            or (ends and words <= MAX_COUNTER_SENTENCE_WORDS and has_digit(text)
                and _states_count(stripped))
        )
    headline = (
        MIN_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS
        and not meta
        and not chrome
        and not section_label
        and not credit
        and not (stripped.endswith(_PROSE_END_MARKS) and not stripped.endswith("..."))  # ``ends_like_prose``
    )
    names_byline = hits and words <= MAX_BYLINE_WORDS and _either(exact_hits, prefix_hits, _BYLINES)
    inline_head = not _INLINE_SEPARATORS.isdisjoint(text[:MAX_INLINE_HEAD_CHARS])
    # ``chrome_shape``, without the data-blob test a short block cannot pass (it has fewer characters)
    # a glued list has junctions: a short text known to have none is not scanned again
    if words >= MIN_GLUED_LIST_WORDS and (junction or chars > MAX_GLUED_CHARS) \
            and is_glued_list(text, words, ascii_text):
        shape: ChromeShape | None = ChromeShape.GLUED_LIST
    else:
        shape = menu_or_counter(text, words) if words <= MAX_SHAPE_WORDS else None
        if shape is None and chars >= MIN_DATA_BLOB_CHARS and is_data_blob(text, words):
            shape = ChromeShape.DATA_BLOB
    return (chars, ends, words, prose, stopword_ratio, chrome, chrome_rule, chrome_detail, toggle, section_label,
            opens_comments, caption, credit, date, meta, headline, shape, names_byline, inline_head)


def _own_chrome(text: str, chars: int, norm: str, ends: bool, words: int, junction: bool,
                exact_hits: tuple[Phrase, ...], prefix_hits: tuple[Phrase, ...],
                lex: Lexicon) -> tuple[str | None, str, bool]:
    """(chrome rule, detail, is a toggle) of the chrome a short block's text is: symbols only, an image
    marker, a lexicon entry, glued labels or a lexicon opener; (None, "", False) when it is none of them."""
    if not norm or (not norm[0].isalnum() and _LETTER.search(norm) is None):
        return "chrome.symbols", "", False
    if words == 1 and ("." in text or text[:1] == "[" or "_" in text) and _IMAGE_MARKER.match(text) is not None:
        return "chrome.image", "", False
    exact = first_of(exact_hits, CHROME_CATEGORIES) if exact_hits else None
    if exact is not None:
        return "chrome.lexicon", f"[{exact.lang}] {exact.category}: {exact.text}", exact.category == "toggles"
    glued = lex.split_glued(text) if junction and chars <= MAX_GLUED_CHARS else None
    if glued:
        return "chrome.glued-label", " + ".join(glued), True
    hit = first_of(prefix_hits, CHROME_CATEGORIES) if prefix_hits else None
    # "© 2024 Example Media. All rights reserved." and "This entry was posted in News." end a
    # sentence and are still chrome; share and notice openers must not (they open prose too).
    if hit is not None and (not ends or hit.category in _SENTENCE_CHROME):
        return "chrome.lexicon-prefix", f"[{hit.lang}] {hit.category}: {hit.text} …", False
    return None, "", False


#: A date glued to a headline holds its date and more than this many content words (words that are neither function
#: words nor initials) on the glued side: the limit of a date line's other words in ``dates.date_line``.
MAX_DATE_LINE_CONTENT_WORDS = dates.MAX_DATE_LINE_OTHER_WORDS


#: A letter and a digit side by side ("Roe19", "2021Updated", "4th"): the only way a date touches a letter.
_LETTER_TOUCHES_DIGIT = timed(regex.compile(r"[^\W\d_]\d|\d[^\W\d_]"), "features.letter-touches-digit")


def _date_glued_to_headline(text: str, lex: Lexicon) -> bool:
    """The line is a card's date printed against its headline with no space between ("4. März 2020Konferenz über
    …", "Messe in Frankfurt am Main14.03.2024"), as innerText and the text browsers print two elements: more than
    MAX_DATE_LINE_CONTENT_WORDS content words on the side the date touches. A name glued to its date ("Jane
    Roe19.10.2019") or two dates glued ("3 March 2021Updated 4 March 2021") stay date lines."""
    if _LETTER_TOUCHES_DIGIT.search(text) is None:
        return False  # most date lines: no date touches a letter, and no date is searched for again
    found = dates.find_date(text)
    if found is None:
        return False
    before, after = text[:found.start], text[found.end:]
    return (after[:1].isalpha() and _content_words(after, lex) > MAX_DATE_LINE_CONTENT_WORDS) \
        or (before[-1:].isalpha() and _content_words(before, lex) > MAX_DATE_LINE_CONTENT_WORDS)


def _content_words(text: str, lex: Lexicon) -> int:
    return sum(1 for w in dates.WORD.findall(text) if len(w) > 1 and w.casefold() not in lex.all_stopwords)
