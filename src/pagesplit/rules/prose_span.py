"""Text dumps: a page whose prose is one story broken by short lines keeps all of it (``select_article``, before the
run's other bounds).

The article run pays for every short line it crosses (``rules.block_scores.SHORT_COST``), so a story whose
paragraphs stand on both sides of a few short lines (a list of links, a video's or a picture's labels, a box's
sub-headings, which a dump prints without bullets or markup) keeps only one side: the other side's paragraph does not
outweigh the lines before it, and the page's tail weighs less. When the run left out much of the page's paragraphs
and every paragraph of the page stands in one span around it, each one running text, with no long stretch of short
lines and nothing announcing other stories, other entries, comments or the page's footer between them, the page has
no other prose to tell apart from the story: the span is the story. A page with other prose (a feed's or a card's
blurbs, a second story past a long menu, a form's labels) keeps its run as it is, and so does a run under the story's
head (``rules.story_head``), whose place the head already tells.
"""

from __future__ import annotations

from collections import Counter

from pagesplit.draft import Draft, Facts
from pagesplit.members import Roles
from pagesplit.rules.block_scores import (
    MAX_LIST_LINES,
    MIN_LONG_WORDS,
    MIN_SHORT_ARTICLE_SHARE,
    is_stamped,
    reads_as_text,
    saying,
)

#: What a text browser prints for a picture (its marker, "[baz]", "photo.png") or a line of symbols alone: no line a
#: reader reads, so no line of the stretch between two paragraphs (``features``' own chrome rules).
_PICTURE_RULES = frozenset({"chrome.image", "chrome.symbols"})


def _is_paragraph(d: Draft) -> bool:
    return d.role is Roles.OTHER and d.prose


def _is_running_text(d: Draft) -> bool:
    """A long paragraph (MIN_LONG_WORDS) ending a sentence, with the stopwords of running text: no blurb, no list
    of names, no form's field labels glued into a line."""
    return d.words >= MIN_LONG_WORDS and d.ends_sentence and reads_as_text(d)


def _ends_span(d: Draft) -> bool:
    """A block no story's span crosses: a section label, a card, a card's toggle, a comment section's opener, a
    date, byline or clock-time line (another entry's stamp or head: a feed's, a comment's), or a copyright line, which
    opens the page's footer (the site's notices below it read as prose: a cookie banner's)."""
    return d.verdict.fact is Facts.SECTION_LABEL or d.role is Roles.TEASER or d.is_toggle or d.opens_comments \
        or d.is_meta_like or is_stamped(d) or "©" in d.text


def whole_prose_span(drafts: list[Draft], start: int, end: int, cards: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The run (``start``..``end``) widened to the page's first and last paragraph when

    - the run holds less than MIN_SHORT_ARTICLE_SHARE of the characters of the page's paragraphs (it left out much
      of the page's text, as a short run must not; characters, not scores: the run's score weighs the tail less);
    - every paragraph outside it is running text (``_is_running_text``), and none is a card's (``cards``: the
      captions and ledes of ``rules.pictured_headlines``' records);
    - between one paragraph and the next stand at most MAX_LIST_LINES lines (the longest list in a story a dump was
      seen to hold), picture markers aside, none of them ending the span (``_ends_span``) and none said again on the
      page outside its own stretch (a feed's or a menu's lines come back between its entries or in the footer; a
      list of links may repeat its own "link" within it).

    Else the run unchanged. ``select_article`` asks only for a run with no story head above it (``rules.story_head``):
    a head sets where the story is, and a long paragraph in the sidebar below a short post under it (the blog's "who
    writes here") is no part of it."""
    inside = outside = 0
    first, last = start, end
    for d in drafts:  # one pass, left at the first paragraph outside the run that is no running text (most pages)
        if d.role is not Roles.OTHER or not d.prose:
            continue
        if start <= d.index <= end:
            inside += d.chars
        elif _is_running_text(d) and d.index not in cards:
            outside += d.chars
            first, last = min(first, d.index), max(last, d.index)
        else:
            return start, end
    if not outside or inside >= MIN_SHORT_ARTICLE_SHARE * (inside + outside):
        return start, end
    gaps: list[list[Draft]] = [[]]
    for d in drafts[first:last + 1]:
        if start <= d.index <= end or _is_paragraph(d):
            if gaps[-1]:
                gaps.append([])
        elif d.chrome_rule not in _PICTURE_RULES:
            if _ends_span(d):
                return start, end
            gaps[-1].append(d)
    said = Counter(map(saying, drafts))
    for gap in gaps:
        here = Counter(map(saying, gap))
        if len(gap) > MAX_LIST_LINES or any(said[line] > count for line, count in here.items()):
            return start, end
    return first, last
