"""HTML: the article run's edges at the story's own elements (``rules.article`` trims its best run here).

The run is cut to the ``<article>`` element holding most of its prose (``trim_to_article_element``) and starts at the
one holding the page's ``<h1>`` (``trim_to_headline_element``); its tail ends at the main content container when teaser
cards or a heading as high as the page's headline follow it (``trim_to_main_content``). A short run that holds the main
content container's text is an article however short (``is_main_content``). Evidence from the DOM alone: no class name
or lexicon. The run's other ends in HTML: ``html_tail_boxes`` and ``html_tail_pointers``.
"""

from __future__ import annotations

from pagesplit.draft import Draft
from pagesplit.members import Kinds, Roles

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
