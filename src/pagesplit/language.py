"""The language of a text dump, from the stopword lexicons (``lexicon/<lang>/stopwords.txt``).

A dump says nothing about its language (an HTML page has ``lang`` and meta tags); its function words do.
Each language's share of the running words that are its stopwords is counted, and the best one is named
when it is clearly there. Japanese is written without spaces: its share is that of kana characters.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from pagesplit.lexicon import Lexicon, may_have_unspaced_script

#: Characters of running text read at most (about 150 words): the first paragraphs tell the language as
#: well as all of them (this names the same language as 2,000 words on 594 of the 599 dev innertext dumps
#: with an article), and each word read costs time on every page.
MAX_SAMPLE_CHARS = 1_000
#: Fewer words than this do not tell a language (a dump of a menu and a title).
MIN_SAMPLE_WORDS = 20
#: Function words make 30-50% of running prose in the lexicon's European languages; a language whose
#: stopwords cover less than this share of the sample is not the sample's language (labels, names, code).
MIN_STOPWORD_SHARE = 0.2
#: Kana make well over half of Japanese prose; a few in other text (a quoted name) do not make it Japanese.
MIN_KANA_SHARE = 0.2

#: Punctuation around a word that is no part of it (the apostrophe is: "l'", "don't").
_PUNCTUATION = ".,;:!?\"()[]{}«»„“”‚‹›…–—*/|"
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_LETTER = regex.compile(r"\p{L}")


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
    languages, langs_of = _stopword_index(lex)
    hits = [0] * len(languages)
    for word in words:
        for i in langs_of.get(word, ()):
            hits[i] += 1
    best = max(range(len(languages)), key=hits.__getitem__, default=None)
    if best is None or hits[best] / len(words) < MIN_STOPWORD_SHARE:
        return None
    return languages[best]


_INDEXES: dict[int, tuple[tuple[str, ...], dict[str, tuple[int, ...]]]] = {}


def _stopword_index(lex: Lexicon) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The lexicon's languages, and each stopword -> the positions of the languages it belongs to (built once
    per lexicon: one dictionary lookup per word instead of one set test per word and language)."""
    index = _INDEXES.get(id(lex))
    if index is None:
        languages = tuple(lex.stopwords)
        langs_of: dict[str, tuple[int, ...]] = {}
        for i, lang in enumerate(languages):
            for word in lex.stopwords[lang]:
                langs_of[word] = (*langs_of.get(word, ()), i)
        index = _INDEXES[id(lex)] = (languages, langs_of)
    return index
