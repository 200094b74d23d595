"""The language of a text dump, from the stopword lexicons (``lexicon/<lang>/stopwords.txt``).

A dump says nothing about its language (an HTML page has ``lang`` and meta tags); its function words do.
The language with the most distinct stopwords in a sample of the text is named when its stopwords make
enough of the running words. Japanese is written without spaces: its share is that of kana characters.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from pagesplit.lexicon import Lexicon
from pagesplit.lexicon.unspaced import may_have_unspaced_script
from pagesplit.timed_match import timed

#: Characters of running text read at most (about 90 words): the first paragraphs tell the language as
#: well as all of them (this names the same language as 2,000 words on 593 of the 599 dev innertext dumps
#: with an article), and each word read costs time on every page.
MAX_SAMPLE_CHARS = 600
#: Fewer words than this do not tell a language (a dump of a menu and a title).
MIN_SAMPLE_WORDS = 20
#: Function words make 30-50% of running prose in the lexicon's European languages; a language whose
#: stopwords cover less than this share of the sample is not the sample's language (labels, names, code).
MIN_STOPWORD_SHARE = 0.2
#: Kana make well over half of Japanese prose; a few in other text (a quoted name) do not make it Japanese.
MIN_KANA_SHARE = 0.2

#: Punctuation around a word that is no part of it (the apostrophe is: "l'", "don't").
_PUNCTUATION = ".,;:!?\"()[]{}«»„“”‚‹›…–—*/|"
_KANA = timed(regex.compile(r"[\p{Hiragana}\p{Katakana}]"), "language.kana")
_LETTER = timed(regex.compile(r"\p{L}"), "language.letter")


def guess_language(texts: Iterable[str], lex: Lexicon) -> str | None:
    """The lexicon language whose stopwords run through ``texts``, or None when none clearly does.

    >>> from pagesplit.lexicon import load
    >>> guess_language(["Der Hafen der Stadt wird im Sommer wieder für die Fähre geöffnet, und die "
    ...                 "Bewohner freuen sich auf den Verkehr mit den Inseln, der seit dem Winter ruht."], load())
    'de'
    """
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size >= MAX_SAMPLE_CHARS:
            break
    joined = " ".join(sample)[:MAX_SAMPLE_CHARS]
    if "ja" in lex.stopwords and may_have_unspaced_script(joined):
        letters = len(_LETTER.findall(joined))
        if letters and len(_KANA.findall(joined)) / letters >= MIN_KANA_SHARE:
            return "ja"
    words = [word.strip(_PUNCTUATION) for word in joined.casefold().split()]
    if len(words) < MIN_SAMPLE_WORDS:
        return None
    distinct = set(words)
    # the language with the most distinct stopwords in the sample (set intersections run in C), named when
    # its stopwords make enough of the running words
    best = max(lex.stopwords, key=lambda lang: len(lex.stopwords[lang] & distinct), default=None)
    if best is None:
        return None
    hits = sum(map(lex.stopwords[best].__contains__, words))
    return best if hits / len(words) >= MIN_STOPWORD_SHARE else None
