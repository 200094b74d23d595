"""Pipeline stage: lists of bare headlines outside the article, in text dumps, are teaser cards.

The shortest record is a headline alone: "Most read", "Latest news" and sidebar lists print one story
title per line, with no summary, date or picture, and often with no label a lexicon knows. Such a list
is a run of headline-shaped lines (``record_shapes.shape``), at least ``MIN_LIST_TITLES`` in a row outside the
article (or ``MIN_RECORDS`` right beside a box of confirmed cards, ``_beside_cards``), that tell stories
(``record_titles.tells_stories``: distinct, and as long as a story's headline on average; a menu's entries name
places: "World", "Contact us", "Learning Center"); a run with a text browser's button
in a line ("(BUTTON) Close the menu") is the page's controls, no list. A kicker line between
two headlines, or chrome (an image marker), does not break the list, nor does a picture's caption or credit (a box
prints a picture over some of its headlines and not others, and a caption is caption-like by its credit now and then:
the list is found by its headlines, not by every line between them; a picture's text with no credit, which reads
as a headline, over a card's kicker and headline is no card of its own: ``_uncredited_pictures``), nor does a question
between two headlines
("Could a lost astronaut use gravity to get home?", which ``record_shapes.shape`` reads as a summary; ``records``
reads it as a headline too, ``record_reading.listed_headlines``). The site's own links ("Privacy Policy", "Sign
in") among its lines part a list: a list of cards runs into a footer, whose links look like headlines too. Inside
the article such a run is the story's own list and is left alone: ``group_headline_lists`` runs after the article
is selected and never looks inside it. ``find_headline_lists`` notes the lists before that, for ``rules.article`` to
end a story above one at its tail that a bio and a footer paragraph below would otherwise keep in the story.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Inputs, Parts, Roles
from pagesplit.rules.form_fields import holds_button, holds_form_field
from pagesplit.rules.record_reading import asks
from pagesplit.rules.record_shapes import MAX_KICKER_WORDS, shape
from pagesplit.rules.record_symbols import HEADLINE, KICKER, MIN_LIST_TITLES, MIN_RECORDS, PICTURE, SUMMARY
from pagesplit.rules.record_titles import continues_above, is_contents, names_sections, tells_stories


def _list_shape(d: Draft, ctx: Context, known: str | None) -> str | None:
    """HEADLINE, KICKER or PICTURE for a line a headline list may hold (unclaimed, outside the article), else
    None."""
    if d.role is not Roles.OTHER or d.index == ctx.title_index or d.nested \
            or (not d.is_headline_like and not d.is_caption_like and not d.is_credit_like
                and (d.words > MAX_KICKER_WORDS or d.ends_sentence)):
        return None  # (the last test: no headline, kicker nor picture, as ``record_shapes.shape`` tells, in short)
    if ctx.article_start is not None and ctx.article_end is not None \
            and ctx.article_start <= d.index <= ctx.article_end:
        return None
    symbol = shape(d) if known is None else known  # ``known``: as ``rules.records`` read it (the block was undecided)
    return symbol if symbol in _LISTED else None


def _is_question_headline(d: Draft) -> bool:
    """A story's headline asked as a question ("Could a lost astronaut use gravity to get home?"), which ``records``
    reads as a summary for its sentence end; ``_lists`` takes it only between two plain headlines (a list of
    questions alone is an FAQ's, a question in a form stands between its fields)."""
    return d.role is Roles.OTHER and not d.nested and asks(d) and shape(d) == SUMMARY


def _skipped(d: Draft) -> bool:
    """Chrome inside a list (an image marker, a bullet, a share icon); a label, a toggle or a form's field ends it."""
    return d.role is Roles.CHROME and not d.is_section_label and not d.is_toggle and not d.opens_comments \
        and not holds_form_field(d.text)


def find_headline_lists(drafts: list[Draft], ctx: Context) -> None:
    """Text dumps, before the article is selected: note every list of bare story headlines on the page, inside the
    story's run of prose to be or not, as ``ctx.headline_lists`` (``rules.article`` ends a story above one that
    stands at its tail: "More Great Stories" with a label no lexicon knows, then the author's bio and a footer).
    Only lists of headlines alone count: a kicker line between two of them is a story's own list of steps or a
    table's heading ("Step 2" / "Sign online", "Pros Cons")."""
    if ctx.kind is not Inputs.TEXT or ctx.fragmented:
        return
    ctx.headline_lists = [(titles[0].index, titles[-1].index) for titles, _, _, kickers, _ in _lists(drafts, ctx)
                          if _tells_stories(titles, drafts) and not _holds_kickers(titles, kickers)]


def _holds_kickers(titles: list[Draft], kickers: list[int]) -> bool:
    """A kicker line (``kickers``: the run's, as ``_lists`` read them) between the list's first and last headline:
    every other line there is a headline, one said again, a picture's caption or chrome."""
    return any(titles[0].index < k < titles[-1].index for k in kickers)


def group_headline_lists(drafts: list[Draft], ctx: Context) -> None:
    """Text dumps: claim every list of bare headlines outside the article (see the module docstring).

    A list that starts right after the article run, with no label or chrome line between, is the story's
    own (tour dates, a product's specs the run left out for being short lines): cards are set apart from
    the story, and such a list is left alone, unless the article run was ended above it (``ctx.tail_list``).
    """
    if ctx.kind is not Inputs.TEXT:
        return
    short = []
    for run in _lists(drafts, ctx, MIN_RECORDS):
        titles, repeats, continues_story, kickers, pictures = run
        if len(titles) < MIN_LIST_TITLES:
            if not continues_story and not kickers and not pictures:
                short.append(run)  # judged once the page's long lists are claimed (``_beside_cards``)
        elif not continues_story or titles[0].index == ctx.tail_list:
            _claim(titles, repeats, ctx, drafts, pictures)
    for titles, repeats, _, _, pictures in short:
        if _beside_cards(titles, drafts):
            _claim(titles, repeats, ctx, drafts, pictures)


def _lists(drafts: list[Draft], ctx: Context, least: int = MIN_LIST_TITLES) \
        -> Iterator[tuple[list[Draft], dict[int, Draft], bool, list[int], set[int]]]:
    """Every run of ``least`` (MIN_LIST_TITLES) or more headline-shaped lines outside the article (the whole page
    before it is selected; a shorter run is no list): its headlines, the headlines said again right under
    them (by the index of the first), whether it starts right after the article run, its kicker lines, and its
    headline-shaped lines that are its cards' pictures (``_uncredited_pictures``)."""
    after_article = None if ctx.article_end is None else ctx.article_end + 1
    known = ctx.shapes if len(ctx.shapes) == len(drafts) else [None] * len(drafts)
    # Each line's code: its symbol (HEADLINE, KICKER, PICTURE), or for a line no list holds, _SKIP (chrome inside a
    # list, ``_skipped``) or _BREAK (a line that ends a list). A line ``rules.records`` read in another shape (most
    # lines: prose, summaries, dates) is none of the list's, and is not asked again (``_list_shape`` would give its
    # shape back, which is not _LISTED); nor is a decided line (chrome, the story's once it is selected:
    # ``_list_shape``'s first test, read here without a call); a chrome line is read as ``_skipped`` reads it, written
    # out (a call for each chrome line costs more than its tests)
    other, chrome = Roles.OTHER, Roles.CHROME
    codes = [(_BREAK if d.is_section_label or d.is_toggle or d.opens_comments or holds_form_field(d.text) else _SKIP)
             if d.role is chrome
             else _BREAK if d.role is not other or (k is not None and k not in _LISTED)
             else _list_shape(d, ctx, k) or _BREAK
             for d, k in zip(drafts, known, strict=True)]
    line = "".join(codes)
    at = line.find(_QUESTION_GAP)  # a line between two headlines that may be a question headline (a few a page)
    while at >= 0:
        if _is_question_headline(drafts[at + 1]):
            codes[at + 1] = HEADLINE  # (no other gap's test reads it: a gap's neighbours are headlines already)
        at = line.find(_QUESTION_GAP, at + 2)
    uncredited: set[int] = set()
    beside: set[int] = set()
    if PICTURE in line:  # a page whose lines hold a picture's: read with the symbols as a list (None for no symbol)
        symbols: list[str | None] = [code if code in _LISTED else None for code in codes]
        _pictures_over_headlines(drafts, symbols)
        uncredited, beside = _uncredited_pictures(drafts, symbols)
        codes = [_BREAK if symbol is None and code in _LISTED else code
                 for code, symbol in zip(codes, symbols, strict=True)]  # a picture's line no list keeps ends one
    # The lists are the stretches between two breaks holding ``least`` headlines or more: only their lines are
    # read one by one (most lines of a page stand in no such stretch)
    start = 0
    for stretch in "".join(codes).split(_BREAK):
        end = start + len(stretch)
        if stretch.count(HEADLINE) >= least:
            titles: list[Draft] = []
            repeats: dict[int, Draft] = {}  # a headline said again right under it, by the index of the first
            continues_story = False
            kickers: list[int] = []
            for d, symbol in zip(drafts[start:end], stretch, strict=True):
                if symbol in _NO_TITLE:
                    continue  # a card's picture over its headline, chrome: neither a title nor a break
                continues_story = continues_story or d.index == after_article
                if symbol == HEADLINE and titles and titles[-1].index == d.index - 1 and _said_again(titles[-1], d):
                    repeats[titles[-1].index] = d
                elif symbol == HEADLINE:
                    titles.append(d)
                else:
                    kickers.append(d.index)
            if len(titles) >= least:
                yield titles, repeats, continues_story, kickers, _held(titles, uncredited, beside)
        start = end + 1


#: The shapes of the lines a headline list holds: its headlines, kicker lines between them, its pictures' captions.
_LISTED = frozenset((HEADLINE, KICKER, PICTURE))
#: ``_lists``' codes of the lines that hold no symbol: chrome inside a list (``_skipped``), and a line that ends one.
_SKIP, _BREAK = "-", "x"
#: A line with no symbol between two headlines: the place of a question headline (``_is_question_headline``).
_QUESTION_GAP = HEADLINE + _BREAK + HEADLINE
#: The codes of a list's lines that are neither a title nor a kicker: a card's picture over its headline, chrome.
_NO_TITLE = PICTURE + _SKIP


def _beside_cards(titles: list[Draft], drafts: list[Draft]) -> bool:
    """A run of MIN_RECORDS headlines (too few for a list alone: three headline-shaped lines in a row are as often a
    footer's or a form's, ``group_headline_lists``) is a box of cards when the line right above or right under it is
    a confirmed card's (a teaser's): the page prints its boxes of other stories one against the other, and the box
    the rules took shows what the page's boxes are. Any line between parts them. Dev dumps (silver cards, innerText
    / w3m / lynx / bs4): right beside, titles +17 / +17 / +11 / +14 against wrong cards +1 / +1 / +1 / +4; past one
    to three chrome lines (a box's label) +21 / +21 / +15 / +14 against +6 / +3 / +6 / +4."""
    above, under = titles[0].index - 1, titles[-1].index + 1
    return (above >= 0 and drafts[above].role is Roles.TEASER) \
        or (under < len(drafts) and drafts[under].role is Roles.TEASER)


def _pictures_over_headlines(drafts: list[Draft], symbols: list[str | None]) -> None:
    """Keep PICTURE only for a picture's line over a headline, right over it or over its kicker (past chrome: an
    image marker), a card's picture printed over its kicker and headline; any other caption-like line (a credit
    under the story, "Pictures" in a menu) is no part of a list and breaks it (None)."""
    if PICTURE not in symbols:
        return  # most pages' lines outside the story: no picture to keep or drop
    under: list[str | None] = [None, None]  # the symbols of the next two lines, from the end: what each line is over
    for at in range(len(drafts) - 1, -1, -1):
        symbol = symbols[at]
        if symbol == PICTURE and under[0] != HEADLINE and under != [KICKER, HEADLINE]:
            symbols[at] = symbol = None
        if symbol is not None or not _skipped(drafts[at]):
            under = [symbol, under[0]]


def _uncredited_pictures(drafts: list[Draft], symbols: list[str | None]) -> tuple[set[int], set[int]]:
    """The headlines right under another headline or a picture's line and right over a kicker and its headline (past
    chrome), on a page whose lists keep a picture's line (PICTURE, ``_pictures_over_headlines``), and those of them
    with a picture's line right above them or right under their kicker's headline. Where a box prints a picture
    over its cards' kickers, its text with no credit (a picture's alternative text, "Minister at a rally") reads as
    a headline, and a kicker + headline card has one headline, the one under its kicker."""
    if PICTURE not in symbols:
        return set(), set()  # most pages
    lines = [at for at, d in enumerate(drafts) if symbols[at] is not None or not _skipped(d)]
    found: set[int] = set()
    beside: set[int] = set()
    for k in range(1, len(lines) - 2):
        above, at, kicker, headline = lines[k - 1:k + 3]
        if symbols[at] == HEADLINE and symbols[above] in (HEADLINE, PICTURE) and symbols[kicker] == KICKER \
                and symbols[headline] == HEADLINE:
            found.add(at)
            if symbols[above] == PICTURE or (k + 3 < len(lines) and symbols[lines[k + 3]] == PICTURE):
                beside.add(at)
    return found, beside


def _held(titles: list[Draft], uncredited: set[int], beside: set[int]) -> set[int]:
    """The list's headlines that are its cards' pictures (``_uncredited_pictures``): MIN_RECORDS such lines or more,
    one of them next to a picture's caption or credit (the box's pictures, some with a credit, some without). One
    alone, or lines with no picture's line beside them, are as often bare headlines over a kicker + headline card or
    a section's last entry over the next section's label. The list is found with them as before (they are lines of
    the box), but they are no card's title."""
    if not beside:
        return set()  # most lists
    held = {d.index for d in titles if d.index in uncredited}
    return held if len(held) >= MIN_RECORDS and not held.isdisjoint(beside) else set()


def _said_again(above: Draft, d: Draft) -> bool:
    """``d`` says the headline right above it again: a text browser prints a card's picture text over its link, the
    headline itself or with a tail ("<headline> - Photo" / "<headline>")."""
    return normalize(above.text).startswith(normalize(d.text))


def _tells_stories(titles: list[Draft], drafts: list[Draft]) -> bool:
    """A run of ``_lists`` (long enough) is a list of other stories' headlines: distinct, no contents list, menu or
    broken text."""
    return tells_stories(titles) and not is_contents(titles, drafts) and not names_sections(titles) \
        and not continues_above(titles)


#: The lexicon categories of a site's own links: legal ("Impressum", "Privacy Policy", "© 2024 …") and services
#: ("Sign in", "Newsletter", "Contact us"), which a page's header and footer hold and no list of stories does.
SITE_LINKS = ("legal", "services")


def _story_part(titles: list[Draft], drafts: list[Draft], ctx: Context) -> list[Draft]:
    """The list's headlines that no site link parts from its head: the site's own links (``SITE_LINKS``: "Sign in",
    "Newsletter", "Privacy Policy") among a list's lines are a header's or footer's, which a list of cards runs into.
    They part the list: its first part is the list that was found, and a later part is a list of its own only with
    MIN_LIST_TITLES or more headlines (a header's bar over a list of stories); the rest are the footer's links. Most
    lists hold no such link (one lookup per chrome line of the list's span)."""
    cuts = [d.index for d in drafts[titles[0].index:titles[-1].index + 1]
            if d.role is Roles.CHROME and ctx.lexicon.lookup(d.text, SITE_LINKS) is not None]
    if not cuts:
        return titles
    bounds = [*cuts, titles[-1].index + 1]
    kept = [d for d in titles if d.index < cuts[0]]
    for low, high in pairwise(bounds):
        part = [d for d in titles if low < d.index < high]
        if len(part) >= MIN_LIST_TITLES:
            kept.extend(part)
    return kept


def _claim(titles: list[Draft], repeats: dict[int, Draft], ctx: Context, drafts: list[Draft],
           pictures: set[int]) -> None:
    if not _tells_stories(titles, drafts) or any(holds_button(d.text) for d in titles):
        return  # (a line with a button: the page's controls, a menu with its toggles or a pop-up's answers)
    detail = f"a list of {len(titles)} headlines"
    for d in _story_part(titles, drafts, ctx):
        if d.index in pictures:
            continue  # a card's picture (``_uncredited_pictures``): no card of its own
        d.card, d.part = ctx.new_card(), Parts.TITLE
        d.decide(Roles.TEASER, "teaser.headline-list", detail)
        again = repeats.get(d.index)
        if again is not None:
            again.card, again.part = d.card, Parts.REPEAT
            again.decide(Roles.TEASER, "teaser.repeat", detail)
