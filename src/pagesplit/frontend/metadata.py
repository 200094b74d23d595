"""What an HTML page says about itself: title, byline, date, site name, language, canonical URL.

Sources in order of trust, as Readability and most publishers' own tooling read them: JSON-LD
(``schema.org`` Article types), Open Graph and ``article:*`` meta tags, plain ``<meta name>``
tags, then markup (``<h1>``, ``rel=author``, ``.byline``, ``<time datetime>``) and ``<title>``.
One pass over the elements that can carry metadata; the page's tree is only read.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any
from urllib.parse import urljoin

import regex

from pagesplit.context import Hints
from pagesplit.frontend.entities import unescape
from pagesplit.lexicon.unspaced import CHARS_PER_UNSPACED_HEADLINE_WORD
from pagesplit.timed_match import timed

#: JSON-LD ``@type`` values naming the page's main story.
_ARTICLE_TYPES = timed(regex.compile(r"article|posting|report|newsarticle|blogposting|webpage|creativework", regex.I),
                       "metadata.article-types")
#: Separators between a page title and the site name: "Story | Site", "Story - Site", "Site » Story".
_TITLE_SEPARATOR = timed(regex.compile(r" [|\-–—\\/>»·:] "), "metadata.title-separator")
_HIERARCHICAL = timed(regex.compile(r" [\\/>»] "), "metadata.hierarchical")
#: A title piece with fewer words than this is a site or section name, not a headline (Readability).
MIN_TITLE_WORDS = 3
#: Scripts written without spaces (Chinese, Japanese, Thai): a run of their characters counts one word per
#: ``lexicon.unspaced.CHARS_PER_UNSPACED_HEADLINE_WORD`` characters when titles are measured.
_UNSPACED_RUN = timed(regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+"),
                      "metadata.unspaced-run")
#: A ``<title>`` shorter than this names a site ("News Site"), longer than this a page of search terms: the
#: page's one ``<h1>`` is then its title (Readability's bounds).
MIN_TITLE_CHARS = 15
MAX_TITLE_CHARS = 150
#: Byline markup longer than this is prose, not a byline (Readability uses 100).
MAX_BYLINE_CHARS = 100
#: A byline names someone: at least two words ("Jane Doe"), unless nothing better exists.
MIN_BYLINE_WORDS = 2
_BYLINE_ATTRIBUTE = timed(
    regex.compile(r"(?:^|[\s_-])(?:byline|author|dateline|writtenby|p-author)(?:$|[\s_-])", regex.I),
    "metadata.byline-attribute")
#: Elements whose markup can carry metadata (``{*}`` also matches namespaced XHTML); links (``rel="author"``)
#: are looked at apart: they are most of these elements, and only the first author link counts.
_METADATA_TAGS = tuple(f"{{*}}{t}" for t in ("meta", "script", "title", "h1", "link", "time"))
_LINK_TAG = "{*}a"
_URLISH = timed(regex.compile(r"^(?:https?:)?//|^www\.", regex.I), "metadata.urlish")
#: A URL slug offered as a title ("adac-kindersitztest-herbst-2018"): no space, words joined by - or _.
_SLUG = timed(regex.compile(r"^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+){2,}$"), "metadata.slug")
#: Class or id words of a page footer: a ``rel="author"`` link there credits the theme, not the story.
_FOOTER_ATTRIBUTE = timed(regex.compile(r"footer|copyright|site-info|colophon", regex.I), "metadata.footer-attribute")


#: Meta keys for the title and the byline, in Readability's order of preference (dots read as colons).
_TITLE_KEYS = ("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
               "twitter:title", "parsely-title")
_BYLINE_KEYS = ("dc:creator", "dcterm:creator", "author", "parsely-author", "sailthru:author")
#: Meta keys for the publication date, the commonest first (Open Graph, schema.org microdata, Parse.ly,
#: Sailthru, Dublin Core, then plain names).
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "og:published_time", "parsely-pub-date",
                   "sailthru:date", "dc:date", "dcterm:date", "dc:date:issued", "dcterm:created", "publishdate",
                   "publish-date", "date", "pubdate")
_DESCRIPTION_KEYS = ("og:description", "twitter:description", "description", "dc:description", "dcterm:description")
_IMAGE_KEYS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
#: Meta keys that may repeat (one ``article:tag`` per tag): every value is kept, in page order.
_LIST_KEYS = ("article:tag", "article:section", "keywords", "news_keywords", "parsely-tags", "parsely-section")


def _clean(text: str) -> str:
    """One line of display text: references undone, whitespace folded."""
    return " ".join(unescape(text).split())


def _is_slug(title: str) -> bool:
    return _SLUG.match(title) is not None


def _split_list(values: list[str]) -> tuple[str, ...]:
    """Comma-separated keyword values -> distinct items, in order."""
    seen: dict[str, str] = {}
    for value in values:
        for item in value.split(","):
            item = _clean(item)
            if item and item.casefold() not in seen:
                seen[item.casefold()] = item
    return tuple(seen.values())


def _strings(value: Any) -> list[str]:
    """A JSON-LD value that may be a string or a list of strings."""
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, str) and item.strip()]


def _image_url(value: Any) -> str | None:
    """A JSON-LD ``image``: a URL, an ImageObject, or a list of either."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and item.strip():
            return item.strip()
        if isinstance(item, dict) and isinstance(item.get("url"), str) and item["url"].strip():
            return str(item["url"]).strip()
    return None


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k) and not (k in _TITLE_KEYS and _is_slug(meta[k]))), None)


def _text(el: Any) -> str:
    return _clean(" ".join(el.itertext()))


def _words(text: str) -> int:
    """Whitespace words, with runs of unspaced scripts counted by length ("港町の朝市" is not one word)."""
    words = len(text.split())
    for run in _UNSPACED_RUN.findall(text):
        words += len(run) // CHARS_PER_UNSPACED_HEADLINE_WORD
    return words


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _jsonld_objects(raw: str) -> list[dict[str, Any]]:
    """The objects of a JSON-LD script; a script wrapped in ``<![CDATA[ … ]]>`` (for XHTML parsers) is read
    without the wrapper, as Readability does.

    >>> [o["headline"] for o in _jsonld_objects('<![CDATA[ {"headline": "Ferry news"} ]]>')]
    ['Ferry news']
    """
    raw = raw.strip()
    if raw.startswith("<![CDATA[") and raw.endswith("]]>"):
        raw = raw[len("<![CDATA["):-len("]]>")]
    try:  # NaN and Infinity are no JSON: refused, so no value of the page can make to_dict() invalid JSON
        data = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # malformed, a number too long for int(), or nested too deep
        return []
    out: list[dict[str, Any]] = []
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            if isinstance(item.get("@graph"), list):
                todo.extend(item["@graph"])
    return out


def _names(value: Any, by_id: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """JSON-LD author/publisher value -> display names; ``{"@id": …}`` references (Yoast's ``@graph``) are
    looked up in ``by_id``."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = ""
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str) and by_id:
            item = by_id.get(item["@id"], item)
        if isinstance(item, str):
            name = item
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            name = item["name"]
        name = _clean(name)
        if name and not _URLISH.match(name):
            names.append(name)
    return names


def _type_matches(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds)


def clean_title(title: str, site_name: str | None = None) -> str:
    """``<title>`` minus the site name: "A story about things | Site" -> "A story about things".

    Readability's rule: keep what precedes the last separator; if that is under three words, what
    follows the first one; if the result is four words or fewer, keep the whole title.

    >>> clean_title("Twelve ways to fold a paper crane | Paper Weekly")
    'Twelve ways to fold a paper crane'
    """
    title = " ".join(title.split())
    seps = list(_TITLE_SEPARATOR.finditer(title))
    if not seps:
        return title
    if site_name:
        site = site_name.casefold().strip()
        first, last = seps[0], seps[-1]
        if title[last.end():].casefold().strip() == site:
            return title[:last.start()]
        if title[:first.start()].casefold().strip() == site:
            return title[first.end():]
    cleaned = title[:seps[-1].start()]
    if _words(cleaned) < MIN_TITLE_WORDS:
        cleaned = title[seps[0].end():]
    hierarchical = _HIERARCHICAL.search(title) is not None
    if _words(cleaned) <= 4 and (not hierarchical
                                 or _words(cleaned) != _words(_TITLE_SEPARATOR.sub(" ", title)) - 1):
        return title
    return cleaned


def _in_footer(el: Any) -> bool:
    """Inside the page footer: a ``<footer>`` element or a box whose class or id says footer."""
    for parent in el.iterancestors():
        if _local(parent.tag) == "footer":
            return True
        attrs = f"{parent.get('class') or ''} {parent.get('id') or ''}"
        if attrs.strip() and _FOOTER_ATTRIBUTE.search(attrs):
            return True
    return False


def _rel_author(root: Any) -> str | None:
    """The text of the first link marked ``rel="author"`` that has some, outside the page footer (where
    a theme's credit link carries the mark: "Theme by ThemeGrill")."""
    for el in root.iter(_LINK_TAG):
        rel = el.get("rel")
        if rel and "author" in rel.lower().split():
            text = _text(el)
            if text and not _in_footer(el):
                return text
    return None


def _markup_byline(root: Any, byline_elements: list[Any] | None) -> str | None:
    """The first byline markup in page order whose text is a name, as Readability takes it; within it, the
    tightest (a ``.byline`` box around an ``.author-name`` link). Not the shortest on the page: that is any
    card's author line as often as the story's (dev rd: two pages named a sidebar card's author)."""
    if byline_elements is None:
        byline_elements = [el for el in root.iter() if el.get("class") or el.get("id") or el.get("itemprop")]
    first: Any = None
    best: str | None = None
    for el in byline_elements:
        if _local(el.tag) not in ("meta", "script", "link", "html", "body", "style"):
            attrs = " ".join(v for v in (el.get("class"), el.get("id"), el.get("itemprop")) if v)
            if attrs and _BYLINE_ATTRIBUTE.search(attrs):
                text = _text(el)
                if not 0 < len(text) <= MAX_BYLINE_CHARS or len(text.split()) < MIN_BYLINE_WORDS:
                    continue
                if first is None:
                    first, best = el, text
                elif any(a is first for a in el.iterancestors()):
                    if best is None or len(text) < len(best):
                        best = text
                else:
                    break  # past the first byline box
    return best


def _read_jsonld(objects: list[dict[str, Any]], page_title: str | None) -> dict[str, Any]:
    """The story's fields from the page's JSON-LD objects (the first Article-like object naming each)."""
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    found: dict[str, Any] = {}
    titles: list[str] = []
    for obj in objects:
        if not _type_matches(obj):
            continue
        if not titles:
            titles = [_clean(v) for v in (obj.get("headline"), obj.get("name"))
                      if isinstance(v, str) and v.strip() and not _is_slug(v.strip())]
        authors = _names(obj.get("author"), by_id)
        if "byline" not in found and authors:
            found["byline"] = ", ".join(authors)
        date = obj.get("datePublished") or obj.get("dateCreated")
        if "published" not in found and isinstance(date, str) and date.strip():
            found["published"] = date.strip()
        publisher = _names(obj.get("publisher"), by_id)
        if "site" not in found and publisher:
            found["site"] = publisher[0]
        description = obj.get("description")
        if "description" not in found and isinstance(description, str) and description.strip():
            found["description"] = _clean(description)
        image = _image_url(obj.get("image")) or _image_url(obj.get("thumbnailUrl"))
        if "image" not in found and image:
            found["image"] = image
        if "tags" not in found and _strings(obj.get("keywords")):
            found["tags"] = _strings(obj.get("keywords"))
        if "categories" not in found and _strings(obj.get("articleSection")):
            found["categories"] = _strings(obj.get("articleSection"))
    if titles:  # headline and name differ: the one closer to <title> (Readability)
        found["title"] = max(titles, key=lambda t: _overlap(t, page_title or "")) if page_title else titles[0]
    return found


def _absolute(href: str | None, base: str | None) -> str | None:
    if href and base:
        with contextlib.suppress(ValueError):
            return urljoin(base, href)
    return href


def read_metadata(root: Any, url: str | None = None, byline_elements: list[Any] | None = None) -> Hints:
    """Read title, byline, published date, site name, language and canonical URL of a parsed page, and
    its description, lead image, tags and categories.

    ``byline_elements``: the elements whose class, id or itemprop may name a byline, in document
    order (the HTML walk collects them on its way, see ``lexicon.dom_tokens.BYLINE_TOKENS``); all elements when omitted.
    Values are display text: character references a page escaped twice are undone (``unescape``).

    The title hint is what the page declares (JSON-LD, then meta tags; a URL slug is no title), else
    ``<title>`` minus the site name, else (or when that is under 15 or over 150 characters and the h1 reads
    as a headline) its one ``<h1>``. It finds the headline block
    (``rules.parts.find_title``), and that block's text is the article's title (``assemble``): the hint
    stands in only when no block is the headline, so ``<title>News Site</title>`` names no story that shows one.

    >>> from pagesplit.frontend.html import parse
    >>> hints = read_metadata(parse('<html lang="de"><head><meta property="og:title" content="Ein Titel">'
    ...                             '</head><body><p>x</p></body></html>'))
    >>> hints.title, hints.language
    ('Ein Titel', 'de')
    """
    meta: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    objects: list[dict[str, Any]] = []
    h1s: list[Any] = []  # elements: their text is read only when no other source names a title
    page_title = canonical = time_datetime = None
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip() or None
    for el in root.iter(*_METADATA_TAGS):  # the tag filter runs in libxml2, not per element in Python
        tag = el.tag  # a lowercase name the filter matched, in a namespace or not
        if tag[0] == "{":
            tag = tag.rpartition("}")[2]
        if tag == "meta":
            content = el.get("content")
            if content and content.strip():
                named = el.get("name") or el.get("itemprop") or el.get("http-equiv") or ""
                keys = [*(el.get("property") or "").split(), named]
                for key in keys:  # property="dc:title og:title" names two keys
                    key = "".join(key.split()).lower().replace(".", ":")
                    if key and key not in meta:
                        meta[key] = _clean(content)
                    if key in _LIST_KEYS:
                        lists.setdefault(key, []).append(content)
        elif tag == "script" and (el.get("type") or "").strip().lower() == "application/ld+json":
            objects.extend(_jsonld_objects(el.text or ""))
        elif tag == "title" and page_title is None:
            page_title = _text(el) or None
        elif tag == "h1":
            h1s.append(el)
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel and canonical is None and el.get("href"):
                canonical = el.get("href", "").strip()
        elif tag == "time" and time_datetime is None and el.get("datetime"):
            time_datetime = el.get("datetime", "").strip() or None
    ld = _read_jsonld(objects, page_title) if objects else {}
    site_name = meta.get("og:site_name") or ld.get("site") or meta.get("application-name")
    title = ld.get("title") or _first(meta, _TITLE_KEYS)
    declared = title is not None  # the publisher's own statement of the story's title (JSON-LD, meta)
    from_title_element = title is None and page_title is not None
    if title is None and page_title:
        title = clean_title(page_title, site_name)
    if title is None or (from_title_element and not MIN_TITLE_CHARS <= len(title) <= MAX_TITLE_CHARS):
        # no title, or a <title> too short to name a story ("News Site") or too long to be one: the one
        # h1, if it reads as a headline (a one-word h1 under a two-word <title> is no better a title)
        h1_texts = [text for text in map(_text, h1s) if text]
        if len(h1_texts) == 1 and (title is None
                                   or _words(h1_texts[0]) >= max(MIN_TITLE_WORDS, _words(title) + 1)):
            title = h1_texts[0]
    # Links and markup are read only when JSON-LD and meta tags name no byline (or only a URL): most pages
    # name one there, and finding the first author link means looking at every link of the page.
    byline = ld.get("byline") or _first(meta, _BYLINE_KEYS)
    if not byline or _URLISH.match(byline):
        byline = _rel_author(root) or _markup_byline(root, byline_elements)
    published = ld.get("published") or _first(meta, _PUBLISHED_KEYS) or time_datetime
    locale = meta.get("og:locale")
    language = lang or meta.get("content-language") or (locale.replace("_", "-") if locale else None)
    canonical = canonical or meta.get("og:url")
    if canonical and url:
        with contextlib.suppress(ValueError):
            canonical = urljoin(url, canonical)
    tags = _split_list(ld.get("tags") or lists.get("article:tag") or lists.get("parsely-tags")
                       or lists.get("news_keywords") or lists.get("keywords") or [])
    categories = _split_list(ld.get("categories") or lists.get("article:section") or lists.get("parsely-section") or [])
    image = _first(meta, _IMAGE_KEYS) or ld.get("image")
    return Hints(title=title, byline=byline, published=published, site_name=site_name, language=language,
                 canonical_url=canonical, description=ld.get("description") or _first(meta, _DESCRIPTION_KEYS),
                 image=_absolute(image, url or canonical), tags=tags, categories=categories,
                 document_title=page_title, title_declared=declared)
