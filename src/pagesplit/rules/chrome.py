"""Pipeline stage: chrome from a block's own text (lexicon and shape), and section labels.

A block's own text can prove it is chrome ("Skip to content", "Keep ReadingShow less", a line of
pipes); it cannot prove it is article. So this stage only ever sets CHROME; later stages decide
the rest and may take a chrome verdict back only where the rule says so (a heading that happens
to be a lexicon word inside the article body).
"""

from __future__ import annotations

from pagesplit.chrome_shapes import MIN_TITLE_ROW_WORDS, is_title_row
from pagesplit.context import Context
from pagesplit.draft import ChromeShape, Draft, Facts
from pagesplit.features import MAX_PREFIX_CHROME_CHARS
from pagesplit.members import Inputs, Kinds, Roles


def _shown_after(drafts: list[Draft], i: int) -> Draft | None:
    """The first block after ``drafts[i]`` that is not hidden (read in place: no copy of the rest of the page)."""
    return next((drafts[j] for j in range(i + 1, len(drafts)) if drafts[j].kind is not Kinds.HIDDEN), None)


def _shown_before(drafts: list[Draft], i: int) -> Draft | None:
    """The last block before ``drafts[i]`` that is not hidden."""
    return next((drafts[j] for j in range(i - 1, -1, -1) if drafts[j].kind is not Kinds.HIDDEN), None)


def _is_subheading(drafts: list[Draft], i: int) -> bool:
    """HTML: a heading worded like a section label ("Popular varieties", "More about the tides") that sits in
    the main content with a paragraph of prose right under it heads a part of the story: the cards a real
    label opens start with a headline, not with running text."""
    d = drafts[i]
    if d.dom is None or d.kind is not Kinds.HEADING or not d.dom.in_main_content or d.dom.href:
        return False
    after = _shown_after(drafts, i)
    return after is not None and after.kind is Kinds.PARAGRAPH and after.dom is not None \
        and after.dom.in_main_content and after.dom.href is None and after.prose


def _is_paragraph_of_prose(drafts: list[Draft], i: int) -> bool:
    """HTML: a long block that holds a notice phrase ("… advertising for a career …") between two paragraphs of prose
    of the same element (one text, split at its blank lines) is a paragraph of that text: a notice stands apart from
    the prose around it, and a long block is prose (``features.MAX_PREFIX_CHROME_CHARS``)."""
    d = drafts[i]
    if d.dom is None or d.chars <= MAX_PREFIX_CHROME_CHARS or d.chrome_rule != "chrome.notice":
        return False
    return all(n is not None and n.dom is not None and n.dom.path == d.dom.path and n.prose and not n.is_chrome_phrase
               for n in (_shown_before(drafts, i), _shown_after(drafts, i)))


#: lynx prints the ``<link>`` elements of the page's head (feeds, translations, the publisher) as the dump's first line,
#: each relation's or title's text after a "#" with no space ("#alternate Afrikaans aragonés …", "#Site » Feed Site »
#: Comments Feed"); a markdown heading has a space after its marks. Dev lynx dumps: 396 first blocks so written
#: (innerText and bs4: one hashtag each, no score moved), 73 of them not chrome: 64 undecided, 7 in the article, 2 its
#: title (a list of 80 language names won one page's article).
_HEAD_LINKS_MARK = "#"


def _is_head_links(drafts: list[Draft]) -> bool:
    """A text dump's first block is the page head's links as a text browser prints them (``_HEAD_LINKS_MARK``)."""
    text = drafts[0].text if drafts and drafts[0].dom is None else ""
    return len(text) > 1 and text[0] == _HEAD_LINKS_MARK and not text[1].isspace() and text[1] != _HEAD_LINKS_MARK


def mark_chrome(drafts: list[Draft], ctx: Context) -> None:
    """Chrome that a block's own text proves, and section labels."""
    if ctx.kind is not Inputs.HTML and _is_head_links(drafts):
        drafts[0].decide(Roles.CHROME, "chrome.head-links")
    for i, d in enumerate(drafts):
        if d.kind is Kinds.HIDDEN:
            d.decide(Roles.CHROME, "chrome.hidden", d.dom.tag if d.dom is not None else "")
        elif d.is_section_label and not d.is_toggle and not _is_subheading(drafts, i):
            d.decide(Roles.CHROME, "chrome.section-label", d.text.strip(), Facts.SECTION_LABEL)
        elif d.is_chrome_phrase and d.chrome_rule is not None and not _is_paragraph_of_prose(drafts, i):
            d.decide(Roles.CHROME, d.chrome_rule, d.chrome_detail)
        elif d.shape is not None:  # a menu line, a counter (``chrome_shapes.chrome_shape``)
            d.decide(Roles.CHROME, d.shape.value)
        elif d.dom is None and d.words >= MIN_TITLE_ROW_WORDS and is_title_row(d.text, d.words):
            d.decide(Roles.CHROME, ChromeShape.MENU_LINE.value, "a row of items in Title Case, spaces between")
