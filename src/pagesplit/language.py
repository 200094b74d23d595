"""The language of a text dump, from the stopword lexicons (``lexicon/<lang>/stopwords.txt``).

A dump says nothing about its language (an HTML page has ``lang`` and meta tags); its function words do.
Each language's share of the running words that are its stopwords is counted, and the best one is named
when it is clearly there. Japanese is written without spaces: its share is that of kana characters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from pagesplit.lexicon import Lexicon

#: Running words read at most: the first paragraphs tell the language as well as all of them.
MAX_SAMPLE_WORDS = 2_000
#: Fewer words than this do not tell a language (a dump of a menu and a title).
MIN_SAMPLE_WORDS = 20
#: Function words make 30-50% of running prose in the lexicon's European languages; a language whose
#: stopwords cover less than this share of the sample is not the sample's language (labels, names, code).
MIN_STOPWORD_SHARE = 0.2
#: Kana make well over half of Japanese prose; a few in other text (a quoted name) do not make it Japanese.
MIN_KANA_SHARE = 0.2

_WORD = regex.compile(r"[\p{L}']+")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_LETTER = regex.compile(r"\p{L}")


def guess_language(texts: Iterable[str], lex: Lexicon) -> str | None:
    """The lexicon language whose stopwords run through ``texts``, or None when none clearly does.

    >>> from pagesplit.lexicon import load
    >>> guess_language(["Der Hafen der Stadt wird im Sommer wieder für die Fähre geöffnet, und die "
    ...                 "Bewohner freuen sich auf den Verkehr mit den Inseln, der seit dem Winter ruht."], load())
    'de'
    """
    words: list[str] = []
    sample: list[str] = []
    for text in texts:
        sample.append(text)
        words.extend(w.casefold() for w in _WORD.findall(text))
        if len(words) >= MAX_SAMPLE_WORDS:
            break
    joined = "".join(sample)
    letters = len(_LETTER.findall(joined))
    if letters and "ja" in lex.stopwords and len(_KANA.findall(joined)) / letters >= MIN_KANA_SHARE:
        return "ja"
    if len(words) < MIN_SAMPLE_WORDS:
        return None
    counts = Counter(words[:MAX_SAMPLE_WORDS])
    best, best_hits = None, 0
    for lang, stopwords in lex.stopwords.items():
        hits = sum(n for w, n in counts.items() if w in stopwords)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits / sum(counts.values()) >= MIN_STOPWORD_SHARE else None
