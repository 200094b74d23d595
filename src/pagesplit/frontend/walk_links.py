"""The walk's links: each ``<a>`` pushes its href when it opens and pops it when it closes; on closing, a link with
a headline's length of text is a headline-like link (a card's title), and a link holding a picture and no text is
remembered, so a short link after it that leads to the same place names that picture.

The state lives on the ``Walker`` (its ``_take`` reads the open links' hrefs for every text it counts); these are the
walk's calls for a link opening and closing, one each per link, as the walk's methods were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pagesplit.frontend.dom_text import link_words
from pagesplit.frontend.link_kinds import (
    MAX_HEADLINE_LINK_CHARS,
    MAX_HEADLINE_LINK_WORDS,
    MIN_HEADLINE_LINK_WORDS,
    is_script_href,
    is_tag_link,
)
from pagesplit.frontend.tag_table import IMAGE_TAGS

if TYPE_CHECKING:
    from pagesplit.frontend.walk import Walker

__all__ = ["TAG_LINK", "close_link", "open_link"]

#: What ``open_link`` returns for a ``rel="tag"`` link (1: any other link, 0: none).
TAG_LINK = 2


def open_link(walker: Walker, attrs: dict[str, str]) -> int:
    """An ``<a>`` opens: 1 for a link (its href is pushed), ``TAG_LINK`` for a ``rel="tag"`` link, 0 for none."""
    href = attrs.get("href")
    if href is None or is_script_href(href):
        return 0
    if not walker.links:  # the outermost open link: the texts of the links before it are read
        walker.link_texts.clear()
    walker.links.append(walker.resolve_href(href))
    if is_tag_link(attrs):
        walker.tag_links += 1
        return TAG_LINK
    return 1


def close_link(walker: Walker, serial: int, link: int, heads0: int, texts0: int, chars: int) -> None:
    """A link closes (element ``serial``, ``link`` as ``open_link`` said, ``heads0`` headline-like links closed
    before it opened, ``texts0`` texts taken inside open links before it opened, ``chars`` characters of text): its
    href is popped; with a headline's length of text, it is a headline-like link.

    Its words are those of the texts the walk took since it opened (``Walker.link_texts``: its own text, its
    descendants' texts and tails, a hidden descendant's whole text), which are the pieces lxml's ``itertext`` gives
    less those of whitespace alone: joined by spaces, the same words, without a second pass over its subtree."""
    href = walker.links.pop()
    if link == TAG_LINK:
        walker.tag_links -= 1
    if chars > MAX_HEADLINE_LINK_CHARS:
        return
    pieces = " ".join(walker.link_texts[texts0:]).split()
    # more than two words are counted as they stand; one or two may be a phrase without spaces (``link_words``)
    words = len(pieces) if len(pieces) > 2 else link_words(" ".join(pieces))
    if MIN_HEADLINE_LINK_WORDS <= words <= MAX_HEADLINE_LINK_WORDS or (words and _names_picture(walker, href)):
        # before any headline nested in it: a card link's own href names the card
        walker.headline_hrefs.insert(heads0, (href or " ".join(pieces), words))
    elif not words and href is not None and not IMAGE_TAGS.isdisjoint(walker.tree.tag[serial + 1:walker.count]):
        parent = walker.tree.parent[serial]
        walker.picture_link = (href, walker.tree.parent[parent] if parent >= 0 else -1)


def _names_picture(walker: Walker, href: str | None) -> bool:
    """A short link names the picture before it: it links where the last link holding a picture (and no text)
    links, inside the same box (that link's grandparent is still open): "Apple crumble" under its photo, a
    pictured record's title (``card_groups.pictured_groups``)."""
    picture = walker.picture_link
    return picture is not None and href == picture[0] and picture[1] in walker.open_serials
