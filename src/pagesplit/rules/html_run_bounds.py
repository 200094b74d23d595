"""HTML: where the article run starts and ends, from the page's markup (``rules.article`` trims its best run here).

The run is cut to the ``<article>`` element holding most of its prose (``trim_to_article_element``) and starts at the
one holding the page's ``<h1>`` (``trim_to_headline_element``); its tail ends at the main content container when teaser
cards or a heading as high as the page's headline follow it (``trim_to_main_content``), above pointers to the site's
own pages (``before_pointer_tail``), above a lone box after the story's text column (``above_lone_tail_box``), at the
last block of the element holding its prose (``within_prose_box``), above a heading that opens a run of repeated
records (``above_record_run``), above headings that lead into what the page shows after the story
(``above_trailing_headings``) and above the boxes down to the page's copyright line (``above_footer_box``). A short run
that holds the main content container's text is an article however short (``is_main_content``). Evidence from the DOM
alone, but for the copyright sign or word: no class name or lexicon.
"""

from __future__ import annotations

from collections import Counter
from operator import ne

import regex

from pagesplit.draft import Draft
from pagesplit.features import MIN_LONG_WORDS, introduces_what_follows
from pagesplit.members import Kinds, Roles
from pagesplit.rules.block_scores import saying
from pagesplit.rules.links import site_of
from pagesplit.rules.run_ends import end_above, story_goes_on_past
from pagesplit.timed_match import timed

#: HTML: …or holds at least this share of the main content container's text (and is mostly in it): a short
#: note, a data sheet below its headline. Dev tf: such runs hold 0.65-1.0 of the container (a like button
#: and the headline make up the rest); index pages that qualify are dropped later as listings.
MIN_MAIN_CONTENT_SHARE = 0.5
#: HTML: a run that spans several ``<article>`` elements keeps only the one holding at least this share
#: of its prose score (and the blocks outside any ``<article>`` next to it): a page's other stories and
#: its comments often sit in ``<article>`` elements of their own right after the story.
MAIN_ARTICLE_SHARE = 0.5
#: HTML: a short run is the main content (``is_main_content``) when its main-content blocks hold this share of its
#: prose score.
MAIN_CONTENT_SHARE = 0.8


def is_main_content(drafts: list[Draft], scores: list[float], start: int, end: int) -> bool:
    """HTML: a short run that holds the main content container's text, and little else, is a short article
    (a podcast note, a data sheet) even when a longer author bio or a sidebar outweighs it."""
    if start < 0 or drafts[start].dom is None:
        return False
    main = run_main = run_all = 0.0
    for i, (d, score) in enumerate(zip(drafts, scores, strict=True)):
        if score <= 0 or d.dom is None:
            continue
        inside = start <= i <= end
        run_all += score if inside else 0.0
        if d.dom.in_main_content:
            main += score
            run_main += score if inside else 0.0
    return run_main >= MIN_MAIN_CONTENT_SHARE * main and run_main >= MAIN_CONTENT_SHARE * run_all > 0


def article_element(d: Draft) -> str | None:
    """The path of the outermost ``<article>`` element holding an HTML block (None outside any or unknown)."""
    if d.dom is None:
        return None
    path = d.dom.path
    at = path.find("article")
    while at >= 0:
        if at == 0 or path[at - 1] == "/":
            stop = path.find("/", at)
            seg = path[at:] if stop < 0 else path[at:stop]
            if seg == "article" or seg.startswith("article["):
                # a deep page's shortened path ("body/div/…/article/p") hides which element it is
                return None if "…" in path[:at] else path[:at + len(seg)]
        at = path.find("article", at + 1)
    return None


def trim_to_headline_element(drafts: list[Draft], start: int, end: int) -> int:
    """HTML: a run that starts outside any ``<article>`` element, above the ``<article>`` holding the page's one
    ``<h1>``, starts at that element: the story begins with its headline, and what stands above it outside
    the element is the site's intro or a notice."""
    if article_element(drafts[start]) is not None:
        return start
    h1 = {article_element(d) for d in drafts if d.dom is not None and d.dom.heading_level == 1}
    story = next(iter(h1)) if len(h1) == 1 else None
    if story is None:
        return start
    for i in range(start, end + 1):
        key = article_element(drafts[i])
        if key == story:
            return i
        if key is not None:
            return start  # another story element comes first: leave the run alone
    return start


def trim_to_article_element(drafts: list[Draft], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Cut the run at the edges of the ``<article>`` element holding most of its prose (HTML only)."""
    keys = [article_element(d) for d in drafts[start:end + 1]]
    weight: dict[str, float] = {}
    total = 0.0
    for key, score in zip(keys, scores[start:end + 1], strict=True):
        if score > 0:
            total += score
            if key is not None:
                weight[key] = weight.get(key, 0.0) + score
    if len(weight) < 2 and all(k is None or k in weight for k in keys) and not (weight and keys[-1] is None):
        return start, end  # one element (or none) and nothing of the run after it: nothing to cut
    # the element holding the page's one h1 is the story; else the one holding most of the run's prose
    h1 = {article_element(d) for d in drafts if d.dom is not None and d.dom.heading_level == 1}
    main = next(iter(h1)) if len(h1) == 1 and next(iter(h1)) in weight else None
    if main is None:
        main = max(weight, key=weight.__getitem__) if weight else None
        if main is None or weight[main] < MAIN_ARTICLE_SHARE * total:
            return start, end
    # an element that opens with a heading is a story of its own; one that does not (a figure, more
    # paragraphs) continues the main one
    same = {None, main}
    opened: set[str | None] = set()
    for i, key in enumerate(keys):
        if key not in opened:  # the element's first block in the run
            opened.add(key)
            if drafts[start + i].kind is not Kinds.HEADING:
                same.add(key)
    first = keys.index(main)
    last = len(keys) - 1 - keys[::-1].index(main)
    # below the story's element, what stands outside every <article> (an author box, a comment prompt, an
    # app promotion) is the page's, not the story's: the tail takes only blocks of other elements
    while last + 1 < len(keys) and keys[last + 1] in same and keys[last + 1] is not None:
        last += 1
    while first > 0 and keys[first - 1] in same:
        first -= 1
    return start + first, start + last


def trim_to_main_content(drafts: list[Draft], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Cut the run's tail after the last block of the main content container when teaser cards follow it: the run
    spilled past a card box into a neighbouring feed, a sidebar or a column of offers (HTML only). However much
    prose lies past the cards (once, the container had to hold 0.8 of the run's: names probe, an author's box and a
    column of card offers past the cards kept the run going; no dev page needs the share). So it is when a heading
    as high as the page's headline follows the container (``_headline_high_after``)."""
    main = [i for i in range(start, end + 1) if (dom := drafts[i].dom) is not None
            and dom.in_main_content and scores[i] > 0]
    if not main:
        return start, end
    # only past a box of teaser cards or another part of the page: without one, the container may just be too narrow
    if not any(d.dom is not None and d.dom.card_item is not None for d in drafts[main[-1] + 1:end + 1]) \
            and not _headline_high_after(drafts, start, main, end):
        return start, end
    return start, main[-1]


def _headline_high_after(drafts: list[Draft], start: int, main: list[int], end: int) -> bool:
    """After the main content container's last block (``main``: the run's blocks in it), outside it, the run holds a
    heading as high as the page's headline (the highest heading above the story's first paragraph), and no heading
    that high heads a section of the story inside the container: a story's sections are headed below its headline,
    so a heading at the headline's level beside them opens another part of the page (a sidebar's boxes, each under
    its heading; a pitch for the site). A story whose sections are all headed like its headline (``<h1>`` for every
    sub-heading, a section continuing outside the container) keeps its run. Evidence from the DOM alone."""
    # the headline stands above the story's first paragraph, in the run or above it
    first = next((i for i in range(start, main[-1] + 1) if drafts[i].prose), main[-1])
    levels = [dom.heading_level for d in drafts[:first] if (dom := d.dom) is not None and dom.heading_level]
    if not levels:
        return False
    top = min(levels)
    # the story's own sections: headings after its first paragraph
    if any((dom := d.dom) is not None and dom.heading_level and dom.heading_level <= top
           for d in drafts[first:main[-1] + 1]):
        return False
    return any((dom := d.dom) is not None and dom.heading_level and dom.heading_level <= top
               and not dom.in_main_content and d.role is not Roles.CHROME for d in drafts[main[-1] + 1:end + 1])


def _path_segments(d: Draft) -> list[str] | None:
    """A block's element path as segments (None for a text dump's block or a shortened path)."""
    if d.dom is None or "…" in d.dom.path:
        return None
    return d.dom.path.split("/")


def _shared_depth(paths: list[list[str]]) -> int:
    """How many levels (element by element, from the page down) the paths share: as deep as the shallowest."""
    levels = enumerate(zip(*paths, strict=False))
    return next((k for k, level in levels if len(set(level)) > 1), min(map(len, paths)))


def _bare(segs: list[str]) -> str:
    """Element path segments without their sibling numbers (``div[3]/p`` -> ``div/p``): a record's shape."""
    return "/".join(seg.split("[", 1)[0] for seg in segs)


def common_box(drafts: list[Draft], blocks: list[int]) -> str | None:
    """The path of the innermost element holding every one of the ``blocks`` (None when a path is shortened or they
    share no element MIN_PROSE_BOX_DEPTH deep or deeper: the page's body and its one wrapper hold everything)."""
    parents = []  # each block's parent and its ancestors
    for i in blocks:
        segs = _path_segments(drafts[i])
        if segs is None:
            return None
        parents.append(segs[:-1])
    depth = _shared_depth(parents)
    if depth < MIN_PROSE_BOX_DEPTH:
        return None
    return "/".join(parents[0][:depth])


#: The element holding a run's prose is a story's box only this deep or deeper (``body/div``): the page's body or its
#: one wrapper holds everything. Not swept.
MIN_PROSE_BOX_DEPTH = 2


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
        segs = _path_segments(drafts[i])
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
    shared = _shared_depth([box, lone])
    first = next(paths[i] for i in inside if "/".join(paths[i][:-1]) == column)
    if _bare(lone[shared + 1:]) == _bare(first[shared + 1:]):
        return end  # the story's next section, drawn as its others are
    return next(i for i in range(inside[-1], tail[0]) if (dom := drafts[i + 1].dom) is None
                or not dom.path.startswith("/".join(box) + "/"))


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


def _records_below(drafts: list[Draft], heading: int, end: int, site: str | None,
                   paths: dict[int, list[str] | None]) -> int | None:
    """The last block of a run of repeated records right below block ``heading`` (None when there is none).

    The records are sibling elements of one container, MIN_TAIL_RECORDS or more in a row, every one holding its
    blocks in the same shape (their kinds and bare element paths, as record miners compare sibling subtrees), and
    each linked or each alike: a record of one block is a short list item or line whose links all lead to other
    pages of the site (``site``: a list of other stories' headlines; a list of references links elsewhere); a record
    of several says one of its lines word for word as every other record does (a quote with its share buttons, a
    box with its "Read more"). A story's section under a heading is paragraphs, or parts that say different things.
    The deepest container with such records wins. ``paths``: each block's path segments, split once per run.
    """
    shown = [i for i in range(heading + 1, min(end, heading + MAX_TAIL_RECORD_BLOCKS) + 1)
             if drafts[i].kind is not Kinds.HIDDEN]
    for i in shown:
        if i not in paths:
            paths[i] = _path_segments(drafts[i])
    first = paths[shown[0]] if shown else None
    if first is None:
        return None
    inside = 0  # the leading shown blocks inside the container: as many or more at each shallower depth
    for depth in range(len(first) - 1, 0, -1):
        container = first[:depth]
        while inside < len(shown) and (segs := paths[shown[inside]]) is not None and len(segs) > depth \
                and segs[:depth] == container:
            inside += 1
        # the records are the runs of one child element of the container: counted in C first, as most depths have
        # too few (the story's own box, one element deep)
        keys = [paths[i][depth] for i in shown[:inside]]  # type: ignore[index]  # inside: no path is None
        if inside < MIN_TAIL_RECORDS or sum(map(ne, keys, keys[1:])) + 1 < MIN_TAIL_RECORDS:
            continue
        records: list[list[int]] = []
        at = None
        for i, key in zip(shown, keys, strict=False):  # the blocks inside the container: as many as keys
            if key != at:
                at = key
                records.append([])
            records[-1].append(i)
        # each record's blocks: their kinds and their paths from the record's element down, without sibling numbers
        shape = [(drafts[i].kind, _bare((paths[i] or [])[depth:])) for i in records[0]]
        if any([(drafts[i].kind, _bare((paths[i] or [])[depth:])) for i in record] != shape for record in records[1:]):
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
    mine, theirs = _path_segments(heading), _path_segments(other)
    if other.kind is not heading.kind or mine is None or theirs is None or len(mine) != len(theirs):
        return False
    # a line of the same element path under the same grandparent: a sibling section's, not any line in a box of
    # the same depth (a names-stripped page's paths are divs all the way down)
    return mine[:-2] == theirs[:-2] and _bare(mine[-2:]) == _bare(theirs[-2:])


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
    for h in range(start, end + 1):
        d = drafts[h]
        if d.role is Roles.OTHER and d.words >= MIN_LONG_WORDS:
            seen_long = True
            continue
        if not seen_long or d.role is not Roles.OTHER or d.prose or d.dom is None \
                or d.kind not in (Kinds.HEADING, Kinds.LINE) or introduces_what_follows(d.text):
            continue
        last = _records_below(drafts, h, end, site, paths)
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


#: The blocks from the footer box down (``above_footer_box``) hold at most this share of the run's prose characters:
#: a page's footer (an address, opening hours, a blurb of the site) is short beside its story. Not swept; set so that a
#: footer as long as the story (a copyright line under a second story) leaves the run alone.
MAX_FOOTER_PROSE_SHARE = 0.5


#: A year in a copyright line: the site's notice states one ("© 2004 - 2020 Example"); a picture's credit names its
#: agency alone ("© Picture Agency/Photographer").
_YEAR = timed(regex.compile(r"\b(?:19|20)\d\d\b"), "article.copyright-year")


def _is_copyright_line(d: Draft) -> bool:
    """A short chrome phrase that states the page's copyright and a year ("© 2020 Example", "Copyright 2020 … All
    rights reserved"): the notice that sits in the page's footer, not a picture's credit."""
    return d.is_chrome_phrase and ("©" in d.text or d.text[:9].lower() == "copyright") \
        and _YEAR.search(d.text) is not None


def _text_column(drafts: list[Draft], scores: list[float], start: int,
                 end: int) -> tuple[list[int], list[str], int, int] | None:
    """The run's prose blocks, its text column (the element whose own paragraphs, MIN_COLUMN_PARAGRAPHS or more,
    hold most of the run's prose characters) as path segments, and the column's first and last paragraph; None when
    a path is shortened or no element holds two of the paragraphs."""
    prose = [i for i in range(start, end + 1) if scores[i] > 0 and drafts[i].prose]
    weight: dict[str, int] = {}
    count: Counter[str] = Counter()
    parents: dict[int, str] = {}
    for i in prose:
        segs = _path_segments(drafts[i])
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
    return prose, heaviest.split("/"), own[0], own[-1]


def above_footer_box(drafts: list[Draft], scores: list[float], start: int, end: int) -> int:
    """HTML: the run's end above the page's footer: the boxes after the story down to the page's copyright line
    (``_is_copyright_line``), its address, opening hours and "follow us" blurb, whatever element draws it, a
    ``<footer>`` or a bare ``<div>``. The story's box is its text column's (the element whose own paragraphs, two or
    more, hold most of the run's prose) outermost ancestor that does not hold the copyright line; the footer starts
    at the first block after the column outside that box, and holds at most MAX_FOOTER_PROSE_SHARE of the run's
    prose. The copyright line may sit below the run's end (the run took the footer's first blurb only). Evidence from
    the DOM and the copyright sign or word alone: no class name."""
    found = _text_column(drafts, scores, start, end)
    if found is None:
        return end  # one paragraph per box: no column to tell the story's box by (a wire story's own closing notice)
    prose, column, first, _ = found
    mark = next((i for i in range(first + 1, len(drafts)) if _is_copyright_line(drafts[i])), None)
    if mark is None:
        return end
    segs = _path_segments(drafts[mark])
    if segs is None:
        return end
    depth = _shared_depth([column, segs])
    if depth < MIN_PROSE_BOX_DEPTH or depth >= len(column):
        return end  # a credit inside the story's column ("© Agency" under a picture), or no box to tell apart
    story = "/".join(column[:depth + 1]) + "/"
    cut = next(i for i in range(first + 1, mark + 1) if (dom := drafts[i].dom) is not None
               and not dom.path.startswith(story))
    if cut > end:
        return end
    total = sum(drafts[i].chars for i in prose)
    if sum(drafts[i].chars for i in prose if i >= cut) > MAX_FOOTER_PROSE_SHARE * total:
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
    _, column, first, last = found
    for i in range(first + 1, len(drafts)):
        dom = drafts[i].dom
        if dom is None or "form" not in dom.path:  # most blocks: no segment to split
            continue
        segs = _path_segments(drafts[i])
        if segs is None or "form" not in (_bare([seg]) for seg in segs):
            continue
        form = next(k for k, seg in enumerate(segs) if _bare([seg]) == "form")
        depth = _shared_depth([column, segs])
        # a form holding the column (a page drawn inside one form) has the column's paragraphs after its first block
        box = "/".join(segs[:depth + 1]) if depth < len(column) else "/".join(segs[:form + 1])
        cut = next(j for j in range(first + 1, i + 1) if (dom := drafts[j].dom) is not None
                   and (dom.path == box or dom.path.startswith(box + "/")))
        if cut <= last or cut > end or any(scores[j] > 0 and drafts[j].prose and (dom := drafts[j].dom) is not None
                                           and not dom.path.startswith(box + "/") for j in range(cut, end + 1)):
            return end  # the story goes on below the form (a reader poll between its parts)
        return end_above(drafts, start, cut)
    return end
