"""Which class/id tokens describe an element: its own and its ancestors', less those that name no part of the page.

A token set on so many elements that it names the page's framework ("elementor-widget-container"), or on a
wrapper holding most of the page's text ("has-sidebar"), is no evidence either way (``framework_tokens``). An
element's tokens are its own plus its ancestors' (``near_tokens``); ``NearTokens`` remembers them per element, so
each element of a page is climbed once. Content scoring (``content_score``) and card finding (``card_groups``)
read them.
"""

from __future__ import annotations

from collections import Counter

from pagesplit.frontend.dom_tree import Tree
from pagesplit.lexicon.dom_tokens import STRONG_CHROME_STEMS, widget_hits

#: A token on at least this share of the elements that carry tokens (and on MIN_FRAMEWORK_COUNT of
#: them) is a framework token. Chosen on page-builder pages of the dev corpus (Elementor, Bootstrap).
FRAMEWORK_SHARE = 0.25
MIN_FRAMEWORK_COUNT = 10
#: An element holding at least this share of the page's text is a layout wrapper.
WRAPPER_SHARE = 0.5
#: An element with this many characters of text outside links is no share bar or follow prompt, whatever
#: its tokens say (``_dom/widget_stems.txt``): a wrapper "sharing-container" around a whole story.
MIN_NOT_WIDGET_CHARS = 1500
#: Ancestors looked at for a block's tokens (bounds the work on pathologically deep pages).
MAX_TOKEN_ANCESTORS = 64
_NO_TOKENS: frozenset[str] = frozenset()
#: A climb looks at one element more than that: it falls back to ``near_tokens`` when that one is unknown too.
_CLIMB_STEPS = range(MAX_TOKEN_ANCESTORS + 1)


def framework_tokens(tree: Tree) -> frozenset[str]:
    """Tokens on so many elements that they name the page's framework, not a part of the page
    ("elementor-widget-container" on every box): they are no evidence either way.

    Only tokens that also sit above the page's headline count: a comment thread can hold most of the
    text and repeat "comment" on every element, and it is still a comment thread. So on a page with an
    ``h1`` only those few tokens are counted; and elements share their token sets (``split_tokens`` is
    cached), so each distinct set is counted once, with its number of elements.
    """
    if not len(tree):
        return _NO_TOKENS
    above = _tokens_above_h1(tree)
    if above is not None and not above:
        return _NO_TOKENS
    sets = Counter(tree.own)
    tagged = len(tree) - sets.pop(_NO_TOKENS, 0)
    counts: dict[str, int] = {}
    for own, elements in sets.items():
        if above is not None:
            if own.isdisjoint(above):  # most sets: no token of theirs can count
                continue
            own = own & above
        for token in own:
            counts[token] = counts.get(token, 0) + elements
    floor = max(MIN_FRAMEWORK_COUNT, FRAMEWORK_SHARE * tagged)
    framework = {t for t, n in counts.items() if n >= floor}
    framework.update(_wrapper_tokens(tree))
    if above is not None:
        framework &= above
    return frozenset(framework)


def _tokens_above_h1(tree: Tree) -> set[str] | None:
    """Tokens of the elements holding an ``h1`` (not of the ``h1`` itself); None on a page without one."""
    if not tree.h1.get(0):
        return None
    above: set[str] = set()
    for serial in tree.h1:  # the elements holding an h1
        own = tree.own[serial]
        if own and tree.tag[serial] != "h1":
            above.update(own)
    return above


def _wrapper_tokens(tree: Tree) -> set[str]:
    """Tokens of wrappers holding most of the page's text: they describe the layout ("ad-wrapper",
    "has-sidebar"), whatever their names say: an element with half the page's text is not an ad.

    An element's ancestors hold at least its text, so such elements are found from the root down,
    looking only at the children of those found, never at every element of the page.
    """
    chars, end, own = tree.chars, tree.end, tree.own
    wrapper = page_wrapper_chars(tree)
    tokens: set[str] = set()
    todo = [0] if chars[0] >= wrapper else []
    while todo:
        node = todo.pop()
        tokens.update(own[node])
        kid, last = node + 1, end[node]
        while kid <= last:
            if chars[kid] >= wrapper:
                todo.append(kid)
            kid = end[kid] + 1
    return tokens


def _climbed_tokens(tree: Tree, node: int, big: float) -> frozenset[str]:
    """What one element adds to ``near_tokens``: its tokens, or only its comment tokens when it is a wrapper
    holding ``big`` characters or more (a column named "with-sidebar" that holds the article is no sidebar)."""
    own = tree.own[node]
    if not own:
        return own
    if tree.chars[node] >= big:
        return frozenset(t for t in own if t.startswith(STRONG_CHROME_STEMS))
    if tree.chars[node] - tree.link_chars[node] >= MIN_NOT_WIDGET_CHARS and widget_hits(own):
        return own - widget_hits(own)  # a story block "with sharing" is no share bar
    return own


def near_tokens(tree: Tree, node: int, stop: int, big: float, framework: frozenset[str]) -> frozenset[str]:
    """Tokens of ``node`` and its ancestors below ``stop``, skipping wrappers holding ``big`` characters or
    more except for comment tokens (see ``_climbed_tokens``); framework tokens are no evidence."""
    tokens: set[str] = set()
    steps = 0
    while node > stop and node >= 0 and steps < MAX_TOKEN_ANCESTORS:
        tokens.update(_climbed_tokens(tree, node, big))
        node = tree.parent[node]
        steps += 1
    return frozenset(tokens) - framework


class NearTokens:
    """``near_tokens`` for many elements of one page under the same ``stop``, ``big`` and ``framework``.

    An element's answer is its own tokens plus its parent's answer, so each element is climbed once and
    its answer remembered: blocks share their ancestors, and a page asks about most of them. Elements
    more than MAX_TOKEN_ANCESTORS below ``stop`` are climbed one by one, as ``near_tokens`` does.
    """

    __slots__ = ("_big", "_memo", "_stop", "_tree", "framework")

    def __init__(self, tree: Tree, framework: frozenset[str], stop: int = -1, big: float | None = None) -> None:
        self._tree, self.framework = tree, framework
        self._stop = max(stop, -1)  # so that ``node > stop`` also says ``node >= 0``
        self._big = page_wrapper_chars(tree) if big is None else big
        self._memo: dict[int, tuple[frozenset[str], int]] = {}  #: element -> (its answer, elements climbed)

    def __call__(self, node: int) -> frozenset[str]:
        memo = self._memo
        known = memo.get(node)  # most questions are about elements already answered...
        if known is not None:
            return known[0]
        if node > self._stop and not self._tree.own[node]:
            # ...or about a block element without tokens (a ``p``) under an answered one: the parent's answer
            up = memo.get(self._tree.parent[node])
            if up is not None and up[1] < MAX_TOKEN_ANCESTORS:
                memo[node] = up[0], up[1] + 1
                return up[0]
        return self._climb(node)

    def _climb(self, node: int) -> frozenset[str]:
        tree, stop, memo, own, big = self._tree, self._stop, self._memo, self._tree.own, self._big
        chars, link_chars = tree.chars, tree.link_chars
        start = node
        unknown: list[int] = []  # the element and its ancestors up to the first one remembered
        for _ in _CLIMB_STEPS:
            if node <= stop or node in memo:
                break
            unknown.append(node)
            node = tree.parent[node]
        else:  # deeper than MAX_TOKEN_ANCESTORS: climbed one by one
            return near_tokens(tree, start, stop, self._big, self.framework)
        tokens, climbed = memo[node] if node > stop else (_NO_TOKENS, 0)
        if climbed + len(unknown) > MAX_TOKEN_ANCESTORS:
            return near_tokens(tree, start, stop, self._big, self.framework)
        framework = self.framework
        for node in reversed(unknown):
            added = own[node]
            if added:  # most elements have no tokens to add, and most others add their own (inlined)
                if chars[node] >= big or chars[node] - link_chars[node] >= MIN_NOT_WIDGET_CHARS:
                    added = _climbed_tokens(tree, node, big)
                if added and not added <= tokens:
                    tokens = tokens | (added if added.isdisjoint(framework) else added - framework)
            climbed += 1
            memo[node] = tokens, climbed
        return tokens


def page_wrapper_chars(tree: Tree) -> float:
    """An element holding this many characters is a wrapper of the page's layout (see WRAPPER_SHARE)."""
    return WRAPPER_SHARE * max(tree.chars[0], 1) if len(tree) else 1.0

