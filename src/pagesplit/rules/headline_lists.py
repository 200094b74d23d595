"""Pipeline stage: lists of bare headlines outside the article, in text dumps, are teaser cards.

The shortest record is a headline alone: "Most read", "Latest news" and sidebar lists print one story
title per line, with no summary, date or picture, and often with no label a lexicon knows. Such a list
is a run of headline-shaped lines (``records.shape``), at least ``MIN_LIST_TITLES`` in a row outside the
article, that tell stories (``records.tells_stories``: distinct, and as long as a story's headline on
average; a menu's entries name places: "World", "Contact us", "Learning Center"). A kicker line between
two headlines, or chrome (an image marker), does not break the list. Inside the article such a run is the
story's own list and is left alone: this stage runs after the article is selected and never looks inside it.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon import normalize
from pagesplit.members import Inputs, Parts, Roles
from pagesplit.rules.record_symbols import HEADLINE, KICKER
from pagesplit.rules.records import (
    MAX_KICKER_WORDS,
    MIN_LIST_TITLES,
    continues_above,
    is_contents,
    names_sections,
    shape,
    tells_stories,
)
from pagesplit.rules.teasers import FORM_FIELD


def _list_shape(d: Draft, ctx: Context) -> str | None:
    """HEADLINE or KICKER for a line a headline list may hold (unclaimed, outside the article), else None."""
    if d.role is not Roles.OTHER or d.index == ctx.title_index or d.nested \
            or (not d.is_headline_like and (d.words > MAX_KICKER_WORDS or d.ends_sentence)):
        return None  # (the last test: no headline nor kicker, as ``records.shape`` tells, in short)
    if ctx.article_start is not None and ctx.article_end is not None \
            and ctx.article_start <= d.index <= ctx.article_end:
        return None
    symbol = shape(d)
    return symbol if symbol in (HEADLINE, KICKER) else None


def _skipped(d: Draft) -> bool:
    """Chrome inside a list (an image marker, a bullet, a share icon); a label, a toggle or a form's field ends it."""
    return d.role is Roles.CHROME and not d.is_section_label and not d.is_toggle and not d.opens_comments \
        and not _holds_form_field(d.text)


#: A text browser draws a form's text field with underscores (lynx, ``teasers.FORM_FIELD``) or as an empty box (w3m).
_EMPTY_BOX = "[    "


def _holds_form_field(text: str) -> bool:
    """The line holds a form's text field: the lines around it are a form's (a newsletter sign-up, a search box, a
    weather widget's place picker), not a list of stories."""
    return FORM_FIELD in text or _EMPTY_BOX in text


def group_headline_lists(drafts: list[Draft], ctx: Context) -> None:
    """Text dumps: claim every list of bare headlines outside the article (see the module docstring).

    A list that starts right after the article run, with no label or chrome line between, is the story's
    own (tour dates, a product's specs the run left out for being short lines): cards are set apart from
    the story, and such a list is left alone.
    """
    if ctx.kind is not Inputs.TEXT:
        return
    after_article = None if ctx.article_end is None else ctx.article_end + 1
    titles: list[Draft] = []
    repeats: dict[int, Draft] = {}  # a headline said again right under it, by the index of the first
    continues_story = False
    for d in drafts:
        symbol = _list_shape(d, ctx)
        if symbol is not None:
            continues_story = continues_story or d.index == after_article
            if symbol == HEADLINE and titles and titles[-1].index == d.index - 1 and _said_again(titles[-1], d):
                repeats[titles[-1].index] = d
            elif symbol == HEADLINE:
                titles.append(d)
        elif not _skipped(d):
            if not continues_story:
                _claim(titles, repeats, drafts, ctx)
            titles, continues_story = [], False
    if not continues_story:
        _claim(titles, repeats, drafts, ctx)


def _said_again(above: Draft, d: Draft) -> bool:
    """``d`` says the headline right above it again: a text browser prints a card's picture text over its link, the
    headline itself or with a tail ("<headline> - Photo" / "<headline>")."""
    return normalize(above.text).startswith(normalize(d.text))


def _claim(titles: list[Draft], repeats: dict[int, Draft], drafts: list[Draft], ctx: Context) -> None:
    if len(titles) < MIN_LIST_TITLES or not tells_stories(titles) or is_contents(titles, drafts) \
            or names_sections(titles) or continues_above(titles):
        return
    detail = f"a list of {len(titles)} headlines"
    for d in titles:
        d.card, d.part = ctx.new_card(), Parts.TITLE
        d.decide(Roles.TEASER, "teaser.headline-list", detail)
        again = repeats.get(d.index)
        if again is not None:
            again.card, again.part = d.card, Parts.REPEAT
            again.decide(Roles.TEASER, "teaser.repeat", detail)
