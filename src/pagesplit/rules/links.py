"""What a link's URL says about what it leads to: the site it belongs to, and whether it can be a story.

Teaser cards link to stories. A link to a listing page (a tag, a category, an author, a search), to a site's
home page or to a reader's comment reads like a headline often enough ("Everything about the night ferry",
"Jo on Ferry strike called off") and is no story; these shapes are URL shapes shared by most sites, listed
as data in ``lexicon/_dom/listing_path_segments.txt`` and ``lexicon/_dom/comment_anchor_stems.txt``.
Answers are cached per URL: a page's links repeat (menus, cards), and so do a site's links across pages.
"""

from __future__ import annotations

import functools
import unicodedata
from urllib.parse import unquote, urlsplit

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon.dom_tokens import load_tokens
from pagesplit.timed_match import timed

#: Hosts count as one site when their last this many labels agree ("www.example.org", "news.example.org").
SITE_LABELS = 2
#: How many URLs' sites ``site_of`` remembers.
SITE_CACHE_SIZE = 20_000
#: A listing page's path segment ("tag", "author") is followed by at most this many more ("/tag/ferry/",
#: "/category/news/local/"); a story's own path may hold such a word further up ("/topics/x/2024/05/slug").
MAX_LISTING_TAIL_SEGMENTS = 2
#: How many URLs ``is_non_story_url`` remembers.
LISTING_CACHE_SIZE = 20_000
#: A link whose path ends in one of these names a picture or a document, not a page: a box whose picture links
#: its full-size file ("View this image") is a figure of the story, not an advertisement (dev: a list story's
#: item, a heading above its linked photo); a card linking a datasheet is a download, not a story (dev: a
#: sponsor grid's PDFs).
FILE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf")
#: Query parameters that only say where a click came from (the UTM campaign convention most analytics read):
#: "/?utm_source=site&utm_medium=footer" is the site's home page still, however tagged.
TRACKING_PARAM_PREFIX = "utm_"


@functools.lru_cache(maxsize=SITE_CACHE_SIZE)
def site_of(url: str | None) -> str | None:
    """The last two labels of a URL's host ("www.example.org" -> "example.org"); None without a host.

    Cached: a page's links repeat (menus, cards) and so do sites' links across pages; ``urlsplit`` is
    the costliest call of the DOM stages otherwise, so a plainly written web address is read without it
    (``_plain_host``).
    """
    if not url:
        return None
    host = _plain_host(url)
    if host is None:
        try:
            host = urlsplit(url).hostname
        except ValueError:
            return None
    return ".".join(host.split(".")[-SITE_LABELS:]) if host else None


#: The schemes of the addresses ``_plain_host`` reads, as pages write most links (a page's links are mostly
#: unique to it, so ``site_of``'s cache misses on about 60 a page, dev sh).
_PLAIN_SCHEMES = {"https://": 8, "http://": 7}
#: Characters that make ``urlsplit`` read a host otherwise than as the text between the scheme and the path: a
#: user name, a bracketed address, a zone; and the characters it deletes anywhere in the address first.
_NOT_PLAIN_HOST = ("@", "[", "]", "%")
_DELETED_FROM_URL = ("\t", "\r", "\n")


def _plain_host(url: str) -> str | None:
    """The host ``urlsplit(url).hostname`` finds (lower-cased, without the port), for an ``http(s)://`` address in
    ASCII with none of ``_NOT_PLAIN_HOST`` or ``_DELETED_FROM_URL``; None for any other address (``urlsplit``
    reads it). Several times cheaper than ``urlsplit`` (a pure-Python parse, its own cache missed)."""
    start = _PLAIN_SCHEMES.get(url[:8]) or _PLAIN_SCHEMES.get(url[:7])
    if start is None:
        return None
    end = len(url)
    for mark in "/?#":  # the host ends where the path, the query or the fragment starts
        at = url.find(mark, start, end)
        if at >= 0:
            end = at
    netloc = url[start:end]
    if not netloc.isascii() or any(c in netloc for c in _NOT_PLAIN_HOST) or any(c in url for c in _DELETED_FROM_URL):
        return None
    return netloc.partition(":")[0].lower()


def names_file(href: str) -> bool:
    """Whether the link's path ends in a file's name (``FILE_SUFFIXES``).

    >>> names_file("https://example.org/docs/Datasheet.PDF?v=2"), names_file("https://example.org/news/pdf-tools")
    (True, False)
    """
    return href.partition("?")[0].partition("#")[0].lower().endswith(FILE_SUFFIXES)


def page_key(url: str) -> str:
    """A URL without its scheme, "www.", query, fragment and trailing slash: the same page however linked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}"


@functools.cache
def _comment_anchor_stems() -> tuple[str, ...]:
    return tuple(sorted(load_tokens("comment_anchor_stems")))


@functools.lru_cache(maxsize=LISTING_CACHE_SIZE)
def is_non_story_url(url: str) -> bool:
    """A link to a listing page: a keyword, section, author or search page, or a job offer, not a story (see
    ``_dom/listing_path_segments.txt``; the segment must sit near the end of the path); or a site's home
    page, a path of nothing but "/" ("our other sites", a partner's logo box): a story has a path of its own
    (or a query naming it, "/?p=123"; tracking tags, ``TRACKING_PARAM_PREFIX``, name none); or a reader's
    comment on a story (``_dom/comment_anchor_stems.txt``); or a file (``names_file``: a PDF, a picture).

    >>> is_non_story_url("https://example.org/tag/ferries/"), is_non_story_url("https://example.org/05/tag-day")
    (True, False)
    >>> is_non_story_url("https://example.org/jobs/1716-harbour-pilot")
    True
    >>> is_non_story_url("https://example.org/business/jobs/2019/11/20/unemployment-falls")
    False
    >>> is_non_story_url("https://wiki.example.org/wiki/Category:Ferries_of_the_north")
    True
    >>> is_non_story_url("https://partner.example.net/"), is_non_story_url("https://blog.example.net/?p=1515")
    (True, False)
    >>> is_non_story_url("https://shop.example.net/?utm_source=news&utm_medium=footer")
    True
    >>> is_non_story_url("https://example.org/05/ferry/#comment-12"), is_non_story_url("https://example.org/a/#top")
    (True, False)
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.path in ("", "/") and not _names_page(parts.query):
        return True
    if names_file(url):
        return True  # a document or a picture to download, not a page
    if parts.fragment and parts.fragment.lower().startswith(_comment_anchor_stems()):
        return True  # "…/story/#comment-1316": a reader's comment on a story
    # "Category:Ferries" (a wiki's namespace) names its listing before the colon
    segments = [s.partition(":")[0].lower().replace("-", "") for s in parts.path.split("/") if s]
    listing = load_tokens("listing_path_segments")
    return any(s in listing for s in segments[-1 - MAX_LISTING_TAIL_SEGMENTS:])


#: A story's address names it: its slug, the path's longest segment, says the headline in this many words or more,
#: or the path carries an id (a digit) or the query names the page. A shorter slug that shares no word with the
#: headline names a service, not a story ("/news-tips/" under "Get in touch", "/horoscope" under "What does your star
#: sign say?", "/nos-offres" under a subscription offer; names probe: 10 such cards, no annotated teaser).
MAX_SERVICE_SLUG_WORDS = 2
#: Words are compared when they have at least this many letters ("the", "au" name nothing)…
MIN_COMPARED_LETTERS = 4
#: …by the first this many consonants of each, accents left out: a slug spells a headline's word without its accents
#: or with them written out ("fruehstueckskuchen" for "Frühstückskuchen": both start f-r-h).
COMPARED_CONSONANTS = 3
_VOWELS = frozenset("aeiouy")
_WORD = timed(regex.compile(r"[^\W_]+"), "links.word")
#: A file name's extension (".html", ".aspx") is no word of a slug.
_EXTENSION = timed(regex.compile(r"\.[a-z]{2,5}$"), "links.extension")


def _folded_words(text: str) -> list[str]:
    """The words of ``text`` of MIN_COMPARED_LETTERS or more, lower-case, accents left out."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))
    return [w for w in _WORD.findall(folded) if len(w) >= MIN_COMPARED_LETTERS]


def _consonants(word: str) -> str:
    return "".join(ch for ch in word if ch not in _VOWELS)[:COMPARED_CONSONANTS]


@functools.lru_cache(maxsize=LISTING_CACHE_SIZE)
def names_story(url: str, headline: str) -> bool:
    """Whether a link's address may name the story ``headline`` tells (see MAX_SERVICE_SLUG_WORDS): a long slug, an id,
    a query naming the page, or a slug sharing a word with the headline. A headline in another script than its slug
    (no word of it in Latin letters) cannot be compared, and passes.

    >>> names_story("https://example.org/news-tips/", "Get in touch")
    False
    >>> names_story("https://example.org/ferry-strike", "Ferry strike called off")
    True
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return True
    if any(map(str.isdigit, parts.path)) or _names_page(parts.query):
        return True
    segments = [_EXTENSION.sub("", s) for s in unquote(parts.path).lower().split("/") if s]
    words = [_WORD.findall(s) for s in segments]
    if not words or max(map(len, words)) > MAX_SERVICE_SLUG_WORDS:
        return True
    told = {_consonants(w) for w in _folded_words(headline) if w.isascii()}
    if not told:
        return True
    return any(_consonants(w) in told for w in _folded_words(" ".join(segments)))


def _names_page(query: str) -> bool:
    """Whether a query names a page (``p=1515``, ``id=7``): any parameter but a click's tracking tags."""
    return any(not field.lower().startswith(TRACKING_PARAM_PREFIX) for field in query.split("&") if field)


def page_site(drafts: list[Draft], ctx: Context) -> str | None:
    """The page's site: the one most of its links lead to (the page's URL may be a copy's or unknown), else
    the URL's. Counted once per page, for every stage that asks."""
    if not ctx.site_known:
        sites: dict[str, int] = {}
        for d in drafts:
            if d.dom is not None and d.dom.href and (host := site_of(d.dom.href)):
                sites[host] = sites.get(host, 0) + 1
        ctx.site = max(sites, key=sites.__getitem__) if sites else site_of(ctx.url)
        ctx.site_known = True
    return ctx.site
