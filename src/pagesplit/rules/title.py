"""Pipeline stage: the article's headline.

The title is the nearest headline-like block above the body (or the block matching the page's own title,
when the input says what it is: HTML ``<title>``, ``og:title``). A byline, a date or a caption between the
title and the body is skipped on the way up.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_BYLINE_WORDS
from pagesplit.frontend.metadata import clean_title
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Inputs, Kinds, Roles
from pagesplit.timed_match import timed

#: Title candidates: words a good headline has, the weight of sharing words with the first
#: TITLE_BODY_BLOCKS body blocks, the bonus for appearing twice, the cost of each block of distance,
#: and the least score a title needs. Chosen on the rd and sh dumps' titles.
MIN_GOOD_TITLE_WORDS = 4
MAX_GOOD_TITLE_WORDS = 25
TITLE_BODY_BLOCKS = 4
TITLE_OVERLAP_WEIGHT = 3.0
TITLE_REPEAT_BONUS = 0.5
TITLE_DISTANCE_COST = 0.1
MIN_TITLE_SCORE = 0.0
#: A block can only say the page's title if it is at most this much longer (spaces folded away).
TITLE_SLACK_CHARS = 20
#: How far above the body the title may sit (bylines, dates, share bars and captions come between).
TITLE_LOOKBACK = 12
#: A title, the page's or a teaser card's cut short with an ellipsis (``dom_card_claim``), has at most this many words.
#: The two rules had 30 and 40; dev (score.py --folds, all five modes): 30 for both lowers sh:a article F1 on
#: every dump (3 to 5 pages down, none up), 40 for both leaves every scored figure as it was.
MAX_TITLE_WORDS = 40
#: HTML: an ``<h1>`` matching only part of the page's title has at least this many words.
MIN_H1_TITLE_WORDS = 3
#: Text dumps: how far above the body the story's byline or date line may sit (a tag list, a share bar and a
#: picture's file name come between; dev rd innerText dumps: up to 13 lines).
META_ANCHOR_LOOKBACK = 16
#: Text dumps: a zone of other stories that a section label opens ("You may also like", "Related") between the
#: story's head and its body holds at most this many lines that are no chrome from one label to the next (or to
#: the body). Dev rd innerText dumps: 6 (a related box of two cards) and 10 (a rail of cards, kicker, headline,
#: name and date each, under three labels); the reach of ``META_ANCHOR_LOOKBACK``.
MAX_CARD_ZONE_LINES = META_ANCHOR_LOOKBACK
#: Text dumps: how many lines of a byline block (name, "Follow", date, time, reading time) are walked up over.
MAX_META_BLOCK_LINES = 5
#: Text dumps: a headline anchored by the byline under it has at least this many words; a tag, a kicker or
#: a blog's name above a date line is shorter ("Free Future", "Internet Privacy").
MIN_ANCHORED_HEADLINE_WORDS = 3
#: Text dumps: a name line of a byline ("Jo Doe", "Jo Q. Doe") is at most this many capitalized words.
MAX_NAME_LINE_WORDS = 3
#: A text browser's marks for a form control or a picture: "(BUTTON)", "(RADIO)", "[IMG]", "[logo.png]"; a
#: footnote's "[1]" holds no letter.
_TEXT_BROWSER_MARK = timed(regex.compile(r"\([A-Z]{3,}\)|\[(?=[^\[\]\s]*+\])[^\[\]\s]*?\p{L}[^\[\]\s]*+\]"),
                           "title.text-browser-mark")
#: Two sentences in one line: a word's full stop (or ? !) and a capital after it ("… in 2023.Credit Jo Doe",
#: "Guess what? The …"); "U.S. Army", "Mr. Doe" and "St. Louis" are no break (one capital before the stop).
_INNER_SENTENCE_BREAK = timed(regex.compile(r"(?<=[\p{Ll}\d]{2})[.?!]\s*+\p{Lu}"), "title.inner-sentence-break")
#: A headline may end with an initialism's full stop ("… in the U.S."); a sentence's full stop ends prose.
_ENDS_WITH_INITIALISM = timed(regex.compile(r"(?r)\b(?:\p{Lu}\.){2,}$"), "title.ends-with-initialism")


def has_text_browser_mark(d: Draft) -> bool:
    """A dump's line with a text browser's mark for a control or a picture ("(BUTTON) Follow", "[IMG]"). Every mark
    opens with a bracket: a line with none (most) is not searched."""
    text = d.text
    return d.dom is None and ("(" in text or "[" in text) and _TEXT_BROWSER_MARK.search(text) is not None


def _ends_like_prose(text: str) -> bool:
    text = text.rstrip()
    return text.endswith((",", ";", ":")) or (text.endswith(".") and _ENDS_WITH_INITIALISM.search(text) is None)


def _headline_like_title(d: Draft) -> bool:
    return (
        d.role is not Roles.CHROME
        and d.role is not Roles.TEASER
        and 2 <= d.words <= MAX_TITLE_WORDS
        and not _ends_like_prose(d.text)
        and not d.is_credit_like
        and not d.is_meta_like
        and not has_text_browser_mark(d)
    )


def _title_score(d: Draft, distance: int, body_words: set[str], repeats: int) -> float:
    """How much a block above the body looks like its headline.

    Headlines are a few words long, share words with the first paragraphs, often appear twice on
    the page (breadcrumb, share text) and sit close above the body.
    """
    words = _significant_words(d.text)
    overlap = len(words & body_words) / len(words) if words else 0.0
    size = 1.0 if MIN_GOOD_TITLE_WORDS <= d.words <= MAX_GOOD_TITLE_WORDS else 0.0
    return TITLE_OVERLAP_WEIGHT * overlap + size + TITLE_REPEAT_BONUS * (repeats > 1) - TITLE_DISTANCE_COST * distance


_text_of = attrgetter("text")


def _best_title_candidate(drafts: list[Draft], above: list[Draft], body: _BodyWords) -> Draft | None:
    body_words = body.at(body.start)
    counts = Counter(map(_text_of, drafts))  # how often each text appears on the page (C-level loop)
    best: Draft | None = None
    best_score = MIN_TITLE_SCORE
    for distance, d in enumerate(reversed(above)):
        if d.verdict.fact is Facts.SECTION_LABEL:
            break
        if d.is_date_like or is_byline(d) or d.is_caption_like:
            continue  # "12 March 2024", "By Jane Doe" and photo captions sit under the title
        if d.index > 0 and is_bare_byline_opener(drafts[d.index - 1]):
            continue  # "By" / "Jane Doe": the name line of a split byline
        if not _headline_like_title(d) or (d.dom is not None and d.dom.heading_level is None and d.ends_sentence):
            continue
        score = _title_score(d, distance, body_words, counts[d.text])
        if score > best_score:
            best, best_score = d, score
    return best


def find_title(drafts: list[Draft], ctx: Context) -> None:
    if ctx.article_start is None:
        return
    start = ctx.article_start
    body = _BodyWords(drafts, start)
    hint = normalize(ctx.hints.title) if ctx.hints.title else None
    candidates = drafts[max(0, start - TITLE_LOOKBACK):start + 1]
    chosen: Draft | None = None
    if hint:
        chosen = next((d for d in reversed(candidates) if _says(d, hint)), None)
        if chosen is None and ctx.kind is Inputs.HTML:
            chosen = _h1_of_title(drafts, ctx, hint)
        if chosen is None:
            chosen = next((d for d in drafts if d.role is not Roles.TEASER and _says(d, hint)), None)
    if chosen is None and ctx.kind is Inputs.HTML:
        chosen = _nearest_h1(drafts[:start + 1], body.at(start))
    if chosen is None and ctx.kind is not Inputs.HTML:
        chosen = _dump_headline(drafts, start, ctx, body)
        if chosen is not None:
            _drop_second_headline(drafts, candidates[:-1], chosen, ctx, body)
    if chosen is None:
        chosen = _best_title_candidate(drafts, candidates[:-1], body)
    if ctx.kind is not Inputs.HTML:
        chosen = headline_over_card_zone(drafts, start, chosen, ctx, body) or chosen
    if chosen is None and candidates and drafts[start].kind is Kinds.HEADING:
        chosen = drafts[start]
    if chosen is not None:
        chosen.decide(Roles.TITLE, "article.title")
        ctx.title_index = chosen.index
    elif ctx.fragmented and ctx.hints.title is None:
        ctx.hints.title = _printed_title(drafts)  # the article's title (assemble), no block marked as the headline


def _printed_title(drafts: list[Draft]) -> str | None:
    """bs4 dumps (``get_text`` of the whole document) print the head's ``<title>`` first: the first line, when it
    reads as a headline, minus a site name ("Story | Site"), is the page's title, as ``<title>`` is in HTML; or
    the line of the page that says it (no part of the story: nothing near the body did). Taken only when no
    block above the body reads as the headline (a test page without one, a headline among the page-top cards)."""
    first = next((d for d in drafts if d.text.strip()), None)
    if first is None or not _headline_like_title(first):
        return None
    title = clean_title(first.text)
    hint = normalize(title)
    shown = next((d for d in drafts if d is not first and d.role is not Roles.TEASER and _says(d, hint)), None)
    return shown.text if shown is not None else title


def _drop_second_headline(drafts: list[Draft], above: list[Draft], chosen: Draft, ctx: Context,
                          body: _BodyWords) -> None:
    """Text dumps: under the headline found by position, the line the overlap scorer would have taken, nearer
    the body, says the headline again (a share bar's "Share: <headline>") or captions the picture: neither
    opens the story. Not a sentence cut by a link (``runs_on``): the standfirst's first words."""
    scored = _best_title_candidate(drafts, above, body)
    if scored is not None and scored.index > chosen.index and not runs_on(scored, ctx.lexicon.all_stopwords):
        scored.decide(Roles.CHROME, "chrome.pre-body", "a headline-like line under the headline")


def runs_on(d: Draft, stopwords: frozenset[str]) -> bool:
    """The line ends with a function word in lower case ("... for $150 and"; a time's "AM" is none): a sentence
    running on into the next block, cut where a link began."""
    words = d.text.split()
    return bool(words) and words[-1].islower() and words[-1] in stopwords


def _is_story_meta(d: Draft, ctx: Context) -> bool:
    """A byline or date line of the story ("By Jo Doe", "May 3, 2024 · 8 min read", a bare "By", "By Jo Doe,
    Staff Writer, Health Desk" too long for a plain byline)."""
    return d.is_date_like or is_byline(d) or is_bare_byline_opener(d) or _opens_with_byline(d, ctx)


def _opens_with_byline(d: Draft, ctx: Context) -> bool:
    """The block opens with a byline word ("By Jo Doe, Staff Writer, Health Desk"). ``features`` looked up every
    block of up to MAX_BYLINE_WORDS words (``Draft.names_byline``): only a longer one is looked up here."""
    if d.ends_sentence or d.words > MAX_TITLE_WORDS:
        return False
    if d.words <= MAX_BYLINE_WORDS and d.kind is not Kinds.HIDDEN:
        return d.names_byline
    return ctx.lexicon.lookup(d.text, ("bylines",)) is not None


def is_name_line(d: Draft) -> bool:
    """A byline's name on a line of its own: a few capitalized words, no digits ("Jo Q. Doe")."""
    words = d.text.split()
    return 0 < len(words) <= MAX_NAME_LINE_WORDS and not d.ends_sentence \
        and all(w[0].isupper() and not any(c.isdigit() for c in w) for w in words)


def _is_anchored_headline(d: Draft, ctx: Context, body_words: set[str]) -> bool:
    """A headline-shaped line, longer than a tag or kicker and no longer than a good headline, that opens no
    lower-case continuation of a wrapped sentence, holds one sentence (a photo's caption with its credit glued
    on holds two), is no name or meta line and shares a word with the body's
    first paragraphs (a menu's "Sign in / Sign up" above a byline shares none)."""
    return _headline_like_title(d) and MIN_ANCHORED_HEADLINE_WORDS <= d.words <= MAX_GOOD_TITLE_WORDS \
        and d.kind is not Kinds.LIST_ITEM \
        and not d.text.lstrip()[:1].islower() and _INNER_SENTENCE_BREAK.search(d.text) is None \
        and not is_name_line(d) and not _is_story_meta(d, ctx) \
        and not _significant_words(d.text).isdisjoint(body_words)


def _significant_words(text: str) -> set[str]:
    return {w for w in normalize(text).split() if len(w) > 3}


def _body_words(drafts: list[Draft], start: int) -> set[str]:
    """The significant words of the first TITLE_BODY_BLOCKS blocks of the run."""
    return {w for d in drafts[start:start + TITLE_BODY_BLOCKS] if d.role is Roles.ARTICLE
            for w in _significant_words(d.text)}


class _BodyWords:
    """``_body_words`` of the run from ``start`` (and of the one from the block after it), worked out once for
    ``find_title``'s tests, which ask up to four times: no test decides a block in the run before the title is
    chosen, so the words stay the same for the call."""

    __slots__ = ("_drafts", "_words", "start")

    def __init__(self, drafts: list[Draft], start: int) -> None:
        self._drafts = drafts
        self.start = start
        self._words: dict[int, set[str]] = {}

    def at(self, start: int) -> set[str]:
        words = self._words.get(start)
        if words is None:
            words = self._words[start] = _body_words(self._drafts, start)
        return words


def _dump_headline(drafts: list[Draft], start: int, ctx: Context, body: _BodyWords) -> Draft | None:
    """Text dumps: the headline by where it sits: over the story's byline block (``_headline_over_byline``);
    without one, between a date line and the body (under a blog's name and the day), or opening the run."""
    above = _headline_over_byline(drafts, start, ctx, body)
    if above is not None:
        return above
    if start >= 2 and _is_story_meta(drafts[start - 2], ctx) \
            and _is_anchored_headline(drafts[start - 1], ctx, body.at(start)):
        return drafts[start - 1]
    return _headline_on_body(drafts, start, ctx, body)


def _headline_over_byline(drafts: list[Draft], start: int, ctx: Context, body: _BodyWords) -> Draft | None:
    """Text dumps: the line just above the story's byline and date lines, which sit above the body (a tag
    list, a share bar or a picture between them and the body). The nearest such block above the body
    counts; a teaser card on the way up ends the search."""
    for i in range(start - 1, max(-1, start - 1 - META_ANCHOR_LOOKBACK), -1):
        d = drafts[i]
        if d.role is Roles.TEASER or d.verdict.fact is Facts.SECTION_LABEL:
            break
        if not _is_story_meta(d, ctx):
            continue
        j = i - 1
        while j >= 0 and i - j <= MAX_META_BLOCK_LINES and _in_byline_block(drafts, j, ctx):
            j -= 1
        if j >= 0 and _is_anchored_headline(drafts[j], ctx, body.at(start)):
            return drafts[j]
        break
    return None


def headline_over_card_zone(drafts: list[Draft], start: int, chosen: Draft | None, ctx: Context,
                            body: _BodyWords) -> Draft | None:
    """Text dumps: the headline above a zone of other stories that the page sets between its head and its body
    (a related box under "Related", a rail under "You may also like"), when the title found sits in that zone:
    a card's headline over its author's name then reads like the story's head. The zone is the lines from the
    nearest section label above the body (within MAX_CARD_ZONE_LINES lines that are no chrome), and from each
    label to the one above it within the same reach. Above a label of the zone, the nearest headline-shaped line
    (``_is_anchored_headline``) that shares more words with the body's first paragraphs than the title found,
    and does not merely say it with more around it, is the headline; None when there is none, when no title was
    found (the zone then tells nothing), or when the title found is above the zone."""
    labels: list[int] = []
    lines = 0
    for i in range(start - 1, -1, -1):
        d = drafts[i]
        if d.verdict.fact is Facts.SECTION_LABEL:
            labels.append(i)
            lines = 0
        elif d.role is not Roles.CHROME:
            lines += 1
            if lines > MAX_CARD_ZONE_LINES:
                break
    if chosen is None or not labels or chosen.index < labels[-1]:
        return None
    body_words = body.at(start)
    least = len(_significant_words(chosen.text) & body_words)
    for label in labels:
        if chosen.index < label:
            continue  # a label under the title found: the title is above that box
        for j in range(label - 1, max(-1, label - 1 - META_ANCHOR_LOOKBACK), -1):
            d = drafts[j]
            if d.verdict.fact is Facts.SECTION_LABEL or d.role is Roles.TEASER:
                break
            if _is_anchored_headline(d, ctx, body_words):
                if len(_significant_words(d.text) & body_words) > least and not _says_within(d, chosen):
                    return d
                break
    return None


def _says_within(d: Draft, title: Draft) -> bool:
    """``d`` says ``title``'s words with more around them (a bs4 dump's first line: "Story — Site")."""
    return normalize(title.text) in normalize(d.text)


def _in_byline_block(drafts: list[Draft], j: int, ctx: Context) -> bool:
    """A line of the block of byline lines under a headline: a byline or date, an author's name (after a bare
    "By" too), a "Follow" control, chrome."""
    d = drafts[j]
    return _is_story_meta(d, ctx) or is_name_line(d) or d.role is Roles.CHROME \
        or has_text_browser_mark(d) \
        or (j > 0 and is_bare_byline_opener(drafts[j - 1]))


def _headline_on_body(drafts: list[Draft], start: int, ctx: Context, body: _BodyWords) -> Draft | None:
    """Text dumps: a run that opens with a headline-shaped line followed by a paragraph opens with its title
    (the dump printed the headline as the body's first line, under the site's name and the date)."""
    if start + 1 >= len(drafts):
        return None
    line, after = drafts[start], drafts[start + 1]
    if after.role is Roles.ARTICLE and after.ends_sentence and after.words > line.words \
            and _is_anchored_headline(line, ctx, body.at(start + 1)):
        return line
    return None


def _says(d: Draft, normalized: str) -> bool:
    """The block's text is ``normalized`` (lengths compared first: no normalizing of long blocks)."""
    return len(d.text) <= 2 * len(normalized) + TITLE_SLACK_CHARS and normalize(d.text) == normalized


def _h1_of_title(drafts: list[Draft], ctx: Context, hint: str) -> Draft | None:
    """HTML: the ``<h1>`` in or just above the run that says what the page's title says (all of it, or
    the headline part of "Site: Headline": of several h1s holding a part, the one of most words, not the site's
    name), even when the run starts well above it (a header kept)."""
    start = ctx.article_start or 0
    end = ctx.article_end if ctx.article_end is not None else start
    best: Draft | None = None
    best_words = 0
    for d in drafts[max(0, start - TITLE_LOOKBACK):end + 1]:
        if d.dom is None or d.dom.heading_level != 1 or d.role is Roles.TEASER:
            continue
        text = normalize(d.text)
        if text == hint:
            return d
        words = len(text.split())
        if words >= MIN_H1_TITLE_WORDS and words > best_words and text in hint:
            best, best_words = d, words  # "Site Blog" and "Story" both in "Story - Site Blog": the story's
    return best


def _nearest_h1(above: list[Draft], body_words: set[str]) -> Draft | None:
    """HTML: the ``<h1>`` nearest above the body (or opening it) that reads as a headline and shares a word with
    the body's first paragraphs (a site's name in an ``<h1>`` shares none): the headline the page shows, when no
    block says what the metadata title says (a ``<title>`` worded otherwise, or none)."""
    return next((d for d in reversed(above) if d.dom is not None and d.dom.heading_level == 1
                 and d.words >= MIN_H1_TITLE_WORDS and _headline_like_title(d)
                 and not _significant_words(d.text).isdisjoint(body_words)), None)


def is_byline(d: Draft) -> bool:
    return d.names_byline and not (d.ends_sentence and not d.text.rstrip().endswith("."))


def is_bare_byline_opener(d: Draft) -> bool:
    """A line that is only "By" / "Von" / "Par": the name follows on the next line (bs4 dumps)."""
    return d.words == 1 and d.names_byline
