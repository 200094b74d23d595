"""Freeze decided drafts into the public ``Page``: blocks, and the article and teaser views."""

from __future__ import annotations

import contextlib
from itertools import pairwise
from urllib.parse import urljoin, urlsplit

import regex

from pagesplit import dates
from pagesplit.article_title import article_title, declared_title
from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.frozen import new_block as _new_block
from pagesplit.language import guess_language
from pagesplit.lexicon import CHROME_CATEGORIES, first_of
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Inputs, Kinds, Parts, Roles
from pagesplit.model import Article, Page, Teaser, TeaserPart
from pagesplit.page_type import page_type
from pagesplit.rules.record_symbols import MIN_RECORDS
from pagesplit.timed_match import timed

#: Lexicon categories of labels that byline markup may hold instead of a name ("About the author").
_LABEL_CATEGORIES = ("comments", "sections", *CHROME_CATEGORIES)


def _is_label(text: str, ctx: Context) -> bool:
    """The whole text is a lexicon label, not a name: the heading of an author box marked up "author"."""
    return first_of(ctx.lexicon.exact.get(normalize(text)), _LABEL_CATEGORIES) is not None


def _article(drafts: list[Draft], ctx: Context) -> Article | None:
    """The article view: one pass over the blocks (most are chrome and skipped at once)."""
    body: list[Draft] = []
    title = attribution = None
    date_lines: list[str] = []
    byline: list[str] = []
    byline_at: list[int] = []  #: indexes of the byline blocks taken
    byline_open = True  # only the first run of consecutive byline blocks ("By" + "Jane Doe")
    for d in drafts:
        role = d.role
        if role is Roles.CHROME or role is Roles.OTHER or role is Roles.TEASER:
            if byline:
                byline_open = False
            continue
        if role is Roles.ARTICLE:
            body.append(d)
        elif role is Roles.BYLINE:
            if byline_open:
                byline.append(d.text)
                byline_at.append(d.index)
            continue
        elif role is Roles.TITLE:
            title = title or d.text
        elif role is Roles.DATE:
            if d.kind is not Kinds.CAPTION:  # a caption dates its photo, never the story
                date_lines.append(d.text)
        elif role is Roles.ATTRIBUTION:
            attribution = attribution or d.verdict.reason.detail or d.text
        if byline:
            byline_open = False
    if not body:
        return None
    # The byline the page shows next to the story is its byline; what its metadata declares stands in
    # for a missing one.
    title = article_title(title, ctx.hints)
    hinted_byline = ctx.hints.byline if ctx.hints.byline and not _is_label(ctx.hints.byline, ctx) else None
    byline_text = " ".join(byline) or hinted_byline
    if byline and hinted_byline and normalize(hinted_byline) in normalize(" ".join(byline)):
        byline_text = hinted_byline  # the same name, without the line's "By", date or section around it
    published, published_text = _published(ctx, date_lines, _next_to(drafts, byline_at))
    return Article(
        title=title,
        byline=byline_text,
        published=published,
        attribution=attribution,
        paragraphs=tuple(d.text for d in body),
        block_indexes=tuple(d.index for d in body),
        published_text=published_text,
    )


def _next_to(drafts: list[Draft], indexes: list[int]) -> list[str]:
    """The texts of the blocks just after and just before a byline run, unless they are story text."""
    if not indexes:
        return []
    near = [i for i in (indexes[-1] + 1, indexes[0] - 1) if 0 <= i < len(drafts)]
    return [drafts[i].text for i in near if drafts[i].role is not Roles.ARTICLE and drafts[i].kind is not Kinds.CAPTION]


def _published(ctx: Context, date_lines: list[str], near_byline: list[str]) -> tuple[str | None, str | None]:
    """(ISO 8601, as printed): the page's date evidence (``time``, meta, JSON-LD) first, then its date lines,
    then a line beside the byline that is a date ("Updated 2 hours ago", when the caller gave the time)."""
    day_first = dates.day_first_for(ctx.hints.language)
    printed = [text for text in (ctx.hints.published, *date_lines) if text]
    for text in printed:
        iso = dates.to_iso(text, day_first=day_first, reference=ctx.reference_time)
        if iso is not None:
            return iso, text
    for text in near_byline:
        found = dates.date_line(text, day_first=day_first, reference=ctx.reference_time)
        if found is not None:
            return found.iso, text
    return None, (printed[0] if printed else None)


def _absolute(href: str | None, base: str | None) -> str | None:
    """``href`` resolved against ``base`` (an absolute URL); as it was when it cannot be."""
    if href and base:
        with contextlib.suppress(ValueError):
            return urljoin(base, href)
    return href


#: Before a card's headline, w3m and lynx print an image as its alt text or file name in brackets, a ranked
#: list ("Most read") its number, and a news ticker the time in an element of its own that runs into the
#: headline with no space ("14:05Ferry strike called off"): none of them is part of the headline.
_TITLE_PREFIX = timed(regex.compile(r"^(?:\[[^\]\n]{1,60}\]\s*|\d{1,2}[.)]\s+|\d{1,2}:\d{2}(?=\p{Lu}))+(?=\S)"),
                      "assemble.title-prefix")


def _clean_title(text: str) -> str:
    return _TITLE_PREFIX.sub("", text, count=1) if text[:1] == "[" or text[:1].isdigit() else text


def _teasers(drafts: list[Draft], base: str | None = None) -> tuple[Teaser, ...]:
    """Cards in page order. Their blocks are renumbered to the card's place (0..n-1); the blocks of a
    card that has no title block keep no card number. ``base``: the URL relative links are resolved
    against when the front end had none (the page's canonical URL)."""
    by_card: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.role is Roles.TEASER and d.card is not None:
            by_card.setdefault(d.card, []).append(d)
    cards: list[tuple[Draft, list[Draft]]] = []  # each card's title block and blocks
    for blocks in by_card.values():
        title = None  # a loop, not ``next`` of a generator: one left before its end is closed by throwing
        for d in blocks:  # GeneratorExit into it, about 1,700 instructions (callgrind)
            if d.part is Parts.TITLE:
                title = d
                break
        number = None if title is None else len(cards)
        for d in blocks:
            d.card = number
        if title is not None:
            cards.append((title, blocks))
    titles = _without_glued_ranks([title.teaser_title or _clean_title(title.text) for title, _ in cards])
    teasers: list[Teaser] = []
    for text, (title, blocks) in zip(titles, cards, strict=True):

        def joined(part: TeaserPart, blocks: list[Draft] = blocks) -> str | None:
            texts = [d.text for d in blocks if d.part is part]
            return "\n\n".join(texts) if texts else None

        teasers.append(Teaser(
            title=text,
            url=_absolute(title.dom.href, base) if title.dom is not None else None,
            summary=joined(Parts.SUMMARY),
            caption=joined(Parts.CAPTION),
            credit=joined(Parts.CREDIT),
            section=title.section,
            block_indexes=tuple(d.index for d in blocks),
        ))
    return tuple(teasers)


#: A ranked list's number glued onto its headline with no space, by a dump that joins a list's number to its item
#: ("1Council backs new bridge", "2„Ferry is back“"): one or two digits (a rank's, as ``record_reading.ranks`` reads
#: them) right before a capital or an opening quote.
_GLUED_RANK = timed(regex.compile(r"\d{1,2}(?=[\p{Lu}\p{Pi}\p{Ps}\"])"), "assemble.glued-rank")


def _without_glued_ranks(titles: list[str]) -> list[str]:
    """The cards' titles, without the rank glued on when MIN_RECORDS or more of them open with one and the numbers
    rise from card to card (a ranked list's "1", "2", "3", some ranks perhaps in no card). One title opening with a
    number glued to a capital is a name ("3D printer", "5G masts"); a ranked list's numbers rise."""
    ranked = [(k, match) for k, title in enumerate(titles) if title[:1].isdigit()
              and (match := _GLUED_RANK.match(title)) is not None]
    if len(ranked) < MIN_RECORDS:
        return titles  # most pages
    numbers = [int(match[0]) for _, match in ranked]
    if any(after <= before for before, after in pairwise(numbers)):
        return titles
    out = list(titles)
    for k, match in ranked:
        out[k] = titles[k][match.end():]
    return out


def assemble(drafts: list[Draft], ctx: Context) -> Page:
    canonical = ctx.hints.canonical_url
    teasers = _teasers(drafts, canonical if ctx.url is None and canonical and urlsplit(canonical).scheme else None)
    article = _article(drafts, ctx)
    kind = page_type(error_page=ctx.error_page, has_article=article is not None, teasers=len(teasers))
    language = ctx.hints.language
    if language is None and ctx.kind is Inputs.TEXT:
        language = guess_language((d.text for d in drafts if d.role is Roles.ARTICLE) if article is not None
                                  else (d.text for d in drafts if d.role is not Roles.CHROME), ctx.lexicon)
    return Page(
        kind=ctx.kind,
        article=article,
        teasers=teasers,
        blocks=tuple([
            _new_block(d.index, d.text, d.kind, d.role, d.verdict.reason, d.span,
                       d.card if d.role is Roles.TEASER else None, d.part if d.role is Roles.TEASER else None,
                       tuple(d.trail) if d.trail else (), d.markup)
            for d in drafts
        ]),
        url=ctx.url,
        canonical_url=ctx.hints.canonical_url,
        site_name=ctx.hints.site_name,
        declared_title=declared_title(ctx.hints),
        language=language,
        notes=tuple(ctx.notes),
        page_type=kind,
        description=ctx.hints.description,
        image=ctx.hints.image,
        tags=ctx.hints.tags,
        categories=ctx.hints.categories,
    )
