"""HTML: the article run's end above what trails the story and points away from it (``rules.article`` trims its
best run here).

The run ends above pointers to the site's own pages (``before_pointer_tail``), above a heading that opens a run of
repeated records (``above_record_run``) and above headings that lead into what the page shows after the story
(``above_trailing_headings``). Evidence from the DOM and the blocks' links and words: no class name or lexicon.
"""

from __future__ import annotations

from pagesplit.draft import Draft
from pagesplit.features import MIN_LONG_WORDS, introduces_what_follows
from pagesplit.members import Kinds, Roles
from pagesplit.rules.block_scores import saying
from pagesplit.rules.dom_paths import bare_path, path_segments
from pagesplit.rules.links import site_of
from pagesplit.rules.run_ends import end_above, story_goes_on_past


def _is_pointer(d: Draft, site: str) -> bool:
    """A short paragraph whose links all lead to other pages of the page's own site ("Read our guide here",
    "… on to the next chapter"): the site's cross-promotion. A link off the site (the story's source, a
    photo's credit, the outlet it first appeared in) is the story's own note and stays."""
    if d.dom is None or d.kind is not Kinds.PARAGRAPH or not d.dom.hrefs or d.words >= MIN_LONG_WORDS:
        return False
    return all(site_of(href) == site for href in d.dom.hrefs)


def before_pointer_tail(drafts: list[Draft], start: int, end: int, site: str | None) -> int:
    """HTML: the run's end above the pointers to the site's other pages (``site``: ``links.page_site``) that trail
    the story's last long paragraph (``_is_pointer``); chrome among them stays as it is."""
    last_long = next((i for i in range(end, start - 1, -1) if drafts[i].role is Roles.OTHER
                      and drafts[i].words >= MIN_LONG_WORDS), None)
    if site is None or last_long is None:
        return end
    cut = end
    for i in range(end, last_long, -1):
        d = drafts[i]
        if d.role is not Roles.OTHER:
            continue
        if not _is_pointer(d, site):
            break
        cut = i - 1
    return cut


#: Records after the story (``above_record_run``): at least this many in a row, as a run of story records
#: (``frontend.records.MIN_STORY_RECORDS``: two are as often a pair of sources).
MIN_TAIL_RECORDS = 3
#: Blocks looked at below a heading for its records: a bound on the cost per heading (a page of a thousand lines
#: would otherwise walk to the run's end from each), not a quality threshold; a longer run of records is cut as one.
MAX_TAIL_RECORD_BLOCKS = 200


def _shared_segments(a: list[str], b: list[str]) -> int:
    """How many leading segments two element paths share (next blocks share most: tried from the deepest up)."""
    k = min(len(a), len(b))
    while a[:k] != b[:k]:
        k -= 1
    return k


def _records_below(drafts: list[Draft], heading: int, end: int, site: str | None,
                   paths: dict[int, list[str] | None], shared: dict[int, int]) -> int | None:
    """The last block of a run of repeated records right below block ``heading`` (None when there is none).

    The records are sibling elements of one container, MIN_TAIL_RECORDS or more in a row, every one holding its
    blocks in the same shape (their kinds and bare element paths, as record miners compare sibling subtrees), and
    each linked or each alike: a record of one block is a short list item or line whose links all lead to other
    pages of the site (``site``: a list of other stories' headlines; a list of references links elsewhere); a record
    of several says one of its lines word for word as every other record does (a quote with its share buttons, a
    box with its "Read more"). A story's section under a heading is paragraphs, or parts that say different things.
    The deepest container with such records wins. ``paths``: each block's path segments, split once per run;
    ``shared``: how many segments each shown block's path shares with the shown block before it, once per run.
    """
    shown = [i for i in range(heading + 1, min(end, heading + MAX_TAIL_RECORD_BLOCKS) + 1)
             if drafts[i].kind is not Kinds.HIDDEN]
    for i in shown:
        if i not in paths:
            paths[i] = path_segments(drafts[i])
    first = paths[shown[0]] if shown else None
    if first is None:
        return None
    # the leading shown blocks inside the container at each depth, and where each parts from the one before it: a
    # block is inside down to the depth all blocks from the first to it share (and have an element below), and its
    # key (its child of the container) differs from the one before it at the depth they part at
    reach = [len(first) - 1]
    parts = [0]
    before = first
    for i in shown[1:]:
        segs = paths[i]
        if segs is None:
            break
        if i not in shared:
            shared[i] = _shared_segments(before, segs)
        depth = min(reach[-1], len(segs) - 1, shared[i])
        if depth < 1:
            break
        reach.append(depth)
        parts.append(shared[i])
        before = segs
    inside = 0  # the leading shown blocks inside the container: as many or more at each shallower depth
    changes: dict[int, int] = {}  # the blocks inside that part from the one before them, by the depth they part at
    for depth in range(len(first) - 1, 0, -1):
        while inside < len(reach) and reach[inside] >= depth:
            if inside:
                changes[parts[inside]] = changes.get(parts[inside], 0) + 1
            inside += 1
        # the records are the runs of one child element of the container: counted first, as most depths have too few
        # (the story's own box, one element deep)
        if inside < MIN_TAIL_RECORDS or changes.get(depth, 0) + 1 < MIN_TAIL_RECORDS:
            continue
        keys = [paths[i][depth] for i in shown[:inside]]  # type: ignore[index]  # inside: no path is None
        records: list[list[int]] = []
        at = None
        for i, key in zip(shown, keys, strict=False):  # the blocks inside the container: as many as keys
            if key != at:
                at = key
                records.append([])
            records[-1].append(i)
        # each record's blocks: their kinds and their paths from the record's element down, without sibling numbers
        shape = [(drafts[i].kind, bare_path((paths[i] or [])[depth:])) for i in records[0]]
        if any([(drafts[i].kind, bare_path((paths[i] or [])[depth:])) for i in record] != shape
               for record in records[1:]):
            continue  # (compared record by record: most runs differ at the second)
        if len(records[0]) == 1:
            ones = [drafts[r[0]] for r in records]
            if all(d.kind is not Kinds.PARAGRAPH and d.words < MIN_LONG_WORDS and d.dom is not None and d.dom.hrefs
                   and all(site_of(href) in (None, site) for href in d.dom.hrefs) for d in ones):
                return records[-1][-1]
        elif any(len({saying(drafts[r[k]]) for r in records}) == 1 for k in range(len(records[0]))):
            return records[-1][-1]
    return None


def _as_high(other: Draft, heading: Draft) -> bool:
    """``other`` heads a section as high as ``heading`` does: a heading of its level or above, or a line standing
    where it does in a sibling section."""
    if heading.dom is None or other.dom is None:
        return False
    if heading.kind is Kinds.HEADING:
        return other.kind is Kinds.HEADING and (other.dom.heading_level or 0) <= (heading.dom.heading_level or 0)
    mine, theirs = path_segments(heading), path_segments(other)
    if other.kind is not heading.kind or mine is None or theirs is None or len(mine) != len(theirs):
        return False
    # a line of the same element path under the same grandparent: a sibling section's, not any line in a box of
    # the same depth (a names-stripped page's paths are divs all the way down)
    return mine[:-2] == theirs[:-2] and bare_path(mine[-2:]) == bare_path(theirs[-2:])


def above_record_run(drafts: list[Draft], scores: list[float], start: int, end: int, site: str | None) -> int:
    """HTML: the run's end above a heading (or a line standing as one) that opens a run of repeated records after the
    story (``_records_below``: a list of other stories' headlines, quotes with their share buttons, promo or author
    boxes under "You may also like"): records announce other pages, as a section label does, whatever words the
    heading says. The heading follows a long paragraph of the story; the run goes on past the records when the prose
    after them outweighs the story above, the story's paragraphs go on below them (``paragraphs_go_on``), or a
    heading as high as this one opens another section below them (the story's "See also" list before its
    references). A line ending with a colon leads into a list of the story's own. No class name or lexicon."""
    seen_long = False
    paths: dict[int, list[str] | None] = {}
    shared: dict[int, int] = {}
    for h in range(start, end + 1):
        d = drafts[h]
        if d.role is Roles.OTHER and d.words >= MIN_LONG_WORDS:
            seen_long = True
            continue
        if not seen_long or d.role is not Roles.OTHER or d.prose or d.dom is None \
                or d.kind not in (Kinds.HEADING, Kinds.LINE) or introduces_what_follows(d.text):
            continue
        last = _records_below(drafts, h, end, site, paths, shared)
        if last is None:
            continue
        if any(_as_high(x, d) for x in drafts[last + 1:end + 1]):
            continue  # another section of the story's own, under a heading like this one
        if story_goes_on_past(drafts, scores, (start, h, last, end)):
            continue
        return end_above(drafts, start, h)
    return end


def above_trailing_headings(drafts: list[Draft], start: int, end: int) -> int:
    """HTML: the run's end above the headings that close it and lead into what follows (a colon: "Share this:",
    "Choose your plan and read on:", "Taking part:"), past chrome: a heading that announces what comes next, with
    nothing of the story below it in the run, announces what the page shows next (share buttons, a paywall's offers,
    a list of other blogs), not more of the story. A heading with a block of the story after it stays, and so does a
    closing heading that says no colon (a story's last section may be hidden or a picture). Evidence from the markup
    (``<h1>``-``<h6>``) and the colon alone: no class name or lexicon."""
    cut = end
    for i in range(end, start, -1):
        d = drafts[i]
        if d.role is Roles.CHROME or d.kind is Kinds.HIDDEN:
            continue
        if d.role is not Roles.OTHER or d.kind is not Kinds.HEADING or not introduces_what_follows(d.text):
            break
        cut = end_above(drafts, start, i)
    return cut
