"""Text dumps: the story sits under its head.

A story opens with a head: its headline on a line of its own, then a byline or date line (or a few), then the
first paragraph within a few blocks (a share bar or a picture's line between). ``select_article`` takes the run
with the most prose; on a short post that run is often somewhere else (an author box, the blog's "about" text
in the sidebar, a story further down an endless feed). When the page has exactly one such head, the run that
starts at its first paragraph is the story, if it holds a fair share of the best run's score. A best run that
holds the head but starts above it with nothing but list items and short lines (a text browser prints a list
of headline links as bullets, and each one earns a little) starts at the head's first paragraph. Teaser cards
with a byline or date under each headline repeat the shape, so a page with two heads or more has no head to go
by.
"""

from __future__ import annotations

from collections.abc import Sequence

from pagesplit.draft import Draft, Facts
from pagesplit.features import MIN_HEADLINE_WORDS
from pagesplit.members import Kinds, Roles

#: A head's byline and date lines: at least one and at most this many in a row under the headline. Dev dumps:
#: 1-2 (a "By" line and a date line, "1 day ago"; "Veröffentlicht am … von …" as one).
MAX_HEAD_META_LINES = 3
#: The first paragraph comes within this many blocks after the meta lines: the same reach as
#: ``pre_body.MAX_PRE_BODY_BLOCKS`` (a share bar, a comment count, a caption between).
MAX_HEAD_GAP = 4
#: The run under the head is the story when it scores at least this share of the best run. Dev dumps (all
#: four styles): the runs under a head that were the story held 0.52-1.0 of the best run's score; those that
#: were not (a video's head over its caption, a data sheet's intro above the table) held 0.15-0.31.
HEADED_RUN_SHARE = 0.5


def story_run(drafts: Sequence[Draft], scores: Sequence[float], best: tuple[int, int, float],
              min_score: float) -> tuple[int, int, float] | None:
    """The run under the page's one story head, as ``(start, end, total)``, when it is not the best run
    ``best`` and holds HEADED_RUN_SHARE of its score (and at least ``min_score``), or the best run cut to start
    at the head's first paragraph when all it holds above the head is list items and short lines; else None.

    The run starts at the head's first paragraph and ends where the sum of ``scores`` from there peaks, before
    the sum first falls to zero.
    A best run that already holds that paragraph, or ends above it (the head is a card's further down), stays.
    """
    head = first = None
    # A head has a byline or date line right under its headline (``_head_body``'s test, made first: most lines
    # of a page have none under them)
    for i in [i for i in range(len(drafts) - 2) if drafts[i + 1].is_meta_like]:
        body = _head_body(drafts, i)
        if body is not None:
            if first is not None:
                return None  # two heads: cards, or a feed of stories
            head, first = i, body
    start, end, total = best
    if head is None or first is None:
        return None
    if start < head and first <= end:
        if any(d.prose and d.kind is not Kinds.LIST_ITEM for d in drafts[start:head]):
            return None
        return first, end, sum(scores[first:end + 1])
    if start <= first <= end or (start < first and end < first):
        return None
    run_end, run, peak = first, 0.0, float("-inf")
    for k in range(first, len(drafts)):
        run += scores[k]
        if run <= 0:
            break  # what follows is a run of its own (``article.best_run`` starts afresh there too)
        if run > peak:
            run_end, peak = k, run
    if peak < min_score or peak < HEADED_RUN_SHARE * total:
        return None
    return first, run_end, peak


def _head_body(drafts: Sequence[Draft], i: int) -> int | None:
    """The index of the first paragraph under a head that opens at ``i``: a headline-shaped line (no list item,
    no prose), then byline or date lines, then a paragraph of prose within MAX_HEAD_GAP
    blocks, with no section label or teaser card on the way."""
    d = drafts[i]
    if d.role is not Roles.OTHER or not d.is_headline_like or d.kind is Kinds.LIST_ITEM \
            or d.words < MIN_HEADLINE_WORDS or d.prose:
        return None
    j = i + 1
    while j < len(drafts) and j - i <= MAX_HEAD_META_LINES and drafts[j].is_meta_like and not drafts[j].prose:
        j += 1
    if j == i + 1:
        return None
    for k in range(j, min(len(drafts), j + MAX_HEAD_GAP)):
        x = drafts[k]
        if x.role is Roles.TEASER or x.verdict.fact is Facts.SECTION_LABEL:
            return None
        if x.role is Roles.OTHER and x.prose:
            return k
    return None

