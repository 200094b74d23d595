"""Teasers set inside the story (HTML): a story paragraph that is one link to another story of the site
(``claim_linked_lines``), and a paragraph whose lines are each one headline link (``claim_link_line_boxes``).
Passes of ``dom_cards``; story text links a few words of a sentence, never a whole paragraph or line."""

from __future__ import annotations

from collections import Counter

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.features import MAX_LABEL_WORDS, count_words
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Kinds, Roles
from pagesplit.rules.dom_card_claim import (
    MIN_ITEM_LINK_SHARE,
    MIN_LINKED_TITLE_WORDS,
    claim_card,
    lettered_words,
    links_site_story,
    longest_link,
    unlettered_words,
)
from pagesplit.rules.links import page_site

#: A line of a box of linked headlines set in one paragraph (``claim_link_line_boxes``) is at least this share link
#: text: a headline may trail a short unlinked tag ("[Warning]") or follow a ">>" (dev: 0.87 and 0.97 for such
#: lines; a sentence citing a source links a few of its words). Swept in session 24: 0.65 and 0.85 change no dev
#: innerText page.
MIN_LINK_LINE_SHARE = 0.75


def claim_linked_lines(drafts: list[Draft], ctx: Context) -> None:
    """A paragraph of the story that is one link as a whole, with a headline's words, to another story page of
    the site, right after a paragraph of prose or before one (the story's text around it, no other link
    paragraph), is an inline teaser (">> <headline> <<", "Read more: <headline>" set between paragraphs): story
    text links a few words of a sentence, never a whole paragraph to another story. A call to action is no
    headline: it ends with an exclamation ("Sign up for our newsletter!") or is a button's label shown more than
    once on the page; a linked picture's caption or credit is the story's figure."""
    site = page_site(drafts, ctx)
    if site is None:
        return
    visible = [d for d in drafts if d.kind is not Kinds.HIDDEN]
    shown: Counter[str] | None = None  # link texts by how often the page shows them, counted at the first candidate
    for before, d, after in zip(visible, visible[1:], visible[2:], strict=False):
        dom = d.dom
        if d.role is not Roles.ARTICLE or d.kind is not Kinds.PARAGRAPH or dom is None or not dom.href \
                or dom.link_chars < MIN_ITEM_LINK_SHARE * d.chars or lettered_words(d) < MIN_LINKED_TITLE_WORDS \
                or not links_site_story(dom.href, site) or d.text.rstrip().endswith("!") or d.is_caption_like \
                or d.is_credit_like:
            continue
        if shown is None:
            shown = Counter(normalize(x.text) for x in visible if x.dom is not None and x.dom.href)
        if shown[normalize(d.text)] > 1:
            continue
        if all(x.role in (Roles.ARTICLE, Roles.TITLE) and not (x.dom is not None and x.dom.href)
               for x in (before, after)) and (before.prose or after.prose):
            claim_card([d], d, ctx.new_card(), None, inline=True)


def claim_link_line_boxes(drafts: list[Draft], ctx: Context) -> None:
    """A paragraph of the story whose lines (``<br>``-separated) are, but for a short first label line, each one
    headline link to another story page of the site ("Don't miss" over three linked headlines, "Read also" over
    ">> <headline>") is a box of teasers set in the story, not story text: a story's paragraph runs as sentences
    and links a few words of them. As many links as headline lines, each line of MIN_LINKED_TITLE_WORDS words or
    more and longer than the label (a label names the box in a word or two: a line of a promo's text above its
    "more" link is no label), every link to a story page of the site, and the headline lines mostly link text
    (MIN_LINK_LINE_SHARE).
    The block becomes one inline card under its label: its title the longest headline line, its url the link with
    the most text (a block is one card: the other headlines stay its text)."""
    site = page_site(drafts, ctx)
    if site is None:
        return
    for d in drafts:
        dom = d.dom
        if d.role is not Roles.ARTICLE or d.kind is not Kinds.PARAGRAPH or dom is None or not dom.hrefs \
                or "\n" not in d.text:
            continue
        lines = [line.strip() for line in d.text.split("\n") if line.strip()]
        label = None
        if len(dom.hrefs) == len(lines) - 1 and count_words(lines[0]) <= MAX_LABEL_WORDS:
            label, lines = lines[0], lines[1:]
        least = max(MIN_LINKED_TITLE_WORDS, count_words(label) + 1 if label is not None else 0)
        if len(dom.hrefs) != len(lines) or any(len(line.split()) - unlettered_words(line) < least for line in lines) \
                or dom.link_chars < MIN_LINK_LINE_SHARE * sum(len(line) for line in lines) \
                or not all(links_site_story(href, site) for href in dom.hrefs):
            continue
        d.teaser_title = max(lines, key=len)
        dom.href = longest_link(dom.hrefs)  # the card's link
        claim_card([d], d, ctx.new_card(), label, inline=True)
