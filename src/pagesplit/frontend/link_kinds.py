"""What a link is, from its own markup: a script, a post's tag, a card drawn as one link, a headline by its
length; and where it leads (``HrefResolver``: against the page's base, once per href).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from lxml.etree import Element

from pagesplit.frontend.tag_table import IMAGE_TAGS

#: A link is headline-like (a card's title) with this many words; fewer is a label ("Read more").
MIN_HEADLINE_LINK_WORDS = 3
MAX_HEADLINE_LINK_WORDS = 30
#: Links with more text than this are not headlines (no need to count their words).
MAX_HEADLINE_LINK_CHARS = 300
#: A link with this many child elements, one an image, in a container is a card of its own (``is_card_link``).
MIN_CARD_LINK_CHILDREN = 2


def is_script_href(href: str) -> bool:
    """A ``javascript:`` link runs a script instead of leading anywhere: its text counts as plain text,
    not link text (as Readability replaces such links with their text). A story wrapped in one is
    still a story, not a link list."""
    return href.lstrip()[:11].lower() == "javascript:"


def is_card_link(el: Any) -> bool:
    """A link holding an image beside other elements (``<a><picture/><span>Headline</span></a>``), set in a
    container: a card drawn as one link, a block of its own (a browser shows it as a box by the page's CSS), not
    inline text running into the next card's link. Only direct children are looked at, and only of links
    with two or more (most links hold their text alone)."""
    if len(el) < MIN_CARD_LINK_CHILDREN:
        return False
    return any(kid.tag in IMAGE_TAGS for kid in el.iterchildren(Element))


def is_tag_link(attrs: Any) -> bool:
    """``rel="tag"`` (or ``"category tag"``): the link names a keyword of the post, not a story."""
    rel = attrs.get("rel")
    return bool(rel) and "tag" in rel.lower().split()


class HrefResolver:
    """A link's href as written -> where it leads (``resolve``), or None for one leading nowhere on the web (an
    anchor, a script, mail), for one page."""

    __slots__ = ("base", "resolved")

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.resolved: dict[str, str] = {}  #: href as written -> absolute (``urljoin`` is costly)

    def resolve(self, href: str) -> str | None:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            return None
        if not self.base:
            return href
        resolved = self.resolved.get(href)
        if resolved is None:  # a page links the same URL from its menu, its cards and its footer
            try:
                resolved = urljoin(self.base, href)
            except ValueError:
                resolved = href
            self.resolved[href] = resolved
        return resolved

