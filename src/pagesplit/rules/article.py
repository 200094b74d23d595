"""Pipeline stage: the article is the main run of prose.

Every block gets a score: prose earns its length, short lines and chrome cost a little, section
labels and card toggles cost a lot (they announce other stories). The article is the run of
blocks with the highest total (a maximum-sum subarray, one pass). A short block inside that run
(a sub-heading, "Advertisement" between paragraphs) does not break it; a "More For You" label
does, unless the prose after it outweighs it (an inline "Related" box mid-article). In a text dump, a few short
lines after the run's last chrome phrase ("Subscribe now", then "Get our app") are a closing note of the page's,
not the end of the story.
"""

from __future__ import annotations

from collections import Counter

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_HEADLINE_WORDS, MIN_HEADLINE_WORDS, ends_with_ellipsis, introduces_what_follows
from pagesplit.features import MIN_LONG_WORDS as MIN_LONG_WORDS  # read from here by other rules
from pagesplit.features import MIN_PROSE_WORDS as MIN_PROSE_WORDS
from pagesplit.lexicon import fold_spaces
from pagesplit.members import Inputs, Kinds, Roles
from pagesplit.rules.card_pairs import is_longer_summary
from pagesplit.rules.links import page_site, site_of
from pagesplit.rules.page_prose import take_best_run
from pagesplit.rules.story_head import story_run
from pagesplit.timed_match import timed

# Scores, calibrated together on the dev dumps (innertext, w3m, lynx, bs4) with score.py; SHORT_COST,
# PHRASE_COST and END_WEIGHT swept as a set (15-90, 5-20, 0.3-0.5): 60 / 20 / 0.3 best mean F1.
#: What a short line (menu item, headline, label-like line) costs.
SHORT_COST = 60.0
#: …and in a one-element-per-line dump (bs4), where links and bold runs inside prose are short lines,
#: and in HTML, where DOM evidence already tells menus from content.
SHORT_COST_FRAGMENTED = 25.0
#: What a longer line that is not a headline costs (a list line, a sentence fragment, a table row).
MIN_PHRASE_WORDS = 5
PHRASE_COST = 20.0
#: What a chrome block inside the run costs ("Advertisement" between two paragraphs is fine).
CHROME_COST = 15.0
#: What a section label costs: the prose after it must outweigh this to stay in the same run.
SECTION_LABEL_COST = 1200.0
#: What a card toggle ("Keep ReadingShow less") costs: cards with summaries are not the article.
TOGGLE_COST = 400.0
#: Prose with this few stopwords is down-weighted (lists of names, keyword clouds).
LOW_STOPWORD_RATIO = 0.04
LOW_STOPWORD_WEIGHT = 0.4
#: A block is prose when it has at least MIN_PROSE_WORDS words and ends a sentence, or MIN_LONG_WORDS words (defined
#: in ``features``, which works out a block's stopword ratio only when it may be prose: ``block_score`` reads it
#: for prose alone).
#: Prose after a comment-section opener counts this much (comments are prose, but not the article).
COMMENTS_WEIGHT = 0.15
#: HTML: short blocks inside the main content (``Evidence.in_main_content``, mostly not link text) are
#: article text worth DOM_SHORT_WEIGHT of their length (times their content score).
MAX_DOM_SHORT_LINKS = 0.5
DOM_SHORT_WEIGHT = 0.5
#: A page whose best run scores less than this has no article (an index page or a stub)…
MIN_ARTICLE_SCORE = 250.0
#: …unless the run is short but holds most of the page's prose (a one-paragraph page). The share: swept
#: 0.5-0.8 on the dev dumps; 0.7 keeps the short notes whose footer or sidebar holds a line of prose too, and
#: still no run on pages whose prose is split between two stories (0.5-0.6 took half a story on wrapped dumps).
MIN_SHORT_ARTICLE_SCORE = 40.0
MIN_SHORT_ARTICLE_SHARE = 0.7
#: HTML: …or holds at least this share of the main content container's text (and is mostly in it): a short
#: note, a data sheet below its headline. Dev tf: such runs hold 0.65-1.0 of the container (a like button
#: and the headline make up the rest); index pages that qualify are dropped later as listings.
MIN_MAIN_CONTENT_SHARE = 0.5
#: A page with no article run but at most this many non-chrome blocks and characters is all article.
MAX_WHOLE_PAGE_BLOCKS = 8
MAX_WHOLE_PAGE_CHARS = 1500
#: List items of at least this many words count as content, at this weight (feature lists, steps).
MIN_LIST_ITEM_WORDS = 4
LIST_ITEM_WEIGHT = 0.5
#: ... but not an item set this deep inside other lists' items (``Draft.nested``, text dumps): a story's own list
#: nests once or twice (a step's sub-points, a documentation page's contents list), a site's menu tree prints its
#: sub-menus' entries three and four lists deep (w3m "•" / "□" / "☆" / "○"). Dev (w3m, lynx): at 1 a docs page's
#: contents list left its article (rd:b -0.007), at 2 the same page (-0.007) against one tf page up per dump; at 3
#: one w3m tf:b page whose menu tree had won the article gets its story back, nothing down.
MIN_MENU_TREE_DEPTH = 3
#: Footers and legal text sit at the end of a page: prose in the last part of the page weighs less,
#: down to END_WEIGHT for the very last block, starting at TAIL_START of the page.
TAIL_START = 0.75
END_WEIGHT = 0.3
#: A short line holding a digit (not a time or date), at most this long, is a figure of a chart or table in
#: the story; it costs as little as chrome, so a chart's many labels do not cut the story in two.
MAX_DATA_LABEL_CHARS = 12
#: So does a dump's line of code in a how-to (innerText keeps no ``<pre>``): code punctuation (``=``, braces,
#: ``;`` and at least two of ``=(){};``) and fewer than this many plain words in a row (a sentence, a shortcode's
#: caption "[button link=…] Send us your kit" has more). Dev: code lines of tf how-tos; the rd one's too.
MAX_CODE_PLAIN_WORDS = 4
#: HTML blocks carry DOM evidence about footers, so position matters less there.
END_WEIGHT_HTML = 0.5
#: HTML: a run that spans several ``<article>`` elements keeps only the one holding at least this share
#: of its prose score (and the blocks outside any ``<article>`` next to it): a page's other stories and
#: its comments often sit in ``<article>`` elements of their own right after the story.
MAIN_ARTICLE_SHARE = 0.5
#: HTML: a short run is the main content (``_is_main_content``) when its main-content blocks hold this share of its
#: prose score.
MAIN_CONTENT_SHARE = 0.8


#: A line leading into what follows has at least this many words (``_lead_ins``). Dev dumps: at 1 a wine shop's
#: product records ("Herkunft:", "Erzeuger:") joined the story; field names have one or two words.
MIN_LEAD_IN_WORDS = 3

#: A table of contents has at least this many entries in a row. Dev dumps: 2 finds one more story on w3m and
#: lynx than 3; 3 kept, as the safer guess (a card's kicker and headline said again are two lines in a row).
MIN_CONTENTS_ENTRIES = 3
#: A sub-heading stands over its section's prose with at most this many blocks to the first paragraph, itself
#: included: a text browser prints the section's picture as its alt text, once or twice, between the two.
MAX_CONTENTS_HEAD_GAP = 3

#: Under a section label, at least this many headline / longer summary pairs (``card_pairs``) in a row are
#: cards, not a story.
MIN_CARD_PAIRS = 3

#: Short lines between two paragraphs, none of them chrome, are a list in the story (innerText keeps no
#: bullets): from MIN_LIST_LINES to MAX_LIST_LINES of them cost no more than chrome inside the run (one or two
#: such lines are a box's label or a link, not a list). Not swept: the longest list the dev dumps gain, a how-to's
#: steps, has 11 lines.
MIN_LIST_LINES = 3
MAX_LIST_LINES = 12

#: A clock time ("9:41 AM", "13:18") among the short lines between two paragraphs stamps a feed's entries or a
#: live blog's, not a story's list (dev dumps: feeds and comment boxes between two stories' paragraphs).
_CLOCK_TIME = timed(regex.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"), "article.clock-time")

#: Text dumps: a list of other stories' headlines at a story's tail follows its last long paragraph with at most this
#: many short lines between, chrome aside (``_long_paragraph_above``): the list's label, when it does not read as one
#: of the headlines. Dev: at 0 a w3m rd:a page whose list sits under such a label keeps the list in its story
#: (rd:a -0.0007 against 1); most labels seen read as headlines and join their list.
MAX_TAIL_LIST_LABEL_LINES = 1

#: An earlier run with this share of the best run's score is the page's story (see ``_first_of_best_runs``).
EARLIER_RUN_SHARE = 0.7

#: Text dumps: what a run holds after its last chrome phrase in words (a newsletter form, "Subscribe now", a menu's
#: "About us") is a closing note of the page's own (an app or a shop advertised, the publisher's line) when it holds
#: at most this many characters (``_before_closing_note``). Dev dumps (all corpora, innerText): the tails of at most
#: 250 characters there held no story text; those that were the story's held 300 or more (one or more paragraphs).
#: Swept on tf (all four dumps): 150 keeps a shop's or an author's closing line (tf:a down on innerText and w3m), 400
#: cuts a story's last paragraph after a share bar (tf:b down on w3m, lynx and innerText).
MAX_CLOSING_NOTE_CHARS = 250
#: …and the run's prose above that chrome holds at least this many times as many (not swept: a run of a few lines,
#: a stub's, has no note to cut).
MIN_CLOSING_NOTE_BODY_RATIO = 2.0


def is_prose(d: Draft) -> bool:
    return d.words >= MIN_LONG_WORDS or (d.words >= MIN_PROSE_WORDS and d.ends_sentence)


def _reads_as_text(d: Draft) -> bool:
    """Prose with the stopwords of running text, no list of names or keyword cloud (LOW_STOPWORD_RATIO): what the
    last resort of a dump with no article run trusts as its story (``rules.page_prose``)."""
    return is_prose(d) and d.stopword_ratio >= LOW_STOPWORD_RATIO


def block_score(d: Draft, position: float = 0.0, short_cost: float = SHORT_COST) -> float:
    """A block's worth to the article run; ``position`` is its place in the page, 0 to 1."""
    if d.inline:
        return -short_cost  # an inline "Related" box does not end the article
    if d.opens_comments:
        return -SECTION_LABEL_COST
    if d.role is Roles.CHROME:
        if d.verdict.fact is Facts.SECTION_LABEL:
            return -SECTION_LABEL_COST
        if d.is_toggle:
            return -TOGGLE_COST
        return -CHROME_COST
    if d.role is Roles.TEASER:
        return -SECTION_LABEL_COST
    if not is_prose(d):
        if d.dom is not None and d.dom.in_main_content and d.link_density < MAX_DOM_SHORT_LINKS:
            # a short paragraph, a line of dialogue, a sub-heading inside the page's main content
            return d.chars * DOM_SHORT_WEIGHT * d.dom.content_score
        if d.kind is Kinds.LIST_ITEM and d.words >= MIN_LIST_ITEM_WORDS and d.nested < MIN_MENU_TREE_DEPTH:
            # in HTML, outside the main content, what of it is link text points elsewhere: a list of other pages'
            # titles beside the story is no story's list
            outside = d.dom is not None and not d.dom.in_main_content
            return d.chars * LIST_ITEM_WEIGHT * (1.0 - d.link_density if outside else 1.0)
        if _is_figure_or_code(d):
            return -CHROME_COST  # the story goes on around a chart's figure or a how-to's line of code
        if d.words >= MIN_PHRASE_WORDS and not d.is_headline_like:
            return -PHRASE_COST
        return -short_cost
    weight = 1.0
    if position > TAIL_START:
        end = END_WEIGHT if d.dom is None else END_WEIGHT_HTML
        weight *= 1.0 - (1.0 - end) * (position - TAIL_START) / (1.0 - TAIL_START)
    if d.stopword_ratio < LOW_STOPWORD_RATIO and d.words > 0 and d.chars / d.words > 2.5:
        weight = LOW_STOPWORD_WEIGHT
    if d.dom is not None:
        weight *= 0.25 + d.dom.content_score
        weight *= 1.0 - d.link_density
    return d.chars * weight


def _is_figure_or_code(d: Draft) -> bool:
    """A chart's or a table's figure ("$915", "'17"; no time or date), or, in a dump, a line of a how-to's code
    (``x = f(y)``, ``if ok: {``): code punctuation, and no four plain words in a row as a sentence has."""
    text = d.text
    # map over str methods, not generators: this runs for most short blocks of every page (callgrind)
    if d.chars <= MAX_DATA_LABEL_CHARS and not d.is_meta_like and any(map(str.isdigit, text)):
        return True
    if d.dom is not None or not any(map(text.__contains__, "={};")) or sum(map(text.count, "=(){};")) < 2:
        return False
    plain = 0
    for word in text.split():
        plain = plain + 1 if word.isalpha() else 0
        if plain >= MAX_CODE_PLAIN_WORDS:
            return False
    return True


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


def _may_be_contents_entry(d: Draft) -> bool:
    """A short line, no date or byline, of a few words: what a sub-heading and its contents entry look like."""
    return MIN_HEADLINE_WORDS <= d.words <= MAX_HEADLINE_WORDS and not d.is_meta_like and not is_prose(d)


def _contents_entries(drafts: list[Draft]) -> list[int]:
    """The lines of a table of contents: a few short lines in a row, each said again further down, and at least
    MIN_CONTENTS_ENTRIES of them said again as a sub-heading over prose (within MAX_CONTENTS_HEAD_GAP blocks).

    A contents box between the lead and the body ("In this article: …") would cost a short line per entry
    and cut the lead off; a site's menu repeated in its footer is not followed by prose there. A sub-heading may
    stand over its picture's lines before its prose, and a section may have no prose at all (a list cut short):
    its entry still belongs to the box.
    """
    maybe = [_may_be_contents_entry(d) for d in drafts]
    copies = Counter(d.text for d, entry in zip(drafts, maybe, strict=True) if entry)
    later: set[str] = set()  # short lines said again further down
    over_prose: set[str] = set()  # ... of which one stands over prose there
    entries: list[int] = []
    group: list[int] = []
    for i in range(len(drafts) - 2, -1, -1):
        d = drafts[i]
        if maybe[i] and d.role is Roles.OTHER and copies[d.text] >= 2:
            if d.text in later:
                group.append(i)
                continue
            later.add(d.text)
            if is_prose(drafts[i + 1]) or any(is_prose(x) for x in drafts[i + 2:i + 1 + MAX_CONTENTS_HEAD_GAP]):
                over_prose.add(d.text)
        if group:
            if len(group) >= MIN_CONTENTS_ENTRIES \
                    and sum(drafts[k].text in over_prose for k in group) >= MIN_CONTENTS_ENTRIES:
                entries += group
            group = []
    return entries


def _lead_ins(drafts: list[Draft]) -> list[int]:
    """The short lines that lead into what the story shows below them: a few words ending with a colon ("The
    recipe has three steps:", "Here is the code:") over a block that is no chrome. A share bar's prompt ("Share
    this article:") stands over its buttons, which are chrome; a data sheet's field names ("Origin:") are shorter."""
    return [i for i, d in enumerate(drafts[:-1]) if d.role is Roles.OTHER and d.words >= MIN_LEAD_IN_WORDS
            and introduces_what_follows(d.text) and not is_prose(d) and drafts[i + 1].role is not Roles.CHROME]


def _lists_between_paragraphs(drafts: list[Draft]) -> list[int]:
    """The short lines of a list between two paragraphs, which a dump without bullets shows as bare short lines.

    The lines are plain (no chrome, label, card, date, byline, caption, credit or clock time), none is said anywhere
    else on the page (a feed, a menu or a comment form between two paragraphs repeats its toggles, sections and
    sources: "Save", "More like this"; a story's list does not), and the story goes on below them: a long
    paragraph, or one followed by more prose (a comment box's one-line notice between its buttons is not), that
    is no card's summary cut short.
    """
    items: list[int] = []
    run: list[int] = []
    above = False  # the block before the current run of short lines is prose
    said: Counter[str] | None = None  # what each line says, counted at the first run that may be a list
    for i, d in enumerate(drafts):
        plain = d.role is Roles.OTHER and not d.is_meta_like and not d.opens_comments and not d.inline \
            and not d.is_caption_like and not _is_credit(d) and not _is_stamped(d)
        if plain and is_prose(d):
            goes_on = d.words >= MIN_LONG_WORDS or (i + 1 < len(drafts) and is_prose(drafts[i + 1]))
            if above and MIN_LIST_LINES <= len(run) <= MAX_LIST_LINES and goes_on and not ends_with_ellipsis(d.text):
                if said is None:
                    said = Counter(_said(x) for x in drafts)
                if all(said[_said(drafts[k])] == 1 for k in run):
                    items += run
            above, run = True, []
        elif plain and above:
            run.append(i)
        else:
            above, run = False, []
    return items


def _is_credit(d: Draft) -> bool:
    """A photo's credit heads a card as often as it sits in a story ("Symbolbild: …, ©Name — Agency")."""
    return d.is_credit_like or "©" in d.text


def _is_stamped(d: Draft) -> bool:
    """A line holding a clock time: a feed entry's or a comment's stamp ("Updated 9:41 AM", "13:18 …")."""
    return ":" in d.text and _CLOCK_TIME.search(d.text) is not None


def _said(d: Draft) -> str:
    """What a line says, as a key to find it said again ("Defending our rights" / "Defending Our Rights")."""
    return fold_spaces(d.text.casefold())


def _discount_comments(drafts: list[Draft], scores: list[float]) -> None:
    """Prose after a comment-section opener ("Comments", "Leave a reply") is readers', not the article's.

    Only an opener that closes a run of real prose counts: a "Write a comment" button in the share bar
    above the story does not discount the story, even below a newsletter box that reads like prose.
    """
    seen = 0.0
    run = 0.0  # the best run ending at the block before (``best_run``'s running total)
    discount = False
    for i, d in enumerate(drafts):
        if d.opens_comments and seen >= MIN_ARTICLE_SCORE and run >= MIN_SHORT_ARTICLE_SCORE:
            discount = True
        elif d.verdict.fact is Facts.SECTION_LABEL and not d.inline:
            discount = False
        if scores[i] > 0:
            if discount:
                scores[i] *= COMMENTS_WEIGHT
            else:
                seen += scores[i]
        run = max(run, 0.0) + scores[i]


def _card_pairs(drafts: list[Draft], label: int) -> list[int]:
    """The blocks after a section label that are headline / summary pairs, as long as the pairs go on:
    a headline (no sentence end) then a longer block, the picture captions or summaries of teaser cards
    ("Editors' picks" with a caption under each headline). A story's paragraphs end their sentences."""
    taken: list[int] = []
    pending: Draft | None = None  # the headline waiting for its summary
    for d in drafts[label + 1:]:
        if d.verdict.fact is Facts.SECTION_LABEL:
            break  # the next zone
        if d.role is Roles.CHROME:
            continue  # an image marker or a share button inside a card
        if pending is None:
            if d.role is not Roles.OTHER or not d.is_headline_like:
                break
            pending = d
        elif d.role is Roles.OTHER and is_longer_summary(pending, d) and not d.is_headline_like:
            taken += (pending.index, d.index)
            pending = None
        else:
            break
    return taken if len(taken) >= 2 * MIN_CARD_PAIRS else []


def _discount_card_pairs(drafts: list[Draft], scores: list[float]) -> None:
    """Headline / summary pairs under a section label are cards: their summaries earn nothing toward the
    article run (a box of captioned cards after the story must not outweigh a short story)."""
    for label in (d.index for d in drafts if d.verdict.fact is Facts.SECTION_LABEL and not d.inline):
        for i in _card_pairs(drafts, label):
            scores[i] = min(scores[i], -CHROME_COST)


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
    scores = [
        # plain chrome (most blocks of most pages) scores without a call
        (-TOGGLE_COST if d.is_toggle else -CHROME_COST)
        if d.role is Roles.CHROME and not d.inline and not d.opens_comments and d.verdict.fact is not label
        else block_score(d, i / n, short_cost)
        for i, d in enumerate(drafts)
    ]
    for i in _contents_entries(drafts):
        scores[i] = max(scores[i], -CHROME_COST)
    if ctx.kind is not Inputs.HTML and not ctx.fragmented:
        # a line-per-block dump; in a fragmented one short lines are cheap already (pieces of sentences, links),
        # and HTML tells lists by their markup
        for i in _lists_between_paragraphs(drafts) + _lead_ins(drafts):
            scores[i] = max(scores[i], -CHROME_COST)
    _discount_comments(drafts, scores)
    _discount_card_pairs(drafts, scores)
    start, end, total = _first_of_best_runs(scores)
    headed = story_run(drafts, scores, (start, end, total), MIN_SHORT_ARTICLE_SCORE, is_prose) \
        if ctx.kind is not Inputs.HTML else _above_comments(drafts, scores, start)
    if headed is not None:
        start, end, total = headed
    prose = sum(s for s in scores if s > 0)
    # a run under the story's head is the story however short; else a short run must hold most of the prose
    short_page = total >= MIN_SHORT_ARTICLE_SCORE and (headed is not None or total >= MIN_SHORT_ARTICLE_SHARE * prose)
    if start < 0 or (total < MIN_ARTICLE_SCORE and not short_page):
        if _take_whole_page(drafts, ctx):
            return
        if total < MIN_SHORT_ARTICLE_SCORE or not _is_main_content(drafts, scores, start, end):
            # the last resort of a dump that holds running text (``rules.page_prose``)
            if ctx.kind is not Inputs.HTML and take_best_run(drafts, ctx, (start, end), TAIL_START,
                                                             (is_prose, _reads_as_text)):
                return
            ctx.notes.append("no-article: no run of prose long enough to be an article")
            return
    end = _before_closing_note(drafts, start, end)
    end = _above_tail_list(drafts, scores, start, end, ctx)
    if ctx.kind is not Inputs.HTML:
        end = _over_data_rows(drafts, end)
    if ctx.kind is Inputs.HTML:
        start, end = _trim_to_article_element(drafts, scores, start, end)
        start = _trim_to_headline_element(drafts, start, end)
        start, end = _trim_to_main_content(drafts, scores, start, end)
        end = _before_pointer_tail(drafts, start, end, page_site(drafts, ctx))
        end = _above_lone_tail_box(drafts, scores, start, end)
        end = _within_prose_box(drafts, scores, start, end)
        end = _above_record_run(drafts, scores, start, end, page_site(drafts, ctx))
    ctx.article_start, ctx.article_end = start, end
    detail = "the run under the story's head (headline, byline or date, prose)" if headed is not None else ""
    for d in drafts[start:end + 1]:
        if d.role is Roles.OTHER:
            d.decide(Roles.ARTICLE, "article.body", detail)


#: A table the story prints as lines after its last paragraph (tour dates, a league's qualified teams) has at least
#: this many rows in a row, ...
MIN_DATA_ROWS = 5
#: ... every one holding the same one of these marks between its fields, spaced as a separator is ("June 9 -- Arena,
#: City", "Spain (Group F): 11th appearance", "June 9 – City @ Arena"; a hyphen inside a word, "e-Tron", is none); a
#: list of other stories' headlines or a menu shares none of them.
_FIELD_MARKS = (" - ", " -- ", " – ", " — ", ": ", " @ ", " | ", " (")


def _over_data_rows(drafts: list[Draft], end: int) -> int:
    """Text dumps: the run's end past the rows of a table the story prints after its last paragraph (under a short
    heading or lead-in line with no such mark, or none): MIN_DATA_ROWS or more short lines, no prose, every one with
    the same mark between its fields (``_FIELD_MARKS``). Each row costs a short line, and nothing of the story
    follows to pay for them: the run stopped above the table. Its rows are the story's data, not the page's."""
    if not is_prose(drafts[end]) or drafts[end].role is not Roles.OTHER:
        return end
    at = end + 1
    if at < len(drafts) and drafts[at].role is Roles.OTHER and not is_prose(drafts[at]) \
            and not any(mark in drafts[at].text for mark in _FIELD_MARKS):
        at += 1  # the table's heading ("Tour dates") or the line leading into it
    marks: tuple[str, ...] = _FIELD_MARKS
    table: list[Draft] = []
    for d in drafts[at:]:  # the rows while they go on sharing a mark
        if d.role is not Roles.OTHER or d.words < MIN_HEADLINE_WORDS or is_prose(d):
            break
        held = tuple(mark for mark in marks if mark in d.text)
        if not held:
            break
        marks = held
        table.append(d)
    if len(table) < MIN_DATA_ROWS:
        return end
    return table[-1].index


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
    if total < MIN_SHORT_ARTICLE_SCORE or not any(d.kind is Kinds.PARAGRAPH and is_prose(d)
                                                  for d in drafts[first:last + 1]):
        return None
    return first, last, total


def _before_closing_note(drafts: list[Draft], start: int, end: int) -> int:
    """The run's end above a closing note of the page's own: the few short lines the run holds after its last chrome
    phrase, when the story above it is much longer (MAX_CLOSING_NOTE_CHARS, MIN_CLOSING_NOTE_BODY_RATIO); in a dump
    or in HTML alike ("Subscribe now" and an app's pitch below the story's element's last paragraph). A story's own
    last paragraph after an "Advertisement" line is longer, or is one of several."""
    last = next((i for i in range(end - 1, start, -1) if _is_worded_chrome(drafts[i])), None)
    if last is None:
        return end
    note = sum(d.chars for d in drafts[last + 1:end + 1] if d.role is Roles.OTHER)
    body = sum(d.chars for d in drafts[start:last] if d.role is Roles.OTHER and is_prose(d))
    if note > MAX_CLOSING_NOTE_CHARS or body < MIN_CLOSING_NOTE_BODY_RATIO * note:
        return end
    return last - 1


def _above_tail_list(drafts: list[Draft], scores: list[float], start: int, end: int, ctx: Context) -> int:
    """Text dumps: the run's end above a list of bare story headlines at the story's tail (``ctx.headline_lists``,
    from ``rules.headline_lists.find_headline_lists``).

    Such a list announces other stories as a section label does ("More Great Stories", a label no lexicon knows),
    and the author's bio and the site's footer paragraph below it kept it inside the run: the run goes on past it
    only when the prose after it outweighs a section label (SECTION_LABEL_COST) or the story's prose above it. The
    story's own lists stay: one a line ending with a colon introduces ("Results:"), one the story's paragraphs go on
    below (``_paragraphs_go_on``), one that does not follow a long paragraph (``_long_paragraph_above``: a
    changelog's entries under a one-line intro, more of the story's list items above it, a paragraph wrapped into
    short lines). The run then ends right above the list, past any chrome there; ``ctx.tail_list`` notes the list's
    first headline, for ``rules.headline_lists`` to claim the list.
    """
    for first, last in ctx.headline_lists:
        if not start < first <= end or introduces_what_follows(drafts[first - 1].text) \
                or not _long_paragraph_above(drafts, start, first):
            continue
        if _story_goes_on_past(drafts, scores, (start, first, last, end), SECTION_LABEL_COST):
            continue
        ctx.tail_list = first
        return _end_above(drafts, start, first)
    return end


def _story_goes_on_past(drafts: list[Draft], scores: list[float], bounds: tuple[int, int, int, int],
                        most_after: float = float("inf")) -> bool:
    """The run (``start``..``end``) goes on past blocks ``first``..``last`` that announce other stories: the prose
    after them outweighs the story's above them (or ``most_after``, what a section label costs), or the story's
    paragraphs go on right below them (``_paragraphs_go_on``)."""
    start, first, last, end = bounds
    after = sum((s for s in scores[last + 1:end + 1] if s > 0), 0.0)  # 0.0: a float even when empty (mypyc)
    before = sum((s for s in scores[start:first] if s > 0), 0.0)
    return after >= most_after or after >= before or _paragraphs_go_on(drafts, last, end)


def _end_above(drafts: list[Draft], start: int, first: int) -> int:
    """The run's new end right above block ``first``, past any chrome there (never above ``start``)."""
    return next(i for i in range(first - 1, start - 1, -1) if drafts[i].role is not Roles.CHROME or i == start)


#: The story goes on below a list when its next this many blocks (chrome aside) are all prose: a page's tail after a
#: box of other stories holds lone paragraphs between short lines (an author's bio, a footer's blurb). Not swept;
#: without this test a lynx tf:a page's legend list, two notes below it, became cards (teaser P .759 -> .743).
MIN_PARAGRAPHS_GOING_ON = 2


def _paragraphs_go_on(drafts: list[Draft], last: int, end: int) -> bool:
    """The run's next MIN_PARAGRAPHS_GOING_ON blocks below block ``last``, chrome aside, are all prose."""
    below = [d for d in drafts[last + 1:end + 1] if d.role is not Roles.CHROME][:MIN_PARAGRAPHS_GOING_ON]
    return len(below) == MIN_PARAGRAPHS_GOING_ON and all(is_prose(d) for d in below)


def _long_paragraph_above(drafts: list[Draft], start: int, first: int) -> bool:
    """A long paragraph (MIN_LONG_WORDS) stands right above block ``first``, past chrome and at most
    MAX_TAIL_LIST_LABEL_LINES short lines that are no prose: the list follows the story's prose, not more of the
    story's list items or a short paragraph leading into it."""
    short = 0
    for d in reversed(drafts[start:first]):
        if d.role is Roles.CHROME:
            continue
        if d.words >= MIN_LONG_WORDS:
            return True
        if is_prose(d):
            return False  # a short paragraph of the story's own: the list is one inside the story
        short += 1
        if short > MAX_TAIL_LIST_LABEL_LINES:
            return False
    return False


def _is_worded_chrome(d: Draft) -> bool:
    """A chrome phrase in words ("Subscribe now", "About us"), no rule line or stray quote mark (a post's edit
    below a rule line, a quote's closing mark, go on with the story)."""
    if d.dom is not None and _is_credit(d):
        return False  # a photo's credit above the last paragraph (HTML)
    return d.role is Roles.CHROME and d.is_chrome_phrase and not d.inline and any(map(str.isalpha, d.text))


def _is_main_content(drafts: list[Draft], scores: list[float], start: int, end: int) -> bool:
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


def _trim_to_headline_element(drafts: list[Draft], start: int, end: int) -> int:
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


def _trim_to_article_element(drafts: list[Draft], scores: list[float], start: int, end: int) -> tuple[int, int]:
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


def _trim_to_main_content(drafts: list[Draft], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Cut the run's tail after the last block of the main content container when teaser cards follow it: the run
    spilled past a card box into a neighbouring feed, a sidebar or a column of offers (HTML only). However much
    prose lies past the cards (once, the container had to hold 0.8 of the run's: names probe, an author's box and a
    column of card offers past the cards kept the run going; no dev page needs the share)."""
    main = [i for i in range(start, end + 1) if (dom := drafts[i].dom) is not None
            and dom.in_main_content and scores[i] > 0]
    if not main:
        return start, end
    # only past a box of teaser cards: without one, the container may just be too narrow
    if not any(d.dom is not None and d.dom.card_item is not None for d in drafts[main[-1] + 1:end + 1]):
        return start, end
    return start, main[-1]


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


def _prose_box(drafts: list[Draft], prose: list[int]) -> str | None:
    """The path of the innermost element holding every one of the ``prose`` blocks (None when a path is shortened
    or they share no element below the page)."""
    parents = []  # each block's parent and its ancestors
    for i in prose:
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


def _within_prose_box(drafts: list[Draft], scores: list[float], start: int, end: int) -> int:
    """HTML: the run's end at its last block inside the element holding all of its prose, past the last paragraph:
    the short lines after the story in another box (a share prompt, "No comments yet, write one", a paywall's
    "Log in to read on", an author's line) are the page's, whatever their words; a story's own closing lines (a
    sign-off, a source line, a list) sit in its box. Evidence from the DOM alone: no class name or lexicon."""
    prose = [i for i in range(start, end + 1) if scores[i] > 0 and is_prose(drafts[i])]
    if not prose or prose[-1] == end:
        return end
    box = _prose_box(drafts, prose)
    if box is None:
        return end
    inside = box + "/"
    for i in range(prose[-1] + 1, end + 1):
        dom = drafts[i].dom
        if dom is not None and not dom.path.startswith(inside):
            return i - 1
    return end


#: A lone paragraph after the story's text column (``_above_lone_tail_box``) is a box of the page's when it holds at
#: most this share of the column's prose. Dev: the authors' bios and site blurbs that ended runs hold 0.02-0.15 of
#: the column; a fact box the story goes on into (kept by the tf truth) 0.23. Swept 0.15 / 0.25 / 0.4: above 0.23 that
#: page's box left the story (tf:b -0.0009), nothing else moved.
MAX_TAIL_BOX_SHARE = 0.2
#: The story's text column is an element holding at least this many of the run's paragraphs as its children (one
#: paragraph per box is a story drawn in sections, with no column to tell its own box by).
MIN_COLUMN_PARAGRAPHS = 2


def _above_lone_tail_box(drafts: list[Draft], scores: list[float], start: int, end: int) -> int:
    """HTML: the run's end above a lone paragraph after the story's text column (the element whose own paragraphs,
    two or more, hold most of the run's prose), outside the element holding that column and drawn in another shape
    than the column's paragraphs (a story's next section repeats its sections' markup): one box of the page's after
    the story (an author's bio under its heading, a site's blurb), not a run of the story's sections. No class name
    or lexicon."""
    prose = [i for i in range(start, end + 1) if scores[i] > 0 and is_prose(drafts[i])]
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


def _before_pointer_tail(drafts: list[Draft], start: int, end: int, site: str | None) -> int:
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


#: Records after the story (``_above_record_run``): at least this many in a row, as a run of story records
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
    for depth in range(len(first) - 1, 0, -1):
        container = first[:depth]
        records: list[list[int]] = []
        at = None
        for i in shown:
            segs = paths[i]
            if segs is None or len(segs) <= depth or segs[:depth] != container:
                break
            if segs[depth] != at:
                at = segs[depth]
                records.append([])
            records[-1].append(i)
        if len(records) < MIN_TAIL_RECORDS:
            continue
        # each record's blocks: their kinds and their paths from the record's element down, without sibling numbers
        shape = [(drafts[i].kind, _bare((paths[i] or [])[depth:])) for i in records[0]]
        if any([(drafts[i].kind, _bare((paths[i] or [])[depth:])) for i in record] != shape for record in records[1:]):
            continue  # (compared record by record: most runs differ at the second)
        if len(records[0]) == 1:
            ones = [drafts[r[0]] for r in records]
            if all(d.kind is not Kinds.PARAGRAPH and d.words < MIN_LONG_WORDS and d.dom is not None and d.dom.hrefs
                   and all(site_of(href) in (None, site) for href in d.dom.hrefs) for d in ones):
                return records[-1][-1]
        elif any(len({_said(drafts[r[k]]) for r in records}) == 1 for k in range(len(records[0]))):
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


def _above_record_run(drafts: list[Draft], scores: list[float], start: int, end: int, site: str | None) -> int:
    """HTML: the run's end above a heading (or a line standing as one) that opens a run of repeated records after the
    story (``_records_below``: a list of other stories' headlines, quotes with their share buttons, promo or author
    boxes under "You may also like"): records announce other pages, as a section label does, whatever words the
    heading says. The heading follows a long paragraph of the story; the run goes on past the records when the prose
    after them outweighs the story above, the story's paragraphs go on below them (``_paragraphs_go_on``), or a
    heading as high as this one opens another section below them (the story's "See also" list before its
    references). A line ending with a colon leads into a list of the story's own. No class name or lexicon."""
    seen_long = False
    paths: dict[int, list[str] | None] = {}
    for h in range(start, end + 1):
        d = drafts[h]
        if d.role is Roles.OTHER and d.words >= MIN_LONG_WORDS:
            seen_long = True
            continue
        if not seen_long or d.role is not Roles.OTHER or is_prose(d) or d.dom is None \
                or d.kind not in (Kinds.HEADING, Kinds.LINE) or introduces_what_follows(d.text):
            continue
        last = _records_below(drafts, h, end, site, paths)
        if last is None:
            continue
        if any(_as_high(x, d) for x in drafts[last + 1:end + 1]):
            continue  # another section of the story's own, under a heading like this one
        if _story_goes_on_past(drafts, scores, (start, h, last, end)):
            continue
        return _end_above(drafts, start, h)
    return end
