"""The parts around a text dump's body that HTML markup would name: a dump has no ``<p>`` to tell a standfirst
from a byline block's tail, no ``<figure>`` for a picture's line, no ``<time>`` for a date over the headline.

Used by ``parts.find_parts`` for text dumps only: which lines under the headline may be the standfirst, an
author's name over the date, a byline with the author's job and desk, a date over the headline, the lead picture's
caption under the byline or date, and a short first sentence above the run when no headline was found.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.features import MAX_BYLINE_WORDS
from pagesplit.members import Roles
from pagesplit.rules.block_scores import MIN_PROSE_WORDS
from pagesplit.rules.pre_body import MAX_PRE_BODY_WORDS
from pagesplit.rules.title import has_text_browser_mark, is_name_line, runs_on

#: How many blocks above the run a short opening sentence may sit (chrome between: a rule line, a "Next
#: chapter" bar); the reach ``parts.PARTS_LOOKAHEAD`` gives a byline below the run's start.
OPENING_LOOKBACK = 3
#: A byline line with the author's job and desk runs to this many words, as a dated byline does
#: (``parts.MAX_DATED_BYLINE_WORDS``; dev: 14-18).
MAX_TITLED_BYLINE_WORDS = 24
#: Text dumps: an author's name line and the date under it may have this many lines between them, the date
#: included (a "Follow" control; dev rd dumps: 1-2).
NAME_DATE_GAP = 3
#: Text dumps with no headline: a sentence right above the run with at least this many words opens the story
#: (a "Thanks." or "Sign up now." is shorter); from MIN_PROSE_WORDS words on, it is prose and in the run.
MIN_OPENING_WORDS = 4
#: …over a run of at least this many paragraphs of prose (a story; one paragraph may be a footer's line).
MIN_OPENED_RUN_PROSE = 2
#: Text dumps: the caption of the story's lead picture, under its byline or date line, has at least this many
#: words. Dev dumps (all corpora): the captions there ending with a credit in brackets ran 11-17 words ("Jo Doe, a
#: reporter, in Geneva (AGENCY/Al Roe)"); the story's own lines there were "Label: value" facts ("Tested by: …"),
#: sentences that lost their full stop (no credit), or stood over another short line (a table of contents); 6, the
#: least of a standfirst (``parts.MIN_LEAD_WORDS``), keeps a sub-heading out.
MIN_HEAD_CAPTION_WORDS = 6
#: A "Label: value" line names its label in at most this many words before the colon ("Tested by: …").
MAX_FACT_LABEL_WORDS = 2


def may_be_dump_lead(drafts: list[Draft], d: Draft, ctx: Context) -> bool:
    """Text dumps: no standfirst is the byline block's tail (``_is_dump_meta_tail``), a picture's or a control's
    line (a text browser's mark: "[photo.jpg] A stoat in its winter coat (Jo Doe)"), or a line printed again
    right above or below it (a video's title in its player)."""
    if _is_dump_meta_tail(drafts, d, ctx) or has_text_browser_mark(d):
        return False
    near = drafts[max(0, d.index - 1):d.index] + drafts[d.index + 1:d.index + 2]
    return all(x.text != d.text for x in near)


def _is_dump_meta_tail(drafts: list[Draft], d: Draft, ctx: Context) -> bool:
    """Text dumps: under the story's byline or date line, a short line (MAX_PRE_BODY_WORDS) that ends no
    sentence, is no "Label: value" fact and runs on into no next block (``runs_on``) is the byline block's tail
    ("From the section …", "Follow the author"), a headline said again or a teaser's, not a standfirst."""
    if d.words > MAX_PRE_BODY_WORDS or d.ends_sentence or ": " in d.text or runs_on(d, ctx.lexicon.all_stopwords):
        return False
    first = ctx.title_index + 1 if ctx.title_index is not None else d.index
    return any(x.role in (Roles.BYLINE, Roles.DATE) for x in drafts[first:d.index])


def is_dump_byline_with_titles(d: Draft, ctx: Context) -> bool:
    """Text dumps: a line above the body that opens with a byline word and runs on past a plain byline with
    the author's job and desk ("By Jo Doe, Staff Writer, Health Desk"); no sentence."""
    assert ctx.article_start is not None
    return d.dom is None and d.index < ctx.article_start and d.role in (Roles.OTHER, Roles.ARTICLE) \
        and MAX_BYLINE_WORDS < d.words <= MAX_TITLED_BYLINE_WORDS and not d.ends_sentence \
        and ctx.lexicon.lookup(d.text, ("bylines",)) is not None


def is_dump_head_caption(drafts: list[Draft], d: Draft) -> bool:
    """Text dumps: a line right under the story's byline or date line (or under the standfirst under it; chrome
    between) and right over a paragraph of the body, which ends no sentence but with its credit in brackets ("… in
    Geneva (AGENCY/Jo Doe)", "… [File: Agency]"), is no "Label: value" fact and is longer than a sub-heading
    (MIN_HEAD_CAPTION_WORDS): the caption of the story's lead picture, which a dump keeps without the picture. A
    line there with no credit may be the story's sentence that lost its full stop."""
    if d.dom is not None or d.role not in (Roles.ARTICLE, Roles.OTHER) or d.words < MIN_HEAD_CAPTION_WORDS \
            or d.ends_sentence or d.prose or not d.text.rstrip().endswith((")", "]")) \
            or _opens_with_label(d.text) or d.index + 1 >= len(drafts):
        return False
    after = drafts[d.index + 1]
    if after.role is not Roles.ARTICLE or not after.prose:
        return False
    above = _above(drafts, d)
    if above is not None and above.role is Roles.ARTICLE and above.prose:
        above = _above(drafts, above)  # the standfirst under the byline or date line
    return above is not None and above.role in (Roles.BYLINE, Roles.DATE)


def _above(drafts: list[Draft], d: Draft) -> Draft | None:
    """The nearest block above ``d`` that is no chrome."""
    return next((x for x in reversed(drafts[:d.index]) if x.role is not Roles.CHROME), None)


def _opens_with_label(text: str) -> bool:
    """The line opens with a label and a colon ("Tested by: Jo Doe RRP: …"): a fact the story gives."""
    label, colon, _ = text.partition(":")
    return bool(colon) and len(label.split()) <= MAX_FACT_LABEL_WORDS


def find_date_over_title(drafts: list[Draft], ctx: Context) -> None:
    """Text dumps: a date line right above the headline (a blog's day heading over its post) is the story's
    date."""
    title = ctx.title_index
    if title is None or title == 0:
        return
    d = drafts[title - 1]
    if d.is_date_like and d.words <= MAX_BYLINE_WORDS and d.role is Roles.OTHER:
        d.decide(Roles.DATE, "article.date", "a date line right above the headline")


def is_dump_name_over_date(drafts: list[Draft], d: Draft, ctx: Context) -> bool:
    """Text dumps: under the headline, an author's name on a line of its own, with the date on the next line
    (a "Follow" control or a share line of chrome between; of a name printed twice, the second): a byline
    without its "By"."""
    if d.dom is not None or ctx.title_index is None or d.index <= ctx.title_index or not is_name_line(d) \
            or d.role not in (Roles.OTHER, Roles.ARTICLE):
        return False
    for after in drafts[d.index + 1:d.index + 1 + NAME_DATE_GAP]:
        if after.is_date_like:
            return True
        if after.role is not Roles.CHROME and not has_text_browser_mark(after):
            return False
    return False


def find_opening_line(drafts: list[Draft], ctx: Context) -> None:
    """Text dumps with no headline found: the nearest block above the run past chrome (a rule line, a "Next
    chapter" bar) is the story's first line when it is a sentence of a few words ("When I woke, all was
    dark."), too short to count as prose for the run; no meta line, caption or credit."""
    start, end = ctx.article_start, ctx.article_end
    assert start is not None and end is not None
    if sum(d.prose for d in drafts[start:end + 1]) < MIN_OPENED_RUN_PROSE:
        return  # a run of one paragraph (a footer's line taken for want of a story) opens nothing
    for d in reversed(drafts[max(0, start - OPENING_LOOKBACK):start]):
        if d.role is Roles.CHROME:
            continue
        if d.role is Roles.OTHER and d.ends_sentence and MIN_OPENING_WORDS <= d.words < MIN_PROSE_WORDS \
                and not (d.is_meta_like or d.is_caption_like or d.is_credit_like):
            d.decide(Roles.ARTICLE, "article.body", "a short sentence opening the story, above the run")
        return
