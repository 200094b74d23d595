"""What each block is worth to the article run (``rules.article``), on its own and as its neighbours revise it.

First each block is scored from its own features (``block_score``): prose earns its length, short lines and chrome
cost a little, section labels and card toggles cost a lot (they announce other stories). Then the page around a block
revises its score: a table of contents' entries (``contents_entries``) and the lines a sentence leads into
(``shown_after_lead_ins``) cost nothing, a dump's list between two paragraphs (``lists_between_paragraphs``) and
the lines leading into what follows (``lead_ins``) no more than chrome; prose
after a comment-section opener (``discount_comments``) and the summaries of headline / summary card pairs under a
section label (``discount_card_pairs``) earn little or nothing. ``Draft.prose`` (``features.is_prose``) is
the test of prose other rules read too.
"""

from __future__ import annotations

from collections import Counter

import regex

from pagesplit.draft import Draft, Facts
from pagesplit.features import LOW_STOPWORD_RATIO as LOW_STOPWORD_RATIO  # read from here by other rules
from pagesplit.features import MAX_HEADLINE_WORDS, MIN_HEADLINE_WORDS, ends_with_ellipsis, introduces_what_follows
from pagesplit.features import MIN_LONG_WORDS as MIN_LONG_WORDS  # read from here by other rules
from pagesplit.features import MIN_PROSE_WORDS as MIN_PROSE_WORDS
from pagesplit.lexicon.lookup_form import fold_spaces
from pagesplit.members import Kinds, Roles
from pagesplit.rules.card_pairs import is_longer_summary
from pagesplit.rules.form_fields import fills_in, holds_form_field
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
#: What prose counts for when fewer than LOW_STOPWORD_RATIO of its words are stopwords (lists of names, keyword
#: clouds; the ratio is defined in ``features``, which counts the stopwords).
LOW_STOPWORD_WEIGHT = 0.4
#: A block is prose when it has at least MIN_PROSE_WORDS words and ends a sentence, or MIN_LONG_WORDS words (defined
#: in ``features``, which works out a block's stopword ratio only when it may be prose: ``block_score`` reads it
#: for prose alone).
#: Prose after a comment-section opener counts this much (comments are prose, but not the article).
COMMENTS_WEIGHT = 0.15
#: Paragraphs of prose that run on, this many in a row, right below a comment opener are more of the story (the
#: opener a genre label, a box about a person, a line of code, a share bar's button under the lead). Dev dumps (all
#: four styles), the longest such stretch below an opener: 0-6 paragraphs under every one whose discount took no
#: story text, 1-14 under those that took some (7 or more on 3-5 pages a style). Swept in session 24 (w3m): 5, 6,
#: 8 and 10 change no dev page, the rule off costs tf:b -0.0017; 7 sits in the middle of the flat region.
MIN_STORY_STREAK = 7
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


#: A line leading into what follows has at least this many words (``lead_ins``). Dev dumps: at 1 a wine shop's
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
#: such lines are a box's label or a link, not a list). The longest list the dev dumps gain, a how-to's steps, has
#: 11 lines. Swept in session 24 (innerText): MIN 2 lifts one tf:a page (one site), 4 costs two pages (rd:b, tf:a);
#: MAX 9 costs rd:a -0.015 (two pages), 16 costs one tf:b page; 3 and 12 hold.
MIN_LIST_LINES = 3
MAX_LIST_LINES = 12

#: A contents entry's outline number ("3.", "3.7.1 "), and a sub-heading's permalink mark after its words
#: ("History[edit]", "Setting up¶", "Usage #"), left out of what the two say (``_contents_key``).
_OUTLINE_NUMBER = timed(regex.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+"), "article.outline-number")
_PERMALINK_ENDS = "]¶§#"  # (the last characters of the marks)
#: (the spaces before a mark are matched from the first of their run only: tried from each space of a long run,
#: the search would take time quadratic in its length)
_PERMALINK_MARK = timed(regex.compile(r"(?<!\s)\s*+(?:\[[^\[\]]{1,40}\]|[¶§#])$"), "article.permalink-mark")

#: A clock time ("9:41 AM", "13:18") among the short lines between two paragraphs stamps a feed's entries or a
#: live blog's, not a story's list (dev dumps: feeds and comment boxes between two stories' paragraphs).
_CLOCK_TIME = timed(regex.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"), "article.clock-time")

#: The counts in a comment opener ("Comments (5 posted)", "12 thoughts on …"), left out of what it says
#: (``opener_key``): each story of a page of several prints its own opener, with its own count.
_COUNT = timed(regex.compile(r"\d+"), "article.opener-count")


#: A dump's paragraph with at least this share of its text inside links (``Draft.link_share``) is links alone: what
#: is not link text is the spaces and punctuation between them ("[One story](…), [another](…)"). In a
#: converter's markdown probe dumps of the dev pages, paragraphs at or above it were 45 taken into the article that
#: gold leaves out (9 pages) against 5 of gold's story; at 0.5 and up, 105 against 11, and an article weighted by
#: its whole link share lost stories whose prose cites many pages (references, wiki paragraphs). Swept in session 24:
#: 0.9 and 0.98 change no page of the pandoc probe or (0.9) of innerText dev.
WHOLE_LINK_SHARE = 0.95


def reads_as_text(d: Draft) -> bool:
    """Prose with the stopwords of running text, no list of names or keyword cloud (LOW_STOPWORD_RATIO): what the
    last resort of a dump with no article run trusts as its story (``rules.page_prose``)."""
    return d.prose and d.stopword_ratio >= LOW_STOPWORD_RATIO


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
    if not d.prose:
        if d.dom is not None and d.dom.in_main_content and d.link_density < MAX_DOM_SHORT_LINKS:
            # a short paragraph, a line of dialogue, a sub-heading inside the page's main content
            return d.chars * DOM_SHORT_WEIGHT * d.dom.content_score
        if d.kind is Kinds.LIST_ITEM and d.words >= MIN_LIST_ITEM_WORDS and d.nested < MIN_MENU_TREE_DEPTH:
            # in HTML outside the main content, and in a dump that marks its links, what of it is link text points
            # elsewhere: a list of other pages' titles beside the story is no story's list (a dump's share read as
            # a field: the property costs a call per item)
            dom = d.dom
            linked = d.link_share if dom is None else 0.0 if dom.in_main_content else d.link_density
            return d.chars * LIST_ITEM_WEIGHT * (1.0 - linked)
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
    elif d.link_share >= WHOLE_LINK_SHARE:
        return 0.0  # a dump's paragraph that is one link, or links alone: a card's text, no story's prose
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



def _contents_keys(drafts: list[Draft]) -> list[str | None]:
    """Each block's ``_contents_key``, read without a call for a line with neither an outline number nor a
    permalink mark (most lines of a page), by comparisons and no method call (this runs on every page): a text
    that opens with an ASCII character opens with a digit when it sorts from "0" to "9"."""
    return [None if d.words > MAX_HEADLINE_WORDS or d.prose
            else _contents_key(d) if "0" <= (text := d.text) < ":" or (text >= "\x80" and text[:1].isdigit())
            or (text and text[-1] in _PERMALINK_ENDS)
            else text if d.words >= MIN_HEADLINE_WORDS and text and not d.is_meta_like
            else None
            for d in drafts]


def _contents_key(d: Draft) -> str | None:
    """What a sub-heading and its contents entry both say: a short line, no date or byline, of a few words; an
    entry's outline number ("3.1 Setting up") and a heading's permalink mark after it ("Setting up[edit]",
    "Setting up¶") left out, which let a one-word section ("2 History" / "History[edit]") be read too, and an
    entry numbered like a count ("2 Values") with it. None for a line that can be neither. (``_contents_keys``, its
    one caller, has already passed over long lines and prose.)"""
    text = d.text
    key = _OUTLINE_NUMBER.sub("", text, 1) if text[:1].isdigit() else text
    if key == text and d.is_meta_like:
        return None  # a date or byline ("2 Comments", "3 hours ago" only when no outline number opens them)
    if key and key[-1] in _PERMALINK_ENDS:
        key = _PERMALINK_MARK.sub("", key, 1)
    if not key or (key == text and d.words < MIN_HEADLINE_WORDS):
        return None  # a lone word said twice, with neither device, is a menu's as often
    return key


def contents_entries(drafts: list[Draft]) -> list[int]:
    """The lines of a table of contents: a few short lines in a row, each said again further down, and at least
    MIN_CONTENTS_ENTRIES of them said again as a sub-heading over prose (within MAX_CONTENTS_HEAD_GAP blocks).

    A contents box between the lead and the body ("In this article: …") would cost a short line per entry
    and cut the lead off (its entries cost nothing in ``rules.article``: a wiki's box runs to 30 and more); a
    site's menu repeated in its footer is not followed by prose there. A sub-heading may
    stand over its picture's lines before its prose, and a section may have no prose at all (a list cut short):
    its entry still belongs to the box.
    """
    keys = _contents_keys(drafts)
    copies = Counter(filter(None, keys))  # (no key is empty)
    # a line said n times is an entry at most n - 1 times (its last copy is the sub-heading): too few copies on the
    # page for a box, and no line needs a look (most pages)
    if sum(copies.values()) - len(copies) < MIN_CONTENTS_ENTRIES:
        return []
    repeated = {key for key, n in copies.items() if n >= 2}
    later: set[str | None] = set()  # short lines said again further down
    over_prose: set[str | None] = set()  # ... of which one stands over prose there
    entries: list[int] = []
    group: list[int] = []

    def close_group() -> None:
        if len(group) >= MIN_CONTENTS_ENTRIES and sum(keys[k] in over_prose for k in group) >= MIN_CONTENTS_ENTRIES:
            entries.extend(group)
        group.clear()

    # only the lines said again are read, from the bottom up; any other line between two of them ends a group
    last = len(drafts) - 1
    for i in [k for k, key in enumerate(keys[:-1]) if key in repeated and drafts[k].role is Roles.OTHER][::-1]:
        if i < last - 1 and group:
            close_group()
        last = i
        key = keys[i]
        if key in later:
            group.append(i)
            continue
        later.add(key)
        if drafts[i + 1].prose or any(x.prose for x in drafts[i + 2:i + 1 + MAX_CONTENTS_HEAD_GAP]):
            over_prose.add(key)
        if group:
            close_group()
    if last > 0 and group:
        close_group()  # a line above the topmost ends its group
    return entries


def colon_lines(drafts: list[Draft]) -> list[int]:
    """The blocks but the last, of no decided role, whose text ends with a colon (``introduces_what_follows``):
    the lines ``lead_ins`` and ``shown_after_lead_ins`` start from, found in one pass for both (the test for a colon
    anywhere in the text first: it makes no call)."""
    return [i for i, d in enumerate(drafts[:-1])
            if ":" in d.text and d.role is Roles.OTHER and introduces_what_follows(d.text)]


def lead_ins(drafts: list[Draft], colons: list[int]) -> list[int]:
    """The short lines that lead into what the story shows below them: a few words ending with a colon ("The
    recipe has three steps:", "Here is the code:") over a block that is no chrome. A share bar's prompt ("Share
    this article:") stands over its buttons, which are chrome; a data sheet's field names ("Origin:") are shorter.
    ``colons``: ``colon_lines(drafts)``, found once for this and ``shown_after_lead_ins``."""
    return [i for i in colons
            if drafts[i].words >= MIN_LEAD_IN_WORDS and not drafts[i].prose
            and drafts[i + 1].role is not Roles.CHROME]


#: Chrome that says nothing in words: a picture's marker or a line of symbols ("[...]", "|/") among a how-to's lines.
_UNWORDED_CHROME = frozenset({"chrome.symbols", "chrome.image"})


def shown_after_lead_ins(drafts: list[Draft], colons: list[int]) -> list[int]:
    """The lines a sentence leads into, up to the story's next paragraph: a how-to's code ("So we clone it
    again:" over shell commands and their output), a table's rows, which a dump prints as bare short lines.

    A sentence (MIN_PROSE_WORDS or more words) ending with a colon announces what follows as the story's own; a
    label ending with one ("Read more:", "Share this article:") is shorter, and a comment's header ("Jo on May 2
    at 4:47 pm said:") is a byline. What it announces goes on through further such sentences (the next listing)
    up to a paragraph the story goes on with: one followed by more of the story's prose (a closing note or a
    disclosure after the story's last list stands alone, or over a cookie notice). A paragraph followed by more
    such lines is a turn of a how-to that alternates prose and code: the reading goes on through them, and the
    lines count when a later paragraph is one the story goes on with. The lines are not known to be
    the story's when that paragraph is none such, when the first of them is chrome (the sentence announced what
    the dump does not show: a video's player), or when one is a label, a toggle, a card, a chrome phrase in words
    ("Subscribe"; a picture's marker or "[...]" goes on), a comments opener, a form's field, a date or byline.
    Their number is no test (code repeats its lines, a table runs long), unlike a bare list's
    (``lists_between_paragraphs``). ``colons``: ``colon_lines(drafts)``, found once for this and ``lead_ins``."""
    items: list[int] = []
    read_to = 0  # the lines up to here were read with a sentence above them
    for at in colons:
        if at < read_to:
            continue
        d = drafts[at]
        i = at + 1
        if not _says_more(d) or d.is_meta_like or is_stamped(d):
            continue  # "Jo on May 2, 2018 at 4:47 pm said:" heads a comment
        if drafts[i].role is Roles.CHROME:
            continue  # what it leads into is not in the dump (a video's player), as for ``lead_ins``
        shown: list[int] = []
        for j in range(i, len(drafts)):
            x = drafts[j]
            if x.role is Roles.OTHER and x.prose and not introduces_what_follows(x.text):
                if ends_with_ellipsis(x.text) or j + 1 >= len(drafts) or drafts[j + 1].role is not Roles.OTHER:
                    break
                if _says_more(drafts[j + 1]):
                    items += shown
                    break
                if any(holds_form_field(drafts[k].text) for k in shown):
                    break  # a form's fields (a comment form's, its checkbox "[ ] Tick this box …") are no how-to's
                # more such lines under it: a how-to goes on in turns of prose and code, and the lines are the
                # story's when a later turn closes on a paragraph the story goes on with (read on with its tests)
            if x.is_meta_like or x.opens_comments or x.inline or x.is_toggle or fills_in(x.text) \
                    or (x.is_chrome_phrase and x.chrome_rule not in _UNWORDED_CHROME) \
                    or x.verdict.fact is Facts.SECTION_LABEL or x.role not in (Roles.OTHER, Roles.CHROME):
                break
            if x.role is Roles.OTHER and not x.prose:  # (a paragraph scores its length already)
                shown.append(j)
        read_to = j  # a further lead-in inside these lines was read with them
    return items


def _says_more(d: Draft) -> bool:
    """Prose, or a sentence leading into what follows (``shown_after_lead_ins``)."""
    return d.prose or (d.words >= MIN_PROSE_WORDS and introduces_what_follows(d.text))


def lists_between_paragraphs(drafts: list[Draft]) -> list[int]:
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
        if not (above or d.prose):
            above, run = False, []  # (whether it is plain or not: most lines of a page, read without a call)
            continue
        plain = d.role is Roles.OTHER and not d.is_meta_like and not d.opens_comments and not d.inline \
            and not d.is_caption_like and not is_credit(d) and not is_stamped(d)
        if plain and d.prose:
            goes_on = d.words >= MIN_LONG_WORDS or (i + 1 < len(drafts) and drafts[i + 1].prose)
            if above and MIN_LIST_LINES <= len(run) <= MAX_LIST_LINES and goes_on and not ends_with_ellipsis(d.text):
                if said is None:
                    said = Counter(saying(x) for x in drafts)
                if all(said[saying(drafts[k])] == 1 for k in run):
                    items += run
            above, run = True, []
        elif plain and above:
            run.append(i)
        else:
            above, run = False, []
    return items


def is_credit(d: Draft) -> bool:
    """A photo's credit heads a card as often as it sits in a story ("Symbolbild: …, ©Name — Agency")."""
    return d.is_credit_like or "©" in d.text


def is_stamped(d: Draft) -> bool:
    """A line holding a clock time: a feed entry's or a comment's stamp ("Updated 9:41 AM", "13:18 …")."""
    return ":" in d.text and _CLOCK_TIME.search(d.text) is not None


def saying(d: Draft) -> str:
    """What a line says, as a key to find it said again ("Defending our rights" / "Defending Our Rights")."""
    return fold_spaces(d.text.casefold())


def discount_comments(drafts: list[Draft], scores: list[float]) -> None:
    """Prose after a comment-section opener ("Comments", "Leave a reply") is readers', not the article's.

    Only an opener that closes a run of real prose counts: a "Write a comment" button in the share bar
    above the story does not discount the story, even below a newsletter box that reads like prose. Nor does
    an opener said again further down, its counts aside (``opener_key``): a share bar printed above and below
    the story holds the same button twice, each story of a page of several (a weekly edition, a blog's front
    page) closes on its own "Comments (N posted)", and the thread follows the last of them. Nor one under which
    paragraphs of prose run on, one after another with no line between (``_story_runs_on``): readers' posts are
    parted by their names and dates.
    """
    seen = 0.0
    run = 0.0  # the best run ending at the block before (``best_run``'s running total)
    discount = False
    last_said: dict[str, int] = {opener_key(d): d.index for d in drafts if d.opens_comments}
    if not last_said:
        return  # no opener on the page (most pages): nothing is discounted
    for i, d in enumerate(drafts):
        if d.opens_comments and seen >= MIN_ARTICLE_SCORE and run >= MIN_SHORT_ARTICLE_SCORE \
                and last_said[opener_key(d)] == d.index and not _story_runs_on(drafts, scores, i + 1):
            discount = True
        elif d.verdict.fact is Facts.SECTION_LABEL and not d.inline:
            discount = False
        if scores[i] > 0:
            if discount:
                scores[i] *= COMMENTS_WEIGHT
            else:
                seen += scores[i]
        # ``max(run, 0.0)`` as a conditional expression (``max`` is a builtin call that walks its arguments as an
        # iterable, about 1,300 instructions, callgrind; see ``record_reading.without_repeats``)
        run = (0.0 if run < 0.0 else run) + scores[i]


def opener_key(d: Draft) -> str:
    """What a comment opener says, its counts aside: "Comments (5 posted)" and "Comments (74 posted)" say the same."""
    return _COUNT.sub("#", saying(d))


def _story_runs_on(drafts: list[Draft], scores: list[float], after: int) -> bool:
    """Whether the first prose below ``after`` runs on for MIN_STORY_STREAK blocks in a row, no line between:
    readers' comments are parted by their names, dates and reply buttons, a story's paragraphs are not."""
    k = after
    while k < len(scores) and scores[k] <= 0:
        k += 1
    streak = 0
    while k < len(scores) and scores[k] > 0 and drafts[k].prose and not drafts[k].is_meta_like \
            and streak < MIN_STORY_STREAK:
        streak, k = streak + 1, k + 1
    return streak >= MIN_STORY_STREAK


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


def discount_card_pairs(drafts: list[Draft], scores: list[float]) -> None:
    """Headline / summary pairs under a section label are cards: their summaries earn nothing toward the
    article run (a box of captioned cards after the story must not outweigh a short story)."""
    for label in (d.index for d in drafts if d.verdict.fact is Facts.SECTION_LABEL and not d.inline):
        for i in _card_pairs(drafts, label):
            scores[i] = min(scores[i], -CHROME_COST)

