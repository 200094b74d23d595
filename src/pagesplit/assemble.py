"""Freeze decided drafts into the public ``Page``: blocks, and the article and teaser views."""

from __future__ import annotations

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.frozen import fast_constructor
from pagesplit.lexicon import CHROME_CATEGORIES, first_of, normalize
from pagesplit.members import Inputs, Parts, Roles
from pagesplit.model import Article, Block, Page, Teaser, TeaserPart

_new_block = fast_constructor(Block)


#: Lexicon categories of labels that byline markup may hold instead of a name ("About the author").
_LABEL_CATEGORIES = ("comments", "sections", *CHROME_CATEGORIES)


def _is_label(text: str, ctx: Context) -> bool:
    """The whole text is a lexicon label, not a name: the heading of an author box marked up "author"."""
    return first_of(ctx.lexicon.exact.get(normalize(text)), _LABEL_CATEGORIES) is not None


def _article(drafts: list[Draft], ctx: Context) -> Article | None:
    """The article view: one pass over the blocks (most are chrome and skipped at once)."""
    body: list[Draft] = []
    title = published = attribution = None
    byline: list[str] = []
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
            continue
        elif role is Roles.TITLE:
            title = title or d.text
        elif role is Roles.DATE:
            published = published or d.text
        elif role is Roles.ATTRIBUTION:
            attribution = attribution or d.verdict.reason.detail or d.text
        if byline:
            byline_open = False
    if not body:
        return None
    title = title or ctx.hints.title
    byline_text = " ".join(byline) or ctx.hints.byline
    if ctx.kind is Inputs.HTML:  # the page's own metadata (JSON-LD, og:, meta) beats a guessed block
        title = ctx.hints.title or title
        if ctx.hints.byline and not _is_label(ctx.hints.byline, ctx):
            byline_text = ctx.hints.byline
    return Article(
        title=title,
        byline=byline_text,
        published=ctx.hints.published or published,
        attribution=attribution,
        paragraphs=tuple(d.text for d in body),
        block_indexes=tuple(d.index for d in body),
    )


#: Before a card's headline, w3m and lynx print an image as its alt text or file name in brackets, a ranked
#: list ("Most read") its number, and a news ticker the time in an element of its own that runs into the
#: headline with no space ("14:05Ferry strike called off"): none of them is part of the headline.
_TITLE_PREFIX = regex.compile(r"^(?:\[[^\]\n]{1,60}\]\s*|\d{1,2}[.)]\s+|\d{1,2}:\d{2}(?=\p{Lu}))+(?=\S)")


def _clean_title(text: str) -> str:
    return _TITLE_PREFIX.sub("", text, count=1) if text[:1] == "[" or text[:1].isdigit() else text


def _teasers(drafts: list[Draft]) -> tuple[Teaser, ...]:
    """Cards in page order. Their blocks are renumbered to the card's place (0..n-1); the blocks of a
    card that has no title block keep no card number."""
    by_card: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.role is Roles.TEASER and d.card is not None:
            by_card.setdefault(d.card, []).append(d)
    teasers: list[Teaser] = []
    for blocks in by_card.values():
        title = next((d for d in blocks if d.part is Parts.TITLE), None)
        number = None if title is None else len(teasers)
        for d in blocks:
            d.card = number
        if title is None:
            continue

        def joined(part: TeaserPart, blocks: list[Draft] = blocks) -> str | None:
            texts = [d.text for d in blocks if d.part is part]
            return "\n\n".join(texts) if texts else None

        teasers.append(Teaser(
            title=title.teaser_title or _clean_title(title.text),
            url=title.dom.href if title.dom is not None else None,
            summary=joined(Parts.SUMMARY),
            caption=joined(Parts.CAPTION),
            credit=joined(Parts.CREDIT),
            section=title.section,
            block_indexes=tuple(d.index for d in blocks),
        ))
    return tuple(teasers)


def assemble(drafts: list[Draft], ctx: Context) -> Page:
    teasers = _teasers(drafts)
    article = _article(drafts, ctx)
    return Page(
        kind=ctx.kind,
        article=article,
        teasers=teasers,
        blocks=tuple([
            _new_block(d.index, d.text, d.kind, d.role, d.verdict.reason, d.span,
                       d.card if d.role is Roles.TEASER else None, d.part if d.role is Roles.TEASER else None,
                       tuple(d.trail) if d.trail else ())
            for d in drafts
        ]),
        url=ctx.url,
        canonical_url=ctx.hints.canonical_url,
        site_name=ctx.hints.site_name,
        language=ctx.hints.language,
        notes=tuple(ctx.notes),
    )
