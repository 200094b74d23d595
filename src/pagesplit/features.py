"""Per-block features, computed once before any rule runs.

Rules read these flags instead of re-running patterns on the text, so every block is scanned a
fixed number of times whatever the number of rules.
"""

from __future__ import annotations

import regex

from pagesplit.draft import Draft
from pagesplit.lexicon import CHROME_CATEGORIES, Lexicon
from pagesplit.model import BlockKind

#: A block ends a sentence when its last visible character is one of these.
_ENDS_SENTENCE = regex.compile(r"[.!?…。！？](?:[\"'”’»)\]]*)\s*$")
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
#: Scripts written without spaces: count characters, not words.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
#: Unspaced scripts: this many characters count as one word.
CHARS_PER_UNSPACED_WORD = 2
_LETTER = regex.compile(r"[\p{L}\p{N}]")
#: "(PTI Photo)", "(Photo by …)", "FILE PHOTO:" and "Name/Agency" credit tails.
_CREDIT_TAIL = regex.compile(
    r"\((?:[^()]{0,60}\b(?:photo|photos|image|foto|bild|picture|credit)\b[^()]{0,80})\)\s*$"
    r"|^\s*file photo\b|/\s*(?:getty|ap|afp|reuters|epa|pa|shutterstock)\b",
    regex.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|januar|februar|märz|mai|juni|juli|oktober|dezember"
    r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_DATE = regex.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)",
    regex.IGNORECASE,
)
#: "20 hours ago", "2 min read", "5 Kommentare", "Updated 3h": card meta lines.
_RELATIVE_META = regex.compile(
    r"^\W*\d+\s*(?:min(?:ute)?s?|h(?:ours?)?|hrs?|d(?:ays?)?|weeks?|months?|years?|sec(?:ond)?s?|std|tage?n?|jours?|heures?)"
    r"(?:\s+(?:ago|read|lesezeit|de lecture))?\W*$"
    r"|^\W*\d+\s+\w+\W*$"
    r"|^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|uhr|h)?\W*$",
    regex.IGNORECASE,
)
#: Meta lines are short.
MAX_META_CHARS = 60
#: Headlines are short: more words than this and a block is prose, not a headline.
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 2
#: Credit lines are short.
MAX_CREDIT_CHARS = 80
#: Prefix and contains lexicon hits only count on blocks shorter than this (long blocks are prose).
MAX_PREFIX_CHROME_CHARS = 160
MAX_NOTICE_CHARS = 1000


def count_words(text: str) -> int:
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        return len(_WORDS.findall(_UNSPACED.sub(" ", text))) + unspaced // CHARS_PER_UNSPACED_WORD
    return len(_WORDS.findall(text))


def ends_sentence(text: str) -> bool:
    return _ENDS_SENTENCE.search(text) is not None


def _stopword_ratio(text: str, lex: Lexicon) -> float:
    words = text.casefold().split()
    if not words:
        return 0.0
    stop = lex.all_stopwords
    return sum(1 for w in words if w.strip(".,;:!?\"'()“”‘’«»") in stop) / len(words)


def compute(drafts: list[Draft], lex: Lexicon) -> None:
    """Fill the feature fields of every draft in place."""
    for d in drafts:
        text = d.text
        d.chars = len(text)
        if d.kind is BlockKind.HIDDEN:
            continue  # script/style text: chrome whatever it says, and it can be megabytes
        d.words = count_words(text)
        d.ends_sentence = ends_sentence(text)
        d.stopword_ratio = _stopword_ratio(text, lex)
        if not _LETTER.search(text):
            d.is_chrome_phrase, d.chrome_rule, d.chrome_detail = True, "chrome.symbols", ""
        glued = lex.split_glued(text) if d.chars <= MAX_PREFIX_CHROME_CHARS else None
        if glued:
            d.is_chrome_phrase, d.chrome_rule, d.chrome_detail = True, "chrome.glued-label", " + ".join(glued)
            d.is_toggle = True
        exact = lex.is_exact(text, CHROME_CATEGORIES) if not d.is_chrome_phrase else None
        if exact is not None:
            d.is_chrome_phrase, d.chrome_rule = True, "chrome.lexicon"
            d.chrome_detail = f"[{exact.lang}] {exact.category}: {exact.text}"
            d.is_toggle = exact.category == "toggles"
        elif not d.is_chrome_phrase and d.chars <= MAX_PREFIX_CHROME_CHARS and not d.ends_sentence:
            hit = lex.lookup(text, CHROME_CATEGORIES)
            if hit is not None:
                d.is_chrome_phrase, d.chrome_rule = True, "chrome.lexicon-prefix"
                d.chrome_detail = f"[{hit.lang}] {hit.category}: {hit.text} …"
        if not d.is_chrome_phrase and d.chars <= MAX_NOTICE_CHARS:
            notice = lex.find_contained(text, "notices")
            if notice is not None:
                d.is_chrome_phrase, d.chrome_rule = True, "chrome.notice"
                d.chrome_detail = f"[{notice.lang}] {notice.text}"
        section = lex.lookup(text, ("sections",)) if d.words <= 8 and not d.ends_sentence else None
        d.is_section_label = section is not None
        d.is_credit_like = d.chars <= MAX_CREDIT_CHARS and (
            lex.lookup(text, ("credits",)) is not None or (d.words <= 4 and _CREDIT_TAIL.search(text) is not None)
        )
        d.is_caption_like = _CREDIT_TAIL.search(text) is not None
        d.is_date_like = d.chars <= MAX_META_CHARS and _DATE.search(text) is not None
        d.is_meta_like = d.chars <= MAX_META_CHARS and (
            d.is_date_like or _RELATIVE_META.match(text) is not None or lex.lookup(text, ("bylines",)) is not None
        )
        d.is_headline_like = (
            MIN_HEADLINE_WORDS <= d.words <= MAX_HEADLINE_WORDS
            and not d.is_meta_like
            and not d.is_chrome_phrase
            and not d.is_section_label
            and not d.is_credit_like
            and not text.rstrip().endswith((".", ",", ";", ":"))
        )
