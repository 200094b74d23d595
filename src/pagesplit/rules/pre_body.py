"""Pipeline stage: what stands between the headline and the story's first paragraph.

Between a story's headline and its first paragraph, pages put a dateline, an agency line, a share or print
bar, a comment count. ``find_parts`` names the lines it recognises (a byline, a date); what is left there as
story text and is a short line ending no sentence, with a link ("Print This Article", "0 Comments") or a
figure (a time, a date in a form no lexicon knows) in it, or sitting in one box with the byline or date line
(an agency name, a second author line), is chrome: the story starts with a sentence. A lead
or standfirst is prose and stays; so do headings, list items, tables and "Label: value" lines (a recipe's
times, a review's price), which are the story's own facts.

A text dump has no links or boxes to go by: there a short line with a figure, or right next to the byline or
date line, is chrome, unless a neighbour is a line of figures too (a list of ingredients or facts) or the line
ends with a function word (a sentence cut where a link began, in a one-element-per-line dump).
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Inputs, Kinds, Roles
from pagesplit.rules.dom_paths import parent_path
from pagesplit.rules.title import runs_on

#: A line between the headline and the first paragraph with at most this many words, ending no sentence, is
#: chrome or metadata. Dev sh/rd: such lines outside the annotated bodies run 1-11 words (agency lines,
#: datelines with times, "Read Later"); the same bound as a card title (``rules/dom.py`` MAX_TITLE_WORDS is
#: longer) would take subtitles.
MAX_PRE_BODY_WORDS = 12
#: The first paragraph comes within this many blocks of the headline (dev: dateline, share bar, comment count
#: and a caption at most); further down, what stands before it is a data sheet or a list, the story's own. Chrome
#: lines are not counted: a dump prints a share bar as a line per button ("Share", "Tweet", "Email"), and it is
#: one bar (dev tf, every dump: tf:a up, no page down; HTML unchanged).
MAX_PRE_BODY_BLOCKS = 4
#: Headings, list items and table rows before the first paragraph are the story's own (a list of facts, a
#: results table, a sub-heading).
KEPT_KINDS = frozenset({Kinds.HEADING, Kinds.LIST_ITEM, Kinds.TABLE})


def drop_pre_body_lines(drafts: list[Draft], ctx: Context) -> None:
    """Short non-sentence lines with a link or a figure between the headline and the first paragraph of prose
    become chrome, when that paragraph comes within MAX_PRE_BODY_BLOCKS blocks of the headline (chrome aside)."""
    start, end = ctx.article_start, ctx.article_end
    if start is None or end is None:
        return
    if ctx.title_index is not None and start <= ctx.title_index + 1 <= end:
        start = ctx.title_index + 1
    elif ctx.kind is not Inputs.HTML and ctx.title_index is not None and ctx.title_index < start:
        start = ctx.title_index + 1  # a dump's lines under the headline, above the run, may be taken as its lead
    first = next((i for i in range(start, end + 1) if drafts[i].role is Roles.ARTICLE and drafts[i].prose), None)
    if first is None or sum(d.role is not Roles.CHROME for d in drafts[start:first]) > MAX_PRE_BODY_BLOCKS:
        return  # no paragraph near the headline: what stands there is the story's own (a data sheet, a list)
    if ctx.kind is not Inputs.HTML:
        _drop_dump_pre_body_lines(drafts, start, first, ctx.lexicon.all_stopwords)
        return
    meta_boxes = {parent_path(d) for d in drafts[start:first] if d.role in (Roles.BYLINE, Roles.DATE)}
    for d in drafts[start:first]:
        if _is_short_pre_body_line(d):
            if d.link_density > 0 or _has_digit(d.text):
                d.decide(Roles.CHROME, "chrome.pre-body", "a short line between the headline and the first paragraph")
            elif parent_path(d) in meta_boxes:
                d.decide(Roles.CHROME, "chrome.pre-body", "a short line in the box of the story's byline or date")


def _is_short_pre_body_line(d: Draft) -> bool:
    """Story text so far, a short line ending no sentence; no heading, list item, table or "Label: value"."""
    return d.role is Roles.ARTICLE and d.kind not in KEPT_KINDS and d.words <= MAX_PRE_BODY_WORDS \
        and not d.ends_sentence and ": " not in d.text


def _drop_dump_pre_body_lines(drafts: list[Draft], start: int, first: int, stopwords: frozenset[str]) -> None:
    """Text dumps (no markup to say what is a link or a box): a short line with a figure in it (a dateline, a
    comment count, a time), or right next to the byline or date line (an agency, a second author line). Not a
    line of a list of figures (an ingredient under another, a spec sheet: a neighbour of the same shape), and
    not a sentence cut where a link began (a fragmented dump: the line ends with a function word)."""
    for i in range(start, first):
        d = drafts[i]
        if not _is_short_pre_body_line(d) or runs_on(d, stopwords):
            continue
        neighbours = [drafts[j] for j in (i - 1, i + 1) if start <= j < first]
        if _has_digit(d.text):
            if not any(_is_figure_line(x) for x in neighbours):
                d.decide(Roles.CHROME, "chrome.pre-body", "a short line between the headline and the first paragraph")
        elif any(x.role in (Roles.BYLINE, Roles.DATE) for x in neighbours):
            d.decide(Roles.CHROME, "chrome.pre-body", "a short line next to the story's byline or date")


def _is_figure_line(d: Draft) -> bool:
    """Story text that ends no sentence and holds a figure: a line of a list of quantities or facts."""
    return d.role is Roles.ARTICLE and not d.ends_sentence and _has_digit(d.text)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)
