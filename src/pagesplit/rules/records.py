"""Pipeline stage: teaser cards in text dumps, found as repeated records.

A teaser card is one record in a run of similar records. Every block gets a shape symbol from the
features already computed (a headline, a kicker or name line, a date or byline, a caption or credit,
a short summary); a run of cards is a stretch where a unit of two to six symbols holding exactly one
headline repeats at least three times in a row, each repetition allowed to miss one optional part
(a card without its date, a card without its picture). Labels ("More For You") and toggles play no
part in finding the run: the zones they open are left to ``group_teasers``. Before the runs are looked for,
``rules.record_reading`` corrects the shapes a card's blocks misread: a headline that asks, or over a lede cut
short; a headline (and kicker) printed twice; a short headline followed by the parts every card has.

Runs are found before the article is selected, so a carousel of headline + lede cards above the
story, or below it, is never taken for its first paragraphs: claimed cards score as teasers there.

Records whose parts vary (a card's picture text, kicker or dek printed now and then) repeat no one unit, but
each closes with its date or byline line: three or more such records in a row, among the blocks no run took, are
cards as well (``_dated_runs``), when they do not reach into the story's run of prose.

The shortest record is a headline alone: four or more bare headlines in a row ("Most read" with no
label a lexicon knows) are a run of one-block records; ``rules.headline_lists`` finds the ones outside
the article that this stage leaves (a kicker line between headlines).

A page must keep its story, and a run must tell other stories:
- a run with the story's prose on both sides of it, a list of bare headlines reaching into the story run
  or coming back as its sub-headings (a table of contents), or a run holding nearly all the page's prose
  is the story's own (a listicle, sub-headed short sections, a how-to's steps, a calendar);
- the headlines are distinct, as long as a story's and do not open alike (``tells_stories``), and a
  summary is longer than its headline (an interview's answers are not) unless each record is dated.
"""

from __future__ import annotations

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Inputs, Parts, Roles
from pagesplit.model import TeaserPart
from pagesplit.rules.article import best_run
from pagesplit.rules.block_scores import (
    CHROME_COST,
    MIN_ARTICLE_SCORE,
    MIN_SHORT_ARTICLE_SCORE,
    SHORT_COST,
    SHORT_COST_FRAGMENTED,
    TOGGLE_COST,
    block_score,
)
from pagesplit.rules.label_zones import MAX_SKIPPED_LINES
from pagesplit.rules.record_reading import claim_byline_names, claim_repeats, cut_short
from pagesplit.rules.record_runs import cut_records, find_runs
from pagesplit.rules.record_shapes import numbered_chains, read_records
from pagesplit.rules.record_symbols import (
    BARRIER,
    HEADLINE,
    KICKED,
    KICKER,
    META,
    MIN_RECORDS,
    PICTURE,
    PROSE,
    SUMMARY,
    TOGGLE,
)
from pagesplit.rules.record_titles import (
    MAX_SHARED_CARD_OPENING,
    MAX_SHARED_OPENING,
    MIN_MEAN_DATED_TITLE_WORDS,
    MIN_MEAN_TITLE_WORDS,
    continues_above,
    is_contents,
    names_sections,
    no_stopword,
    picture_keywords,
    tells_stories,
)
from pagesplit.rules.topic_names import PageNames

#: The page's prose outside the run must score at least this much, or the run is the page's content
#: (``rules.block_scores.MIN_ARTICLE_SCORE``: the least prose an article run holds).
MIN_PROSE_LEFT = MIN_ARTICLE_SCORE
#: In at least this share of a run's records that have a summary, the summary is longer than the headline (a
#: card's lede tells more than its title; an interview's long answers under short questions are the other way).
#: The share ``rules.label_zones.MIN_PAIRED_SHARE`` asks of headline / summary pairs under a label. Records that date
#: their headline are not asked: the date line tells a card (no interview dates its questions), and a dated card's
#: lede may be one short line under a long headline ("You can do this.").
MIN_LONGER_SUMMARY_SHARE = 0.75
#: A run with at least this much prose score on both sides of it inside the page's main run of prose (as
#: ``rules.article`` scores it, before any card is claimed) is a list inside the story: a how-to's commands
#: between their explanations, an interview. One short paragraph of the story's (``MIN_SHORT_ARTICLE_SCORE``);
#: a carousel above the story or cards below it have none on one side.
MIN_STORY_AROUND = MIN_SHORT_ARTICLE_SCORE


#: The parts a card prints now and then, which tell nothing of where its headline stands: its picture's caption or
#: credit (a caption with its credit, one without: ``caption_like`` reads them differently) and its date or byline
#: line (a text browser glues a byline onto its headline now and then). ``_alike`` compares records without them.
#: A summary is no such part: a dek under some headlines and not others is as often a headline read as a dek.
_COMES_AND_GOES = str.maketrans("", "", PICTURE + META)


def _alike(records: list[list[tuple[str, Draft]]], period: int) -> bool:
    """Records with parts (``period`` blocks), every one with a part and all the same parts in the same order but
    for a picture or a date line that some print and some do not (``_COMES_AND_GOES``): cards by their shape. A
    bare headline among them is no card by its shape (a rank number read as a date line over every other one)."""
    if period == 1 or any(len(record) == 1 for record in records):
        return False
    return len({"".join(s for s, _ in record).translate(_COMES_AND_GOES) for record in records}) == 1


def _summaries_longer(records: list[list[tuple[str, Draft]]]) -> bool:
    """Summaries are longer than their headlines in most records that have one (``MIN_LONGER_SUMMARY_SHARE``)."""
    pairs = []
    for record in records:
        parts = dict(record)  # symbol -> block; a record holds one headline and at most one summary
        if SUMMARY in parts:
            pairs.append(parts[SUMMARY].chars > parts[HEADLINE].chars)
    return not pairs or sum(pairs) >= MIN_LONGER_SUMMARY_SHARE * len(pairs)


_PARTS: dict[str, tuple[TeaserPart, str]] = {
    KICKER: (Parts.META, "teaser.meta"),
    META: (Parts.META, "teaser.meta"),
    SUMMARY: (Parts.SUMMARY, "teaser.summary"),
}


def _claim(record: list[tuple[str, Draft]], card: int, detail: str, section: str | None) -> None:
    for symbol, d in record:
        d.card, d.section = card, section
        if symbol == TOGGLE or d.role is Roles.CHROME:
            continue  # a read-more toggle, a comment count: chrome by their own text, they keep that verdict
        if symbol == HEADLINE:
            d.part = Parts.TITLE
            d.decide(Roles.TEASER, "teaser.record", detail)
        elif symbol == PICTURE:
            d.part = Parts.CREDIT if d.is_credit_like else Parts.CAPTION
            d.decide(Roles.TEASER, "teaser.credit" if d.is_credit_like else "teaser.caption")
        else:
            d.part, rule = _PARTS[symbol]
            d.decide(Roles.TEASER, rule)


def _label_above(drafts: list[Draft], first: int) -> str | None:
    """The section label right above a run's first block ("Trending Now"), which names its cards' section: past
    at most as many chrome lines ("Advertisement") as ``rules.label_zones`` skips before a zone's first card."""
    for d in reversed(drafts[max(0, first - MAX_SKIPPED_LINES - 1):first]):
        if d.is_section_label:
            return d.text.strip()
        if d.role is not Roles.CHROME:
            return None
    return None


def _story_scores(drafts: list[Draft], ctx: Context, listed: set[int]) -> tuple[list[float], int, int]:
    """Each block's positive article score inside the page's main run of prose as ``rules.article`` finds it
    with no card claimed yet (0 elsewhere), and that run's first and last index. The items of numbered lists of
    headlines (``listed``) are short lines to that run."""
    n = max(1, len(drafts) - 1)
    short_cost = SHORT_COST_FRAGMENTED if ctx.fragmented else SHORT_COST
    scores = [
        # plain chrome (most blocks) scores without a call, as in ``select_article``
        (-TOGGLE_COST if d.is_toggle else -CHROME_COST)
        if d.role is Roles.CHROME and not (d.inline or d.opens_comments or d.is_section_label)
        else block_score(d, i / n, short_cost)
        for i, d in enumerate(drafts)
    ]
    # ``select_article`` scores the page again after this stage's claims: each block it has not claimed keeps its score
    ctx.block_scores = [(d.role, d.verdict, s) for d, s in zip(drafts, scores, strict=True)]
    start, end, _ = best_run(scores)
    if listed:
        # an item of a text browser's numbered list that reads as a headline is a short line here, as innerText prints
        # it (without its number): a ranked box of other stories' titles beside the story is none of the story's run;
        # a list with the story's prose on both sides of it is the story's own (a how-to's steps)
        boxed = _beside_story(listed, scores, start, end)
        if boxed:
            start, end, _ = best_run([-short_cost if i in boxed and s > 0 else s for i, s in enumerate(scores)])
    # ``max(0.0, s)`` as a conditional expression: a builtin call per block (see ``record_reading.without_repeats``)
    return [(s if s > 0.0 else 0.0) if start <= i <= end else 0.0 for i, s in enumerate(scores)], start, end


def _numbered_headlines(drafts: list[Draft]) -> set[int]:
    """The blocks of text browsers' numbered lists of headlines: MIN_RECORDS or more items in a row, one right after
    the other and counting up by one, each read as a headline ("4. Ferry fares rise again"): a ranked box of other
    stories' titles (``_headline_items``). A story's numbered sub-headings stand between its paragraphs, its notes
    alternate with their sources' lines. Items are the blocks no DOM node backs (a text dump's)."""
    out: set[int] = set()
    for chain in numbered_chains(drafts, lambda k: drafts[k].dom is None, lambda k, k2: k2 == k + 1):
        if _headline_items(chain, drafts):
            out.update(chain)
    return out


def _beside_story(listed: set[int], scores: list[float], start: int, end: int) -> set[int]:
    """The numbered lists of headlines (``listed``) that do not stand inside the story's run (``start``..``end``)
    with at least MIN_STORY_AROUND of its score, besides the lists', on either side of them."""
    out: set[int] = set()
    items = sorted(listed)
    lists: list[list[int]] = []
    for i in items:
        if lists and lists[-1][-1] == i - 1:
            lists[-1].append(i)
        else:
            lists.append([i])
    for chain in lists:
        first, last = chain[0], chain[-1]
        above = sum(max(0.0, scores[i]) for i in range(start, first) if i not in listed)
        below = sum(max(0.0, scores[i]) for i in range(last + 1, end + 1) if i not in listed)
        if not (start < first and last < end and above >= MIN_STORY_AROUND and below >= MIN_STORY_AROUND):
            out.update(chain)
    return out


def _within_numbered_list(start: int, records: list[list[tuple[str, Draft]]], listed: set[int]) \
        -> tuple[int, int, list[list[tuple[str, Draft]]]]:
    """A run of bare headlines most of which are the items of a numbered list (``listed``) is that list: it ends at
    the list's last item and begins at its first (the story's own headline right under a ranked box, a footer's line
    right after it, go on like one more headline). The run's ``start``, end and records."""
    at = [k for k, record in enumerate(records) if record[0][1].index in listed]
    offsets = [start]
    for record in records:
        offsets.append(offsets[-1] + len(record))
    if 2 * len(at) <= len(records):
        return start, offsets[-1], records
    return offsets[at[0]], offsets[at[-1] + 1], records[at[0]:at[-1] + 1]


def _headline_items(chain: list[int], drafts: list[Draft]) -> bool:
    """Numbered items (one list's, ``numbered_chains``), each read as a headline, most of them holding a stopword as a
    story's title does (a ranked table's rows, "3. Ann Roe (NOR) +12.4", hold none)."""
    return all(drafts[j].is_headline_like for j in chain) \
        and 2 * sum(not no_stopword(drafts[j].text) for j in chain) > len(chain)


def _in_menu(symbols: str, start: int, end: int, period: int, shaped: list[tuple[str, Draft]]) -> bool:
    """A run of kicker + headline records (no part but the kicker) with kicker lines right above and right below it:
    a menu whose entries carry a tagline (a service's name over what it offers), not a box of cards, which its
    label or other content sets apart from the menus around it. Or such a run whose "headlines" are mostly long
    lines with no stopword: a menu's sections, each over its entries run together on one line ("FIFA 22" / "News
    Release Date Demo Closed Beta Cover Star Game Modes …")."""
    if not (symbols.startswith(KICKED, start) and period == len(KICKED)):
        return False
    if start > 0 and symbols[start - 1] == KICKER and symbols[end:end + 1] == KICKER:
        return True
    heads = [d for s, d in shaped[start:end] if s == HEADLINE]
    return sum(d.words >= MIN_RUN_TOGETHER_WORDS and no_stopword(d.text) for d in heads) * 2 > len(heads)


def _pictured_parity(keyword_at: list[bool]) -> int | None:
    """A list of bare headlines that prints a picture's keywords over each of them, every other line: which lines
    (0: the first, third …; 1: the second, fourth …) are the pictures, when MIN_RECORDS or more are keyword lines
    (``picture_keywords``, by line: ``keyword_at``) and all of them stand at one of the two; else None. A picture's
    keywords now and then hold a capital or a stopword ("Harbour Ferry timetable winter news", "night market what is
    on tonight"), and the line in their place is a picture's as well: the list alternates."""
    at = [k for k, keyword in enumerate(keyword_at) if keyword]
    parities = {k % 2 for k in at}
    return parities.pop() if len(at) >= MIN_RECORDS and len(parities) == 1 else None


#: A headline-shaped line of at least this many words with no stopword is a menu's entries run together (a dump
#: that joins a menu's links into one line); a headline that long says "to", "of", "the", "in" somewhere. Probe
#: dumps read: such menu lines hold 8-30 entry words. Swept in session 24 (innerText): 6 and 10 move no figure.
MIN_RUN_TOGETHER_WORDS = 8


#: A run of records that vary in their parts but each close with a date or byline line (META): up to two parts
#: (kicker, picture, summary) over the headline, up to two under it, then the date or byline. A text browser prints
#: a card's picture text, kicker or dek now and then and not always, so no one unit repeats, but every card of the
#: box ends the same way. MIN_RECORDS of them in a row, on blocks no run took; the first opens with no summary (as
#: no record of ``record_runs`` does: a paragraph above the box is the story's).
_DATED_RUN = regex.compile(f"[{KICKER}{PICTURE}]{{0,2}}{HEADLINE}[{KICKER}{PICTURE}{HEADLINE}{SUMMARY}]{{0,2}}{META}"
                        f"(?:[{KICKER}{PICTURE}{SUMMARY}]{{0,2}}{HEADLINE}"
                        f"[{KICKER}{PICTURE}{HEADLINE}{SUMMARY}]{{0,2}}{META}){{{MIN_RECORDS - 1},}}")
#: One record of such a run: anything up to its date or byline line.
_DATED_RECORD = regex.compile(f"[^{META}]*{META}")


def _dated_runs(shaped: list[tuple[str, Draft]]) -> list[tuple[int, int, list[list[tuple[str, Draft]]]]]:
    """(start, end, records) of every run of records closed by a date or byline (``_DATED_RUN``) among the blocks no
    run claimed, each record with one headline (``_title_at``): a headline-shaped line above it is its picture's
    text, one under it its dek (a summary). A run followed by a summary or a paragraph ends on the story's own head
    (its headline and byline over its first paragraph): that record is the story's, as ``record_runs`` trims it."""
    symbols = "".join([s if d.role is Roles.OTHER else BARRIER for s, d in shaped])
    runs = []
    for run in _DATED_RUN.finditer(symbols):
        records = []
        for match in _DATED_RECORD.finditer(symbols, run.start(), run.end()):
            title = _title_at(shaped, symbols, match.start(), match.end())
            records.append([(PICTURE if k < title else SUMMARY, d) if s == HEADLINE and k != title else (s, d)
                            for k, (s, d) in enumerate(shaped[match.start():match.end()], match.start())])
        end = run.end()
        if symbols[end:end + 1] in (SUMMARY, PROSE):
            end -= len(records.pop())
        if len(records) >= MIN_RECORDS:
            runs.append((run.start(), end, records))
    return runs


def _title_at(shaped: list[tuple[str, Draft]], symbols: str, start: int, end: int) -> int:
    """Where the card's headline stands in a record of ``_dated_runs`` that holds two headline-shaped lines: of two
    in a row, the shorter (a headline over its dek, which tells more); else the last one (a picture's text, then
    the card's kicker, then its headline)."""
    last = symbols.rindex(HEADLINE, start, end)
    if last - 1 < start or symbols[last - 1] != HEADLINE:
        return last
    return min(last - 1, last, key=lambda k: shaped[k][1].chars)


def group_record_cards(drafts: list[Draft], ctx: Context) -> None:
    """Text dumps: claim every run of repeated records (see the module docstring) as teaser cards.

    A run turned down gives its last record back: that record may be the first of the next run (a menu's last
    entry over the first headline of a list), and the runs are looked for again from there.
    """
    if ctx.kind is not Inputs.TEXT:
        return
    shaped, symbols, repeats, byline_names = read_records(drafts, ctx.shapes)
    tried: dict[int, tuple[int, int, int]] = {}  # each place's best run, for the looks again after a run turned down
    runs = find_runs(symbols, 0, tried)
    if not runs and _DATED_RUN.search(symbols) is None:
        return  # most pages: the story and its chrome, no run of records
    prose_total = sum(d.chars for d in drafts if d.role is Roles.OTHER and d.prose)
    listed = _numbered_headlines(drafts)
    story: tuple[list[float], int, int] | None = None  # worked out for the first run that looks like cards
    names: PageNames | None = None  # read for the first run whose headlines open alike

    def page_names() -> PageNames:
        nonlocal names
        if names is None:
            names = PageNames(drafts)
        return names

    def tells_cards(start: int, end: int, period: int, records: list[list[tuple[str, Draft]]]) -> bool:
        nonlocal story
        if _in_menu(symbols, start, end, period, shaped):
            return False
        dated = META in symbols[start:start + period]
        if not tells_stories([d for record in records for s, d in record if s == HEADLINE],
                             ctx.lexicon.all_stopwords if period > 1 else frozenset(),
                             MIN_MEAN_DATED_TITLE_WORDS if dated else MIN_MEAN_TITLE_WORDS,
                             MAX_SHARED_CARD_OPENING if _alike(records, period) else MAX_SHARED_OPENING,
                             page_names) \
                or not (dated or _summaries_longer(records)):
            return False
        run_prose = sum(d.chars for _, d in shaped[start:end] if d.prose)
        if prose_total - run_prose < MIN_PROSE_LEFT:
            return False  # the run is the page's content: nothing else would be left for the article
        story = story or _story_scores(drafts, ctx, listed)
        scores, story_start, story_end = story
        first, last = shaped[start][1].index, shaped[end - 1][1].index
        if sum(scores[:first]) >= MIN_STORY_AROUND and sum(scores[last + 1:]) >= MIN_STORY_AROUND:
            return False  # a list inside the story
        bare = [d for _, d in shaped[start:end]]
        # a list of headlines cut short to fit a box is no list of the story's own, which cuts no item short
        reaches_story = story_start <= last and first <= story_end \
            and sum(map(cut_short, bare)) < MIN_RECORDS
        # bare headlines reaching into the story, or its contents, are its own list; a menu's are none
        return not (period == 1 and (reaches_story or is_contents(bare, drafts) or names_sections(bare)
                                     or continues_above(bare)))

    pending = runs[::-1]  # the next run last
    while pending:
        start, end, period = pending.pop()
        records = cut_records(shaped, symbols, start, end, period)
        if period == 1 and listed:
            start, end, records = _within_numbered_list(start, records, listed)
        if not tells_cards(start, end, period, records):
            if len(records) > 1:
                pending = find_runs(symbols, end - len(records[-1]), tried)[::-1]
            continue
        first = shaped[start][1].index
        detail = f"{len(records)} records of {period} block{'s' if period > 1 else ''}"
        section = _label_above(drafts, first)
        pictures: list[tuple[str, Draft]] = []
        keyword_at = [picture_keywords(record[0][1]) for record in records] if period == 1 else []
        pictured = _pictured_parity(keyword_at)
        for k, record in enumerate(records):
            if period == 1 and k + 1 < len(records) and (keyword_at[k] or k % 2 == pictured):
                # a picture's keywords over a list's next headline (its alternative text): that card's picture
                pictures.append((PICTURE, record[0][1]))
                continue
            _claim(pictures + record, ctx.new_card(), detail, section)
            pictures = []
    for start, end, records in _dated_runs(shaped):
        if not tells_cards(start, end, len(records[0]), records) or story is None:
            continue
        first, last = shaped[start][1].index, shaped[end - 1][1].index
        if story[1] <= last and first <= story[2]:
            continue  # records that vary reaching into the story's run of prose are its own (notes, references)
        detail = f"{len(records)} records closed by a date or byline"
        section = _label_above(drafts, first)
        for record in records:
            _claim(record, ctx.new_card(), detail, section)
    claim_repeats(repeats, drafts)
    claim_byline_names(byline_names, drafts)
