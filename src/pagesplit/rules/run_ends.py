"""Where the article run ends, in a text dump or in HTML alike: the bounds ``rules.article`` sets on its best run.

The run's end moves up above a closing note of the page's own after its last chrome phrase
(``before_closing_note``) and, in a dump, above a list of other stories' headlines at the story's tail
(``above_tail_list``); it moves down past the rows of a table the story prints after its last paragraph
(``over_data_rows``) or, with no such table, past a sentence leading out of that paragraph into what the story shows
below it (``over_closing_lead_in``). ``story_goes_on_past``, ``paragraphs_go_on`` and ``end_above`` are shared with
the HTML bounds (``rules.html_tail_boxes``, ``rules.html_tail_pointers``).
"""

from __future__ import annotations

from collections import Counter

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MIN_HEADLINE_WORDS, MIN_LONG_WORDS, MIN_PROSE_WORDS, introduces_what_follows
from pagesplit.members import Roles
from pagesplit.rules.block_scores import SECTION_LABEL_COST, is_credit, is_stamped, saying
from pagesplit.rules.form_fields import fills_in, ticks

#: Text dumps: a list of other stories' headlines at a story's tail follows its last long paragraph with at most this
#: many short lines between, chrome aside (``_long_paragraph_above``): the list's label, when it does not read as one
#: of the headlines. Dev: at 0 a w3m rd:a page whose list sits under such a label keeps the list in its story
#: (rd:a -0.0007 against 1); most labels seen read as headlines and join their list. Swept 0 / 1 / 2 on the four
#: dumps (session 23): 0 costs that page alone, 2 measures as 1 in every dump; 1 is the least that costs nothing.
MAX_TAIL_LIST_LABEL_LINES = 1

#: Text dumps: what a run holds after its last chrome phrase in words (a newsletter form, "Subscribe now", a menu's
#: "About us") is a closing note of the page's own (an app or a shop advertised, the publisher's line) when it holds
#: at most this many characters (``before_closing_note``). Dev dumps (all corpora, innerText): the tails of at most
#: 250 characters there held no story text; those that were the story's held 300 or more (one or more paragraphs).
#: Swept on tf (all four dumps): 150 keeps a shop's or an author's closing line (tf:a down on innerText and w3m), 400
#: cuts a story's last paragraph after a share bar (tf:b down on w3m, lynx and innerText).
MAX_CLOSING_NOTE_CHARS = 250
#: …and the run's prose above that chrome holds at least this many times as many (a run of a few lines, a stub's,
#: has no note to cut). Swept in session 24 (innerText): 1.5 and 3 change no dev page.
MIN_CLOSING_NOTE_BODY_RATIO = 2.0


#: A table the story prints as lines after its last paragraph (tour dates, a league's qualified teams) has at least
#: this many rows in a row, ...
MIN_DATA_ROWS = 5
#: ... every one holding the same one of these marks between its fields, spaced as a separator is ("June 9 -- Arena,
#: City", "Spain (Group F): 11th appearance", "June 9 – City @ Arena"; a hyphen inside a word, "e-Tron", is none); a
#: list of other stories' headlines or a menu shares none of them.
_FIELD_MARKS = (" - ", " -- ", " – ", " — ", ": ", " @ ", " | ", " (")


def over_data_rows(drafts: list[Draft], end: int) -> int:
    """Text dumps: the run's end past the rows of a table the story prints after its last paragraph (under a short
    heading or lead-in line with no such mark, or none): MIN_DATA_ROWS or more short lines, no prose, every one with
    the same mark between its fields (``_FIELD_MARKS``). Each row costs a short line, and nothing of the story
    follows to pay for them: the run stopped above the table. Its rows are the story's data, not the page's."""
    if not drafts[end].prose or drafts[end].role is not Roles.OTHER:
        return end
    at = end + 1
    if at < len(drafts) and drafts[at].role is Roles.OTHER and not drafts[at].prose \
            and not any(mark in drafts[at].text for mark in _FIELD_MARKS):
        at += 1  # the table's heading ("Tour dates") or the line leading into it
    marks: tuple[str, ...] = _FIELD_MARKS
    table: list[Draft] = []
    for d in drafts[at:]:  # the rows while they go on sharing a mark
        if d.role is not Roles.OTHER or d.words < MIN_HEADLINE_WORDS or d.prose:
            break
        held = tuple(mark for mark in marks if mark in d.text)
        if not held:
            break
        marks = held
        table.append(d)
    if len(table) < MIN_DATA_ROWS:
        return end
    return table[-1].index


def over_closing_lead_in(drafts: list[Draft], end: int) -> int:
    """Text dumps: the run's end past a sentence that leads out of its last paragraph into what the story shows
    below it ("Read the two statements here:", "As usual, the answer is short:"), and past what it shows: a sentence
    of MIN_PROSE_WORDS words or more ending with a colon, right under the run's last paragraph or that paragraph
    itself, announces the short lines under it as the story's (a list of links, code, a poem, a list of places);
    they cost what short lines cost, so the run's sum stopped above them. What it shows ends at the first block that
    has a role already, or at a line of its own ending with a colon (a further label: "Download:"); when a paragraph
    follows the lines, the sentence alone is the story's.
    A label ending with a colon ("Read more:", "Share this:") is shorter, a comment's header ("Jo on May 2 at
    4:47 pm said:") is stamped, and a chrome phrase, a date or byline line or a section label stays out. So does a
    sentence over chrome (what it announced is not in the dump) or over lines one of which the page says again (a
    paywall's "Choose your plan and read on:" over offer boxes that repeat their lines; a story's own list says each
    line once, as ``lists_between_paragraphs`` reads a list)."""
    at = end if _leads_out(drafts, end) else end + 1
    if at >= len(drafts) or not drafts[end].prose or (at > end and not _leads_out(drafts, at)):
        return end
    shown = []
    for x in drafts[at + 1:]:
        if x.role is not Roles.OTHER or x.prose:
            break
        shown.append(saying(x))
    if shown:
        said = Counter(saying(x) for x in drafts)
        if any(said[line] > 1 for line in shown):
            return end
    after = at + 1 + len(shown)
    if after < len(drafts) and drafts[after].role is Roles.OTHER and drafts[after].prose:
        # a paragraph under the lines: the story goes on (``shown_after_lead_ins`` reads such lines), or a form's
        # notice closes them ("Your address will not be shown"); the sentence alone is the story's
        return at
    # what it announces at the story's end is the story's, up to a line that leads into a listing of its own
    # ("Download:")
    return at + next((k for k, line in enumerate(shown) if line.endswith(":")), len(shown))


def _leads_out(drafts: list[Draft], at: int) -> bool:
    """Whether the block at ``at`` is a sentence leading into what follows (``over_closing_lead_in``)."""
    d = drafts[at]
    return not (d.role is not Roles.OTHER or d.words < MIN_PROSE_WORDS or not introduces_what_follows(d.text)
                or d.is_meta_like or d.is_chrome_phrase or d.opens_comments or d.inline or d.is_toggle
                or d.verdict.fact is Facts.SECTION_LABEL or is_stamped(d)
                or (at + 1 < len(drafts) and drafts[at + 1].role is Roles.CHROME))


def before_closing_note(drafts: list[Draft], start: int, end: int) -> int:
    """The run's end above a closing note of the page's own: the few short lines the run holds after its last chrome
    phrase, when the story above it is much longer (MAX_CLOSING_NOTE_CHARS, MIN_CLOSING_NOTE_BODY_RATIO); in a dump
    or in HTML alike ("Subscribe now" and an app's pitch below the story's element's last paragraph). A story's own
    last paragraph after an "Advertisement" line is longer, or is one of several."""
    last = next((i for i in range(end - 1, start, -1) if _is_worded_chrome(drafts[i])), None)
    if last is None:
        return end
    note = sum(d.chars for d in drafts[last + 1:end + 1] if d.role is Roles.OTHER)
    body = sum(d.chars for d in drafts[start:last] if d.role is Roles.OTHER and d.prose)
    if note > MAX_CLOSING_NOTE_CHARS or body < MIN_CLOSING_NOTE_BODY_RATIO * note:
        return end
    return last - 1


def above_tail_list(drafts: list[Draft], scores: list[float], start: int, end: int, ctx: Context) -> int:
    """Text dumps: the run's end above a list of bare story headlines at the story's tail (``ctx.headline_lists``,
    from ``rules.headline_lists.find_headline_lists``).

    Such a list announces other stories as a section label does ("More Great Stories", a label no lexicon knows),
    and the author's bio and the site's footer paragraph below it kept it inside the run: the run goes on past it
    only when the prose after it outweighs a section label (SECTION_LABEL_COST) or the story's prose above it. The
    story's own lists stay: one a line ending with a colon introduces ("Results:"), one the story's paragraphs go on
    below (``paragraphs_go_on``), one that does not follow a long paragraph (``_long_paragraph_above``: a
    changelog's entries under a one-line intro, more of the story's list items above it, a paragraph wrapped into
    short lines). The run then ends right above the list, past any chrome there; ``ctx.tail_list`` notes the list's
    first headline, for ``rules.headline_lists`` to claim the list.
    """
    for first, last in ctx.headline_lists:
        if not start < first <= end or introduces_what_follows(drafts[first - 1].text) \
                or not _long_paragraph_above(drafts, start, first):
            continue
        if story_goes_on_past(drafts, scores, (start, first, last, end), SECTION_LABEL_COST):
            continue
        ctx.tail_list = first
        return end_above(drafts, start, first)
    return end


#: Text dumps: a form's field lines this many blocks apart or closer are one form (a comment form's name, e-mail and
#: website fields, each under its label or note; its checkboxes). Swept 1 / 2 / 3 / 5 on w3m (session 24): 2, 3 and 5
#: cut the same pages (6 up, 0 down); 1 also cuts a tail sign-up box whose checkboxes stand two lines under its field
#: (7 up), at the edge where a comment form's fields split; 3 is the middle of the flat region.
MAX_FORM_FIELD_GAP = 3


def above_form_fields(drafts: list[Draft], start: int, end: int) -> int:
    """Text dumps: the run's end above a form printed after the story's prose (``form_fields.fills_in``: a w3m box, a
    lynx field with its label, on a line that is no prose: the underscores of a data blob or of a script printed as
    a paragraph are no field): a comment form, a sign-up
    box, and what the page shows below it (a sidebar's blurb and lists), which the run went on into because their
    lines cost little. The form's heading and pitch go with it (``_form_lead``). The run keeps the form when the
    story's prose goes on below it (``_prose_resumes``: a sign-up box or an embed's consent box between the story's
    paragraphs), or when fewer than MIN_PARAGRAPHS_GOING_ON paragraphs of prose, one of them long, stand above it (a
    form over the story, a site's one-paragraph pitch over its sign-up box)."""
    i = start + 1
    while i <= end:
        d = drafts[i]
        if d.shape is not None or d.prose or not fills_in(d.text):  # a blob or paragraph: a script's or embed's text
            i += 1
            continue
        last = i
        while (more := next((k for k in range(last + 1, min(last + MAX_FORM_FIELD_GAP, end) + 1)
                             if fills_in(drafts[k].text) or ticks(drafts[k].text)), None)) is not None:
            last = more
        above = [a for a in drafts[start:i] if a.prose]
        if len(above) >= MIN_PARAGRAPHS_GOING_ON and any(a.words >= MIN_LONG_WORDS for a in above) \
                and not _prose_resumes(drafts, last, end):
            return end_above(drafts, start, _form_lead(drafts, start, i))
        i = last + 1
    return end


#: The story's prose goes on below a form when MIN_PARAGRAPHS_GOING_ON of the next this many blocks (chrome aside)
#: are prose: a sign-up box or an embed's consent field between the story's paragraphs leaves a line or two of its own
#: below it ("Loading...", a heading); a page's tail below a comment form holds one blurb among headings. Swept 3 / 4
#: / 5 on w3m (session 24): 3 cuts the story under an embed's consent box over a sub-heading (tf 6 up, 1 down: that
#: page -0.20), 4 gives tf 5 up / 0 down, 5 keeps one more comment form's tail (tf 4 up / 0 down).
FORM_RESUME_WINDOW = 4


#: A form's own lines above its first field: its heading and pitch ("Get our daily newsletter", "We will keep you
#: posted on …"), at most this many short lines (under MIN_LONG_WORDS words), chrome aside. Dev (w3m, session 24): at
#: 0 the heading and pitch stay in the story (tf 1 page up against 5 at 2); a story's short closing line stands right
#: above a sign-up's heading and pitch (tf:a), which 3 would cut. Not swept further.
MAX_FORM_LEAD_LINES = 2


def _form_lead(drafts: list[Draft], start: int, field: int) -> int:
    """The first block of the form whose first field line is block ``field``: up over chrome and at most
    MAX_FORM_LEAD_LINES short lines, never over a long paragraph (the story's) or above ``start``."""
    first, lead = field, 0
    for i in range(field - 1, start, -1):
        d = drafts[i]
        if d.role is not Roles.CHROME:
            if d.words >= MIN_LONG_WORDS or lead == MAX_FORM_LEAD_LINES:
                break
            lead += 1
        first = i
    return first


def _prose_resumes(drafts: list[Draft], last: int, end: int) -> bool:
    """The story's prose goes on below block ``last`` (a form's last field line): MIN_PARAGRAPHS_GOING_ON of the run's
    next FORM_RESUME_WINDOW blocks, chrome aside, are prose."""
    below = [d for d in drafts[last + 1:end + 1] if d.role is not Roles.CHROME][:FORM_RESUME_WINDOW]
    return sum(d.prose for d in below) >= MIN_PARAGRAPHS_GOING_ON


def story_goes_on_past(drafts: list[Draft], scores: list[float], bounds: tuple[int, int, int, int],
                        most_after: float = float("inf")) -> bool:
    """The run (``start``..``end``) goes on past blocks ``first``..``last`` that announce other stories: the prose
    after them outweighs the story's above them (or ``most_after``, what a section label costs), or the story's
    paragraphs go on right below them (``paragraphs_go_on``)."""
    start, first, last, end = bounds
    after = sum((s for s in scores[last + 1:end + 1] if s > 0), 0.0)  # 0.0: a float even when empty (mypyc)
    before = sum((s for s in scores[start:first] if s > 0), 0.0)
    return after >= most_after or after >= before or paragraphs_go_on(drafts, last, end)


def end_above(drafts: list[Draft], start: int, first: int) -> int:
    """The run's new end right above block ``first``, past any chrome there (never above ``start``)."""
    return next(i for i in range(first - 1, start - 1, -1) if drafts[i].role is not Roles.CHROME or i == start)


#: The story goes on below a list when its next this many blocks (chrome aside) are all prose: a page's tail after a
#: box of other stories holds lone paragraphs between short lines (an author's bio, a footer's blurb). Without this
#: test a lynx tf:a page's legend list, two notes below it, became cards (teaser P .759 -> .743). Swept 1 / 2 / 3 on
#: all five dev modes (session 23): at 1 an sh:b page's cards, one paragraph under them, stay in its story
#: (innerText, w3m, lynx: sh:b teaser recall -0.026); at 3 a tf:a list with two paragraphs under it leaves the
#: story as cards (w3m, lynx: tf:a teaser precision -0.013, -0.017); HTML and bs4 flat. 2 alone costs no fold.
MIN_PARAGRAPHS_GOING_ON = 2


def paragraphs_go_on(drafts: list[Draft], last: int, end: int) -> bool:
    """The run's next MIN_PARAGRAPHS_GOING_ON blocks below block ``last``, chrome aside, are all prose."""
    below = [d for d in drafts[last + 1:end + 1] if d.role is not Roles.CHROME][:MIN_PARAGRAPHS_GOING_ON]
    return len(below) == MIN_PARAGRAPHS_GOING_ON and all(d.prose for d in below)


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
        if d.prose:
            return False  # a short paragraph of the story's own: the list is one inside the story
        short += 1
        if short > MAX_TAIL_LIST_LABEL_LINES:
            return False
    return False


def _is_worded_chrome(d: Draft) -> bool:
    """A chrome phrase in words ("Subscribe now", "About us"), no rule line or stray quote mark (a post's edit
    below a rule line, a quote's closing mark, go on with the story)."""
    if d.dom is not None and is_credit(d):
        return False  # a photo's credit above the last paragraph (HTML)
    return d.role is Roles.CHROME and d.is_chrome_phrase and not d.inline and any(map(str.isalpha, d.text))
