"""Phrase lists as data: ``lexicon/<lang>/<category>.txt``, one phrase per line.

Line syntax (``#`` starts a comment line, blank lines are ignored):

    Skip to content        the whole block is this phrase (case, spacing and edge punctuation ignored)
    Share on *             the block starts with this phrase
    * use cookies *        the block contains this phrase (only short blocks are tested)

Categories and what they mean are listed in ``CATEGORIES``. Adding a language is adding a
folder; no code changes. Everything is loaded once per process (``load()`` is cached).

This module holds the categories, the phrase index (``Lexicon``) and its loader; the lookup form (``normalize``)
and its caches are in ``lookup_form``, the date patterns in ``date_shapes``, character classes and digit tests
(``DIGIT``, ``has_digit``, ``ascii_words``) in ``char_classes``, scripts written without spaces in ``unspaced``, the
glued-label test in ``glued_labels``, and class/id token lists in ``dom_tokens``.
"""

from __future__ import annotations

import importlib.resources
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.abc import Traversable

import regex

from pagesplit.errors import LexiconError
from pagesplit.lexicon.char_classes import ascii_date_classes, ascii_letter_runs, has_digit, has_two_digits
from pagesplit.lexicon.date_shapes import (
    FOUR_DIGITS,
    LETTER_RUN,
    MAX_YEARLESS_DATE_CHARS,
    NUMERIC_DATE,
    NUMERIC_DATE_HINT,
    date_pattern,
    month_date_at,
    yearless_pattern,
)
from pagesplit.lexicon.glued_labels import glued_labels_cover
from pagesplit.lexicon.lookup_form import EDGE_JUNK, normalize
from pagesplit.lexicon.unspaced import UNSPACED_SCRIPT, may_have_unspaced_script
from pagesplit.timed_match import TimedPattern, timed

#: category -> what it holds. Chrome categories mark a block as chrome; the others feed other rules.
CATEGORIES: dict[str, str] = {
    "navigation": "skip links, menus, log-in, search and other site navigation",
    "post_navigation": "the navigation labels that name the one post before or after this one: previous post, next "
                       "article (each one in navigation too)",
    "share": "share bars, print, e-mail, comment counters and follow prompts",
    "notices": "cookie, consent, newsletter, subscription, paywall and advertisement boxes",
    "toggles": "buttons that expand or close a card or an article: read more, show less",
    "legal": "copyright lines, terms, privacy and other footer links",
    "services": "a site's own service links: log-in, account, subscription, contact, help (end a list of headlines)",
    "sections": "labels that open a zone of teaser cards: related, more for you, most read",
    "credits": "photo credit shapes: photo by, file photo, getty images, agency photo tags",
    "caption_labels": "the spoken label a picture's caption opens with: image caption, media caption",
    "bylines": "words that open a byline: by, von, par, por",
    "agencies": "news agencies and foundations that sign an article: (Reuters), (AP)",
    "comments": "labels that open a comment section or an author box: the article ends before them",
    "comment_counts": "what follows a count to open a comment section: '12 thoughts on …', '3 Kommentare zu …'",
    "months": "month names and abbreviations, for date lines: one month per line, January first",
    "stopwords": "the most frequent function words, to tell prose from labels",
    "error_not_found": "what a page says when it is not there: 404, page not found, soft 404s",
    "error_access_denied": "what a page says when it refuses the reader: access denied, 403 forbidden",
    "error_bot_challenge": "what a bot check says instead of the page: just a moment, verify you are human",
    "relative_dates": "relative dates ('2 hours ago'): their shape and unit words, read by ``pagesplit.dates``",
}
CHROME_CATEGORIES = ("navigation", "share", "notices", "toggles", "legal")
#: what an error page says, by the reason it gives (``pagesplit.page_type``)
ERROR_CATEGORIES = ("error_not_found", "error_access_denied", "error_bot_challenge")
#: Categories whose files another module reads (the phrase index skips them): relative dates have a format of
#: their own; error phrases are read once per page, not per block, so they stay out of the per-block index.
OWN_FORMAT_CATEGORIES = ("relative_dates", *ERROR_CATEGORIES)
#: labels that sites glue together without a space ("Keep ReadingShow less")
GLUE_CATEGORIES = ("toggles", "navigation", "share")

#: Punctuation a word of a section label may carry at its edges ("News &", "«Themen»", "Stories:").
LABEL_WORD_EDGES = " &|•·*-–—:>»«›‹→←()[]{}\"'“”‘’.,!?/"

#: A run of whitespace, one space in the form ``Lexicon.split_glued`` reads.
_SPACES = timed(regex.compile(r"\s+"), "lexicon.spaces")


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str  #: normalized
    lang: str
    category: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All languages' phrases, indexed for O(1) whole-block and prefix lookups."""

    exact: dict[str, tuple[Phrase, ...]]  #: normalized phrase -> its entries (one per category/lang)
    prefix: dict[str, tuple[Phrase, ...]]  #: normalized prefix -> its entries
    prefix_lengths: tuple[int, ...]  #: distinct prefix lengths in words, longest first
    prefix_heads: dict[str, tuple[int, ...]]  #: first word of prefix entries -> their lengths, longest first
    #: category -> (phrases indexed by their longest word, with trailing punctuation variants; unspaced phrases)
    contains: dict[str, tuple[dict[str, tuple[Phrase, ...]], tuple[Phrase, ...]]]
    contained_words: frozenset[str]  #: every word a ``* phrase *`` entry of any category is indexed under
    glued: TimedPattern  #: one or more toggle/navigation/share labels run together
    glue_labels: frozenset[str]  #: the labels ``glued`` is made of
    glue_lengths: tuple[int, ...]  #: their distinct lengths in characters
    stopwords: dict[str, frozenset[str]]  #: lang -> words
    all_stopwords: frozenset[str]
    month_date: TimedPattern  #: the date shapes that name a month (``has_date`` tests the numeric ones)
    yearless_date: TimedPattern  #: a short line of a day and a month with no year (``is_yearless_date_line``)
    month_words: frozenset[str]  #: the month names that are letters only ("march", "märz", "марта")
    month_others: tuple[str, ...]  #: the others ("3月")
    month_numbers: dict[str, int]  #: every month name of any language -> its number ("märz" -> 3)
    #: every word of a section label (edge punctuation off, ``LABEL_WORD_EDGES``) -> how many labels hold it
    label_words: dict[str, int]
    languages: tuple[str, ...]

    def lookup(self, text: str, categories: tuple[str, ...], norm: str | None = None) -> Phrase | None:
        """The entry of one of ``categories`` that this block is (exact) or starts with (prefix).

        Pass ``norm`` (``normalize(text)``) when you have it, to skip normalizing again.
        """
        exact, prefixed = self.entries(normalize(text) if norm is None else norm)
        return first_of(exact, categories) or first_of(prefixed, categories)

    def entries(self, norm: str) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
        """All entries a normalized block matches: (exact entries, prefix entries longest first).

        "Foto: dpa" opens with the entry "Foto: *", stored as "foto": words are compared without their
        edge punctuation.
        """
        exact = self.exact.get(norm, ())
        if not norm or not self.prefix_lengths:
            return exact, ()
        head = norm.split(" ", 1)[0].strip(EDGE_JUNK)
        if head and head not in self.prefix_heads:
            return exact, ()  # only entries opening with the block's first word can match: most blocks open with none
        longest = self.prefix_lengths[0]
        words = [w.strip(EDGE_JUNK) for w in norm.split(" ", longest)[:longest]]
        if "" in words:
            words = [w for w in words if w]
        lengths = self.prefix_heads.get(words[0]) if words else None
        if lengths is None:
            return exact, ()
        prefixed: tuple[Phrase, ...] = ()
        for n in lengths:
            if n <= len(words):
                hit = self.prefix.get(" ".join(words[:n]))
                if hit:
                    prefixed += hit
        return exact, prefixed

    def has_date(self, text: str) -> bool:
        """``date`` finds a date in ``text``; cheap gates first, since the month alternation is costly.

        Every date shape holds two digits in a row; the numeric ones ("2024-03-14", "14.03.2024",
        "2024年3月14日") need no month list; the others name a month as a whole run of letters, so only
        the text around such a run is matched (``month_date_at``), never the alternation at every place.
        """
        month_words = self.month_words
        if text.isascii():  # the same gates read in the text's date classes (``ascii_date_classes``), no pattern
            # ``bytes.find``, not ``in``: ``b"00" in classes`` first tries the operand as an integer (a byte value)
            # and builds and clears a TypeError when it is not, about 1,800 instructions a test (callgrind)
            classes = ascii_date_classes(text)
            if classes.find(b"00") < 0:
                return False
            if classes.find(b"0-0") >= 0 and NUMERIC_DATE.search(text) is not None:
                return True
            if classes.find(b"0000") < 0 or month_words.isdisjoint(ascii_letter_runs(classes)):
                return False
        else:
            if not has_two_digits(text):
                return False
            if NUMERIC_DATE_HINT.search(text) is not None and NUMERIC_DATE.search(text) is not None:
                return True
            if FOUR_DIGITS.search(text) is None:  # every shape naming a month ends in a four-digit year
                return False
            folded = text.casefold()
            if self.month_others and any(m in folded for m in self.month_others):
                return self.month_date.search(text) is not None  # "3月": not a run of letters
            if month_words.isdisjoint(LETTER_RUN.findall(folded)):  # one C scan: most lines name no month
                return False
        for run in LETTER_RUN.finditer(text):
            word = run.group()
            folded = word.casefold()
            if folded not in month_words:
                continue
            if len(folded) != len(word):  # folding changed the length ("ß"): let the pattern decide
                return self.month_date.search(text) is not None
            if month_date_at(text, run.start(), run.end()):
                return True
        return False

    def is_yearless_date_line(self, text: str) -> bool:
        """``text`` is a date line with no year ("Mar. 4", "- 4 March", "Posted Mar 4, 9:15 AM"): a card's
        date, which ``has_date`` does not count (a day and month alone is as often a title: "Le 3 Juin"), and
        ``rules.records`` reads among a run's repeated parts. Gates first (length, a digit, a month name), then
        the anchored pattern."""
        if len(text) > MAX_YEARLESS_DATE_CHARS or not has_digit(text):
            return False
        runs = ascii_letter_runs(ascii_date_classes(text)) if text.isascii() else LETTER_RUN.findall(text.casefold())
        if self.month_words.isdisjoint(runs):
            return False
        return self.yearless_date.search(text) is not None

    def may_contain(self, text: str, tokens: list[str]) -> bool:
        """False when no ``* phrase *`` entry of any category can be in the block (``tokens``: its words as
        ``find_contained`` takes them): one set test instead of a lookup per category."""
        return not self.contained_words.isdisjoint(tokens) or may_have_unspaced_script(text)

    def find_contained(self, text: str, category: str, norm: str | None = None,
                       tokens: list[str] | None = None, unspaced: bool | None = None) -> Phrase | None:
        """A ``* phrase *`` entry of ``category`` found inside the block.

        ``norm`` (``normalize(text)``), ``tokens`` (the lower-cased text cut on spaces) and ``unspaced``
        (``may_have_unspaced_script(text)``) skip recomputing them. Each phrase is indexed under its longest
        word: only the phrases whose word occurs in the block are looked for, as plain substrings (no pattern
        scans the block).
        """
        index = self.contains.get(category)
        if index is None:
            return None
        by_word, unspaced_phrases = index
        if tokens is None:
            tokens = text.casefold().split()
        if by_word.keys().isdisjoint(tokens):  # the common case, and no set of the block's words to build
            candidates = []
        else:  # sorted: the reported phrase must not depend on set order (hash seeds differ between processes)
            candidates = [p for word in sorted(by_word.keys() & set(tokens)) for p in by_word[word]]
        if may_have_unspaced_script(text) if unspaced is None else unspaced:
            candidates.extend(unspaced_phrases)
        if not candidates:
            return None
        norm = normalize(text) if norm is None else norm
        return next((p for p in candidates if p.text in norm), None)

    def split_glued(self, text: str) -> list[str] | None:
        """``"Keep ReadingShow less"`` -> ``["keep reading", "show less"]`` when every piece is a label."""
        norm = unicodedata.normalize("NFKC", text).casefold().strip(EDGE_JUNK)
        if not norm.isprintable() or "  " in norm:  # a printable text's only whitespace is the space (fold_spaces)
            norm = _SPACES.sub(" ", norm)
        if not glued_labels_cover(norm, self.glue_labels, self.glue_lengths):
            return None  # the costly pattern cannot match (about 300,000 instructions a call, callgrind)
        match = self.glued.fullmatch(norm)
        if match is None:
            return None
        return [part.strip() for part in match.captures("label")]

def _index_by_word(phrases: list[Phrase]) -> tuple[dict[str, tuple[Phrase, ...]], tuple[Phrase, ...]]:
    """Spaced phrases under their longest word (also with punctuation glued to it, since blocks are cut
    on spaces only); phrases of scripts written without spaces apart."""
    by_word: dict[str, tuple[Phrase, ...]] = {}
    for phrase in phrases:
        if UNSPACED_SCRIPT.search(phrase.text):
            continue
        word = max(phrase.text.split(" "), key=len)
        for tail in ("", ".", ",", ";", ":", "!", "?", ")", "'s"):
            by_word[word + tail] = (*by_word.get(word + tail, ()), phrase)
    return by_word, tuple(p for p in phrases if UNSPACED_SCRIPT.search(p.text))


def _prefix_heads(prefix: dict[str, tuple[Phrase, ...]]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in prefix:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return {head: tuple(sorted(ns, reverse=True)) for head, ns in lengths.items()}


def first_of(entries: tuple[Phrase, ...] | None, categories: tuple[str, ...]) -> Phrase | None:
    """The first entry of one of ``categories``."""
    if entries:
        for phrase in entries:
            if phrase.category in categories:
                return phrase
    return None


def _package_root() -> Traversable:
    return importlib.resources.files(__name__)


def _parse_file(category: str, text: str, path: str) -> list[tuple[str, str]]:
    """(mode, normalized phrase) pairs; mode is exact, prefix or contains."""
    entries = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        mode = "exact"
        if line.startswith("* ") and line.endswith(" *"):
            mode, line = "contains", line[2:-2]
        elif line.endswith(" *"):
            mode, line = "prefix", line[:-2]
        elif "*" in line:
            raise LexiconError(path, number, raw, "'*' only as ' *' at the end or '* … *' around a phrase")
        phrase = normalize(line) if category != "stopwords" else line.casefold()
        if not phrase:
            raise LexiconError(path, number, raw, "phrase is empty after normalization")
        entries.append((mode, phrase))
    return entries


#: A months file has one line per month of the year.
MONTHS_PER_YEAR = 12


def _number_months(entries: list[tuple[str, str]], path: str, numbers: dict[str, int]) -> None:
    """Add the names of a months file (line n: the names of month n, separated by spaces) to ``numbers``;
    a name that two files give different numbers is an error."""
    if len(entries) != MONTHS_PER_YEAR:
        raise LexiconError(path, 0, "", f"{len(entries)} month lines, want {MONTHS_PER_YEAR}")
    for number, (_, line) in enumerate(entries, start=1):
        for name in line.split():
            if numbers.setdefault(name, number) != number:
                raise LexiconError(path, 0, name, f"month {number} here, month {numbers[name]} in another file")


def _label_word_counts(exact: dict[str, tuple[Phrase, ...]], prefix: dict[str, tuple[Phrase, ...]]) -> dict[str, int]:
    """Every word of the section labels (each label counted once, whatever its languages and modes) -> how many
    labels hold it: a word of many labels names a label's kind ("latest", "stories"), read by
    ``rules.label_words``."""
    counts: dict[str, int] = {}
    labels = {p.text for group in (*exact.values(), *prefix.values()) for p in group if p.category == "sections"}
    for label in labels:
        for word in {w.strip(LABEL_WORD_EDGES) for w in label.split()}:
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


@cache
def load() -> Lexicon:
    """Read every language folder once."""
    exact: dict[str, tuple[Phrase, ...]] = {}
    prefix: dict[str, tuple[Phrase, ...]] = {}
    contains: dict[str, list[Phrase]] = {}
    stopwords: dict[str, frozenset[str]] = {}
    months: set[str] = set()
    month_numbers: dict[str, int] = {}
    glue_labels: set[str] = set()
    languages = []
    root = _package_root()
    for lang_dir in sorted(root.iterdir(), key=lambda p: p.name):
        if not lang_dir.is_dir() or lang_dir.name.startswith("_"):
            continue
        lang = lang_dir.name
        languages.append(lang)
        for file in sorted(lang_dir.iterdir(), key=lambda p: p.name):
            if not file.name.endswith(".txt"):
                continue
            category = file.name[:-4]
            path = f"lexicon/{lang}/{file.name}"
            if category not in CATEGORIES:
                raise LexiconError(path, 0, file.name, f"unknown category (known: {', '.join(CATEGORIES)})")
            if category in OWN_FORMAT_CATEGORIES:
                continue
            entries = _parse_file(category, file.read_text(encoding="utf-8"), path)
            if category == "stopwords":
                stopwords[lang] = frozenset(p for _, p in entries)
                continue
            if category == "months":
                _number_months(entries, path, month_numbers)
                months.update(month_numbers)
                continue
            for mode, text in entries:
                phrase = Phrase(text, lang, category)
                if mode == "exact":
                    exact[text] = (*exact.get(text, ()), phrase)
                    if category in GLUE_CATEGORIES:
                        glue_labels.add(text)
                elif mode == "prefix":
                    prefix[text] = (*prefix.get(text, ()), phrase)
                else:
                    contains.setdefault(category, []).append(phrase)
    # Labels glued without a space ("keep readingshow less"); at least two pieces, each a known label. The spaces
    # are taken possessively: no label starts with a space (labels are stripped phrases), so giving spaces back
    # never lets a label match, and a long run of spaces before a stray character is read once instead of being
    # tried again at every length (regex 2026.12: 0.22 s on 20,000 spaces, tests/adversarial).
    glued = timed(regex.compile(r"(?:\s*+(?P<label>\L<labels>)){2,}\s*+", labels=sorted(glue_labels or {"\x00"})),
                  "lexicon.glued")
    contained = {cat: _index_by_word(phrases) for cat, phrases in contains.items()}
    month_words = frozenset(m for m in months if m.isalpha())
    return Lexicon(
        exact=exact,
        prefix=prefix,
        prefix_lengths=tuple(sorted({len(p.split(" ")) for p in prefix}, reverse=True)),
        prefix_heads=_prefix_heads(prefix),
        contains=contained,
        contained_words=frozenset(word for by_word, _ in contained.values() for word in by_word),
        glued=glued,
        glue_labels=frozenset(glue_labels),
        glue_lengths=tuple(sorted({len(label) for label in glue_labels})),
        stopwords=stopwords,
        month_date=date_pattern(months, numeric=False),
        yearless_date=yearless_pattern(month_words),
        month_words=month_words,
        month_others=tuple(sorted(m for m in months if not m.isalpha())),
        month_numbers=month_numbers,
        label_words=_label_word_counts(exact, prefix),
        all_stopwords=frozenset().union(*stopwords.values()) if stopwords else frozenset(),
        languages=tuple(languages),
    )
