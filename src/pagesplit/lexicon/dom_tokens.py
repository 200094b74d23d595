"""Token lists for DOM evidence: ``lexicon/_dom/<name>.txt``, one lowercase token per line.

The folder starts with ``_`` so the phrase loader (``lexicon.load``) skips it: these are class/id
tokens, not phrases of a language. ``#`` starts a comment line.
"""

from __future__ import annotations

import functools
import importlib.resources
from functools import cache

from pagesplit.errors import LexiconError


@cache
def load_tokens(name: str) -> frozenset[str]:
    """The tokens of ``_dom/<name>.txt`` (``chrome_tokens``, ``positive_tokens``, …)."""
    path = f"lexicon/_dom/{name}.txt"
    folder = importlib.resources.files("pagesplit.lexicon").joinpath("_dom")
    text = folder.joinpath(f"{name}.txt").read_text(encoding="utf-8")
    tokens = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not line.isalnum() or line != line.lower():
            raise LexiconError(path, number, raw, "a token is one lowercase run of letters and digits")
        tokens.add(line)
    return frozenset(tokens)


#: Class/id tokens (``dom_text.split_tokens``) that mark byline markup: the walk collects such elements for
#: the metadata reader (whose own pattern then checks them), and rules read such a block as a byline.
BYLINE_TOKENS = load_tokens("byline_tokens")

#: Stems of tokens that name chrome however much text the element holds (comment threads):
#: ``_dom/strong_chrome_stems.txt``.
STRONG_CHROME_STEMS = tuple(sorted(load_tokens("strong_chrome_stems")))

#: Landmarks (``Evidence.landmarks``: the tags, and the ARIA roles the walk maps to them) that hold page chrome,
#: in the order a chrome verdict names the first one a block sits in. The one list of them: the rules and the
#: content score take the subsets they need from it, each saying why.
CHROME_LANDMARKS = ("nav", "header", "footer", "aside", "dialog", "form")

#: Distinct token sets whose hits each function below remembers (a page's elements repeat theirs; a
#: pipeline meets new sets forever, so the memory is bounded).
HITS_CACHE_SIZE = 16_384


def _stem_hits(tokens: frozenset[str], stems_file: str) -> frozenset[str]:
    """The tokens that are a listed stem or glued to one ("commentlist", "sharingcontainer"); the stems are
    looked up once per set, not once per token."""
    stems = _stems(stems_file)
    return frozenset(t for t in tokens if t.startswith(stems) or t.endswith(stems))


@cache
def _stems(name: str) -> tuple[str, ...]:
    return tuple(sorted(load_tokens(name)))


@functools.lru_cache(maxsize=HITS_CACHE_SIZE)
def chrome_hits(tokens: frozenset[str]) -> frozenset[str]:
    """The tokens that name chrome: listed chrome tokens, and tokens glued to a chrome stem.

    >>> sorted(chrome_hits(frozenset({"commentlist", "post", "nav"})))
    ['commentlist', 'nav']
    """
    listed, stems = load_tokens("chrome_tokens"), _stems("chrome_stems")
    return frozenset(t for t in tokens if t in listed or t.startswith(stems) or t.endswith(stems))


@functools.lru_cache(maxsize=HITS_CACHE_SIZE)
def not_card_hits(tokens: frozenset[str]) -> frozenset[str]:
    """Tokens that rule out a teaser card (share bars, sign-up boxes): listed, or glued to a listed stem."""
    return _stem_hits(tokens, "not_card_tokens")


@functools.lru_cache(maxsize=HITS_CACHE_SIZE)
def paid_hits(tokens: frozenset[str]) -> frozenset[str]:
    """Tokens naming a paid placement (``_dom/paid_stems.txt``), alone or glued to other words.

    >>> sorted(paid_hits(frozenset({"sponsoredlinks", "grid", "advertorial"})))
    ['advertorial', 'sponsoredlinks']
    """
    return _stem_hits(tokens, "paid_stems")


@functools.lru_cache(maxsize=HITS_CACHE_SIZE)
def widget_hits(tokens: frozenset[str]) -> frozenset[str]:
    """Tokens naming a small widget (share bar, follow prompt): listed stems, alone or glued to other words.

    >>> sorted(widget_hits(frozenset({"sharingcontainer", "content", "social"})))
    ['sharingcontainer', 'social']
    """
    return _stem_hits(tokens, "widget_stems")
