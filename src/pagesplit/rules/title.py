"""Pipeline stage: the article's headline.

The title is the nearest headline-like block above the body (or the block matching the page's own title,
when the input says what it is: HTML ``<title>``, ``og:title``). A byline, a date or a caption between the
title and the body is skipped on the way up.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.lexicon import normalize
from pagesplit.members import Inputs, Kinds, Roles

#: Title candidates: words a good headline has, the weight of sharing words with the first
#: TITLE_BODY_BLOCKS body blocks, the bonus for appearing twice, the cost of each block of distance,
#: and the least score a title needs. Chosen on the rd and sh dumps' titles.
MIN_GOOD_TITLE_WORDS = 4
MAX_GOOD_TITLE_WORDS = 25
TITLE_BODY_BLOCKS = 4
TITLE_OVERLAP_WEIGHT = 3.0
TITLE_REPEAT_BONUS = 0.5
TITLE_DISTANCE_COST = 0.1
MIN_TITLE_SCORE = 0.0
#: A block can only say the page's title if it is at most this much longer (spaces folded away).
TITLE_SLACK_CHARS = 20
#: How far above the body the title may sit (bylines, dates, share bars and captions come between).
TITLE_LOOKBACK = 12
#: A title, the page's or a teaser card's cut short with an ellipsis (``dom_cards``), has at most this many words.
#: The two rules had 30 and 40; dev (score.py --folds, all five modes): 30 for both lowers sh:a article F1 on
#: every dump (3 to 5 pages down, none up), 40 for both leaves every scored figure as it was.
MAX_TITLE_WORDS = 40
#: HTML: an ``<h1>`` matching only part of the page's title has at least this many words.
MIN_H1_TITLE_WORDS = 3


def _headline_like_title(d: Draft) -> bool:
    return (
        d.role is not Roles.CHROME
        and d.role is not Roles.TEASER
        and 2 <= d.words <= MAX_TITLE_WORDS
        and not d.text.rstrip().endswith((".", ",", ";", ":"))
        and not d.is_credit_like
        and not d.is_meta_like
    )


def _title_score(d: Draft, distance: int, body_words: set[str], repeats: int) -> float:
    """How much a block above the body looks like its headline.

    Headlines are a few words long, share words with the first paragraphs, often appear twice on
    the page (breadcrumb, share text) and sit close above the body.
    """
    words = {w for w in normalize(d.text).split() if len(w) > 3}
    overlap = len(words & body_words) / len(words) if words else 0.0
    size = 1.0 if MIN_GOOD_TITLE_WORDS <= d.words <= MAX_GOOD_TITLE_WORDS else 0.0
    return TITLE_OVERLAP_WEIGHT * overlap + size + TITLE_REPEAT_BONUS * (repeats > 1) - TITLE_DISTANCE_COST * distance


_text_of = attrgetter("text")


def _best_title_candidate(drafts: list[Draft], above: list[Draft], ctx: Context) -> Draft | None:
    assert ctx.article_start is not None
    body = [d for d in drafts[ctx.article_start:ctx.article_start + TITLE_BODY_BLOCKS] if d.role is Roles.ARTICLE]
    body_words = {w for d in body for w in normalize(d.text).split() if len(w) > 3}
    counts = Counter(map(_text_of, drafts))  # how often each text appears on the page (C-level loop)
    best: Draft | None = None
    best_score = MIN_TITLE_SCORE
    for distance, d in enumerate(reversed(above)):
        if d.verdict.fact is Facts.SECTION_LABEL:
            break
        if d.is_date_like or is_byline(d) or d.is_caption_like:
            continue  # "12 March 2024", "By Jane Doe" and photo captions sit under the title
        if d.index > 0 and is_bare_byline_opener(drafts[d.index - 1]):
            continue  # "By" / "Jane Doe": the name line of a split byline
        if not _headline_like_title(d) or (d.dom is not None and d.dom.heading_level is None and d.ends_sentence):
            continue
        score = _title_score(d, distance, body_words, counts[d.text])
        if score > best_score:
            best, best_score = d, score
    return best


def find_title(drafts: list[Draft], ctx: Context) -> None:
    if ctx.article_start is None:
        return
    start = ctx.article_start
    hint = normalize(ctx.hints.title) if ctx.hints.title else None
    candidates = drafts[max(0, start - TITLE_LOOKBACK):start + 1]
    chosen: Draft | None = None
    if hint:
        chosen = next((d for d in reversed(candidates) if _says(d, hint)), None)
        if chosen is None and ctx.kind is Inputs.HTML:
            chosen = _h1_of_title(drafts, ctx, hint)
        if chosen is None:
            chosen = next((d for d in drafts if d.role is not Roles.TEASER and _says(d, hint)), None)
    if chosen is None:
        chosen = _best_title_candidate(drafts, candidates[:-1], ctx)
    if chosen is None and candidates and drafts[start].kind is Kinds.HEADING:
        chosen = drafts[start]
    if chosen is not None:
        chosen.decide(Roles.TITLE, "article.title")
        ctx.title_index = chosen.index


def _says(d: Draft, normalized: str) -> bool:
    """The block's text is ``normalized`` (lengths compared first: no normalizing of long blocks)."""
    return len(d.text) <= 2 * len(normalized) + TITLE_SLACK_CHARS and normalize(d.text) == normalized


def _h1_of_title(drafts: list[Draft], ctx: Context, hint: str) -> Draft | None:
    """HTML: the ``<h1>`` in or just above the run that says what the page's title says (all of it, or
    the headline part of "Site: Headline"), even when the run starts well above it (a header kept)."""
    start = ctx.article_start or 0
    end = ctx.article_end if ctx.article_end is not None else start
    for d in drafts[max(0, start - TITLE_LOOKBACK):end + 1]:
        if d.dom is None or d.dom.heading_level != 1 or d.role is Roles.TEASER:
            continue
        text = normalize(d.text)
        if text == hint or (len(text.split()) >= MIN_H1_TITLE_WORDS and text in hint):
            return d
    return None


def is_byline(d: Draft) -> bool:
    return d.names_byline and not (d.ends_sentence and not d.text.rstrip().endswith("."))


def is_bare_byline_opener(d: Draft) -> bool:
    """A line that is only "By" / "Von" / "Par": the name follows on the next line (bs4 dumps)."""
    return d.words == 1 and d.names_byline
