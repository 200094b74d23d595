"""The typed results: a page is a sequence of blocks, each with exactly one role.

``Page.blocks`` holds every block of the input once, in input order. ``Page.article``,
``Page.teasers`` and ``Page.chrome`` are views over those blocks: nothing is dropped,
only labelled, and every label carries the rule that chose it.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pagesplit.dates import iso_to_datetime


class Role(enum.Enum):
    """What a block is on the page."""

    TITLE = "title"  #: the article's headline
    BYLINE = "byline"  #: "By Jane Doe", author lines
    DATE = "date"  #: the article's date line
    ATTRIBUTION = "attribution"  #: "(Reuters)", "(Thomson Reuters Foundation)" at the end
    ARTICLE = "article"  #: a paragraph, heading, list item, quote or table of the article body
    CAPTION = "caption"  #: an image caption or photo credit inside the article
    TEASER = "teaser"  #: part of a teaser card advertising another story
    CHROME = "chrome"  #: navigation, buttons, share bars, notices, section labels, footers
    OTHER = "other"  #: content that is neither article, teaser nor chrome (comments, stray text)


class BlockKind(enum.Enum):
    """The shape of a block, as its front end saw it."""

    PARAGRAPH = "paragraph"  #: prose: an HTML ``<p>`` or a dump's line of sentences
    HEADING = "heading"  #: an ``<h1>``-``<h6>``, or a dump line shaped as a heading
    LIST_ITEM = "list_item"  #: an ``<li>``, or a dump line opening with a bullet or a number
    QUOTE = "quote"  #: a ``<blockquote>``
    TABLE = "table"  #: rows on lines, cells separated by tabs
    CODE = "code"  #: a ``<pre>`` or ``<code>`` block, its lines kept
    CAPTION = "caption"  #: a ``<figcaption>`` or ``<caption>`` (HTML only)
    LINE = "line"  #: a short line that is neither heading nor paragraph (menus, labels)
    HIDDEN = "hidden"  #: script, style, template or hidden-element text; a text dump's list of the page's links


class InputKind(enum.Enum):
    """Which front end read the input."""

    HTML = "html"  #: HTML source or a parsed tree (lxml, BeautifulSoup)
    TEXT = "text"  #: a text dump: innerText, w3m, lynx or BeautifulSoup ``get_text``


class PageType(enum.Enum):
    """What kind of page the input is, for a pipeline to filter on."""

    ARTICLE = "article"  #: a page with a main story
    LISTING = "listing"  #: teaser cards of other stories and no story of its own (front, section, tag pages)
    ERROR = "error"  #: not found, access denied, a bot challenge, a soft 404: ``Page.notes`` says which
    EMPTY = "empty"  #: neither a story nor teasers


class WarningKind(enum.Enum):
    """What went wrong, short of an error, while a page was split."""

    #: a pattern ran out of time on a text (``pagesplit.timed_match``): the rule that asked decided without it
    REGEX_TIMEOUT = "regex-timeout"


@dataclass(frozen=True, slots=True)
class PageWarning:
    """Something that went wrong on this page without stopping it: the page is returned, one rule or pattern
    was skipped where it could not run (``Page.warnings``)."""

    kind: WarningKind  #: what went wrong (a pattern that ran out of time)
    pattern: str  #: the skipped pattern's name ("caption_shapes.paren-credit")
    block: int | None  #: the index of the block whose text it was stopped on, when that text is a block's
    skipped: int  #: how many times it was skipped on this page (once stopped, it is not run again on the page)
    message: str  #: a sentence for a person

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "pattern": self.pattern, "block": self.block, "skipped": self.skipped,
                "message": self.message}


class TeaserPart(enum.Enum):
    """Which part of a teaser card a block is."""

    TITLE = "title"  #: the card's headline (``Teaser.title``)
    SUMMARY = "summary"  #: its standfirst or lede
    CAPTION = "caption"  #: the caption of its picture
    CREDIT = "credit"  #: the credit of its picture (photographer, agency)
    REPEAT = "repeat"  #: the headline shown a second time in the same card
    META = "meta"  #: date, author, category or read time of the card


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a block got its role: a stable rule id (see ``pagesplit.rules.registry``) and a detail."""

    rule: str  #: the rule id that decided, e.g. ``chrome.lexicon``: stable, listed in docs/rules.md
    detail: str = ""  #: free text saying what the rule saw (the lexicon phrase, the score): not stable

    def __str__(self) -> str:
        return f"{self.rule}: {self.detail}" if self.detail else self.rule


@dataclass(frozen=True, slots=True)
class Span:
    """Where a block came from: 1-based inclusive line range (text) or an element path (HTML)."""

    start_line: int | None = None  #: first line of the block in the dump (1-based; None for HTML)
    end_line: int | None = None  #: last line of the block in the dump, inclusive (None for HTML)
    path: str | None = None  #: the element's path in the HTML tree, ``body/div[2]/p[1]`` (None for text)

    def __str__(self) -> str:
        if self.path is not None:
            return self.path
        if self.start_line == self.end_line:
            return f"line {self.start_line}"
        return f"lines {self.start_line}-{self.end_line}"

    def to_dict(self) -> dict[str, Any]:
        """``{"path": …}`` for HTML, ``{"start_line": …, "end_line": …}`` for a dump."""
        if self.path is not None:
            return {"path": self.path}
        return {"start_line": self.start_line, "end_line": self.end_line}

    @staticmethod
    def lines(start: int, end: int) -> Span:
        """The span of lines ``start``..``end`` (1-based, inclusive).

        Line spans repeat on every page (line 1, lines 3-4…) and are immutable: one object per range
        is shared, up to ``frozen.MAX_SHARED_SPANS`` ranges, instead of one new object per block.
        """
        from pagesplit.frozen import line_span  # the shared spans live beside the builder, compiled with it

        return line_span(start, end)


@dataclass(frozen=True, slots=True)
class Markup:
    """What the page's markup says of a block's structure beyond its ``kind``, for rendering it as markdown.

    Text dumps know only numbered list items; HTML knows heading levels, numbered lists and quotations.
    """

    heading_level: int | None = None  #: 1-6 for an HTML heading (``<h1>``-``<h6>``)
    #: an item of a numbered list: in HTML an ``<ol>`` item (numbered by its place); a dump's item keeps its
    #: number in its text ("1. Choose a pot")
    ordered: bool = False
    quoted: bool = False  #: inside a quotation (``<blockquote>``)

    @staticmethod
    def of(heading_level: int | None = None, ordered: bool = False, quoted: bool = False) -> Markup | None:
        """The shared ``Markup`` of these facts, or None when there are none (most blocks)."""
        if heading_level is None and not ordered and not quoted:
            return None
        return _shared_markup(heading_level, ordered, quoted)

    def to_dict(self) -> dict[str, Any]:
        """Only the facts there are: ``{"heading_level": 2}``, ``{"ordered": true}``."""
        out: dict[str, Any] = {}
        if self.heading_level is not None:
            out["heading_level"] = self.heading_level
        if self.ordered:
            out["ordered"] = True
        if self.quoted:
            out["quoted"] = True
        return out


@cache
def _shared_markup(heading_level: int | None, ordered: bool, quoted: bool) -> Markup:
    return Markup(heading_level, ordered, quoted)  # a handful of combinations: one object each


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the page (paragraph, heading, list item, caption, line group)."""

    index: int  #: its place in ``Page.blocks`` (0-based, page order)
    text: str  #: its text, whitespace normalized (a table: cells by tabs, rows by newlines)
    kind: BlockKind  #: its shape, as the front end saw it
    role: Role  #: what it is on the page: the one place it lands
    reason: Reason  #: the rule that gave it its role, and what that rule saw
    span: Span  #: where it came from in the input
    card: int | None = None  #: index into ``Page.teasers`` for teaser blocks
    part: TeaserPart | None = None  #: which part of its card a teaser block is
    trail: tuple[Reason, ...] = ()  #: every earlier verdict, only when ``explain=True``
    markup: Markup | None = None  #: heading level, numbered list, quotation, when the input says so

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types: enums by value; ``card``, ``part``, ``trail`` and ``markup`` only when set."""
        out: dict[str, Any] = {
            "index": self.index,
            "text": self.text,
            "kind": self.kind.value,
            "role": self.role.value,
            "rule": self.reason.rule,
            "detail": self.reason.detail,
            "span": self.span.to_dict(),
        }
        if self.card is not None:
            out["card"] = self.card
        if self.part is not None:
            out["part"] = self.part.value
        if self.trail:
            out["trail"] = [str(r) for r in self.trail]
        if self.markup is not None:
            out["markup"] = self.markup.to_dict()
        return out


@dataclass(frozen=True, slots=True)
class Article:
    """The page's main story."""

    title: str | None  #: the headline shown above the story (the TITLE block's text when there is one)
    byline: str | None  #: who wrote it, as the page shows it ("By Jane Doe")
    #: the publication date as ISO 8601: a date, with time and zone when the page gives them
    published: str | None
    attribution: str | None  #: the agency or source credited at the end ("(Reuters)")
    paragraphs: tuple[str, ...]  #: the body, one string per ARTICLE block
    block_indexes: tuple[int, ...] = ()  #: the ARTICLE blocks, in order
    #: the date as the page printed it ("19 NOV 2019", "vor 2 Stunden"); ``published`` is its ISO 8601 form
    published_text: str | None = None

    @property
    def published_datetime(self) -> datetime.datetime | None:
        """``published`` as a ``datetime`` (aware when the page gave a zone; a bare date is its midnight)."""
        return iso_to_datetime(self.published)

    @property
    def text(self) -> str:
        """The body: paragraphs separated by blank lines (no title, no byline)."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Every field, plain JSON types."""
        return {
            "title": self.title,
            "byline": self.byline,
            "published": self.published,
            "published_text": self.published_text,
            "attribution": self.attribution,
            "paragraphs": list(self.paragraphs),
            "text": self.text,
        }

    def __repr__(self) -> str:
        """Short: the title and the counts, not the text (``to_dict()`` has it all)."""
        words = sum(len(p.split()) for p in self.paragraphs)
        return f"<Article {_short(self.title)}: {len(self.paragraphs)} paragraphs, {words} words>"


@dataclass(frozen=True, slots=True)
class Teaser:
    """A card advertising another story."""

    title: str  #: the card's headline
    #: where its headline links (HTML), absolute when the page gives a base (``url=`` or its canonical URL)
    url: str | None = None
    summary: str | None = None  #: its standfirst or lede
    caption: str | None = None  #: the caption of its picture
    credit: str | None = None  #: the credit of its picture
    section: str | None = None  #: the label of the zone it sits in ("More For You", "Most read")
    block_indexes: tuple[int, ...] = ()  #: its blocks in ``Page.blocks``, in order

    def to_dict(self) -> dict[str, Any]:
        """Every field, plain JSON types."""
        return {
            "title": self.title,
            "url": self.url,
            "summary": self.summary,
            "caption": self.caption,
            "credit": self.credit,
            "section": self.section,
            "blocks": list(self.block_indexes),
        }

    def __repr__(self) -> str:
        """Short: the title, where it links and how many blocks it has."""
        url = f" -> {self.url}" if self.url else ""
        return f"<Teaser {_short(self.title)}{url}: {len(self.block_indexes)} blocks>"


@dataclass(frozen=True, slots=True)
class Page:
    """Everything pagesplit found on one page. ``blocks`` is the whole input, partitioned."""

    kind: InputKind  #: which front end read the input (HTML or a text dump)
    article: Article | None  #: the main story, or None (a listing, an error page, an empty page)
    teasers: tuple[Teaser, ...]  #: cards advertising other stories, in page order
    blocks: tuple[Block, ...]  #: every block of the input, in page order, each with its role and reason
    url: str | None = None  #: the ``url=`` the caller passed
    canonical_url: str | None = None  #: the URL the page declares for itself (``<link rel="canonical">``, og:url)
    site_name: str | None = None  #: the site's name as the page declares it (og:site_name, JSON-LD, application-name)
    #: the title the page gives itself, as it stands: JSON-LD headline, og:title or another meta title, else the
    #: ``<title>`` element; often the shown headline with a site suffix, or worded otherwise (``article.title`` is
    #: the headline shown)
    declared_title: str | None = None
    #: the page's language: ``<html lang>``, content-language or og:locale; for a dump, from its stopwords
    language: str | None = None
    notes: tuple[str, ...] = field(default=())  #: page-level observations (dump style, no article, …)
    page_type: PageType = PageType.ARTICLE  #: article, listing, error or empty (``kind`` is the input kind)
    description: str | None = None  #: the page's summary of itself (og:description, JSON-LD, meta description)
    image: str | None = None  #: the page's lead image URL (og:image, JSON-LD image)
    tags: tuple[str, ...] = ()  #: keywords the page declares (article:tag, JSON-LD keywords, meta keywords)
    categories: tuple[str, ...] = ()  #: sections it files itself under (article:section, JSON-LD articleSection)
    #: what went wrong without stopping the page (a pattern that ran out of time and was skipped); usually none
    warnings: tuple[PageWarning, ...] = ()

    @property
    def chrome(self) -> tuple[Block, ...]:
        """The blocks stripped as chrome, each with its reason."""
        return tuple(b for b in self.blocks if b.role is Role.CHROME)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types only; the CLI's ``--json`` prints exactly this."""
        return {
            "kind": self.kind.value,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "site_name": self.site_name,
            "declared_title": self.declared_title,
            "language": self.language,
            "page_type": self.page_type.value,
            "description": self.description,
            "image": self.image,
            "tags": list(self.tags),
            "categories": list(self.categories),
            "notes": list(self.notes),
            "warnings": [w.to_dict() for w in self.warnings],
            "article": None if self.article is None else self.article.to_dict(),
            "teasers": [t.to_dict() for t in self.teasers],
            "chrome": [{"index": b.index, "text": b.text, "rule": b.reason.rule, "detail": b.reason.detail}
                       for b in self.chrome],
            "blocks": [b.to_dict() for b in self.blocks],
        }

    def __repr__(self) -> str:
        """Short: the input kind, the article's title and the counts (a page's blocks can be megabytes)."""
        article = "no article" if self.article is None else f"article {_short(self.article.title)}"
        url = f" {self.url}" if self.url else ""
        return (f"<Page {self.kind.value}{url}: {article}, {len(self.teasers)} teasers, "
                f"{len(self.blocks)} blocks ({len(self.chrome)} chrome)>")


#: A title in a ``repr`` is cut to this many characters.
REPR_TITLE_CHARS = 60


def _short(title: str | None) -> str:
    """A title for a ``repr``: quoted, cut with an ellipsis, or 'untitled'."""
    if not title:
        return "untitled"
    flat = " ".join(title.split())
    return repr(flat if len(flat) <= REPR_TITLE_CHARS else flat[:REPR_TITLE_CHARS - 1] + "…")
