"""Pipeline stage (HTML): what stands between the headline and the story's first paragraph.

Between a story's headline and its first paragraph, pages put a dateline, an agency line, a share or print
bar, a comment count. ``find_parts`` names the lines it recognises (a byline, a date); what is left there as
story text and is a short line ending no sentence, with a link ("Print This Article", "0 Comments") or a
figure (a time, a date in a form no lexicon knows) in it, or sitting in one box with the byline or date line
(an agency name, a second author line), is chrome: the story starts with a sentence. A lead
or standfirst is prose and stays; so do headings, list items, tables and "Label: value" lines (a recipe's
times, a review's price), which are the story's own facts.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Inputs, Kinds, Roles
from pagesplit.rules.article import is_prose

#: A line between the headline and the first paragraph with at most this many words, ending no sentence, is
#: chrome or metadata. Dev sh/rd: such lines outside the annotated bodies run 1-11 words (agency lines,
#: datelines with times, "Read Later"); the same bound as a card title (``rules/dom.py`` MAX_TITLE_WORDS is
#: longer) would take subtitles.
MAX_PRE_BODY_WORDS = 12
#: The first paragraph comes within this many blocks of the headline (dev: dateline, share bar, comment count
#: and a caption at most); further down, what stands before it is a data sheet or a list, the story's own.
MAX_PRE_BODY_BLOCKS = 4
#: Headings, list items and table rows before the first paragraph are the story's own (a list of facts, a
#: results table, a sub-heading).
KEPT_KINDS = frozenset({Kinds.HEADING, Kinds.LIST_ITEM, Kinds.TABLE})


def drop_pre_body_lines(drafts: list[Draft], ctx: Context) -> None:
    """Short non-sentence lines with a link or a figure between the headline and the first paragraph of prose
    become chrome, when that paragraph comes within MAX_PRE_BODY_BLOCKS blocks of the headline."""
    start, end = ctx.article_start, ctx.article_end
    if ctx.kind is not Inputs.HTML or start is None or end is None:
        return
    if ctx.title_index is not None and start <= ctx.title_index + 1 <= end:
        start = ctx.title_index + 1
    first = next((i for i in range(start, end + 1) if drafts[i].role is Roles.ARTICLE and is_prose(drafts[i])), None)
    if first is None or first - start > MAX_PRE_BODY_BLOCKS:
        return  # no paragraph near the headline: what stands there is the story's own (a data sheet, a list)
    meta_boxes = {_parent(d) for d in drafts[start:first] if d.role in (Roles.BYLINE, Roles.DATE)}
    for d in drafts[start:first]:
        if d.role is Roles.ARTICLE and d.kind not in KEPT_KINDS and d.words <= MAX_PRE_BODY_WORDS \
                and not d.ends_sentence and ": " not in d.text:
            if d.link_density > 0 or _has_digit(d.text):
                d.decide(Roles.CHROME, "chrome.pre-body", "a short line between the headline and the first paragraph")
            elif _parent(d) in meta_boxes:
                d.decide(Roles.CHROME, "chrome.pre-body", "a short line in the box of the story's byline or date")


def _parent(d: Draft) -> str | None:
    """The path of the element holding the block's element."""
    return d.dom.path.rpartition("/")[0] if d.dom is not None else None


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)
