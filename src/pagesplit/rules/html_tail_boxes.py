"""HTML: the article run's end at the boxes after the story's text column (``rules.article`` trims its best run here).

The run ends at the last block of the element holding its prose (``within_prose_box``), above a lone box after the
story's text column (``above_lone_tail_box``), above the boxes down to the page's copyright line (``above_footer_box``)
and above a box holding a ``<form>`` after the column (``above_form``). Evidence from the DOM alone, but for the
copyright sign or word: no class name or lexicon.
"""

from __future__ import annotations

from collections import Counter

import regex

from pagesplit.draft import Draft
from pagesplit.rules.dom_paths import MIN_PROSE_BOX_DEPTH, bare_path, common_box, path_segments, shared_depth
from pagesplit.rules.run_ends import end_above
from pagesplit.timed_match import timed


def within_prose_box(drafts: list[Draft], scores: list[float], start: int, end: int) -> int:
    """HTML: the run's end at its last block inside the element holding all of its prose, past the last paragraph:
    the short lines after the story in another box (a share prompt, "No comments yet, write one", a paywall's
    "Log in to read on", an author's line) are the page's, whatever their words; a story's own closing lines (a
    sign-off, a source line, a list) sit in its box. Evidence from the DOM alone: no class name or lexicon."""
    prose = [i for i in range(start, end + 1) if scores[i] > 0 and drafts[i].prose]
    if not prose or prose[-1] == end:
        return end
    box = common_box(drafts, prose)
    if box is None:
        return end
    inside = box + "/"
    for i in range(prose[-1] + 1, end + 1):
        dom = drafts[i].dom
        if dom is not None and not dom.path.startswith(inside):
            return i - 1
    return end


#: A lone paragraph after the story's text column (``above_lone_tail_box``) is a box of the page's when it holds at
#: most this share of the column's prose. Dev: the authors' bios and site blurbs that ended runs hold 0.02-0.15 of
#: the column; a fact box the story goes on into (kept by the tf truth) 0.23. Swept 0.15 / 0.25 / 0.4: above 0.23 that
#: page's box left the story (tf:b -0.0009), nothing else moved.
MAX_TAIL_BOX_SHARE = 0.2
#: The story's text column is an element holding at least this many of the run's paragraphs as its children (one
#: paragraph per box is a story drawn in sections, with no column to tell its own box by).
MIN_COLUMN_PARAGRAPHS = 2


def above_lone_tail_box(drafts: list[Draft], scores: list[float], start: int, end: int) -> int:
    """HTML: the run's end above a lone paragraph after the story's text column (the element whose own paragraphs,
    two or more, hold most of the run's prose), outside the element holding that column and drawn in another shape
    than the column's paragraphs (a story's next section repeats its sections' markup): one box of the page's after
    the story (an author's bio under its heading, a site's blurb), not a run of the story's sections. No class name
    or lexicon."""
    prose = [i for i in range(start, end + 1) if scores[i] > 0 and drafts[i].prose]
    paths: dict[int, list[str]] = {}
    for i in prose:
        segs = path_segments(drafts[i])
        if segs is None:
            return end
        paths[i] = segs
    weight: dict[str, int] = {}
    count: Counter[str] = Counter()
    for i in prose:
        parent = "/".join(paths[i][:-1])
        weight[parent] = weight.get(parent, 0) + drafts[i].chars
        count[parent] += 1
    if not weight:
        return end
    column = max(weight, key=weight.__getitem__)
    depth = column.count("/")  # the box holding the column: its segments are the column's but the last
    if count[column] < MIN_COLUMN_PARAGRAPHS or depth < MIN_PROSE_BOX_DEPTH:
        return end
    box = column.split("/")[:depth]
    inside = [i for i in prose if paths[i][:depth] == box]
    tail = [i for i in prose if i > inside[-1]]
    if len(tail) != 1 or drafts[tail[0]].chars > MAX_TAIL_BOX_SHARE * weight[column]:
        return end
    lone = paths[tail[0]]
    shared = shared_depth([box, lone])
    first = next(paths[i] for i in inside if "/".join(paths[i][:-1]) == column)
    if bare_path(lone[shared + 1:]) == bare_path(first[shared + 1:]):
        return end  # the story's next section, drawn as its others are
    return next(i for i in range(inside[-1], tail[0]) if (dom := drafts[i + 1].dom) is None
                or not dom.path.startswith("/".join(box) + "/"))


#: A year in a copyright line: the site's notice states one ("© 2004 - 2020 Example"); a picture's credit names its
#: agency alone ("© Picture Agency/Photographer").
_YEAR = timed(regex.compile(r"\b(?:19|20)\d\d\b"), "article.copyright-year")


def _is_copyright_line(d: Draft) -> bool:
    """A short chrome phrase that states the page's copyright and a year ("© 2020 Example", "Copyright 2020 … All
    rights reserved"): the notice that sits in the page's footer, not a picture's credit."""
    return d.is_chrome_phrase and ("©" in d.text or d.text[:9].lower() == "copyright") \
        and _YEAR.search(d.text) is not None


def _text_column(drafts: list[Draft], scores: list[float], start: int,
                 end: int) -> tuple[list[str], int, int] | None:
    """The run's text column (the element whose own paragraphs, MIN_COLUMN_PARAGRAPHS or more,
    hold most of the run's prose characters) as path segments, and the column's first and last paragraph; None when
    a path is shortened or no element holds two of the paragraphs."""
    prose = [i for i in range(start, end + 1) if scores[i] > 0 and drafts[i].prose]
    weight: dict[str, int] = {}
    count: Counter[str] = Counter()
    parents: dict[int, str] = {}
    for i in prose:
        segs = path_segments(drafts[i])
        if segs is None:
            return None
        parent = parents[i] = "/".join(segs[:-1])
        weight[parent] = weight.get(parent, 0) + drafts[i].chars
        count[parent] += 1
    if not weight:
        return None
    heaviest = max(weight, key=weight.__getitem__)
    if count[heaviest] < MIN_COLUMN_PARAGRAPHS:
        return None
    own = [i for i in prose if parents[i] == heaviest]
    return heaviest.split("/"), own[0], own[-1]


def above_footer_box(drafts: list[Draft], scores: list[float], start: int, end: int) -> int:
    """HTML: the run's end above the page's footer: the boxes after the story down to the page's copyright line
    (``_is_copyright_line``), its address, opening hours and "follow us" blurb, whatever element draws it, a
    ``<footer>`` or a bare ``<div>``. The story's box is its text column's (the element whose own paragraphs, two or
    more, hold most of the run's prose) outermost ancestor that does not hold the copyright line; the footer starts
    at the first block after the column outside that box. The copyright line may sit below the run's end (the run
    took the footer's first blurb only). Evidence from the DOM and the copyright sign or word alone: no class name.
    No share of the run's prose caps the footer: a cap at half of it (session 24) changed no page of dev or of the
    names, era, era_tables and shape probes."""
    found = _text_column(drafts, scores, start, end)
    if found is None:
        return end  # one paragraph per box: no column to tell the story's box by (a wire story's own closing notice)
    column, first, _ = found
    mark = next((i for i in range(first + 1, len(drafts)) if _is_copyright_line(drafts[i])), None)
    if mark is None:
        return end
    segs = path_segments(drafts[mark])
    if segs is None:
        return end
    depth = shared_depth([column, segs])
    if depth < MIN_PROSE_BOX_DEPTH or depth >= len(column):
        return end  # a credit inside the story's column ("© Agency" under a picture), or no box to tell apart
    story = "/".join(column[:depth + 1]) + "/"
    cut = next(i for i in range(first + 1, mark + 1) if (dom := drafts[i].dom) is not None
               and not dom.path.startswith(story))
    if cut > end:
        return end
    return end_above(drafts, start, cut)


def above_form(drafts: list[Draft], scores: list[float], start: int, end: int) -> int:
    """HTML: the run's end above a ``<form>`` after the story's text column (``_text_column``) that holds none of
    it: a comment form's field labels and notes, a sign-up or log-in box, read as prose once their names are gone.
    The form's box is its outermost ancestor that does not hold the column (the paywall's whole box, its offer
    heading above the form); the run keeps the form when a paragraph of the column, or any prose of the run outside
    the form's box, follows it (a reader poll between the story's parts). Evidence from the DOM alone: no class name
    or lexicon."""
    found = _text_column(drafts, scores, start, end)
    if found is None:
        return end
    column, first, last = found
    for i in range(first + 1, len(drafts)):
        dom = drafts[i].dom
        if dom is None or "form" not in dom.path:  # most blocks: no segment to split
            continue
        segs = path_segments(drafts[i])
        if segs is None or "form" not in (bare_path([seg]) for seg in segs):
            continue
        form = next(k for k, seg in enumerate(segs) if bare_path([seg]) == "form")
        depth = shared_depth([column, segs])
        # a form holding the column (a page drawn inside one form) has the column's paragraphs after its first block
        box = "/".join(segs[:depth + 1]) if depth < len(column) else "/".join(segs[:form + 1])
        cut = next(j for j in range(first + 1, i + 1) if (dom := drafts[j].dom) is not None
                   and (dom.path == box or dom.path.startswith(box + "/")))
        if cut <= last or cut > end or any(scores[j] > 0 and drafts[j].prose and (dom := drafts[j].dom) is not None
                                           and not dom.path.startswith(box + "/") for j in range(cut, end + 1)):
            return end  # the story goes on below the form (a reader poll between its parts)
        return end_above(drafts, start, cut)
    return end
