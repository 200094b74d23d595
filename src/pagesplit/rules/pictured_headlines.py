"""Text dumps: runs of pictured headline records cost the article run what short lines cost.

A home or section page's block of records (and a video carousel under a story's head) prints each record as its
picture's caption or a lede, then its headline or a short list of headlines; a section label or the picture's
marker stands between two records. A text dump does not tell these records from the story by markup, and their
captions are prose: a run of a dozen records outweighs a short story (``rules.article``). Their shape tells them:

- no two paragraphs in a row: every prose block is followed by a headline line (a story's paragraphs go on);
- the prose is a picture's text: a caption (``Draft.is_caption_like``), a text printed twice in a row (a picture's
  alt text and its title), or, right under a label or a picture's marker, a lede over a list of MIN_LIST_HEADLINES
  or more headlines (a story's sub-heading stands alone over its section, under the paragraph before);
- at most MAX_BETWEEN lines (labels, markers, dates) stand between one part and the next.

A stretch of at least MIN_RECORDS such records, of which most (PICTURED_SHARE) are pictured by that test, is a run of
them, from its first pictured record to its last (the story's last paragraph above a headline list stays the
story's): its blocks cost what a short line costs (cards, as a menu's lines are), so the story's run ends above it,
and its prose is no story's paragraph to widen the run over (``rules.prose_span``).

Dev dumps (w3m, lynx and the six probe styles): a section page's headline lists under their labels below a short
story, a video carousel between a story's head and its body, and a product tour's feature boxes; innerText and bs4
print the same pages with their records' lines glued or split, and nothing there changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from pagesplit.draft import Draft
from pagesplit.members import Roles
from pagesplit.rules.record_symbols import MIN_RECORD_TITLE_WORDS

#: A run of records holds at least this many pictured records (a story with one picture has one caption; a record
#: block on a home page holds three or more): the least that makes a repeated shape, as in ``records``. Swept in
#: session 24 (w3m): 2 costs one tf:a page, 4 changes no dev page.
MIN_RECORDS = 3
#: A lede followed by at least this many headline lines heads a section's headline list (a sub-heading is one
#: line over its paragraphs). The dev pages' section lists hold three. Swept in session 24 (w3m): 1 costs one tf:b
#: page (-0.0026), 3 one rd:a page (-0.011); 2 holds.
MIN_LIST_HEADLINES = 2
#: At most this many blocks in a row stand between a record's parts or between two records: a label, or a picture's
#: marker, which w3m prints twice (its alt text and its file name). A longer stretch is a menu or a box: the run ends.
#: Dev: at 3 or more a product page's feature boxes with their "Try it now" / "Learn more" links (rd:b w3m) and a
#: shop's ad boxes (tf:a) made runs and lost their text.
MAX_BETWEEN = 2
#: More than this share of the run's records are pictured (most of them). Swept in session 24 (w3m): 0.35 and 0.65
#: change no dev page.
PICTURED_SHARE = 0.5


def _is_between(d: Draft) -> bool:
    """What stands between records and their parts: chrome (a picture's marker, a toggle, a label no lexicon
    knows as such is OTHER but short) and date or byline lines."""
    return d.role is Roles.CHROME or (d.role is Roles.OTHER and not d.prose
                                      and (d.words < MIN_RECORD_TITLE_WORDS or d.is_meta_like))


def _is_label(d: Draft) -> bool:
    """A section label or a picture's marker: a short line between records, in words (a step's number is none)."""
    return _is_between(d) and not d.is_meta_like and any(map(str.isalpha, d.text))


def pictured_headline_runs(drafts: Sequence[Draft]) -> list[int]:
    """The indexes of the blocks of every run of pictured headline records (the module's test)."""
    taken: list[int] = []
    units: list[tuple[list[int], list[int], bool]] = []  # (prose, headlines, labelled) of each record so far
    prose: list[int] = []  # the prose of the record being read, waiting for its headlines
    heads: list[int] = []
    labelled = False  # a label or a picture's marker stands right above the record's prose
    between = 0  # blocks in a row between records or their parts
    other = Roles.OTHER
    for d in drafts:
        # one test of each block, chrome first (most blocks of a dump; callgrind): a paragraph, a part between
        # (``_is_between``), a record's headline line (no prose, no date or byline, a headline's words, no sentence
        # end), or a block no record holds
        paragraph = False
        if d.role is not other:
            part = d.role is Roles.CHROME
        elif d.prose:
            part, paragraph = False, True
        else:
            part = d.words < MIN_RECORD_TITLE_WORDS or d.is_meta_like
        if part:
            between += 1
            if between <= MAX_BETWEEN or not (prose or units):
                continue
        else:
            between = 0
        if paragraph:
            if heads:  # the record before is complete
                units.append((prose, heads, labelled))
                prose, heads = [], []
            if prose and drafts[prose[-1]].text != d.text:
                _close(drafts, units, taken)  # two paragraphs in a row: a story's, no record's
                prose = []
            if not prose:
                labelled = d.index > 0 and _is_label(drafts[d.index - 1])
            prose.append(d.index)
        elif not part and d.role is other and d.is_headline_like:
            if prose or units:
                heads.append(d.index)
        elif prose or units:  # a block no record holds, or a stretch of menu lines
            if prose and heads:
                units.append((prose, heads, labelled))
            _close(drafts, units, taken)
            prose, heads = [], []
    if prose and heads:
        units.append((prose, heads, labelled))
    _close(drafts, units, taken)
    return taken


def _close(drafts: Sequence[Draft], units: list[tuple[list[int], list[int], bool]], taken: list[int]) -> None:
    """Take the blocks of ``units`` into ``taken`` when they make a run (MIN_RECORDS pictured records, most of
    them), from the first pictured record to the last (the story's last paragraph above a headline list stays);
    empty ``units``."""
    pictured = [k for k, unit in enumerate(units) if _pictured(drafts, *unit)]
    if len(pictured) >= MIN_RECORDS and len(pictured) > PICTURED_SHARE * len(units):
        for prose, heads, _ in units[pictured[0]:pictured[-1] + 1]:
            taken.extend(prose + heads)
    units.clear()


def _pictured(drafts: Sequence[Draft], prose: list[int], heads: list[int], labelled: bool) -> bool:
    """A record's prose is a picture's text (a caption, or said twice in a row) or, under a label or a picture's
    marker, a lede over a headline list."""
    return (labelled and len(heads) >= MIN_LIST_HEADLINES) or len(prose) > 1 \
        or any(drafts[i].is_caption_like for i in prose)


def discount_pictured_headlines(drafts: Sequence[Draft], scores: list[float], short_cost: float) -> frozenset[int]:
    """The blocks of runs of pictured headline records cost what a short line costs (``short_cost``); returns them
    (their prose is no story's paragraph to widen the run over: ``rules.prose_span``)."""
    taken = pictured_headline_runs(drafts)
    for i in taken:
        scores[i] = min(scores[i], -short_cost)
    return frozenset(taken)
