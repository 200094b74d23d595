"""Pipeline stage: the parts around the article body: byline, date, lead, captions, headings, attribution.

Byline and date lines sit between the title (``rules.title``) and the body or in its first blocks; the
attribution ("(Thomson Reuters Foundation)") closes the body.
"""

from __future__ import annotations

from collections import Counter

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.features import MAX_BYLINE_WORDS, MIN_LONG_WORDS
from pagesplit.lexicon.dom_tokens import BYLINE_TOKENS
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Inputs, Kinds, Parts, Roles
from pagesplit.rules.block_scores import is_stamped
from pagesplit.rules.captions import (
    MAX_SIBLING_CREDIT_WORDS,
    captioned_by_credit,
    captioned_by_named_source,
    figcaption_of,
    is_caption_markup,
    is_figcaption,
    told_in_captions,
)
from pagesplit.rules.dom_paths import common_box, in_element, parent_path
from pagesplit.rules.dump_parts import (
    find_date_over_title,
    find_opening_line,
    is_dump_byline_with_titles,
    is_dump_head_caption,
    is_dump_name_over_date,
    may_be_dump_lead,
)
from pagesplit.rules.html_story_elements import article_element
from pagesplit.rules.release import release
from pagesplit.rules.said_again import drop_copies
from pagesplit.rules.title import (
    MAX_TITLE_WORDS,
    TITLE_LOOKBACK,
    is_bare_byline_opener,
    is_byline,
)
from pagesplit.timed_match import timed

#: How many blocks into the body a byline or date line may still be found.
PARTS_LOOKAHEAD = 3
#: A line between the title and the body with at least this many words is the standfirst (lead); in HTML
#: a paragraph or heading, not a short line of its own (a video's title, a "posted … ago" line); in a text
#: dump, see ``dump_parts.may_be_dump_lead``.
MIN_LEAD_WORDS = 6
#: A share bar glued to the headline said again adds at most this many words ("<headline> share", "… Tweet
#: Share"); a subtitle glued on adds more.
MAX_SHARE_WORDS = 2
#: A byline line with its date and time ("By Jo Doe | May 3, 2024 at 2:26 PM - Updated …") runs to this many
#: words (dev: 14-18).
MAX_DATED_BYLINE_WORDS = 24
#: A dated byline may end with a time's own full stop ("at 11:08 a.m.").
_ENDS_WITH_TIME = timed(regex.compile(r"\b[ap]\.\s?m\.$", regex.IGNORECASE), "parts.ends-with-time")
#: HTML: a date, time or byline line inside the body of at most this many words is a meta line.
MAX_BODY_META_WORDS = 4
#: HTML: a standfirst has less than this share of its text in links.
MAX_LEAD_LINKS = 0.5
MAX_ATTRIBUTION_WORDS = 6
#: HTML: a line marked up as the byline (class "author", "byline") is at most this long.
MAX_MARKUP_BYLINE_CHARS = 80
#: Body blocks of at least this many words that repeat an earlier one this many times or more are dropped
#: from the text (shorter repeats, "Yes" in a table, "Step 2", are real text).
MIN_REPEAT_WORDS = 4
MIN_REPEAT_COPIES = 3

#: "(Reuters)", "(Thomson Reuters Foundation)", "— AP", "Reporting by …".
_ATTRIBUTION = timed(regex.compile(r"^\s*(?:\(\s*([^()]{2,60})\s*\)|[—–-]\s*(.{2,40}))\s*$"), "parts.attribution")


def _is_dated_byline(d: Draft, ctx: Context) -> bool:
    """A line that opens with a byline word and holds a date, too long for a plain byline: "By Jo Doe and Al
    Roe | May 3, 2024 at 2:26 PM - Updated May 3 at 4:46 PM". A story's sentence may open with "By" too, but
    does not end without its full stop after a date."""
    if d.words <= MAX_BYLINE_WORDS or d.words > MAX_DATED_BYLINE_WORDS or d.role is not Roles.ARTICLE:
        return False
    if d.kind not in (Kinds.PARAGRAPH, Kinds.LINE, Kinds.HEADING) or d.text.rstrip().endswith(("!", "?")):
        return False
    if d.text.rstrip().endswith(".") and not _ENDS_WITH_TIME.search(d.text):
        return False
    return ctx.lexicon.lookup(d.text, ("bylines",)) is not None and ctx.lexicon.has_date(d.text)


def _below_card_zone(drafts: list[Draft], first: int, start: int) -> int:
    """Text dumps: where the standfirst may start between the headline (just above ``first``) and the body at
    ``start``: under the last section label between them, when the page sets a zone of other stories ("Related",
    "You may also like") there (``title.headline_over_card_zone``); what stands above the zone, a gallery's
    captions, a notice, is no lead the body goes on from."""
    return next((i + 1 for i in range(start - 1, first - 1, -1) if drafts[i].verdict.fact is Facts.SECTION_LABEL),
                first)


def find_parts(drafts: list[Draft], ctx: Context) -> None:
    """Byline, date and caption lines near the body; attribution at its end; headings inside it."""
    if ctx.article_start is None or ctx.article_end is None:
        return
    first = ctx.title_index + 1 if ctx.title_index is not None else ctx.article_start
    window = drafts[min(first, ctx.article_start):ctx.article_start + PARTS_LOOKAHEAD]
    if ctx.title_index is None and ctx.kind is not Inputs.HTML:
        find_opening_line(drafts, ctx)
    opening = _body_opening(drafts, ctx)
    lead_from = _below_card_zone(drafts, first, ctx.article_start) if ctx.kind is not Inputs.HTML else first
    if ctx.kind is Inputs.HTML:
        if ctx.title_index is not None and drafts[ctx.title_index].kind is Kinds.HIDDEN:
            first = ctx.article_start  # the <title> element: the whole page head is no lead
        window = drafts[min(first, ctx.article_start):max(first, ctx.article_start) + PARTS_LOOKAHEAD]
        _drop_kickers(drafts, ctx)
    for d in window:
        if d.role in (Roles.TEASER, Roles.TITLE):
            continue
        if _is_markup_byline(d, ctx):
            d.decide(Roles.BYLINE, "article.byline", "byline markup")
        elif is_bare_byline_opener(d) and d.index + 1 < len(drafts):
            name = drafts[d.index + 1]
            if name.words <= MAX_BYLINE_WORDS and not name.ends_sentence and name.role is not Roles.TITLE:
                d.decide(Roles.BYLINE, "article.byline", "opener")
                name.decide(Roles.BYLINE, "article.byline", "name after a bare opener")
        elif is_byline(d):
            d.decide(Roles.BYLINE, "article.byline")
        elif is_dump_name_over_date(drafts, d, ctx):
            d.decide(Roles.BYLINE, "article.byline", "an author's name over the date")
        elif _is_dated_byline(d, ctx):
            d.decide(Roles.BYLINE, "article.byline", "a byline with its date and time")
        elif is_dump_byline_with_titles(d, ctx):
            d.decide(Roles.BYLINE, "article.byline", "a byline with the author's job and desk")
        elif d.is_date_like and d.words <= MAX_BYLINE_WORDS:
            d.decide(Roles.DATE, "article.date")
        elif d.index < ctx.article_start and is_figcaption(d):
            d.decide(Roles.CAPTION, "article.caption", "a picture's caption between the title and the body")
        elif ctx.kind is not Inputs.HTML and is_dump_head_caption(drafts, d):
            d.decide(Roles.CAPTION, "article.caption", "the lead picture's caption under the story's byline or date")
        elif lead_from <= d.index < ctx.article_start and (d.role is Roles.OTHER or _in_title_header(d, ctx)) \
                and d.words >= MIN_LEAD_WORDS and not d.is_meta_like and not d.is_caption_like \
                and not d.is_credit_like and not _repeats_title(d, drafts, ctx) \
                and (d.kind is not Kinds.LINE if d.dom is not None else may_be_dump_lead(drafts, d, ctx)) \
                and normalize(d.text) != opening:
            d.decide(Roles.ARTICLE, "article.body", "lead between the title and the body")
    if ctx.kind is Inputs.HTML:
        _find_story_lead(drafts, ctx, opening)
    else:
        find_date_over_title(drafts, ctx)
    body = drafts[ctx.article_start:ctx.article_end + 1]
    if ctx.kind is not Inputs.HTML:
        drop_copies(body)
    copies = _copies(body)
    slides = told_in_captions(body) if ctx.kind is Inputs.HTML else set()
    seen: set[str] = set()
    for i, d in enumerate(body):
        # the tests of markup (an HTML block's) are not called for a dump's block, which has none (``d.dom``)
        marked = d.dom is not None
        if d.role is not Roles.ARTICLE:
            continue
        if copies and _repeats(d, copies, seen):
            d.decide(Roles.CAPTION, "article.caption", "the same text as an earlier block")
            continue
        after = body[i + 1] if i + 1 < len(body) else None
        if marked and captioned_by_credit(d, after):
            assert after is not None
            d.decide(Roles.CAPTION, "article.caption", "a photo credit follows it in the same box")
            if after.role is Roles.ARTICLE:
                after.decide(Roles.CAPTION, "article.caption", "a photo credit")
            continue
        credit = captioned_by_named_source(drafts, d.index, ctx.lexicon) if ctx.kind is Inputs.HTML else None
        if credit is not None and _more_story(body, d, drafts[credit]):
            d.decide(Roles.CAPTION, "article.caption", "a photo credit beside it, the two alone in a box")
            if drafts[credit].role is Roles.ARTICLE:
                drafts[credit].decide(Roles.CAPTION, "article.caption", "a photo credit")
            continue
        if d.is_credit_like or (d.is_caption_like and d.words <= MAX_TITLE_WORDS) or (
                marked and is_figcaption(d) and figcaption_of(d) not in slides) or (
                marked and is_caption_markup(d) and normalize(d.text) in copies):
            d.decide(Roles.CAPTION, "article.caption")
        elif is_dump_head_caption(drafts, d):
            d.decide(Roles.CAPTION, "article.caption", "the lead picture's caption under the story's byline or date")
        elif d.is_meta_like and not d.prose and (d.dom is None or _is_body_meta_line(d)):
            d.decide(Roles.CHROME, "chrome.meta-line", "a date or byline line inside the body")
        elif d.kind is Kinds.HEADING or (d.is_headline_like and i + 1 < len(body) and not d.ends_sentence):
            d.decide(Roles.ARTICLE, "article.heading")
    if ctx.kind is Inputs.HTML:
        _close_post(body, ctx)
    _find_attribution(drafts, ctx)


def _close_post(body: list[Draft], ctx: Context) -> None:
    """HTML: the lines that close a post after its last paragraph: its stamped byline ("Posted by Jo Doe at 9:12 PM",
    a blog's post footer with the time or date of posting, past the reach of ``PARTS_LOOKAHEAD`` under a long post;
    an author's line with no stamp, "Author: Jo Doe, Harbour Institute", signs the story and stays its text) and a
    call to comment ("Tell us in the comments: …", a short line naming the comments). Read from the run's end,
    while each closing line is one."""
    for d in reversed(body):
        if d.role is not Roles.ARTICLE:
            continue
        if is_byline(d) and (is_stamped(d) or ctx.lexicon.has_date(d.text)):
            d.decide(Roles.BYLINE, "article.byline", "a byline closing the post")
        elif d.words < MIN_LONG_WORDS and ctx.lexicon.find_contained(d.text, "comments") is not None:
            d.decide(Roles.CHROME, "chrome.comment-prompt", "a call to comment closing the post")
        else:
            return


def _more_story(body: list[Draft], *pair: Draft) -> bool:
    """The story holds a paragraph of prose besides ``pair``: a post that is one picture, its text and its credit
    keeps its text."""
    return any(d.role is Roles.ARTICLE and d.kind is Kinds.PARAGRAPH and d.prose and d not in pair for d in body)


def _body_opening(drafts: list[Draft], ctx: Context) -> str | None:
    """The body's first paragraph, normalized: a standfirst above the body saying the same text is the site
    printing its summary twice (once as the lead, once opening the story), and the story says it once."""
    start, end = ctx.article_start, ctx.article_end
    assert start is not None and end is not None
    for d in drafts[start:end + 1]:
        if d.role is Roles.ARTICLE:
            return normalize(d.text)
    return None


def _find_story_lead(drafts: list[Draft], ctx: Context, opening: str | None) -> None:
    """HTML: prose a little above the body inside the same ``<article>`` element is the story's lead (a
    standfirst above the headline, an excerpt over the picture, a first paragraph cut off by a table of
    contents): the element holds one story, and nothing else of it is prose. Not when the body opens with
    the same text (``opening``)."""
    start = ctx.article_start
    assert start is not None
    story = article_element(drafts[start])
    seen = 0
    for i in range(start - 1, -1, -1):
        d = drafts[i]
        if d.role is Roles.CHROME:
            continue  # a table of contents, a share bar or a credit between the lead and the body
        seen += 1
        if seen > TITLE_LOOKBACK:
            return
        if story is not None and article_element(d) != story:
            return
        if story is None and not _in_story_box(drafts, i, ctx):
            return
        if (d.role is Roles.OTHER or _is_text_card_summary(d)) and d.kind is Kinds.PARAGRAPH and d.prose \
                and _is_story_text(d) and not _beside_credit(drafts, i) \
                and normalize(d.text) != opening:
            d.card, d.part, d.section = None, None, None
            d.decide(Roles.ARTICLE, "article.body", "lead above the body in the story's element")


def _beside_credit(drafts: list[Draft], i: int) -> bool:
    """A photo credit right above the block, or below it in the same box (a credit's words, or a short line all
    in parentheses: "(Jo Doe / Agency)"): the block is that picture's caption, not the story's lead."""
    if i > 0 and drafts[i - 1].is_credit_like:
        return True
    box = parent_path(drafts[i])
    if box is None or i + 1 == len(drafts):
        return False
    after = drafts[i + 1]
    credit = after.is_credit_like or (after.words <= MAX_SIBLING_CREDIT_WORDS and after.text.startswith("(")
                                      and after.text.endswith(")"))
    return credit and parent_path(after) == box


def _in_story_box(drafts: list[Draft], i: int, ctx: Context) -> bool:
    """HTML without an ``<article>`` element (or with its name unknown): block ``i`` and the body's first block
    share an element below the page's body (``dom_paths.common_box``) that holds little else: no card, and at
    most TITLE_LOOKBACK blocks outside the span from the block to the body's end (a kicker, the headline, a date; a
    share bar or tags after the story). A page's wrapper holds its menus and cards too. Evidence from the DOM alone:
    no tag or class name."""
    start, end = ctx.article_start, ctx.article_end
    assert start is not None and end is not None
    box = common_box(drafts, [i, start])
    if box is None:
        return False
    outside = [*_box_run(drafts, range(i - 1, -1, -1), box), *_box_run(drafts, range(end + 1, len(drafts)), box)]
    return len(outside) <= TITLE_LOOKBACK and not any(
        x.role is Roles.TEASER and in_element(x, box) for x in (*outside, *drafts[i:end + 1]))


def _box_run(drafts: list[Draft], order: range, box: str) -> list[Draft]:
    """The blocks from the first of ``order`` on while they sit inside the element at path ``box`` (a box's blocks
    are contiguous), at most one past TITLE_LOOKBACK."""
    run: list[Draft] = []
    for j in order:
        if not in_element(drafts[j], box) or len(run) > TITLE_LOOKBACK:
            break
        run.append(drafts[j])
    return run


def _repeats_title(d: Draft, drafts: list[Draft], ctx: Context) -> bool:
    """The block says the headline again (the ``<h1>`` under a breadcrumb that was taken as the title), maybe
    with a share bar's words after it ("<headline> share"); a subtitle glued on after it is text."""
    if ctx.title_index is None or d.words > MAX_TITLE_WORDS:
        return False
    text, title = normalize(d.text), normalize(drafts[ctx.title_index].text)
    return text.startswith(title) and len(text[len(title):].split()) <= MAX_SHARE_WORDS


def _in_title_header(d: Draft, ctx: Context) -> bool:
    """HTML: a standfirst under the headline in the story's ``<header>``: chrome only by that landmark (the
    headline above it was taken back from it), with few links."""
    return d.role is Roles.CHROME and d.verdict.fact is Facts.PAGE_HEADER \
        and ctx.title_index is not None and ctx.title_index < d.index and d.link_density < MAX_LEAD_LINKS \
        and d.kind in (Kinds.PARAGRAPH, Kinds.HEADING)


def _is_text_card_summary(d: Draft) -> bool:
    """The summary of a card found by text shape alone (a gallery caption above it read as a headline)."""
    return d.role is Roles.TEASER and d.part is Parts.SUMMARY and d.verdict.fact is Facts.SHAPE_CARD


def _is_body_meta_line(d: Draft) -> bool:
    """HTML: a meta line inside the body is a short line of its own ("3:59 PM", "From: Jo Doe") that ends no
    sentence; a list item or a sentence that mentions a date (a reference, a spec) is text."""
    return d.words <= MAX_BODY_META_WORDS and not d.ends_sentence and d.kind is not Kinds.LIST_ITEM


def _is_story_text(d: Draft) -> bool:
    """Not a meta line, a credit or a caption (by its words, or by sitting in a ``<figure>``)."""
    return not (d.is_meta_like or d.is_caption_like or d.is_credit_like
                or (d.dom is not None and "figure" in d.dom.landmarks))


def _is_markup_byline(d: Draft, ctx: Context) -> bool:
    """HTML: a short line whose own class names it the author (``<p class="author">``), or whose text is
    the page's metadata author: a byline with no "By" word (Japanese, Chinese pages)."""
    if d.dom is None or d.words > MAX_BYLINE_WORDS or d.ends_sentence or d.role is not Roles.ARTICLE:
        return False
    if ctx.hints.byline and normalize(d.text) == normalize(ctx.hints.byline):
        return True
    return not d.dom.own_tokens.isdisjoint(BYLINE_TOKENS) and d.chars <= MAX_MARKUP_BYLINE_CHARS


def _drop_kickers(drafts: list[Draft], ctx: Context) -> None:
    """HTML: short lines between the run's start and a title inside it (a kicker, a category, a
    breadcrumb above the ``<h1>``) label the story; they are not its text."""
    start, title = ctx.article_start, ctx.title_index
    if start is None or title is None or not start < title <= (ctx.article_end or start):
        return
    for d in drafts[start:title]:
        if d.dom is not None and d.role is Roles.ARTICLE and not d.prose:
            release(d, detail="a kicker above the title")


def _copies(body: list[Draft]) -> dict[str, int]:
    """How often each body text of MIN_REPEAT_WORDS or more occurs (only those seen more than once)."""
    counts: Counter[str] = Counter(normalize(d.text) for d in body
                                   if d.role is Roles.ARTICLE and d.words >= MIN_REPEAT_WORDS)
    return {text: n for text, n in counts.items() if n > 1}


def _repeats(d: Draft, copies: dict[str, int], seen: set[str]) -> bool:
    """A line repeated under every picture of a gallery is a caption, not more text; the first copy stays.
    List items may repeat (a spec list shown for each product), and so may a line seen twice. In HTML
    sentences may too (an interview's questions, a test page); a text dump repeats a whole caption sentence
    for each slide of a gallery, and prints hidden copies of a story's paragraphs (dev: sh and rd F1 up by
    0.001-0.006 on every dump, with console output said three times in a how-to the one loss)."""
    if d.words < MIN_REPEAT_WORDS or (d.ends_sentence and d.dom is not None) or d.kind is Kinds.LIST_ITEM:
        return False
    key = normalize(d.text)
    if copies.get(key, 0) < MIN_REPEAT_COPIES:
        return False
    if key in seen:
        return True
    seen.add(key)
    return False


def _find_attribution(drafts: list[Draft], ctx: Context) -> None:
    assert ctx.article_end is not None
    for d in drafts[ctx.article_end:ctx.article_end + 3]:
        if d.role not in (Roles.ARTICLE, Roles.OTHER, Roles.CHROME) or d.words > MAX_ATTRIBUTION_WORDS:
            continue
        match = _ATTRIBUTION.match(d.text)
        if match is None:
            continue
        name = (match.group(1) or match.group(2) or "").strip()
        if ctx.lexicon.lookup(name, ("agencies",)) is not None or match.group(1):
            d.decide(Roles.ATTRIBUTION, "article.attribution", name)
            return
