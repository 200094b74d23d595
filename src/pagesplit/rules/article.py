"""Pipeline stage: the article is the main run of prose.

Every block gets a score (``rules.block_scores``): prose earns its length, short lines and chrome cost a little,
section labels and card toggles cost a lot (they announce other stories). The article is the run of
blocks with the highest total (a maximum-sum subarray, one pass). A short block inside that run
(a sub-heading, "Advertisement" between paragraphs) does not break it; a "More For You" label
does, unless the prose after it outweighs it (an inline "Related" box mid-article). This module finds the run
(the best one, an earlier one nearly as good, the one under the story's head, the story above a comment thread),
decides whether it is an article at all, and marks its blocks; its bounds are set in ``rules.run_ends`` (a closing
note after the run's last chrome phrase, a list of headlines at the story's tail, a table's rows or a sentence leading
out of its last paragraph after it) and, in
HTML, ``rules.html_story_elements`` (the ``<article>`` element, the main content container), ``rules.html_tail_boxes``
(boxes after the story's text column) and ``rules.html_tail_pointers`` (pointers, records and headings after it).
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.members import Inputs, Kinds, Roles
from pagesplit.rules.block_scores import (
    CHROME_COST,
    MIN_ARTICLE_SCORE,
    MIN_SHORT_ARTICLE_SCORE,
    MIN_SHORT_ARTICLE_SHARE,
    SHORT_COST,
    SHORT_COST_FRAGMENTED,
    TOGGLE_COST,
    block_score,
    colon_lines,
    contents_entries,
    discount_card_pairs,
    discount_comments,
    lead_ins,
    lists_between_paragraphs,
    shown_after_lead_ins,
)
from pagesplit.rules.html_story_elements import (
    is_main_content,
    trim_to_article_element,
    trim_to_headline_element,
    trim_to_main_content,
)
from pagesplit.rules.html_tail_boxes import above_footer_box, above_form, above_lone_tail_box, within_prose_box
from pagesplit.rules.html_tail_pointers import above_record_run, above_trailing_headings, before_pointer_tail
from pagesplit.rules.links import page_site
from pagesplit.rules.page_prose import take_best_run
from pagesplit.rules.pictured_headlines import discount_pictured_headlines
from pagesplit.rules.prose_span import whole_prose_span
from pagesplit.rules.run_ends import (
    above_form_fields,
    above_tail_list,
    before_closing_note,
    over_closing_lead_in,
    over_data_rows,
)
from pagesplit.rules.story_head import story_run

#: A page with no article run but at most this many non-chrome blocks and characters is all article.
MAX_WHOLE_PAGE_BLOCKS = 8
MAX_WHOLE_PAGE_CHARS = 1500

#: An earlier run with this share of the best run's score is the page's story (see ``_first_of_best_runs``).
EARLIER_RUN_SHARE = 0.7


def best_run(scores: list[float]) -> tuple[int, int, float]:
    """(start, end inclusive, total) of the maximum-sum run; (-1, -1, 0) when nothing is positive."""
    best = (-1, -1, 0.0)
    start, total = 0, 0.0
    for i, s in enumerate(scores):
        if total <= 0:
            start, total = i, s
        else:
            total += s
        if total > best[2]:
            best = (start, i, total)
    return best


def _first_of_best_runs(scores: list[float]) -> tuple[int, int, float]:
    """The best run, or an earlier one nearly as good: a page that runs on into the next story (an endless
    feed, a "next article" appended below) shows its own story first."""
    start, end, total = best_run(scores)
    while start > 0:
        before = best_run(scores[:start])
        if before[0] < 0 or before[2] < EARLIER_RUN_SHARE * total or before[2] < MIN_ARTICLE_SCORE:
            break
        start, end, total = before
    return start, end, total


def _take_whole_page(drafts: list[Draft], ctx: Context) -> bool:
    """A tiny page with no chrome-free run of prose: its few non-chrome blocks are the article.

    Test pages, stubs and notes ("Lorem ipsum" with line breaks) are what they are; an index page
    has more blocks than this and keeps no article.
    """
    content = [d for d in drafts if d.role is Roles.OTHER]
    if not content or len(content) > MAX_WHOLE_PAGE_BLOCKS or sum(d.chars for d in content) > MAX_WHOLE_PAGE_CHARS:
        return False
    if any(d.verdict.fact is Facts.SECTION_LABEL for d in drafts):
        return False
    ctx.article_start, ctx.article_end = content[0].index, content[-1].index
    for d in content:
        d.decide(Roles.ARTICLE, "article.whole-page")
    return True


def select_article(drafts: list[Draft], ctx: Context) -> None:
    """Find the article run and mark its blocks ARTICLE (chrome inside it stays chrome)."""
    n = max(1, len(drafts) - 1)
    short_cost = SHORT_COST_FRAGMENTED if ctx.fragmented or ctx.kind is Inputs.HTML else SHORT_COST
    label = Facts.SECTION_LABEL
    known = ctx.block_scores  # as ``rules.records`` scored the blocks (text dumps with a run of records), or None
    scores = [
        # plain chrome (most blocks of most pages) scores without a call
        (-TOGGLE_COST if d.is_toggle else -CHROME_COST)
        if d.role is Roles.CHROME and not d.inline and not d.opens_comments and d.verdict.fact is not label
        else block_score(d, i / n, short_cost)
        for i, d in enumerate(drafts)
    ] if known is None or len(known) != len(drafts) else [
        # a block with the role and verdict it had then scores as it did (``block_score`` reads nothing else that
        # a stage changes), a block claimed since is scored again
        s if role is d.role and verdict is d.verdict else block_score(d, i / n, short_cost)
        for i, (d, (role, verdict, s)) in enumerate(zip(drafts, known, strict=True))
    ]
    for i in contents_entries(drafts):
        # a contents box lists the story's own sections: at chrome's cost a wiki's box of 30+ entries outweighed
        # the lead above it (dev: innerText rd:a, tf:a)
        scores[i] = max(scores[i], 0.0)
    colons = colon_lines(drafts) if ctx.kind is not Inputs.HTML else []
    if ctx.kind is not Inputs.HTML and not ctx.fragmented:
        # a line-per-block dump; in a fragmented one short lines are cheap already (pieces of sentences, links),
        # and HTML tells lists by their markup
        for i in lists_between_paragraphs(drafts) + lead_ins(drafts, colons):
            scores[i] = max(scores[i], -CHROME_COST)
    if ctx.kind is not Inputs.HTML:
        # in a fragmented dump too: cheap short lines do not carry a listing that reads as chrome (dev: bs4 rd:b)
        for i in shown_after_lead_ins(drafts, colons):
            scores[i] = max(scores[i], 0.0)  # what a sentence announces is the story's, however long
    cards = discount_pictured_headlines(drafts, scores, short_cost) if ctx.kind is not Inputs.HTML else frozenset()
    discount_comments(drafts, scores)
    discount_card_pairs(drafts, scores)
    start, end, total = _first_of_best_runs(scores)
    headed = story_run(drafts, scores, (start, end, total), MIN_SHORT_ARTICLE_SCORE) \
        if ctx.kind is not Inputs.HTML else _above_comments(drafts, scores, start)
    if headed is not None:
        start, end, total = headed
    prose = sum(s for s in scores if s > 0)
    # a run under the story's head is the story however short; else a short run must hold most of the prose
    short_page = total >= MIN_SHORT_ARTICLE_SCORE and (headed is not None or total >= MIN_SHORT_ARTICLE_SHARE * prose)
    if start < 0 or (total < MIN_ARTICLE_SCORE and not short_page):
        if _take_whole_page(drafts, ctx):
            return
        if total < MIN_SHORT_ARTICLE_SCORE or not is_main_content(drafts, scores, start, end):
            # the last resort of a dump that holds running text (``rules.page_prose``)
            if ctx.kind is not Inputs.HTML and take_best_run(drafts, ctx, (start, end)):
                return
            ctx.notes.append("no-article: no run of prose long enough to be an article")
            return
    if ctx.kind is not Inputs.HTML and headed is None:
        start, end = whole_prose_span(drafts, start, end, cards)
    end = before_closing_note(drafts, start, end)
    end = above_tail_list(drafts, scores, start, end, ctx)
    if ctx.kind is not Inputs.HTML:
        end = above_form_fields(drafts, start, end)
        end = over_closing_lead_in(drafts, over_data_rows(drafts, end))
    if ctx.kind is Inputs.HTML:
        start, end = trim_to_article_element(drafts, scores, start, end)
        start = trim_to_headline_element(drafts, start, end)
        start, end = trim_to_main_content(drafts, scores, start, end)
        end = before_pointer_tail(drafts, start, end, page_site(drafts, ctx))
        end = above_lone_tail_box(drafts, scores, start, end)
        end = within_prose_box(drafts, scores, start, end)
        end = above_record_run(drafts, scores, start, end, page_site(drafts, ctx))
        end = above_trailing_headings(drafts, start, end)
        end = above_footer_box(drafts, scores, start, end)
        end = above_form(drafts, scores, start, end)
    ctx.article_start, ctx.article_end = start, end
    detail = "the run under the story's head (headline, byline or date, prose)" if headed is not None else ""
    for d in drafts[start:end + 1]:
        if d.role is Roles.OTHER:
            d.decide(Roles.ARTICLE, "article.body", detail)


def _above_comments(drafts: list[Draft], scores: list[float], start: int) -> tuple[int, int, float] | None:
    """HTML: a run that starts below a heading opening the comments ("Comments", "12 thoughts on …"), itself below
    a headline (``<h1>``) with a paragraph of prose between the two, is the readers' thread: comments follow the
    story, so the story is the best run between that headline and the heading (a short post under a long thread;
    without class names the thread's prose outweighs it), however short, as a run under the story's head is.
    None when the run is no such thread."""
    opener = next((i for i in range(start - 1, -1, -1) if drafts[i].opens_comments
                   and drafts[i].kind is Kinds.HEADING), None)
    if opener is None:
        return None
    headline = next((i for i in range(opener - 1, -1, -1) if (dom := drafts[i].dom) is not None
                     and dom.heading_level == 1), None)
    if headline is None:
        return None
    first, last, total = best_run(scores[headline + 1:opener])
    first, last = headline + 1 + first, headline + 1 + last
    if total < MIN_SHORT_ARTICLE_SCORE or not any(d.kind is Kinds.PARAGRAPH and d.prose
                                                  for d in drafts[first:last + 1]):
        return None
    return first, last, total
